import type { ProcessorTable } from '../src/infra/queue/processor.ts';
import { blockerClaimed } from './blocker-claimed.ts';
import { blockerNotify } from './blocker-notify.ts';
import { checkinPrompt } from './checkin-prompt.ts';
import { checkinPublish } from './checkin-publish.ts';
import { checkinReminder } from './checkin-reminder.ts';
import { checkinResend } from './checkin-resend.ts';
import { memberSync } from './member-sync.ts';
import { profileRefresh } from './profile-refresh.ts';
import { scheduleTick } from './schedule-tick.ts';
import { teamImport } from './team-import.ts';

/** Job name → processor. The type makes a job without a processor a compile error. */
export const processors: ProcessorTable = {
  'schedule-tick': scheduleTick,
  'checkin-prompt': checkinPrompt,
  'checkin-reminder': checkinReminder,
  'checkin-resend': checkinResend,
  'checkin-publish': checkinPublish,
  'blocker-notify': blockerNotify,
  'blocker-claimed': blockerClaimed,
  'profile-refresh': profileRefresh,
  'member-sync': memberSync,
  'team-import': teamImport,
};
