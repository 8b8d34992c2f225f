import { sendHeldNotice } from '../../domain/pulse/service.ts';
import type { Processor } from '../../infra/queue/processor.ts';

export const pulseHeldNotice: Processor<'pulse-held-notice'> = async (data, deps) => ({
  sent: await sendHeldNotice(deps.pulse, data),
});
