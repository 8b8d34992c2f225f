import { warnHeldRound } from '../../src/domain/pulse/service.ts';
import type { Processor } from '../../src/infra/queue/processor.ts';
import { pulseDeps } from './deps.ts';

export const pulseHeld: Processor<'pulse-held'> = async ({ teamId, period }, deps) => ({ leadersWarned: await warnHeldRound(pulseDeps(deps), teamId, period) });
