import { postGoalHead } from '../../src/domain/goals/service.ts';
import type { Processor } from '../../src/infra/queue/processor.ts';
import { goalDeps } from './deps.ts';

export const goalPost: Processor<'goal-post'> = ({ goalId }, deps) => postGoalHead(goalDeps(deps), goalId);
