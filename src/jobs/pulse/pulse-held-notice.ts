import { sendHeldNotice } from '../../domain/pulse/service.ts';
import type { Processor } from '../../infra/queue/processor.ts';
import { pulseDeps } from './deps.ts';

export const pulseHeldNotice: Processor<'pulse-held-notice'> = async (data, deps) => ({
  sent: await sendHeldNotice(pulseDeps(deps), data),
});
