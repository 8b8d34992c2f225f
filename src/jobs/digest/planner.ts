import { planDigests } from '../../domain/digest/service.ts';
import type { Planner } from '../../infra/queue/processor.ts';

/** Each team's weekly digest, due at its digest weekday and minute (team time). */
export const planWeeklyDigests: Planner = (minute, deps) => planDigests(deps.digest, minute);
