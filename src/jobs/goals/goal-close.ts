import { closeGoal } from '../../domain/goals/service.ts';
import type { Processor } from '../../infra/queue/processor.ts';

export const goalClose: Processor<'goal-close'> = ({ goalId }, deps) => closeGoal(deps.goals, goalId, deps.now());
