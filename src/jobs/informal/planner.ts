import { planInformal } from '../../domain/informal/service.ts';
import type { Planner } from '../../infra/queue/processor.ts';

/** Coffee rounds and icebreakers due (their weekday and minute, team time), and rounds' follow-ups and ends. */
export const planInformalChannels: Planner = (minute, deps) => planInformal(deps.informal, minute);
