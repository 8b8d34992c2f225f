import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RecordedCall } from '../fakes/fake-slack.ts';
import { form } from '../support/signed-requests.ts';
import { Harness, WORKSPACE } from '../support/harness.ts';

const HOME = 'CGOALS1';
const LEAD = 'ULEADG';
const ANNA = 'UANNAG';
const BEN = 'UBENG';

type Values = Record<string, Record<string, unknown>>;
const text = (value: string) => ({ input: { type: 'plain_text_input', value } });
const num = (value: string) => ({ input: { type: 'number_input', value } });
const option = (value: string | null) => ({
  input: { type: 'static_select', selected_option: value === null ? null : { value } },
});
const date = (value: string | null) => ({ input: { type: 'datepicker', selected_date: value } });
const user = (value: string | null) => ({ input: { type: 'users_select', selected_user: value } });

/** Bolt answers Slack as soon as a listener acks; the work after ack() finishes a moment later. */
async function eventually<T>(read: () => Promise<T>, check: (value: T) => boolean, timeoutMs = 5000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await read();
    if (check(value) || Date.now() > deadline) return value;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

interface OpenedView {
  callback_id: string;
  private_metadata: string;
  title: { text: string };
  blocks: Array<{ type: string; block_id?: string; element?: Record<string, unknown> }>;
}

describe('goals set together: a week’s goal from opening to review', () => {
  let h: Harness;
  let teamId: string;
  let goalId: string;
  let headTs: string;
  let annaKr: string;
  let benKr: string;

  const views = (callbackId: string) =>
    h.slack
      .callsTo('views.open')
      .map((c) => c.args.view as OpenedView)
      .filter((v) => v.callback_id === callbackId);
  const waitForView = async (callbackId: string, count: number): Promise<OpenedView> => {
    await h.slack.waitFor(() => views(callbackId).length >= count);
    return views(callbackId).at(-1)!;
  };
  const inHome = (c: RecordedCall) => c.args.channel === HOME;
  /** Goal heads only: the day's check-in thread also starts in the home channel. */
  const isCheckinHead = (c: RecordedCall) => /Daily check-in|每日签到/.test(String(c.args.text));
  const headPosts = () =>
    h.slack.callsTo('chat.postMessage').filter((c) => inHome(c) && !c.args.thread_ts && !isCheckinHead(c));
  const threadPosts = () => h.slack.callsTo('chat.postMessage').filter((c) => inHome(c) && c.args.thread_ts === headTs);
  const headUpdates = () => h.slack.callsTo('chat.update').filter((c) => inHome(c) && c.args.ts === headTs);
  const headNow = () => JSON.stringify(h.slack.messages().find((m) => m.channel === HOME && m.ts === headTs)?.blocks);
  const krOf = (id: string) => h.runtime.stores.goals.findKeyResult(id);
  const memberId = async (slackUserId: string) => (await h.runtime.stores.teams.findMember(teamId, slackUserId))!.id;
  const goalForm = (fields: {
    title?: string;
    why?: string;
    measure?: string;
    period?: string | null;
    start?: string | null;
    end?: string | null;
  }): Values => ({
    title: text(fields.title ?? 'Every shop on the north route served well'),
    why: text(fields.why ?? 'Retail customers who trust us order with us; that is our brand.'),
    measure: text(fields.measure ?? 'Visit records and the customer satisfaction survey'),
    period: option(fields.period === undefined ? 'week' : fields.period),
    start: date(fields.start ?? null),
    end: date(fields.end ?? null),
  });
  const krForm = (fields: {
    title: string;
    target: string;
    unit: string;
    due?: string | null;
    owner?: string | null;
  }): Values => ({
    title: text(fields.title),
    target: num(fields.target),
    unit: text(fields.unit),
    due: date(fields.due ?? null),
    owner: user(fields.owner ?? null),
  });
  const progress = (krId: string, value: string, confidence: string | null, note = ''): Values => ({
    [`kr_${krId}`]: num(value),
    [`kr_${krId}_confidence`]: option(confidence),
    [`kr_${krId}_note`]: text(note),
  });
  /** A button pressed on the App Home: Slack sends no response_url and a view container. */
  const homeButton = (who: string, actionId: string, value: string) =>
    h.post(
      form({
        payload: JSON.stringify({
          type: 'block_actions',
          user: { id: who, username: who.toLowerCase(), name: who.toLowerCase(), team_id: WORKSPACE },
          api_app_id: 'A0HEXIN',
          token: 'legacy-verification-token',
          container: { type: 'view', view_id: 'VHOME1' },
          trigger_id: `trigger-${randomBytes(4).toString('hex')}`,
          team: { id: WORKSPACE, domain: 'test' },
          enterprise: null,
          is_enterprise_install: false,
          view: {
            id: 'VHOME1',
            type: 'home',
            blocks: [],
            private_metadata: '',
            callback_id: '',
            state: { values: {} },
            hash: '1.x',
            team_id: WORKSPACE,
            app_id: 'A0HEXIN',
            bot_id: 'BBOT',
          },
          actions: [
            {
              action_id: actionId,
              block_id: 'b',
              text: { type: 'plain_text', text: 'x' },
              value,
              type: 'button',
              action_ts: `${Date.now() / 1000}`,
            },
          ],
        }),
      }),
      'application/x-www-form-urlencoded',
    );

  beforeAll(async () => {
    h = await Harness.start({ now: '2026-11-30T02:00:00Z' }); // Monday 10:00 in Shanghai
    h.slack.addUser({ id: LEAD, name: 'Lead', realName: 'Lead', tz: 'Asia/Shanghai', locale: 'en-US', isAdmin: true });
    h.slack.addUser({ id: ANNA, name: 'Anna', realName: 'Anna', tz: 'Asia/Shanghai', locale: 'zh-CN' });
    h.slack.addUser({ id: BEN, name: 'Ben', realName: 'Ben', tz: 'Asia/Shanghai', locale: 'en-US' });
    h.slack.setChannelMembers(HOME, [LEAD, ANNA, BEN]);
    await h.command('/hexin', 'setup', { user: LEAD, channel: HOME, channelName: 'north-route' });
    await h.waitForReply((r) => String(r.text).includes('north-route'));
    await h.drain();
    teamId = (await h.runtime.stores.teams.findTeamByChannel(WORKSPACE, HOME))!.id;
    expect((await h.runtime.stores.teams.activeMembers(teamId)).length).toBe(3);
  });
  afterAll(() => h.close());

  it('when the leader opens a goal with /goal new, then the modal has the fields with Slack length limits and one head is posted in the home channel', async () => {
    await h.command('/goal', 'new', { user: LEAD, channel: HOME });
    const modal = await waitForView('goal_create', 1);
    const maxLength = Object.fromEntries(
      modal.blocks
        .filter((b) => b.element?.type === 'plain_text_input')
        .map((b) => [b.block_id, b.element?.max_length]),
    );
    expect(maxLength).toEqual({ title: 150, why: 1000, measure: 300 });
    expect(modal.blocks.map((b) => b.block_id).filter(Boolean)).toEqual([
      'title',
      'why',
      'measure',
      'period',
      'start',
      'end',
    ]);

    const res = await h.submitView(LEAD, modal, goalForm({}));
    expect(res.status).toBe(200);
    expect(res.body).toBe('');
    await h.drain();

    expect(headPosts()).toHaveLength(1);
    const head = headPosts()[0]!;
    expect(String(head.args.text)).toContain('Every shop on the north route served well');
    expect(JSON.stringify(head.args.blocks)).toContain('goal_kr_propose');
    const goals = await h.runtime.stores.goals.openGoals(teamId);
    expect(goals).toHaveLength(1);
    expect(goals[0]).toMatchObject({
      periodKind: 'week',
      startDate: '2026-11-30',
      endDate: '2026-12-06',
      channelId: HOME,
      status: 'open',
    });
    goalId = goals[0]!.id;
    headTs = goals[0]!.headTs!;
    expect(headTs).toBe((await h.slack.messages().find((m) => m.channel === HOME && !m.thread_ts))!.ts);
  });

  it('when a text is longer than its limit, then the modal shows the limit next to the field in the person’s language, and nothing is saved', async () => {
    const modal = views('goal_create').at(-1)!;
    const tooLong = await h.submitView(LEAD, modal, goalForm({ title: 'x'.repeat(151) }));
    expect(tooLong.json()).toEqual({
      response_action: 'errors',
      errors: { title: 'That is too long: 150 characters at most (you wrote 151).' },
    });
    const zh = await h.submitView(ANNA, modal, goalForm({ why: '为'.repeat(1001) }));
    expect(zh.json()).toEqual({
      response_action: 'errors',
      errors: { why: '内容太长了：最多 1000 个字符（你写了 1001 个）。' },
    });
    const custom = await h.submitView(LEAD, modal, goalForm({ period: 'month', end: '2026-12-20' }));
    expect(custom.json()).toMatchObject({
      response_action: 'errors',
      errors: { end: expect.stringContaining('Custom dates') },
    });
    await h.command('/goal', `new ${'y'.repeat(151)}`, { user: LEAD, channel: HOME });
    await h.waitForReply((r) => String(r.text).includes('150 characters at most (you wrote 151)'));
    expect(await h.runtime.stores.goals.openGoals(teamId)).toHaveLength(1);
  });

  it('when two members propose key results from the thread, then each proposal is posted in the goal thread with the leader’s buttons', async () => {
    await h.button(ANNA, 'goal_kr_propose', goalId, { channel: HOME, messageTs: headTs });
    const annaModal = await waitForView('goal_kr_submit', 1);
    expect(annaModal.title.text).toBe('提议关键结果');
    const unitLimit = await h.submitView(
      ANNA,
      annaModal,
      krForm({ title: 'Visit every shop twice', target: '40', unit: 'u'.repeat(21) }),
    );
    expect(unitLimit.json()).toEqual({
      response_action: 'errors',
      errors: { unit: '内容太长了：最多 20 个字符（你写了 21 个）。' },
    });
    expect(
      (await h.submitView(ANNA, annaModal, krForm({ title: 'Visit every shop twice', target: '40', unit: 'visits' })))
        .body,
    ).toBe('');

    await h.button(BEN, 'goal_kr_propose', goalId, { channel: HOME, messageTs: headTs });
    const benModal = await waitForView('goal_kr_submit', 2);
    expect(benModal.title.text).toBe('Propose a key result');
    expect(
      (
        await h.submitView(
          BEN,
          benModal,
          krForm({ title: 'Sign up new retail customers', target: '5', unit: 'shops', due: '2026-12-05' }),
        )
      ).body,
    ).toBe('');
    await h.drain();

    const proposals = threadPosts();
    expect(proposals).toHaveLength(2);
    for (const post of proposals)
      expect(JSON.stringify(post.args.blocks)).toMatch(/goal_kr_accept.*goal_kr_change.*goal_kr_decline/);
    const keyResults = await h.runtime.stores.goals.keyResultsOf(goalId);
    expect(keyResults.map((k) => [k.title, k.status, k.proposalTs])).toEqual([
      ['Visit every shop twice', 'proposed', expect.any(String)],
      ['Sign up new retail customers', 'proposed', expect.any(String)],
    ]);
    [annaKr, benKr] = keyResults.map((k) => k.id) as [string, string];
    expect(headNow()).toContain('2 proposal(s) under discussion');
  });

  it('when a member presses Accept, then they are refused in their language and the proposal still waits', async () => {
    await h.button(ANNA, 'goal_kr_accept', benKr, { channel: HOME, messageTs: (await krOf(benKr))!.proposalTs! });
    await h.waitForReply((r) => String(r.text).includes('只有本团队的领导可以采纳'));
    await h.drain();
    expect(await krOf(benKr)).toMatchObject({ status: 'proposed', ownerId: await memberId(BEN), acceptedAt: null });
  });

  it('when the leader accepts one proposal, then it gets its owner, the proposal shows it, the proposer hears by DM and the head is edited in place', async () => {
    const before = headUpdates().length;
    await h.button(LEAD, 'goal_kr_accept', annaKr, { channel: HOME, messageTs: (await krOf(annaKr))!.proposalTs! });
    await eventually(
      () => krOf(annaKr),
      (k) => k?.status === 'accepted',
    );
    await h.drain();
    expect(await krOf(annaKr)).toMatchObject({
      status: 'accepted',
      ownerId: await memberId(ANNA),
      reviewedById: await memberId(LEAD),
    });
    expect(headUpdates().length).toBeGreaterThan(before);
    expect(headNow()).toContain('Visit every shop twice');
    const proposal = h.slack
      .messages()
      .find((m) => m.channel === HOME && m.ts === h.slack.messages().find((x) => x.thread_ts === headTs)!.ts)!;
    expect(JSON.stringify(proposal.blocks)).toContain('Accepted by');
    expect(JSON.stringify(proposal.blocks)).not.toContain('goal_kr_accept');
    const dm = h.slack.callsTo('chat.postMessage').find((c) => c.args.channel === ANNA);
    expect(String(dm?.args.text)).toContain('采纳了你的关键结果');
  });

  it('when the leader asks for a change, then the comment reaches the proposer by DM; the proposer revises, and the leader then accepts', async () => {
    const proposalTs = (await krOf(benKr))!.proposalTs!;
    await h.button(LEAD, 'goal_kr_change', benKr, { channel: HOME, messageTs: proposalTs });
    const changeModal = await waitForView('goal_kr_change_submit', 1);
    expect((await h.submitView(LEAD, changeModal, { comment: text('  ') })).json()).toEqual({
      response_action: 'errors',
      errors: { comment: 'Please fill this in.' },
    });
    expect((await h.submitView(LEAD, changeModal, { comment: text('z'.repeat(501)) })).json()).toEqual({
      response_action: 'errors',
      errors: { comment: 'That is too long: 500 characters at most (you wrote 501).' },
    });
    expect(
      (
        await h.submitView(LEAD, changeModal, {
          comment: text('Could you aim for 8? The east side has room <!channel>'),
        })
      ).body,
    ).toBe('');
    await h.drain();

    expect(await krOf(benKr)).toMatchObject({
      status: 'changes_requested',
      reviewComment: 'Could you aim for 8? The east side has room <!channel>',
    });
    const dm = h.slack
      .callsTo('chat.postMessage')
      .filter((c) => c.args.channel === BEN)
      .at(-1)!;
    const dmBlocks = JSON.stringify(dm.args.blocks);
    expect(dmBlocks).toContain('Could you aim for 8?');
    expect(dmBlocks).toContain('&lt;!channel&gt;');
    expect(dmBlocks).not.toContain('<!channel>');
    expect(dmBlocks).toContain('goal_kr_revise');

    // Only the proposer may revise.
    await h.button(ANNA, 'goal_kr_revise', benKr, { channel: HOME, messageTs: proposalTs });
    await h.waitForReply((r) => String(r.text).includes('只有提议人可以修改'));

    await h.button(BEN, 'goal_kr_revise', benKr, { channel: 'DBENG', messageTs: dm.args.ts as string | undefined });
    const revise = await waitForView('goal_kr_submit', 3);
    expect(revise.title.text).toBe('Revise a key result');
    expect(JSON.stringify(revise.blocks)).toContain('Sign up new retail customers');
    expect(
      (
        await h.submitView(
          BEN,
          revise,
          krForm({ title: 'Sign up new retail customers', target: '8', unit: 'shops', due: '2026-12-05' }),
        )
      ).body,
    ).toBe('');
    await h.drain();

    const revised = (await krOf(benKr))!;
    expect(revised).toMatchObject({ status: 'proposed', target: 8 });
    expect(revised.proposalTs).not.toBe(proposalTs);
    expect(threadPosts()).toHaveLength(3);
    expect(JSON.stringify(h.slack.messages().find((m) => m.ts === proposalTs)!.blocks)).toContain('Revised');

    await h.button(LEAD, 'goal_kr_accept', benKr, { channel: HOME, messageTs: revised.proposalTs! });
    await eventually(
      () => krOf(benKr),
      (k) => k?.status === 'accepted',
    );
    await h.drain();
    expect(await krOf(benKr)).toMatchObject({ status: 'accepted', ownerId: await memberId(BEN) });
    expect(headNow()).toContain('Sign up new retail customers');
    expect(headNow()).not.toContain('under discussion');
  });

  it('when owners update progress by /goal update, the head button and the check-in, then every update is kept and the head shows the latest with its trend', async () => {
    await h.command('/goal', 'update', { user: ANNA, channel: HOME });
    const annaForm = await waitForView('goal_update_submit', 1);
    expect(annaForm.title.text).toBe('更新进度');
    expect(annaForm.blocks.map((b) => b.block_id).filter((id) => id?.startsWith('kr_'))).toEqual([
      `kr_${annaKr}`,
      `kr_${annaKr}_confidence`,
      `kr_${annaKr}_note`,
    ]);

    const missing = await h.submitView(ANNA, annaForm, progress(annaKr, '10', null));
    expect(missing.json()).toEqual({
      response_action: 'errors',
      errors: { [`kr_${annaKr}_confidence`]: '请填写这一项。' },
    });
    const longNote = await h.submitView(ANNA, annaForm, progress(annaKr, '10', '7', 'n'.repeat(501)));
    expect(longNote.json()).toEqual({
      response_action: 'errors',
      errors: { [`kr_${annaKr}_note`]: '内容太长了：最多 500 个字符（你写了 501 个）。' },
    });

    expect((await h.submitView(ANNA, annaForm, progress(annaKr, '10', '7', 'North side done'))).body).toBe('');
    await h.drain();
    expect(headNow()).toContain('10 / 40 visits (25%) · confidence 7/10');
    h.clock.advance(3600_000);
    expect((await h.submitView(ANNA, annaForm, progress(annaKr, '25', '6'))).body).toBe('');
    await h.drain();
    expect(headNow()).toContain('25 / 40 visits (63%) ↑ · confidence 6/10 ↓');
    const annaHistory = await h.runtime.stores.goals.history(annaKr);
    expect(annaHistory.map((u) => [u.value, u.confidence, u.note, u.source])).toEqual([
      [10, 7, 'North side done', 'command'],
      [25, 6, null, 'command'],
    ]);

    // Ben cannot report on Anna's key result, even with a hand-made form.
    const forged = await h.submitView(BEN, annaForm, progress(annaKr, '40', '10'));
    expect(forged.json()).toMatchObject({
      response_action: 'errors',
      errors: { [`kr_${annaKr}`]: 'You can only update progress on key results you own.' },
    });
    expect(await h.runtime.stores.goals.history(annaKr)).toHaveLength(2);

    await h.button(BEN, 'goal_update_open', goalId, { channel: HOME, messageTs: headTs });
    const benForm = await waitForView('goal_update_submit', 2);
    h.clock.advance(3600_000);
    expect((await h.submitView(BEN, benForm, progress(benKr, '6', '8'))).body).toBe('');
    await h.drain();
    expect(headNow()).toContain('6 / 8 shops (75%) · confidence 8/10');

    // The daily check-in asks Ben about his key result: /checkin, then the form as Slack posts it.
    h.clock.advance(3600_000);
    await h.command('/checkin', '', { user: BEN, channel: HOME });
    const checkinForm = await waitForView('checkin_submit', 1);
    expect(JSON.stringify(checkinForm.blocks)).toContain(`kr_${benKr}`);
    const answers = {
      yesterday: { answer: { type: 'plain_text_input', value: 'Visited the east shops' } },
      today: { answer: { type: 'plain_text_input', value: 'North route' } },
      blockers: { answer: { type: 'plain_text_input', value: '' } },
      mood: { answer: { type: 'static_select', selected_option: { value: '4' } } },
    };
    const submitCheckin = (values: Values) =>
      h.submitView(
        BEN,
        { callback_id: 'checkin_submit', private_metadata: checkinForm.private_metadata },
        { ...answers, ...values },
      );
    const incomplete = await submitCheckin({ [`kr_${benKr}`]: num('8') });
    expect(incomplete.json()).toMatchObject({
      response_action: 'errors',
      errors: { [`kr_${benKr}_confidence`]: expect.any(String) },
    });
    expect(await h.runtime.db.prisma.checkinAnswer.count({ where: { memberId: await memberId(BEN) } })).toBe(0);
    expect((await submitCheckin({ [`kr_${benKr}`]: num('8'), [`kr_${benKr}_confidence`]: option('9') })).body).toBe('');
    await h.drain();
    expect(await h.runtime.db.prisma.checkinAnswer.count({ where: { memberId: await memberId(BEN) } })).toBe(1);
    expect((await h.runtime.stores.goals.history(benKr)).map((u) => [u.value, u.confidence, u.source])).toEqual([
      [6, 8, 'button'],
      [8, 9, 'checkin'],
    ]);
    expect(headNow()).toContain('8 / 8 shops (100%) ↑ · confidence 9/10 ↑');
    expect((await h.runtime.stores.goals.latestProgress(benKr))!.value).toBe(8);
    expect((await h.runtime.stores.goals.acceptedKeyResults(teamId)).map((k) => [k.title, k.goal.id])).toEqual([
      ['Visit every shop twice', goalId],
      ['Sign up new retail customers', goalId],
    ]);
  });

  it('when people write in the goal thread, then each message is counted once as a comment; other threads, bots and deleted messages are not', async () => {
    const message = (who: string, ts: string, threadTs: string | undefined, extra: Record<string, unknown> = {}) =>
      h.event({
        type: 'message',
        channel: HOME,
        channel_type: 'channel',
        user: who,
        text: 'I can take the east shops too',
        ts,
        ...(threadTs && { thread_ts: threadTs }),
        ...extra,
      });
    expect((await message(BEN, '1764470000.000100', headTs)).status).toBe(200);
    await message(BEN, '1764470000.000100', headTs, {}); // a retry with a new event id: same ts, counted once
    await message(ANNA, '1764470001.000100', headTs);
    await message(ANNA, '1764470002.000100', headTs);
    await message(LEAD, '1764470003.000100', '1111111111.000001'); // some other thread
    await message(LEAD, '1764470004.000100', undefined); // not in a thread
    await h.event({
      type: 'message',
      subtype: 'bot_message',
      channel: HOME,
      bot_id: 'BOTHER',
      text: 'beep',
      ts: '1764470005.000100',
      thread_ts: headTs,
    });
    await h.event({
      type: 'message',
      subtype: 'message_deleted',
      channel: HOME,
      hidden: true,
      ts: '1764470006.000100',
      deleted_ts: '1764470002.000100',
      previous_message: { type: 'message', user: ANNA, ts: '1764470002.000100', thread_ts: headTs },
    });
    const expected = [
      [ANNA, 1],
      [BEN, 1],
    ];
    const commenters = async () =>
      (await h.runtime.stores.goals.participation(goalId)).commenters.map((c) => [c.slackUserId, c.count]);
    expect(await eventually(commenters, (rows) => JSON.stringify(rows) === JSON.stringify(expected))).toEqual(expected);
    await new Promise((resolve) => setTimeout(resolve, 200)); // nothing late changes it
    expect(await commenters()).toEqual(expected);

    // Slack does not keep events in order: a delete that arrives before its message still wins.
    await h.event({
      type: 'message',
      subtype: 'message_deleted',
      channel: HOME,
      hidden: true,
      ts: '1764470008.000100',
      deleted_ts: '1764470007.000100',
      previous_message: { type: 'message', user: BEN, ts: '1764470007.000100', thread_ts: headTs },
    });
    await eventually(
      () => h.runtime.db.prisma.goalComment.count({ where: { goalId, ts: '1764470007.000100' } }),
      (n) => n === 1,
    );
    await message(BEN, '1764470007.000100', headTs);
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(await commenters()).toEqual(expected);
  });

  it('when members ask /goal list, then they see the team’s open goals and their own key results, in their language', async () => {
    await h.command('/goal', 'list', { user: BEN, channel: HOME });
    const ben = await h.waitForReply((r) => String(r.text).includes('open goal(s)'));
    expect(String(ben.text)).toContain('Every shop on the north route served well');
    expect(String(ben.text)).toContain('Yours: *Sign up new retail customers*');
    expect(String(ben.text)).not.toContain('Yours: *Visit every shop twice*');
    const blocks = ben.blocks as Array<{ type: string; text: { type: string; text: string; verbatim?: boolean } }>;
    expect(blocks.length).toBeGreaterThan(0);
    expect(blocks.every((b) => b.type === 'section' && b.text.type === 'mrkdwn' && b.text.verbatim === true)).toBe(
      true,
    );
    expect(blocks.map((b) => b.text.text).join('\n')).toContain('Every shop on the north route served well');
    await h.command('/goal', 'list', { user: ANNA, channel: HOME });
    const anna = await h.waitForReply((r) => String(r.text).includes('个进行中的目标'));
    expect(String(anna.text)).toContain('你的：*Visit every shop twice*');
  });

  it('when someone types /goal constructor or /goal __proto__, then they are told the word is unknown', async () => {
    await h.command('/goal', 'constructor', { user: BEN, channel: HOME });
    await h.waitForReply((r) => String(r.text).includes('I don’t know `constructor`'));
    await h.command('/goal', '__proto__', { user: BEN, channel: HOME });
    await h.waitForReply((r) => String(r.text).includes('I don’t know `＿＿proto＿＿`'));
  });

  it('when the App Home buttons are pressed, then the new-goal form opens for the team, and someone without key results is told so', async () => {
    const before = views('goal_create').length;
    expect((await homeButton(ANNA, 'goal_new_open', teamId)).status).toBe(200);
    const modal = await waitForView('goal_create', before + 1);
    expect(modal.title.text).toBe('新建目标');
    expect(JSON.parse(modal.private_metadata)).toEqual({ t: teamId });
    await homeButton(LEAD, 'goal_update_open', teamId);
    await h.slack.waitFor((calls) =>
      calls.some((c) => c.method === 'views.open' && JSON.stringify(c.args.view).includes('no accepted key results')),
    );
  });

  it('when the head has been kept current, then it was posted once and edited in place many times', () => {
    expect(headPosts()).toHaveLength(1);
    expect(headUpdates().length).toBeGreaterThanOrEqual(6);
    expect(
      h.slack.messages().filter((m) => m.channel === HOME && !m.thread_ts && !/Daily check-in/.test(m.text ?? '')),
    ).toHaveLength(1);
  });

  it('when the period ends in the team’s time zone, then the goal closes once with a review and the participation record, and a button to set the next goal', async () => {
    // A proposal still waiting for the leader when the period ends.
    await h.button(BEN, 'goal_kr_propose', goalId, { channel: HOME, messageTs: headTs });
    const lateModal = await waitForView('goal_kr_submit', 4);
    expect(
      (await h.submitView(BEN, lateModal, krForm({ title: 'Late idea for next week', target: '3', unit: 'shops' })))
        .body,
    ).toBe('');
    await h.drain();
    const late = (await h.runtime.stores.goals.keyResultsOf(goalId)).find(
      (k) => k.title === 'Late idea for next week',
    )!;
    expect(late.status).toBe('proposed');

    h.clock.set('2026-12-06T15:59:00Z'); // Sunday 23:59 in Shanghai: still the last day
    await h.tick();
    await h.drain();
    expect((await h.runtime.stores.goals.findGoal(goalId))!.status).toBe('open');

    h.clock.set('2026-12-06T16:01:00Z'); // Monday 00:01 in Shanghai
    await h.tick(2);
    await h.drain();
    h.clock.set('2026-12-06T16:02:00Z');
    await h.tick();
    await h.drain();
    expect((await h.runtime.stores.goals.findGoal(goalId))!).toMatchObject({ status: 'closed' });

    const reviews = threadPosts().filter((c) => String(c.args.text).includes('Review'));
    expect(reviews).toHaveLength(1);
    const review = JSON.stringify(reviews[0]!.args.blocks);
    expect(review).toContain('Achieved 1 of 2 key results');
    expect(review).toContain(':x: *Visit every shop twice* — Anna: 25 / 40 visits (missed)');
    expect(review).toContain(':white_check_mark: *Sign up new retail customers* — Ben: 8 / 8 shops (achieved)');
    expect(review).toContain('Proposed key results: Ben (2), Anna (1)'); // Ben's late proposal counts as taking part
    expect(review).toContain('Commented in the thread: Anna (1), Ben (1)');
    expect(review).toContain('Updated progress: Anna (2), Ben (2)');
    expect(review).toContain('goal_next');

    const lateMessage = JSON.stringify(
      h.slack.messages().find((m) => m.channel === HOME && m.ts === late.proposalTs)!.blocks,
    );
    expect(lateMessage).toContain('period ended before this proposal was reviewed');
    expect(lateMessage).not.toContain('goal_kr_accept');

    expect(headNow()).toContain('Goal (closed)');
    expect(headNow()).not.toContain('goal_kr_propose');
    expect(headPosts()).toHaveLength(1);

    await h.button(ANNA, 'goal_kr_propose', goalId, { channel: HOME, messageTs: headTs });
    await h.waitForReply((r) => String(r.text).includes('这个目标的周期已经结束'));
  });

  it('when someone presses “Set the next goal together”, then the form opens filled from the closed goal for the next week', async () => {
    const before = views('goal_create').length;
    await h.button(BEN, 'goal_next', goalId, { channel: HOME, messageTs: headTs });
    const modal = await waitForView('goal_create', before + 1);
    const blocks = JSON.stringify(modal.blocks);
    expect(blocks).toContain('"initial_value":"Every shop on the north route served well"');
    expect(blocks).toContain('"initial_date":"2026-12-07"');
    expect(blocks).toContain(
      '"initial_option":{"text":{"type":"plain_text","text":"Week","emoji":true},"value":"week"}',
    );
  });

  it('when the team’s language is Chinese, then a new goal’s thread speaks Chinese, and custom dates are checked', async () => {
    await h.command('/hexin', 'language zh-CN', { user: LEAD, channel: HOME });
    await h.waitForReply((r) => String(r.text).includes('中文'));
    const modal = views('goal_create').at(-1)!;
    const backwards = await h.submitView(
      LEAD,
      modal,
      goalForm({ title: '服务品牌', period: 'custom', start: '2026-12-20', end: '2026-12-10' }),
    );
    expect(backwards.json()).toEqual({
      response_action: 'errors',
      errors: { end: 'The end date must be on or after the start date.' },
    });
    const over = await h.submitView(
      ANNA,
      modal,
      goalForm({ title: '服务品牌', period: 'custom', start: '2026-11-01', end: '2026-12-01' }),
    );
    expect(over.json()).toEqual({
      response_action: 'errors',
      errors: { end: '这个周期已经结束了。请选择到今天或以后的日期。' },
    });
    expect(
      (
        await h.submitView(
          ANNA,
          modal,
          goalForm({
            title: '服务品牌',
            why: '零售客户满意',
            period: 'custom',
            start: '2026-12-07',
            end: '2026-12-31',
          }),
        )
      ).body,
    ).toBe('');
    await h.drain();
    const heads = headPosts();
    expect(heads).toHaveLength(2);
    expect(String(heads[1]!.args.text)).toContain('目标：服务品牌');
    expect(JSON.stringify(heads[1]!.args.blocks)).toContain('提议关键结果');
    const created = (await h.runtime.stores.goals.openGoals(teamId))[0]!;
    expect(created).toMatchObject({
      periodKind: 'custom',
      startDate: '2026-12-07',
      endDate: '2026-12-31',
      createdById: await memberId(ANNA),
    });

    // A declined proposal: the thread says so in the team's language, the proposer hears in theirs.
    await h.button(BEN, 'goal_kr_propose', created.id, { channel: HOME, messageTs: created.headTs! });
    const modal2 = await waitForView('goal_kr_submit', 5);
    expect(
      (await h.submitView(BEN, modal2, krForm({ title: 'Weekly brand talk', target: '4', unit: 'talks' }))).body,
    ).toBe('');
    await h.drain();
    const proposal = (await h.runtime.stores.goals.keyResultsOf(created.id))[0]!;
    await h.button(LEAD, 'goal_kr_decline', proposal.id, { channel: HOME, messageTs: proposal.proposalTs! });
    await eventually(
      () => krOf(proposal.id),
      (k) => k?.status === 'declined',
    );
    await h.drain();
    expect(JSON.stringify(h.slack.messages().find((m) => m.ts === proposal.proposalTs)!.blocks)).toContain(
      'Lead 没有采纳',
    );
    const dm = h.slack
      .callsTo('chat.postMessage')
      .filter((c) => c.args.channel === BEN)
      .at(-1)!;
    expect(String(dm.args.text)).toBe(
      `<@${LEAD}> declined your key result *Weekly brand talk* (goal *服务品牌*). You are welcome to propose another one in the goal thread.`,
    );
    expect(await h.failedJobs()).toEqual([]);
  });
});
