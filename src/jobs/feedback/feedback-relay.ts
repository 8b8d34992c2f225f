import { relayReply } from '../../domain/feedback/service.ts';
import type { Processor } from '../../infra/queue/processor.ts';

/** A leader's reply to the author's DM, through the sealed route. Logs the message id and outcome only. */
export const feedbackRelay: Processor<'feedback-relay'> = async ({ messageId }, deps) => {
  const outcome = await relayReply(deps.feedback, messageId, deps.now());
  deps.log.info({ job: 'feedback-relay', messageId, outcome }, 'feedback reply');
  return outcome;
};
