import { closeRound } from '../../domain/informal/service.ts';
import type { Processor } from '../../infra/queue/processor.ts';

export const coffeeClose: Processor<'coffee-close'> = async ({ roundId }, deps) => ({
  askedToPause: await closeRound(deps.informal, roundId, deps.now()),
});
