import { tellCapReached } from '../../src/domain/recognition/service.ts';
import type { Processor } from '../../src/infra/queue/processor.ts';
import { recognitionDeps } from './deps.ts';

export const kudosCapNotice: Processor<'kudos-cap-notice'> = ({ memberId, localDate }, deps) =>
  tellCapReached(recognitionDeps(deps), memberId, localDate, deps.now());
