import { sendInvites } from '../../domain/pulse/service.ts';
import type { Processor } from '../../infra/queue/processor.ts';
import { pulseDeps } from './deps.ts';

export const pulseInvite: Processor<'pulse-invite'> = ({ roundId }, deps) =>
  sendInvites(pulseDeps(deps), roundId, deps.now());
