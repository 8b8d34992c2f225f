import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config/env.ts';
import type { Db } from '../../src/infra/db/database.ts';
import { createStores } from '../../src/infra/db/stores.ts';
import { createLogger } from '../../src/shared/logger.ts';
import { createSlackApp } from '../../src/slack/app.ts';
import type { AppDeps } from '../../src/slack/deps.ts';

const base = {
  SLACK_BOT_TOKEN: 'xoxb-mode-test',
  SLACK_SIGNING_SECRET: 'mode-test-secret',
  SLACK_API_URL: 'http://127.0.0.1:9/api/',
  FEEDBACK_ROUTE_KEY: Buffer.alloc(32, 7).toString('base64'),
};
// Listeners are only registered here, never called: the repositories never reach a database.
const deps = (config: ReturnType<typeof loadConfig>) => ({ config, log: createLogger('silent'), stores: createStores({} as Db) }) as unknown as AppDeps;
const identity = { botId: 'BMODE', botUserId: 'UMODE', workspace: { teamId: 'TMODE', enterpriseId: null } };

describe('choosing how the app meets Slack', () => {
  it('when no app-level token is set, then the app uses the HTTP receiver', () => {
    const config = loadConfig(base);
    expect(createSlackApp(config, deps(config), identity).httpReceiver).not.toBeNull();
  });

  it('when SLACK_APP_TOKEN is set, then the app uses Socket Mode and serves no HTTP receiver', () => {
    const config = loadConfig({ ...base, SLACK_APP_TOKEN: 'xapp-1-mode-test' });
    expect(createSlackApp(config, deps(config), identity).httpReceiver).toBeNull();
  });
});
