import { tellChannelProblem } from '../../domain/informal/service.ts';
import type { Processor } from '../../infra/queue/processor.ts';

export const coffeeChannelProblem: Processor<'coffee-channel-problem'> = async ({ roundId, retry }, deps) => ({
  leadersTold: await tellChannelProblem(deps.informal, roundId, retry),
});
