import { planFeedback } from '../../domain/feedback/service.ts';
import type { Planner } from '../../infra/queue/processor.ts';

/**
 * Each minute: the batches whose window has ended (one job per team and window), and on the
 * hour the routes past their thirty days. Authors' actions never enqueue anything themselves.
 */
export const planFeedbackJobs: Planner = (minute, deps) => planFeedback(deps.feedback.feedback, minute);
