import { openRound } from '../../domain/pulse/service.ts';
import type { Processor } from '../../infra/queue/processor.ts';

export const pulseOpen: Processor<'pulse-open'> = async ({ teamId, period }, deps) => {
  const opened = await openRound(deps.pulse, teamId, period, deps.now());
  return opened ? { roundId: opened.round.id, invited: opened.invited } : { skipped: true };
};
