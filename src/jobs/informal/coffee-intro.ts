import { sendIntro } from '../../domain/informal/service.ts';
import type { Processor } from '../../infra/queue/processor.ts';

export const coffeeIntro: Processor<'coffee-intro'> = ({ groupId }, deps) =>
  sendIntro(deps.informal, groupId, deps.now());
