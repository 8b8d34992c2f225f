import { planFeedback } from '../../domain/feedback/service.ts';
import type { AnyJob } from '../../infra/queue/contracts.ts';
import type { JobDeps } from '../../infra/queue/processor.ts';

/**
 * Each minute: the batches whose window has ended (one job per team and window), and on the
 * hour the routes past their thirty days. Authors' actions never enqueue anything themselves.
 */
export const planFeedbackJobs = (minute: Date, deps: Pick<JobDeps, 'stores'>): Promise<AnyJob[]> =>
  planFeedback(deps.stores.feedback, minute);
