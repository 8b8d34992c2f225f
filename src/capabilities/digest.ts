import { digest as en } from '../i18n/en/digest.ts';
import { digest as zhCN } from '../i18n/zh-CN/digest.ts';
import { digestJobs } from '../infra/queue/contracts/digest.ts';
import { digestBlockerAsk } from '../jobs/digest/digest-blocker-ask.ts';
import { digestTeam } from '../jobs/digest/digest-team.ts';
import { planWeeklyDigests } from '../jobs/digest/planner.ts';
import { ChartThread } from '../infra/chart/chart-thread.ts';
import { CHART_FONT } from '../infra/chart/font.ts';
import { SlackDigestNotifier } from '../slack/digest-notifier.ts';
import * as digestBlockerAskAction from '../slack/listeners/actions/digest-blocker-ask.ts';
import * as digestHistory from '../slack/listeners/actions/digest-history.ts';
import * as digestThanks from '../slack/listeners/actions/digest-thanks.ts';
import * as digestThanksSubmit from '../slack/listeners/views/digest-thanks-submit.ts';
import * as digestCommand from '../slack/listeners/commands/digest.ts';
import type { ScoreMovement } from '../domain/digest/service.ts';
import { scoreMovement } from '../domain/scorecards/service.ts';
import { type CoreParts, defineCapability } from './define.ts';

/** The scorecard's movement, read through the scorecards capability's own rules. */
const scoreMovementOf =
  ({ stores, config }: CoreParts): ScoreMovement =>
  async (teamId, at) => {
    const team = await stores.teams.findTeam(teamId);
    if (!team) return null;
    return scoreMovement(
      { teams: stores.teams, scorecards: stores.scorecards, defaultTimeZone: config.DEFAULT_TIME_ZONE },
      team,
      at,
    );
  };

const appCore = (parts: CoreParts) => ({
  teams: parts.stores.teams,
  digest: parts.stores.digest,
  scoreMovement: scoreMovementOf(parts),
  queue: parts.enqueuer,
  minGroup: parts.config.ANON_MIN_GROUP,
});

/**
 * The leader's digest: each week's signals of everything the team does in Hexin, with coaching
 * suggestions that cite their evidence, stored as a snapshot and sent to each leader by DM.
 */
export const digest = defineCapability({
  name: 'digest',
  jobs: digestJobs,
  processors: { 'digest-team': digestTeam, 'digest-blocker-ask': digestBlockerAsk },
  planners: [planWeeklyDigests],
  listeners: [digestCommand, digestBlockerAskAction, digestHistory, digestThanks, digestThanksSubmit],
  catalogs: { en, 'zh-CN': zhCN },
  core: {
    app: appCore,
    worker: (parts) => ({
      ...appCore(parts),
      notifier: new SlackDigestNotifier(parts.slack, parts.gate, {
        render: new ChartThread().render,
        font: CHART_FONT.family,
      }),
      effects: parts.stores.effects,
    }),
  },
});
