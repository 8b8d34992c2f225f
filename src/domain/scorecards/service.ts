import type { EffectLog } from '../../shared/effects.ts';
import { chooseLocale, t, type Locale, type MessageKey } from '../../i18n/index.ts';
import { AppError } from '../../shared/errors.ts';
import { localeOf, teamZone, type Member, type Team, type TeamStore } from '../teams/model.ts';
import { isLeader, requireLeaderOfTeam, requireTeam, type Actor } from '../teams/service.ts';
import { channelRef, csvTeam, readScorecardCsv, CSV_LIMITS, type CsvProblem } from './csv.ts';
import { defaultMetrics } from './defaults.ts';
import type { Metric, MetricDraft, ScorecardStore, TemplateVersion, ValueWrite } from './model.ts';
import {
  comparePeriods,
  kindOfPeriod,
  nextPeriod,
  periodAt,
  periodEnd,
  periodEndInstant,
  periodStart,
  previousPeriod,
  type Period,
  type PeriodKind,
} from './period.ts';
import { FileTooLarge, type FileSource, type ScorecardNotifier } from './ports.ts';
import { NOT_APPLICABLE, scoreCard, teamScore, type CardScore, type TeamScore } from './scoring.ts';
import {
  noteProblem,
  numberSchema,
  parseTemplateText,
  quoted,
  templateText,
  weightProblem,
  type TemplateProblem,
} from './template.ts';
import { pendingVersion, templateFor } from './versions.ts';

export interface ScorecardDeps {
  teams: TeamStore;
  scorecards: ScorecardStore;
  defaultTimeZone: string;
}

/** Who is asking, and from which channel (their team's home channel picks that team). */
export interface ScorecardActor {
  workspaceId: string;
  slackUserId: string;
  channelId: string | null;
}

export { localeOf };
const zoneOf = teamZone;

interface TeamClock {
  kind: PeriodKind;
  zone: string;
  current: Period;
}

async function clockOf(deps: ScorecardDeps, team: Team, now: Date): Promise<TeamClock> {
  const kind = await deps.scorecards.periodKind(team.id);
  const zone = zoneOf(team, deps.defaultTimeZone);
  return { kind, zone, current: periodAt(now, kind, zone) };
}

/**
 * The team's template versions; a team without one gets the default template from the
 * study, in its language, from the current period on.
 */
export async function ensureTemplate(deps: ScorecardDeps, team: Team, now: Date): Promise<TemplateVersion[]> {
  const versions = await deps.scorecards.versions(team.id);
  if (versions.length > 0) return versions;
  const locale = chooseLocale(null, team.defaultLocale);
  const { current } = await clockOf(deps, team, now);
  await deps.scorecards.createFirstVersion(team.id, {
    effectiveFrom: current,
    note: t(locale, 'scorecard.default.note'),
    metrics: defaultMetrics(locale),
  });
  return deps.scorecards.versions(team.id);
}

/** The actor's team, by the one policy (resolveTeam): the channel's, else their only one. */
const teamOf = (deps: ScorecardDeps, actor: ScorecardActor) =>
  requireTeam(deps.teams, actor, { channelId: actor.channelId });

/**
 * A team the actor leads, by the one policy: the channel's, else their only one, else the only
 * one where `fits` holds. Anyone who leads no team is refused with `refusal`.
 */
const ledTeam = (
  deps: ScorecardDeps,
  actor: ScorecardActor,
  refusal: MessageKey,
  fits?: (team: Team) => Promise<boolean>,
) =>
  requireTeam(deps.teams, actor, {
    channelId: actor.channelId,
    among: (m) => isLeader(m.member),
    refusal,
    ...(fits && { fits: (m) => fits(m.team) }),
  });

const requireLeaderOf = (deps: ScorecardDeps, teamId: string, actor: Actor) =>
  requireLeaderOfTeam(deps.teams, teamId, actor);

