import { closeRound } from '../../domain/pulse/service.ts';
import type { Processor } from '../../infra/queue/processor.ts';
import { pulseDeps } from './deps.ts';

export const pulseClose: Processor<'pulse-close'> = ({ roundId }, deps) =>
  closeRound(pulseDeps(deps), roundId, deps.now());
