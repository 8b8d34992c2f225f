import { expireRoute } from '../../domain/feedback/service.ts';
import type { Processor } from '../../infra/queue/processor.ts';

/** Thirty days on: the way back to the author is deleted and the conversation closed. */
export const feedbackExpire: Processor<'feedback-expire'> = async ({ threadId }, deps) => {
  const outcome = await expireRoute(deps.feedback, { threadId, now: deps.now() });
  deps.log.info({ job: 'feedback-expire', threadId, outcome }, 'feedback route expiry');
  return outcome;
};
