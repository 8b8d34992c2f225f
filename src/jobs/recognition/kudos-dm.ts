import { sendKudosDm } from '../../domain/recognition/service.ts';
import type { Processor } from '../../infra/queue/processor.ts';
import { recognitionDeps } from './deps.ts';

export const kudosDm: Processor<'kudos-dm'> = ({ kudosId }, deps) => sendKudosDm(recognitionDeps(deps), kudosId);
