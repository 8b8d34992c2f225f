import { z } from 'zod';

const id = z.string().regex(/^[A-Za-z0-9_-]{1,64}$/, 'an id of letters, digits, "-" or "_"');
const localDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'a date as YYYY-MM-DD');
const slackId = z.string().regex(/^[A-Z0-9]{2,32}$/, 'a Slack id');

/**
 * Every job's payload, checked when it is enqueued and again when it is processed: a job
 * that fails the check is unrecoverable, not retried. Job data never holds message text.
 */
export const jobContracts = {
  'schedule-tick': z.object({ at: z.iso.datetime() }),
  'checkin-prompt': z.object({ memberId: id, localDate }),
  'checkin-reminder': z.object({ memberId: id, localDate }),
  'checkin-resend': z.object({ promptId: id, snoozedUntil: z.iso.datetime() }),
  'checkin-publish': z.object({ answerId: id, revision: z.number().int().positive() }),
  'blocker-notify': z.object({ blockerId: id }),
  'blocker-claimed': z.object({ blockerId: id }),
  'profile-refresh': z.object({ memberId: id }),
  'member-sync': z.object({ teamId: id, slackUserId: slackId, change: z.enum(['joined', 'left']) }),
  'team-import': z.object({ teamId: id }),
} as const;

export type JobName = keyof typeof jobContracts;
export type JobData<N extends JobName> = z.infer<(typeof jobContracts)[N]>;
export type AnyJob = { [N in JobName]: { name: N; data: JobData<N>; delayMs?: number } }[JobName];

export const JOB_NAMES = Object.keys(jobContracts) as JobName[];

const compactMinute = (iso: string) => iso.slice(0, 16).replace(/[-T:]/g, '');

/**
 * Deterministic ids: the same work always gets the same id, so a second clock, a restart or
 * a retried listener cannot enqueue it twice. BullMQ ids may not contain ":".
 */
export function jobIdFor(job: AnyJob): string {
  switch (job.name) {
    case 'schedule-tick':
      return `schedule-tick-${compactMinute(job.data.at)}`;
    case 'checkin-prompt':
    case 'checkin-reminder':
      return `${job.name}-${job.data.memberId}-${job.data.localDate}`;
    case 'checkin-resend':
      return `checkin-resend-${job.data.promptId}-${Date.parse(job.data.snoozedUntil)}`;
    case 'checkin-publish':
      return `checkin-publish-${job.data.answerId}-r${job.data.revision}`;
    case 'blocker-notify':
    case 'blocker-claimed':
      return `${job.name}-${job.data.blockerId}`;
    case 'profile-refresh':
      return `profile-refresh-${job.data.memberId}-${new Date().toISOString().slice(0, 10)}`;
    case 'member-sync':
      return `member-sync-${job.data.teamId}-${job.data.slackUserId}-${job.data.change}-${compactMinute(new Date().toISOString())}`;
    case 'team-import':
      return `team-import-${job.data.teamId}-${compactMinute(new Date().toISOString())}`;
  }
}
