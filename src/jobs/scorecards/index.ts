import type { scorecardJobs } from '../../infra/queue/contracts/scorecards.ts';
import type { ProcessorsOf } from '../../infra/queue/processor.ts';
import { scorecardCsvImport } from './scorecard-csv-import.ts';

export const scorecardProcessors: ProcessorsOf<typeof scorecardJobs> = {
  'scorecard-csv-import': scorecardCsvImport,
};
