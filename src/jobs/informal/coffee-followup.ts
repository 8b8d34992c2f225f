import { sendFollowup } from '../../domain/informal/service.ts';
import type { Processor } from '../../infra/queue/processor.ts';

export const coffeeFollowup: Processor<'coffee-followup'> = async ({ groupId, stage }, deps) => ({
  sent: await sendFollowup(deps.informal, groupId, stage),
});
