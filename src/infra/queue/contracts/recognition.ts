import { z } from 'zod';
import { defineJob } from './define.ts';
import { id, localDate } from './fields.ts';

export const recognitionJobs = {
  /** Post a kudos group to the team's channel once, then DM each recipient. */
  'kudos-post': defineJob(z.object({ groupId: id }), (d) => `kudos-post-${d.groupId}`),
  /** Tell one recipient, in their language. */
  'kudos-dm': defineJob(z.object({ kudosId: id }), (d) => `kudos-dm-${d.kudosId}`),
  /** Someone reacted over their daily cap: told at most once per local day. */
  'kudos-cap-notice': defineJob(
    z.object({ memberId: id, localDate }),
    (d) => `kudos-cap-notice-${d.memberId}-${d.localDate}`,
  ),
};
