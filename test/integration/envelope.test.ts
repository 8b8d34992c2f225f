import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { t } from '../../src/i18n/index.ts';
import { startApp } from '../../src/main/roles.ts';
import { FAKE_BOT_ID, FAKE_BOT_USER_ID } from '../fakes/fake-slack.ts';
import { Harness, SIGNING_SECRET, WORKSPACE } from '../support/harness.ts';
import { form, postToApp } from '../support/signed-requests.ts';

const FORM = 'application/x-www-form-urlencoded';
const JSON_TYPE = 'application/json';
const OTHER_WORKSPACE = 'T0OTHER';

describe('the envelope of every Slack request', () => {
  let h: Harness;

  beforeAll(async () => {
    h = await Harness.start();
    h.slack.addUser({ id: 'UADM', realName: 'Admin', tz: 'Asia/Shanghai', isAdmin: true, locale: 'en-US' });
    h.slack.addUser({ id: 'UZH', realName: '张三', tz: 'Asia/Shanghai', locale: 'zh-CN' });
  });
  afterAll(() => h.close());

  /** Log lines written from now on, parsed. */
  const logsFrom = (start: number) =>
    h.logLines.slice(start).map((line) => JSON.parse(line) as { level: number; msg: string; reason?: string });
  const errorLines = (start: number) => logsFrom(start).filter((line) => line.level >= 50);

  const interactive = (payload: unknown) => h.post(form({ payload: JSON.stringify(payload) }), FORM);
  const blockActions = (overrides: Record<string, unknown>) =>
    interactive({
      type: 'block_actions',
      user: { id: 'UADM', team_id: WORKSPACE },
      team: { id: WORKSPACE, domain: 'test' },
      enterprise: null,
      api_app_id: 'A0HEXIN',
      response_url: h.slack.responseUrl('envelope'),
      actions: [{ action_id: 'checkin_open', block_id: 'b', type: 'button', value: 'x' }],
      ...overrides,
    });
  const event = (overrides: Record<string, unknown>) =>
    h.post(
      JSON.stringify({
        type: 'event_callback',
        team_id: WORKSPACE,
        api_app_id: 'A0HEXIN',
        event_id: `Ev${Math.random().toString(36).slice(2, 10).toUpperCase()}`,
        event_time: 1,
        event: { type: 'app_home_opened', user: 'UADM', tab: 'home' },
        authorizations: [{ team_id: WORKSPACE, enterprise_id: null, user_id: 'UBOT', is_bot: true }],
        ...overrides,
      }),
      JSON_TYPE,
    );
  const setupFrom = (team: string, extra: Record<string, string> = {}) =>
    h.post(
      form({
        team_id: team,
        channel_id: 'CFOREIGN',
        channel_name: 'foreign',
        user_id: 'UADM',
        command: '/hexin',
        text: 'setup',
        response_url: h.slack.responseUrl('foreign'),
        trigger_id: 't',
        ...extra,
      }),
      FORM,
    );

  it('when a signed body is null, malformed or of the wrong shape, then it gets 400, one warn line and no effect', async () => {
    const cases: Array<[string, () => ReturnType<Harness['post']>]> = [
      ['JSON null', () => h.post('null', JSON_TYPE)],
      ['JSON number', () => h.post('42', JSON_TYPE)],
      ['broken JSON', () => h.post('{"type":', JSON_TYPE)],
      ['form payload=null', () => h.post(form({ payload: 'null' }), FORM)],
      ['form payload not JSON', () => h.post(form({ payload: '{nope' }), FORM)],
      ['event: null', () => event({ event: null })],
      ['event without a type', () => event({ event: { user: 'UADM' } })],
      ['empty team_id on an event', () => event({ team_id: '' })],
      ['event user: null', () => event({ event: { type: 'app_home_opened', user: null } })],
      ['event channel: null', () => event({ event: { type: 'member_joined_channel', user: 'UADM', channel: null } })],
      [
        'a reaction without its item',
        () => event({ event: { type: 'reaction_added', user: 'UADM', reaction: 'clap' } }),
      ],
      ['a response_url that is not a URL', () => blockActions({ response_url: 'cmx5b15pl000aaf7dzcu20p3r' })],
      ['channel: null on a button', () => blockActions({ channel: null })],
      ['actions: null', () => blockActions({ actions: null })],
      ['actions: []', () => blockActions({ actions: [] })],
      ['action_id a number', () => blockActions({ actions: [{ action_id: 7, type: 'button' }] })],
      ['user: null', () => blockActions({ user: null })],
      [
        'view: null on a submission',
        () => interactive({ type: 'view_submission', user: { id: 'UADM' }, team: { id: WORKSPACE }, view: null }),
      ],
      [
        'view without blocks on a submission',
        () =>
          interactive({
            type: 'view_submission',
            user: { id: 'UADM' },
            team: { id: WORKSPACE },
            view: { id: 'V1', type: 'modal', callback_id: 'checkin_submit', state: { values: {} } },
          }),
      ],
      [
        'view without state on a submission',
        () =>
          interactive({
            type: 'view_submission',
            user: { id: 'UADM' },
            team: { id: WORKSPACE },
            view: { id: 'V1', type: 'modal', callback_id: 'checkin_submit' },
          }),
      ],
      [
        'an unknown payload type',
        () => interactive({ type: 'dialog_submission', user: { id: 'UADM' }, team: { id: WORKSPACE } }),
      ],
      ['a button naming no workspace', () => blockActions({ team: null })],
      [
        'a closed modal naming no workspace',
        () =>
          interactive({
            type: 'view_closed',
            user: { id: 'UADM', team_id: WORKSPACE },
            team: null,
            view: { id: 'V1', type: 'modal', callback_id: 'x' },
          }),
      ],
      ['a command with an empty team_id', () => setupFrom('')],
      [
        'a command with no user',
        () => h.post(form({ team_id: WORKSPACE, channel_id: 'C1', command: '/hexin', text: 'setup' }), FORM),
      ],
      ['a content type Slack never sends', () => h.post('team_id=T0TEST', 'text/plain')],
    ];
    for (const [name, send] of cases) {
      const start = h.logLines.length;
      const res = await send();
      expect({ name, status: res.status }).toEqual({ name, status: 400 });
      const refused = logsFrom(start).filter((line) => line.msg === 'slack request refused');
      expect({ name, warns: refused.map((line) => line.level) }).toEqual({ name, warns: [40] });
      expect(errorLines(start)).toEqual([]);
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(h.slack.calls.filter((call) => call.method !== 'auth.test')).toEqual([]);
    expect(await h.runtime.stores.teams.findTeamByChannel('', 'CFOREIGN')).toBeNull();
    expect((await fetch(`${h.url}/healthz`)).status).toBe(200);
  });

  it('when Slack checks the certificate, then the unsigned ssl_check is answered 200 and nothing else happens', async () => {
    const res = await h.post(form({ ssl_check: '1', token: 'x' }), FORM, { signature: 'v0=unsigned' });
    expect(res.status).toBe(200);
    expect(res.body).toBe('');
  });

  it('when a body is larger than Slack ever sends, then it gets 413 and the process lives on', async () => {
    const res = await h.post(JSON.stringify({ type: 'event_callback', pad: 'x'.repeat(1_100_000) }), JSON_TYPE);
    expect(res.status).toBe(413);
    expect((await fetch(`${h.url}/healthz`)).status).toBe(200);
  });

  it('when /hexin setup comes from another workspace, then nothing is created and one warn line says why', async () => {
    const start = h.logLines.length;
    const res = await setupFrom(OTHER_WORKSPACE);
    expect(res.status).toBe(200);
    expect(res.body).toBe('');
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(await h.runtime.stores.teams.findTeamByChannel(OTHER_WORKSPACE, 'CFOREIGN')).toBeNull();
    expect(await h.runtime.db.session.query('SELECT id FROM "Workspace" WHERE id = $1', [OTHER_WORKSPACE])).toEqual([]);
    const refused = logsFrom(start).filter((line) => line.msg === 'slack request refused');
    expect(refused.map((line) => [line.level, line.reason])).toEqual([[40, 'another workspace']]);
    expect(h.replies().filter((reply) => String(reply.text).includes('foreign'))).toEqual([]);
  });

  it('when any id in a request names another workspace or an enterprise, then it is refused whole', async () => {
    const cases: Array<[string, () => ReturnType<Harness['post']>]> = [
      ['command with a foreign enterprise', () => setupFrom(WORKSPACE, { enterprise_id: 'E0OTHER' })],
      ['button from a foreign team', () => blockActions({ team: { id: OTHER_WORKSPACE } })],
      ['button from a foreign enterprise', () => blockActions({ enterprise: { id: 'E0OTHER' } })],
      ['event of a foreign team', () => event({ team_id: OTHER_WORKSPACE, authorizations: undefined })],
      ['event of a foreign team with no authorizations', () => event({ team_id: OTHER_WORKSPACE, authorizations: [] })],
      [
        'event authorized for a foreign team',
        () => event({ authorizations: [{ team_id: OTHER_WORKSPACE, enterprise_id: null }] }),
      ],
      [
        'modal installed in a foreign team',
        () =>
          interactive({
            type: 'view_closed',
            user: { id: 'UADM', team_id: WORKSPACE },
            team: { id: WORKSPACE },
            view: { id: 'V1', type: 'modal', callback_id: 'x', app_installed_team_id: OTHER_WORKSPACE },
          }),
      ],
    ];
    for (const [name, send] of cases) {
      const start = h.logLines.length;
      const res = await send();
      expect({ name, status: res.status }).toEqual({ name, status: 200 });
      const refused = logsFrom(start).filter((line) => line.msg === 'slack request refused');
      expect({ name, reasons: refused.map((line) => line.reason) }).toEqual({ name, reasons: ['another workspace'] });
    }
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(await h.runtime.stores.teams.findTeamByChannel(WORKSPACE, 'CFOREIGN')).toBeNull();
    expect(h.slack.callsTo('views.publish')).toEqual([]);
  });

  it('when a member event names its channel as an object or a user by no Slack id, then it is ignored at warn and nothing reaches the database', async () => {
    const start = h.logLines.length;
    expect(
      (await event({ event: { type: 'member_joined_channel', user: 'UADM', channel: { id: 'CANY' } } })).status,
    ).toBe(200);
    expect(
      (await event({ event: { type: 'member_joined_channel', user: 'u-not.an.id', channel: 'CANY' } })).status,
    ).toBe(200);
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(
      logsFrom(start)
        .filter((line) => line.msg.includes('without a channel id'))
        .map((line) => line.level),
    ).toEqual([40, 40]);
    expect(errorLines(start)).toEqual([]);
  });

  it('when a button from another workspace carries a response_url, then the person is told privately, in their language, that nothing was done', async () => {
    const before = h.replies().length;
    const res = await blockActions({
      team: { id: OTHER_WORKSPACE },
      user: { id: 'UZH', team_id: OTHER_WORKSPACE },
      response_url: h.slack.responseUrl('foreign-button'),
    });
    expect(res.status).toBe(200);
    const reply = await h.waitForReply((r) => h.replies().indexOf(r) >= before);
    expect(reply).toMatchObject({ response_type: 'ephemeral', text: t('zh-CN', 'common.error.other_workspace') });
    expect(h.slack.callsTo('views.open')).toEqual([]);
  });

  it('when a person whose home is another workspace (Enterprise Grid, Slack Connect) presses a button in the installed one, then it is served', async () => {
    const start = h.logLines.length;
    const res = await blockActions({
      user: { id: 'UADM', team_id: OTHER_WORKSPACE },
      actions: [{ action_id: 'no_such_action', block_id: 'b', type: 'button', value: 'x' }],
    });
    expect(res.status).toBe(200);
    const lines = logsFrom(start);
    expect(lines.filter((line) => line.msg === 'slack request refused')).toEqual([]);
    expect(lines.filter((line) => line.msg.includes('no listener'))).toHaveLength(1);
  });

  it('when an event from a Slack Connect channel names another team_id but is authorized for the installed workspace, then it is served', async () => {
    const start = h.logLines.length;
    const res = await event({
      team_id: OTHER_WORKSPACE,
      authorizations: [
        { team_id: OTHER_WORKSPACE, enterprise_id: null },
        { team_id: WORKSPACE, enterprise_id: null },
      ],
    });
    expect(res.status).toBe(200);
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(logsFrom(start).filter((line) => line.msg === 'slack request refused')).toEqual([]);
    expect(errorLines(start)).toEqual([]);
  });

  it('when someone runs a command that is not built yet, then it is acknowledged at once and they are told so in their language', async () => {
    const start = h.logLines.length;
    for (const [user, command, locale] of [
      ['UADM', '/export', 'en'],
      ['UZH', '/export', 'zh-CN'],
    ] as const) {
      const began = Date.now();
      const res = await h.command(command, '', { user, channel: 'CANY' });
      expect(res.status).toBe(200);
      expect(Date.now() - began).toBeLessThan(1000);
      const expected = t(locale, 'common.not_available_yet', { command });
      await h.waitForReply((reply) => reply.text === expected);
    }
    expect(t('zh-CN', 'common.not_available_yet', { command: '/export' })).not.toBe(
      t('en', 'common.not_available_yet', { command: '/export' }),
    );
    expect(errorLines(start)).toEqual([]);
  });

  it('when a command that is not built yet comes with no response_url, then the sender is told by DM', async () => {
    const start = h.logLines.length;
    const res = await h.post(
      form({ team_id: WORKSPACE, channel_id: 'CANY', user_id: 'UZH', command: '/export', text: '', trigger_id: 't' }),
      FORM,
    );
    expect(res.status).toBe(200);
    const expected = t('zh-CN', 'common.not_available_yet', { command: '/export' });
    await h.slack.waitFor(() =>
      h.slack.callsTo('chat.postMessage').some((c) => c.args.channel === 'UZH' && c.args.text === expected),
    );
    expect(errorLines(start)).toEqual([]);
  });

  it('when a button no listener knows is pressed, then it is acknowledged at once and logged once at warn', async () => {
    const start = h.logLines.length;
    const began = Date.now();
    const res = await h.button('UADM', 'no_such_action', 'x');
    expect(res.status).toBe(200);
    expect(Date.now() - began).toBeLessThan(1000);
    await new Promise((resolve) => setTimeout(resolve, 3200));
    const lines = logsFrom(start);
    expect(lines.filter((line) => line.msg.includes('no listener')).map((line) => line.level)).toEqual([40]);
    expect(errorLines(start)).toEqual([]);
  });

  it('when a known command arrives, then its own listener answers and the fallback stays silent', async () => {
    const start = h.logLines.length;
    const before = h.replies().length;
    await h.command('/hexin', 'help', { user: 'UADM', channel: 'CANY' });
    await h.waitForReply((reply) => h.replies().indexOf(reply) >= before);
    await new Promise((resolve) => setTimeout(resolve, 300));
    const texts = h
      .replies()
      .slice(before)
      .map((reply) => String(reply.text));
    expect(texts).toHaveLength(1);
    expect(texts[0]).toContain('/hexin');
    expect(texts[0]).not.toBe(t('en', 'common.not_available_yet', { command: '/hexin' }));
    expect(
      logsFrom(start).filter((line) => line.msg.includes('no listener') || line.msg === 'command not available yet'),
    ).toEqual([]);
  });

  it('when the app starts without being told its workspace, then it learns it from auth.test and refuses every other', async () => {
    const app = await startApp(h.runtime, { port: 0, identity: { botId: FAKE_BOT_ID, botUserId: FAKE_BOT_USER_ID } });
    try {
      expect(h.slack.callsTo('auth.test').length).toBeGreaterThan(0);
      const send = (team: string) =>
        postToApp(
          `http://127.0.0.1:${app.port}/slack/events`,
          SIGNING_SECRET,
          form({
            team_id: team,
            channel_id: 'CANY',
            user_id: 'UADM',
            command: '/hexin',
            text: 'help',
            response_url: h.slack.responseUrl(`learned-${team}`),
            trigger_id: 't',
          }),
          FORM,
        );
      const start = h.logLines.length;
      const repliesBefore = h.replies().length;
      expect((await send(OTHER_WORKSPACE)).status).toBe(200);
      expect(logsFrom(start).filter((line) => line.reason === 'another workspace')).toHaveLength(1);
      await new Promise((resolve) => setTimeout(resolve, 300));
      expect(h.replies()).toHaveLength(repliesBefore);
      expect((await send(WORKSPACE)).status).toBe(200);
      await h.waitForReply((reply) => h.replies().indexOf(reply) >= repliesBefore);
      expect(h.replies()).toHaveLength(repliesBefore + 1);
    } finally {
      await app.stop();
    }
  });
});
