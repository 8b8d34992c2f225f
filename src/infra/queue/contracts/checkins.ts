import { z } from 'zod';
import { defineJob } from './define.ts';
import { id, localDate } from './fields.ts';

export const checkinJobs = {
  'checkin-prompt': defineJob(
    z.object({ memberId: id, localDate }),
    (d) => `checkin-prompt-${d.memberId}-${d.localDate}`,
  ),
  'checkin-reminder': defineJob(
    z.object({ memberId: id, localDate }),
    (d) => `checkin-reminder-${d.memberId}-${d.localDate}`,
  ),
  'checkin-resend': defineJob(
    z.object({ promptId: id, snoozedUntil: z.iso.datetime() }),
    (d) => `checkin-resend-${d.promptId}-${Date.parse(d.snoozedUntil)}`,
  ),
  'checkin-publish': defineJob(
    z.object({ answerId: id, revision: z.number().int().positive() }),
    (d) => `checkin-publish-${d.answerId}-r${d.revision}`,
  ),
  'blocker-notify': defineJob(z.object({ blockerId: id }), (d) => `blocker-notify-${d.blockerId}`),
  'blocker-claimed': defineJob(z.object({ blockerId: id }), (d) => `blocker-claimed-${d.blockerId}`),
};