/** A period typed by a person, in the team's kind; the current one when none was typed. */
export function resolvePeriod(text: string | undefined, clock: TeamClock): Period {
  if (!text) return clock.current;
  const upper = text.toUpperCase();
  if (kindOfPeriod(upper) !== clock.kind)
    throw new AppError('USAGE', 'scorecard.error.period', { value: quoted(text), example: clock.current });
  return upper;
}

async function activeMember(deps: ScorecardDeps, team: Team, slackUserId: string): Promise<Member> {
  const member = await deps.teams.findMember(team.id, slackUserId);
  if (!member?.active) throw new AppError('NOT_MEMBER', 'scorecard.error.not_member', { user: slackUserId });
  return member;
}

export interface MemberCard {
  member: Member;
  score: CardScore;
}

export interface ScorecardView {
  team: Team;
  period: Period;
  current: Period;
  template: TemplateVersion;
  cards: MemberCard[];
}

/** Each member's card for the period: entered values, key results' latest values, check-in rates. */
async function cardsFor(
  deps: ScorecardDeps,
  template: TemplateVersion,
  period: Period,
  members: Member[],
  zone: string,
): Promise<MemberCard[]> {
  if (members.length === 0) return [];
  const memberIds = members.map((m) => m.id);
  const stored = await deps.scorecards.values({ metricIds: template.metrics.map((m) => m.id), period, memberIds });
  const entered = new Map(stored.map((v) => [`${v.memberId}|${v.metricId}`, v.value]));
  const keyResultIds = [
    ...new Set(template.metrics.flatMap((m) => (m.source === 'key_result' && m.keyResultId ? [m.keyResultId] : []))),
  ];
  const keyResults =
    keyResultIds.length > 0
      ? await deps.scorecards.latestKeyResultValues(keyResultIds, periodEndInstant(period, zone))
      : new Map<string, number>();
  const owners =
    keyResultIds.length > 0 ? await deps.scorecards.keyResultOwners(keyResultIds) : new Map<string, string>();
  const rates = template.metrics.some((m) => m.source === 'checkin_rate')
    ? await deps.scorecards.participation(memberIds, periodStart(period), periodEnd(period))
    : new Map();
  return members.map((member) => {
    const metricValue = (metric: Metric): number | null | typeof NOT_APPLICABLE => {
      switch (metric.source) {
        case 'manual':
          return entered.get(`${member.id}|${metric.id}`) ?? null;
        case 'key_result':
          // A key result is one person's: it counts on its owner's card only, n/a on the others'.
          if (!metric.keyResultId || owners.get(metric.keyResultId) !== member.id) return NOT_APPLICABLE;
          return keyResults.get(metric.keyResultId) ?? null;
        case 'checkin_rate': {
          const rate = rates.get(member.id);
          return rate && rate.sent > 0 ? (rate.answered / rate.sent) * 100 : null;
        }
      }
    };
    return { member, score: scoreCard(template.metrics, metricValue) };
  });
}

async function viewOf(deps: ScorecardDeps, team: Team, periodText: string | undefined, now: Date) {
  const clock = await clockOf(deps, team, now);
  const period = resolvePeriod(periodText, clock);
  const versions = await ensureTemplate(deps, team, now);
  const template = templateFor(versions, period)!;
  return { clock, period, template };
}

/** `/scorecard`: the asker's own card, in their team. */
export async function myScorecard(
  deps: ScorecardDeps,
  actor: ScorecardActor,
  periodText: string | undefined,
  now: Date,
): Promise<ScorecardView> {
  const { team, member } = await teamOf(deps, actor);
  const { clock, period, template } = await viewOf(deps, team, periodText, now);
  return {
    team,
    period,
    current: clock.current,
    template,
    cards: await cardsFor(deps, template, period, [member], clock.zone),
  };
}

/**
 * `/scorecard @someone`: one's own card for anyone; someone else's only for a leader of
 * their team. A member asking about another is refused before anything is looked up.
 */
