import { DateTime } from 'luxon';
import type { DigestFacts, DigestWindow } from '../../../domain/digest/model.ts';
import { shiftWeek } from '../../../domain/digest/window.ts';
import { isCategory } from '../../../domain/feedback/model.ts';
import type { Period } from '../../../domain/pulse/schedule.ts';
import type { RawSql } from '../database.ts';
import { Prisma } from '../generated/client.ts';

const DAY_MS = 24 * 3600 * 1000;
/** How far back a member's last voice is looked for: past it, "silent for more than two weeks". */
const VOICE_LOOKBACK_DAYS = 15;
/** Open blockers older than this are not read: a blocker forgotten for a quarter is not this week's news. */
const OPEN_BLOCKER_DAYS = 60;
/** Closed pulse rounds read for the latest result and its change. */
const PULSE_ROUNDS = 6;

export type StoredFacts = Omit<DigestFacts, 'scorecard' | 'pulseHiddenBefore'>;

/** A moment as the query's parameter: ISO text read as UTC, the way Prisma stores a `timestamp` (raw-rows.ts). */
const at = (moment: Date) => Prisma.sql`(${moment.toISOString()}::timestamptz AT TIME ZONE 'UTC')`;
/** A stored moment as milliseconds since the epoch, a JSON number that becomes a Date again without parsing text. */
const ms = (column: string) => Prisma.raw(`(extract(epoch FROM ${column}) * 1000)::bigint`);
/**
 * A JSON array of what the subquery selects, `[]` when it selects nothing; in `order` of its
 * columns when given (an aggregate keeps its input's order only by its own ORDER BY).
 */
const list = (query: Prisma.Sql, order?: string) =>
  Prisma.sql`(SELECT coalesce(json_agg(row_to_json(x)${Prisma.raw(order ? ` ORDER BY ${order}` : '')}), '[]'::json) FROM (${query}) x)`;

type Ms = number;
/** The rows the query returns, each as the JSON it is written as (dates in milliseconds). */
interface FactRows {
  team: { id: string; name: string; timeZone: string; checkinDays: number[] } | null;
  holidays: string[];
  members: Array<{
    id: string;
    slackUserId: string;
    displayName: string;
    role: string;
    joinedAt: Ms;
    checkinOptOut: boolean;
    vacations: Array<{ startDate: string; endDate: string }>;
  }>;
  checkins: Array<{ memberId: string; localDate: string; submittedAt: Ms }>;
  prompts: Array<{ memberId: string; localDate: string; status: string }>;
  kudos: Array<{
    giverId: string;
    receiverId: string;
    valueKey: string;
    createdAt: Ms;
    giverPositionId: string | null;
    receiverPositionId: string | null;
  }>;
  informal: {
    roundsRun: number;
    groups: number;
    meetingsHeld: number;
    icebreakerReplies: number;
    membersTakingPart: number;
  } | null;
  pulse: Array<{
    period: Period;
    closesAt: Ms;
    respondents: number;
    invited: number;
    answers: Array<{ trait: string; score: number; comment: string | null }>;
  }>;
  feedback: Array<{ id: string; createdDay: string; category: string; status: string; lastDirection: string | null }>;
  blockers: Array<{ id: string; memberId: string; text: string; raisedAt: Ms; helpedAt: Ms | null }>;
  goals: Array<{
    id: string;
    title: string;
    startDate: string;
    endDate: string;
    channelId: string;
    headTs: string | null;
    createdAt: Ms;
    lastActivityAt: Ms;
    keyResults: Array<{
      id: string;
      title: string;
      target: number;
      ownerId: string | null;
      updates: Array<{ value: number; confidence: number; at: Ms }>;
    }>;
  }>;
  findings: Array<{ kind: string; count: number }>;
  comments: Array<{ slackUserId: string; createdAt: Ms }>;
  proposals: Array<{ proposerId: string; createdAt: Ms }>;
  updates: Array<{ memberId: string; createdAt: Ms }>;
}

const localDate = (moment: Date, zone: string) => DateTime.fromJSDate(moment, { zone }).toISODate() ?? '';
const mondayOf = (week: Period, zone: string) => DateTime.fromISO(`${week}-1`, { zone }).toISODate() ?? '';

/**
 * A team's facts for a digest window, read in one statement of hand-written SQL (raw-rows.ts):
 * a digest is built for every team each week, and the model API's 30-odd queries cost more of
 * the main thread than the database's work. Every part is bounded by the window, a fixed
 * look-back, or what is still open, on indexed columns, so a year of history costs what a month does.
 */
