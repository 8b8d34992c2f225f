import { postGoalHead } from '../../domain/goals/service.ts';
import type { Processor } from '../../infra/queue/processor.ts';
import { goalDeps } from './deps.ts';

export const goalPost: Processor<'goal-post'> = ({ goalId }, deps) => postGoalHead(goalDeps(deps), goalId);
