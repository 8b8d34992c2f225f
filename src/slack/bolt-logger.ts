import { LogLevel, type Logger as BoltLogger } from '@slack/bolt';
import type { Logger } from '../shared/logger.ts';

/** Debug lines of the Slack clients that carry a raw request or response body. */
const RAW_HTTP = ['http request body', 'http request result', 'http request headers'];

/** Bolt's logger interface over pino, so every role writes one structured log. */
export function boltLogger(log: Logger): BoltLogger {
  const child = log.child({ component: 'bolt' });
  let level = LogLevel.INFO;
  const text = (parts: unknown[]) =>
    parts.map((p) => (typeof p === 'string' ? p : p instanceof Error ? p.message : JSON.stringify(p))).join(' ');
  return {
    debug: (...parts) => {
      const line = text(parts);
      // Slack's client logs whole request and response bodies at debug level (user ids, DM
      // channels, people's words): never written, whatever the level.
      if (RAW_HTTP.some((prefix) => line.startsWith(prefix))) return;
      child.debug(line);
    },
    info: (...parts) => child.info(text(parts)),
    warn: (...parts) => child.warn(text(parts)),
    error: (...parts) => child.error(text(parts)),
    setLevel: (next) => {
      level = next;
    },
    getLevel: () => level,
    setName: () => undefined,
  };
}