export async function readDigestFacts(
  raw: RawSql,
  teamId: string,
  zone: string,
  window: DigestWindow,
  now: Date,
): Promise<StoredFacts> {
  const firstDate = window.dates[0] ?? localDate(window.from, zone);
  const lastDate = window.dates.at(-1) ?? firstDate;
  const fourWeeksFrom = new Date(window.to.getTime() - 28 * DAY_MS);
  const voiceFrom = new Date(now.getTime() - VOICE_LOOKBACK_DAYS * DAY_MS);
  // Reads reach back far enough for both the window and a member's last voice.
  const readFromDate = [localDate(voiceFrom, zone), firstDate].sort()[0] ?? firstDate;
  const readFrom = new Date(Math.min(voiceFrom.getTime(), window.from.getTime()));
  const kudosFrom = new Date(Math.min(fourWeeksFrom.getTime(), voiceFrom.getTime()));
  const blockersFrom = new Date(Math.min(window.from.getTime(), now.getTime() - OPEN_BLOCKER_DAYS * DAY_MS));
  const feedbackFrom = mondayOf(window.feedbackWeeks.first, zone);
  const feedbackTo = mondayOf(shiftWeek(window.feedbackWeeks.last, 1), zone);
  const inWindow = (column: string) =>
    Prisma.sql`${Prisma.raw(column)} >= ${at(window.from)} AND ${Prisma.raw(column)} < ${at(window.to)}`;

  const [row] = await raw<{ facts: FactRows }>(Prisma.sql`
    WITH open_goal AS (SELECT * FROM "Goal" WHERE "teamId" = ${teamId} AND status = 'open')
    SELECT json_build_object(
      'team', (SELECT row_to_json(x) FROM (SELECT id, name, "timeZone", "checkinDays" FROM "Team" WHERE id = ${teamId}) x),
      'holidays', (SELECT coalesce(json_agg(date), '[]'::json) FROM "TeamHoliday"
        WHERE "teamId" = ${teamId} AND date >= ${firstDate} AND date <= ${lastDate}),
      'members', ${list(
        Prisma.sql`
        SELECT m.id, m."slackUserId", m."displayName", m.role, ${ms('m."joinedAt"')} AS "joinedAt", m."checkinOptOut",
          ${list(Prisma.sql`SELECT v."startDate", v."endDate" FROM "Vacation" v
            WHERE v."memberId" = m.id AND v."endDate" >= ${readFromDate}`)} AS vacations
        FROM "Member" m WHERE m."teamId" = ${teamId} AND m.active`,
        'x."slackUserId"',
      )},
      'checkins', ${list(Prisma.sql`
        SELECT "memberId", "localDate", ${ms('"submittedAt"')} AS "submittedAt" FROM "CheckinAnswer"
        WHERE "teamId" = ${teamId} AND "localDate" >= ${readFromDate}`)},
      'prompts', ${list(Prisma.sql`
        SELECT "memberId", "localDate", status FROM "CheckinPrompt"
        WHERE "teamId" = ${teamId} AND "localDate" >= ${firstDate} AND "localDate" <= ${lastDate}`)},
      'kudos', ${list(Prisma.sql`
        SELECT "giverId", "receiverId", "valueKey", ${ms('"createdAt"')} AS "createdAt", "giverPositionId", "receiverPositionId"
        FROM "Kudos" WHERE "teamId" = ${teamId} AND "createdAt" >= ${at(kudosFrom)} AND "createdAt" < ${at(window.to)}`)},
      'informal', (SELECT row_to_json(x) FROM (
        SELECT "roundsRun", groups, "meetingsHeld", "icebreakerReplies", "membersTakingPart" FROM "InformalWeek"
        WHERE "teamId" = ${teamId} AND week = ${window.week}) x),
      'pulse', ${list(
        Prisma.sql`
        SELECT r.period, ${ms('r."closesAt"')} AS "closesAt", r.respondents, r.invited,
          ${list(Prisma.sql`SELECT a.trait, a.score, a.comment FROM "PulseAnswer" a WHERE a."roundId" = r.id`)} AS answers
        FROM "PulseRound" r WHERE r."teamId" = ${teamId} AND r."closedAt" < ${at(window.to)}
        ORDER BY r.period DESC LIMIT ${PULSE_ROUNDS}`,
        'x.period DESC',
      )},
      'feedback', ${list(
        Prisma.sql`
        SELECT t.id, t."createdDay", t.category, t.status, (SELECT m.direction FROM "FeedbackMessage" m
          WHERE m."threadId" = t.id ORDER BY m."deliverAfter" DESC LIMIT 1) AS "lastDirection"
        FROM "FeedbackThread" t WHERE t."teamId" = ${teamId} AND t."createdDay" >= ${feedbackFrom} AND t."createdDay" < ${feedbackTo}`,
        'x."createdDay", x.id',
      )},
      'blockers', ${list(Prisma.sql`
        -- Bounded by when they were raised on the indexed column, whichever way they count.
        SELECT b.id, a."memberId", b.text, ${ms('b."raisedAt"')} AS "raisedAt", ${ms('b."helpedAt"')} AS "helpedAt"
        FROM "Blocker" b JOIN "CheckinAnswer" a ON a.id = b."answerId"
        WHERE b."teamId" = ${teamId} AND b."raisedAt" >= ${at(blockersFrom)}
          AND ((${inWindow('b."raisedAt"')}) OR (${inWindow('b."helpedAt"')}) OR b."helpedAt" IS NULL)`)},
      'goals', ${list(Prisma.sql`
        SELECT g.id, g.title, g."startDate", g."endDate", g."channelId", g."headTs", ${ms('g."createdAt"')} AS "createdAt",
          ${ms(`greatest(g."createdAt",
            (SELECT c."createdAt" FROM "GoalComment" c WHERE c."goalId" = g.id AND c."deletedAt" IS NULL
              ORDER BY c."createdAt" DESC LIMIT 1),
            (SELECT max(latest."createdAt") FROM "KeyResult" k CROSS JOIN LATERAL (
              SELECT u."createdAt" FROM "KeyResultUpdate" u WHERE u."keyResultId" = k.id ORDER BY u."createdAt" DESC LIMIT 1
            ) latest WHERE k."goalId" = g.id),
            (SELECT max(k."createdAt") FROM "KeyResult" k WHERE k."goalId" = g.id))`)} AS "lastActivityAt",
          ${list(Prisma.sql`
            SELECT k.id, k.title, k.target, k."ownerId", ${list(
              Prisma.sql`
              SELECT u.value, u.confidence, ${ms('u."createdAt"')} AS at FROM "KeyResultUpdate" u
              WHERE u."keyResultId" = k.id ORDER BY u."createdAt" DESC LIMIT 2`,
              'x.at DESC',
            )} AS updates
            FROM "KeyResult" k WHERE k."goalId" = g.id AND k.status = 'accepted'`)} AS "keyResults"
        FROM open_goal g`)},
      'findings', ${list(Prisma.sql`
        SELECT kind, count(*)::int AS count FROM "RoleFinding" WHERE "teamId" = ${teamId} GROUP BY kind`)},
      'comments', ${list(Prisma.sql`
        SELECT c."slackUserId", ${ms('c."createdAt"')} AS "createdAt" FROM "GoalComment" c JOIN open_goal g ON g.id = c."goalId"
        WHERE c."deletedAt" IS NULL AND c."createdAt" >= ${at(readFrom)} AND c."createdAt" < ${at(window.to)}`)},
      'proposals', ${list(Prisma.sql`
        SELECT k."proposerId", ${ms('k."createdAt"')} AS "createdAt" FROM "KeyResult" k JOIN "Goal" g ON g.id = k."goalId"
        WHERE g."teamId" = ${teamId} AND k."createdAt" >= ${at(readFrom)} AND k."createdAt" < ${at(window.to)}`)},
      'updates', ${list(Prisma.sql`
        SELECT u."memberId", ${ms('u."createdAt"')} AS "createdAt" FROM "KeyResultUpdate" u
        JOIN "KeyResult" k ON k.id = u."keyResultId" JOIN "Goal" g ON g.id = k."goalId"
        WHERE g."teamId" = ${teamId} AND u."createdAt" >= ${at(readFrom)} AND u."createdAt" < ${at(window.to)}`)}
    ) AS facts`);
  const facts = row?.facts;
  if (!facts?.team) throw new Error(`the digest's team ${teamId} is not stored`);
  return shape(facts, facts.team, window, now, { firstDate, lastDate, fourWeeksFrom });
}