export async function memberScorecard(
  deps: ScorecardDeps,
  actor: ScorecardActor,
  targetSlackId: string,
  periodText: string | undefined,
  now: Date,
): Promise<ScorecardView> {
  if (targetSlackId === actor.slackUserId) return myScorecard(deps, actor, periodText, now);
  const { team } = await ledTeam(
    deps,
    actor,
    'scorecard.error.own_only',
    async (t) => (await deps.teams.findMember(t.id, targetSlackId))?.active === true,
  );
  const member = await activeMember(deps, team, targetSlackId);
  const { clock, period, template } = await viewOf(deps, team, periodText, now);
  return {
    team,
    period,
    current: clock.current,
    template,
    cards: await cardsFor(deps, template, period, [member], clock.zone),
  };
}

export interface TeamView extends ScorecardView {
  summary: TeamScore;
}

/** `/scorecard team`: every member's card and the team's means, for its leaders only. */
export async function teamScorecard(
  deps: ScorecardDeps,
  actor: ScorecardActor,
  periodText: string | undefined,
  now: Date,
): Promise<TeamView> {
  const { team } = await ledTeam(deps, actor, 'scorecard.error.team_leaders_only');
  return teamSummary(deps, team, periodText, now);
}

/**
 * A team's cards and means for a period, without asking who wants them: for the digest and
 * other internal readers. Leaders are listed only when they have a value of their own.
 */
export async function teamSummary(
  deps: ScorecardDeps,
  team: Team,
  periodText: string | undefined,
  now: Date,
): Promise<TeamView> {
  const { clock, period, template } = await viewOf(deps, team, periodText, now);
  const cards = await teamCards(deps, template, period, await deps.teams.activeMembers(team.id), clock.zone);
  return { team, period, current: clock.current, template, cards, summary: teamScore(cards.map((c) => c.score)) };
}

/** The team's cards of a period: leaders' only when they have a value of their own. */
const teamCards = async (...args: Parameters<typeof cardsFor>): Promise<MemberCard[]> =>
  (await cardsFor(...args)).filter(
    (card) => card.member.role !== 'leader' || card.score.missing < card.score.applicable,
  );

export interface TemplateHistory {
  team: Team;
  current: Period;
  versions: TemplateVersion[];
  inEffect: TemplateVersion;
  pending: TemplateVersion | null;
  /** Slack ids of the leaders who made each version, by member id. */
  authors: Map<string, string>;
}

/** `/scorecard history`: every version with its period and note; open to the whole team. */
export async function templateHistory(deps: ScorecardDeps, actor: ScorecardActor, now: Date): Promise<TemplateHistory> {
  const { team } = await teamOf(deps, actor);
  const clock = await clockOf(deps, team, now);
  const versions = await ensureTemplate(deps, team, now);
  const authors = new Map<string, string>();
  for (const id of new Set(versions.flatMap((v) => (v.createdById ? [v.createdById] : [])))) {
    const author = await deps.teams.findMemberById(id);
    if (author) authors.set(id, author.slackUserId);
  }
  return {
    team,
    current: clock.current,
    versions,
    inEffect: templateFor(versions, clock.current)!,
    pending: pendingVersion(versions, clock.current),
    authors,
  };
}

export interface TemplateEditor {
  team: Team;
  locale: Locale;
  /** The version being changed: the pending one if there is one, else the one in effect. */
  base: TemplateVersion;
  pending: boolean;
  effectiveFrom: Period;
  text: string;
  /** This period, and the version it is scored on (which the change leaves alone). */
  current: Period;
  inEffect: TemplateVersion;
  /** The team's accepted key results of open goals: what a `key_result:<id>` metric may name. */
  keyResults: Array<{ id: string; title: string }>;
}

