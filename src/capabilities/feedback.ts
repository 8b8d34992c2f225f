import { feedback as en } from '../i18n/en/feedback.ts';
import { feedback as zhCN } from '../i18n/zh-CN/feedback.ts';
import { feedbackJobs } from '../infra/queue/contracts/feedback.ts';
import { feedbackClosed } from '../jobs/feedback/feedback-closed.ts';
import { feedbackDeliver } from '../jobs/feedback/feedback-deliver.ts';
import { feedbackExpire } from '../jobs/feedback/feedback-expire.ts';
import { feedbackRelay } from '../jobs/feedback/feedback-relay.ts';
import { planFeedbackJobs } from '../jobs/feedback/planner.ts';
import * as feedbackAnswerAction from '../slack/listeners/actions/feedback-answer.ts';
import * as feedbackAuthorClose from '../slack/listeners/actions/feedback-author-close.ts';
import * as feedbackLeaderClose from '../slack/listeners/actions/feedback-leader-close.ts';
import * as feedbackReplyAction from '../slack/listeners/actions/feedback-reply.ts';
import * as feedbackCommand from '../slack/listeners/commands/feedback.ts';
import * as feedbackAnswerView from '../slack/listeners/views/feedback-answer.ts';
import * as feedbackReplyView from '../slack/listeners/views/feedback-reply.ts';
import * as feedbackSubmit from '../slack/listeners/views/feedback-submit.ts';
import { feedbackKeys } from '../infra/crypto/feedback-keys.ts';
import { RotatingRateCounter } from '../infra/crypto/rate-limit.ts';
import { SlackFeedbackNotifier } from '../slack/feedback-notifier.ts';
import { defineCapability } from './define.ts';

/** Anonymous feedback: sealed routes to the author, batched delivery, replies, closing. */
export const feedback = defineCapability({
  name: 'feedback',
  jobs: feedbackJobs,
  processors: {
    'feedback-deliver': feedbackDeliver,
    'feedback-relay': feedbackRelay,
    'feedback-closed': feedbackClosed,
    'feedback-expire': feedbackExpire,
  },
  planners: [planFeedbackJobs],
  listeners: [
    feedbackCommand,
    feedbackSubmit,
    feedbackReplyAction,
    feedbackReplyView,
    feedbackLeaderClose,
    feedbackAnswerAction,
    feedbackAnswerView,
    feedbackAuthorClose,
  ],
  catalogs: { en, 'zh-CN': zhCN },
  core: {
    app: ({ stores, enqueuer, config, redis }) => {
      const keys = feedbackKeys(config);
      return {
        teams: stores.teams,
        feedback: stores.feedback,
        sealer: keys,
        counter: new RotatingRateCounter(redis, config.QUEUE_PREFIX, keys),
        queue: enqueuer,
        minGroup: config.ANON_MIN_GROUP,
        defaultTimeZone: config.DEFAULT_TIME_ZONE,
      };
    },
    worker: ({ stores, enqueuer, config, slack, gate, log }) => ({
      teams: stores.teams,
      feedback: stores.feedback,
      sealer: feedbackKeys(config),
      queue: enqueuer,
      notifier: new SlackFeedbackNotifier(slack, gate, log.child({ component: 'feedback' })),
      defaultTimeZone: config.DEFAULT_TIME_ZONE,
    }),
  },
});
