import { recognition as en } from '../i18n/en/recognition.ts';
import { recognition as zhCN } from '../i18n/zh-CN/recognition.ts';
import { recognitionJobs } from '../infra/queue/contracts/recognition.ts';
import { kudosCapNotice } from '../jobs/recognition/kudos-cap-notice.ts';
import { kudosDm } from '../jobs/recognition/kudos-dm.ts';
import { kudosPost } from '../jobs/recognition/kudos-post.ts';
import * as kudosCommand from '../slack/listeners/commands/kudos.ts';
import * as reactionAdded from '../slack/listeners/events/reaction-added.ts';
import { SlackRecognitionNotifier } from '../slack/recognition-notifier.ts';
import { type CoreParts, defineCapability } from './define.ts';

const appCore = ({ stores, enqueuer, config }: CoreParts) => ({
  teams: stores.teams,
  recognition: stores.recognition,
  queue: enqueuer,
  defaultTimeZone: config.DEFAULT_TIME_ZONE,
});

/** Recognition: kudos by command or reaction, for the team's values. */
export const recognition = defineCapability({
  name: 'recognition',
  jobs: recognitionJobs,
  processors: {
    'kudos-post': kudosPost,
    'kudos-dm': kudosDm,
    'kudos-cap-notice': kudosCapNotice,
  },
  planners: [],
  listeners: [kudosCommand, reactionAdded],
  catalogs: { en, 'zh-CN': zhCN },
  core: {
    app: appCore,
    // The app's core, and the way to Slack that only jobs take.
    worker: (parts) => ({
      ...appCore(parts),
      notifier: new SlackRecognitionNotifier(parts.slack, parts.gate, parts.log),
      effects: parts.stores.effects,
    }),
  },
});
