import { refreshFindings } from '../../domain/roles/service.ts';
import type { Processor } from '../../infra/queue/processor.ts';

/** After a role edit (and nightly): the team's overlaps and gaps, stored for the leader and the digest. */
export const rolesAnalyze: Processor<'roles-analyze'> = async ({ teamId }, deps) => {
  const report = await refreshFindings(deps.roles, teamId, deps.now());
  return report ? report.findings.length : 'no-team';
};
