import { resendPrompt } from '../../src/domain/checkins/service.ts';
import type { Processor } from '../../src/infra/queue/processor.ts';

export const checkinResend: Processor<'checkin-resend'> = ({ promptId, snoozedUntil }, deps) =>
  resendPrompt(deps.checkins, promptId, snoozedUntil);