/** `/scorecard template`: what the leader's editor starts from, and when a change takes effect. */
export async function openTemplateEditor(
  deps: ScorecardDeps,
  actor: ScorecardActor,
  now: Date,
): Promise<TemplateEditor> {
  const { team, member } = await ledTeam(deps, actor, 'common.error.not_leader');
  const clock = await clockOf(deps, team, now);
  const versions = await ensureTemplate(deps, team, now);
  const effectiveFrom = nextPeriod(clock.current);
  const pending = versions.find((v) => v.effectiveFrom === effectiveFrom) ?? null;
  const inEffect = templateFor(versions, clock.current)!;
  const base = pending ?? inEffect;
  const keyResults = await deps.scorecards.openKeyResults(team.id);
  return {
    team,
    locale: localeOf(member, team),
    base,
    pending: pending !== null,
    effectiveFrom,
    text: templateText(base.metrics),
    current: clock.current,
    inEffect,
    keyResults,
  };
}

export type TemplateField = 'metrics' | 'note';
export type SaveTemplateResult =
  | { ok: true; template: TemplateVersion; created: boolean; effectiveFrom: Period }
  | { ok: false; problems: Array<TemplateProblem & { field: TemplateField }> };

/**
 * A leader's change to the template: checked line by line (weights add up to 100, key
 * results belong to the team, a note is written), then saved as the version that starts
 * next period. A second change in the same period updates that pending version (same
 * number, note replaced); periods already begun keep their version.
 */
export async function saveTemplate(
  deps: ScorecardDeps,
  input: Actor & { teamId: string; text: string; note: string; now: Date },
): Promise<SaveTemplateResult> {
  const { team, leader } = await requireLeaderOf(deps, input.teamId, input);
  const problems: Array<TemplateProblem & { field: TemplateField }> = [];
  const parsed = parseTemplateText(input.text);
  let metrics: MetricDraft[] = [];
  if (!parsed.ok) problems.push(...parsed.problems.map((p) => ({ ...p, field: 'metrics' as const })));
  else {
    metrics = parsed.metrics;
    const weights = weightProblem(metrics);
    if (weights) problems.push({ ...weights, field: 'metrics' });
    const wanted = metrics.flatMap((m) => (m.keyResultId ? [m.keyResultId] : []));
    if (wanted.length > 0) {
      const known = new Set((await deps.scorecards.keyResultsOfTeam(team.id, wanted)).map((kr) => kr.id));
      metrics.forEach((metric, i) => {
        const row = parsed.rows[i] ?? 0;
        if (metric.keyResultId && !known.has(metric.keyResultId)) {
          problems.push({
            row,
            field: 'metrics',
            messageKey: 'scorecard.template.error.key_result_unknown',
            params: { row, value: quoted(metric.keyResultId) },
          });
        }
      });
    }
  }
  const note = noteProblem(input.note);
  if (note) problems.push({ ...note, field: 'note' });
  if (problems.length > 0) return { ok: false, problems };

  await ensureTemplate(deps, team, input.now);
  const clock = await clockOf(deps, team, input.now);
  const effectiveFrom = nextPeriod(clock.current);
  const saved = await deps.scorecards.saveVersion(team.id, {
    effectiveFrom,
    note: input.note.trim(),
    createdById: leader.id,
    metrics,
  });
  if (!saved) throw new AppError('TEMPLATE_CONFLICT', 'scorecard.template.error.conflict', { period: effectiveFrom });
  const { template, created } = saved;
  return { ok: true, template, created, effectiveFrom };
}

/**
 * `/scorecard period month|quarter`: how the team's scorecards are divided from now on.
 * Values and versions are stored under period names of the old kind, so a change may only
 * start at a period boundary: it is refused while any value, or any version a leader made,
 * belongs to the current period (of either kind: a new quarter may have begun months ago)
 * or a later one. Earlier periods keep their names and values.
 */
