import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RecordedCall } from '../fakes/fake-slack.ts';
import { Harness } from '../support/harness.ts';

// Two teams set up on Wednesday 2 December 2026 at 10:00 in Shanghai: their pulse day
// (Wednesday, the default), an hour after their check-in time (09:00).
const SET_UP_AT = '2026-12-02T02:00:00Z';

const FULL = {
  home: 'CFIRSTA',
  name: 'full-route',
  leader: 'UFLEAD',
  members: ['UFM1', 'UFM2', 'UFM3', 'UFM4', 'UFM5', 'UFM6'],
};
const SMALL = { home: 'CFIRSTB', name: 'small-route', leader: 'USLEAD', members: ['USM1', 'USM2'] };

const isInvite = (call: RecordedCall) =>
  call.method === 'chat.postMessage' && JSON.stringify(call.args.blocks ?? '').includes('"pulse_open"');
/** The warnings a leader got by DM (they get their own check-in prompts too). */
const heldNotices = (h: Harness, user: string) =>
  h.slack
    .callsTo('chat.postMessage')
    .filter((c) => c.args.channel === user && String(c.args.text).includes('/pulse now'));

describe('a new team’s first pulse', () => {
  let h: Harness;
  const setupReplies = new Map<string, string>();
  const teamIds = new Map<string, string>();

  async function at(iso: string, clocks = 1) {
    h.clock.set(iso);
    await h.tick(clocks);
    await h.drain();
  }

  const roundsOf = async (home: string) => h.runtime.stores.pulse.recentRounds(teamIds.get(home)!, 10);

  beforeAll(async () => {
    h = await Harness.start({ now: SET_UP_AT });
    h.slack.addUser({ id: FULL.leader, realName: 'Full Lead', tz: 'Asia/Shanghai', locale: 'en-US', isAdmin: true });
    h.slack.addUser({ id: SMALL.leader, realName: 'Small Lead', tz: 'Asia/Shanghai', locale: 'zh-CN', isAdmin: true });
    for (const id of [...FULL.members, ...SMALL.members])
      h.slack.addUser({ id, realName: id, tz: 'Asia/Shanghai', locale: 'en-US' });
    for (const team of [FULL, SMALL]) {
      h.slack.setChannelMembers(team.home, [team.leader, ...team.members]);
      expect(
        (await h.command('/hexin', 'setup', { user: team.leader, channel: team.home, channelName: team.name })).status,
      ).toBe(200);
      const reply = await h.waitForReply((r) => String(r.text).includes(team.name));
      setupReplies.set(team.home, String(reply.text));
      await h.drain();
      teamIds.set(team.home, (await h.runtime.stores.teams.findTeamByChannel('T0TEST', team.home))!.id);
    }
    expect(await h.runtime.stores.teams.activeMembers(teamIds.get(FULL.home)!)).toHaveLength(7);
  });
  afterAll(() => h.close());

  it('when a team is set up, then the reply tells the leader when the first pulse opens: the next pulse day, not today', () => {
    const reply = setupReplies.get(FULL.home)!;
    expect(reply).toContain('the first round opens Wed 9 Dec 2026 at 09:00 (Asia/Shanghai)');
    expect(reply).toContain('at least 5 members');
    expect(setupReplies.get(SMALL.home)).toContain('第一轮将在 2026年12月9日 周三 09:00（Asia/Shanghai）开始');
  });

  it('when an admin whose Slack language is Chinese sets up a team whose language is English, then the reply is in Chinese and names the team’s language', () => {
    expect(setupReplies.get(SMALL.home)).toContain('团队语言是 English (en)');
    expect(setupReplies.get(FULL.home)).toContain('The team’s language is English (en)');
  });

  it('when a team is set up on its pulse day after the check-in time, then the clock opens nothing that day', async () => {
    for (const time of ['2026-12-02T02:01:00Z', '2026-12-02T05:00:00Z', '2026-12-02T15:59:00Z']) await at(time, 2);
    expect(h.slack.calls.filter(isInvite)).toEqual([]);
    expect(await roundsOf(FULL.home)).toEqual([]);
    expect((await h.allJobs()).filter((job) => job.name.startsWith('pulse-'))).toEqual([]);
  });

  it('when a team below the minimum reaches the day before its pulse day, then its leader is warned, in their language, that the round will wait', async () => {
    await at('2026-12-08T01:00:00Z', 2); // Tuesday 09:00 in Shanghai
    const warnings = heldNotices(h, SMALL.leader);
    expect(warnings).toHaveLength(1);
    const text = String(warnings[0]!.args.text);
    expect(text).toContain('small-route');
    expect(text).toContain('暂缓');
    expect(text).toContain('2026年12月9日');
    expect(text).toContain('2 位成员');
    expect(text).toContain('/pulse now');
    // The full team gets no warning; nobody is invited yet.
    expect(heldNotices(h, FULL.leader)).toEqual([]);
    expect(h.slack.calls.filter(isInvite)).toEqual([]);
  });

  it('when the first pulse day comes, then the full team’s round opens and the small team’s waits, its leader warned only once', async () => {
    await at('2026-12-09T01:00:00Z', 2);
    await at('2026-12-09T01:01:00Z', 2);
    await at('2026-12-09T08:00:00Z', 2);
    const invited = h.slack.calls
      .filter(isInvite)
      .map((c) => String(c.args.channel))
      .sort();
    expect(invited).toEqual([...FULL.members].sort());
    expect((await roundsOf(FULL.home)).map((r) => r.period)).toEqual(['2026-W50']);
    expect(await roundsOf(SMALL.home)).toEqual([]);
    expect(heldNotices(h, SMALL.leader)).toHaveLength(1);
    expect(await h.failedJobs()).toEqual([]);
  });

  it('when the small team’s leader runs /pulse now after the round was held, then it opens, with the note that it cannot show results', async () => {
    const before = h.replies().length;
    expect((await h.command('/pulse', 'now', { user: SMALL.leader, channel: SMALL.home })).status).toBe(200);
    const reply = await h.waitForReply((r) => h.replies().indexOf(r) >= before);
    expect(String(reply.text)).toContain('2 位成员会收到私信');
    expect(String(reply.text)).toContain('结果至少需要 5 份回答');
    await h.drain();
    expect((await roundsOf(SMALL.home)).map((r) => r.period)).toEqual(['2026-W50']);
    expect(h.slack.calls.filter(isInvite).filter((c) => SMALL.members.includes(String(c.args.channel)))).toHaveLength(
      2,
    );
  });
});
