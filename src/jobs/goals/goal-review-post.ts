import { postGoalReview } from '../../domain/goals/service.ts';
import type { Processor } from '../../infra/queue/processor.ts';
import { goalDeps } from './deps.ts';

export const goalReviewPost: Processor<'goal-review-post'> = ({ goalId }, deps) =>
  postGoalReview(goalDeps(deps), goalId);
