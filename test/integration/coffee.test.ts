import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CoffeeGroup, CoffeeRound } from '../../src/domain/informal/model.ts';
import type { RecordedCall } from '../fakes/fake-slack.ts';
import { Harness } from '../support/harness.ts';

const HOME = 'CCOFHOME';
const INFORMAL = 'CCOFFEE';
const LEADER = 'UCLEAD';
/** UCM2 opts out, UCM3 avoids UCM4, UCM7 is not in the informal channel, UCZH reads Chinese, UCNY works from New York. */
const MEMBERS = ['UCM1', 'UCM2', 'UCM3', 'UCM4', 'UCM5', 'UCM7', 'UCZH', 'UCNY'] as const;
const OUTSIDER = 'UCOUT';

const hasButton = (call: RecordedCall, action: string) =>
  JSON.stringify(call.args.blocks ?? '').includes(`"${action}"`);
const isFollowup = (call: RecordedCall) => call.method === 'chat.postMessage' && hasButton(call, 'coffee_met');
const isIntro = (call: RecordedCall) =>
  call.method === 'chat.postMessage' && String(call.args.channel).startsWith('G') && !isFollowup(call);

describe('coffee pairing and icebreakers', () => {
  let h: Harness;
  let teamId: string;
  const memberIds = new Map<string, string>();
  const slackIdOf = (memberId: string) => [...memberIds].find(([, id]) => id === memberId)![0];

  const informal = () => h.runtime.stores.informal;
  const rounds = async (): Promise<CoffeeRound[]> =>
    h.runtime.db.session.query<CoffeeRound>('SELECT * FROM "CoffeeRound" WHERE "teamId" = $1 ORDER BY "startsAt"', [
      teamId,
    ]);
  const groupsOf = async (roundId: string): Promise<CoffeeGroup[]> => informal().groups(roundId);
  const week = async (period: string) => (await informal().weeks(teamId, period, period))[0];

  const command = async (user: string, text: string, channel = INFORMAL): Promise<string> =>
    String((await h.replyTo(`/coffee ${text}`, () => h.command('/coffee', text, { user, channel }))).text);
  /** A button press and the message the press put in its place (or the private reply). */
  const press = async (user: string, action: string, value: string, channel: string): Promise<string> =>
    String((await h.replyTo(action, () => h.button(user, action, value, { channel }))).text);

  async function at(iso: string, clocks = 1) {
    h.clock.set(iso);
    await h.tick(clocks);
    await h.drain();
  }

  beforeAll(async () => {
    h = await Harness.start({ now: '2026-12-01T02:00:00Z' }); // Tuesday 10:00 in Shanghai, week 2026-W49
    h.slack.addUser({ id: LEADER, realName: 'Lead', tz: 'Asia/Shanghai', locale: 'en-US', isAdmin: true });
    for (const id of MEMBERS)
      h.slack.addUser({
        id,
        realName: id,
        tz: id === 'UCNY' ? 'America/New_York' : 'Asia/Shanghai',
        locale: id === 'UCZH' ? 'zh-CN' : 'en-US',
      });
    h.slack.addUser({ id: OUTSIDER, realName: 'Guest', tz: 'Asia/Shanghai', locale: 'en-US' });
    h.slack.setChannelMembers(HOME, [LEADER, ...MEMBERS]);
    h.slack.setChannelMembers(INFORMAL, [LEADER, ...MEMBERS.filter((m) => m !== 'UCM7'), OUTSIDER]);
    await h.command('/hexin', `setup <#${INFORMAL}|coffee-corner>`, {
      user: LEADER,
      channel: HOME,
      channelName: 'route-east',
    });
    await h.waitForReply((r) => String(r.text).includes('route-east'));
    await h.drain();
    teamId = (await h.runtime.stores.teams.findTeamByChannel('T0TEST', HOME))!.id;
    for (const member of await h.runtime.stores.teams.activeMembers(teamId))
      memberIds.set(member.slackUserId, member.id);
    expect(memberIds.size).toBe(9);
  });
  afterAll(() => h.close());

  it('when members make their quiet choices, then each is told privately and nobody else hears of it', async () => {
    const callsBefore = h.slack.calls.length;
    expect(await command('UCM2', 'off')).toContain('won’t be paired');
    expect(await command('UCM3', 'avoid <@UCM4|ucm4>')).toContain('never told');
    expect(await command('UCM3', 'avoid')).toContain('<@UCM4>');
    // Away for twelve of the first round's fourteen days.
    await h.command('/hexin', 'vacation 2026-12-07 2026-12-18', { user: 'UCM5', channel: HOME });
    await h.waitForReply((r) => String(r.text).includes('Enjoy your time away'));
    // Nothing went to Slack but the answers to the person who asked.
    const others = h.slack.calls
      .slice(callsBefore)
      .filter((c) => c.method !== 'response_url' && !(c.method === 'users.info' && c.args.user === 'UCM3'));
    expect(others).toEqual([]);
    const jobs = JSON.stringify((await h.allJobs()).map((j) => [j.name, j.data]));
    expect(jobs).not.toContain(memberIds.get('UCM4'));
  });

  it('when a leader asks for the status, then they see how many take part, and a member does not', async () => {
    expect(await command(LEADER, 'status')).toContain('Next round');
    const member = await command('UCM1', '');
    expect(member).toContain('You take part');
    expect(member).not.toContain('For leaders');
  });

  it('when two clocks tick at the round’s hour, then one round pairs every included member exactly once, by group DM', async () => {
    await at('2026-12-07T02:00:00Z', 2); // Monday 10:00 in Shanghai, week 2026-W50
    const [round] = await rounds();
    expect(round?.period).toBe('2026-W50');
    const groups = await groupsOf(round!.id);
    const paired = groups.flatMap((g) => g.memberIds.map(slackIdOf)).sort();
    // Everyone in the informal channel who is in the team, but the one who opted out and the one away.
    expect(paired).toEqual([LEADER, 'UCM1', 'UCM3', 'UCM4', 'UCNY', 'UCZH'].sort());
    expect(groups.map((g) => g.memberIds.length)).toEqual([2, 2, 2]);
    for (const g of groups) {
      const people = g.memberIds.map(slackIdOf);
      expect(people.includes('UCM3') && people.includes('UCM4')).toBe(false);
    }
    // One conversations.open per group, with exactly its members, and one intro in each.
    const opens = h.slack.callsTo('conversations.open').filter((c) => String(c.args.users).includes(','));
    expect(opens.map((c) => String(c.args.users).split(',').sort().join(',')).sort()).toEqual(
      groups.map((g) => g.memberIds.map(slackIdOf).sort().join(',')).sort(),
    );
    const intros = h.slack.callsTo('chat.postMessage').filter((c) => String(c.args.channel).startsWith('G'));
    expect(intros).toHaveLength(3);
    expect(new Set(intros.map((c) => c.args.channel)).size).toBe(3);
    expect(await week('2026-W50')).toMatchObject({ roundsRun: 1, groups: 3 });
  });

  it('when the group speaks both languages, then its intro is in both, with each one’s local time and a question', async () => {
    const [round] = await rounds();
    const groups = await groupsOf(round!.id);
    const mixed = groups.find((g) => g.memberIds.includes(memberIds.get('UCZH')!))!;
    const intro = h.slack.callsTo('chat.postMessage').find((c) => c.args.channel === mixed.channelId)!;
    const text = JSON.stringify(intro.args.blocks);
    expect(text).toContain('Coffee pairing');
    expect(text).toContain('咖啡配对');
    expect(text).toContain('<@UCZH>');
    expect(text).toMatch(/local time \d\d:\d\d/);
    expect(text).toContain('To start with');
    expect(text).toContain('先聊聊这个');
  });

  it('when the clocks tick again that day and the worker restarts, then nothing is paired or sent twice', async () => {
    const sent = h.slack.calls.length;
    await at('2026-12-07T02:01:00Z', 2);
    await h.stopWorker();
    h.startWorker();
    await at('2026-12-07T09:00:00Z', 2);
    expect(await rounds()).toHaveLength(1);
    expect(h.slack.calls.slice(sent).filter((c) => c.method === 'conversations.open' || isIntro(c))).toEqual([]);
  });

  it('when someone outside the group presses a follow-up button, then they are refused and the answer stands', async () => {
    await at('2026-12-14T02:00:00Z'); // halfway through the two-week round
    const [round] = await rounds();
    const followups = h.slack.callsTo('chat.postMessage').filter(isFollowup);
    expect(followups).toHaveLength(3);
    const groups = await groupsOf(round!.id);
    const first = groups[0]!;
    const outsider = [...memberIds.keys()].find((u) => !first.memberIds.includes(memberIds.get(u)!))!;
    expect(await press(outsider, 'coffee_met', first.id, first.channelId!)).toContain('Only the members');
    expect((await informal().findGroup(first.id))?.outcome).toBeNull();
  });

  it('when a leader asks for a round in the second week of one under way, then they are told when it ends and nothing starts', async () => {
    const before = await rounds();
    const answer = await command(LEADER, 'now');
    expect(answer).toContain('under way until');
    expect(answer).toContain('2026');
    await h.drain();
    expect(await rounds()).toEqual(before);
  });

  it('when a member says they met, then the group hears it, the meeting is counted once and its members take part', async () => {
    const [round] = await rounds();
    const [first, second] = await groupsOf(round!.id);
    // Both members press "met" at the same moment: one meeting.
    const before = h.replies().length;
    const pressed = await Promise.all(
      first!.memberIds.map((id) => h.button(slackIdOf(id), 'coffee_met', first!.id, { channel: first!.channelId! })),
    );
    expect(pressed.map((p) => p.status)).toEqual(first!.memberIds.map(() => 200));
    await h.slack.waitFor(() => h.replies().length >= before + first!.memberIds.length);
    for (const reply of h.replies().slice(before)) expect(String(reply.text)).toMatch(/says you met|见过了/);
    // A "not yet" pressed after it cannot undo the meeting, nor let it be counted again.
    expect(await press(slackIdOf(first!.memberIds[1]!), 'coffee_not_yet', first!.id, first!.channelId!)).toMatch(
      /says you met/,
    );
    expect((await informal().findGroup(first!.id))?.outcome).toBe('met');
    const stats = await week('2026-W51');
    expect(stats?.meetingsHeld).toBe(1);
    expect(stats?.membersTakingPart).toBe(first!.memberIds.length);
    expect(await press(slackIdOf(second!.memberIds[0]!), 'coffee_not_yet', second!.id, second!.channelId!)).toMatch(
      /not yet|还没有/,
    );
  });

  it('when the round nears its end, then only the group that said "not yet" is asked once more', async () => {
    const before = h.slack.callsTo('chat.postMessage').filter(isFollowup).length;
    await at('2026-12-18T02:00:00Z', 2);
    await at('2026-12-18T03:00:00Z');
    const [round] = await rounds();
    const [, second] = await groupsOf(round!.id);
    const again = h.slack.callsTo('chat.postMessage').filter(isFollowup).slice(before);
    expect(again.map((c) => c.args.channel)).toEqual([second!.channelId]);
  });

  it('when a group stays silent two rounds in a row, then each of its members is asked privately whether to pause', async () => {
    await at('2026-12-21T02:00:00Z'); // round one ends, round two starts
    const all = await rounds();
    expect(all).toHaveLength(2);
    expect(all[0]!.closedAt).not.toBeNull();
    const silentOnce = (await groupsOf(all[0]!.id)).find((g) => !g.outcome)!;
    await at('2026-12-28T02:00:00Z'); // round two's "did you meet?"
    await at('2027-01-04T02:00:00Z'); // round two ends without an answer from anyone
    const asks = h.slack.callsTo('chat.postMessage').filter((c) => hasButton(c, 'coffee_pause'));
    expect(asks.map((c) => c.args.channel).sort()).toEqual(silentOnce.memberIds.map(slackIdOf).sort());
    // Only the member asked may answer.
    const asked = silentOnce.memberIds[0]!;
    const other = [...memberIds.values()].find((id) => !silentOnce.memberIds.includes(id))!;
    expect(await press(slackIdOf(other), 'coffee_pause', asked, `D${slackIdOf(other).slice(1)}`)).toContain(
      'someone else',
    );
    expect(await press(slackIdOf(asked), 'coffee_pause', asked, `D${slackIdOf(asked).slice(1)}`)).toMatch(
      /paused|暂停/,
    );
    expect((await informal().choiceOf(asked)).pausedUntil).not.toBeNull();
  });

  it('when the icebreaker’s hour comes for two clocks, then one question is posted in the informal channel and its replies are counted per member', async () => {
    await at('2027-01-06T07:00:00Z', 2); // Wednesday 15:00 in Shanghai, week 2027-W01
    const posts = h.slack.callsTo('chat.postMessage').filter((c) => c.args.channel === INFORMAL);
    expect(posts).toHaveLength(1);
    expect(String(posts[0]!.args.text)).toContain('This week’s icebreaker');
    // The team reads both languages: so does its channel's question.
    expect(String(posts[0]!.args.text)).toContain('本周破冰问题');
    const post = await informal().findIcebreaker(teamId, '2027-W01');
    const reply = (user: string, ts: string, extra: Record<string, unknown> = {}) =>
      h.event({ type: 'message', channel: INFORMAL, user, ts, thread_ts: post!.ts, ...extra });
    await reply('UCM1', '1799999991.000100');
    await reply('UCM1', '1799999992.000100');
    await reply('UCM5', '1799999993.000100');
    await reply('UCM5', '1799999993.000100'); // the same message delivered again
    await reply(OUTSIDER, '1799999994.000100'); // not a member of the team
    await reply('UCM4', '1799999995.000100', { bot_id: 'B1' });
    await h.drain();
    expect((await week('2027-W01'))?.icebreakerReplies).toBe(3);
  });

  it('when a leader adds a question with markup in it, then it is next week’s icebreaker, shown as plain text', async () => {
    expect(await command(LEADER, 'question add What shop <!channel> taught you *most*?')).toContain('Added');
    await at('2027-01-13T07:00:00Z');
    const posts = h.slack.callsTo('chat.postMessage').filter((c) => c.args.channel === INFORMAL);
    const last = String(posts.at(-1)!.args.text);
    expect(last).toContain('What shop');
    expect(last).not.toContain('<!channel>');
  });

  it('when Slack turns a round’s first group DM away and a post fails while the worker restarts, then every group still gets one intro and no DM is opened twice', async () => {
    h.clock.set('2027-01-12T02:00:00Z'); // Tuesday of week 2027-W02, in the round of 2027-W01
    expect(await command('UCM1', 'pause 2w')).toContain('paused for you until');
    h.clock.set('2027-01-18T02:00:00Z'); // the round of 2027-W01 ends and the next starts
    const opensBefore = h.slack.callsTo('conversations.open').length;
    const introsBefore = h.slack.callsTo('chat.postMessage').filter(isIntro).length;
    h.slack.failNext('conversations.open', { rateLimitedFor: 1 });
    h.slack.failNext('chat.postMessage', { error: 'internal_error' });
    await h.tick();
    await h.drain({ horizonMs: 0 });
    await h.stopWorker();
    h.startWorker();
    for (let i = 0; i < 10 && (await h.promoteDelayed()) > 0; i += 1) await h.drain({ horizonMs: 0 });
    await h.drain();
    const round = (await rounds()).find((r) => r.period === '2027-W03')!;
    const groups = await groupsOf(round.id);
    expect(groups.length).toBeGreaterThan(0);
    expect(groups.every((g) => g.channelId && g.introTs)).toBe(true);
    // The member who paused is in no group of the round, and the one who opted out neither.
    const placed = groups.flatMap((g) => g.memberIds);
    expect(placed).not.toContain(memberIds.get('UCM1'));
    expect(placed).not.toContain(memberIds.get('UCM2'));
    // Group DMs only: a retried DM to one person may open its conversation to look for its earlier copy.
    const opens = h.slack
      .callsTo('conversations.open')
      .slice(opensBefore)
      .filter((c) => String(c.args.users).includes(','));
    // One refused, then one per group: the failed post's retry reused the DM it had opened.
    expect(opens.filter((c) => c.answered === 'ok')).toHaveLength(groups.length);
    expect(opens.filter((c) => c.answered === 'rate_limited')).toHaveLength(1);
    const intros = h.slack
      .callsTo('chat.postMessage')
      .filter(isIntro)
      .slice(introsBefore)
      .filter((c) => c.answered === 'ok');
    expect(intros.map((c) => c.args.channel).sort()).toEqual(groups.map((g) => g.channelId).sort());
    // The round before it ended first: nobody is in two groups at once.
    expect((await rounds()).filter((r) => !r.closedAt).map((r) => r.period)).toEqual(['2027-W03']);
  });

  it('when a member opens the App Home, then it shows their coffee partners and the next round', async () => {
    const published = h.slack.callsTo('views.publish').length;
    await h.event({ type: 'app_home_opened', user: 'UCM1', tab: 'home', channel: 'DCM1' });
    await h.slack.waitFor((calls) => calls.filter((c) => c.method === 'views.publish').length > published);
    const home = JSON.stringify(h.slack.callsTo('views.publish').at(-1)!.args.view);
    expect(home).toContain('Coffee pairing');
    expect(home).toMatch(/Your coffee partners this round: <@U|You have no coffee group/);
  });

  it('when the input is wrong, then the person is told how to write it, in their language', async () => {
    expect(await command('UCM1', 'frobnicate')).toContain('I don’t know');
    expect(await command('UCZH', 'frobnicate')).toContain('我不认识');
    expect(await command('UCM1', 'pause 99w')).toContain('1 to 26 weeks');
    expect(await command('UCZH', 'avoid someone')).toContain('请指定一个人');
    expect(await command('UCM1', 'now')).toMatch(/leader/i);
    expect(await command(LEADER, 'every 3')).toContain('1, 2 or 4');
    // In Chinese, with Chinese words.
    expect(await command('UCZH', '暂停 99周')).toContain('可暂停 1 到 26 周');
    expect(await command('UCZH', '每 3')).toContain('每 1、2 或 4 周一轮');
    expect(await command('UCZH', '频道 咖啡角')).toContain('请指定频道');
    expect(await command('UCZH', '回避 <@UCZH|zh>')).toContain('不能回避你自己');
    expect(await command('UCZH', '现在')).toContain('领导');
    // A leader moves the icebreaker's slot.
    expect(await command(LEADER, 'questions day fri')).toContain('Icebreakers: every Fri at 15:00');
    expect(await command(LEADER, 'questions time 16:30')).toContain('Icebreakers: every Fri at 16:30');
  });

  it('when every round, follow-up and icebreaker has run, then no job named whom someone avoids', async () => {
    const jobs = await h.allJobs();
    const names = new Set(jobs.map((j) => j.name));
    // The check reads the informal jobs themselves: they ran.
    for (const name of ['coffee-round', 'coffee-intro', 'coffee-followup', 'coffee-close', 'coffee-pause-ask'])
      expect(names).toContain(name);
    const avoider = memberIds.get('UCM3')!;
    const avoided = memberIds.get('UCM4')!;
    for (const job of jobs) {
      const data = JSON.stringify(job.data);
      expect(data.includes(avoider) && data.includes(avoided)).toBe(false);
      expect(data).not.toMatch(/avoid/i);
    }
  });
});

