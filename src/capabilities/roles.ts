import { roles as en } from '../i18n/en/roles.ts';
import { roles as zhCN } from '../i18n/zh-CN/roles.ts';
import { roleJobs } from '../infra/queue/contracts/roles.ts';
import { planRoleAnalyses } from '../jobs/roles/planner.ts';
import { rolesAnalyze } from '../jobs/roles/roles-analyze.ts';
import * as roleEdit from '../slack/listeners/actions/role-edit.ts';
import * as roleJudge from '../slack/listeners/actions/role-judge.ts';
import * as roleKeyResultDuty from '../slack/listeners/actions/role-kr-duty.ts';
import * as roleSameAs from '../slack/listeners/actions/role-same-as.ts';
import * as roleCommand from '../slack/listeners/commands/role.ts';
import * as roleSubmit from '../slack/listeners/views/role-submit.ts';
import { type CoreParts, defineCapability } from './define.ts';

const appCore = ({ stores, enqueuer }: CoreParts) => ({ teams: stores.teams, roles: stores.roles, queue: enqueuer });

/** Role cards: positions, duties and hand-offs, and the nightly overlap and gap analysis. */
export const roles = defineCapability({
  name: 'roles',
  jobs: roleJobs,
  processors: {
    'roles-analyze': rolesAnalyze,
  },
  planners: [planRoleAnalyses],
  listeners: [roleCommand, roleSubmit, roleJudge, roleKeyResultDuty, roleEdit, roleSameAs],
  catalogs: { en, 'zh-CN': zhCN },
  // Nothing of it sends to Slack: the app and the worker use the same core.
  core: { app: appCore, worker: appCore },
});
