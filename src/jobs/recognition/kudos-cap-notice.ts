import { tellCapReached } from '../../domain/recognition/service.ts';
import type { Processor } from '../../infra/queue/processor.ts';
import { recognitionDeps } from './deps.ts';

export const kudosCapNotice: Processor<'kudos-cap-notice'> = ({ memberId, localDate }, deps) =>
  tellCapReached(recognitionDeps(deps), memberId, localDate, deps.now());