export async function changePeriodKind(
  deps: ScorecardDeps,
  actor: ScorecardActor,
  kind: PeriodKind,
  now: Date,
): Promise<{ team: Team; current: Period; kind: PeriodKind; outcome: 'changed' | 'unchanged' | 'refused' }> {
  const { team } = await ledTeam(deps, actor, 'common.error.not_leader');
  const versions = await ensureTemplate(deps, team, now);
  const clock = await clockOf(deps, team, now);
  if (clock.kind === kind) return { team, current: clock.current, kind, outcome: 'unchanged' };
  const next = periodAt(now, kind, clock.zone);
  const from = comparePeriods(next, clock.current) < 0 ? next : clock.current;
  const begun = (period: Period) => comparePeriods(period, from) >= 0;
  const periods = await deps.scorecards.valuePeriods(team.id);
  if (periods.some(begun) || versions.some((v) => v.createdById !== null && begun(v.effectiveFrom))) {
    return { team, current: clock.current, kind: clock.kind, outcome: 'refused' };
  }
  await deps.scorecards.setPeriodKind(team.id, kind);
  return { team, current: next, kind, outcome: 'changed' };
}

export interface ValueEditor {
  team: Team;
  member: Member;
  period: Period;
  template: TemplateVersion;
  card: CardScore;
}

function checkEnterable(period: Period, clock: TeamClock): void {
  if (comparePeriods(period, clock.current) > 0)
    throw new AppError('PERIOD_FUTURE', 'scorecard.error.future', { period, current: clock.current });
}

/** `/scorecard enter @member [period]`: a leader's form of that member's values for the period. */
export async function openValueEditor(
  deps: ScorecardDeps,
  actor: ScorecardActor,
  targetSlackId: string,
  periodText: string | undefined,
  now: Date,
): Promise<ValueEditor> {
  const { team } = await ledTeam(
    deps,
    actor,
    'common.error.not_leader',
    async (t) => (await deps.teams.findMember(t.id, targetSlackId))?.active === true,
  );
  const member = await activeMember(deps, team, targetSlackId);
  const { clock, period, template } = await viewOf(deps, team, periodText, now);
  checkEnterable(period, clock);
  const [card] = await cardsFor(deps, template, period, [member], clock.zone);
  return { team, member, period, template, card: card!.score };
}

export interface ValueProblem {
  metricKey: string;
  messageKey: MessageKey;
  params: Record<string, string | number>;
}

export type SaveValuesResult =
  | { ok: true; written: number; member: Member; period: Period }
  | { ok: false; problems: ValueProblem[] };

/**
 * The leader's values from the form, per metric key: a number of 0 or more, or empty to
 * clear it. Only metrics a leader enters are taken; all are written together or none.
 */
export async function saveValues(
  deps: ScorecardDeps,
  input: Actor & {
    teamId: string;
    memberId: string;
    period: Period;
    raw: Record<string, string | null | undefined>;
    now: Date;
  },
): Promise<SaveValuesResult> {
  const { team, leader } = await requireLeaderOf(deps, input.teamId, input);
  const member = await deps.teams.findMemberById(input.memberId);
  if (!member?.active || member.teamId !== team.id)
    throw new AppError('NOT_MEMBER', 'scorecard.error.not_member', { user: member?.slackUserId ?? '?' });
  const clock = await clockOf(deps, team, input.now);
  const period = resolvePeriod(input.period, clock);
  checkEnterable(period, clock);
  const template = templateFor(await ensureTemplate(deps, team, input.now), period)!;
  const problems: ValueProblem[] = [];
  const writes: ValueWrite[] = [];
  for (const metric of template.metrics) {
    if (metric.source !== 'manual' || !Object.hasOwn(input.raw, metric.key)) continue;
    const text = (input.raw[metric.key] ?? '').trim();
    if (text === '') {
      writes.push({
        teamId: team.id,
        metricId: metric.id,
        memberId: member.id,
        period,
        value: null,
        enteredById: leader.id,
      });
      continue;
    }
    const value = numberSchema.safeParse(text);
    if (!value.success)
      problems.push({
        metricKey: metric.key,
        messageKey: 'scorecard.enter.error.value',
        params: { value: quoted(text) },
      });
    else
      writes.push({
        teamId: team.id,
        metricId: metric.id,
        memberId: member.id,
        period,
        value: value.data,
        enteredById: leader.id,
      });
  }
  if (problems.length > 0) return { ok: false, problems };
  await deps.scorecards.writeValues(writes);
  return { ok: true, written: writes.filter((w) => w.value !== null).length, member, period };
}

