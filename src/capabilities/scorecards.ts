import { scorecards as en } from '../i18n/en/scorecards.ts';
import { scorecards as zhCN } from '../i18n/zh-CN/scorecards.ts';
import { scorecardJobs } from '../infra/queue/contracts/scorecards.ts';
import { scorecardCsvImport } from '../jobs/scorecards/scorecard-csv-import.ts';
import * as scorecardCommand from '../slack/listeners/commands/scorecard.ts';
import * as fileShared from '../slack/listeners/events/file-shared.ts';
import * as scorecardEnter from '../slack/listeners/views/scorecard-enter.ts';
import * as scorecardTemplate from '../slack/listeners/views/scorecard-template.ts';
import { SlackFileSource, SlackScorecardNotifier } from '../jobs/scorecards/slack-files.ts';
import { type CoreParts, defineCapability } from './define.ts';

const appCore = ({ stores, config }: CoreParts) => ({
  teams: stores.teams,
  scorecards: stores.scorecards,
  defaultTimeZone: config.DEFAULT_TIME_ZONE,
});

/** Scorecards: versioned templates weighing process and results, values by form or CSV. */
export const scorecards = defineCapability({
  name: 'scorecards',
  jobs: scorecardJobs,
  processors: {
    'scorecard-csv-import': scorecardCsvImport,
  },
  planners: [],
  listeners: [scorecardCommand, scorecardTemplate, scorecardEnter, fileShared],
  catalogs: { en, 'zh-CN': zhCN },
  core: {
    app: appCore,
    // The app's core, and the way to Slack that only jobs take.
    worker: (parts) => ({
      ...appCore(parts),
      files: new SlackFileSource(parts.slack, parts.gate, parts.config.SLACK_BOT_TOKEN, parts.config.SLACK_API_URL),
      notifier: new SlackScorecardNotifier(parts.slack, parts.gate),
      effects: parts.stores.effects,
    }),
  },
});
