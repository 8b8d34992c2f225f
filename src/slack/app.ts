import { App } from '@slack/bolt';
import type { Config } from '../config/env.ts';
import { DATABASE_UNAVAILABLE, isDatabaseUnavailable } from '../infra/db/unavailable.ts';
import { boltLogger } from './bolt-logger.ts';
import type { AppDeps } from './deps.ts';
import type { InstalledWorkspace } from './envelope.ts';
import * as dedupe from './listeners/events/dedupe.ts';
import * as unavailable from './listeners/fallback/unavailable.ts';
import { tellOtherWorkspace } from './other-workspace.ts';
import { SlackHttpReceiver } from './receiver.ts';
import { guardSocketMode } from './socket-guard.ts';
import { recordingApp, RegisteredIds } from './registered.ts';
import type { ListenerModule } from './listener-module.ts';

export interface SlackApp {
  app: App;
  /** Set in HTTP mode: the receiver our HTTP server hands /slack/events to. */
  httpReceiver: SlackHttpReceiver | null;
}

/** The bot's ids (tests pass them to skip Bolt's auth.test) and the workspace it is installed in. */
export interface SlackIdentity {
  botId?: string;
  botUserId?: string;
  workspace: InstalledWorkspace;
}

/**
 * Builds the Bolt app. Socket Mode when an app-level token is configured (local use, no
 * public URL), with the same envelope and workspace checks as a first middleware; otherwise
 * our HTTP receiver, which makes them before Bolt, served by src/slack/http-server.ts. The
 * listeners are the capabilities' (src/capabilities/), in their order.
 */
export function createSlackApp(
  config: Config,
  deps: AppDeps,
  identity: SlackIdentity,
  listeners: readonly ListenerModule[],
): SlackApp {
  const logger = boltLogger(deps.log);
  const clientOptions = { slackApiUrl: config.SLACK_API_URL };
  const common = {
    token: config.SLACK_BOT_TOKEN,
    logger,
    clientOptions,
    // Bolt's conversation store would look up state for every request; no listener keeps any.
    convoStore: false as const,
    ...(identity.botId &&
      identity.botUserId && { botId: identity.botId, botUserId: identity.botUserId, tokenVerificationEnabled: false }),
  };
  let app: App;
  let httpReceiver: SlackHttpReceiver | null = null;
  const tellForeign = (body: Record<string, unknown>, responseUrl: string) =>
    tellOtherWorkspace(deps, app.client, body, responseUrl);
  if (config.SLACK_APP_TOKEN) {
    app = new App({
      ...common,
      appToken: config.SLACK_APP_TOKEN,
      socketMode: true,
      signingSecret: config.SLACK_SIGNING_SECRET,
    });
    // Before every other middleware: the envelope and workspace checks the HTTP receiver makes.
    guardSocketMode(app, {
      installed: identity.workspace,
      log: deps.log.child({ component: 'socket-guard' }),
      tellOtherWorkspace: tellForeign,
    });
  } else {
    httpReceiver = new SlackHttpReceiver({
      signingSecret: config.SLACK_SIGNING_SECRET,
      installed: identity.workspace,
      log: deps.log.child({ component: 'receiver' }),
      boltLogger: logger,
      tellOtherWorkspace: tellForeign,
    });
    app = new App({ ...common, receiver: httpReceiver });
  }
  const registered = new RegisteredIds();
  // First, so a request no listener is registered for is acknowledged before anything else runs.
  unavailable.register(app, deps, registered);
  const recording = recordingApp(app, registered);
  // Event dedupe first, so it guards every listener after it.
  dedupe.register(recording, deps);
  for (const listener of listeners) listener.register(recording, deps);
  app.error(async (error) => {
    const original = (error as { original?: unknown }).original ?? error;
    // An outage is expected during a database restart: the person was told; not an error line.
    if (isDatabaseUnavailable(original)) {
      deps.log.warn(
        { code: DATABASE_UNAVAILABLE, err: error.message },
        'request not carried out: database unavailable',
      );
      return;
    }
    deps.log.error({ code: (error as { code?: string }).code, err: error.message }, 'unhandled Bolt error');
  });
  return { app, httpReceiver };
}
