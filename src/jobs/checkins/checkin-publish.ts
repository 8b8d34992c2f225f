import { publishAnswer } from '../../domain/checkins/service.ts';
import type { Processor } from '../../infra/queue/processor.ts';

export const checkinPublish: Processor<'checkin-publish'> = ({ answerId, revision }, deps) =>
  publishAnswer(deps.checkins, answerId, revision);
