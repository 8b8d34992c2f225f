import { announceReview } from '../../domain/goals/service.ts';
import type { Processor } from '../../infra/queue/processor.ts';

export const goalKrReviewed: Processor<'goal-kr-reviewed'> = ({ keyResultId, proposalTs, decision }, deps) =>
  announceReview(deps.goals, keyResultId, proposalTs, decision);
