import { ErrorCode } from '@slack/web-api';

/**
 * The error Slack named when it answered `ok: false` (`message_not_found`, `user_not_found`, …;
 * '' if it named none), or null for any other failure (a socket, a 429, our own bug): the one
 * reader of that answer.
 */
export function slackPlatformError(error: unknown): string | null {
  const e = error as { code?: unknown; data?: { error?: unknown } } | null;
  if (e?.code !== ErrorCode.PlatformError) return null;
  return typeof e.data?.error === 'string' ? e.data.error : '';
}
