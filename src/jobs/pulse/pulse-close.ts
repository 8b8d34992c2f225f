import { closeRound } from '../../domain/pulse/service.ts';
import type { Processor } from '../../infra/queue/processor.ts';

export const pulseClose: Processor<'pulse-close'> = ({ roundId }, deps) => closeRound(deps.pulse, roundId, deps.now());
