import { refreshHead } from '../../domain/goals/service.ts';
import type { Processor } from '../../infra/queue/processor.ts';

export const goalHeadRefresh: Processor<'goal-head-refresh'> = ({ goalId }, deps) => refreshHead(deps.goals, goalId);
