import { sendBlockerAsk } from '../../domain/digest/service.ts';
import type { Processor } from '../../infra/queue/processor.ts';

export const digestBlockerAsk: Processor<'digest-blocker-ask'> = ({ blockerId, leaderId }, deps) =>
  sendBlockerAsk(deps.digest, blockerId, leaderId);
