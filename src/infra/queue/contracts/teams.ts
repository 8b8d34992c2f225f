import { z } from 'zod';
import { defineJob } from './define.ts';
import { compactMinute, currentMinute, id, slackId } from './fields.ts';

export const teamJobs = {
  // Per team, not per member: job payloads never name people (see the anonymity audit).
  'profile-refresh': defineJob(
    z.object({ teamId: id, hour: z.iso.datetime() }),
    (d) => `profile-refresh-${d.teamId}-${compactMinute(d.hour)}`,
  ),
  'member-sync': defineJob(
    z.object({ teamId: id, slackUserId: slackId, change: z.enum(['joined', 'left']) }),
    (d) => `member-sync-${d.teamId}-${d.slackUserId}-${d.change}-${currentMinute()}`,
  ),
  'team-import': defineJob(z.object({ teamId: id }), (d) => `team-import-${d.teamId}-${currentMinute()}`),
};
