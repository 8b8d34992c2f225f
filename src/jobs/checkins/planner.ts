import { planDueCheckins } from '../../domain/checkins/service.ts';
import type { Planner } from '../../infra/queue/processor.ts';

/** Prompts and reminders due now, in each member's own time zone. */
export const planCheckins: Planner = (minute, deps) => planDueCheckins(deps.checkins, minute);
