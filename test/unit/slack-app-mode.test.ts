import { Writable } from 'node:stream';
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
const deps = (config: ReturnType<typeof loadConfig>) =>
  ({
    config,
    log: createLogger('silent'),
    stores: createStores({ prisma: {} as Db, raw: () => Promise.resolve([]) }),
  }) as unknown as AppDeps;
const identity = { botId: 'BMODE', botUserId: 'UMODE', workspace: { teamId: 'TMODE', enterpriseId: null } };

describe('choosing how the app meets Slack', () => {
  it('when no app-level token is set, then the app uses the HTTP receiver', () => {
    const config = loadConfig(base);
    expect(createSlackApp(config, deps(config), identity, []).httpReceiver).not.toBeNull();
  });

  it('when SLACK_APP_TOKEN is set, then the app uses Socket Mode and serves no HTTP receiver', () => {
    const config = loadConfig({ ...base, SLACK_APP_TOKEN: 'xapp-1-mode-test' });
    expect(createSlackApp(config, deps(config), identity, []).httpReceiver).toBeNull();
  });

  it('when SLACK_APP_TOKEN is set, then a request from another workspace or with a broken envelope is acknowledged, logged at warn and reaches no listener', async () => {
    const config = loadConfig({ ...base, SLACK_APP_TOKEN: 'xapp-1-mode-test' });
    const lines: Array<{ level: number; msg: string; reason?: string }> = [];
    const log = createLogger(
      'info',
      new Writable({
        write: (chunk, _e, done) => {
          lines.push(JSON.parse(String(chunk)));
          done();
        },
      }),
    );
    const { app } = createSlackApp(config, { ...deps(config), log }, identity, []);
    const deliver = async (body: Record<string, unknown>) => {
      let acked = 0;
      await app.processEvent({ body, ack: async () => void acked++ });
      return acked;
    };
    const command = (fields: Record<string, string>) => ({
      command: '/hexin',
      team_id: 'TMODE',
      user_id: 'UMODE1',
      channel_id: 'CMODE',
      text: 'setup',
      ...fields,
    });
    const mention = (teamId: string, authorizations?: unknown[]) => ({
      type: 'event_callback',
      team_id: teamId,
      event_id: `Ev${teamId}${authorizations?.length ?? 0}`,
      event: { type: 'app_mention', user: 'UMODE1', channel: 'CMODE', text: 'hi', ts: '1.000001' },
      ...(authorizations && { authorizations }),
    });

    expect(await deliver(command({ team_id: 'TOTHER' }))).toBe(1);
    expect(await deliver(command({ enterprise_id: 'EOTHER' }))).toBe(1);
    expect(await deliver(command({ user_id: '' }))).toBe(1);
    await deliver(mention('TOTHER'));
    const press = (teamId: string) => ({
      type: 'block_actions',
      team: { id: teamId },
      user: { id: 'UMODE1', team_id: 'TMODE' },
      actions: [{ action_id: 'mode_probe', type: 'button', value: 'x' }],
    });
    expect(await deliver(press('TOTHER'))).toBe(1);
    // The first listener-side middleware answers an unknown button: seen only when the guard let it through.
    const passed = () => lines.filter((line) => line.msg.includes('no listener')).length;
    expect(passed()).toBe(0);
    expect(
      lines.filter((line) => line.msg === 'slack request refused').map((line) => [line.level, line.reason]),
    ).toEqual([
      [40, 'another workspace'],
      [40, 'another workspace'],
      [40, 'malformed envelope'],
      [40, 'another workspace'],
      [40, 'another workspace'],
    ]);

    expect(await deliver(press('TMODE'))).toBe(1);
    expect(passed()).toBe(1);
    const refusedBefore = lines.filter((line) => line.msg === 'slack request refused').length;
    await deliver(mention('TOTHER', [{ team_id: 'TMODE', enterprise_id: null }]));
    expect(lines.filter((line) => line.msg === 'slack request refused').length).toBe(refusedBefore);
  });
});
