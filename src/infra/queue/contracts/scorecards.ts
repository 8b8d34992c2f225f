import { z } from 'zod';
import { defineJob } from './define.ts';
import { slackId } from './fields.ts';

export const scorecardJobs = {
  /** A CSV of scorecard values shared by a leader: ids only, the file is fetched by the job. */
  'scorecard-csv-import': defineJob(
    z.object({ workspaceId: slackId, fileId: slackId, uploaderId: slackId, channelId: slackId }),
    (d) => `scorecard-csv-import-${d.workspaceId}-${d.fileId}-${d.channelId}`,
  ),
};
