import { announceBlockerClaim } from '../../domain/checkins/service.ts';
import type { Processor } from '../../infra/queue/processor.ts';

export const blockerClaimed: Processor<'blocker-claimed'> = ({ blockerId }, deps) =>
  announceBlockerClaim(deps.checkins, blockerId);
