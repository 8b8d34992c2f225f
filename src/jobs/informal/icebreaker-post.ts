import { postIcebreaker } from '../../domain/informal/service.ts';
import type { Processor } from '../../infra/queue/processor.ts';

export const icebreakerPost: Processor<'icebreaker-post'> = async ({ teamId, period }, deps) => ({
  posted: await postIcebreaker(deps.informal, teamId, period),
});
