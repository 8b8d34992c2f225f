import { createCipheriv, createDecipheriv, createHmac, hkdfSync, randomBytes } from 'node:crypto';
import type { Config } from '../../config/env.ts';

/** FEEDBACK_ROUTE_KEY is base64 of this many random bytes (`openssl rand -base64 32`). */
export const ROUTE_KEY_BYTES = 32;
const SALT = 'hexin-feedback';
const VERSION = 'v1';
const IV_BYTES = 12;
const TAG_BYTES = 16;
/** Every sealed value is padded to this size first, so its length tells nothing about it. */
const PADDED_BYTES = 96;

/** The 32 bytes behind a FEEDBACK_ROUTE_KEY value, or null when it is not base64 of 32 bytes. */
export function decodeRouteKey(text: string): Buffer | null {
  const trimmed = text.trim();
  if (!/^[A-Za-z0-9+/]{43}=$/.test(trimmed)) return null;
  const key = Buffer.from(trimmed, 'base64');
  return key.length === ROUTE_KEY_BYTES ? key : null;
}

export const newRouteKey = (): string => randomBytes(ROUTE_KEY_BYTES).toString('base64');

/** A sealed value that cannot be opened: a wrong key, another context, or a damaged value. */
export class SealError extends Error {
  readonly code = 'SEAL_INVALID';
  constructor() {
    // Never carries the value itself: this message may reach a log line.
    super('a sealed feedback route could not be opened');
  }
}

const derive = (master: Buffer, info: string) => Buffer.from(hkdfSync('sha256', master, SALT, info, 32));

/**
 * The secrets of anonymous feedback, all derived (HKDF-SHA256) from FEEDBACK_ROUTE_KEY, a key
 * that lives in the environment (or a file of its own), never in the database:
 * - seal/open: AES-256-GCM for the way back to an author (their Slack id, their DM channel),
 *   bound to a context (the thread or message it belongs to) so a sealed value copied onto
 *   another row does not open there;
 * - rateTag: HMAC-SHA256 under a key that changes every UTC day (info = the date), so a rate
 *   counter never names the author and yesterday's counters cannot be linked to today's.
 */
export class FeedbackKeys {
  private readonly sealKey: Buffer;

  constructor(private readonly master: Buffer) {
    if (master.length !== ROUTE_KEY_BYTES) throw new Error(`FEEDBACK_ROUTE_KEY must be ${ROUTE_KEY_BYTES} bytes`);
    this.sealKey = derive(master, 'route-seal');
  }

  seal(plaintext: string, context: string): string {
    const body = Buffer.from(plaintext, 'utf8');
    if (body.length > PADDED_BYTES - 1) throw new Error('value too long to seal');
    const padded = Buffer.concat([Buffer.from([body.length]), body, randomBytes(PADDED_BYTES - 1 - body.length)]);
    const iv = randomBytes(IV_BYTES);
    const cipher = createCipheriv('aes-256-gcm', this.sealKey, iv);
    cipher.setAAD(Buffer.from(`${VERSION}:${context}`, 'utf8'));
    const sealed = Buffer.concat([iv, cipher.update(padded), cipher.final(), cipher.getAuthTag()]);
    return `${VERSION}.${sealed.toString('base64url')}`;
  }

  open(sealed: string, context: string): string {
    const [version, data, extra] = sealed.split('.');
    if (version !== VERSION || !data || extra !== undefined) throw new SealError();
    const bytes = Buffer.from(data, 'base64url');
    if (bytes.length !== IV_BYTES + PADDED_BYTES + TAG_BYTES) throw new SealError();
    try {
      const decipher = createDecipheriv('aes-256-gcm', this.sealKey, bytes.subarray(0, IV_BYTES));
      decipher.setAAD(Buffer.from(`${VERSION}:${context}`, 'utf8'));
      decipher.setAuthTag(bytes.subarray(bytes.length - TAG_BYTES));
      const padded = Buffer.concat([
        decipher.update(bytes.subarray(IV_BYTES, bytes.length - TAG_BYTES)),
        decipher.final(),
      ]);
      const length = padded[0] ?? 0;
      return padded.subarray(1, 1 + length).toString('utf8');
    } catch {
      throw new SealError();
    }
  }

  /** A keyed hash of `subject` that means something on `utcDay` (YYYY-MM-DD) only. */
  rateTag(utcDay: string, subject: string): string {
    const dayKey = Buffer.from(hkdfSync('sha256', this.master, `${SALT}-rate`, utcDay, 32));
    return createHmac('sha256', dayKey).update(subject, 'utf8').digest('hex');
  }
}

const cache = new WeakMap<Config, FeedbackKeys>();

/**
 * The feedback keys of this run. Start-up (src/main/runtime.ts) resolves FEEDBACK_ROUTE_KEY
 * before anything else runs, so a missing key here is a wiring mistake, said without secrets.
 */
export function feedbackKeys(config: Config): FeedbackKeys {
  let keys = cache.get(config);
  if (!keys) {
    const master = config.FEEDBACK_ROUTE_KEY ? decodeRouteKey(config.FEEDBACK_ROUTE_KEY) : null;
    if (!master)
      throw new Error(
        'FEEDBACK_ROUTE_KEY is not set for this run (it is resolved at start-up; see README.md#configuration)',
      );
    keys = new FeedbackKeys(master);
    cache.set(config, keys);
  }
  return keys;
}
