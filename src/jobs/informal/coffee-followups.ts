import { queueFollowups } from '../../domain/informal/service.ts';
import type { Processor } from '../../infra/queue/processor.ts';

export const coffeeFollowups: Processor<'coffee-followups'> = async ({ roundId, stage }, deps) => ({
  queued: await queueFollowups(deps.informal, roundId, stage, deps.now()),
});
