import { z } from 'zod';
import type { MessageKey } from '../../i18n/index.ts';
import type { TemplateVersion } from './model.ts';
import { comparePeriods, kindOfPeriod, type Period, type PeriodKind } from './period.ts';
import { numberSchema, quoted } from './template.ts';
import { templateFor } from './versions.ts';
import { CHANNEL_MENTION, SLACK_CHANNEL_ID, SLACK_USER_ID, USER_MENTION } from '../../shared/slack-ids.ts';

/** Uploads are small tables; anything bigger is refused before it is read. */
export const CSV_LIMITS = { bytes: 512 * 1024, rows: 5000, field: 64 } as const;

export const CSV_COLUMNS = ['member', 'period', 'metric', 'value'] as const;
/** The same header in Chinese, for a sheet made in a Chinese spreadsheet. */
const CSV_COLUMNS_ZH = ['成员', '周期', '指标', '数值'] as const;
/** An optional first column naming the team (its home channel), for leaders of several teams. */
const TEAM_COLUMN = ['team', '团队'] as const;

type CsvRow = { row: number; fields: string[] };

/** Records → trimmed rows with their spreadsheet row numbers, blank rows left out. */
const rowsOf = (records: string[][]): CsvRow[] =>
  records
    .map((fields, index) => ({ row: index + 1, fields: fields.map((f) => f.trim()) }))
    .filter((r) => r.fields.some((f) => f !== ''));

const hasTeamColumn = (header: CsvRow | undefined) =>
  (TEAM_COLUMN as readonly string[]).includes(header?.fields[0]?.toLowerCase() ?? '');

/**
 * The team a file names in its optional first column `team`: none when there is no such
 * column, else the one text every row gives (a channel mention, id or #name), or the row
 * that names a second team. Unreadable files answer `none`: readScorecardCsv reports them.
 */
export function csvTeam(
  text: string,
): { kind: 'none' } | { kind: 'named'; value: string; row: number } | { kind: 'problem'; problem: CsvProblem } {
  const records = parseCsvRecords(text);
  if (!records) return { kind: 'none' };
  const [header, ...rows] = rowsOf(records);
  if (!hasTeamColumn(header)) return { kind: 'none' };
  let named: { value: string; row: number } | null = null;
  for (const { row, fields } of rows) {
    const value = fields[0] ?? '';
    if (!named) named = { value, row };
    else if (value !== named.value)
      return {
        kind: 'problem',
        problem: { row, messageKey: 'scorecard.csv.error.team_mixed', params: { row, first: named.row } },
      };
  }
  return named ? { kind: 'named', ...named } : { kind: 'none' };
}

/** The shortest text in a CSV's team column taken as a bare channel id (Slack's are longer still). */
const CHANNEL_ID_MIN = 7;

