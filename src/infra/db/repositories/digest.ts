import { DateTime } from 'luxon';
import type { DigestFacts, DigestGoal, DigestWindow } from '../../../domain/digest/model.ts';
import type {
  DigestBlockerRef,
  DigestSettings,
  DigestSnapshot,
  DigestStore,
  DigestTeam,
} from '../../../domain/digest/ports.ts';
import type { DigestSignals } from '../../../domain/digest/signals.ts';
import type { Suggestion } from '../../../domain/digest/suggestions.ts';
import { shiftWeek } from '../../../domain/digest/window.ts';
import { isCategory } from '../../../domain/feedback/model.ts';
import type { Period } from '../../../domain/pulse/schedule.ts';
import type { Db } from '../database.ts';
import type { Prisma } from '../generated/client.ts';
import { currentClient } from '../unit-of-work.ts';
import { KUDOS_EDGE_FIELDS } from './recognition.ts';

const TEAM_FIELDS = {
  id: true,
  workspaceId: true,
  name: true,
  defaultLocale: true,
  timeZone: true,
  createdAt: true,
  digestEnabled: true,
  digestWeekday: true,
  digestMinute: true,
} as const;

const DAY_MS = 24 * 3600 * 1000;
/** How far back a member's last voice is looked for: past it, "silent for more than two weeks". */
const VOICE_LOOKBACK_DAYS = 15;
/** Open blockers older than this are not read: a blocker forgotten for a quarter is not this week's news. */
const OPEN_BLOCKER_DAYS = 60;
/** Closed pulse rounds read for the latest result and its change. */
const PULSE_ROUNDS = 6;

const SNAPSHOT_FIELDS = {
  id: true,
  teamId: true,
  week: true,
  version: true,
  signals: true,
  suggestions: true,
  builtAt: true,
} as const;

type SnapshotRow = {
  id: string;
  teamId: string;
  week: string;
  version: number;
  signals: Prisma.JsonValue;
  suggestions: Prisma.JsonValue;
  builtAt: Date;
};

// The snapshot's JSON was written by this code from these types; it is read back as written.
const snapshotOf = (row: SnapshotRow): DigestSnapshot => ({
  ...row,
  signals: row.signals as unknown as DigestSignals,
  suggestions: row.suggestions as unknown as Suggestion[],
});

const localDate = (at: Date, zone: string) => DateTime.fromJSDate(at, { zone }).toISODate() ?? '';
const mondayOf = (week: Period, zone: string) => DateTime.fromISO(`${week}-1`, { zone }).toISODate() ?? '';

/**
 * The digest's reads: every query is bounded by the window (or a fixed look-back, or what is
 * still open), on indexed columns, so a team's digest costs the same after a year as after a month.
 */
export class PrismaDigestStore implements DigestStore {
  constructor(private readonly root: Db) {}

  private get db(): Db {
    return currentClient(this.root);
  }

  findTeam(teamId: string): Promise<DigestTeam | null> {
    return this.db.team.findUnique({ where: { id: teamId }, select: TEAM_FIELDS });
  }

  async scheduledTeams() {
    const teams = await this.db.team.findMany({
      where: { digestEnabled: true },
      select: { ...TEAM_FIELDS, digests: { select: { week: true }, orderBy: { week: 'desc' }, take: 1 } },
    });
    return teams.map(({ digests, ...team }) => ({ team, lastWeek: digests[0]?.week ?? null }));
  }

