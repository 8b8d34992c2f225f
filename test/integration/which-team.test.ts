import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { t } from '../../src/i18n/index.ts';
import { Harness, WORKSPACE } from '../support/harness.ts';

const NORTH = 'CWHICHN';
const SOUTH = 'CWHICHS';
const LEAD = 'UWLEAD';
const MEI = 'UWMEI';
const JOE = 'UWJOE';
const DM = 'DWHICH1';

const text = (r: Record<string, unknown>) => `${String(r.text)} ${JSON.stringify(r.blocks ?? [])}`;

/**
 * The one policy for which team a command means (resolveTeam, docs/teams.md "Which team"):
 * the team of the channel it is run in, else the person's only team, else the one team that
 * fits the request, else the person is asked to run it in the team's channel — or, where a
 * form follows, the form asks.
 */
describe('which team a command means', () => {
  let h: Harness;
  const since = () => h.replies().length;
  const replyAfter = (mark: number, predicate: (r: Record<string, unknown>) => boolean) =>
    h.waitForReply((r) => h.replies().indexOf(r) >= mark && predicate(r));
  /** The refusal's words up to the team names (their order is the order of joining). */
  const whichTeam = (locale: 'en' | 'zh-CN') =>
    t(locale, 'common.error.which_team', { teams: '\u0000' }).split('\u0000')[0]!;

  beforeAll(async () => {
    h = await Harness.start({ now: '2026-11-30T02:00:00Z' });
    h.slack.addUser({ id: LEAD, realName: 'Lead', tz: 'Asia/Shanghai', locale: 'en-US', isAdmin: true });
    h.slack.addUser({ id: MEI, realName: 'Mei', tz: 'Asia/Shanghai', locale: 'zh-CN' });
    h.slack.addUser({ id: JOE, realName: 'Joe', tz: 'Asia/Shanghai', locale: 'en-US' });
    h.slack.setChannelMembers(NORTH, [LEAD, MEI, JOE]);
    h.slack.setChannelMembers(SOUTH, [LEAD, MEI]);
    await h.command('/hexin', 'setup', { user: LEAD, channel: NORTH, channelName: 'north' });
    await h.waitForReply((r) => text(r).includes('*north*'));
    await h.command('/hexin', 'setup', { user: LEAD, channel: SOUTH, channelName: 'south' });
    await h.waitForReply((r) => text(r).includes('*south*'));
    await h.drain();
    const north = (await h.runtime.stores.teams.findTeamByChannel(WORKSPACE, NORTH))!;
    const south = (await h.runtime.stores.teams.findTeamByChannel(WORKSPACE, SOUTH))!;
    expect((await h.runtime.stores.teams.activeMembers(north.id)).map((m) => m.slackUserId).sort()).toEqual(
      [JOE, LEAD, MEI].sort(),
    );
    expect((await h.runtime.stores.teams.activeMembers(south.id)).map((m) => m.slackUserId).sort()).toEqual(
      [LEAD, MEI].sort(),
    );
  });
  afterAll(() => h.close());

  it('when someone in two teams runs a command in a DM, then they are asked, in their language, to run it in the team’s channel', async () => {
    const mark = since();
    await h.command('/role', '', { user: MEI, channel: DM });
    const reply = await replyAfter(mark, (r) => text(r).includes(whichTeam('zh-CN')));
    expect(text(reply)).toContain('north');
    expect(text(reply)).toContain('south');
    const checkin = since();
    await h.command('/checkin', '', { user: MEI, channel: DM });
    await replyAfter(checkin, (r) => text(r).includes(whichTeam('zh-CN')));
    expect(h.slack.callsTo('views.open')).toHaveLength(0);
  });

  it('when the same person runs it in a team’s channel, then it is about that team', async () => {
    const mark = since();
    await h.command('/role', '', { user: MEI, channel: SOUTH });
    await replyAfter(mark, (r) => text(r).includes('*south*'));
  });

  it('when someone in one team runs it outside any team’s channel, then it is about their team', async () => {
    const mark = since();
    await h.command('/role', '', { user: JOE, channel: DM });
    await replyAfter(mark, (r) => text(r).includes('*north*'));
  });

  it('when someone runs it in the channel of a team they are not in, then they are refused there, never answered about their own team', async () => {
    h.slack.reset();
    const mark = since();
    await h.command('/pulse', 'now', { user: JOE, channel: SOUTH });
    await replyAfter(mark, (r) => text(r).includes(t('en', 'common.error.not_your_team')));
    const role = since();
    await h.command('/role', '', { user: JOE, channel: SOUTH });
    const reply = await replyAfter(role, (r) => text(r).includes(t('en', 'common.error.not_your_team')));
    expect(text(reply)).not.toContain('*north*');
    await h.drain();
    expect(h.slack.callsTo('chat.postMessage')).toHaveLength(0);
    expect(await h.runtime.db.prisma.pulseRound.count()).toBe(0);
  });

  it('when a leader of two teams gives kudos from a DM, then the one team that has the recipient is meant; with two, they are asked', async () => {
    h.slack.reset();
    const mark = since();
    await h.command('/kudos', `<@${JOE}|joe> #collaboration took my shops today`, { user: LEAD, channel: DM });
    await replyAfter(mark, (r) => text(r).startsWith('Thanks!'));
    await h.drain();
    const posted = h.slack.callsTo('chat.postMessage').filter((c) => c.args.channel === NORTH);
    expect(posted).toHaveLength(1);
    const both = since();
    await h.command('/kudos', `<@${MEI}|mei> #collaboration covered for me`, { user: LEAD, channel: DM });
    await replyAfter(both, (r) => text(r).includes(whichTeam('en')));
    await h.drain();
    expect(h.slack.callsTo('chat.postMessage').filter((c) => c.args.channel === SOUTH)).toHaveLength(0);
  });

  it('when someone in two teams opens a new goal from a DM, then the form asks which team', async () => {
    h.slack.reset();
    await h.command('/goal', 'new Visit every shop', { user: MEI, channel: DM });
    const calls = await h.slack.waitFor((all) => all.some((c) => c.method === 'views.open'));
    const view = JSON.stringify(calls.find((c) => c.method === 'views.open')!.args.view);
    expect(view).toContain('north');
    expect(view).toContain('south');
  });
});
