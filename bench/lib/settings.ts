import { z } from 'zod';

/** A bench setting from the environment that cannot be used: the run of that bench stops with this. */
export class BenchSettingsError extends Error {}

/**
 * Reads a bench's settings from the environment when the bench runs (never at import, so a bad
 * value stops only the bench it belongs to), with a message naming each bad variable.
 */
export function benchSettings<Shape extends z.ZodRawShape>(
  shape: Shape,
  env: NodeJS.ProcessEnv = process.env,
): z.infer<z.ZodObject<Shape>> {
  const parsed = z.object(shape).safeParse(env);
  if (parsed.success) return parsed.data;
  const problems = parsed.error.issues.map((issue) => {
    const name = issue.path.join('.');
    return `  ${name}=${JSON.stringify(env[name])}: ${issue.message}`;
  });
  throw new BenchSettingsError(`bad bench settings in the environment:\n${problems.join('\n')}`);
}

/** A whole number from min to max, `fallback` when unset; any other value is refused saying so. */
export function wholeNumber(min: number, max: number, fallback: number) {
  const expected = `expected a whole number from ${min} to ${max} (unset: ${fallback})`;
  return z.coerce.number({ error: expected }).int(expected).min(min, expected).max(max, expected).default(fallback);
}
