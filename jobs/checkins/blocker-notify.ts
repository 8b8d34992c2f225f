import { notifyBlocker } from '../../src/domain/checkins/service.ts';
import type { Processor } from '../../src/infra/queue/processor.ts';

export const blockerNotify: Processor<'blocker-notify'> = ({ blockerId }, deps) => notifyBlocker(deps.checkins, blockerId);
