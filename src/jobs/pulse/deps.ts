import type { PulseDeps } from '../../domain/pulse/service.ts';
import { pulseAnsweredTags, RedisPulseBallots } from '../../infra/crypto/pulse-ballots.ts';
import type { JobDeps } from '../../infra/queue/processor.ts';
import { SlackPulseNotifier } from '../../slack/pulse-notifier.ts';

/** The pulse use cases' dependencies from the worker's: stores, queue, and Slack through the gate. */
export const pulseDeps = (deps: JobDeps): PulseDeps => ({
  teams: deps.stores.teams,
  pulse: deps.stores.pulse,
  ballots: new RedisPulseBallots(deps.redis, deps.config.QUEUE_PREFIX, pulseAnsweredTags(deps.config)),
  queue: deps.enqueuer,
  notifier: new SlackPulseNotifier(deps.slack, deps.gate),
  minGroup: deps.config.ANON_MIN_GROUP,
});
