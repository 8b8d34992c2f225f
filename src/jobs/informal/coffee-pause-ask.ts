import { sendPauseAsk } from '../../domain/informal/service.ts';
import type { Processor } from '../../infra/queue/processor.ts';

export const coffeePauseAsk: Processor<'coffee-pause-ask'> = async ({ roundId, memberId }, deps) => ({
  sent: await sendPauseAsk(deps.informal, roundId, memberId, deps.now()),
});
