import { sendPrompt } from '../../domain/checkins/service.ts';
import type { Processor } from '../../infra/queue/processor.ts';

export const checkinPrompt: Processor<'checkin-prompt'> = ({ memberId, localDate }, deps) =>
  sendPrompt(deps.checkins, memberId, localDate, deps.now());
