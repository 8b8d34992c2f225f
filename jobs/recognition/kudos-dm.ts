import { sendKudosDm } from '../../src/domain/recognition/service.ts';
import type { Processor } from '../../src/infra/queue/processor.ts';
import { recognitionDeps } from './deps.ts';

export const kudosDm: Processor<'kudos-dm'> = ({ kudosId }, deps) => sendKudosDm(recognitionDeps(deps), kudosId);
