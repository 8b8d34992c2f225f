import { postGoalReview } from '../../domain/goals/service.ts';
import type { Processor } from '../../infra/queue/processor.ts';

export const goalReviewPost: Processor<'goal-review-post'> = ({ goalId }, deps) => postGoalReview(deps.goals, goalId);
