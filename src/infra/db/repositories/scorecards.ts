import type { LocalDate } from '../../../domain/checkins/calendar.ts';
import type {
  Direction,
  Metric,
  MetricDraft,
  MetricKind,
  MetricSource,
  Participation,
  ScorecardStore,
  StoredValue,
  TemplateVersion,
  ValueWrite,
} from '../../../domain/scorecards/model.ts';
import { isPeriodKind, type Period, type PeriodKind } from '../../../domain/scorecards/period.ts';
import type { Db } from '../database.ts';
import { currentClient } from '../unit-of-work.ts';

type TemplateRow = Awaited<ReturnType<Db['scorecardTemplate']['findUniqueOrThrow']>>;
type MetricRow = Awaited<ReturnType<Db['scorecardMetric']['findUniqueOrThrow']>>;
type Tx = Parameters<Parameters<Db['$transaction']>[0]>[0];

const toMetric = (row: MetricRow): Metric => ({
  ...row,
  kind: row.kind as MetricKind,
  direction: row.direction as Direction,
  source: row.source as MetricSource,
});

const toTemplate = (row: TemplateRow & { metrics: MetricRow[] }): TemplateVersion => ({
  ...row,
  metrics: row.metrics.map(toMetric),
});

const metricRows = (templateId: string, metrics: MetricDraft[]) =>
  metrics.map((m, position) => ({
    templateId,
    key: m.key,
    name: m.name,
    kind: m.kind,
    weight: m.weight,
    target: m.target,
    unit: m.unit,
    direction: m.direction,
    source: m.source,
    keyResultId: m.keyResultId,
    position,
  }));

const withMetrics = { metrics: { orderBy: { position: 'asc' as const } } };

/** Rows per statement when a long list of keys is matched. */
const CHUNK = 500;
const chunks = <T>(items: T[]): T[][] =>
  Array.from({ length: Math.ceil(items.length / CHUNK) }, (_, i) => items.slice(i * CHUNK, (i + 1) * CHUNK));

export class PrismaScorecardStore implements ScorecardStore {
  constructor(private readonly root: Db) {}

  /** The open unit of work's transaction, else the root client. */
  private get db(): Db {
    return currentClient(this.root);
  }

  async periodKind(teamId: string): Promise<PeriodKind> {
    const team = await this.db.team.findUnique({ where: { id: teamId }, select: { scorecardPeriod: true } });
    return team && isPeriodKind(team.scorecardPeriod) ? team.scorecardPeriod : 'month';
  }

  async setPeriodKind(teamId: string, kind: PeriodKind): Promise<void> {
    await this.db.team.update({ where: { id: teamId }, data: { scorecardPeriod: kind } });
  }

  async versions(teamId: string): Promise<TemplateVersion[]> {
    const rows = await this.db.scorecardTemplate.findMany({
      where: { teamId },
      include: withMetrics,
      orderBy: { version: 'asc' },
    });
    return rows.map(toTemplate);
  }

  async createFirstVersion(
    teamId: string,
    draft: { effectiveFrom: Period; note: string; metrics: MetricDraft[] },
  ): Promise<void> {
    await this.db.$transaction(async (tx) => {
      // Two first readers race: the unique (teamId, version) lets one create it, the other skips.
      const { count } = await tx.scorecardTemplate.createMany({
        data: [{ teamId, version: 1, effectiveFrom: draft.effectiveFrom, note: draft.note }],
        skipDuplicates: true,
      });
      if (count === 0) return;
      const template = await tx.scorecardTemplate.findUniqueOrThrow({
        where: { teamId_version: { teamId, version: 1 } },
      });
      await tx.scorecardMetric.createMany({ data: metricRows(template.id, draft.metrics) });
    });
  }

  saveVersion(
    teamId: string,
    draft: { effectiveFrom: Period; note: string; createdById: string; metrics: MetricDraft[] },
  ): Promise<{ template: TemplateVersion; created: boolean } | null> {
    return this.db.$transaction(async (tx: Tx) => {
      const { effectiveFrom, note, createdById } = draft;
      const pending = await tx.scorecardTemplate.findUnique({
        where: { teamId_effectiveFrom: { teamId, effectiveFrom } },
      });
      let templateId: string;
      if (pending) {
        // The pending version's period has not begun, so it has no values yet: replace its metrics.
        await tx.scorecardTemplate.update({
          where: { id: pending.id },
          data: { note, createdById, createdAt: new Date() },
        });
        await tx.scorecardMetric.deleteMany({ where: { templateId: pending.id } });
        templateId = pending.id;
      } else {
        const last = await tx.scorecardTemplate.findFirst({
          where: { teamId },
          orderBy: { version: 'desc' },
          select: { version: true },
        });
        const version = (last?.version ?? 0) + 1;
        // Two leaders saving at once: the unique keys let one create it; the other is told (null).
        const { count } = await tx.scorecardTemplate.createMany({
          data: [{ teamId, version, effectiveFrom, note, createdById }],
          skipDuplicates: true,
        });
        if (count === 0) return null;
        templateId = (
          await tx.scorecardTemplate.findUniqueOrThrow({
            where: { teamId_version: { teamId, version } },
            select: { id: true },
          })
        ).id;
      }
      await tx.scorecardMetric.createMany({ data: metricRows(templateId, draft.metrics) });
      const template = await tx.scorecardTemplate.findUniqueOrThrow({
        where: { id: templateId },
        include: withMetrics,
      });
      return { template: toTemplate(template), created: !pending };
    });
  }

