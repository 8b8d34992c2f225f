import { resendPrompt } from '../../domain/checkins/service.ts';
import type { Processor } from '../../infra/queue/processor.ts';

export const checkinResend: Processor<'checkin-resend'> = ({ promptId, snoozedUntil }, deps) =>
  resendPrompt(deps.checkins, promptId, snoozedUntil);
