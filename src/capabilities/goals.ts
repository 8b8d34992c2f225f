import { goals as en } from '../i18n/en/goals.ts';
import { goals as zhCN } from '../i18n/zh-CN/goals.ts';
import { goalJobs } from '../infra/queue/contracts/goals.ts';
import { goalClose } from '../jobs/goals/goal-close.ts';
import { goalHeadRefresh } from '../jobs/goals/goal-head-refresh.ts';
import { goalKrPost } from '../jobs/goals/goal-kr-post.ts';
import { goalKrReviewed } from '../jobs/goals/goal-kr-reviewed.ts';
import { goalPost } from '../jobs/goals/goal-post.ts';
import { goalReviewPost } from '../jobs/goals/goal-review-post.ts';
import { goalClosures } from '../jobs/goals/planner.ts';
import * as goalKrAccept from '../slack/listeners/actions/goal-kr-accept.ts';
import * as goalKrChange from '../slack/listeners/actions/goal-kr-change.ts';
import * as goalKrDecline from '../slack/listeners/actions/goal-kr-decline.ts';
import * as goalKrPropose from '../slack/listeners/actions/goal-kr-propose.ts';
import * as goalKrRevise from '../slack/listeners/actions/goal-kr-revise.ts';
import * as goalNewOpen from '../slack/listeners/actions/goal-new-open.ts';
import * as goalNext from '../slack/listeners/actions/goal-next.ts';
import * as goalUpdateOpen from '../slack/listeners/actions/goal-update-open.ts';
import * as goalCommand from '../slack/listeners/commands/goal.ts';
import * as goalThreadMessage from '../slack/listeners/events/goal-thread-message.ts';
import * as goalCreate from '../slack/listeners/views/goal-create.ts';
import * as goalKrChangeSubmit from '../slack/listeners/views/goal-kr-change-submit.ts';
import * as goalKrSubmit from '../slack/listeners/views/goal-kr-submit.ts';
import * as goalUpdateSubmit from '../slack/listeners/views/goal-update-submit.ts';
import { SlackGoalNotifier } from '../slack/goals-notifier.ts';
import { type CoreParts, defineCapability } from './define.ts';

const appCore = ({ stores, enqueuer, config }: CoreParts) => ({
  teams: stores.teams,
  goals: stores.goals,
  queue: enqueuer,
  defaultTimeZone: config.DEFAULT_TIME_ZONE,
});

/** Goals set together: key results proposed and reviewed in the goal's thread, progress, closing. */
export const goals = defineCapability({
  name: 'goals',
  jobs: goalJobs,
  processors: {
    'goal-post': goalPost,
    'goal-head-refresh': goalHeadRefresh,
    'goal-kr-post': goalKrPost,
    'goal-kr-reviewed': goalKrReviewed,
    'goal-close': goalClose,
    'goal-review-post': goalReviewPost,
  },
  planners: [goalClosures],
  listeners: [
    goalCommand,
    goalNewOpen,
    goalKrPropose,
    goalKrRevise,
    goalKrChange,
    goalKrAccept,
    goalKrDecline,
    goalUpdateOpen,
    goalNext,
    goalCreate,
    goalKrSubmit,
    goalKrChangeSubmit,
    goalUpdateSubmit,
    goalThreadMessage,
  ],
  catalogs: { en, 'zh-CN': zhCN },
  core: {
    app: appCore,
    // The app's core, and the way to Slack that only jobs take.
    worker: (parts) => ({
      ...appCore(parts),
      notifier: new SlackGoalNotifier(parts.slack, parts.gate),
      effects: parts.stores.effects,
    }),
  },
});
