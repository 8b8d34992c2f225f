import { postKudos } from '../../src/domain/recognition/service.ts';
import type { Processor } from '../../src/infra/queue/processor.ts';
import { recognitionDeps } from './deps.ts';

export const kudosPost: Processor<'kudos-post'> = ({ groupId }, deps) => postKudos(recognitionDeps(deps), groupId);
