import { z } from 'zod';
import { defineJob } from './define.ts';
import { compactMinute } from './fields.ts';

export const clockJobs = {
  'schedule-tick': defineJob(z.object({ at: z.iso.datetime() }), (d) => `schedule-tick-${compactMinute(d.at)}`),
};
