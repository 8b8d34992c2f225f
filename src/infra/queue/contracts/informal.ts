import { z } from 'zod';
import { defineJob } from './define.ts';
import { id } from './fields.ts';

/** An ISO week such as 2026-W49: a team has at most one coffee round and one icebreaker a week. */
const period = z.string().regex(/^\d{4}-W\d{2}$/, 'an ISO week as YYYY-Www');
const stage = z.enum(['mid', 'last']);

const retry = z.number().int().min(1).max(1000);

/**
 * Informal-channel jobs name a team, a round or a group; only the private "pause for a
 * while?" and the word to someone no group could take name one member, and no job names whom
 * someone avoids, why someone was left out, or anyone's choices.
 */
export const informalJobs = {
  // A leader's retry of a round that could not pair is a new intent: its own id.
  'coffee-round': defineJob(
    z.object({ teamId: id, period, retry: retry.optional() }),
    (d) => `coffee-round-${d.teamId}-${d.period}${d.retry ? `-retry${d.retry}` : ''}`,
  ),
  'coffee-intro': defineJob(z.object({ groupId: id }), (d) => `coffee-intro-${d.groupId}`),
  'coffee-followups': defineJob(z.object({ roundId: id, stage }), (d) => `coffee-followups-${d.roundId}-${d.stage}`),
  'coffee-followup': defineJob(z.object({ groupId: id, stage }), (d) => `coffee-followup-${d.groupId}-${d.stage}`),
  'coffee-close': defineJob(z.object({ roundId: id }), (d) => `coffee-close-${d.roundId}`),
  'coffee-pause-ask': defineJob(
    z.object({ roundId: id, memberId: id }),
    (d) => `coffee-pause-ask-${d.roundId}-${d.memberId}`,
  ),
  'coffee-left-out': defineJob(
    z.object({ roundId: id, memberId: id }),
    (d) => `coffee-left-out-${d.roundId}-${d.memberId}`,
  ),
  'coffee-channel-problem': defineJob(
    z.object({ roundId: id, retry: z.number().int().min(0).max(1000) }),
    (d) => `coffee-channel-problem-${d.roundId}-${d.retry}`,
  ),
  'icebreaker-post': defineJob(z.object({ teamId: id, period }), (d) => `icebreaker-post-${d.teamId}-${d.period}`),
};
