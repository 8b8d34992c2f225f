import { warnHeldRound } from '../../domain/pulse/service.ts';
import type { Processor } from '../../infra/queue/processor.ts';

export const pulseHeld: Processor<'pulse-held'> = async ({ teamId, period }, deps) => ({
  leadersWarned: await warnHeldRound(deps.pulse, teamId, period),
});