  async facts(
    teamId: string,
    window: DigestWindow,
    at: Date,
  ): Promise<Omit<DigestFacts, 'scorecard' | 'pulseHiddenBefore'>> {
    const team = await this.db.team.findUniqueOrThrow({
      where: { id: teamId },
      select: { id: true, name: true, timeZone: true, checkinDays: true },
    });
    const zone = team.timeZone;
    const firstDate = window.dates[0] ?? localDate(window.from, zone);
    const lastDate = window.dates.at(-1) ?? firstDate;
    const fourWeeksFrom = new Date(window.to.getTime() - 28 * DAY_MS);
    const voiceFrom = new Date(at.getTime() - VOICE_LOOKBACK_DAYS * DAY_MS);
    const voiceFromDate = localDate(voiceFrom, zone);
    const inWindow = { gte: window.from, lt: window.to };
    // Reads reach back far enough for both the window and a member's last voice.
    const readFromDate = [voiceFromDate, firstDate].sort()[0] ?? firstDate;
    const readFrom = new Date(Math.min(voiceFrom.getTime(), window.from.getTime()));
    const kudosFrom = new Date(Math.min(fourWeeksFrom.getTime(), voiceFrom.getTime()));

    const [holidays, members, checkins, prompts, kudos, informal, pulse, feedback, blockers, goals, findings] =
      await Promise.all([
        this.db.teamHoliday.findMany({
          where: { teamId, date: { gte: firstDate, lte: lastDate } },
          select: { date: true },
        }),
        this.db.member.findMany({
          where: { teamId, active: true },
          select: {
            id: true,
            slackUserId: true,
            displayName: true,
            role: true,
            joinedAt: true,
            checkinOptOut: true,
            vacations: {
              where: { endDate: { gte: readFromDate } },
              select: { startDate: true, endDate: true },
            },
          },
          orderBy: { slackUserId: 'asc' },
        }),
        this.db.checkinAnswer.findMany({
          where: { teamId, localDate: { gte: readFromDate } },
          select: { memberId: true, localDate: true, submittedAt: true },
        }),
        this.db.checkinPrompt.findMany({
          where: { teamId, localDate: { gte: firstDate, lte: lastDate } },
          select: { memberId: true, localDate: true, status: true },
        }),
        this.db.kudos.findMany({
          where: { teamId, createdAt: { gte: kudosFrom, lt: window.to } },
          select: KUDOS_EDGE_FIELDS,
        }),
        this.db.informalWeek.findUnique({ where: { teamId_week: { teamId, week: window.week } } }),
        this.db.pulseRound.findMany({
          where: { teamId, closedAt: { not: null, lt: window.to } },
          orderBy: { period: 'desc' },
          take: PULSE_ROUNDS,
          select: {
            period: true,
            closesAt: true,
            respondents: true,
            invited: true,
            answers: { select: { trait: true, score: true, comment: true } },
          },
        }),
        this.db.feedbackThread.findMany({
          where: {
            teamId,
            createdDay: {
              gte: mondayOf(window.feedbackWeeks.first, zone),
              lt: mondayOf(shiftWeek(window.feedbackWeeks.last, 1), zone),
            },
          },
          orderBy: { createdDay: 'asc' },
          select: {
            id: true,
            category: true,
            status: true,
            messages: { select: { direction: true }, orderBy: { deliverAfter: 'desc' }, take: 1 },
          },
        }),
        this.db.blocker.findMany({
          // Bounded by when they were raised on the indexed column, whichever way they count.
          where: {
            teamId,
            raisedAt: { gte: new Date(Math.min(window.from.getTime(), at.getTime() - OPEN_BLOCKER_DAYS * DAY_MS)) },
            OR: [{ raisedAt: inWindow }, { helpedAt: inWindow }, { helpedAt: null }],
          },
          select: { id: true, text: true, raisedAt: true, helpedAt: true, answer: { select: { memberId: true } } },
        }),
        this.db.goal.findMany({
          where: { teamId, status: 'open' },
          select: {
            id: true,
            title: true,
            startDate: true,
            endDate: true,
            channelId: true,
            headTs: true,
            createdAt: true,
            keyResults: {
              where: { status: 'accepted' },
              select: {
                id: true,
                title: true,
                target: true,
                ownerId: true,
                updates: {
                  orderBy: { createdAt: 'desc' },
                  take: 2,
                  select: { value: true, confidence: true, createdAt: true },
                },
              },
            },
          },
        }),
        this.db.roleFinding.groupBy({ by: ['kind'], where: { teamId }, _count: { _all: true } }),
      ]);

    const goalIds = goals.map((g) => g.id);
    const memberOfSlack = new Map(members.map((m) => [m.slackUserId, m.id]));
    const [comments, proposals, updates, lastActivity] = await Promise.all([
      this.db.goalComment.findMany({
        where: {
          goalId: { in: goalIds },
          deletedAt: null,
          createdAt: { gte: readFrom, lt: window.to },
        },
        select: { slackUserId: true, createdAt: true },
      }),
      this.db.keyResult.findMany({
        where: {
          goal: { teamId },
          createdAt: { gte: readFrom, lt: window.to },
        },
        select: { proposerId: true, createdAt: true },
      }),
      this.db.keyResultUpdate.findMany({
        where: {
          keyResult: { goal: { teamId } },
          createdAt: { gte: readFrom, lt: window.to },
        },
        select: { memberId: true, createdAt: true },
      }),
      Promise.all(
        goals.map(async (goal) => {
          const [comment, update, proposal] = await Promise.all([
            this.db.goalComment.findFirst({
              where: { goalId: goal.id, deletedAt: null },
              orderBy: { createdAt: 'desc' },
              select: { createdAt: true },
            }),
            this.db.keyResultUpdate.findFirst({
              where: { keyResult: { goalId: goal.id } },
              orderBy: { createdAt: 'desc' },
              select: { createdAt: true },
            }),
            this.db.keyResult.findFirst({
              where: { goalId: goal.id },
              orderBy: { createdAt: 'desc' },
              select: { createdAt: true },
            }),
          ]);
          const times = [goal.createdAt, comment?.createdAt, update?.createdAt, proposal?.createdAt].filter(
            (d): d is Date => !!d,
          );
          return new Date(Math.max(...times.map((d) => d.getTime())));
        }),
      ),
    ]);

    const within = (d: Date) => d >= window.from && d < window.to;
    const lastVoice = new Map<string, number>();
    const heard = (memberId: string | undefined, atTime: Date) => {
      if (!memberId || atTime > at) return;
      lastVoice.set(memberId, Math.max(lastVoice.get(memberId) ?? 0, atTime.getTime()));
    };
    for (const a of checkins) heard(a.memberId, a.submittedAt);
    for (const c of comments) heard(memberOfSlack.get(c.slackUserId), c.createdAt);
    for (const p of proposals) heard(p.proposerId, p.createdAt);
    for (const u of updates) heard(u.memberId, u.createdAt);
    for (const k of kudos) heard(k.giverId, k.createdAt);

    // A day's state: answered (an answer exists), else skipped, else asked (a prompt went out or is due).
    const dayState = new Map<string, 'answered' | 'skipped' | 'asked'>();
    for (const p of prompts)
      dayState.set(`${p.memberId}\u0000${p.localDate}`, p.status === 'skipped' ? 'skipped' : 'asked');
    for (const a of checkins)
      if (a.localDate >= firstDate && a.localDate <= lastDate)
        dayState.set(`${a.memberId}\u0000${a.localDate}`, 'answered');
    const feedbackCounts: DigestFacts['feedback'] = {};
    let feedbackWaiting = 0;
    let oldestWaitingThreadId: string | null = null;
    for (const thread of feedback) {
      if (isCategory(thread.category)) feedbackCounts[thread.category] = (feedbackCounts[thread.category] ?? 0) + 1;
      if (thread.status === 'open' && thread.messages[0]?.direction === 'to_leaders') {
        feedbackWaiting += 1;
        oldestWaitingThreadId ??= thread.id;
      }
    }
    const finding = (kind: string) => findings.find((f) => f.kind === kind)?._count._all ?? 0;

    return {
      team: {
        id: team.id,
        name: team.name,
        timeZone: zone,
        checkinDays: team.checkinDays,
        holidays: holidays.map((h) => h.date),
      },
      members: members.map((m) => ({
        id: m.id,
        slackUserId: m.slackUserId,
        displayName: m.displayName,
        role: m.role === 'leader' ? 'leader' : 'member',
        joinedAt: m.joinedAt,
        checkinOptOut: m.checkinOptOut,
        vacations: m.vacations,
        lastVoiceAt: lastVoice.has(m.id) ? new Date(lastVoice.get(m.id)!) : null,
      })),
      checkins: [...dayState].map(([key, status]) => {
        const [memberId = '', date = ''] = key.split('\u0000');
        return { memberId, localDate: date, status };
      }),
      voices: [
        ...comments
          .filter((c) => within(c.createdAt) && memberOfSlack.has(c.slackUserId))
          .map((c) => ({ memberId: memberOfSlack.get(c.slackUserId)!, kind: 'comment' as const })),
        ...proposals
          .filter((p) => within(p.createdAt))
          .map((p) => ({ memberId: p.proposerId, kind: 'proposal' as const })),
        ...updates.filter((u) => within(u.createdAt)).map((u) => ({ memberId: u.memberId, kind: 'update' as const })),
      ],
      kudos: kudos.filter((k) => k.createdAt >= fourWeeksFrom),
      coffee: {
        roundsRun: informal?.roundsRun ?? 0,
        groups: informal?.groups ?? 0,
        meetingsHeld: informal?.meetingsHeld ?? 0,
        icebreakerReplies: informal?.icebreakerReplies ?? 0,
        membersTakingPart: informal?.membersTakingPart ?? 0,
      },
      pulse: pulse.map((round) => ({ ...round, closed: true })),
      feedback: feedbackCounts,
      feedbackWaiting,
      oldestWaitingThreadId,
      blockers: blockers.map((b) => ({
        id: b.id,
        memberId: b.answer.memberId,
        text: b.text,
        raisedAt: b.raisedAt,
        helpedAt: b.helpedAt,
      })),
      goals: goals.map(
        (goal, index): DigestGoal => ({
          id: goal.id,
          title: goal.title,
          startDate: goal.startDate,
          endDate: goal.endDate,
          channelId: goal.channelId,
          headTs: goal.headTs,
          createdAt: goal.createdAt,
          lastActivityAt: lastActivity[index] ?? goal.createdAt,
          keyResults: goal.keyResults.map((kr) => ({
            id: kr.id,
            title: kr.title,
            target: kr.target,
            ownerId: kr.ownerId,
            updates: kr.updates.map((u) => ({ value: u.value, confidence: u.confidence, at: u.createdAt })),
          })),
        }),
      ),
      roleFindings: {
        overlaps: finding('overlap'),
        gaps: finding('key_result_without_duty') + finding('member_without_position'),
        withoutHolder: finding('position_without_holder'),
      },
    };
  }

