import { sendKudosDm } from '../../domain/recognition/service.ts';
import type { Processor } from '../../infra/queue/processor.ts';

export const kudosDm: Processor<'kudos-dm'> = ({ kudosId }, deps) => sendKudosDm(deps.recognition, kudosId);
