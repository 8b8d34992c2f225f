import { z } from 'zod';

/** Subtypes that are still a person writing in a thread. */
const WRITTEN = new Set([undefined, 'thread_broadcast', 'file_share']);

/** A message event (message.channels / message.groups) as the thread listeners read it. */
export const messageEvent = z
  .object({
    subtype: z.string().optional(),
    channel: z.string(),
    user: z.string().optional(),
    bot_id: z.string().optional(),
    ts: z.string(),
    thread_ts: z.string().optional(),
    deleted_ts: z.string().optional(),
    previous_message: z
      .object({ ts: z.string(), thread_ts: z.string().optional(), user: z.string().optional() })
      .loose()
      .optional(),
  })
  .loose();

export type MessageEvent = z.infer<typeof messageEvent>;

/** A person's reply in a thread (not the thread's head, not a bot, not an edit or a deletion). */
export function writtenReply(m: MessageEvent): { channel: string; user: string; ts: string; threadTs: string } | null {
  if (!WRITTEN.has(m.subtype) || !m.thread_ts || m.thread_ts === m.ts || !m.user || m.bot_id) return null;
  return { channel: m.channel, user: m.user, ts: m.ts, threadTs: m.thread_ts };
}
