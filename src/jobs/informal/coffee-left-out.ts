import { tellLeftOut } from '../../domain/informal/service.ts';
import type { Processor } from '../../infra/queue/processor.ts';

export const coffeeLeftOut: Processor<'coffee-left-out'> = async ({ roundId, memberId }, deps) => ({
  told: await tellLeftOut(deps.informal, roundId, memberId, deps.now()),
});
