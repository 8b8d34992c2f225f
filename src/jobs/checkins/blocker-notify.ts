import { notifyBlocker } from '../../domain/checkins/service.ts';
import type { Processor } from '../../infra/queue/processor.ts';

export const blockerNotify: Processor<'blocker-notify'> = ({ blockerId }, deps) =>
  notifyBlocker(deps.checkins, blockerId);
