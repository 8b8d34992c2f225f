import { sendInvites } from '../../src/domain/pulse/service.ts';
import type { Processor } from '../../src/infra/queue/processor.ts';
import { pulseDeps } from './deps.ts';

export const pulseInvite: Processor<'pulse-invite'> = ({ roundId }, deps) => sendInvites(pulseDeps(deps), roundId, deps.now());
