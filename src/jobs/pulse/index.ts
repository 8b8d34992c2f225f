import type { ProcessorsOf } from '../../infra/queue/processor.ts';
import type { pulseJobs } from '../../infra/queue/contracts/pulse.ts';
import { pulseClose } from './pulse-close.ts';
import { pulseHeld } from './pulse-held.ts';
import { pulseHeldNotice } from './pulse-held-notice.ts';
import { pulseInvite } from './pulse-invite.ts';
import { pulseOpen } from './pulse-open.ts';

export const pulseProcessors: ProcessorsOf<typeof pulseJobs> = {
  'pulse-open': pulseOpen,
  'pulse-invite': pulseInvite,
  'pulse-close': pulseClose,
  'pulse-held': pulseHeld,
  'pulse-held-notice': pulseHeldNotice,
};
