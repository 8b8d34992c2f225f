import { tellCapReached } from '../../domain/recognition/service.ts';
import type { Processor } from '../../infra/queue/processor.ts';

export const kudosCapNotice: Processor<'kudos-cap-notice'> = ({ memberId, localDate }, deps) =>
  tellCapReached(deps.recognition, memberId, localDate, deps.now());
