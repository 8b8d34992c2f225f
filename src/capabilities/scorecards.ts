import { scorecards as en } from '../i18n/en/scorecards.ts';
import { scorecards as zhCN } from '../i18n/zh-CN/scorecards.ts';
import { scorecardJobs } from '../infra/queue/contracts/scorecards.ts';
import { scorecardCsvImport } from '../jobs/scorecards/scorecard-csv-import.ts';
import * as scorecardCommand from '../slack/listeners/commands/scorecard.ts';
import * as fileShared from '../slack/listeners/events/file-shared.ts';
import * as scorecardEnter from '../slack/listeners/views/scorecard-enter.ts';
import * as scorecardTemplate from '../slack/listeners/views/scorecard-template.ts';
import { SlackFileSource, SlackScorecardNotifier } from '../jobs/scorecards/slack-files.ts';
import { defineCapability } from './define.ts';

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
    app: ({ stores, config }) => ({
      teams: stores.teams,
      scorecards: stores.scorecards,
      defaultTimeZone: config.DEFAULT_TIME_ZONE,
    }),
    worker: ({ stores, config, slack, gate }) => ({
      teams: stores.teams,
      scorecards: stores.scorecards,
      defaultTimeZone: config.DEFAULT_TIME_ZONE,
      files: new SlackFileSource(slack, gate, config.SLACK_BOT_TOKEN, config.SLACK_API_URL),
      notifier: new SlackScorecardNotifier(slack, gate),
      effects: stores.effects,
    }),
  },
});
