import { mkdtemp, readFile, stat, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../../src/config/env.ts';
import { checkText } from '../../src/domain/feedback/service.ts';
import { batchEnd } from '../../src/domain/feedback/window.ts';
import { shuffle as shuffled } from '../../src/shared/shuffle.ts';
import type { FeedbackThread } from '../../src/domain/feedback/model.ts';
import type { Member, Team } from '../../src/domain/teams/model.ts';
import {
  decodeRouteKey,
  FeedbackKeys,
  feedbackKeys,
  newRouteKey,
  SealError,
} from '../../src/infra/crypto/feedback-keys.ts';
import { resolveFeedbackRouteKey, routeKeyFile } from '../../src/infra/crypto/route-key.ts';
import { createLogger } from '../../src/shared/logger.ts';
import { authorMessage, feedbackModal, leaderMessage } from '../../src/slack/blocks/feedback.ts';
import { boltLogger } from '../../src/slack/bolt-logger.ts';
import { parseFeedbackCommand } from '../../src/slack/listeners/commands/feedback.ts';

const KEY = Buffer.alloc(32, 7);
const keys = new FeedbackKeys(KEY);
const silent = createLogger('silent');
const baseEnv = { SLACK_BOT_TOKEN: 'xoxb-unit', SLACK_SIGNING_SECRET: 'unit-secret-123' };

describe('sealed routes', () => {
  it('when a route is sealed and opened with the same context, then the id comes back', () => {
    const sealed = keys.seal('U012ABCDEF', 'route:t1');
    expect(sealed).toMatch(/^v1\.[A-Za-z0-9_-]+$/);
    expect(sealed).not.toContain('U012ABCDEF');
    expect(keys.open(sealed, 'route:t1')).toBe('U012ABCDEF');
  });

  it('when the same id is sealed twice, then the two values differ (a fresh IV each time)', () => {
    expect(keys.seal('U012ABCDEF', 'route:t1')).not.toBe(keys.seal('U012ABCDEF', 'route:t1'));
  });

  it('when ids of different lengths are sealed, then the sealed values have the same length', () => {
    expect(keys.seal('U1', 'route:t1').length).toBe(keys.seal('W0123456789ABCDEFGHIJ', 'route:t1').length);
  });

  it('when a route is copied onto another thread, another key is used, or a byte is changed, then it does not open', () => {
    const sealed = keys.seal('U012ABCDEF', 'route:t1');
    expect(() => keys.open(sealed, 'route:t2')).toThrow(SealError);
    expect(() => new FeedbackKeys(Buffer.alloc(32, 8)).open(sealed, 'route:t1')).toThrow(SealError);
    // Flip a bit of the decoded bytes: changing the last base64 letter may touch only its unused bits.
    const [version, data] = sealed.split('.');
    const bytes = Buffer.from(data as string, 'base64url');
    bytes[bytes.length - 1] = (bytes[bytes.length - 1] as number) ^ 1;
    const tampered = `${version}.${bytes.toString('base64url')}`;
    expect(tampered).not.toBe(sealed);
    expect(() => keys.open(tampered, 'route:t1')).toThrow(SealError);
    expect(() => keys.open('v2.abc', 'route:t1')).toThrow(SealError);
  });

  it('when a route does not open, then the error says nothing of its content', () => {
    const sealed = keys.seal('U012ABCDEF', 'route:t1');
    try {
      keys.open(sealed, 'route:other');
      expect.unreachable();
    } catch (error) {
      expect(String((error as Error).message)).not.toContain('U012ABCDEF');
      expect(String((error as Error).message)).not.toContain(sealed);
    }
  });
});

describe('the rotating rate tag', () => {
  it('when the same person is tagged on one day, then the tag is the same; on the next day, it is another', () => {
    const today = keys.rateTag('2026-11-28', 'feedback|T1|U012ABCDEF');
    expect(keys.rateTag('2026-11-28', 'feedback|T1|U012ABCDEF')).toBe(today);
    expect(keys.rateTag('2026-11-29', 'feedback|T1|U012ABCDEF')).not.toBe(today);
    expect(keys.rateTag('2026-11-28', 'feedback|T1|U012ABCDEG')).not.toBe(today);
  });

  it('when a tag is made, then it is a hex HMAC that does not hold the id, and another key gives another tag', () => {
    const tag = keys.rateTag('2026-11-28', 'feedback|T1|U012ABCDEF');
    expect(tag).toMatch(/^[0-9a-f]{64}$/);
    expect(tag).not.toContain(Buffer.from('U012ABCDEF').toString('hex'));
    expect(new FeedbackKeys(Buffer.alloc(32, 9)).rateTag('2026-11-28', 'feedback|T1|U012ABCDEF')).not.toBe(tag);
  });
});

describe('FEEDBACK_ROUTE_KEY', () => {
  it('when the key is base64 of 32 bytes, then it is accepted; anything else is refused with how to make one', () => {
    const key = newRouteKey();
    expect(decodeRouteKey(key)).toHaveLength(32);
    expect(loadConfig({ ...baseEnv, FEEDBACK_ROUTE_KEY: key }).FEEDBACK_ROUTE_KEY).toBe(key);
    expect(decodeRouteKey(Buffer.alloc(16).toString('base64'))).toBeNull();
    expect(() => loadConfig({ ...baseEnv, FEEDBACK_ROUTE_KEY: 'short' })).toThrow(
      /FEEDBACK_ROUTE_KEY must be base64 of 32 random bytes.*openssl rand -base64 32/,
    );
  });

  it('when the separate roles start without a key, then they refuse, naming the key and how to make one', async () => {
    const config = loadConfig({ ...baseEnv, DATABASE_URL: 'postgresql://x@127.0.0.1:1/x' });
    const refusal = resolveFeedbackRouteKey(config, { embedded: false }, silent);
    await expect(refusal).rejects.toBeInstanceOf(ConfigError);
    await expect(refusal).rejects.toThrow(/FEEDBACK_ROUTE_KEY is missing.*openssl rand -base64 32/s);
  });

  it('when the all-in-one run starts without a key, then one is made once in a 0600 file beside the database folder and read again at the next start', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'hexin-key-'));
    const config = loadConfig({ ...baseEnv, PGLITE_DIR: path.join(dir, 'pglite') });
    const file = routeKeyFile(config)!;
    expect(file).toBe(path.join(dir, 'feedback-route.key'));
    const first = await resolveFeedbackRouteKey(config, { embedded: true }, silent);
    expect(decodeRouteKey(first.FEEDBACK_ROUTE_KEY!)).not.toBeNull();
    expect((await stat(file)).mode & 0o777).toBe(0o600);
    expect((await readFile(file, 'utf8')).trim()).toBe(first.FEEDBACK_ROUTE_KEY);
    const second = await resolveFeedbackRouteKey(config, { embedded: true }, silent);
    expect(second.FEEDBACK_ROUTE_KEY).toBe(first.FEEDBACK_ROUTE_KEY);
    expect(feedbackKeys(second).open(feedbackKeys(first).seal('U1', 'c'), 'c')).toBe('U1');
  });

  it('when the key file is damaged, then start-up stops and names the file', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'hexin-key-'));
    await writeFile(path.join(dir, 'feedback-route.key'), 'not a key\n', { mode: 0o600 });
    const config = loadConfig({ ...baseEnv, PGLITE_DIR: path.join(dir, 'pglite') });
    await expect(resolveFeedbackRouteKey(config, { embedded: true }, silent)).rejects.toThrow(
      /feedback-route\.key does not hold a FEEDBACK_ROUTE_KEY/,
    );
  });

  it('when a key is given, then it is used as is and no file is written', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'hexin-key-'));
    const key = newRouteKey();
    const config = loadConfig({ ...baseEnv, PGLITE_DIR: path.join(dir, 'pglite'), FEEDBACK_ROUTE_KEY: key });
    expect((await resolveFeedbackRouteKey(config, { embedded: false }, silent)).FEEDBACK_ROUTE_KEY).toBe(key);
    await expect(stat(path.join(dir, 'feedback-route.key'))).rejects.toThrow();
  });

  it('when the database is in memory, then the key lives in memory too, and start-up says so without printing it', async () => {
    const lines: string[] = [];
    const log = createLogger(
      'info',
      new Writable({
        write: (chunk, _e, done) => {
          lines.push(String(chunk));
          done();
        },
      }),
    );
    const resolved = await resolveFeedbackRouteKey(
      loadConfig({ ...baseEnv, PGLITE_DIR: 'memory://' }),
      { embedded: true },
      log,
    );
    expect(decodeRouteKey(resolved.FEEDBACK_ROUTE_KEY!)).not.toBeNull();
    expect(lines.join('')).toContain('for this process only');
    expect(lines.join('')).not.toContain(resolved.FEEDBACK_ROUTE_KEY!);
  });
});

