import { refreshHead } from '../../domain/goals/service.ts';
import type { Processor } from '../../infra/queue/processor.ts';
import { goalDeps } from './deps.ts';

export const goalHeadRefresh: Processor<'goal-head-refresh'> = ({ goalId }, deps) =>
  refreshHead(goalDeps(deps), goalId);
