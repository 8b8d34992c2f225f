import type { FeedbackDeps } from '../../domain/feedback/service.ts';
import { feedbackKeys } from '../../infra/crypto/feedback-keys.ts';
import type { JobDeps } from '../../infra/queue/processor.ts';
import { SlackFeedbackNotifier } from '../../slack/feedback-notifier.ts';

const built = new WeakMap<JobDeps, FeedbackDeps>();

/** Feedback's use cases as jobs call them, built once per worker. */
export function feedbackDeps(deps: JobDeps): FeedbackDeps {
  let found = built.get(deps);
  if (!found) {
    found = {
      teams: deps.teams,
      feedback: deps.stores.feedback,
      sealer: feedbackKeys(deps.config),
      queue: deps.enqueuer,
      notifier: new SlackFeedbackNotifier(deps.slack, deps.gate, deps.log.child({ component: 'feedback' })),
      defaultTimeZone: deps.config.DEFAULT_TIME_ZONE,
    };
    built.set(deps, found);
  }
  return found;
}
