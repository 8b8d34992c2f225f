import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Harness } from '../support/harness.ts';

const HOME = 'CTEAM1';

describe('teams and people', () => {
  let h: Harness;
  const teamId = async () => (await h.runtime.stores.teams.findTeamByChannel('T0TEST', HOME))!.id;
  const text = (r: Record<string, unknown>) => String(r.text);

  beforeAll(async () => {
    h = await Harness.start({ now: '2026-11-30T01:00:00Z' });
    h.slack.addUser({ id: 'UBOSS', realName: 'Boss', tz: 'Asia/Shanghai', locale: 'en-US', isAdmin: true });
    h.slack.addUser({ id: 'UNOTADMIN', realName: 'Plain', tz: 'Asia/Shanghai', locale: 'en-US' });
    h.slack.addUser({ id: 'UMEI', realName: 'Mei', tz: 'Asia/Shanghai', locale: 'zh-CN' });
    h.slack.addUser({ id: 'UJOE', realName: 'Joe', tz: 'America/Chicago', locale: 'en-GB' });
    h.slack.addUser({ id: 'UROBOT', realName: 'Robot', tz: 'UTC', isBot: true });
    h.slack.setChannelMembers(HOME, ['UBOSS', 'UROBOT']);
  });
  afterAll(() => h.close());

  it('when someone who is not a workspace admin runs setup, then they are told who can, and no team is made', async () => {
    await h.command('/hexin', 'setup', { user: 'UNOTADMIN', channel: HOME });
    await h.waitForReply((r) => text(r).includes('Only a workspace admin'));
    expect(await h.runtime.stores.teams.findTeamByChannel('T0TEST', HOME)).toBeNull();
  });

  it('when an admin sets up the channel, then bots in it are not imported as members', async () => {
    await h.command('/hexin', 'setup', { user: 'UBOSS', channel: HOME, channelName: 'south' });
    await h.waitForReply((r) => text(r).includes('*south*'));
    await h.drain();
    const members = await h.runtime.stores.teams.activeMembers(await teamId());
    expect(members.map((m) => m.slackUserId)).toEqual(['UBOSS']);
  });

  it('when people join by command or by joining the channel, then they are members with their Slack time zone and language', async () => {
    await h.command('/hexin', 'join', { user: 'UMEI', channel: HOME });
    await h.waitForReply((r) => text(r).includes('欢迎加入'));
    await h.event({ type: 'member_joined_channel', user: 'UJOE', channel: HOME, channel_type: 'C', team: 'T0TEST' });
    await h.drain();
    const joe = await h.runtime.stores.teams.findMember(await teamId(), 'UJOE');
    expect(joe).toMatchObject({ active: true, role: 'member', timeZone: 'America/Chicago', locale: 'en-GB' });
    expect(joe!.displayName).not.toBe('');
    await h.command('/hexin', 'members', { user: 'UBOSS', channel: HOME });
    const list = await h.waitForReply((r) => text(r).includes('3 people'));
    expect(text(list)).toContain('America/Chicago');
  });

  it('when a member tries a leader’s command, then it is refused in their language', async () => {
    await h.command('/hexin', 'schedule time=08:00', { user: 'UMEI', channel: HOME });
    await h.waitForReply((r) => text(r).includes('只有本团队的领导'));
    expect((await h.runtime.stores.teams.findTeam(await teamId()))!.checkinMinute).toBe(540);
  });

  it('when the leader changes the schedule, questions, language and time zone, then the team keeps them', async () => {
    await h.command('/hexin', 'schedule days=mon,wed,fri time=08:30 reminder=15:00', { user: 'UBOSS', channel: HOME });
    await h.waitForReply((r) => text(r).includes('Mon Wed Fri at 08:30, reminder at 15:00'));
    await h.command('/hexin', 'questions default route', { user: 'UBOSS', channel: HOME });
    await h.waitForReply((r) => text(r).includes('Shops visited'));
    await h.command('/hexin', 'schedule time=16:00 reminder=15:00', { user: 'UBOSS', channel: HOME });
    await h.waitForReply((r) => text(r).includes('must come after'));
    await h.command('/hexin', 'language zh-CN', { user: 'UBOSS', channel: HOME });
    await h.waitForReply((r) => text(r).includes('团队默认语言已改为'));
    await h.command('/hexin', 'timezone Asia/Taipei', { user: 'UBOSS', channel: HOME });
    await h.waitForReply((r) => text(r).includes('Asia/Taipei'));
    const team = (await h.runtime.stores.teams.findTeam(await teamId()))!;
    expect(team).toMatchObject({
      checkinDays: [1, 3, 5],
      checkinMinute: 510,
      reminderMinute: 900,
      checkinQuestions: ['yesterday', 'today', 'blockers', 'mood', 'shops', 'issues'],
      defaultLocale: 'zh-CN',
      timeZone: 'Asia/Taipei',
    });
  });

  it('when the only leader tries to leave, then they are asked to name another first; once named, they can', async () => {
    await h.command('/hexin', 'leave', { user: 'UBOSS', channel: HOME });
    await h.waitForReply((r) => text(r).includes('only leader'));
    await h.command('/hexin', 'leader <@UMEI|mei>', { user: 'UBOSS', channel: HOME });
    await h.waitForReply((r) => text(r).includes('<@UMEI> is now a leader'));
    await h.command('/hexin', 'leave', { user: 'UBOSS', channel: HOME });
    await h.waitForReply((r) => text(r).includes('You have left'));
    expect(await h.runtime.stores.teams.findMember(await teamId(), 'UBOSS')).toMatchObject({
      active: false,
      role: 'leader',
    });
  });

  it('when someone leaves the home channel, then they leave the team', async () => {
    await h.event({ type: 'member_left_channel', user: 'UJOE', channel: HOME, channel_type: 'C', team: 'T0TEST' });
    await h.drain();
    expect(await h.runtime.stores.teams.findMember(await teamId(), 'UJOE')).toMatchObject({ active: false });
  });

  it('when a member changes their Slack time zone, then the refresh job picks it up', async () => {
    h.slack.addUser({ id: 'UMEI', realName: 'Mei', tz: 'Europe/Berlin', locale: 'zh-CN' });
    await h.event({ type: 'user_change', user: { id: 'UMEI', tz: 'Europe/Berlin' } });
    await h.drain();
    expect(await h.runtime.stores.teams.findMember(await teamId(), 'UMEI')).toMatchObject({
      timeZone: 'Europe/Berlin',
    });
  });

  it('when a member opens the App Home, then it shows their team and today’s check-in in their language', async () => {
    await h.event({ type: 'app_home_opened', user: 'UMEI', channel: 'DMEI', tab: 'home' });
    const calls = await h.slack.waitFor((all) => all.some((c) => c.method === 'views.publish'));
    const view = calls.filter((c) => c.method === 'views.publish').at(-1)!.args;
    expect(view.user_id).toBe('UMEI');
    expect(JSON.stringify(view.view)).toContain('领导');
  });

  it('when a member of a team that keeps no scorecards opens the App Home, then it shows none and sets none up', async () => {
    h.slack.reset();
    await h.event({ type: 'app_home_opened', user: 'UMEI', channel: 'DMEI', tab: 'home' });
    const calls = await h.slack.waitFor((all) => all.some((c) => c.method === 'views.publish'));
    const view = JSON.stringify(calls.filter((c) => c.method === 'views.publish').at(-1)!.args.view);
    expect(view).toContain('暂无数值');
    expect(await h.runtime.stores.scorecards.versions(await teamId())).toEqual([]);
  });

  it('when someone takes a vacation and the leader sets a holiday, then both are listed and stored', async () => {
    await h.command('/hexin', 'vacation 2026-12-10 2026-12-12', { user: 'UMEI', channel: HOME });
    await h.waitForReply((r) => text(r).includes('2026-12-10 至 2026-12-12'));
    await h.command('/hexin', 'vacation 2026-12-12 2026-12-10', { user: 'UMEI', channel: HOME });
    await h.waitForReply((r) => text(r).includes('结束日期不能早于'));
    await h.command('/hexin', 'holiday add 2027-02-17 <!channel> Spring', { user: 'UMEI', channel: HOME });
    const added = await h.waitForReply((r) => text(r).includes('2027-02-17'));
    expect(text(added)).not.toContain('<!channel>');
    await h.command('/hexin', 'holidays', { user: 'UMEI', channel: HOME });
    await h.waitForReply((r) => text(r).includes('团队假日：2027-02-17'));
    const mei = (await h.runtime.stores.teams.findMember(await teamId(), 'UMEI'))!;
    expect(await h.runtime.stores.teams.vacations(mei.id)).toEqual([
      { startDate: '2026-12-10', endDate: '2026-12-12' },
    ]);
  });
});
