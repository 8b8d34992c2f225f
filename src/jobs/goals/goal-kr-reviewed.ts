import { announceReview } from '../../domain/goals/service.ts';
import type { Processor } from '../../infra/queue/processor.ts';
import { goalDeps } from './deps.ts';

export const goalKrReviewed: Processor<'goal-kr-reviewed'> = ({ keyResultId, proposalTs, decision }, deps) =>
  announceReview(goalDeps(deps), keyResultId, proposalTs, decision);
