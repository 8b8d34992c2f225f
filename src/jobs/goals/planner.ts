import { planGoalClosures } from '../../domain/goals/service.ts';
import type { Planner } from '../../infra/queue/processor.ts';

/** Goals whose period has ended on their team's calendar are closed (once: the job id is the goal's). */
export const goalClosures: Planner = (minute, deps) => planGoalClosures(deps.goals, minute);
