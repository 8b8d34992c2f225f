import { icebreakers as icebreakersEn } from '../i18n/en/icebreakers.ts';
import { informal as en } from '../i18n/en/informal.ts';
import { icebreakers as icebreakersZh } from '../i18n/zh-CN/icebreakers.ts';
import { informal as zhCN } from '../i18n/zh-CN/informal.ts';
import { informalJobs } from '../infra/queue/contracts/informal.ts';
import { coffeeChannelProblem } from '../jobs/informal/coffee-channel-problem.ts';
import { coffeeClose } from '../jobs/informal/coffee-close.ts';
import { coffeeFollowup } from '../jobs/informal/coffee-followup.ts';
import { coffeeFollowups } from '../jobs/informal/coffee-followups.ts';
import { coffeeIntro } from '../jobs/informal/coffee-intro.ts';
import { coffeeLeftOut } from '../jobs/informal/coffee-left-out.ts';
import { coffeePauseAsk } from '../jobs/informal/coffee-pause-ask.ts';
import { coffeeRound } from '../jobs/informal/coffee-round.ts';
import { icebreakerPost } from '../jobs/informal/icebreaker-post.ts';
import { planInformalChannels } from '../jobs/informal/planner.ts';
import * as coffeeAnswer from '../slack/listeners/actions/coffee-answer.ts';
import * as coffeePauseAnswer from '../slack/listeners/actions/coffee-pause-answer.ts';
import * as coffeeCommand from '../slack/listeners/commands/coffee.ts';
import * as icebreakerReply from '../slack/listeners/events/icebreaker-reply.ts';
import { SlackInformalNotifier } from '../slack/informal-notifier.ts';
import { type CoreParts, defineCapability } from './define.ts';

const appCore = ({ stores, enqueuer }: CoreParts) => ({
  teams: stores.teams,
  informal: stores.informal,
  queue: enqueuer,
});

/**
 * Informal channels: coffee pairing that leaves nobody out, icebreakers in the team's informal
 * channel, and the week's figures of both for the leader's digest.
 */
export const informal = defineCapability({
  name: 'informal',
  jobs: informalJobs,
  processors: {
    'coffee-round': coffeeRound,
    'coffee-intro': coffeeIntro,
    'coffee-followups': coffeeFollowups,
    'coffee-followup': coffeeFollowup,
    'coffee-close': coffeeClose,
    'coffee-pause-ask': coffeePauseAsk,
    'coffee-left-out': coffeeLeftOut,
    'coffee-channel-problem': coffeeChannelProblem,
    'icebreaker-post': icebreakerPost,
  },
  planners: [planInformalChannels],
  listeners: [coffeeCommand, coffeeAnswer, coffeePauseAnswer, icebreakerReply],
  catalogs: { en: { ...en, ...icebreakersEn }, 'zh-CN': { ...zhCN, ...icebreakersZh } },
  core: {
    app: appCore,
    // The app's core, and the way to Slack that only jobs take.
    worker: (parts) => ({
      ...appCore(parts),
      notifier: new SlackInformalNotifier(parts.slack, parts.gate),
      effects: parts.stores.effects,
    }),
  },
});
