import { sendHeldNotice } from '../../src/domain/pulse/service.ts';
import type { Processor } from '../../src/infra/queue/processor.ts';
import { pulseDeps } from './deps.ts';

export const pulseHeldNotice: Processor<'pulse-held-notice'> = async (data, deps) => ({ sent: await sendHeldNotice(pulseDeps(deps), data) });
