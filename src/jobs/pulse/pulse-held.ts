import { warnHeldRound } from '../../domain/pulse/service.ts';
import type { Processor } from '../../infra/queue/processor.ts';
import { pulseDeps } from './deps.ts';

export const pulseHeld: Processor<'pulse-held'> = async ({ teamId, period }, deps) => ({
  leadersWarned: await warnHeldRound(pulseDeps(deps), teamId, period),
});
