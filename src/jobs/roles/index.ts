import type { ProcessorsOf } from '../../infra/queue/processor.ts';
import type { roleJobs } from '../../infra/queue/contracts/roles.ts';
import { rolesAnalyze } from './roles-analyze.ts';

export const roleProcessors: ProcessorsOf<typeof roleJobs> = {
  'roles-analyze': rolesAnalyze,
};
