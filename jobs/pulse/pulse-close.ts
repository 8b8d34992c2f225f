import { closeRound } from '../../src/domain/pulse/service.ts';
import type { Processor } from '../../src/infra/queue/processor.ts';
import { pulseDeps } from './deps.ts';

export const pulseClose: Processor<'pulse-close'> = ({ roundId }, deps) => closeRound(pulseDeps(deps), roundId, deps.now());
