import { z } from 'zod';
import { defineJob } from './define.ts';
import { id } from './fields.ts';

export const roleJobs = {
  /**
   * Re-runs a team's overlap/gap analysis and replaces its stored findings. `edit` names
   * the change that asked for it (a fresh id per role edit, or the day for the nightly run),
   * so each change gets its own run and a retried enqueue of the same change does not.
   */
  'roles-analyze': defineJob(z.object({ teamId: id, edit: id }), (d) => `roles-analyze-${d.teamId}-${d.edit}`),
};
