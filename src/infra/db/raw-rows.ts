import { Prisma } from './generated/client.ts';

/**
 * Hand-written SQL for the busiest reads. A query through Prisma's model API costs about 1 ms
 * of the main thread (its query compiler runs as WebAssembly there), a `$queryRaw` about a
 * quarter of that; the /checkin command and each check-in prompt make several. Raw queries run
 * through the same client, so they join the open unit of work like any other.
 *
 * A model's columns come from Prisma's generated list of its scalar fields, so a raw read
 * returns the same fields, with the same values, as the model API would (tested on both
 * databases in test/integration/raw-rows.test.ts).
 */
export type ScalarFields = Readonly<Record<string, string>>;

/** `alias."field" AS "alias.field"` for every scalar field: one model's columns in a join. */
export function columnsOf(alias: string, fields: ScalarFields): Prisma.Sql {
  return Prisma.raw(
    Object.values(fields)
      .map((field) => `${alias}."${field}" AS "${alias}.${field}"`)
      .join(', '),
  );
}

/**
 * The model of `alias` out of a joined row, or null when a left join found none (its id is null).
 * The type is the caller's word: `columnsOf` with the same fields selected exactly these columns.
 */
export function modelOf<Model>(row: Record<string, unknown>, alias: string, fields: ScalarFields): Model | null {
  if (row[`${alias}.id`] === null || row[`${alias}.id`] === undefined) return null;
  return Object.fromEntries(Object.values(fields).map((field) => [field, row[`${alias}.${field}`]])) as Model;
}
