import { pino, type Logger, type DestinationStream } from 'pino';

export type { Logger };

/**
 * Structured logs. Payload bodies are never logged whole: listeners and jobs log ids and
 * outcomes, so an anonymous author's identity can never reach a log line through them.
 */
export function createLogger(level: string, destination?: DestinationStream): Logger {
  return pino(
    {
      level,
      base: { service: 'hexin' },
      redact: { paths: ['token', '*.token', 'headers.authorization'], remove: true },
    },
    destination,
  );
}
