import { createHmac, hkdfSync, randomInt, randomUUID } from 'node:crypto';
import type { Redis } from 'ioredis';
import { z } from 'zod';
import type { Config } from '../../config/env.ts';
import type { ScoredAnswer } from '../../domain/pulse/answers.ts';
import type { CastOutcome, PulseBallotBox, Round, Submission } from '../../domain/pulse/model.ts';
import { whileRedisIsUp } from '../redis-outage.ts';
import { decodeRouteKey } from './feedback-keys.ts';

const DAY_MS = 24 * 3600 * 1000;
const SALT = 'hexin-pulse';
/** The "already answered" tags outlive the round by a day: after closesAt nobody can answer anyway. */
const ANSWERED_GRACE_MS = DAY_MS;
/**
 * Held answers outlive the round by two weeks, so a worker that was down for days still finds
 * them when it closes the round; they name nobody, so keeping them that long costs no anonymity.
 */
const ANSWERS_GRACE_MS = 14 * DAY_MS;

/**
 * Keyed hashes of member ids, one key per round: HMAC-SHA256 under a key derived (HKDF-SHA256)
 * from FEEDBACK_ROUTE_KEY with info `pulse-answered:<roundId>`. Without that key — which lives in
 * the environment, never in the database or Redis — a tag cannot be tied to a member, and a
 * tag of one round says nothing about another.
 */
export class PulseAnsweredTags {
  constructor(private readonly master: Buffer) {}

  tag(roundId: string, memberId: string): string {
    const roundKey = Buffer.from(hkdfSync('sha256', this.master, SALT, `pulse-answered:${roundId}`, 32));
    return createHmac('sha256', roundKey).update(memberId, 'utf8').digest('hex');
  }
}

export function pulseAnsweredTags(config: Config): PulseAnsweredTags {
  const master = config.FEEDBACK_ROUTE_KEY ? decodeRouteKey(config.FEEDBACK_ROUTE_KEY) : null;
  if (!master)
    throw new Error(
      'FEEDBACK_ROUTE_KEY is not set for this run (it is resolved at start-up; see README.md#configuration)',
    );
  return new PulseAnsweredTags(master);
}

/**
 * KEYS: answered set, answers list, closed marker. ARGV: tag, submission, random number,
 * answered ttl (ms), answers ttl (ms). One script, so a member's tag and their submission are
 * written together or not at all, and never after the round's answers were collected.
 * The submission goes in at a random place in the list, so the list's order is not the order
 * of answering (nor that of the tags in the set).
 */
const CAST = `
if redis.call('EXISTS', KEYS[3]) == 1 then return -1 end
if redis.call('SADD', KEYS[1], ARGV[1]) == 0 then return 0 end
local len = redis.call('LLEN', KEYS[2])
local pos = tonumber(ARGV[3]) % (len + 1)
if pos == len then
  redis.call('RPUSH', KEYS[2], ARGV[2])
else
  redis.call('LINSERT', KEYS[2], 'BEFORE', redis.call('LINDEX', KEYS[2], pos), ARGV[2])
end
redis.call('PEXPIRE', KEYS[1], ARGV[4])
redis.call('PEXPIRE', KEYS[2], ARGV[5])
return 1
`;

/** KEYS: answers list, closed marker. ARGV: marker ttl (ms). Closes the box and reads it. */
const COLLECT = `
redis.call('SET', KEYS[2], '1', 'PX', ARGV[1])
return redis.call('LRANGE', KEYS[1], 0, -1)
`;

const held = z.object({
  /** A random nonce: makes every held value unique (the list's random insert finds its place by value). */
  n: z.string(),
  a: z.array(z.object({ questionId: z.string(), trait: z.string(), score: z.number().int().min(1).max(5) })),
  c: z.string().nullable(),
});

/** The pulse's ballot box in Redis, under the queue prefix (see PulseBallotBox). */
export class RedisPulseBallots implements PulseBallotBox {
  constructor(
    private readonly redis: Redis,
    private readonly prefix: string,
    private readonly tags: PulseAnsweredTags,
  ) {}

  private keys(roundId: string) {
    return {
      answered: `${this.prefix}:pulse-answered:${roundId}`,
      answers: `${this.prefix}:pulse-answers:${roundId}`,
      closed: `${this.prefix}:pulse-closed:${roundId}`,
    };
  }

  /** Time left until `closesAt` plus a grace, from the app's clock; at least an hour. */
  private ttl(round: Round, now: Date, grace: number): number {
    return Math.max(3600_000, round.closesAt.getTime() + grace - now.getTime());
  }

  async hasAnswered(round: Round, memberId: string): Promise<boolean> {
    return (
      (await whileRedisIsUp(this.redis, () =>
        this.redis.sismember(this.keys(round.id).answered, this.tags.tag(round.id, memberId)),
      )) === 1
    );
  }

  async cast(round: Round, memberId: string, submission: Submission, now: Date): Promise<CastOutcome> {
    const keys = this.keys(round.id);
    const value = JSON.stringify({ n: randomUUID(), a: submission.answers, c: submission.comment });
    const result = await whileRedisIsUp(this.redis, () =>
      this.redis.eval(
        CAST,
        3,
        keys.answered,
        keys.answers,
        keys.closed,
        this.tags.tag(round.id, memberId),
        value,
        String(randomInt(0, 2 ** 47)),
        String(this.ttl(round, now, ANSWERED_GRACE_MS)),
        String(this.ttl(round, now, ANSWERS_GRACE_MS)),
      ),
    );
    if (result === 1) return 'saved';
    return result === 0 ? 'already_answered' : 'closed';
  }

  async collect(round: Round, now: Date): Promise<Submission[]> {
    const keys = this.keys(round.id);
    const values = (await this.redis.eval(
      COLLECT,
      2,
      keys.answers,
      keys.closed,
      String(this.ttl(round, now, ANSWERS_GRACE_MS)),
    )) as string[];
    return values.map((text) => {
      const { a, c } = held.parse(JSON.parse(text));
      return { answers: a as ScoredAnswer[], comment: c };
    });
  }

  async discard(round: Round): Promise<void> {
    const keys = this.keys(round.id);
    await this.redis.del(keys.answered, keys.answers);
  }
}
