import { z } from 'zod';
import { defineJob } from './define.ts';
import { id } from './fields.ts';

/** A Slack message ts ("1732700000.000100"); in job ids its dot becomes "-". */
const ts = z.string().regex(/^\d{1,12}\.\d{1,8}$/, 'a Slack message ts');
const tsPart = (value: string) => value.replace('.', '-');

export const goalJobs = {
  /** The goal thread's head message, posted once in the team's home channel. */
  'goal-post': defineJob(z.object({ goalId: id }), (d) => `goal-post-${d.goalId}`),
  /** The head updated in place; `cause` names the change (an update, an acceptance, the close), so each change refreshes once. */
  'goal-head-refresh': defineJob(
    z.object({ goalId: id, cause: z.string().regex(/^[A-Za-z0-9_-]{1,120}$/) }),
    (d) => `goal-head-${d.goalId}-${d.cause}`,
  ),
  /** A proposal (or a revision, superseding the message at `supersedes`) posted in the goal thread. */
  'goal-kr-post': defineJob(
    z.object({ keyResultId: id, supersedes: ts.nullable() }),
    (d) => `goal-kr-post-${d.keyResultId}-${d.supersedes ? tsPart(d.supersedes) : 'first'}`,
  ),
  /** A leader's answer shown on the proposal message at `proposalTs`, and told to its proposer. */
  'goal-kr-reviewed': defineJob(
    z.object({
      keyResultId: id,
      proposalTs: ts.or(z.literal('none')),
      decision: z.enum(['accepted', 'changes_requested', 'declined']),
    }),
    (d) => `goal-kr-reviewed-${d.keyResultId}-${tsPart(d.proposalTs)}-${d.decision}`,
  ),
  /** A goal whose period has ended on its team's calendar: closed once. */
  'goal-close': defineJob(z.object({ goalId: id }), (d) => `goal-close-${d.goalId}`),
  /** The closed goal's review posted in its thread. */
  'goal-review-post': defineJob(z.object({ goalId: id }), (d) => `goal-review-${d.goalId}`),
};