  async saveSnapshot(snapshot: Omit<DigestSnapshot, 'id'>): Promise<DigestSnapshot> {
    const data = {
      ...snapshot,
      signals: snapshot.signals as unknown as Prisma.InputJsonValue,
      suggestions: snapshot.suggestions as unknown as Prisma.InputJsonValue,
    };
    // The unique week is the claim: a second builder of the same week keeps the first's snapshot.
    const row = await this.db.digestSnapshot.upsert({
      where: { teamId_week: { teamId: snapshot.teamId, week: snapshot.week } },
      create: data,
      update: {},
      select: SNAPSHOT_FIELDS,
    });
    return snapshotOf(row);
  }

  async snapshotOf(teamId: string, week: Period): Promise<DigestSnapshot | null> {
    const row = await this.db.digestSnapshot.findUnique({
      where: { teamId_week: { teamId, week } },
      select: SNAPSHOT_FIELDS,
    });
    return row ? snapshotOf(row) : null;
  }

  async recentSnapshots(teamId: string, limit: number): Promise<DigestSnapshot[]> {
    const rows = await this.db.digestSnapshot.findMany({
      where: { teamId },
      orderBy: { week: 'desc' },
      take: limit,
      select: SNAPSHOT_FIELDS,
    });
    return rows.map(snapshotOf);
  }

  async findBlocker(blockerId: string): Promise<DigestBlockerRef | null> {
    const row = await this.db.blocker.findUnique({
      where: { id: blockerId },
      select: { id: true, teamId: true, text: true, helpedAt: true, answer: { select: { memberId: true } } },
    });
    return row
      ? { id: row.id, teamId: row.teamId, text: row.text, helpedAt: row.helpedAt, memberId: row.answer.memberId }
      : null;
  }

  updateSettings(teamId: string, changes: Partial<DigestSettings>): Promise<DigestTeam> {
    return this.db.team.update({ where: { id: teamId }, data: changes, select: TEAM_FIELDS });
  }
}
