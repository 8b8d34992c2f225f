import { z } from 'zod';
import { defineJob } from './define.ts';
import { compactMinute, id, localDate } from './fields.ts';

/**
 * Anonymous feedback's jobs carry ids only: a team and a window, a message, a thread. Never
 * an author, never words. No job is created when an author writes, answers or closes (the
 * clock finds that work when the window ends), so no job's timestamp tells when they did.
 */
export const feedbackJobs = {
  /** One team's batch at the end of one window; `day` lets a batch left waiting (no leader) be tried again the next day. */
  'feedback-deliver': defineJob(
    z.object({ teamId: id, window: z.iso.datetime(), day: localDate }),
    (d) => `feedback-deliver-${d.teamId}-${compactMinute(d.window)}-${d.day.replace(/-/g, '')}`,
  ),
  /** A leader's reply on its way to the author. */
  'feedback-relay': defineJob(z.object({ messageId: id }), (d) => `feedback-relay-${d.messageId}`),
  /** A leader closed a conversation: update every copy, tell the author, delete the route. */
  'feedback-closed': defineJob(z.object({ threadId: id, leaderId: id }), (d) => `feedback-closed-${d.threadId}`),
  /** A route reached its thirty days. */
  'feedback-expire': defineJob(z.object({ threadId: id }), (d) => `feedback-expire-${d.threadId}`),
};
