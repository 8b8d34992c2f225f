import { z } from 'zod';
import { defineJob } from './define.ts';
import { id } from './fields.ts';

/** An ISO week such as 2026-W49: a team has at most one pulse round per week. */
const period = z.string().regex(/^\d{4}-W\d{2}$/, 'an ISO week as YYYY-Www');

/**
 * Pulse jobs name a team or a round, never a person: the invitations of a round go out from
 * one job per pass, and the answer path enqueues nothing at all.
 */
export const pulseJobs = {
  'pulse-open': defineJob(z.object({ teamId: id, period }), (d) => `pulse-open-${d.teamId}-${d.period}`),
  // The round's first pass at open; then one pass an hour while it is open (`hour`: UTC
  // yyyyMMddHH), so members who join mid-round are asked too.
  'pulse-invite': defineJob(
    z.object({
      roundId: id,
      hour: z
        .string()
        .regex(/^\d{10}$/)
        .optional(),
    }),
    (d) => (d.hour ? `pulse-invite-${d.roundId}-${d.hour}` : `pulse-invite-${d.roundId}`),
  ),
  'pulse-close': defineJob(z.object({ roundId: id }), (d) => `pulse-close-${d.roundId}`),
  // A round that waits for more members: its leaders are warned once per week's round, each
  // by a job of its own (the only pulse job naming a person, and that person is a leader).
  'pulse-held': defineJob(z.object({ teamId: id, period }), (d) => `pulse-held-${d.teamId}-${d.period}`),
  'pulse-held-notice': defineJob(
    z.object({ teamId: id, period, memberId: id }),
    (d) => `pulse-held-notice-${d.teamId}-${d.period}-${d.memberId}`,
  ),
};
