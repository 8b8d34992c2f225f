import { z } from 'zod';
import { isTimeZone } from '../shared/time.ts';

/** Where each key is documented for the person fixing it. */
const README_CONFIG = 'README.md#configuration';
const README_SLACK_APP = 'README.md#create-the-slack-app';

const slackToken = (prefix: string) =>
  z.string().regex(new RegExp(`^${prefix}-[A-Za-z0-9-]+$`), `must start with "${prefix}-"`);

const envSchema = z.object({
  SLACK_BOT_TOKEN: slackToken('xoxb'),
  SLACK_SIGNING_SECRET: z.string().min(8, 'must be the signing secret from Basic Information'),
  SLACK_APP_TOKEN: slackToken('xapp').optional(),
  SLACK_API_URL: z.url().default('https://slack.com/api/'),
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, 'must be a postgresql:// URL')
    .optional(),
  PGLITE_DIR: z.string().min(1).default('data/pglite'),
  REDIS_URL: z
    .string()
    .regex(/^rediss?:\/\//, 'must be a redis:// URL')
    .optional(),
  REDIS_DATA_DIR: z.string().min(1).default('data/redis'),
  QUEUE_PREFIX: z
    .string()
    .regex(/^[A-Za-z0-9_{}-]+$/, 'letters, digits, "-", "_" and braces only')
    .default('hexin'),
  SLACK_SENDS_PER_SECOND: z.coerce.number().int().min(1).max(50).default(4),
  /** Calls a minute per workspace of each of Slack's rate tiers (src/infra/queue/slack-tiers.ts); at most 50 a second, like the posts. */
  SLACK_TIER2_PER_MINUTE: z.coerce.number().int().min(1).max(3000).default(20),
  SLACK_TIER3_PER_MINUTE: z.coerce.number().int().min(1).max(3000).default(50),
  SLACK_TIER4_PER_MINUTE: z.coerce.number().int().min(1).max(3000).default(100),
  WORKER_CONCURRENCY: z.coerce.number().int().min(1).max(100).default(8),
  /** How long a job stays claimed by a worker that stopped answering (killed) before another takes it up. */
  WORKER_LOCK_MS: z.coerce.number().int().min(1000).max(600_000).default(30_000),
  DEFAULT_LOCALE: z.enum(['en', 'zh-CN']).default('en'),
  DEFAULT_TIME_ZONE: z
    .string()
    .refine((zone) => isTimeZone(zone), 'must be an IANA time zone such as Asia/Shanghai')
    .default('Asia/Shanghai'),
  ANON_MIN_GROUP: z.coerce.number().int().min(3, 'can never be below 3').default(5),
  /** Seals the way back to anonymous feedback authors; outside the database. Resolved at start-up when unset (src/infra/crypto/route-key.ts). */
  FEEDBACK_ROUTE_KEY: z
    .string()
    .trim()
    .regex(/^[A-Za-z0-9+/]{43}=$/, 'must be base64 of 32 random bytes, e.g. the output of `openssl rand -base64 32`')
    .optional(),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
});

export type Config = Readonly<z.infer<typeof envSchema>>;

export class ConfigError extends Error {
  readonly code = 'CONFIG_INVALID';
  constructor(readonly problems: string[]) {
    super(
      `Hexin cannot start: its configuration is incomplete.\n` +
        problems.map((p) => `  - ${p}`).join('\n') +
        `\nSet these in the environment or in a .env file (see .env.example and ${README_CONFIG}).`,
    );
  }
}

const SLACK_KEYS = new Set(['SLACK_BOT_TOKEN', 'SLACK_SIGNING_SECRET']);

/** Parses the environment once; the only reader of process.env in the application. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const cleaned = Object.fromEntries(Object.entries(env).filter(([, value]) => value !== ''));
  const parsed = envSchema.safeParse(cleaned);
  if (parsed.success) return Object.freeze(parsed.data);
  const problems = parsed.error.issues.map((issue) => {
    const key = String(issue.path[0] ?? '?');
    const missing = cleaned[key] === undefined;
    const hint = SLACK_KEYS.has(key)
      ? ` Create the Slack app from manifest.yml and copy it from the app's settings (${README_SLACK_APP}).`
      : '';
    return missing ? `${key} is missing.${hint}` : `${key} ${issue.message}.${hint}`;
  });
  throw new ConfigError(problems);
}
