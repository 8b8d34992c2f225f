import { postGoalHead } from '../../domain/goals/service.ts';
import type { Processor } from '../../infra/queue/processor.ts';

export const goalPost: Processor<'goal-post'> = ({ goalId }, deps) => postGoalHead(deps.goals, goalId);