describe('delivery windows', () => {
  it('when feedback is written during a window, then it is due at that window’s end, counted from local midnight', () => {
    // 10:10 in Shanghai (UTC+8), 180-minute windows: 09:00–12:00, so 12:00 local = 04:00Z.
    expect(batchEnd(new Date('2026-11-28T02:10:00Z'), 180, 'Asia/Shanghai').toISOString()).toBe(
      '2026-11-28T04:00:00.000Z',
    );
    // Written at the very start of a window, it waits for the whole window.
    expect(batchEnd(new Date('2026-11-28T04:00:00Z'), 180, 'Asia/Shanghai').toISOString()).toBe(
      '2026-11-28T07:00:00.000Z',
    );
    expect(batchEnd(new Date('2026-11-28T03:59:59.999Z'), 180, 'Asia/Shanghai').toISOString()).toBe(
      '2026-11-28T04:00:00.000Z',
    );
  });

  it('when the window does not divide the day, then the last window ends at local midnight', () => {
    // 420-minute windows: 00:00, 07:00, 14:00, 21:00 → midnight. 22:30 local ends at 24:00 local.
    expect(batchEnd(new Date('2026-11-28T14:30:00Z'), 420, 'Asia/Shanghai').toISOString()).toBe(
      '2026-11-28T16:00:00.000Z',
    );
  });

  it('when the team’s zone is unknown, then windows count from UTC midnight', () => {
    expect(batchEnd(new Date('2026-11-28T02:10:00Z'), 60, 'Not/AZone').toISOString()).toBe('2026-11-28T03:00:00.000Z');
  });

  it('when two writers in one window are minutes apart, then both are due at the same moment', () => {
    const a = batchEnd(new Date('2026-11-28T01:01:00Z'), 180, 'Asia/Shanghai');
    const b = batchEnd(new Date('2026-11-28T03:58:00Z'), 180, 'Asia/Shanghai');
    expect(a.getTime()).toBe(b.getTime());
  });

  it('when a batch is shuffled, then every item is kept and the order follows the random source', () => {
    const items = ['a', 'b', 'c', 'd'];
    expect(shuffled(items, () => 0)).toEqual(['b', 'c', 'd', 'a']);
    expect(shuffled(items, (max) => max - 1)).toEqual(items);
    expect([...shuffled(items, (max) => Math.floor(Math.random() * max))].sort()).toEqual(items);
  });
});