export const isCsvFile = (file: { name: string; filetype: string }) =>
  file.filetype.toLowerCase() === 'csv' || /\.csv$/i.test(file.name);

export interface CsvImportDeps extends ScorecardDeps {
  files: FileSource;
  notifier: ScorecardNotifier;
  /** Slack calls already made, so a retried import does not ask Slack for the file again. */
  effects: EffectLog;
}

export type CsvImportOutcome = 'applied' | 'rejected' | 'ignored' | 'refused';

/**
 * A CSV of values shared by a leader. Only a DM with Hexin imports it: a file in a channel
 * shows every member's scores to everyone there, so it is never read, and a leader who
 * shared one is asked by DM to delete it and upload it in the DM instead. A leader of
 * several teams names the team in a first column `team` (its home channel). The whole file
 * is checked first; any bad row rejects it all (nothing is stored) and the uploader is told
 * every problem with its row. A good file is written in one transaction.
 */
export async function importScorecardCsv(
  deps: CsvImportDeps,
  input: {
    workspaceId: string;
    fileId: string;
    uploaderSlackId: string;
    /** Shared in the uploader's direct conversation with Hexin, where only they see it. */
    inDm: boolean;
    now: Date;
  },
): Promise<CsvImportOutcome> {
  const { inDm } = input;
  const uploader = { workspaceId: input.workspaceId, slackUserId: input.uploaderSlackId };
  const memberships = (await deps.teams.membershipsOf(input.workspaceId, input.uploaderSlackId)).filter(
    (m) => m.member.active,
  );
  const led = memberships.filter((m) => isLeader(m.member));
  const tell = (locale: Locale, report: Parameters<ScorecardNotifier['tellUploader']>[1]) =>
    deps.notifier.tellUploader({ ...uploader, locale }, report);
  const first = led[0] ?? memberships[0];
  const fallbackLocale = first ? localeOf(first.member, first.team) : 'en';

  // Someone else's file in a channel, or a member's: nothing of ours.
  if (!inDm && led.length === 0) return 'ignored';
  // Asked once: a retry (the notice below was delayed) does not spend the gate on it again.
  const file = await deps.effects.once(`scorecard-file:${input.fileId}`, async () => {
    const found = await deps.files.info(input.workspaceId, input.fileId);
    return found && { ...found };
  });
  if (!file) return 'ignored';
  if (!isCsvFile(file)) {
    if (!inDm || led.length === 0) return 'ignored';
    await tell(fallbackLocale, { kind: 'not_csv', fileName: file.name });
    return 'refused';
  }
  if (!inDm) {
    await tell(fallbackLocale, { kind: 'in_channel', fileName: file.name });
    return 'refused';
  }
  if (led.length === 0) {
    await tell(fallbackLocale, { kind: 'not_leader' });
    return 'refused';
  }
  const tooLarge = { kind: 'too_large' as const, fileName: file.name, maxKb: CSV_LIMITS.bytes / 1024 };
  if (file.size > CSV_LIMITS.bytes) {
    await tell(fallbackLocale, tooLarge);
    return 'refused';
  }
  let text: string;
  try {
    text = await deps.files.download(file, CSV_LIMITS.bytes);
  } catch (error) {
    if (!(error instanceof FileTooLarge)) throw error;
    await tell(fallbackLocale, tooLarge);
    return 'refused';
  }

  const named = csvTeam(text);
  let chosen: { team: Team; member: Member } | undefined;
  if (named.kind === 'problem') {
    await tell(fallbackLocale, { kind: 'team_rejected', fileName: file.name, problems: [named.problem] });
    return 'rejected';
  } else if (named.kind === 'named') {
    const ref = channelRef(named.value);
    chosen = ref
      ? led.find((m) =>
          'id' in ref ? m.team.homeChannelId === ref.id : m.team.name.toLowerCase() === ref.name.toLowerCase(),
        )
      : undefined;
    if (!chosen) {
      const problem: CsvProblem = {
        row: named.row,
        messageKey: 'scorecard.csv.error.team',
        params: { row: named.row, value: quoted(named.value) },
      };
      await tell(fallbackLocale, { kind: 'team_rejected', fileName: file.name, problems: [problem] });
      return 'rejected';
    }
  } else if (led.length === 1) chosen = led[0];
  else {
    await tell(fallbackLocale, { kind: 'several_teams', teams: led.map((m) => m.team.name) });
    return 'refused';
  }
  const { team, member } = chosen!;
  const locale = localeOf(member, team);

  const clock = await clockOf(deps, team, input.now);
  const versions = await ensureTemplate(deps, team, input.now);
  const members = new Map((await deps.teams.activeMembers(team.id)).map((m) => [m.slackUserId, m.id]));
  const read = readScorecardCsv(text, { periodKind: clock.kind, currentPeriod: clock.current, members, versions });
  if (!read.ok) {
    await tell(locale, { kind: 'rejected', fileName: file.name, problems: read.problems, team: team.name });
    return 'rejected';
  }
  await deps.scorecards.writeValues(
    read.entries.map((e) => ({
      teamId: team.id,
      metricId: e.metricId,
      memberId: e.memberId,
      period: e.period,
      value: e.value,
      enteredById: member.id,
    })),
  );
  const periods = [...new Set(read.entries.map((e) => e.period))].sort(comparePeriods);
  await tell(locale, {
    kind: 'applied',
    fileName: file.name,
    count: read.entries.length,
    members: new Set(read.entries.map((e) => e.memberId)).size,
    periods,
    team: team.name,
  });
  return 'applied';
}

