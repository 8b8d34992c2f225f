import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Harness } from '../support/harness.ts';

const HOME = 'CHOME1';
const LEADER = 'ULEAD1';
const ANNA = 'UANNA1';

describe('daily check-in flow', () => {
  let h: Harness;

  beforeAll(async () => {
    h = await Harness.start({ now: '2026-11-30T01:30:00Z' }); // Monday 09:30 in Shanghai
    h.slack.addUser({ id: LEADER, realName: 'Lead', tz: 'Asia/Shanghai', locale: 'en-US', isAdmin: true });
    h.slack.addUser({ id: ANNA, realName: 'Anna', tz: 'Asia/Shanghai', locale: 'zh-CN' });
    h.slack.setChannelMembers(HOME, [LEADER, ANNA]);
  });
  afterAll(() => h.close());

  it('when an admin sets up a channel, then the team exists with its channel members imported', async () => {
    const res = await h.command('/hexin', 'setup', { user: LEADER, channel: HOME, channelName: 'east-route' });
    expect(res.status).toBe(200);
    const reply = await h.waitForReply((r) => String(r.text).includes('east-route'));
    expect(reply.text).toContain('leader');
    await h.drain();
    const team = await h.runtime.stores.teams.findTeamByChannel('T0TEST', HOME);
    const members = await h.runtime.stores.teams.activeMembers(team!.id);
    expect(members.map((m) => [m.slackUserId, m.role, m.locale]).sort()).toEqual([
      [ANNA, 'member', 'zh-CN'],
      [LEADER, 'leader', 'en-US'],
    ]);
  });

  it('when the clock ticks at 09:30 local, then each member gets one prompt DM in their language', async () => {
    await h.tick(2);
    await h.drain();
    const prompts = h.slack.callsTo('chat.postMessage').filter((c) => [ANNA, LEADER].includes(String(c.args.channel)));
    expect(prompts.map((c) => c.args.channel).sort()).toEqual([ANNA, LEADER]);
    const annaPrompt = prompts.find((c) => c.args.channel === ANNA)!;
    expect(String(annaPrompt.args.text)).toContain('签到');
  });

  it('when Anna submits her check-in with a blocker, then it lands in the thread and the leader is asked to help', async () => {
    const team = (await h.runtime.stores.teams.findTeamByChannel('T0TEST', HOME))!;
    const res = await h.submitView(
      ANNA,
      { callback_id: 'checkin_submit', private_metadata: JSON.stringify({ t: team.id, d: '2026-11-30' }) },
      {
        yesterday: { answer: { type: 'plain_text_input', value: 'Visited 12 shops <!channel>' } },
        today: { answer: { type: 'plain_text_input', value: 'North route <@ULEAD1> <http://evil.example|click>' } },
        blockers: { answer: { type: 'plain_text_input', value: 'Waiting on the price list' } },
        mood: { answer: { type: 'static_select', selected_option: { value: '4' } } },
      },
    );
    expect(res.status).toBe(200);
    expect(res.body).toBe('');
    await h.drain();
    const channelPosts = h.slack.messages().filter((m) => m.channel === HOME);
    const head = channelPosts.find((m) => !m.thread_ts)!;
    const reply = channelPosts.find((m) => m.thread_ts === head.ts)!;
    expect(reply).toBeDefined();
    const replyText = JSON.stringify(reply.blocks);
    expect(replyText).toContain('&lt;!channel&gt;');
    expect(replyText).not.toContain('<!channel>');
    expect(replyText).not.toContain('<@ULEAD1>');
    expect(replyText).not.toContain('<http://evil.example|click>');
    const notice = h.slack
      .callsTo('chat.postMessage')
      .find((c) => c.args.channel === LEADER && JSON.stringify(c.args.blocks).includes('blocker_help'));
    expect(notice).toBeDefined();
  });
});

