import { postProposal } from '../../domain/goals/service.ts';
import type { Processor } from '../../infra/queue/processor.ts';
import { goalDeps } from './deps.ts';

export const goalKrPost: Processor<'goal-kr-post'> = ({ keyResultId, supersedes }, deps) =>
  postProposal(goalDeps(deps), keyResultId, supersedes);
