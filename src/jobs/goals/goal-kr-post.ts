import { postProposal } from '../../domain/goals/service.ts';
import type { Processor } from '../../infra/queue/processor.ts';

export const goalKrPost: Processor<'goal-kr-post'> = ({ keyResultId, supersedes }, deps) =>
  postProposal(deps.goals, keyResultId, supersedes);
