import { announceLeaderClose } from '../../domain/feedback/service.ts';
import type { Processor } from '../../infra/queue/processor.ts';

/** A leader closed a conversation: every copy says so, and the route is deleted. */
export const feedbackClosed: Processor<'feedback-closed'> = async ({ threadId, leaderId }, deps) => {
  const outcome = await announceLeaderClose(deps.feedback, { threadId, leaderId, now: deps.now() });
  deps.log.info({ job: 'feedback-closed', threadId, outcome }, 'feedback conversation closed');
  return outcome;
};
