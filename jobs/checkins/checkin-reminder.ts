import { sendReminder } from '../../src/domain/checkins/service.ts';
import type { Processor } from '../../src/infra/queue/processor.ts';

export const checkinReminder: Processor<'checkin-reminder'> = ({ memberId, localDate }, deps) =>
  sendReminder(deps.checkins, memberId, localDate, deps.now());
