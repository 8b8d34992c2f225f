import { pulse as en } from '../i18n/en/pulse.ts';
import { pulse as zhCN } from '../i18n/zh-CN/pulse.ts';
import { pulseJobs } from '../infra/queue/contracts/pulse.ts';
import { planPulses } from '../jobs/pulse/planner.ts';
import { pulseClose } from '../jobs/pulse/pulse-close.ts';
import { pulseHeldNotice } from '../jobs/pulse/pulse-held-notice.ts';
import { pulseHeld } from '../jobs/pulse/pulse-held.ts';
import { pulseInvite } from '../jobs/pulse/pulse-invite.ts';
import { pulseOpen } from '../jobs/pulse/pulse-open.ts';
import * as pulseOpenAction from '../slack/listeners/actions/pulse-open.ts';
import * as pulseCommand from '../slack/listeners/commands/pulse.ts';
import * as pulseSubmit from '../slack/listeners/views/pulse-submit.ts';
import { pulseAnsweredTags, RedisPulseBallots } from '../infra/crypto/pulse-ballots.ts';
import { SlackPulseNotifier } from '../slack/pulse-notifier.ts';
import { type CoreParts, defineCapability } from './define.ts';

const appCore = ({ stores, enqueuer, config, redis }: CoreParts) => ({
  teams: stores.teams,
  pulse: stores.pulse,
  ballots: new RedisPulseBallots(redis, config.QUEUE_PREFIX, pulseAnsweredTags(config)),
  queue: enqueuer,
  minGroup: config.ANON_MIN_GROUP,
});

/** Pulse: anonymous rounds on the study's traits, results only above the minimum group. */
export const pulse = defineCapability({
  name: 'pulse',
  jobs: pulseJobs,
  processors: {
    'pulse-open': pulseOpen,
    'pulse-invite': pulseInvite,
    'pulse-close': pulseClose,
    'pulse-held': pulseHeld,
    'pulse-held-notice': pulseHeldNotice,
  },
  planners: [planPulses],
  listeners: [pulseCommand, pulseOpenAction, pulseSubmit],
  catalogs: { en, 'zh-CN': zhCN },
  core: {
    app: appCore,
    // The app's core, and the way to Slack that only jobs take.
    worker: (parts) => ({ ...appCore(parts), notifier: new SlackPulseNotifier(parts.slack, parts.gate) }),
  },
});
