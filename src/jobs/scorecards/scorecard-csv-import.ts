import { importScorecardCsv } from '../../domain/scorecards/service.ts';
import type { Processor } from '../../infra/queue/processor.ts';
import { SlackFileSource, SlackScorecardNotifier } from './slack-files.ts';

/** A leader's CSV of values: fetched, checked whole, applied in one transaction or not at all. */
export const scorecardCsvImport: Processor<'scorecard-csv-import'> = (data, deps) =>
  importScorecardCsv(
    {
      teams: deps.teams,
      scorecards: deps.stores.scorecards,
      defaultTimeZone: deps.config.DEFAULT_TIME_ZONE,
      files: new SlackFileSource(deps.slack, deps.gate, deps.config.SLACK_BOT_TOKEN, deps.config.SLACK_API_URL),
      notifier: new SlackScorecardNotifier(deps.slack, deps.gate),
      effects: deps.stores.effects,
    },
    {
      workspaceId: data.workspaceId,
      fileId: data.fileId,
      uploaderSlackId: data.uploaderId,
      channelId: data.channelId,
      now: deps.now(),
    },
  );
