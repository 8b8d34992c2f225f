import { createHmac } from 'node:crypto';

/** Slack's request signature: v0= HMAC-SHA256 of "v0:{timestamp}:{raw body}". */
export function sign(secret: string, timestamp: number, body: string): string {
  return `v0=${createHmac('sha256', secret).update(`v0:${timestamp}:${body}`).digest('hex')}`;
}

export interface SlackPost {
  status: number;
  body: string;
  json<T = Record<string, unknown>>(): T | null;
}

/** Posts a body to the app's Slack endpoint exactly as Slack does, signed unless told otherwise. */
export async function postToApp(
  url: string,
  secret: string,
  body: string,
  contentType: string,
  options: { timestamp?: number; signature?: string; headers?: Record<string, string> } = {},
): Promise<SlackPost> {
  const timestamp = options.timestamp ?? Math.floor(Date.now() / 1000);
  const response = await fetch(url, {
    method: 'POST',
    headers: {
      'content-type': contentType,
      'x-slack-request-timestamp': String(timestamp),
      'x-slack-signature': options.signature ?? sign(secret, timestamp, body),
      ...options.headers,
    },
    body,
  });
  const text = await response.text();
  return {
    status: response.status,
    body: text,
    json: <T>() => {
      try {
        return text ? (JSON.parse(text) as T) : null;
      } catch {
        return null;
      }
    },
  };
}

export const form = (fields: Record<string, string>) => new URLSearchParams(fields).toString();