describe('feedback text and commands', () => {
  it('when text is blank, too long, or fine, then it is refused or trimmed', () => {
    expect(checkText('   ')).toEqual({ ok: false, problem: 'required' });
    expect(checkText(null)).toEqual({ ok: false, problem: 'required' });
    expect(checkText('x'.repeat(2501))).toEqual({ ok: false, problem: 'too_long', length: 2501, max: 2500 });
    expect(checkText('  hello  ')).toEqual({ ok: true, text: 'hello' });
  });

  it('when /feedback text is parsed, then writing, help and the window are understood and anything else is explained', () => {
    expect(parseFeedbackCommand('')).toEqual({ kind: 'write' });
    expect(parseFeedbackCommand(' help ')).toEqual({ kind: 'help' });
    expect(parseFeedbackCommand('window 120')).toEqual({ kind: 'window', minutes: 120 });
    expect(() => parseFeedbackCommand('window soon')).toThrow(/USAGE/);
    expect(() => parseFeedbackCommand('window 120 extra')).toThrow(/USAGE/);
    expect(() => parseFeedbackCommand('<@U123> is bad')).toThrow(/feedback.command.unknown/);
  });
});

describe('feedback blocks', () => {
  const team: Team = {
    id: 'team1',
    workspaceId: 'T1',
    name: 'East <!here>',
    homeChannelId: 'C1',
    informalChannelId: null,
    defaultLocale: 'en',
    timeZone: 'Asia/Shanghai',
    checkinDays: [1],
    checkinMinute: 540,
    reminderMinute: 960,
    checkinQuestions: [],
  };
  const member = (id: string, displayName: string): Member => ({
    id: `m-${id}`,
    teamId: 'team1',
    slackUserId: id,
    displayName,
    timeZone: null,
    locale: null,
    role: 'leader',
    active: true,
    checkinOptOut: false,
  });
  const thread: FeedbackThread = {
    id: 'th-1',
    teamId: 'team1',
    category: 'support',
    signedBy: null,
    route: 'v1.x',
    routeExpiresAt: null,
    status: 'open',
    closedAt: null,
    createdDay: '2026-11-28',
    closeNoticeSent: false,
  };
  const message = {
    id: 'msg-1',
    threadId: 'th-1',
    direction: 'to_leaders',
    text: '<!channel> <@U999> <https://x.example|x> & more',
    fromLeaderId: null,
    deliverAfter: new Date(),
    deliveredAt: null,
  };

  it('when a leader’s copy is built, then the words are inert and Reply and Close carry only the thread id', () => {
    const built = leaderMessage('en', { team, thread, message, first: true, signer: null });
    const shown = JSON.stringify(built);
    expect(shown).toContain('&lt;!channel&gt; @U999 &lt;https://x.example|x&gt; &amp; more');
    expect(shown).not.toMatch(/<!channel>|<@U999>|<https:/);
    expect(shown).toContain('East &lt;!here&gt;');
    expect(shown).toContain('"action_id":"feedback_reply","value":"th-1"');
    expect(shown).toContain('"action_id":"feedback_leader_close","value":"th-1"');
    expect(shown).toContain('Hexin does not know who wrote it');
  });

  it('when a copy is closed, then its buttons are gone and it says who closed it, in each language', () => {
    const closed = JSON.stringify(
      leaderMessage(
        'zh-CN',
        { team, thread, message, first: true, signer: null },
        { by: 'leader', leader: member('UL', 'Lin') },
      ),
    );
    expect(closed).not.toContain('feedback_reply');
    expect(closed).toContain('Lin 结束了这次对话。');
    const authorSide = JSON.stringify(
      authorMessage(
        'en',
        {
          team,
          thread,
          message: { ...message, direction: 'to_author', fromLeaderId: 'm-UL' },
          leader: member('UL', 'Lin'),
        },
        { by: 'author' },
      ),
    );
    expect(authorSide).not.toContain('feedback_answer');
    expect(authorSide).toContain('You closed this conversation');
  });

  it('when a leader with a mischievous name closes, then the copies show the name escaped, in verbatim context', () => {
    const leader = member('UL', 'Lin <!channel> <@U1>');
    const copies = [
      leaderMessage('en', { team, thread, message, first: true, signer: null }, { by: 'leader', leader }),
      authorMessage(
        'en',
        { team, thread, message: { ...message, direction: 'to_author', fromLeaderId: 'm-UL' }, leader },
        { by: 'leader', leader },
      ),
    ];
    for (const copy of copies) {
      const blocks = copy.blocks as Array<{ type: string; elements?: Array<{ text?: string; verbatim?: boolean }> }>;
      const context = blocks
        .flatMap((b) => (b.type === 'context' ? (b.elements ?? []) : []))
        .find((e) => e.text?.includes('Lin'))!;
      expect(context.verbatim).toBe(true);
      expect(context.text).toContain('Lin &lt;!channel&gt; @U1');
    }
  });

  it('when the modal is built for a team below ANON_MIN_GROUP, then it warns; at or above, it does not', () => {
    const choice = (size: number) => ({
      team,
      member: member('U1', 'Ann'),
      size,
      small: size < 5,
      leaders: [member('UL', 'Lin')],
      batchMinutes: 180,
      nextDelivery: new Date('2026-11-28T04:00:00Z'),
    });
    const now = new Date('2026-11-28T02:10:00Z');
    const small = JSON.stringify(feedbackModal('en', { choices: [choice(4)], minGroup: 5, now }));
    expect(small).toContain(':warning:');
    expect(small).toContain('fewer than 5 people');
    expect(small).toContain('4 people in the team');
    const fine = JSON.stringify(feedbackModal('zh-CN', { choices: [choice(5)], minGroup: 5, now }));
    expect(fine).not.toContain(':warning:');
    expect(fine).toContain('团队共 5 人');
    expect(fine).toContain('下一次：12:00');
  });
});

describe('the Slack clients’ log', () => {
  it('when the Web API client logs a request or response body at debug level, then the line is dropped; other debug lines are kept', () => {
    const lines: string[] = [];
    const sink = new Writable({
      write: (chunk, _encoding, done) => {
        lines.push(String(chunk));
        done();
      },
    });
    const logger = boltLogger(createLogger('debug', sink));
    logger.debug('http request body: {"channel":"UAUTHOR1","text":"words"}');
    logger.debug(`http request result: {"channel":"DAUTHOR1","ok":true}`);
    logger.debug("apiCall('chat.postMessage') start");
    expect(lines.join('')).not.toContain('AUTHOR1');
    expect(lines.join('')).toContain('chat.postMessage');
  });
});
