import type { z } from 'zod';
import { checkinJobs } from './contracts/checkins.ts';
import { clockJobs } from './contracts/clock.ts';
import type { JobContract } from './contracts/define.ts';
import { digestJobs } from './contracts/digest.ts';
import { feedbackJobs } from './contracts/feedback.ts';
import { goalJobs } from './contracts/goals.ts';
import { informalJobs } from './contracts/informal.ts';
import { pulseJobs } from './contracts/pulse.ts';
import { recognitionJobs } from './contracts/recognition.ts';
import { roleJobs } from './contracts/roles.ts';
import { scorecardJobs } from './contracts/scorecards.ts';
import { teamJobs } from './contracts/teams.ts';

/**
 * Every job's payload and id, one file per capability under contracts/. Payloads are
 * checked when enqueued and again when processed (a bad one is unrecoverable). Job data
 * holds ids only — never message text, never an anonymous author.
 */
export const jobContracts = {
  ...clockJobs,
  ...teamJobs,
  ...checkinJobs,
  ...recognitionJobs,
  ...goalJobs,
  ...roleJobs,
  ...pulseJobs,
  ...feedbackJobs,
  ...scorecardJobs,
  ...informalJobs,
  ...digestJobs,
};

export type JobName = keyof typeof jobContracts;
export type JobData<N extends JobName> = (typeof jobContracts)[N] extends JobContract<infer S> ? z.infer<S> : never;
export type AnyJob = { [N in JobName]: { name: N; data: JobData<N>; delayMs?: number } }[JobName];

export const JOB_NAMES = Object.keys(jobContracts) as JobName[];

/** The same work always gets the same id, so a second clock or a retry cannot enqueue it twice. */
export function jobIdFor(job: AnyJob): string {
  const contract = jobContracts[job.name] as JobContract<z.ZodType>;
  return contract.id(job.data);
}
