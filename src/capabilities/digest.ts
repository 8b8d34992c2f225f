import { digest as en } from '../i18n/en/digest.ts';
import { digest as zhCN } from '../i18n/zh-CN/digest.ts';
import { digestJobs } from '../infra/queue/contracts/digest.ts';
import { digestTeam } from '../jobs/digest/digest-team.ts';
import { planWeeklyDigests } from '../jobs/digest/planner.ts';
import { SlackDigestNotifier } from '../slack/digest-notifier.ts';
import * as digestCommand from '../slack/listeners/commands/digest.ts';
import { type CoreParts, defineCapability } from './define.ts';

const appCore = ({ stores, config }: CoreParts) => ({
  teams: stores.teams,
  digest: stores.digest,
  minGroup: config.ANON_MIN_GROUP,
});

/**
 * The leader's digest: each week's signals of everything the team does in Hexin, with coaching
 * suggestions that cite their evidence, stored as a snapshot and sent to each leader by DM.
 */
export const digest = defineCapability({
  name: 'digest',
  jobs: digestJobs,
  processors: { 'digest-team': digestTeam },
  planners: [planWeeklyDigests],
  listeners: [digestCommand],
  catalogs: { en, 'zh-CN': zhCN },
  core: {
    app: appCore,
    worker: (parts) => ({
      ...appCore(parts),
      notifier: new SlackDigestNotifier(parts.slack, parts.gate),
      effects: parts.stores.effects,
    }),
  },
});
