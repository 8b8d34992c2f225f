import { publishAnswer } from '../../src/domain/checkins/service.ts';
import type { Processor } from '../../src/infra/queue/processor.ts';

export const checkinPublish: Processor<'checkin-publish'> = ({ answerId, revision }, deps) =>
  publishAnswer(deps.checkins, answerId, revision);