describe('check-in answers, edits, blockers and Slack trouble', () => {
  let h: Harness;
  let teamId: string;
  const ref = (date: string) => JSON.stringify({ t: teamId, d: date });
  const submit = (
    user: string,
    date: string,
    answers: { yesterday?: string; today?: string; blockers?: string; mood?: string },
  ) =>
    h.submitView(
      user,
      {
        callback_id: 'checkin_submit',
        private_metadata: ref(date),
        blocks: [{ type: 'input', block_id: 'yesterday' }],
      },
      {
        yesterday: { answer: { type: 'plain_text_input', value: answers.yesterday ?? '' } },
        today: { answer: { type: 'plain_text_input', value: answers.today ?? '' } },
        blockers: { answer: { type: 'plain_text_input', value: answers.blockers ?? '' } },
        mood: { answer: { type: 'static_select', selected_option: answers.mood ? { value: answers.mood } : null } },
      },
    );
  const threadReplies = () => h.slack.messages().filter((m) => m.channel === 'CHOME2' && m.thread_ts);

  beforeAll(async () => {
    h = await Harness.start({ now: '2026-11-30T02:00:00Z' }); // Monday 10:00 in Shanghai
    h.slack.addUser({ id: 'ULEAD2', realName: 'Lead Two', tz: 'Asia/Shanghai', locale: 'en-US', isAdmin: true });
    h.slack.addUser({ id: 'ULEAD3', realName: 'Lead Three', tz: 'Asia/Shanghai', locale: 'en-US' });
    h.slack.addUser({ id: 'UBO', realName: 'Bo', tz: 'Asia/Shanghai', locale: 'zh-CN' });
    h.slack.setChannelMembers('CHOME2', ['ULEAD2']);
    await h.command('/hexin', 'setup', { user: 'ULEAD2', channel: 'CHOME2', channelName: 'west-route' });
    await h.waitForReply((r) => String(r.text).includes('west-route'));
    await h.command('/hexin', 'leader <@ULEAD3|lead3>', { user: 'ULEAD2', channel: 'CHOME2' });
    await h.waitForReply((r) => String(r.text).includes('<@ULEAD3>'));
    await h.event({ type: 'member_joined_channel', user: 'UBO', channel: 'CHOME2', channel_type: 'C', team: 'T0TEST' });
    await h.drain();
    teamId = (await h.runtime.stores.teams.findTeamByChannel('T0TEST', 'CHOME2'))!.id;
    expect(await h.runtime.stores.teams.findMember(teamId, 'UBO')).toMatchObject({
      active: true,
      role: 'member',
      locale: 'zh-CN',
    });
  });
  afterAll(() => h.close());

  it('when an answer is edited, then its thread reply is updated in place, not posted again', async () => {
    expect((await submit('UBO', '2026-11-30', { yesterday: 'A', today: 'B', mood: '3' })).status).toBe(200);
    await h.drain();
    expect(threadReplies()).toHaveLength(1);
    expect(
      (await submit('UBO', '2026-11-30', { yesterday: 'A, and 3 more shops', today: 'B', mood: '5' })).status,
    ).toBe(200);
    await h.drain();
    const replies = threadReplies();
    expect(replies).toHaveLength(1);
    expect(JSON.stringify(replies[0]!.blocks)).toContain('3 more shops');
    expect(JSON.stringify(replies[0]!.blocks)).toContain('(edited)'); // the thread speaks the team's language
    expect(h.slack.callsTo('chat.update').some((c) => c.args.ts === replies[0]!.ts)).toBe(true);
    const heads = h.slack.messages().filter((m) => m.channel === 'CHOME2' && !m.thread_ts);
    expect(heads).toHaveLength(1);
  });

  it('when a required answer is missing or the mood is absent, then the modal shows errors in the member’s language and nothing is saved', async () => {
    h.clock.set('2026-12-01T02:00:00Z');
    const res = await submit('UBO', '2026-12-01', { yesterday: '', today: 'x' });
    expect(res.json()).toEqual({
      response_action: 'errors',
      errors: { yesterday: '请回答这一项。', mood: '请回答这一项。' },
    });
    const member = (await h.runtime.stores.teams.findMember(teamId, 'UBO'))!;
    expect(await h.runtime.stores.checkins.findAnswer(member.id, '2026-12-01')).toBeNull();
  });

  it('when a member writes a blocker, then every leader is asked, the first "I’ll help" is recorded with its time, and the member hears who helps', async () => {
    h.clock.set('2026-12-01T03:00:00Z');
    await submit('UBO', '2026-12-01', { yesterday: 'x', today: 'y', blockers: 'Shop 7 wants a refund', mood: '2' });
    await h.drain();
    const notices = h.slack
      .callsTo('chat.postMessage')
      .filter((c) => JSON.stringify(c.args.blocks).includes('blocker_help'));
    expect(notices.map((c) => c.args.channel).sort()).toEqual(['ULEAD2', 'ULEAD3']);
    const blockerId = /"action_id":"blocker_help","value":"([a-z0-9]+)"/.exec(
      JSON.stringify(notices[0]!.args.blocks),
    )![1]!;

    h.clock.set('2026-12-01T03:20:00Z');
    expect((await h.button('ULEAD3', 'blocker_help', blockerId)).status).toBe(200);
    await h.drain();
    await h.button('ULEAD2', 'blocker_help', blockerId);
    await h.waitForReply((r) => String(r.text).includes('<@ULEAD3> is already on it'));
    await h.drain();

    const blocker = await h.runtime.stores.checkins.findBlocker(blockerId);
    expect(blocker).toMatchObject({ helperUserId: 'ULEAD3', helpedAt: new Date('2026-12-01T03:20:00Z') });
    const updatedNotices = h.slack
      .callsTo('chat.update')
      .filter((c) => JSON.stringify(c.args.blocks).includes('is helping'));
    expect(updatedNotices).toHaveLength(2);
    const toMember = h.slack
      .callsTo('chat.postMessage')
      .filter((c) => c.args.channel === 'UBO' && String(c.args.text).includes('<@ULEAD3>'));
    expect(toMember).toHaveLength(1);
    expect(String(toMember[0]!.args.text)).toContain('会帮你');
  });

  it('when Slack answers 429 with Retry-After, then the post waits that long and is then delivered once', async () => {
    h.clock.set('2026-12-02T02:00:00Z');
    h.slack.failNext('chat.postMessage', { rateLimitedFor: 1 });
    const before = h.slack.callsTo('chat.postMessage').length;
    await submit('UBO', '2026-12-02', { yesterday: 'x', today: 'y', mood: '4' });
    await h.drain();
    const calls = h.slack.callsTo('chat.postMessage').slice(before);
    expect(calls.map((c) => c.answered)).toEqual(['rate_limited', 'ok', 'ok']); // head refused, then head, then reply
    expect(calls[1]!.at - calls[0]!.at).toBeGreaterThanOrEqual(1000);
    const heads = h.slack
      .messages()
      .filter((m) => m.channel === 'CHOME2' && !m.thread_ts && String(m.text).includes('Wed 2 Dec 2026'));
    expect(heads).toHaveLength(1);
    expect(await h.failedJobs()).toEqual([]);
  });

  it('when an answer arrives after the member’s day has ended, then it is accepted and marked late', async () => {
    h.clock.set('2026-12-03T17:00:00Z'); // 01:00 on Dec 4 in Shanghai
    await submit('UBO', '2026-12-03', { yesterday: 'x', today: 'y', mood: '3' });
    await h.drain();
    const member = (await h.runtime.stores.teams.findMember(teamId, 'UBO'))!;
    expect(await h.runtime.stores.checkins.findAnswer(member.id, '2026-12-03')).toMatchObject({ late: true });
    const reply = threadReplies().find((m) => JSON.stringify(m.blocks).includes('(late)'));
    expect(reply).toBeDefined();
  });

  it('when a member snoozes the prompt, then it comes back after the hour and the reminder waits', async () => {
    h.clock.set('2026-12-07T01:00:00Z'); // Monday 09:00 Shanghai
    await h.tick();
    await h.drain();
    const member = (await h.runtime.stores.teams.findMember(teamId, 'UBO'))!;
    const prompt = (await h.runtime.stores.checkins.findPrompt(member.id, '2026-12-07'))!;
    expect(prompt.status).toBe('sent');
    await h.button('UBO', 'checkin_snooze', prompt.id);
    const snoozed = await h.waitForReply((r) => String(r.text).includes('10:00'));
    expect(snoozed.replace_original).toBe(true);
    const promptsBefore = h.slack.callsTo('chat.postMessage').filter((c) => c.args.channel === 'UBO').length;
    h.clock.set('2026-12-07T02:00:00Z');
    expect(await h.promoteDelayed()).toBe(1);
    await h.drain();
    expect(h.slack.callsTo('chat.postMessage').filter((c) => c.args.channel === 'UBO')).toHaveLength(promptsBefore + 1);
  });

  it('when a member skips today, then no reminder comes and /checkin skip after answering keeps the answer', async () => {
    h.clock.set('2026-12-08T01:00:00Z');
    await h.tick();
    await h.drain();
    await h.button('UBO', 'checkin_skip', JSON.stringify({ t: teamId, d: '2026-12-08' }));
    await h.waitForReply((r) => String(r.text).includes('已跳过'));
    h.clock.set('2026-12-08T08:00:00Z'); // 16:00 local: reminder time
    const toBo = () => h.slack.callsTo('chat.postMessage').filter((c) => c.args.channel === 'UBO').length;
    const toLeader = () => h.slack.callsTo('chat.postMessage').filter((c) => c.args.channel === 'ULEAD3').length;
    const [boBefore, leaderBefore] = [toBo(), toLeader()];
    await h.tick();
    await h.drain();
    expect(toBo()).toBe(boBefore);
    expect(toLeader()).toBe(leaderBefore + 1); // the leader did not skip, so the reminder still works

    await submit('UBO', '2026-12-08', { yesterday: 'x', today: 'y', mood: '3' });
    await h.command('/checkin', 'skip', { user: 'UBO', channel: 'DBO' });
    await h.waitForReply((r) => String(r.text).includes('你今天已经签到了'));
    const member = (await h.runtime.stores.teams.findMember(teamId, 'UBO'))!;
    expect(await h.runtime.stores.checkins.findAnswer(member.id, '2026-12-08')).not.toBeNull();
  });

  it('when /checkin is used, then the modal opens prefilled for today, in the member’s language', async () => {
    h.clock.set('2026-11-30T05:00:00Z');
    await h.command('/checkin', '', { user: 'UBO', channel: 'CHOME2' });
    const opened = await h.slack.waitFor((calls) => calls.some((c) => c.method === 'views.open'));
    const view = opened.filter((c) => c.method === 'views.open').at(-1)!.args.view as {
      title: { text: string };
      blocks: Array<{ element?: { initial_value?: string } }>;
    };
    expect(view.title.text).toBe('每日签到');
    expect(JSON.stringify(view.blocks)).toContain('3 more shops');
  });

  it('when command text is malformed, then the member is told what was wrong in their language', async () => {
    await h.command('/hexin', 'schedule days=someday', { user: 'UBO', channel: 'CHOME2' });
    await h.waitForReply((r) => String(r.text).includes('`days` 需要星期'));
    await h.command('/hexin', 'frobnicate <!channel>', { user: 'UBO', channel: 'CHOME2' });
    const reply = await h.waitForReply((r) => String(r.text).includes('我不认识'));
    expect(String(reply.text)).not.toContain('<!channel>');
    await h.command('/hexin', 'holiday add 2026-12-25', { user: 'UBO', channel: 'CHOME2' });
    await h.waitForReply((r) => String(r.text).includes('只有本团队的领导'));
  });

  it('when Slack delivers the same event twice, then it is handled once', async () => {
    h.slack.addUser({ id: 'UCAI', realName: 'Cai', tz: 'Asia/Shanghai', locale: 'en-US' });
    const event = { type: 'member_joined_channel', user: 'UCAI', channel: 'CHOME2', channel_type: 'C', team: 'T0TEST' };
    await h.event(event, 'EvSAME1');
    await h.event(event, 'EvSAME1', { 'x-slack-retry-num': '1', 'x-slack-retry-reason': 'http_timeout' });
    await h.drain();
    const infoCalls = h.slack.callsTo('users.info').filter((c) => c.args.user === 'UCAI');
    expect(infoCalls).toHaveLength(1);
  });

  it('when a member pauses prompts, then the clock skips them until they resume', async () => {
    await h.command('/checkin', 'off', { user: 'UBO', channel: 'DBO' });
    await h.waitForReply((r) => String(r.text).includes('已为你暂停'));
    h.clock.set('2026-12-09T01:00:00Z'); // Wednesday 09:00 Shanghai
    await h.tick();
    await h.drain();
    const member = (await h.runtime.stores.teams.findMember(teamId, 'UBO'))!;
    expect(await h.runtime.stores.checkins.findPrompt(member.id, '2026-12-09')).toBeNull();
    await h.command('/checkin', 'on', { user: 'UBO', channel: 'DBO' });
    await h.waitForReply((r) => String(r.text).includes('已恢复'));
    h.clock.set('2026-12-09T01:05:00Z');
    await h.tick();
    await h.drain();
    expect(await h.runtime.stores.checkins.findPrompt(member.id, '2026-12-09')).toMatchObject({ status: 'sent' });
  });

  it('when a blocker matches the duties of a position, then its holder is asked to help too', async () => {
    h.slack.addUser({ id: 'UDAN', realName: 'Dan', tz: 'Asia/Shanghai', locale: 'en-US' });
    await h.event({
      type: 'member_joined_channel',
      user: 'UDAN',
      channel: 'CHOME2',
      channel_type: 'C',
      team: 'T0TEST',
    });
    await h.drain();
    const text = (value: string) => ({ value: { type: 'plain_text_input', value } });
    const res = await h.submitView(
      'ULEAD2',
      { callback_id: 'role_submit', private_metadata: JSON.stringify({ t: teamId, p: null }) },
      {
        title: text('Service coordinator'),
        purpose: text(''),
        duties: text('Handle customer complaints and refunds'),
        authority: text(''),
        guidelines: text(''),
        handoffs: text(''),
        holders: { value: { type: 'multi_users_select', selected_users: ['UDAN'] } },
      },
    );
    expect(res.status).toBe(200);
    await h.drain();
    h.clock.set('2026-12-10T02:00:00Z');
    await h.command('/checkin', 'on', { user: 'UBO', channel: 'DBO' });
    await submit('UBO', '2026-12-10', {
      yesterday: 'x',
      today: 'y',
      blockers: 'Shop 12 has customer complaints about the new prices',
      mood: '3',
    });
    await h.drain();
    const notices = h.slack
      .callsTo('chat.postMessage')
      .filter(
        (c) => JSON.stringify(c.args.blocks).includes('blocker_help') && String(c.args.text).includes('new prices'),
      );
    expect(notices.map((c) => c.args.channel).sort()).toEqual(['UDAN', 'ULEAD2', 'ULEAD3']);
  });
});