/** `<#C123>`, `<#C123|name>`, `C1234567`, `#name` or `name` → the channel id, or the name without "#". */
export function channelRef(text: string): { id: string } | { name: string } | null {
  const mention = CHANNEL_MENTION.exec(text);
  if (mention) return { id: mention[1]! };
  // Real channel ids are nine characters or more: "GZ" or "CORE" in the column is a team's name.
  if (SLACK_CHANNEL_ID.test(text) && text.length >= CHANNEL_ID_MIN) return { id: text };
  const name = text.replace(/^#/, '').trim();
  return name === '' || Array.from(name).length > CSV_LIMITS.field ? null : { name };
}

export interface CsvProblem {
  /** The spreadsheet row: the header is row 1, the first value row 2. Null: the file as a whole. */
  row: number | null;
  messageKey: MessageKey;
  params: Record<string, string | number>;
}

/**
 * RFC 4180 text → records. Fields may be quoted ("a, b"), with "" for a quote inside; a
 * quoted field may span lines. Returns null when a quote is never closed.
 */
export function parseCsvRecords(text: string): string[][] | null {
  const records: string[][] = [];
  let record: string[] = [];
  let field = '';
  let quoted = false;
  let fieldStarted = false;
  const endField = () => {
    record.push(field);
    field = '';
    fieldStarted = false;
  };
  const endRecord = () => {
    endField();
    records.push(record);
    record = [];
  };
  const source = text.replace(/^\uFEFF/, '');
  for (let i = 0; i < source.length; i += 1) {
    const char = source[i]!;
    if (quoted) {
      if (char === '"' && source[i + 1] === '"') {
        field += '"';
        i += 1;
      } else if (char === '"') quoted = false;
      else field += char;
      continue;
    }
    if (char === '"' && !fieldStarted && field === '') {
      quoted = true;
      fieldStarted = true;
    } else if (char === ',') endField();
    else if (char === '\n') endRecord();
    else if (char === '\r') {
      if (source[i + 1] !== '\n') endRecord();
    } else {
      field += char;
      fieldStarted = true;
    }
  }
  if (quoted) return null;
  if (field !== '' || record.length > 0) endRecord();
  return records;
}

/** `U123`, `<@U123>` or `<@U123|name>` → U123. */
const memberSchema = z
  .string()
  .trim()
  .transform((text) => USER_MENTION.exec(text)?.[1] ?? text)
  .pipe(z.string().regex(SLACK_USER_ID));

export interface CsvContext {
  periodKind: PeriodKind;
  /** No values for a period that has not begun. */
  currentPeriod: Period;
  /** The team's active members: Slack id → member id. */
  members: ReadonlyMap<string, string>;
  versions: readonly TemplateVersion[];
}

export interface CsvEntry {
  row: number;
  memberId: string;
  metricId: string;
  period: Period;
  value: number;
}

export type CsvResult = { ok: true; entries: CsvEntry[] } | { ok: false; problems: CsvProblem[] };

/**
 * Reads an upload of `member,period,metric,value` rows. Every row is checked before anything
 * is written, and every problem is reported with its row, so a file is applied whole or not
 * at all.
 */
export function readScorecardCsv(text: string, context: CsvContext): CsvResult {
  const records = parseCsvRecords(text);
  if (!records) return { ok: false, problems: [{ row: null, messageKey: 'scorecard.csv.error.quote', params: {} }] };
  let rows = rowsOf(records);
  // The optional `team` column was read by csvTeam(); the values are the four after it.
  if (hasTeamColumn(rows[0])) rows = rows.map((r) => ({ row: r.row, fields: r.fields.slice(1) }));
  const header = rows.shift();
  const expected = CSV_COLUMNS.join(',');
  const written = header?.fields.map((f) => f.toLowerCase()).join(',');
  if (!header || (written !== expected && written !== CSV_COLUMNS_ZH.join(','))) {
    return {
      ok: false,
      problems: [
        {
          row: header?.row ?? 1,
          messageKey: 'scorecard.csv.error.header',
          params: { row: header?.row ?? 1, expected },
        },
      ],
    };
  }
  if (rows.length === 0)
    return { ok: false, problems: [{ row: null, messageKey: 'scorecard.csv.error.empty', params: {} }] };
  if (rows.length > CSV_LIMITS.rows)
    return {
      ok: false,
      problems: [
        { row: null, messageKey: 'scorecard.csv.error.too_many', params: { max: CSV_LIMITS.rows, count: rows.length } },
      ],
    };

  const problems: CsvProblem[] = [];
  const entries: CsvEntry[] = [];
  const seen = new Map<string, number>();
  for (const { row, fields } of rows) {
    const problem = (messageKey: MessageKey, params: Record<string, string | number> = {}) =>
      problems.push({ row, messageKey, params: { row, ...params } });
    if (fields.length !== CSV_COLUMNS.length) {
      problem('scorecard.csv.error.columns', { count: fields.length });
      continue;
    }
    const [memberText = '', period = '', metricKey = '', valueText = ''] = fields;
    const long = fields.find((f) => Array.from(f).length > CSV_LIMITS.field);
    if (long !== undefined) {
      problem('scorecard.csv.error.field_too_long', { max: CSV_LIMITS.field, length: Array.from(long).length });
      continue;
    }
    const before = problems.length;
    const slackId = memberSchema.safeParse(memberText);
    const memberId = slackId.success ? context.members.get(slackId.data) : undefined;
    if (!slackId.success) problem('scorecard.csv.error.member', { value: quoted(memberText) });
    else if (!memberId) problem('scorecard.csv.error.not_member', { value: slackId.data });

    let metricId: string | undefined;
    if (kindOfPeriod(period) !== context.periodKind)
      problem('scorecard.csv.error.period', { value: quoted(period), example: context.currentPeriod });
    else if (comparePeriods(period, context.currentPeriod) > 0)
      problem('scorecard.csv.error.future', { value: period });
    else {
      const template = templateFor(context.versions, period);
      const metric = template?.metrics.find((m) => m.key === metricKey);
      if (!metric)
        problem('scorecard.csv.error.metric', {
          value: quoted(metricKey),
          period,
          keys:
            template?.metrics
              .filter((m) => m.source === 'manual')
              .map((m) => m.key)
              .join(', ') ?? '',
        });
      else if (metric.source !== 'manual') problem('scorecard.csv.error.derived', { value: metric.key });
      else metricId = metric.id;
    }
    const value = numberSchema.safeParse(valueText);
    if (!value.success) problem('scorecard.csv.error.value', { value: quoted(valueText) });
    if (problems.length > before || !memberId || !metricId || !value.success) continue;

    const key = `${memberId}|${period}|${metricId}`;
    const first = seen.get(key);
    if (first !== undefined) {
      problem('scorecard.csv.error.repeated', { first });
      continue;
    }
    seen.set(key, row);
    entries.push({ row, memberId, metricId, period, value: value.data });
  }
  return problems.length > 0 ? { ok: false, problems } : { ok: true, entries };
}
