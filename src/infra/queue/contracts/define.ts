import type { z } from 'zod';

/** A job's payload schema and its deterministic id (BullMQ ids may not contain ":"). */
export interface JobContract<S extends z.ZodType> {
  schema: S;
  id(data: z.infer<S>): string;
}

export const defineJob = <S extends z.ZodType>(schema: S, id: (data: z.infer<S>) => string): JobContract<S> => ({
  schema,
  id,
});
