import { deliverWeekly } from '../../domain/digest/service.ts';
import type { Processor } from '../../infra/queue/processor.ts';

export const digestTeam: Processor<'digest-team'> = ({ teamId, week }, deps) =>
  deliverWeekly(deps.digest, teamId, week, deps.now());
