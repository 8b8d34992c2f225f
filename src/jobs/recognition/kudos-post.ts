import { postKudos } from '../../domain/recognition/service.ts';
import type { Processor } from '../../infra/queue/processor.ts';
import { recognitionDeps } from './deps.ts';

export const kudosPost: Processor<'kudos-post'> = ({ groupId }, deps) => postKudos(recognitionDeps(deps), groupId);
