import { z } from 'zod';
import { defineJob } from './define.ts';
import { id } from './fields.ts';

/** An ISO week such as 2026-W49: the week a digest speaks of. */
const week = z.string().regex(/^\d{4}-W\d{2}$/, 'an ISO week as YYYY-Www');

/**
 * Digest jobs name a team and a week (the job builds the week's snapshot and sends it to each
 * leader, so two clocks or a restart send one digest per team per week), or a blocker and the
 * leader asking about it; never anything anonymous.
 */
export const digestJobs = {
  'digest-team': defineJob(z.object({ teamId: id, week }), (d) => `digest-${d.teamId}-${d.week}`),
  // A leader asks once about a blocker: a second press finds the job and sends nothing more.
  'digest-blocker-ask': defineJob(
    z.object({ blockerId: id, leaderId: id }),
    (d) => `digest-blocker-ask-${d.blockerId}-${d.leaderId}`,
  ),
};
