import { importScorecardCsv } from '../../domain/scorecards/service.ts';
import type { Processor } from '../../infra/queue/processor.ts';
import { isDirectMessage } from '../../shared/slack-ids.ts';

/** A leader's CSV of values: fetched, checked whole, applied in one transaction or not at all. */
export const scorecardCsvImport: Processor<'scorecard-csv-import'> = (data, deps) =>
  importScorecardCsv(deps.scorecards, {
    workspaceId: data.workspaceId,
    fileId: data.fileId,
    uploaderSlackId: data.uploaderId,
    inDm: isDirectMessage(data.channelId),
    now: deps.now(),
  });
