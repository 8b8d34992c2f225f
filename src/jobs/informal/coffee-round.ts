import { startRound } from '../../domain/informal/service.ts';
import type { Processor } from '../../infra/queue/processor.ts';

export const coffeeRound: Processor<'coffee-round'> = async ({ teamId, period }, deps) => {
  const started = await startRound(deps.informal, teamId, period, deps.now());
  return started
    ? { roundId: started.round.id, groups: started.groups, included: started.included }
    : { skipped: true };
};
