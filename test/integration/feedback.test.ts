import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RecordedCall } from '../fakes/fake-slack.ts';
import { Harness } from '../support/harness.ts';

const EAST = 'CFBEAST';
const WEST = 'CFBWEST';
const LEAD = 'UFBLEAD';
const LEAD_ZH = 'UFBLEADZH';
const WEST_LEAD = 'UFBWLEAD';
const AMY = 'UFBAMY';
const BAO = 'UFBBAO';
const CAI = 'UFBCAI';
const DAN = 'UFBDAN';
const EVE = 'UFBEVE';

type View = { callback_id?: string; private_metadata: string; blocks: unknown[]; title?: { text: string } };
type Blocks = Array<{ type: string; elements?: Array<{ action_id?: string; value?: string }> }>;

const text = (r: Record<string, unknown>) => String(r.text);
const json = (value: unknown) => JSON.stringify(value);

describe('anonymous feedback', () => {
  let h: Harness;
  let eastId: string;
  let westId: string;

  /** The view of the latest views.open for a trigger the test caused. */
  const lastModal = async (after: number): Promise<View> => {
    const calls = await h.slack.waitFor((all) => all.filter((c) => c.method === 'views.open').length > after);
    return calls.filter((c) => c.method === 'views.open').at(-1)!.args.view as View;
  };
  const modalCount = () => h.slack.callsTo('views.open').length;
  const openModal = async (user: string) => {
    const before = modalCount();
    await h.command('/feedback', '', { user, channel: `D${user.slice(1)}` });
    return lastModal(before);
  };
  const values = (input: { team?: string; category?: string; text: string; signed?: boolean }) => ({
    ...(input.team && { feedback_team: { value: { type: 'static_select', selected_option: { value: input.team } } } }),
    feedback_category: {
      value: { type: 'static_select', selected_option: input.category ? { value: input.category } : null },
    },
    feedback_text: { value: { type: 'plain_text_input', value: input.text } },
    feedback_sign: { value: { type: 'checkboxes', selected_options: input.signed ? [{ value: 'signed' }] : [] } },
  });
  const submit = async (user: string, input: { team?: string; category?: string; text: string; signed?: boolean }) => {
    const view = await openModal(user);
    return h.submitView(
      user,
      { callback_id: 'feedback_submit', private_metadata: view.private_metadata },
      values(input),
    );
  };
  /** Feedback DMs to a person carrying a given action (the leader's Reply, the author's Answer). */
  const dmsWith = (user: string, actionId: string): RecordedCall[] =>
    h.slack
      .callsTo('chat.postMessage')
      .filter((c) => c.args.channel === user && json(c.args.blocks).includes(`"action_id":"${actionId}"`));
  const threadIdOf = (call: RecordedCall, actionId: string) =>
    (call.args.blocks as Blocks).flatMap((b) => b.elements ?? []).find((e) => e.action_id === actionId)!.value!;
  const threadRow = async (id: string) =>
    (
      await h.runtime.db.session.query<Record<string, unknown>>('SELECT * FROM "FeedbackThread" WHERE id = $1', [id])
    )[0]!;
  const atWindowEnd = async (iso: string) => {
    h.clock.set(iso);
    await h.tick();
    await h.drain();
  };

  beforeAll(async () => {
    // Saturday: no check-in prompts to get in the way.
    h = await Harness.start({ now: '2026-11-28T02:10:00Z' }); // 10:10 in Shanghai
    h.slack.addUser({
      id: LEAD,
      name: 'Lena Lead',
      realName: 'Lena Lead',
      tz: 'Asia/Shanghai',
      locale: 'en-US',
      isAdmin: true,
    });
    h.slack.addUser({ id: LEAD_ZH, name: '李队长', realName: '李队长', tz: 'Asia/Shanghai', locale: 'zh-CN' });
    h.slack.addUser({
      id: WEST_LEAD,
      name: 'Wes',
      realName: 'Wes',
      tz: 'Asia/Shanghai',
      locale: 'en-US',
      isAdmin: true,
    });
    h.slack.addUser({ id: AMY, name: 'Amy', realName: 'Amy', tz: 'Asia/Shanghai', locale: 'en-US' });
    h.slack.addUser({ id: BAO, name: '包', realName: '包', tz: 'Asia/Shanghai', locale: 'zh-CN' });
    h.slack.addUser({ id: CAI, name: 'Cai', realName: 'Cai', tz: 'Asia/Shanghai', locale: 'en-US' });
    h.slack.addUser({ id: DAN, name: 'Dan', realName: 'Dan', tz: 'Asia/Shanghai', locale: 'en-US' });
    h.slack.addUser({ id: EVE, name: 'Eve', realName: 'Eve', tz: 'Asia/Shanghai', locale: 'en-US' });
    h.slack.setChannelMembers(EAST, [LEAD, LEAD_ZH, AMY, BAO, CAI, DAN]);
    h.slack.setChannelMembers(WEST, [WEST_LEAD, AMY, EVE]);
    await h.command('/hexin', 'setup', { user: LEAD, channel: EAST, channelName: 'east-route' });
    await h.waitForReply((r) => text(r).includes('east-route'));
    await h.command('/hexin', 'setup', { user: WEST_LEAD, channel: WEST, channelName: 'west-route' });
    await h.waitForReply((r) => text(r).includes('west-route'));
    await h.drain();
    await h.command('/hexin', `leader <@${LEAD_ZH}|li>`, { user: LEAD, channel: EAST });
    await h.waitForReply((r) => text(r).includes(`<@${LEAD_ZH}>`));
    eastId = (await h.runtime.stores.teams.findTeamByChannel('T0TEST', EAST))!.id;
    westId = (await h.runtime.stores.teams.findTeamByChannel('T0TEST', WEST))!.id;
    expect((await h.runtime.stores.teams.activeMembers(eastId)).length).toBe(6);
    expect((await h.runtime.stores.teams.activeMembers(westId)).length).toBe(3);
  });
  afterAll(() => h.close());

  it('when a member of one team runs /feedback, then the modal tells the team’s size, who reads it and how delivery works, without a small-team warning', async () => {
    const view = await openModal(CAI);
    const shown = json(view.blocks);
    expect(view.callback_id).toBe('feedback_submit');
    expect(shown).toContain('6 people in the team');
    expect(shown).toContain('Lena Lead');
    expect(shown).toContain('180-minute window (next: 12:00)');
    expect(shown).not.toContain(':warning:');
    expect(shown).not.toContain('feedback_team'); // one team: no choice to make
    // Signing is an option nobody ticks for you.
    const sign = (
      view.blocks as Array<{ block_id?: string; optional?: boolean; element?: Record<string, unknown> }>
    ).find((b) => b.block_id === 'feedback_sign')!;
    expect(sign.optional).toBe(true);
    expect(sign.element).not.toHaveProperty('initial_options');
  });

  it('when a member of two teams runs /feedback, then they pick the team, and the team below ANON_MIN_GROUP carries the small-team warning', async () => {
    const view = await openModal(AMY);
    const shown = json(view.blocks);
    expect(shown).toContain('"block_id":"feedback_team"');
    expect(shown).toContain('*west-route*: 3 people in the team');
    expect(shown).toContain(':warning: *west-route* has fewer than 5 people');
    expect(shown).not.toContain(':warning: *east-route*');
  });

  it('when a Chinese-speaking member opens it, then the modal is in Chinese', async () => {
    const view = await openModal(BAO);
    expect(view.title?.text).toBe('匿名反馈');
    expect(json(view.blocks)).toContain('团队共 6 人');
  });

  it('when someone submits feedback, then it is stored with no trace of who wrote it and nothing is enqueued', async () => {
    const res = await submit(CAI, {
      category: 'procedures',
      text: 'The hand-off to billing is slow <!channel> <@UFBLEAD> <http://evil.example|click>',
    });
    expect(res.status).toBe(200);
    const body = res.json<{ response_action: string; view: { blocks: unknown[] } }>()!;
    expect(body.response_action).toBe('update');
    expect(json(body.view.blocks)).toContain('about 12:00');

    const threads = await h.runtime.db.session.query<Record<string, unknown>>('SELECT * FROM "FeedbackThread"');
    expect(threads).toHaveLength(1);
    const member = (await h.runtime.stores.teams.findMember(eastId, CAI))!;
    const stored = json(threads) + json(await h.runtime.db.session.query('SELECT * FROM "FeedbackMessage"'));
    for (const trace of [
      CAI,
      CAI.toLowerCase(),
      member.id,
      Buffer.from(CAI).toString('base64'),
      Buffer.from(CAI).toString('hex'),
    ])
      expect(stored).not.toContain(trace);
    expect(threads[0]).toMatchObject({
      signedBy: null,
      status: 'open',
      createdDay: '2026-11-28',
      category: 'procedures',
    });
    expect(String(threads[0]!.route)).toMatch(/^v1\./);
    const messages = await h.runtime.db.session.query<{ deliverAfter: Date }>(
      'SELECT "deliverAfter" FROM "FeedbackMessage"',
    );
    expect(new Date(messages[0]!.deliverAfter).toISOString()).toBe('2026-11-28T04:00:00.000Z'); // 12:00 Shanghai: the window's end
    expect((await h.allJobs()).filter((job) => job.name.startsWith('feedback'))).toEqual([]);
  });

  it('when the window has not ended, then nothing is delivered; when it ends, then every leader gets it with Reply, escaped, in their language', async () => {
    await submit(DAN, { category: 'support', text: 'We need more samples for new shops', signed: true });
    await atWindowEnd('2026-11-28T03:59:00Z');
    expect(dmsWith(LEAD, 'feedback_reply')).toHaveLength(0);
    expect(dmsWith(LEAD_ZH, 'feedback_reply')).toHaveLength(0);

    await atWindowEnd('2026-11-28T04:00:00Z');
    const toLead = dmsWith(LEAD, 'feedback_reply');
    const toLeadZh = dmsWith(LEAD_ZH, 'feedback_reply');
    expect(toLead).toHaveLength(2);
    expect(toLeadZh).toHaveLength(2);
    const anonymous = toLead.find((c) => json(c.args.blocks).includes('hand-off to billing'))!;
    const shown = json(anonymous.args.blocks);
    expect(shown).toContain('*Anonymous feedback* for *east-route* · Work procedures');
    expect(shown).toContain('&lt;!channel&gt;');
    expect(shown).not.toContain('<!channel>');
    expect(shown).not.toContain('<@UFBLEAD>');
    expect(shown).not.toContain('<http://evil.example|click>');
    expect(shown).toContain('"verbatim":true');
    expect(shown).not.toContain(CAI);
    expect(json(toLeadZh.map((c) => c.args.blocks))).toContain('*匿名反馈* · *east-route* · 工作程序和流程');
    // Signed feedback names its author, by choice.
    const signed = toLead.find((c) => json(c.args.blocks).includes('more samples'))!;
    expect(json(signed.args.blocks)).toContain('*Feedback from Dan* for *east-route*');
    const danThread = await threadRow(threadIdOf(signed, 'feedback_reply'));
    expect(danThread.signedBy).toBe((await h.runtime.stores.teams.findMember(eastId, DAN))!.id);
    expect(
      h.slack.callsTo('chat.postMessage').filter((c) => c.args.channel === CAI || c.args.channel === DAN),
    ).toHaveLength(0);
    expect(await h.failedJobs()).toEqual([]);
  });

  it('when someone who is not a leader presses Reply, then they are refused and no modal opens', async () => {
    const threadId = threadIdOf(dmsWith(LEAD, 'feedback_reply')[0]!, 'feedback_reply');
    const before = modalCount();
    await h.button(AMY, 'feedback_reply', threadId);
    await h.waitForReply((r) => text(r).includes('Only a leader of this team'));
    expect(modalCount()).toBe(before);
  });

  it('when a leader replies, then the reply reaches the author’s DM at once, signed, with Answer, in the author’s language', async () => {
    h.clock.set('2026-11-28T04:05:00Z');
    const call = dmsWith(LEAD, 'feedback_reply').find((c) => json(c.args.blocks).includes('hand-off to billing'))!;
    const threadId = threadIdOf(call, 'feedback_reply');
    const before = modalCount();
    await h.button(LEAD, 'feedback_reply', threadId);
    const modal = await lastModal(before);
    expect(modal.callback_id).toBe('feedback_reply_submit');
    expect(json(modal.blocks)).toContain('hand-off to billing');
    const res = await h.submitView(
      LEAD,
      { callback_id: 'feedback_reply_submit', private_metadata: modal.private_metadata },
      { feedback_text: { value: { type: 'plain_text_input', value: 'Thanks. Which step is slow? <!here>' } } },
    );
    expect(res.json<{ response_action: string }>()!.response_action).toBe('update');
    await h.drain();
    const toAuthor = dmsWith(CAI, 'feedback_answer');
    expect(toAuthor).toHaveLength(1);
    const shown = json(toAuthor[0]!.args.blocks);
    expect(shown).toContain('*Lena Lead* replied to your feedback about Work procedures');
    expect(shown).toContain('Which step is slow? &lt;!here&gt;');
    expect(shown).toContain('feedback_author_close');
    // The author's copy is kept to be updated on close, its DM channel sealed.
    const deliveries = await h.runtime.db.session.query<Record<string, unknown>>(
      'SELECT * FROM "FeedbackDelivery" WHERE "leaderId" IS NULL',
    );
    expect(deliveries).toHaveLength(1);
    expect(String(deliveries[0]!.channelId)).toMatch(/^v1\./);
    expect(String(deliveries[0]!.ts)).toMatch(/^v1\./); // when it reached the author is sealed too
    const authorTs = h.slack.messages().find((m) => m.channel === `D${CAI.slice(1)}`)!.ts;
    expect(json(deliveries)).not.toContain(authorTs);
    expect(json(deliveries)).not.toContain(`D${CAI.slice(1)}`);
  });

  it('when someone other than the author presses Answer, then they are refused', async () => {
    const threadId = threadIdOf(dmsWith(CAI, 'feedback_answer')[0]!, 'feedback_answer');
    const before = modalCount();
    await h.button(DAN, 'feedback_answer', threadId);
    await h.waitForReply((r) => text(r).includes('Only the person who wrote this feedback'));
    expect(modalCount()).toBe(before);
  });

  it('when the author answers, then it waits for the end of the window and reaches the leaders without naming them', async () => {
    const threadId = threadIdOf(dmsWith(CAI, 'feedback_answer')[0]!, 'feedback_answer');
    const before = modalCount();
    await h.button(CAI, 'feedback_answer', threadId);
    const modal = await lastModal(before);
    expect(modal.callback_id).toBe('feedback_answer_submit');
    const res = await h.submitView(
      CAI,
      { callback_id: 'feedback_answer_submit', private_metadata: modal.private_metadata },
      { feedback_text: { value: { type: 'plain_text_input', value: 'The invoice approval step' } } },
    );
    expect(json(res.json())).toContain('about 15:00');
    const answered = () =>
      dmsWith(LEAD, 'feedback_reply').filter((c) => json(c.args.blocks).includes('invoice approval'));
    await atWindowEnd('2026-11-28T06:59:00Z');
    expect(answered()).toHaveLength(0);
    await atWindowEnd('2026-11-28T07:00:00Z');
    expect(answered()).toHaveLength(1);
    expect(json(answered()[0]!.args.blocks)).toContain(
      '*The author answered* in the conversation about Work procedures',
    );
    expect(json(answered()[0]!.args.blocks)).not.toContain(CAI);
    expect(
      dmsWith(LEAD_ZH, 'feedback_reply').filter((c) => json(c.args.blocks).includes('invoice approval')),
    ).toHaveLength(1);
  });

  it('when the author closes, then the route is deleted at once and the leaders’ copies say so after the window ends', async () => {
    h.clock.set('2026-11-28T07:30:00Z');
    const threadId = threadIdOf(dmsWith(CAI, 'feedback_answer')[0]!, 'feedback_answer');
    await h.button(CAI, 'feedback_author_close', threadId);
    const pressed = await h.waitForReply((r) => text(r).includes('You closed this conversation'));
    expect(pressed.replace_original).toBe(true);
    expect(await threadRow(threadId)).toMatchObject({ route: null, status: 'closing' });
    const closedCopies = () =>
      h.slack.callsTo('chat.update').filter((c) => json(c.args.blocks).includes('Conversation closed by the author'));
    await atWindowEnd('2026-11-28T09:59:00Z');
    expect(closedCopies()).toHaveLength(0);
    await atWindowEnd('2026-11-28T10:00:00Z');
    // Each leader's copies of the feedback and of the answer (two in English, two in Chinese), with no buttons left.
    expect(closedCopies()).toHaveLength(2);
    expect(
      h.slack.callsTo('chat.update').filter((c) => json(c.args.blocks).includes('作者结束了这次对话')),
    ).toHaveLength(2);
    for (const update of closedCopies()) expect(json(update.args.blocks)).not.toContain('feedback_reply');
    expect(await threadRow(threadId)).toMatchObject({ route: null, status: 'closed' });
    expect(
      await h.runtime.db.session.query(
        'SELECT * FROM "FeedbackDelivery" d JOIN "FeedbackMessage" m ON m.id = d."messageId" WHERE m."threadId" = $1 AND d."leaderId" IS NULL',
        [threadId],
      ),
    ).toEqual([]);
    // The author's own copy now says so too.
    expect(
      h.slack
        .callsTo('chat.update')
        .some(
          (c) => c.args.channel === `D${CAI.slice(1)}` && json(c.args.blocks).includes('You closed this conversation'),
        ),
    ).toBe(true);
    await h.button(CAI, 'feedback_answer', threadId);
    await h.waitForReply((r) => text(r).includes('This conversation is closed'));
  });

  it('when a leader closes, then the route is deleted, every copy says who closed it, and the author is told', async () => {
    h.clock.set('2026-11-28T10:05:00Z');
    const call = dmsWith(LEAD, 'feedback_reply').find((c) => json(c.args.blocks).includes('more samples'))!;
    const threadId = threadIdOf(call, 'feedback_reply');
    await h.button(LEAD, 'feedback_leader_close', threadId);
    await h.drain();
    expect(await threadRow(threadId)).toMatchObject({ route: null, status: 'closed' });
    const updates = h.slack.callsTo('chat.update').filter((c) => json(c.args.blocks).includes('more samples'));
    expect(updates.map((c) => c.args.channel).sort()).toEqual([`D${LEAD.slice(1)}`, `D${LEAD_ZH.slice(1)}`].sort());
    expect(json(updates)).toContain('Conversation closed by Lena Lead.');
    expect(json(updates)).toContain('Lena Lead 结束了这次对话。');
    const notice = h.slack.callsTo('chat.postMessage').filter((c) => c.args.channel === DAN);
    expect(notice).toHaveLength(1);
    expect(text(notice[0]!.args)).toContain('was read and closed by Lena Lead');
    await h.button(LEAD_ZH, 'feedback_leader_close', threadId);
    await h.waitForReply((r) => text(r).includes('这次对话已经结束了'));
  });

  it('when a route is older than 30 days, then the hourly planner deletes it and the conversation is closed', async () => {
    h.clock.set('2026-11-28T10:10:00Z');
    await submit(BAO, { category: 'customers', text: '客户投诉处理太慢' });
    await atWindowEnd('2026-11-28T13:00:00Z'); // 21:00 Shanghai
    const call = dmsWith(LEAD, 'feedback_reply').find((c) => json(c.args.blocks).includes('客户投诉'))!;
    const threadId = threadIdOf(call, 'feedback_reply');
    expect(new Date((await threadRow(threadId)).routeExpiresAt as string).toISOString()).toBe(
      '2026-12-28T13:00:00.000Z',
    );
    await atWindowEnd('2026-12-28T12:00:00Z');
    expect((await threadRow(threadId)).route).not.toBeNull();
    await atWindowEnd('2026-12-28T13:00:00Z');
    expect(await threadRow(threadId)).toMatchObject({ route: null, status: 'closed' });
    const expired = h.slack.callsTo('chat.update').filter((c) => json(c.args.blocks).includes('客户投诉'));
    expect(json(expired)).toContain('after 30 days the way back to the author was deleted');
  });

  it('when a member sends more than 5 feedbacks in a UTC day, then the sixth is refused in their language and not stored', async () => {
    h.clock.set('2026-12-29T02:00:00Z');
    const count = async () =>
      Number((await h.runtime.db.session.query<{ n: string }>('SELECT count(*) AS n FROM "FeedbackThread"'))[0]!.n);
    const before = await count();
    for (let i = 1; i <= 5; i += 1) {
      const res = await submit(BAO, { category: 'other', text: `第 ${i} 条` });
      expect(res.json<{ response_action: string }>()!.response_action).toBe('update');
    }
    const refused = await submit(BAO, { category: 'other', text: '第 6 条' });
    expect(refused.json()).toEqual({
      response_action: 'errors',
      errors: { feedback_text: '你今天已经发送了 5 条反馈，达到每日上限。请明天再写（UTC 00:00 重新计数）。' },
    });
    expect(await count()).toBe(before + 5);
    // Another member is counted apart; and the next UTC day starts again.
    expect(
      (await submit(EVE, { category: 'other', text: 'hello' })).json<{ response_action: string }>()!.response_action,
    ).toBe('update');
    h.clock.set('2026-12-30T00:10:00Z');
    expect(
      (await submit(BAO, { category: 'other', text: '新的一天' })).json<{ response_action: string }>()!.response_action,
    ).toBe('update');
    const keys = await h.runtime.redis.keys(`${h.config.QUEUE_PREFIX}:feedback-rate:*`);
    expect(keys.length).toBeGreaterThanOrEqual(3);
    expect(json(keys)).not.toContain(BAO);
    for (const key of keys) expect(await h.runtime.redis.ttl(key)).toBeGreaterThan(0);
  });

  it('when the text or the category is missing, then the modal says so next to the field', async () => {
    const empty = await submit(CAI, { category: 'goals', text: '   ' });
    expect(empty.json()).toEqual({ response_action: 'errors', errors: { feedback_text: 'Please write something.' } });
    const noCategory = await submit(CAI, { text: 'something' });
    expect(noCategory.json()).toEqual({
      response_action: 'errors',
      errors: { feedback_category: 'Please choose what it is about.' },
    });
  });

  it('when a leader sets the batch window, then the team keeps it; a member cannot', async () => {
    await h.command('/feedback', 'window 60', { user: AMY, channel: EAST });
    await h.waitForReply((r) => text(r).includes('Only a leader of this team'));
    await h.command('/feedback', 'window 5', { user: LEAD, channel: EAST });
    await h.waitForReply((r) => text(r).includes('from 60 to 1440'));
    await h.command('/feedback', 'window 60', { user: LEAD, channel: EAST });
    await h.waitForReply((r) => text(r).includes('every 60 minutes'));
    expect(await h.runtime.stores.feedback.batchMinutes(eastId)).toBe(60);
    const view = await openModal(CAI);
    expect(json(view.blocks)).toContain('60-minute window');
  });

  it('when someone outside any team runs /feedback, then they are told to join one', async () => {
    h.slack.addUser({ id: 'UFBOUT', realName: 'Out', tz: 'Asia/Shanghai', locale: 'en-US' });
    await h.command('/feedback', '', { user: 'UFBOUT', channel: 'DFBOUT' });
    await h.waitForReply((r) => text(r).includes('You are not in a Hexin team yet'));
  });

  /** A reply through a response_url sent after the first `after` ones. */
  const replyAfter = async (after: number, predicate: (r: Record<string, unknown>) => boolean) => {
    for (let i = 0; i < 250; i += 1) {
      const found = h.replies().slice(after).find(predicate);
      if (found) return found;
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    throw new Error(
      `no matching reply; got: ${JSON.stringify(
        h
          .replies()
          .slice(after)
          .map((r) => r.text),
      )}`,
    );
  };

  it('when a leader narrows the window mid-window, then a message written after it waits for the earlier one and both arrive together', async () => {
    // West: 180-minute windows. Amy writes at 10:10 Shanghai (window ends 12:00).
    h.clock.set('2027-01-05T02:10:00Z');
    expect(
      (await submit(AMY, { team: westId, category: 'goals', text: 'West targets feel arbitrary' })).json<{
        response_action: string;
      }>()!.response_action,
    ).toBe('update');
    h.clock.set('2027-01-05T02:59:00Z');
    const before = h.replies().length;
    await h.command('/feedback', 'window 60', { user: WEST_LEAD, channel: WEST });
    await replyAfter(before, (r) => text(r).includes('every 60 minutes'));
    expect(await h.runtime.stores.feedback.batchMinutes(westId)).toBe(60);
    // Eve writes at 10:59:30: the 60-minute window would end at 11:00, before Amy's words.
    h.clock.set('2027-01-05T02:59:30Z');
    const res = await submit(EVE, { category: 'support', text: 'West samples arrive late' });
    expect(json(res.json())).toContain('about 12:00');
    const arrived = () =>
      dmsWith(WEST_LEAD, 'feedback_reply').filter((c) => /West targets|West samples/.test(json(c.args.blocks)));
    await atWindowEnd('2027-01-05T03:00:00Z');
    expect(arrived()).toHaveLength(0);
    await atWindowEnd('2027-01-05T04:00:00Z');
    expect(arrived()).toHaveLength(2);
    const rows = await h.runtime.db.session.query<{ deliverAfter: Date; deliveredAt: Date }>(
      `SELECT "deliverAfter", "deliveredAt" FROM "FeedbackMessage" WHERE text IN ('West targets feel arbitrary', 'West samples arrive late')`,
    );
    expect(rows.map((r) => new Date(r.deliverAfter).toISOString())).toEqual([
      '2027-01-05T04:00:00.000Z',
      '2027-01-05T04:00:00.000Z',
    ]);
    expect(new Set(rows.map((r) => new Date(r.deliveredAt).toISOString())).size).toBe(1);
  });

  it('when a co-leader writes feedback, then every leader receives it, the author too, and the author cannot reply to it', async () => {
    h.clock.set('2027-01-06T02:10:00Z'); // East: 60-minute windows
    expect(
      (await submit(LEAD_ZH, { category: 'support', text: '样品配送需要改进' })).json<{ response_action: string }>()!
        .response_action,
    ).toBe('update');
    await atWindowEnd('2027-01-06T03:00:00Z');
    const lead = (await h.runtime.stores.teams.findMember(eastId, LEAD))!;
    const leadZh = (await h.runtime.stores.teams.findMember(eastId, LEAD_ZH))!;
    const rows = await h.runtime.db.session.query<{ leaderId: string }>(
      'SELECT d."leaderId" FROM "FeedbackDelivery" d JOIN "FeedbackMessage" m ON m.id = d."messageId" WHERE m.text = $1',
      ['样品配送需要改进'],
    );
    expect(rows.map((r) => r.leaderId).sort()).toEqual([lead.id, leadZh.id].sort());
    const own = dmsWith(LEAD_ZH, 'feedback_reply').find((c) => json(c.args.blocks).includes('样品配送'))!;
    const threadId = threadIdOf(own, 'feedback_reply');
    const replies = h.replies().length;
    const modals = modalCount();
    await h.button(LEAD_ZH, 'feedback_reply', threadId);
    await replyAfter(replies, (r) => text(r) === '你不能在这次对话中回复。');
    expect(modalCount()).toBe(modals);
    // The other leader replies as usual.
    await h.button(LEAD, 'feedback_reply', threadId);
    expect((await lastModal(modals)).callback_id).toBe('feedback_reply_submit');
  });

  it('when the author has closed, then a leader’s Reply and Close behave as usual and the close is announced only at the window’s end', async () => {
    h.clock.set('2027-01-06T03:10:00Z');
    await submit(DAN, { category: 'roles', text: 'Who owns the Harbour Road shops?' });
    await atWindowEnd('2027-01-06T04:00:00Z');
    const threadId = threadIdOf(
      dmsWith(LEAD, 'feedback_reply').find((c) => json(c.args.blocks).includes('Harbour Road'))!,
      'feedback_reply',
    );
    h.clock.set('2027-01-06T04:10:00Z');
    const closedAt = h.replies().length;
    await h.button(DAN, 'feedback_author_close', threadId);
    await replyAfter(closedAt, (r) => text(r).includes('You closed this conversation'));
    expect(await threadRow(threadId)).toMatchObject({ status: 'closing', route: null });
    const toDan = () => h.slack.callsTo('chat.postMessage').filter((c) => c.args.channel === DAN).length;
    const danBefore = toDan();

    // Reply: the modal opens and the reply is accepted; it goes nowhere, silently.
    const replies = h.replies().length;
    const modals = modalCount();
    await h.button(LEAD, 'feedback_reply', threadId);
    const modal = await lastModal(modals);
    const res = await h.submitView(
      LEAD,
      { callback_id: 'feedback_reply_submit', private_metadata: modal.private_metadata },
      { feedback_text: { value: { type: 'plain_text_input', value: 'Ana will, from Monday.' } } },
    );
    expect(res.json<{ response_action: string }>()!.response_action).toBe('update');
    await h.drain();
    expect(toDan()).toBe(danBefore);

    // Close: answered like any close; the copies say who pressed it.
    await h.button(LEAD_ZH, 'feedback_leader_close', threadId);
    await h.drain();
    const updates = () => h.slack.callsTo('chat.update').filter((c) => json(c.args.blocks).includes('Harbour Road'));
    expect(json(updates())).toContain('Conversation closed by 李队长.');
    expect(h.replies().slice(replies)).toEqual([]);
    const byAuthor = () => updates().filter((c) => json(c.args.blocks).includes('Conversation closed by the author'));
    await atWindowEnd('2027-01-06T04:59:00Z');
    expect(byAuthor()).toHaveLength(0);
    expect(await threadRow(threadId)).toMatchObject({ status: 'closing' });
    await atWindowEnd('2027-01-06T05:00:00Z');
    expect(byAuthor()).toHaveLength(1);
    expect(await threadRow(threadId)).toMatchObject({ status: 'closed', route: null });
    expect(toDan()).toBe(danBefore);
  });

  it('when Slack refuses one leader for good, then the other leaders still get the batch and the log names the thread only', async () => {
    h.clock.set('2027-01-09T02:10:00Z'); // a Saturday (no check-in prompts); East: 60-minute windows
    await submit(CAI, { category: 'other', text: 'Please share the route map earlier' });
    h.slack.failNext('chat.postMessage', { error: 'user_not_found' });
    await atWindowEnd('2027-01-09T03:00:00Z');
    // Both were tried; Slack refused the first.
    const tried = [LEAD, LEAD_ZH].filter((leader) =>
      dmsWith(leader, 'feedback_reply').some((c) => json(c.args.blocks).includes('route map')),
    );
    expect(tried).toHaveLength(2);
    const message = (
      await h.runtime.db.session.query<{ id: string; threadId: string; deliveredAt: Date | null }>(
        'SELECT id, "threadId", "deliveredAt" FROM "FeedbackMessage" WHERE text = $1',
        ['Please share the route map earlier'],
      )
    )[0]!;
    expect(message.deliveredAt).not.toBeNull();
    expect(
      await h.runtime.db.session.query('SELECT id FROM "FeedbackDelivery" WHERE "messageId" = $1', [message.id]),
    ).toHaveLength(1);
    const line = h.logLines.find((l) => l.includes('a leader could not be sent feedback'))!;
    expect(line).toContain(message.threadId);
    expect(line).toContain('user_not_found');
    for (const who of [LEAD, LEAD_ZH, CAI]) expect(line).not.toContain(who);
    expect(await h.failedJobs()).toEqual([]);
  });

  it('when a button or a modal carries something that is not a thread id, then it is answered as a conversation that no longer exists', async () => {
    const replies = h.replies().length;
    await h.button(LEAD, 'feedback_reply', '../../etc {"x":1}');
    await replyAfter(replies, (r) => text(r) === 'This conversation no longer exists.');
    const res = await h.submitView(
      LEAD,
      { callback_id: 'feedback_reply_submit', private_metadata: 'x'.repeat(200) },
      { feedback_text: { value: { type: 'plain_text_input', value: 'hello' } } },
    );
    expect(res.json()).toEqual({
      response_action: 'errors',
      errors: { feedback_text: 'This conversation no longer exists.' },
    });
  });

  it('when all of this is done, then no job failed', async () => {
    expect((await h.failedJobs()).map((j) => `${j.name}: ${j.failedReason}`)).toEqual([]);
  });
});
