import { sendReminder } from '../../domain/checkins/service.ts';
import type { Processor } from '../../infra/queue/processor.ts';

export const checkinReminder: Processor<'checkin-reminder'> = ({ memberId, localDate }, deps) =>
  sendReminder(deps.checkins, memberId, localDate, deps.now());
