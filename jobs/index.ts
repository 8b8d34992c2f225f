import type { ProcessorTable } from '../src/infra/queue/processor.ts';
import { checkinProcessors } from './checkins/index.ts';
import { scheduleTick } from './clock/schedule-tick.ts';
import { teamProcessors } from './teams/index.ts';

/** Job name → processor, one folder per capability. The type makes a job without a processor a compile error. */
export const processors: ProcessorTable = {
  'schedule-tick': scheduleTick,
  ...teamProcessors,
  ...checkinProcessors,
};
