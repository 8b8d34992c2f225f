import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DigestSignals } from '../../src/domain/digest/signals.ts';
import { digestWindow, weekWindow } from '../../src/domain/digest/window.ts';
import { weeklySnapshot } from '../../src/domain/digest/service.ts';
import { ensureTemplate, teamSummary } from '../../src/domain/scorecards/service.ts';
import { appDeps } from '../../src/main/runtime.ts';
import { Harness, WORKSPACE } from '../support/harness.ts';

/**
 * The digest's reads are hand-written SQL (src/infra/db/repositories/digest-facts.ts): one
 * statement per team and week. Each fact is placed on both sides of the bound that decides it
 * (the window, a look-back, open or closed, this team or another), so a bound moved by one
 * row or one day shows.
 */
describe('the digest store', () => {
  let h: Harness;
  let teamId: string;
  const ids: Record<string, string> = {};
  // 2026-W49 in Shanghai: Monday 30 November 00:00 (29 November 16:00 UTC) to Monday 7 December.
  const WEEK = '2026-W49';
  const NOW = new Date('2026-12-07T00:30:00Z');
  const at = (iso: string) => new Date(iso);

  // Not UTC, so that a date read or written as local time shows.
  const zoneBefore = process.env.TZ;
  beforeAll(async () => {
    process.env.TZ = 'Asia/Shanghai';
    h = await Harness.start({ now: NOW.toISOString() });
    const db = h.runtime.db.prisma;
    await db.workspace.create({ data: { id: WORKSPACE } });
    const team = await db.team.create({
      data: { workspaceId: WORKSPACE, name: 'Harbour', homeChannelId: 'CDSHOME', checkinDays: [1, 2, 3, 4, 5] },
    });
    const other = await db.team.create({ data: { workspaceId: WORKSPACE, name: 'Hill', homeChannelId: 'CDSHILL' } });
    teamId = team.id;
    const member = async (key: string, fields: { teamId?: string; role?: string; active?: boolean } = {}) => {
      const row = await db.member.create({
        data: {
          teamId: fields.teamId ?? teamId,
          slackUserId: `UDS${key}`,
          displayName: `Name ${key}`,
          role: fields.role ?? 'member',
          active: fields.active ?? true,
          joinedAt: at('2026-01-05T01:00:00.123Z'),
        },
      });
      ids[key] = row.id;
      return row.id;
    };
    const lead = await member('LEAD', { role: 'leader' });
    const ann = await member('ANN');
    const bo = await member('BO');
    await member('GONE', { active: false });
    // Members whose last voice is only in the look-back (from 22 November 00:30 UTC), or before it.
    const cy = await member('CY');
    const dee = await member('DEE');
    const eve = await member('EVE');
    const fin = await member('FIN');
    const stranger = await member('FAR', { teamId: other.id });

    await db.teamHoliday.createMany({
      data: [
        { teamId, date: '2026-12-02' },
        { teamId, date: '2026-12-25' },
        { teamId: other.id, date: '2026-12-03' },
      ],
    });
    // One vacation touches the look-back (from 22 November), one ended before it.
    await db.vacation.createMany({
      data: [
        { memberId: ann, startDate: '2026-11-20', endDate: '2026-12-01' },
        { memberId: ann, startDate: '2026-10-01', endDate: '2026-10-02' },
      ],
    });

    const answer = (memberId: string, localDate: string, submittedAt: string, onTeam = teamId) =>
      db.checkinAnswer.create({
        data: { memberId, teamId: onTeam, localDate, answers: {}, submittedAt: at(submittedAt) },
      });
    await db.checkinPrompt.createMany({
      data: [
        { memberId: ann, teamId, localDate: '2026-11-27', status: 'sent' }, // before the window
        { memberId: ann, teamId, localDate: '2026-11-30', status: 'sent' },
        { memberId: bo, teamId, localDate: '2026-11-30', status: 'skipped' },
        { memberId: bo, teamId, localDate: '2026-12-01', status: 'sent' },
        { memberId: stranger, teamId: other.id, localDate: '2026-12-01', status: 'sent' },
      ],
    });
    await answer(ann, '2026-11-25', '2026-11-25T02:00:00Z'); // a voice in the look-back, not a check-in of the week
    await answer(ann, '2026-11-20', '2026-11-20T02:00:00Z'); // before the look-back
    await answer(cy, '2026-11-23', '2026-11-23T02:00:00Z');
    await answer(dee, '2026-11-20', '2026-11-20T02:00:00Z');
    await answer(eve, '2026-11-22', '2026-11-21T23:00:00Z'); // 22 November in Shanghai, before the look-back's moment
    await answer(fin, '2026-11-21', '2026-11-21T02:00:00Z'); // before the look-back
    const bosAnswer = await answer(bo, '2026-12-01', '2026-12-01T02:00:00.456Z');
    await answer(lead, '2026-12-05', '2026-12-05T03:00:00Z'); // a Saturday's /checkin, no prompt
    const farAnswer = await answer(stranger, '2026-12-01', '2026-12-01T02:00:00Z', other.id);

    const kudos = (giverId: string, receiverId: string, createdAt: string, onTeam = teamId) =>
      db.kudos.create({
        data: {
          teamId: onTeam,
          groupId: `g-${createdAt}`,
          giverId,
          receiverId,
          valueKey: 'service',
          message: 'thanks',
          source: 'command',
          receiverPositionId: 'pos-1',
          createdAt: at(createdAt),
        },
      });
    await kudos(bo, ann, '2026-12-01T05:00:00Z');
    await kudos(ann, bo, '2026-11-10T05:00:00Z'); // inside the four weeks (from 8 November 16:00 UTC)
    await kudos(ann, bo, '2026-11-08T15:00:00Z'); // just before them
    await kudos(stranger, stranger, '2026-12-01T05:00:00Z', other.id);
    await db.informalWeek.createMany({
      data: [
        { teamId, week: WEEK, roundsRun: 1, groups: 2, meetingsHeld: 1, icebreakerReplies: 3, membersTakingPart: 4 },
        { teamId, week: '2026-W48', roundsRun: 9, groups: 9 },
      ],
    });

    // Seven closed rounds before the window's end (the newest six are read), one closed after it, one open.
    const round = async (period: string, closedAt: string | null, answers: number[]) => {
      const row = await db.pulseRound.create({
        data: {
          teamId,
          period,
          questionIds: ['trust_1'],
          closesAt: at('2026-12-04T10:00:00Z'),
          closedAt: closedAt ? at(closedAt) : null,
          respondents: answers.length,
          invited: 6,
        },
      });
      await db.pulseAnswer.createMany({
        data: answers.map((score) => ({ roundId: row.id, questionId: 'trust_1', trait: 'trust', score })),
      });
    };
    for (const [n, week] of ['2026-W37', '2026-W39', '2026-W41', '2026-W43', '2026-W45', '2026-W47'].entries())
      await round(week, `2026-11-0${n + 1}T00:00:00Z`, [3, 4, 5]);
    await round('2026-W49', '2026-12-06T15:59:00Z', [4, 4, 5]);
    await round('2026-W50', '2026-12-06T16:00:00Z', [1, 1, 1]);
    await round('2026-W51', null, [2]);

    // Feedback over the four whole weeks 2026-W46 to W49 (9 November to 6 December).
    const thread = async (createdDay: string, category: string, status: string, last: string | null) => {
      const row = await db.feedbackThread.create({ data: { teamId, category, status, createdDay } });
      if (last)
        await db.feedbackMessage.createMany({
          data: [
            { threadId: row.id, direction: 'to_leaders', text: 'x', deliverAfter: at(`${createdDay}T01:00:00Z`) },
            { threadId: row.id, direction: last, text: 'y', deliverAfter: at(`${createdDay}T02:00:00Z`) },
          ],
        });
      return row.id;
    };
    await thread('2026-11-08', 'procedures', 'open', 'to_leaders'); // before the weeks
    ids.waiting = await thread('2026-11-09', 'procedures', 'open', 'to_leaders');
    await thread('2026-11-20', 'procedures', 'open', 'to_author'); // answered
    await thread('2026-11-21', 'support', 'open', 'to_leaders'); // waiting too, but younger
    await thread('2026-12-06', 'goals', 'closed', 'to_leaders'); // closed
    await thread('2026-12-07', 'goals', 'open', 'to_leaders'); // after the weeks

    const blocker = async (key: string, raisedAt: string, helpedAt: string | null, answerId = bosAnswer.id) => {
      const row = await db.blocker.create({
        data: {
          answerId,
          teamId: answerId === farAnswer.id ? other.id : teamId,
          text: `blocker ${key}`,
          raisedAt: at(raisedAt),
          helpedAt: helpedAt ? at(helpedAt) : null,
        },
      });
      ids[key] = row.id;
    };
    const blockerAnswer = (day: string) => answer(bo, day, `${day}T02:00:00Z`).then((a) => a.id);
    await blocker('raisedInWeek', '2026-12-01T02:00:00.456Z', '2026-12-08T00:00:00Z');
    await blocker('stillOpen', '2026-11-01T02:00:00Z', null, await blockerAnswer('2026-11-01'));
    await blocker('forgotten', '2026-10-01T02:00:00Z', null, await blockerAnswer('2026-10-01')); // open, past 60 days
    await blocker('helpedInWeek', '2026-11-20T02:00:00Z', '2026-12-02T02:00:00Z', await blockerAnswer('2026-11-19'));
    await blocker('helpedBefore', '2026-11-18T02:00:00Z', '2026-11-25T02:00:00Z', await blockerAnswer('2026-11-18'));
    await blocker('elsewhere', '2026-12-01T02:00:00Z', null, farAnswer.id);

    const goal = (title: string, status = 'open', onTeam = teamId) =>
      db.goal.create({
        data: {
          teamId: onTeam,
          title,
          why: 'w',
          measure: 'm',
          periodKind: 'quarter',
          startDate: '2026-10-01',
          endDate: '2026-12-31',
          createdById: lead,
          channelId: 'CDSHOME',
          headTs: title === 'Serve' ? '1.1' : null,
          status,
          createdAt: at('2026-10-01T01:00:00Z'),
        },
      });
    const serve = await goal('Serve');
    const closed = await goal('Done', 'closed');
    const far = await goal('Far', 'open', other.id);
    ids.serve = serve.id;
    const keyResult = (goalId: string, proposerId: string, status: string, createdAt: string) =>
      db.keyResult.create({
        data: {
          goalId,
          proposerId,
          ownerId: proposerId,
          title: `KR ${status}`,
          target: 12.5,
          unit: 'shops',
          status,
          createdAt: at(createdAt),
        },
      });
    const accepted = await keyResult(serve.id, ann, 'accepted', '2026-10-02T01:00:00Z');
    ids.accepted = accepted.id;
    await keyResult(serve.id, bo, 'proposed', '2026-12-03T01:00:00Z'); // a voice in the week, not a key result yet
    const closedKr = await keyResult(closed.id, bo, 'accepted', '2026-10-02T01:00:00Z');
    const farKr = await keyResult(far.id, stranger, 'accepted', '2026-12-02T01:00:00Z');
    const update = (keyResultId: string, memberId: string, value: number, createdAt: string) =>
      db.keyResultUpdate.create({
        data: {
          keyResultId,
          memberId,
          value,
          confidence: Math.round(value),
          source: 'command',
          createdAt: at(createdAt),
        },
      });
    await update(accepted.id, ann, 2, '2026-11-10T01:00:00Z');
    await update(accepted.id, ann, 4.5, '2026-11-24T01:00:00Z');
    await update(accepted.id, ann, 6, '2026-12-04T01:00:00.789Z');
    await update(closedKr.id, bo, 1, '2026-12-02T01:00:00Z'); // a voice, on a goal that is closed
    await update(accepted.id, dee, 3, '2026-11-22T01:00:00Z'); // DEE's one voice in the look-back
    await update(farKr.id, stranger, 1, '2026-12-02T01:00:00Z');
    const comment = (goalId: string, slackUserId: string, ts: string, createdAt: string, deleted = false) =>
      db.goalComment.create({
        data: { goalId, slackUserId, ts, createdAt: at(createdAt), deletedAt: deleted ? at(createdAt) : null },
      });
    await comment(serve.id, 'UDSBO', '1.2', '2026-12-02T03:00:00Z');
    await comment(serve.id, 'UDSANN', '1.3', '2026-12-05T03:00:00Z', true); // deleted
    await comment(serve.id, 'UNOTAMEMBER', '1.4', '2026-12-03T03:00:00Z'); // nobody of the team
    await comment(closed.id, 'UDSLEAD', '1.5', '2026-12-03T03:00:00Z'); // a closed goal's thread

    await db.roleFinding.createMany({
      data: [
        { teamId, kind: 'overlap', subject: {} },
        { teamId, kind: 'overlap', subject: {} },
        { teamId, kind: 'key_result_without_duty', subject: {} },
        { teamId, kind: 'member_without_position', subject: {} },
        { teamId, kind: 'position_without_holder', subject: {} },
        { teamId: other.id, kind: 'overlap', subject: {} },
      ],
    });
  });
  afterAll(async () => {
    await h.close();
    if (zoneBefore === undefined) delete process.env.TZ;
    else process.env.TZ = zoneBefore;
  });

  it('when a week has facts on both sides of every bound, then the store reads those of the window, the look-backs and what is still open', async () => {
    const facts = await h.runtime.stores.digest.facts(
      { id: teamId, timeZone: 'Asia/Shanghai' },
      weekWindow(WEEK, 'Asia/Shanghai'),
      NOW,
    );
    expect(facts.team).toEqual({
      id: teamId,
      name: 'Harbour',
      timeZone: 'Asia/Shanghai',
      checkinDays: [1, 2, 3, 4, 5],
      holidays: ['2026-12-02'],
    });
    const byKey = (key: string) => facts.members.find((m) => m.id === ids[key]);
    expect(facts.members.map((m) => m.slackUserId)).toEqual([
      'UDSANN',
      'UDSBO',
      'UDSCY',
      'UDSDEE',
      'UDSEVE',
      'UDSFIN',
      'UDSLEAD',
    ]);
    expect(byKey('ANN')).toEqual({
      id: ids.ANN,
      slackUserId: 'UDSANN',
      displayName: 'Name ANN',
      role: 'member',
      joinedAt: at('2026-01-05T01:00:00.123Z'),
      checkinOptOut: false,
      vacations: [{ startDate: '2026-11-20', endDate: '2026-12-01' }],
      // Her deleted comment is no voice; her key-result update of 4 December is.
      lastVoiceAt: at('2026-12-04T01:00:00.789Z'),
    });
    expect(byKey('BO')?.lastVoiceAt).toEqual(at('2026-12-03T01:00:00Z'));
    expect(byKey('LEAD')).toMatchObject({ role: 'leader', lastVoiceAt: at('2026-12-05T03:00:00Z') });
    // The look-back reads check-ins by the team's date and everything else by the moment.
    expect(byKey('CY')?.lastVoiceAt).toEqual(at('2026-11-23T02:00:00Z'));
    expect(byKey('DEE')?.lastVoiceAt).toEqual(at('2026-11-22T01:00:00Z'));
    expect(byKey('EVE')?.lastVoiceAt).toEqual(at('2026-11-21T23:00:00Z'));
    expect(byKey('FIN')?.lastVoiceAt).toBeNull();

    const day = (key: string, localDate: string, status: string) => ({ memberId: ids[key], localDate, status });
    expect(facts.checkins).toEqual(
      expect.arrayContaining([
        day('ANN', '2026-11-30', 'asked'),
        day('BO', '2026-11-30', 'skipped'),
        day('BO', '2026-12-01', 'answered'),
        day('LEAD', '2026-12-05', 'answered'),
      ]),
    );
    expect(facts.checkins).toHaveLength(4);
    expect(facts.voices).toEqual(
      expect.arrayContaining([
        { memberId: ids.BO, kind: 'comment' },
        { memberId: ids.BO, kind: 'proposal' },
        { memberId: ids.BO, kind: 'update' },
        { memberId: ids.ANN, kind: 'update' },
      ]),
    );
    expect(facts.voices).toHaveLength(4);
    expect(facts.kudos.map((k) => [k.giverId, k.createdAt])).toEqual(
      expect.arrayContaining([
        [ids.BO, at('2026-12-01T05:00:00Z')],
        [ids.ANN, at('2026-11-10T05:00:00Z')],
      ]),
    );
    expect(facts.kudos).toHaveLength(2);
    expect(facts.kudos[0]).toMatchObject({ valueKey: 'service', giverPositionId: null, receiverPositionId: 'pos-1' });
    expect(facts.coffee).toEqual({
      roundsRun: 1,
      groups: 2,
      meetingsHeld: 1,
      icebreakerReplies: 3,
      membersTakingPart: 4,
    });

    expect(facts.pulse.map((r) => r.period)).toEqual([
      '2026-W49',
      '2026-W47',
      '2026-W45',
      '2026-W43',
      '2026-W41',
      '2026-W39',
    ]);
    expect(facts.pulse[0]).toEqual({
      period: '2026-W49',
      closed: true,
      closesAt: at('2026-12-04T10:00:00Z'),
      respondents: 3,
      invited: 6,
      answers: expect.arrayContaining([
        { trait: 'trust', score: 4, comment: null },
        { trait: 'trust', score: 5, comment: null },
      ]),
    });
    expect(facts.pulse[0]?.answers).toHaveLength(3);

    expect(facts.feedback).toEqual({ procedures: 2, support: 1, goals: 1 });
    expect(facts.feedbackWaiting).toBe(2);
    expect(facts.oldestWaitingThreadId).toBe(ids.waiting);

    expect(facts.blockers.map((b) => b.id).sort()).toEqual([ids.raisedInWeek, ids.stillOpen, ids.helpedInWeek].sort());
    expect(facts.blockers.find((b) => b.id === ids.raisedInWeek)).toEqual({
      id: ids.raisedInWeek,
      memberId: ids.BO,
      text: 'blocker raisedInWeek',
      raisedAt: at('2026-12-01T02:00:00.456Z'),
      helpedAt: at('2026-12-08T00:00:00Z'),
    });

    expect(facts.goals).toEqual([
      {
        id: ids.serve,
        title: 'Serve',
        startDate: '2026-10-01',
        endDate: '2026-12-31',
        channelId: 'CDSHOME',
        headTs: '1.1',
        createdAt: at('2026-10-01T01:00:00Z'),
        // The latest in its thread: the update of 4 December (the deleted comment of the 5th is not).
        lastActivityAt: at('2026-12-04T01:00:00.789Z'),
        keyResults: [
          {
            id: ids.accepted,
            title: 'KR accepted',
            target: 12.5,
            ownerId: ids.ANN,
            updates: [
              { value: 6, confidence: 6, at: at('2026-12-04T01:00:00.789Z') },
              { value: 4.5, confidence: 5, at: at('2026-11-24T01:00:00Z') },
            ],
          },
        ],
      },
    ]);
    expect(facts.roleFindings).toEqual({ overlaps: 2, gaps: 2, withoutHolder: 1 });
  });

  it('when the week so far is asked for on Wednesday, then the store reads up to that moment, and the four weeks of kudos end there', async () => {
    const asked = at('2026-12-02T03:30:00Z');
    const facts = await h.runtime.stores.digest.facts(
      { id: teamId, timeZone: 'Asia/Shanghai' },
      digestWindow(asked, 'Asia/Shanghai', 'so_far'),
      asked,
    );
    expect(facts.checkins).toHaveLength(3);
    expect(facts.voices).toEqual(
      expect.arrayContaining([
        { memberId: ids.BO, kind: 'comment' },
        { memberId: ids.BO, kind: 'update' },
      ]),
    );
    expect(facts.voices).toHaveLength(2);
    // From 4 November 03:30 UTC now, so the kudos of 8 November counts.
    expect(facts.kudos).toHaveLength(3);
    // The leader's Saturday check-in is after the moment asked: no voice yet.
    expect(facts.members.find((m) => m.id === ids.LEAD)?.lastVoiceAt).toBeNull();
    expect(facts.pulse[0]?.period).toBe('2026-W47');
  });

  it('when a team is asked for that is not stored, then the store says so rather than reading nothing', async () => {
    await expect(
      h.runtime.stores.digest.facts({ id: 'no-such-team', timeZone: 'UTC' }, weekWindow(WEEK, 'UTC'), NOW),
    ).rejects.toThrow('no-such-team');
  });

  it('when a round an earlier digest hid would pass a lowered minimum group, then later digests keep it hidden, and a week is stored once', async () => {
    const store = h.runtime.stores.digest;
    const team = (await store.findTeam(teamId))!;
    const deps = appDeps(h.runtime).digest;
    // The digest of W49 hid its round: three answers, a minimum of five.
    const first = await weeklySnapshot({ ...deps, minGroup: 5 }, team, WEEK, NOW);
    expect(first.signals.trust.pulse).toMatchObject({ state: 'hidden', reason: 'below_min_group', period: '2026-W49' });
    expect(await store.hiddenPulseRounds(teamId, '2026-W50', 12)).toEqual(['2026-W49']);
    expect(await store.hiddenPulseRounds(teamId, WEEK, 12)).toEqual([]);

    // Built again with a minimum of three, the same week is the first snapshot, read back as stored.
    const again = await weeklySnapshot({ ...deps, minGroup: 3 }, team, WEEK, NOW);
    expect(again).toEqual(first);
    const racing = await store.saveSnapshot({ ...first, builtAt: at('2026-12-07T01:00:00Z') });
    expect(racing).toEqual(first);
    expect(await store.recentSnapshots(teamId, 5)).toEqual([first]);

    // The next week, at a minimum of three, its round shows, and its change is since W47: W49's
    // figures (a mean of 4.33) stay hidden, so the change cannot be subtracted back to them.
    const next = await weeklySnapshot({ ...deps, minGroup: 3 }, team, '2026-W50', at('2026-12-14T00:30:00Z'));
    const pulse: DigestSignals['trust']['pulse'] = next.signals.trust.pulse;
    expect(pulse).toMatchObject({ state: 'shown', period: '2026-W50', overall: 1, overallChange: -3 });
    expect(JSON.stringify(next.signals)).not.toMatch(/4\.33|-3\.33/);
  });

  it('when a team scored its cards this month and last, then the digest’s movement is the team’s summary of each, and before any score there is none', async () => {
    const { teams, scorecards } = h.runtime.stores;
    const team = (await teams.findTeam(teamId))!;
    const scorecardDeps = { teams, scorecards, defaultTimeZone: 'Asia/Shanghai' };
    const movement = appDeps(h.runtime).digest.scoreMovement;
    expect(await movement(teamId, NOW)).toBeNull(); // no template: the digest makes none
    const [template] = await ensureTemplate(scorecardDeps, team, NOW);
    expect(await movement(teamId, NOW)).toBeNull(); // a template, nothing scored
    const metric = (key: string) => template!.metrics.find((m) => m.key === key)!.id;
    const value = (memberKey: string, key: string, period: string, amount: number) => ({
      teamId,
      metricId: metric(key),
      memberId: ids[memberKey]!,
      period,
      value: amount,
      enteredById: ids.LEAD!,
    });
    await scorecards.writeValues([
      value('ANN', 'satisfaction', '2026-12', 80),
      value('ANN', 'brand', '2026-12', 100),
      value('LEAD', 'visits', '2026-12', 50),
      value('BO', 'satisfaction', '2026-11', 60),
      value('BO', 'complaints', '2026-11', 30),
    ]);
    const [current, previous] = await Promise.all([
      teamSummary(scorecardDeps, team, undefined, NOW),
      teamSummary(scorecardDeps, team, '2026-11', NOW),
    ]);
    expect(current.summary.total).not.toBeNull();
    expect(previous.summary.total).not.toBeNull();
    expect(current.summary.total).not.toBe(previous.summary.total);
    expect(await movement(teamId, NOW)).toEqual({
      period: '2026-12',
      total: current.summary.total,
      previousPeriod: '2026-11',
      previousTotal: previous.summary.total,
    });
  });
});
