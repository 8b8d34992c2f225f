import { sendPrompt } from '../../src/domain/checkins/service.ts';
import type { Processor } from '../../src/infra/queue/processor.ts';

export const checkinPrompt: Processor<'checkin-prompt'> = ({ memberId, localDate }, deps) =>
  sendPrompt(deps.checkins, memberId, localDate, deps.now());
