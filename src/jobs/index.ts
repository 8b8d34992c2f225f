import type { ProcessorTable } from '../infra/queue/processor.ts';
import { checkinProcessors } from './checkins/index.ts';
import { scheduleTick } from './clock/schedule-tick.ts';
import { feedbackProcessors } from './feedback/index.ts';
import { goalProcessors } from './goals/index.ts';
import { pulseProcessors } from './pulse/index.ts';
import { recognitionProcessors } from './recognition/index.ts';
import { roleProcessors } from './roles/index.ts';
import { scorecardProcessors } from './scorecards/index.ts';
import { teamProcessors } from './teams/index.ts';

/** Job name → processor, one folder per capability. The type makes a job without a processor a compile error. */
export const processors: ProcessorTable = {
  'schedule-tick': scheduleTick,
  ...teamProcessors,
  ...checkinProcessors,
  ...feedbackProcessors,
  ...goalProcessors,
  ...pulseProcessors,
  ...recognitionProcessors,
  ...roleProcessors,
  ...scorecardProcessors,
};
