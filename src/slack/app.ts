import { App, HTTPReceiver, type Receiver } from '@slack/bolt';
import type { Config } from '../config/env.ts';
import { boltLogger } from './bolt-logger.ts';
import type { AppDeps } from './deps.ts';
import * as dedupe from './listeners/events/dedupe.ts';
import { checkinListeners } from './registry/checkins.ts';
import { feedbackListeners } from './registry/feedback.ts';
import { goalListeners } from './registry/goals.ts';
import { pulseListeners } from './registry/pulse.ts';
import { recognitionListeners } from './registry/recognition.ts';
import { roleListeners } from './registry/roles.ts';
import { scorecardListeners } from './registry/scorecards.ts';
import { teamListeners } from './registry/teams.ts';

/** Every listener, one registry per capability; event dedupe first so it guards the rest. */
const listeners = [
  dedupe,
  ...teamListeners,
  ...checkinListeners,
  ...goalListeners,
  ...roleListeners,
  ...scorecardListeners,
  ...recognitionListeners,
  ...feedbackListeners,
  ...pulseListeners,
];

export interface SlackApp {
  app: App;
  /** Set in HTTP mode: the receiver whose request listener our HTTP server delegates to. */
  httpReceiver: HTTPReceiver | null;
}

/**
 * Builds the Bolt app. Socket Mode when an app-level token is configured (local use, no
 * public URL); otherwise the HTTP receiver, served by src/slack/http-server.ts.
 * `identity` skips Bolt's auth.test when the bot's ids are already known (tests).
 */
export function createSlackApp(config: Config, deps: AppDeps, identity?: { botId: string; botUserId: string }): SlackApp {
  const logger = boltLogger(deps.log);
  const clientOptions = { slackApiUrl: config.SLACK_API_URL };
  const common = {
    token: config.SLACK_BOT_TOKEN,
    logger,
    clientOptions,
    ...(identity && { ...identity, tokenVerificationEnabled: false }),
  };
  let app: App;
  let httpReceiver: HTTPReceiver | null = null;
  if (config.SLACK_APP_TOKEN) {
    app = new App({ ...common, appToken: config.SLACK_APP_TOKEN, socketMode: true, signingSecret: config.SLACK_SIGNING_SECRET });
  } else {
    httpReceiver = new HTTPReceiver({ signingSecret: config.SLACK_SIGNING_SECRET, endpoints: '/slack/events', logger, processBeforeResponse: false });
    app = new App({ ...common, receiver: httpReceiver as Receiver });
  }
  for (const listener of listeners) listener.register(app, deps);
  app.error(async (error) => {
    deps.log.error({ code: (error as { code?: string }).code, err: error.message }, 'unhandled Bolt error');
  });
  return { app, httpReceiver };
}
