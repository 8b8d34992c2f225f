import { deliverBatch } from '../../domain/feedback/service.ts';
import type { Processor } from '../../infra/queue/processor.ts';

/** A window has ended: its feedback goes to the team's leaders in random order. Returns counts only. */
export const feedbackDeliver: Processor<'feedback-deliver'> = async ({ teamId, window }, deps) => {
  const result = await deliverBatch(deps.feedback, { teamId, window: new Date(window), now: deps.now() });
  deps.log.info({ job: 'feedback-deliver', teamId, ...result }, 'feedback batch');
  return result;
};
