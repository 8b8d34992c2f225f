import type { feedbackJobs } from '../../infra/queue/contracts/feedback.ts';
import type { ProcessorsOf } from '../../infra/queue/processor.ts';
import { feedbackClosed } from './feedback-closed.ts';
import { feedbackDeliver } from './feedback-deliver.ts';
import { feedbackExpire } from './feedback-expire.ts';
import { feedbackRelay } from './feedback-relay.ts';

export const feedbackProcessors: ProcessorsOf<typeof feedbackJobs> = {
  'feedback-deliver': feedbackDeliver,
  'feedback-relay': feedbackRelay,
  'feedback-closed': feedbackClosed,
  'feedback-expire': feedbackExpire,
};
