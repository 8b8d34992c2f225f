import { z } from 'zod';
import { defineJob } from './define.ts';
import { id } from './fields.ts';

/** An ISO week such as 2026-W49: a team has at most one pulse round per week. */
const period = z.string().regex(/^\d{4}-W\d{2}$/, 'an ISO week as YYYY-Www');

/**
 * Pulse jobs name a team or a round, never a person: the invitations of a round go out from
 * one job, and the answer path enqueues nothing at all.
 */
export const pulseJobs = {
  'pulse-open': defineJob(z.object({ teamId: id, period }), (d) => `pulse-open-${d.teamId}-${d.period}`),
  'pulse-invite': defineJob(z.object({ roundId: id }), (d) => `pulse-invite-${d.roundId}`),
  'pulse-close': defineJob(z.object({ roundId: id }), (d) => `pulse-close-${d.roundId}`),
};
