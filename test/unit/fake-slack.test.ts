import { ErrorCode, LogLevel, WebClient } from '@slack/web-api';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { viewAckProblems } from '../fakes/block-kit-check.ts';
import { FakeSlack, manifestBotScopes, zoneOffsetSeconds } from '../fakes/fake-slack.ts';

const TOKEN = 'xoxb-test-token';

describe('FakeSlack', () => {
  let fake: FakeSlack;
  let client: WebClient;

  beforeAll(async () => {
    fake = await FakeSlack.start();
    client = new WebClient(TOKEN, {
      slackApiUrl: fake.apiUrl,
      retryConfig: { retries: 0 },
      rejectRateLimitedCalls: true,
      logLevel: LogLevel.ERROR,
    });
  });

  afterAll(async () => {
    await fake.stop();
  });

  beforeEach(() => {
    fake.reset();
  });

  it('when started, then it listens on 127.0.0.1 with an api url ending in /api/', () => {
    expect(fake.apiUrl).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/api\/$/);
    expect(fake.baseUrl).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
  });

  it('when a message with blocks is posted, then it returns a Slack ts and records the blocks as parsed arrays', async () => {
    const blocks = [{ type: 'section', text: { type: 'mrkdwn', text: '*hi*' } }];
    const res = await client.chat.postMessage({ channel: 'C123', text: 'hi', blocks });

    expect(res.ok).toBe(true);
    expect(res.channel).toBe('C123');
    expect(res.ts).toMatch(/^\d{10}\.\d{6}$/);
    expect(res.message?.blocks).toEqual(blocks);
    expect(res.message?.bot_id).toBe('BBOT');

    const [call] = fake.callsTo('chat.postMessage');
    expect(call?.args.blocks).toEqual(blocks);
    expect(Array.isArray(call?.args.blocks)).toBe(true);
    expect(call?.args.channel).toBe('C123');
    expect(call?.args).not.toHaveProperty('token');
    expect(call?.token).toBe(TOKEN);
    expect(call?.answered).toBe('ok');
  });

  it('when several messages are posted, then their ts values are unique and increasing', async () => {
    const stamps: string[] = [];
    for (let i = 0; i < 5; i++) {
      const res = await client.chat.postMessage({ channel: 'C1', text: `m${i}` });
      stamps.push(String(res.ts));
    }
    expect(new Set(stamps).size).toBe(5);
    const numeric = stamps.map(Number);
    expect([...numeric].sort((a, b) => a - b)).toEqual(numeric);
  });

  it('when posting to a user id, then the answer names a stable DM channel', async () => {
    const a = await client.chat.postMessage({ channel: 'U42ABC', text: 'dm' });
    const b = await client.chat.postMessage({ channel: 'U42ABC', text: 'dm again' });
    const open = await client.conversations.open({ users: 'U42ABC' });
    expect(a.channel).toBe('D42ABC');
    expect(b.channel).toBe('D42ABC');
    expect(open.channel?.id).toBe('D42ABC');
  });

  it('when a group DM is opened for the same people named in another order, then Slack answers the same channel', async () => {
    const first = await client.conversations.open({ users: 'U3CAT,U1ANT,U2BEE' });
    const again = await client.conversations.open({ users: 'U2BEE,U3CAT,U1ANT' });
    const other = await client.conversations.open({ users: 'U1ANT,U2BEE' });
    expect(first.channel?.id).toMatch(/^G/);
    expect(again.channel?.id).toBe(first.channel?.id);
    expect(other.channel?.id).not.toBe(first.channel?.id);
  });

  it('when conversations.open names nine people, then it answers too_many_users; eight open a group DM', async () => {
    const people = Array.from({ length: 9 }, (_, i) => `U${i}MANY`);
    await expect(client.conversations.open({ users: people.join(',') })).rejects.toMatchObject({
      code: ErrorCode.PlatformError,
      data: { error: 'too_many_users' },
    });
    await expect(client.conversations.open({ users: people.slice(0, 8).join(',') })).resolves.toMatchObject({
      ok: true,
      channel: { id: expect.stringMatching(/^G/) },
    });
    await expect(client.conversations.open({ users: '' })).rejects.toMatchObject({
      data: { error: 'users_list_not_supplied' },
    });
  });

  it('when a known user is looked up, then users.info answers tz, offset and locale in Slack shape', async () => {
    fake.addUser({ id: 'U1', name: 'ana', realName: 'Ana A', tz: 'Asia/Kolkata', locale: 'de-DE' });

    const withLocale = await client.users.info({ user: 'U1', include_locale: true });
    expect(withLocale.user?.tz).toBe('Asia/Kolkata');
    expect(withLocale.user?.tz_offset).toBe(19800);
    expect(withLocale.user?.locale).toBe('de-DE');
    expect(withLocale.user?.team_id).toBe('T0TEST');
    expect(withLocale.user?.profile?.real_name).toBe('Ana A');
    expect(withLocale.user?.is_admin).toBe(false);

    const withoutLocale = await client.users.info({ user: 'U1' });
    expect(withoutLocale.user).not.toHaveProperty('locale');
  });

  it('when a zone observes daylight saving, then tz_offset follows the current date', () => {
    expect(zoneOffsetSeconds('America/New_York', new Date('2025-01-15T12:00:00Z'))).toBe(-18000);
    expect(zoneOffsetSeconds('America/New_York', new Date('2025-07-15T12:00:00Z'))).toBe(-14400);
    expect(zoneOffsetSeconds('UTC', new Date())).toBe(0);
  });

  it('when an unknown user is looked up, then users.info fails with user_not_found', async () => {
    await expect(client.users.info({ user: 'UNOPE' })).rejects.toMatchObject({
      code: ErrorCode.PlatformError,
      data: { ok: false, error: 'user_not_found' },
    });
  });

  it('when a rate limit is queued, then the WebClient throws a rate-limited error with the given retryAfter', async () => {
    fake.failNext('chat.postMessage', { rateLimitedFor: 7 });

    await expect(client.chat.postMessage({ channel: 'C1', text: 'x' })).rejects.toMatchObject({
      code: 'slack_webapi_rate_limited_error',
      retryAfter: 7,
    });
    expect(fake.callsTo('chat.postMessage').map((c) => c.answered)).toEqual(['rate_limited']);

    const after = await client.chat.postMessage({ channel: 'C1', text: 'x' });
    expect(after.ok).toBe(true);
  });

  it('when an error is queued twice, then two calls surface as platform errors and the third succeeds', async () => {
    fake.failNext('chat.postMessage', { error: 'channel_not_found' }, 2);

    for (let i = 0; i < 2; i++) {
      await expect(client.chat.postMessage({ channel: 'C1', text: 'x' })).rejects.toMatchObject({
        code: 'slack_webapi_platform_error',
        data: { ok: false, error: 'channel_not_found' },
      });
    }
    await expect(client.chat.postMessage({ channel: 'C1', text: 'x' })).resolves.toMatchObject({
      ok: true,
    });
    expect(fake.callsTo('chat.postMessage').map((c) => c.answered)).toEqual(['error', 'error', 'ok']);
  });

  it('when chat.update names an unknown ts, then it fails with message_not_found', async () => {
    await expect(client.chat.update({ channel: 'C1', ts: '1700000000.000001', text: 'nope' })).rejects.toMatchObject({
      code: 'slack_webapi_platform_error',
      data: { error: 'message_not_found' },
    });
    expect(fake.callsTo('chat.update')[0]?.answered).toBe('error');
  });

  it('when chat.update names a posted message, then the stored message holds the new text and blocks', async () => {
    const posted = await client.chat.postMessage({ channel: 'C9', text: 'v1', thread_ts: '1.000001' });
    const blocks = [{ type: 'divider' }];
    const updated = await client.chat.update({
      channel: 'C9',
      ts: String(posted.ts),
      text: 'v2',
      blocks,
    });
    expect(updated).toMatchObject({ ok: true, channel: 'C9', ts: posted.ts, text: 'v2' });

    const stored = fake.messages().find((m) => m.ts === posted.ts);
    expect(stored).toMatchObject({ channel: 'C9', text: 'v2', blocks, thread_ts: '1.000001' });
  });

  it('when views.open has no trigger_id, then it fails with invalid_arguments, and with one it answers a view id', async () => {
    const view = {
      type: 'modal' as const,
      title: { type: 'plain_text' as const, text: 'T' },
      blocks: [],
      callback_id: 'cb',
    };
    await expect(client.views.open({ view } as never)).rejects.toMatchObject({
      data: { error: 'invalid_arguments' },
    });

    const opened = await client.views.open({ trigger_id: 'trig', view });
    expect(opened.view?.id).toMatch(/^V/);
    expect(opened.view?.callback_id).toBe('cb');
    expect(opened.view?.state).toEqual({ values: {} });
    expect(fake.callsTo('views.open')[1]?.args.view).toEqual(view);
  });

  it('when members are set for a channel, then conversations.members lists them', async () => {
    fake.setChannelMembers('C7', ['U1', 'U2']);
    const res = await client.conversations.members({ channel: 'C7' });
    expect(res.members).toEqual(['U1', 'U2']);
    expect(res.response_metadata?.next_cursor).toBe('');
  });

  it('when auth.test is called, then it answers the test team and bot identity', async () => {
    const res = await client.auth.test();
    expect(res).toMatchObject({ ok: true, team_id: 'T0TEST', user_id: 'UBOT', bot_id: 'BBOT' });
  });

  it('when a file is uploaded with files.uploadV2, then all three steps succeed against the fake', async () => {
    const res = await client.filesUploadV2({
      channel_id: 'C1',
      filename: 'report.csv',
      content: 'a,b\n1,2\n',
      title: 'Report',
    });
    expect(res.ok).toBe(true);
    expect(fake.callsTo('files.getUploadURLExternal')).toHaveLength(1);
    expect(fake.callsTo('file_upload')[0]?.args.bytes).toBeGreaterThan(0);
    const complete = fake.callsTo('files.completeUploadExternal')[0];
    expect(Array.isArray(complete?.args.files)).toBe(true);
  });

  it('when a JSON body is posted to a method, then its fields and bearer token are recorded', async () => {
    const response = await fetch(`${fake.apiUrl}chat.postMessage`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${TOKEN}` },
      body: JSON.stringify({ channel: 'C5', text: 'json', blocks: [{ type: 'divider' }] }),
    });
    expect(response.headers.get('content-type')).toBe('application/json');
    const body = (await response.json()) as { ok: boolean; channel: string };
    expect(body).toMatchObject({ ok: true, channel: 'C5' });
    const [call] = fake.callsTo('chat.postMessage');
    expect(call?.args.blocks).toEqual([{ type: 'divider' }]);
    expect(call?.token).toBe(TOKEN);
  });

  it('when a response url is posted to, then the call is recorded as response_url with the body and path', async () => {
    const url = fake.responseUrl('abc');
    const response = await fetch(url, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ replace_original: true, text: 'done' }),
    });
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ ok: true });
    expect(fake.callsTo('response_url')[0]?.args).toEqual({
      replace_original: true,
      text: 'done',
      path: '/response/abc',
    });
  });

  it('when an unlisted method is called, then it answers ok and is recorded', async () => {
    const res = await client.apiCall('reactions.add', { channel: 'C1', name: 'eyes', timestamp: '1.2' });
    expect(res.ok).toBe(true);
    expect(fake.callsTo('reactions.add')[0]?.args).toMatchObject({ name: 'eyes' });
  });

  it('when waiting for a call that arrives later, then waitFor resolves; when it never arrives, then it throws with the method names', async () => {
    setTimeout(() => {
      void client.chat.postEphemeral({ channel: 'C1', user: 'U1', text: 'later' });
    }, 30);
    await fake.waitFor((calls) => calls.some((c) => c.method === 'chat.postEphemeral'));

    await expect(fake.waitFor((calls) => calls.some((c) => c.method === 'never.called'), 100)).rejects.toThrow(
      /chat\.postEphemeral/,
    );
  });
});

describe('FakeSlack refusing Block Kit that Slack refuses', () => {
  let fake: FakeSlack;
  let client: WebClient;
  const section = (text: string) => ({ type: 'section', text: { type: 'mrkdwn', text } });
  const modal = (title: string, blocks: unknown[] = []) => ({
    type: 'modal',
    title: { type: 'plain_text', text: title },
    blocks,
  });

  beforeAll(async () => {
    fake = await FakeSlack.start();
    client = new WebClient(TOKEN, { slackApiUrl: fake.apiUrl, retryConfig: { retries: 0 }, logLevel: LogLevel.ERROR });
  });
  afterAll(() => fake.stop());
  beforeEach(() => fake.reset());

  it('when a section text is 3001 characters, then chat.postMessage answers invalid_blocks naming /blocks/1/text/text and stores nothing', async () => {
    const before = fake.messages().length;
    const error = await client.chat
      .postMessage({ channel: 'C1', text: 'fallback', blocks: [section('ok'), section('x'.repeat(3001))] } as never)
      .catch((e: unknown) => e);
    expect(error).toMatchObject({
      code: ErrorCode.PlatformError,
      data: {
        ok: false,
        error: 'invalid_blocks',
        errors: ['must be less than 3001 characters [json-pointer:/blocks/1/text/text]'],
      },
    });
    expect((error as { data: { response_metadata: { messages: string[] } } }).data.response_metadata.messages).toEqual([
      '[ERROR] must be less than 3001 characters [json-pointer:/blocks/1/text/text]',
    ]);
    expect(fake.messages()).toHaveLength(before);
    expect(fake.callsTo('chat.postMessage')[0]?.answered).toBe('error');
  });

  it('when a section text is exactly 3000 Chinese characters, then it is accepted', async () => {
    const res = await client.chat.postMessage({
      channel: 'C1',
      text: '合心',
      blocks: [section('合'.repeat(3000))],
    } as never);
    expect(res.ok).toBe(true);
  });

  it('when a message has 51 blocks, then it is refused at /blocks; 50 are accepted', async () => {
    const blocks = Array.from({ length: 51 }, (_, i) => section(`b${i}`));
    await expect(client.chat.postMessage({ channel: 'C1', text: 't', blocks } as never)).rejects.toMatchObject({
      data: { error: 'invalid_blocks', errors: ['no more than 50 items allowed [json-pointer:/blocks]'] },
    });
    expect((await client.chat.postMessage({ channel: 'C1', text: 't', blocks: blocks.slice(0, 50) } as never)).ok).toBe(
      true,
    );
  });

  it('when blocks are sent without a text fallback, then chat.postMessage, chat.update and chat.postEphemeral refuse them', async () => {
    const posted = await client.chat.postMessage({ channel: 'C2', text: 'first' });
    const blocks = [section('hi')];
    const problem = {
      data: { error: 'invalid_blocks', errors: ['must provide a text fallback with blocks [json-pointer:/text]'] },
    };
    await expect(client.chat.postMessage({ channel: 'C2', blocks } as never)).rejects.toMatchObject(problem);
    await expect(client.chat.update({ channel: 'C2', ts: String(posted.ts), blocks } as never)).rejects.toMatchObject(
      problem,
    );
    await expect(client.chat.postEphemeral({ channel: 'C2', user: 'U1', blocks } as never)).rejects.toMatchObject(
      problem,
    );
  });

  it('when a button text is 76 characters and two blocks share a block_id, then each problem is named with its path', async () => {
    const blocks = [
      {
        type: 'actions',
        block_id: 'same',
        elements: [{ type: 'button', action_id: 'a', text: { type: 'plain_text', text: 'b'.repeat(76) } }],
      },
      { type: 'context', block_id: 'same', elements: [{ type: 'mrkdwn', text: 'c' }] },
    ];
    await expect(client.chat.postMessage({ channel: 'C1', text: 't', blocks } as never)).rejects.toMatchObject({
      data: {
        errors: [
          'must be less than 76 characters [json-pointer:/blocks/0/elements/0/text/text]',
          'duplicate block_id [json-pointer:/blocks/1/block_id]',
        ],
      },
    });
  });

  it('when a block type is unknown or a block has a property Slack does not know, then it is refused', async () => {
    await expect(
      client.chat.postMessage({ channel: 'C1', text: 't', blocks: [{ type: 'marquee' }] } as never),
    ).rejects.toMatchObject({
      data: { errors: ['failed to match all allowed schemas [json-pointer:/blocks/0/type]'] },
    });
    await expect(
      client.chat.postMessage({ channel: 'C1', text: 't', blocks: [{ ...section('x'), colour: 'red' }] } as never),
    ).rejects.toMatchObject({
      data: { errors: ['unsupported property: colour [json-pointer:/blocks/0]'] },
    });
  });

  it('when a modal title is 25 characters, then views.open, views.push and views.update answer invalid_arguments naming /view/title/text', async () => {
    const view = modal('t'.repeat(25));
    const problem = {
      data: {
        ok: false,
        error: 'invalid_arguments',
        response_metadata: { messages: ['[ERROR] must be less than 25 characters [json-pointer:/view/title/text]'] },
      },
    };
    await expect(client.views.open({ trigger_id: 'trig', view } as never)).rejects.toMatchObject(problem);
    await expect(client.views.push({ trigger_id: 'trig', view } as never)).rejects.toMatchObject(problem);
    await expect(client.views.update({ view_id: 'V1', view } as never)).rejects.toMatchObject(problem);
    expect((await client.views.open({ trigger_id: 'trig', view: modal('t'.repeat(24)) } as never)).ok).toBe(true);
  });

  it('when a modal has an input block but no submit, then it is refused naming /view/submit', async () => {
    const input = {
      type: 'input',
      label: { type: 'plain_text', text: 'L' },
      element: { type: 'plain_text_input', action_id: 'v' },
    };
    await expect(client.views.open({ trigger_id: 'trig', view: modal('T', [input]) } as never)).rejects.toMatchObject({
      data: {
        response_metadata: {
          messages: ['[ERROR] must provide submit when the view has input blocks [json-pointer:/view/submit]'],
        },
      },
    });
  });

  it('when a Home tab has 101 blocks, then views.publish is refused; 100 are accepted', async () => {
    const blocks = Array.from({ length: 101 }, (_, i) => section(`b${i}`));
    await expect(
      client.views.publish({ user_id: 'U1', view: { type: 'home', blocks } } as never),
    ).rejects.toMatchObject({
      data: {
        error: 'invalid_arguments',
        response_metadata: { messages: ['[ERROR] no more than 100 items allowed [json-pointer:/view/blocks]'] },
      },
    });
    expect(
      (await client.views.publish({ user_id: 'U1', view: { type: 'home', blocks: blocks.slice(0, 100) } } as never)).ok,
    ).toBe(true);
  });

  it('when a response_url is posted blocks with a 151-character option value, then it answers invalid_blocks and the refusal is kept', async () => {
    const before = fake.blockKitRefusals().length;
    const select = {
      type: 'static_select',
      action_id: 's',
      options: [{ text: { type: 'plain_text', text: 'o' }, value: 'v'.repeat(151) }],
    };
    const response = await fetch(fake.responseUrl('r1'), {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ text: 't', blocks: [{ type: 'actions', elements: [select] }] }),
    });
    expect(await response.json()).toMatchObject({
      ok: false,
      error: 'invalid_blocks',
      errors: ['must be less than 151 characters [json-pointer:/blocks/0/elements/0/options/0/value]'],
    });
    const refusals = fake.blockKitRefusals();
    expect(refusals).toHaveLength(before + 1);
    expect(refusals.at(-1)).toMatchObject({ method: 'response_url' });
  });

  it('when a message without blocks is posted, then its text alone is accepted as before', async () => {
    expect((await client.chat.postMessage({ channel: 'C1', text: 'just text' })).ok).toBe(true);
  });

  it('when a view_submission is answered, then an empty answer, errors and a valid update pass and a broken modal is named', () => {
    expect(viewAckProblems('')).toEqual([]);
    expect(viewAckProblems(JSON.stringify({ response_action: 'errors', errors: { text: 'Too long' } }))).toEqual([]);
    expect(viewAckProblems(JSON.stringify({ response_action: 'update', view: modal('Done') }))).toEqual([]);
    expect(viewAckProblems(JSON.stringify({ response_action: 'update', view: modal('完'.repeat(25)) }))).toEqual([
      'must be less than 25 characters [json-pointer:/view/title/text]',
    ]);
    expect(viewAckProblems(JSON.stringify({ response_action: 'errors', errors: { text: '' } }))).toEqual([
      'must be more than 0 characters [json-pointer:/errors/text]',
    ]);
  });
});

describe('FakeSlack with a workspace rate limit', () => {
  let fake: FakeSlack;
  const clientFor = (token: string) =>
    new WebClient(token, {
      slackApiUrl: fake.apiUrl,
      retryConfig: { retries: 0 },
      rejectRateLimitedCalls: true,
      logLevel: LogLevel.ERROR,
    });

  beforeAll(async () => {
    fake = await FakeSlack.start({ rateLimit: { perSecond: 10, burst: 3, methods: ['chat.postMessage'] } });
  });
  afterAll(() => fake.stop());
  beforeEach(() => fake.reset());

  it('when a workspace posts faster than its burst allows, then the calls beyond it get 429 with Retry-After and post nothing', async () => {
    const client = clientFor(TOKEN);
    const before = fake.messages().length;
    const outcomes = await Promise.all(
      Array.from({ length: 6 }, (_, i) =>
        client.chat.postMessage({ channel: 'CLIM', text: `m${i}` }).then(
          () => 'ok',
          (error: { code?: string; retryAfter?: number }) => `${error.code}:${error.retryAfter}`,
        ),
      ),
    );
    expect(outcomes.filter((o) => o === 'ok')).toHaveLength(3);
    expect(outcomes.filter((o) => o === `${ErrorCode.RateLimitedError}:1`)).toHaveLength(3);
    expect(fake.messages().length - before).toBe(3);
    expect(fake.rateLimitRefusals().map((c) => c.method)).toEqual([
      'chat.postMessage',
      'chat.postMessage',
      'chat.postMessage',
    ]);
  });

  it('when calls keep to the pace, then none is refused', async () => {
    const client = clientFor(TOKEN);
    for (let i = 0; i < 8; i += 1) {
      await client.chat.postMessage({ channel: 'CPACE', text: `m${i}` });
      await new Promise((resolve) => setTimeout(resolve, 110));
    }
    expect(fake.rateLimitRefusals()).toEqual([]);
  });

  it('when one workspace is at its limit, then another workspace and an unlimited method still pass', async () => {
    const busy = clientFor('xoxb-busy');
    await Promise.all(Array.from({ length: 3 }, () => busy.chat.postMessage({ channel: 'CB', text: 'x' })));
    await expect(busy.chat.postMessage({ channel: 'CB', text: 'x' })).rejects.toMatchObject({
      code: ErrorCode.RateLimitedError,
    });
    await expect(busy.chat.update({ channel: 'CB', ts: fake.messages().at(-1)!.ts, text: 'y' })).resolves.toMatchObject(
      { ok: true },
    );
    await expect(clientFor('xoxb-other').chat.postMessage({ channel: 'CO', text: 'x' })).resolves.toMatchObject({
      ok: true,
    });
    expect(fake.rateLimitRefusals().map((c) => c.token)).toEqual(['xoxb-busy']);
  });

  it('when a failure is queued with failNext, then it is told apart from the limit', async () => {
    fake.failNext('chat.postMessage', { rateLimitedFor: 5 });
    await expect(clientFor(TOKEN).chat.postMessage({ channel: 'CQ', text: 'x' })).rejects.toMatchObject({
      retryAfter: 5,
    });
    expect(fake.callsTo('chat.postMessage')[0]?.refusedBy).toBe('queued');
    expect(fake.rateLimitRefusals()).toEqual([]);
  });
});

describe('FakeSlack with a pace of its own for some methods', () => {
  let fake: FakeSlack;
  let client: WebClient;
  const outcome = (call: Promise<unknown>) =>
    call.then(
      () => 'ok',
      (error: { code?: string; retryAfter?: number }) => `${error.code}:${error.retryAfter}`,
    );

  beforeAll(async () => {
    fake = await FakeSlack.start({
      rateLimit: {
        perSecond: 10,
        burst: 3,
        methods: ['chat.postMessage'],
        perMethod: { 'conversations.open': { perSecond: 0.5, burst: 2 }, 'users.info': { perSecond: 2 } },
      },
    });
    client = new WebClient(TOKEN, {
      slackApiUrl: fake.apiUrl,
      retryConfig: { retries: 0 },
      rejectRateLimitedCalls: true,
      logLevel: LogLevel.ERROR,
    });
  });
  afterAll(() => fake.stop());
  beforeEach(() => fake.reset());

  it('when a method with a slower pace is called beyond its burst, then only it is refused, with its own Retry-After, and the posts beside it pass', async () => {
    const opens = await Promise.all(
      Array.from({ length: 4 }, (_, i) => outcome(client.conversations.open({ users: `U${i}OPEN` }))),
    );
    const posts = await Promise.all(
      Array.from({ length: 3 }, (_, i) => outcome(client.chat.postMessage({ channel: 'CSIDE', text: `m${i}` }))),
    );
    expect(opens.filter((o) => o === 'ok')).toHaveLength(2);
    // Half a call a second: the next one is two seconds away.
    expect(opens.filter((o) => o === `${ErrorCode.RateLimitedError}:2`)).toHaveLength(2);
    expect(posts).toEqual(['ok', 'ok', 'ok']);
    expect(new Set(fake.rateLimitRefusals().map((c) => c.method))).toEqual(new Set(['conversations.open']));
  });

  it('when a method has a pace of its own but no burst, then its burst is a tenth of a second’s worth (at least one), and a method named nowhere is not limited', async () => {
    fake.addUser({ id: 'UPACE', tz: 'UTC' });
    const looks = await Promise.all(Array.from({ length: 3 }, () => outcome(client.users.info({ user: 'UPACE' }))));
    expect([...looks].sort()).toEqual(
      ['ok', `${ErrorCode.RateLimitedError}:1`, `${ErrorCode.RateLimitedError}:1`].sort(),
    );
    const infos = await Promise.all(
      Array.from({ length: 10 }, () => outcome(client.conversations.info({ channel: 'CFREE' }))),
    );
    expect(infos.every((o) => o === 'ok')).toBe(true);
  });
});

describe('FakeSlack checking the bot scopes', () => {
  const started: FakeSlack[] = [];
  const startWith = async (scopes?: string[]) => {
    const fake = await FakeSlack.start(scopes ? { scopes } : {});
    started.push(fake);
    const client = new WebClient(TOKEN, {
      slackApiUrl: fake.apiUrl,
      retryConfig: { retries: 0 },
      logLevel: LogLevel.ERROR,
    });
    return { fake, client };
  };
  const withoutScope = (scope: string) => manifestBotScopes().filter((s) => s !== scope);
  const modal = { type: 'modal', title: { type: 'plain_text', text: 'T' }, blocks: [] };
  const refusal = (call: Promise<unknown>) =>
    call.then(
      () => null,
      (error: { data?: unknown }) => error.data,
    );

  afterAll(async () => {
    await Promise.all(started.map((fake) => fake.stop()));
  });

  it('when no scopes are given, then the fake grants the bot scopes manifest.yml asks for', async () => {
    const { fake } = await startWith();
    expect(manifestBotScopes()).toContain('chat:write');
    expect(fake.grantedScopes()).toEqual([...manifestBotScopes()].sort());
  });

  it('when a method is called without the scope Slack requires for it, then it is refused with missing_scope naming the scope needed', async () => {
    const { fake, client } = await startWith([]);
    const cases: [string, Record<string, unknown>, string][] = [
      ['chat.postMessage', { channel: 'C1', text: 'x' }, 'chat:write'],
      ['chat.update', { channel: 'C1', ts: '1.000001', text: 'x' }, 'chat:write'],
      ['chat.delete', { channel: 'C1', ts: '1.000001' }, 'chat:write'],
      ['chat.postEphemeral', { channel: 'C1', user: 'U1', text: 'x' }, 'chat:write'],
      ['users.info', { user: 'U1' }, 'users:read'],
      ['users.list', {}, 'users:read'],
      ['team.info', {}, 'team:read'],
      ['files.getUploadURLExternal', { filename: 'a.csv', length: 3 }, 'files:write'],
      ['files.completeUploadExternal', { files: JSON.stringify([{ id: 'F1' }]) }, 'files:write'],
      ['files.info', { file: 'F1' }, 'files:read'],
      ['conversations.open', { users: 'U1' }, 'im:write'],
      ['conversations.open', { users: 'U1,U2' }, 'mpim:write'],
      ['conversations.history', { channel: 'C1' }, 'channels:history'],
      ['conversations.history', { channel: 'G1' }, 'groups:history'],
      ['conversations.history', { channel: 'D1' }, 'im:history'],
      ['conversations.replies', { channel: 'C1', ts: '1.000001' }, 'channels:history'],
      ['conversations.info', { channel: 'C1' }, 'channels:read'],
      ['conversations.info', { channel: 'G1' }, 'groups:read'],
      ['conversations.info', { channel: 'D1' }, 'im:read'],
      ['conversations.members', { channel: 'C1' }, 'channels:read'],
      ['conversations.members', { channel: 'G1' }, 'groups:read'],
    ];
    const before = fake.messages().length;
    for (const [method, args, needed] of cases) {
      await expect(client.apiCall(method, args), `${method} ${JSON.stringify(args)}`).rejects.toMatchObject({
        code: ErrorCode.PlatformError,
        data: { ok: false, error: 'missing_scope', needed, provided: '' },
      });
    }
    expect(fake.messages()).toHaveLength(before);
    expect(fake.callsTo('users.info')).toMatchObject([
      { method: 'users.info', args: { user: 'U1' }, answered: 'error', error: 'missing_scope' },
    ]);
    expect(fake.calls.map((c) => c.answered)).toEqual(cases.map(() => 'error'));
  });

  it('when a method that needs no scope is called without any, then it still answers: auth.test, views and chat.getPermalink', async () => {
    const { client } = await startWith([]);
    await expect(client.auth.test()).resolves.toMatchObject({ ok: true });
    await expect(client.views.open({ trigger_id: 'trig', view: modal } as never)).resolves.toMatchObject({ ok: true });
    await expect(client.views.push({ trigger_id: 'trig', view: modal } as never)).resolves.toMatchObject({ ok: true });
    await expect(client.views.update({ view_id: 'V1', view: modal } as never)).resolves.toMatchObject({ ok: true });
    await expect(
      client.views.publish({ user_id: 'U1', view: { type: 'home', blocks: [] } } as never),
    ).resolves.toMatchObject({ ok: true });
    await expect(client.chat.getPermalink({ channel: 'C1', message_ts: '1.000001' })).resolves.toMatchObject({
      ok: true,
    });
  });

  it('when a scope is missing, then provided lists the granted scopes and the methods they cover still pass', async () => {
    const { client } = await startWith(['chat:write', 'users:read']);
    await expect(client.chat.postMessage({ channel: 'C1', text: 'x' })).resolves.toMatchObject({ ok: true });
    expect(await refusal(client.team.info())).toMatchObject({
      ok: false,
      error: 'missing_scope',
      needed: 'team:read',
      provided: 'chat:write,users:read',
    });
  });

  it('when the history of a group DM is read, then mpim:history is needed, while a private channel needs groups:history', async () => {
    const { client } = await startWith(withoutScope('mpim:history'));
    const opened = await client.conversations.open({ users: 'U1MPIM,U2MPIM' });
    const mpim = String(opened.channel?.id);
    expect(mpim).toMatch(/^G/);
    const posted = await client.chat.postMessage({ channel: mpim, text: 'hello both' });

    expect(await refusal(client.conversations.history({ channel: mpim }))).toMatchObject({
      error: 'missing_scope',
      needed: 'mpim:history',
    });
    expect(await refusal(client.conversations.replies({ channel: mpim, ts: String(posted.ts) }))).toMatchObject({
      error: 'missing_scope',
      needed: 'mpim:history',
    });
    // A G… channel nobody opened as a group DM is a private channel: groups:history is granted.
    await client.chat.postMessage({ channel: 'GPRIVATE1', text: 'x' });
    await expect(client.conversations.history({ channel: 'GPRIVATE1' })).resolves.toMatchObject({ ok: true });
  });

  it('when a G… channel is marked a group DM, then it needs the mpim scopes and conversations.info says is_mpim', async () => {
    const { fake, client } = await startWith(withoutScope('mpim:history'));
    fake.markGroupDm('GSEEDED');
    expect(await refusal(client.conversations.history({ channel: 'GSEEDED' }))).toMatchObject({
      needed: 'mpim:history',
    });
    const { fake: other, client: reader } = await startWith([...manifestBotScopes(), 'mpim:read']);
    other.markGroupDm('GSEEDED');
    expect((await reader.conversations.info({ channel: 'GSEEDED' })).channel).toMatchObject({
      is_mpim: true,
      is_channel: false,
      is_private: true,
      is_member: true,
    });
  });

  it('when a DM is reopened by channel without im:write or a group DM without mpim:write, then each is refused for its own scope', async () => {
    const { client } = await startWith(withoutScope('mpim:write'));
    await expect(client.conversations.open({ users: 'U1SOLO' })).resolves.toMatchObject({ ok: true });
    expect(await refusal(client.conversations.open({ users: 'U1SOLO,U2SOLO' }))).toMatchObject({
      needed: 'mpim:write',
    });
    const { client: noIm } = await startWith(withoutScope('im:write'));
    expect(await refusal(noIm.conversations.open({ channel: 'D1SOLO' }))).toMatchObject({ needed: 'im:write' });
  });

  it("when the fake has the manifest's scopes, then every implemented method passes in each kind of conversation the app uses it in", async () => {
    const { fake, client } = await startWith();
    fake.addUser({ id: 'U1ALL', tz: 'UTC' });
    fake.markPrivate('CPRIVALL');
    fake.setChannelMembers('CPUBALL', ['U1ALL']);
    fake.setChannelMembers('CPRIVALL', ['U1ALL']);
    fake.setChannelMembers('GPRIVALL', ['U1ALL']);
    fake.addFile('FSHARED1', { name: 'scores.csv', content: 'a,b\n' });

    const dm = String((await client.conversations.open({ users: 'U1ALL' })).channel?.id);
    const mpim = String((await client.conversations.open({ users: 'U1ALL,U2ALL' })).channel?.id);
    for (const channel of ['CPUBALL', 'CPRIVALL', 'GPRIVALL', dm, mpim, 'U1ALL']) {
      const posted = await client.chat.postMessage({ channel, text: 'x' });
      const where = String(posted.channel);
      await client.chat.update({ channel: where, ts: String(posted.ts), text: 'y' });
      await client.conversations.history({ channel: where });
      await client.conversations.replies({ channel: where, ts: String(posted.ts) });
      await client.chat.getPermalink({ channel: where, message_ts: String(posted.ts) });
      await client.chat.postEphemeral({ channel: where, user: 'U1ALL', text: 'z' });
      await client.chat.delete({ channel: where, ts: String(posted.ts) });
    }
    for (const channel of ['CPUBALL', 'CPRIVALL', 'GPRIVALL']) {
      await client.conversations.info({ channel });
      await client.conversations.members({ channel });
    }
    await client.auth.test();
    await client.team.info();
    await client.users.info({ user: 'U1ALL', include_locale: true });
    await client.users.list({});
    await client.files.info({ file: 'FSHARED1' });
    await client.filesUploadV2({ channel_id: 'CPUBALL', filename: 'digest.png', content: 'png', title: 'Digest' });
    await client.views.open({ trigger_id: 'trig', view: modal } as never);
    await client.views.push({ trigger_id: 'trig', view: modal } as never);
    await client.views.update({ view_id: 'V1', view: modal } as never);
    await client.views.publish({ user_id: 'U1ALL', view: { type: 'home', blocks: [] } } as never);

    expect(fake.calls.filter((c) => c.answered !== 'ok')).toEqual([]);
    const methods = new Set(fake.calls.map((c) => c.method));
    for (const method of [
      'chat.postMessage',
      'chat.update',
      'chat.delete',
      'chat.postEphemeral',
      'chat.getPermalink',
      'conversations.open',
      'conversations.history',
      'conversations.replies',
      'conversations.info',
      'conversations.members',
      'files.getUploadURLExternal',
      'files.completeUploadExternal',
      'files.info',
      'users.info',
      'users.list',
      'team.info',
      'auth.test',
      'views.open',
      'views.push',
      'views.update',
      'views.publish',
    ]) {
      expect(methods, method).toContain(method);
    }
    // The manifest asks for no im:read or mpim:read: the app never describes a DM or a group DM.
    expect(await refusal(client.conversations.info({ channel: dm }))).toMatchObject({ needed: 'im:read' });
    expect(await refusal(client.conversations.members({ channel: mpim }))).toMatchObject({ needed: 'mpim:read' });
  });
});

describe('FakeSlack and the channels the bot is in', () => {
  let fake: FakeSlack;
  let client: WebClient;
  const refused = (call: Promise<unknown>) =>
    call.then(
      () => 'ok',
      (error: { data?: { error?: string } }) => error.data?.error,
    );

  beforeAll(async () => {
    fake = await FakeSlack.start();
    client = new WebClient(TOKEN, { slackApiUrl: fake.apiUrl, retryConfig: { retries: 0 }, logLevel: LogLevel.ERROR });
  });
  afterAll(() => fake.stop());
  beforeEach(() => fake.reset());

  it('when nothing is said about a channel, then the bot is in it: conversations.info says is_member true and is_archived false', async () => {
    fake.markPrivate('CPRIVIN');
    for (const channel of ['CPUBIN', 'CPRIVIN', 'GPRIVIN']) {
      expect((await client.conversations.info({ channel })).channel, channel).toMatchObject({
        id: channel,
        is_member: true,
        is_archived: false,
      });
    }
    expect((await client.conversations.info({ channel: 'CPUBIN' })).channel).toMatchObject({
      is_channel: true,
      is_private: false,
      is_mpim: false,
    });
  });

  it('when the bot is not in a public channel, then conversations.info says is_member false, posting and reading history answer not_in_channel, and its members are still listed', async () => {
    fake.setChannelMembers('CPUBOUT', ['U1', 'U2']);
    const posted = await client.chat.postMessage({ channel: 'CPUBOUT', text: 'before leaving' });
    const before = fake.messages().length;
    fake.removeBotFrom('CPUBOUT');

    expect((await client.conversations.info({ channel: 'CPUBOUT' })).channel).toMatchObject({
      is_member: false,
      is_archived: false,
      is_private: false,
    });
    expect(await refused(client.chat.postMessage({ channel: 'CPUBOUT', text: 'x' }))).toBe('not_in_channel');
    expect(await refused(client.chat.postEphemeral({ channel: 'CPUBOUT', user: 'U1', text: 'x' }))).toBe(
      'not_in_channel',
    );
    expect(await refused(client.conversations.history({ channel: 'CPUBOUT' }))).toBe('not_in_channel');
    expect(await refused(client.conversations.replies({ channel: 'CPUBOUT', ts: String(posted.ts) }))).toBe(
      'not_in_channel',
    );
    expect((await client.conversations.members({ channel: 'CPUBOUT' })).members).toEqual(['U1', 'U2']);
    expect(fake.messages()).toHaveLength(before);
    expect(fake.callsTo('chat.postMessage').at(-1)).toMatchObject({ answered: 'error', error: 'not_in_channel' });
  });

  it('when the bot is not in a private channel, then Slack does not show it: info, posting, members, history and replies answer channel_not_found', async () => {
    fake.markPrivate('CPRIVOUT');
    for (const channel of ['CPRIVOUT', 'GPRIVOUT']) {
      fake.setChannelMembers(channel, ['U1']);
      const posted = await client.chat.postMessage({ channel, text: 'before leaving' });
      fake.removeBotFrom(channel);
      expect(
        await Promise.all([
          refused(client.conversations.info({ channel })),
          refused(client.chat.postMessage({ channel, text: 'x' })),
          refused(client.conversations.members({ channel })),
          refused(client.conversations.history({ channel })),
          refused(client.conversations.replies({ channel, ts: String(posted.ts) })),
        ]),
        channel,
      ).toEqual([
        'channel_not_found',
        'channel_not_found',
        'channel_not_found',
        'channel_not_found',
        'channel_not_found',
      ]);
    }
  });

  it('when the bot is added back to a channel, then it can post and read there again', async () => {
    fake.removeBotFrom('CBACK');
    expect(await refused(client.chat.postMessage({ channel: 'CBACK', text: 'x' }))).toBe('not_in_channel');
    fake.addBotTo('CBACK');
    expect(await refused(client.chat.postMessage({ channel: 'CBACK', text: 'x' }))).toBe('ok');
    expect(await refused(client.conversations.history({ channel: 'CBACK' }))).toBe('ok');
    expect((await client.conversations.info({ channel: 'CBACK' })).channel?.is_member).toBe(true);
  });

  it('when a channel is archived, then conversations.info says is_archived true and chat.postMessage answers is_archived', async () => {
    await client.chat.postMessage({ channel: 'CARCH', text: 'last words' });
    const before = fake.messages().length;
    fake.archive('CARCH');
    expect((await client.conversations.info({ channel: 'CARCH' })).channel).toMatchObject({
      is_archived: true,
      is_member: true,
    });
    expect(await refused(client.chat.postMessage({ channel: 'CARCH', text: 'x' }))).toBe('is_archived');
    expect(fake.messages()).toHaveLength(before);
    expect(await refused(client.conversations.history({ channel: 'CARCH' }))).toBe('ok');
  });

  it('when the bot is removed from a channel, then its DMs and group DMs are untouched', async () => {
    fake.removeBotFrom('CELSEWHERE');
    const mpim = String((await client.conversations.open({ users: 'U1KEEP,U2KEEP' })).channel?.id);
    expect(await refused(client.chat.postMessage({ channel: 'U1KEEP', text: 'dm' }))).toBe('ok');
    expect(await refused(client.chat.postMessage({ channel: mpim, text: 'group' }))).toBe('ok');
    expect(await refused(client.conversations.history({ channel: mpim }))).toBe('ok');
  });
});
