import { planDuePulses } from '../../domain/pulse/service.ts';
import type { Planner } from '../../infra/queue/processor.ts';

/** Pulse rounds to open (the team's pulse day, at its check-in time, team time) or to hold, and to close. */
export const planPulses: Planner = (minute, deps) => planDuePulses(deps.pulse, minute);