describe('coffee rounds that cannot place everyone, or cannot read their channel', () => {
  const HOME2 = 'CXHOME';
  const INFORMAL2 = 'CXCOFFEE';
  const LEAD = 'UXLEAD';
  let h: Harness;
  let teamId: string;
  const ids = new Map<string, string>();
  const slackIdOf = (memberId: string) => [...ids].find(([, id]) => id === memberId)![0];
  const informal = () => h.runtime.stores.informal;
  const command = async (user: string, text: string, channel = HOME2): Promise<string> =>
    String((await h.replyTo(`/coffee ${text}`, () => h.command('/coffee', text, { user, channel }))).text);
  const rounds = async (): Promise<CoffeeRound[]> =>
    h.runtime.db.session.query<CoffeeRound>('SELECT * FROM "CoffeeRound" WHERE "teamId" = $1 ORDER BY "startsAt"', [
      teamId,
    ]);
  const dmsTo = (user: string, words: RegExp) =>
    h.slack
      .callsTo('chat.postMessage')
      .filter((c) => c.args.channel === user && c.answered === 'ok' && words.test(String(c.args.text)));
  const leftOutDms = () =>
    h.slack
      .callsTo('chat.postMessage')
      .filter((c) => c.answered === 'ok' && /no coffee group for you/.test(String(c.args.text)));
  async function at(iso: string, clocks = 1) {
    h.clock.set(iso);
    await h.tick(clocks);
    await h.drain();
  }

  beforeAll(async () => {
    h = await Harness.start({ now: '2026-12-01T02:00:00Z' });
    h.slack.addUser({ id: LEAD, realName: 'Lead', tz: 'Asia/Shanghai', locale: 'en-US', isAdmin: true });
    for (const id of ['UXA', 'UXB', 'UXC']) h.slack.addUser({ id, realName: id, tz: 'Asia/Shanghai', locale: 'en-US' });
    h.slack.setChannelMembers(HOME2, [LEAD, 'UXA', 'UXB', 'UXC']);
    h.slack.setChannelMembers(INFORMAL2, [LEAD, 'UXA', 'UXB']);
    h.slack.removeBotFrom(INFORMAL2);
  });
  afterAll(() => h.close());

  it('when a team is set up with an informal channel Hexin is not in, then the channel is left unset and the leader is told how to mend it', async () => {
    await h.command('/hexin', `setup <#${INFORMAL2}|corner>`, {
      user: LEAD,
      channel: HOME2,
      channelName: 'route-west',
    });
    const reply = await h.waitForReply((r) => String(r.text).includes('route-west'));
    expect(String(reply.text)).toContain('The informal channel is not set yet');
    await h.drain();
    teamId = (await h.runtime.stores.teams.findTeamByChannel('T0TEST', HOME2))!.id;
    for (const m of await h.runtime.stores.teams.activeMembers(teamId)) ids.set(m.slackUserId, m.id);
    expect((await informal().findTeam(teamId))?.informalChannelId).toBeNull();
  });

  it('when a leader names a channel Hexin is not in, then it is refused with how to invite Hexin, and accepted once Hexin is in', async () => {
    expect(await command(LEAD, `channel <#${INFORMAL2}|corner>`)).toContain('/invite @hexin');
    expect((await informal().findTeam(teamId))?.informalChannelId).toBeNull();
    h.slack.addBotTo(INFORMAL2);
    expect(await command(LEAD, `channel <#${INFORMAL2}|corner>`)).toContain('Informal channel');
    expect((await informal().findTeam(teamId))?.informalChannelId).toBe(INFORMAL2);
  });

  it('when the avoid list leaves one member no group, then they alone are told privately, without a reason, and choose first next round', async () => {
    expect(await command('UXA', 'avoid <@UXB|b>')).toContain('never told');
    await at('2026-12-07T02:00:00Z', 2); // Monday 10:00 in Shanghai, week 2026-W50
    const [first] = await rounds();
    const [group] = await informal().groups(first!.id);
    expect(group!.memberIds).toContain(ids.get(LEAD));
    const out = ['UXA', 'UXB'].find((u) => !group!.memberIds.includes(ids.get(u)!))!;
    const told = leftOutDms();
    expect(told.map((c) => c.args.channel)).toEqual([out]);
    const words = String(told[0]!.args.text);
    expect(words).toContain('among the first');
    expect(words).not.toMatch(/avoid|<@UX/i);
    // Nothing about the avoid list in any job either.
    const jobs = JSON.stringify((await h.allJobs()).map((j) => [j.name, j.data]));
    expect(jobs).not.toContain('avoid');

    await at('2026-12-21T02:00:00Z', 2); // round two, week 2026-W52
    const second = (await rounds())[1]!;
    const [again] = await informal().groups(second.id);
    expect(again!.memberIds).toContain(ids.get(out));
    const other = out === 'UXA' ? 'UXB' : 'UXA';
    expect(leftOutDms().map((c) => c.args.channel)).toEqual([out, other]);
  });

  it('when Hexin is taken out of the informal channel, then the round pairs nobody and each leader is told once; `/coffee now` tries it again', async () => {
    h.slack.removeBotFrom(INFORMAL2);
    await at('2027-01-04T02:00:00Z', 2); // week 2027-W01's round is due
    const round = (await rounds()).at(-1)!;
    expect(round.problem).toBe('not_in_channel');
    expect(round.pairedAt).toBeNull();
    expect(await informal().groups(round.id)).toEqual([]);
    expect(dmsTo(LEAD, /could not start/)).toHaveLength(1);
    expect(await command(LEAD, 'status')).toContain('could not start');
    await at('2027-01-04T03:00:00Z', 2);
    expect(dmsTo(LEAD, /could not start/)).toHaveLength(1);

    // Hexin is invited back, a third member joins the channel, and one of a group leaves the team before its intro.
    h.slack.addBotTo(INFORMAL2);
    h.slack.setChannelMembers(INFORMAL2, [LEAD, 'UXA', 'UXB', 'UXC']);
    h.slack.failNext('conversations.open', { rateLimitedFor: 3 });
    expect(await command(LEAD, 'now')).toContain('Trying this coffee round again');
    const deadline = Date.now() + 10_000;
    while ((await informal().groups(round.id)).length === 0 && Date.now() < deadline)
      await new Promise((resolve) => setTimeout(resolve, 50));
    const groups = await informal().groups(round.id);
    expect(groups).toHaveLength(2);
    const withoutLead = groups.find((g) => !g.memberIds.includes(ids.get(LEAD)!))!;
    const [leaving, staying] = withoutLead.memberIds.map(slackIdOf);
    await h.command('/hexin', 'leave', { user: leaving!, channel: HOME2 });
    await h.waitForReply((r) => String(r.text).includes('left'));
    await h.drain();
    // The group with the leader got its intro; the one left alone got the private word instead.
    const withLead = groups.find((g) => g !== withoutLead)!;
    expect((await informal().findGroup(withLead.id))?.introTs).not.toBeNull();
    expect((await informal().findGroup(withoutLead.id))?.introTs).toBeNull();
    expect(leftOutDms().at(-1)!.args.channel).toBe(staying);
    expect((await rounds()).at(-1)!.problem).toBeNull();
  });
});
