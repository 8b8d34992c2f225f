import { teams as en } from '../i18n/en/teams.ts';
import { teams as zhCN } from '../i18n/zh-CN/teams.ts';
import { teamJobs } from '../infra/queue/contracts/teams.ts';
import { memberSync } from '../jobs/teams/member-sync.ts';
import { planProfileRefreshes } from '../jobs/teams/planner.ts';
import { profileRefresh } from '../jobs/teams/profile-refresh.ts';
import { teamImport } from '../jobs/teams/team-import.ts';
import * as hexinCommand from '../slack/listeners/commands/hexin.ts';
import * as appHomeOpened from '../slack/listeners/events/app-home-opened.ts';
import * as memberChannel from '../slack/listeners/events/member-channel.ts';
import * as userChange from '../slack/listeners/events/user-change.ts';
import { defineCapability } from './define.ts';

/** Teams and people: set-up, membership followed from the home channel, Slack profiles, the App Home. */
export const teams = defineCapability({
  name: 'teams',
  jobs: teamJobs,
  processors: {
    'profile-refresh': profileRefresh,
    'member-sync': memberSync,
    'team-import': teamImport,
  },
  planners: [planProfileRefreshes],
  listeners: [hexinCommand, memberChannel, userChange, appHomeOpened],
  catalogs: { en, 'zh-CN': zhCN },
});
