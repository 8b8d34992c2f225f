import { closeGoal } from '../../domain/goals/service.ts';
import type { Processor } from '../../infra/queue/processor.ts';
import { goalDeps } from './deps.ts';

export const goalClose: Processor<'goal-close'> = ({ goalId }, deps) => closeGoal(goalDeps(deps), goalId, deps.now());
