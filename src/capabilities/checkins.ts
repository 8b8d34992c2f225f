import { checkins as en } from '../i18n/en/checkins.ts';
import { checkins as zhCN } from '../i18n/zh-CN/checkins.ts';
import { checkinJobs } from '../infra/queue/contracts/checkins.ts';
import { blockerClaimed } from '../jobs/checkins/blocker-claimed.ts';
import { blockerNotify } from '../jobs/checkins/blocker-notify.ts';
import { checkinPrompt } from '../jobs/checkins/checkin-prompt.ts';
import { checkinPublish } from '../jobs/checkins/checkin-publish.ts';
import { checkinReminder } from '../jobs/checkins/checkin-reminder.ts';
import { checkinResend } from '../jobs/checkins/checkin-resend.ts';
import { planCheckins } from '../jobs/checkins/planner.ts';
import * as blockerHelp from '../slack/listeners/actions/blocker-help.ts';
import * as checkinOpen from '../slack/listeners/actions/checkin-open.ts';
import * as checkinSkip from '../slack/listeners/actions/checkin-skip.ts';
import * as checkinSnooze from '../slack/listeners/actions/checkin-snooze.ts';
import * as checkinCommand from '../slack/listeners/commands/checkin.ts';
import * as checkinSubmit from '../slack/listeners/views/checkin-submit.ts';
import { SlackCheckinNotifier } from '../slack/notifier.ts';
import { type CoreParts, defineCapability } from './define.ts';

const appCore = ({ stores, enqueuer, config }: CoreParts) => ({
  teams: stores.teams,
  checkins: stores.checkins,
  queue: enqueuer,
  defaultTimeZone: config.DEFAULT_TIME_ZONE,
});

/** Daily check-ins: prompts in each member's time, the day's thread, blockers and who helps. */
export const checkins = defineCapability({
  name: 'checkins',
  jobs: checkinJobs,
  processors: {
    'checkin-prompt': checkinPrompt,
    'checkin-reminder': checkinReminder,
    'checkin-resend': checkinResend,
    'checkin-publish': checkinPublish,
    'blocker-notify': blockerNotify,
    'blocker-claimed': blockerClaimed,
  },
  planners: [planCheckins],
  listeners: [checkinCommand, checkinOpen, checkinSkip, checkinSnooze, blockerHelp, checkinSubmit],
  catalogs: { en, 'zh-CN': zhCN },
  core: {
    app: appCore,
    // The app's core, and the way to Slack that only jobs take.
    worker: (parts) => ({
      ...appCore(parts),
      notifier: new SlackCheckinNotifier(parts.slack, parts.gate),
      dutyHolders: (teamId, text) => parts.stores.roles.holdersOfDutyMatching(teamId, text),
      effects: parts.stores.effects,
    }),
  },
});
