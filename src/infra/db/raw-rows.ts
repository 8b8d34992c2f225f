import type {
  CheckinAnswer,
  CheckinPrompt,
  Goal,
  KeyResult,
  KeyResultUpdate,
  Member,
  Team,
} from './generated/client.ts';

/**
 * Hand-written SQL for the busiest reads and writes. A query through Prisma's model API costs
 * about 1 ms of the main thread (its query compiler runs as WebAssembly there), a `$queryRaw`
 * about a quarter of that, and less again when each row of a model comes as one JSON column
 * instead of one column per field (node-postgres sets up every column of every result anew).
 * The /checkin command and each check-in prompt make several such queries. Outside a unit of
 * work they run on node-postgres itself, inside one on its transaction (unit-of-work.ts).
 *
 * A row selected as `row_to_json(alias)` has every column of its table; `modelFrom` turns it
 * into what the model API returns, which differs in dates: JSON has them as text (and a float's
 * NaN or Infinity, which Hexin never stores). Each model read this way lists its date fields
 * below, and the build checks that the list is complete. test/integration/raw-rows.test.ts
 * compares every raw query with the model API's on both databases, except the digest's: its
 * facts are one statement of many parts, tested against rows placed on both sides of each bound
 * (test/integration/digest-store.test.ts).
 *
 * No Date goes in as a value (rawThrough refuses one): node-postgres would send local time,
 * which a `timestamp` column keeps without its offset. Pass `iso::timestamptz AT TIME ZONE 'UTC'`.
 */

/** The fields of a model that hold a date (or no date). */
type DateFields<Model> = {
  [K in keyof Model]-?: Model[K] extends Date | null ? (Date extends Model[K] ? K : never) : never;
}[keyof Model];

/** A model's date fields, all of them: a field added to the schema and missing here fails the build. */
function dateFields<Model>() {
  return <const Listed extends ReadonlyArray<DateFields<Model>>>(
    listed: Listed &
      (Exclude<DateFields<Model>, Listed[number]> extends never
        ? unknown
        : { missing: Exclude<DateFields<Model>, Listed[number]> }),
  ): ReadonlyArray<string> => listed as ReadonlyArray<string>;
}

export const MODEL_DATES = {
  member: dateFields<Member>()(['joinedAt', 'leftAt', 'profileSyncedAt']),
  team: dateFields<Team>()(['createdAt']),
  checkinAnswer: dateFields<CheckinAnswer>()(['submittedAt', 'editedAt']),
  checkinPrompt: dateFields<CheckinPrompt>()(['sentAt', 'snoozedUntil', 'reminderSentAt', 'createdAt']),
  goal: dateFields<Goal>()(['createdAt', 'closedAt']),
  keyResult: dateFields<KeyResult>()(['createdAt', 'acceptedAt']),
  keyResultUpdate: dateFields<KeyResultUpdate>()(['createdAt']),
} as const;

/**
 * A model from its row as JSON (`row_to_json(alias)`), or null for the null of a left join that
 * found nothing. PostgreSQL writes a `timestamp` without a zone; Prisma stores those in UTC.
 * The type is the caller's word: the columns of the table are the scalar fields of the model.
 */
export function modelFrom<Model>(json: unknown, dates: ReadonlyArray<string>): Model | null {
  if (json === null || json === undefined) return null;
  const row = { ...(json as Record<string, unknown>) };
  for (const field of dates) {
    const value = row[field];
    if (typeof value === 'string') row[field] = new Date(`${value}Z`);
  }
  return row as Model;
}