  async values(query: { metricIds: string[]; period: Period; memberIds?: string[] }): Promise<StoredValue[]> {
    if (query.metricIds.length === 0) return [];
    return this.db.scorecardValue.findMany({
      where: {
        metricId: { in: query.metricIds },
        period: query.period,
        ...(query.memberIds && { memberId: { in: query.memberIds } }),
      },
      select: { metricId: true, memberId: true, period: true, value: true },
    });
  }

  async writeValues(writes: ValueWrite[]): Promise<void> {
    if (writes.length === 0) return;
    await this.db.$transaction(async (tx: Tx) => {
      // Replace by key: the old rows of these (metric, member, period) go, the new ones come.
      for (const part of chunks(writes)) {
        await tx.scorecardValue.deleteMany({
          where: { OR: part.map(({ metricId, memberId, period }) => ({ metricId, memberId, period })) },
        });
      }
      const rows = writes.flatMap((w) =>
        w.value === null
          ? []
          : [
              {
                teamId: w.teamId,
                metricId: w.metricId,
                memberId: w.memberId,
                period: w.period,
                value: w.value,
                enteredById: w.enteredById,
              },
            ],
      );
      for (const part of chunks(rows)) await tx.scorecardValue.createMany({ data: part });
    });
  }

  keyResultsOfTeam(teamId: string, keyResultIds: string[]): Promise<Array<{ id: string; title: string }>> {
    return this.db.keyResult.findMany({
      where: { id: { in: keyResultIds }, goal: { teamId } },
      select: { id: true, title: true },
    });
  }

  async keyResultOwners(keyResultIds: string[]): Promise<Map<string, string>> {
    if (keyResultIds.length === 0) return new Map();
    const rows = await this.db.keyResult.findMany({
      where: { id: { in: keyResultIds } },
      select: { id: true, ownerId: true, proposerId: true },
    });
    return new Map(rows.map((r) => [r.id, r.ownerId ?? r.proposerId]));
  }

  openKeyResults(teamId: string): Promise<Array<{ id: string; title: string }>> {
    return this.db.keyResult.findMany({
      where: { status: 'accepted', goal: { teamId, status: 'open' } },
      orderBy: [{ createdAt: 'desc' }, { id: 'asc' }],
      take: 100,
      select: { id: true, title: true },
    });
  }

  async valuePeriods(teamId: string): Promise<Period[]> {
    const rows = await this.db.scorecardValue.findMany({
      where: { teamId },
      distinct: ['period'],
      select: { period: true },
    });
    return rows.map((r) => r.period);
  }

  async latestKeyResultValues(keyResultIds: string[], before: Date): Promise<Map<string, number>> {
    const rows = await this.db.keyResultUpdate.findMany({
      where: { keyResultId: { in: keyResultIds }, createdAt: { lt: before } },
      orderBy: [{ keyResultId: 'asc' }, { createdAt: 'desc' }],
      distinct: ['keyResultId'],
      select: { keyResultId: true, value: true },
    });
    return new Map(rows.map((r) => [r.keyResultId, r.value]));
  }

  async participation(memberIds: string[], from: LocalDate, to: LocalDate): Promise<Map<string, Participation>> {
    const range = { memberId: { in: memberIds }, localDate: { gte: from, lte: to } };
    const [prompts, answers] = await Promise.all([
      this.db.checkinPrompt.findMany({
        where: { ...range, sentAt: { not: null } },
        select: { memberId: true, localDate: true },
      }),
      this.db.checkinAnswer.findMany({ where: range, select: { memberId: true, localDate: true } }),
    ]);
    const answered = new Set(answers.map((a) => `${a.memberId}|${a.localDate}`));
    const result = new Map<string, Participation>();
    for (const prompt of prompts) {
      const entry = result.get(prompt.memberId) ?? { sent: 0, answered: 0 };
      entry.sent += 1;
      if (answered.has(`${prompt.memberId}|${prompt.localDate}`)) entry.answered += 1;
      result.set(prompt.memberId, entry);
    }
    return result;
  }
}