export type { CsvProblem };

/**
 * My own card of the team's current period, for my App Home (nobody else's is ever read here).
 * Only read: a team that has never used scorecards shows none, and gets no template from it.
 */
export async function homeScorecard(
  deps: ScorecardDeps,
  team: Team,
  member: Member,
  now: Date,
): Promise<{ period: Period; card: MemberCard | null }> {
  const clock = await clockOf(deps, team, now);
  const template = templateFor(await deps.scorecards.versions(team.id), clock.current);
  if (!template) return { period: clock.current, card: null };
  const [card] = await cardsFor(deps, template, clock.current, [member], clock.zone);
  return { period: clock.current, card: card ?? null };
}

/**
 * The team's weighted mean this period and the one before, for the leader's digest: null when
 * neither is scored, or the team has never used scorecards (a digest creates no template).
 */
export async function scoreMovement(
  deps: ScorecardDeps,
  team: Team,
  now: Date,
): Promise<{ period: Period; total: number | null; previousPeriod: Period; previousTotal: number | null } | null> {
  const versions = await deps.scorecards.versions(team.id);
  if (versions.length === 0) return null;
  // Read once for both periods: every team's digest asks this each week.
  const [clock, members] = await Promise.all([clockOf(deps, team, now), deps.teams.activeMembers(team.id)]);
  const before = previousPeriod(clock.current);
  const totalOf = async (period: Period) => {
    const cards = await teamCards(deps, templateFor(versions, period)!, period, members, clock.zone);
    return teamScore(cards.map((c) => c.score)).total;
  };
  const [total, previousTotal] = await Promise.all([totalOf(clock.current), totalOf(before)]);
  if (total === null && previousTotal === null) return null;
  return { period: clock.current, total, previousPeriod: before, previousTotal };
}
