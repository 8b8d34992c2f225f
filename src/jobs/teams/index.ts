import type { ProcessorsOf } from '../../infra/queue/processor.ts';
import type { teamJobs } from '../../infra/queue/contracts/teams.ts';
import { memberSync } from './member-sync.ts';
import { profileRefresh } from './profile-refresh.ts';
import { teamImport } from './team-import.ts';

export const teamProcessors: ProcessorsOf<typeof teamJobs> = {
  'profile-refresh': profileRefresh,
  'member-sync': memberSync,
  'team-import': teamImport,
};
