import { planGoalClosures } from '../../domain/goals/service.ts';
import type { JobDeps } from '../../infra/queue/processor.ts';

/** Goals whose period has ended on their team's calendar are closed (once: the job id is the goal's). */
export const goalClosures = (minute: Date, deps: JobDeps) =>
  planGoalClosures({ goals: deps.stores.goals, defaultTimeZone: deps.config.DEFAULT_TIME_ZONE }, minute);
