import { z } from 'zod';
import { defineJob } from './define.ts';
import { currentMinute, id, slackId } from './fields.ts';

export const teamJobs = {
  'profile-refresh': defineJob(z.object({ memberId: id }), (d) => `profile-refresh-${d.memberId}-${new Date().toISOString().slice(0, 10)}`),
  'member-sync': defineJob(
    z.object({ teamId: id, slackUserId: slackId, change: z.enum(['joined', 'left']) }),
    (d) => `member-sync-${d.teamId}-${d.slackUserId}-${d.change}-${currentMinute()}`,
  ),
  'team-import': defineJob(z.object({ teamId: id }), (d) => `team-import-${d.teamId}-${currentMinute()}`),
};
