import { postKudos } from '../../domain/recognition/service.ts';
import type { Processor } from '../../infra/queue/processor.ts';

export const kudosPost: Processor<'kudos-post'> = ({ groupId }, deps) => postKudos(deps.recognition, groupId);
