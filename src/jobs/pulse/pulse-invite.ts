import { sendInvites } from '../../domain/pulse/service.ts';
import type { Processor } from '../../infra/queue/processor.ts';

export const pulseInvite: Processor<'pulse-invite'> = ({ roundId }, deps) =>
  sendInvites(deps.pulse, roundId, deps.now());
