import type { ProcessorsOf } from '../../infra/queue/processor.ts';
import type { checkinJobs } from '../../infra/queue/contracts/checkins.ts';
import { blockerClaimed } from './blocker-claimed.ts';
import { blockerNotify } from './blocker-notify.ts';
import { checkinPrompt } from './checkin-prompt.ts';
import { checkinPublish } from './checkin-publish.ts';
import { checkinReminder } from './checkin-reminder.ts';
import { checkinResend } from './checkin-resend.ts';

export const checkinProcessors: ProcessorsOf<typeof checkinJobs> = {
  'checkin-prompt': checkinPrompt,
  'checkin-reminder': checkinReminder,
  'checkin-resend': checkinResend,
  'checkin-publish': checkinPublish,
  'blocker-notify': blockerNotify,
  'blocker-claimed': blockerClaimed,
};
