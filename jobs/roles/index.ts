import type { ProcessorsOf } from '../../src/infra/queue/processor.ts';
import type { roleJobs } from '../../src/infra/queue/contracts/roles.ts';
import { rolesAnalyze } from './roles-analyze.ts';

export const roleProcessors: ProcessorsOf<typeof roleJobs> = {
  'roles-analyze': rolesAnalyze,
};