/** The rows as the digest's facts: each member's last voice, each day's check-in state, feedback counted by category. */
function shape(
  rows: FactRows,
  team: NonNullable<FactRows['team']>,
  window: DigestWindow,
  now: Date,
  bounds: { firstDate: string; lastDate: string; fourWeeksFrom: Date },
): StoredFacts {
  const within = (moment: Ms) => moment >= window.from.getTime() && moment < window.to.getTime();
  const memberOfSlack = new Map(rows.members.map((m) => [m.slackUserId, m.id]));
  const lastVoice = new Map<string, number>();
  const heard = (memberId: string | undefined, moment: Ms) => {
    if (!memberId || moment > now.getTime()) return;
    lastVoice.set(memberId, Math.max(lastVoice.get(memberId) ?? 0, moment));
  };
  for (const a of rows.checkins) heard(a.memberId, a.submittedAt);
  for (const c of rows.comments) heard(memberOfSlack.get(c.slackUserId), c.createdAt);
  for (const p of rows.proposals) heard(p.proposerId, p.createdAt);
  for (const u of rows.updates) heard(u.memberId, u.createdAt);
  for (const k of rows.kudos) heard(k.giverId, k.createdAt);

  // A day's state: answered (an answer exists), else skipped, else asked (a prompt went out or is due).
  const dayState = new Map<string, 'answered' | 'skipped' | 'asked'>();
  for (const p of rows.prompts)
    dayState.set(`${p.memberId}\u0000${p.localDate}`, p.status === 'skipped' ? 'skipped' : 'asked');
  for (const a of rows.checkins)
    if (a.localDate >= bounds.firstDate && a.localDate <= bounds.lastDate)
      dayState.set(`${a.memberId}\u0000${a.localDate}`, 'answered');

  const feedbackCounts: DigestFacts['feedback'] = {};
  let feedbackWaiting = 0;
  let oldestWaitingThreadId: string | null = null;
  for (const thread of rows.feedback) {
    if (isCategory(thread.category)) feedbackCounts[thread.category] = (feedbackCounts[thread.category] ?? 0) + 1;
    if (thread.status === 'open' && thread.lastDirection === 'to_leaders') {
      feedbackWaiting += 1;
      oldestWaitingThreadId ??= thread.id;
    }
  }
  const finding = (kind: string) => rows.findings.find((f) => f.kind === kind)?.count ?? 0;
  const date = (moment: Ms) => new Date(moment);
  const informal = rows.informal;

  return {
    team: { ...team, holidays: rows.holidays },
    members: rows.members.map((m) => ({
      id: m.id,
      slackUserId: m.slackUserId,
      displayName: m.displayName,
      role: m.role === 'leader' ? 'leader' : 'member',
      joinedAt: date(m.joinedAt),
      checkinOptOut: m.checkinOptOut,
      vacations: m.vacations,
      lastVoiceAt: lastVoice.has(m.id) ? date(lastVoice.get(m.id)!) : null,
    })),
    checkins: [...dayState].map(([key, status]) => {
      const [memberId = '', localDate = ''] = key.split('\u0000');
      return { memberId, localDate, status };
    }),
    voices: [
      ...rows.comments
        .filter((c) => within(c.createdAt) && memberOfSlack.has(c.slackUserId))
        .map((c) => ({ memberId: memberOfSlack.get(c.slackUserId)!, kind: 'comment' as const })),
      ...rows.proposals
        .filter((p) => within(p.createdAt))
        .map((p) => ({ memberId: p.proposerId, kind: 'proposal' as const })),
      ...rows.updates
        .filter((u) => within(u.createdAt))
        .map((u) => ({ memberId: u.memberId, kind: 'update' as const })),
    ],
    kudos: rows.kudos
      .filter((k) => k.createdAt >= bounds.fourWeeksFrom.getTime())
      .map((k) => ({ ...k, createdAt: date(k.createdAt) })),
    coffee: {
      roundsRun: informal?.roundsRun ?? 0,
      groups: informal?.groups ?? 0,
      meetingsHeld: informal?.meetingsHeld ?? 0,
      icebreakerReplies: informal?.icebreakerReplies ?? 0,
      membersTakingPart: informal?.membersTakingPart ?? 0,
    },
    pulse: rows.pulse.map((round) => ({ ...round, closesAt: date(round.closesAt), closed: true })),
    feedback: feedbackCounts,
    feedbackWaiting,
    oldestWaitingThreadId,
    blockers: rows.blockers.map((b) => ({
      ...b,
      raisedAt: date(b.raisedAt),
      helpedAt: b.helpedAt === null ? null : date(b.helpedAt),
    })),
    goals: rows.goals.map((goal) => ({
      ...goal,
      createdAt: date(goal.createdAt),
      lastActivityAt: date(goal.lastActivityAt),
      keyResults: goal.keyResults.map((kr) => ({
        ...kr,
        updates: kr.updates.map((u) => ({ value: u.value, confidence: u.confidence, at: date(u.at) })),
      })),
    })),
    roleFindings: {
      overlaps: finding('overlap'),
      gaps: finding('key_result_without_duty') + finding('member_without_position'),
      withoutHolder: finding('position_without_holder'),
    },
  };
}
