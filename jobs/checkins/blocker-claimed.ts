import { announceBlockerClaim } from '../../src/domain/checkins/service.ts';
import type { Processor } from '../../src/infra/queue/processor.ts';

export const blockerClaimed: Processor<'blocker-claimed'> = ({ blockerId }, deps) => announceBlockerClaim(deps.checkins, blockerId);
