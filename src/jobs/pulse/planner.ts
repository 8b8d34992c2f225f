import { planDuePulses } from '../../domain/pulse/service.ts';
import type { AnyJob } from '../../infra/queue/contracts.ts';
import type { JobDeps } from '../../infra/queue/processor.ts';

/** Pulse rounds to open (the team's pulse day, at its check-in time, team time) or to hold, and to close. */
export const planPulses = (minute: Date, deps: JobDeps): Promise<AnyJob[]> =>
  planDuePulses({ pulse: deps.stores.pulse, minGroup: deps.config.ANON_MIN_GROUP }, minute);
