import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config/env.ts';
import { gatePaces } from '../../src/infra/queue/slack-gate.ts';
import { SLACK_BUCKETS, SLACK_METHOD_BUCKETS, bucketOf, type SlackMethod } from '../../src/infra/queue/slack-tiers.ts';

const MINIMAL = { SLACK_BOT_TOKEN: 'xoxb-1-abc', SLACK_SIGNING_SECRET: 'secret-123456' };

describe('the Web API methods jobs call, by the gate’s bucket', () => {
  it('when the table is read, then every method in it has one of the gate’s buckets', () => {
    const methods = Object.keys(SLACK_METHOD_BUCKETS) as SlackMethod[];
    expect(methods.length).toBeGreaterThan(0);
    for (const method of methods) {
      expect(method).toMatch(/^[a-z]+\.[A-Za-z]+$/);
      expect(SLACK_BUCKETS).toContain(bucketOf(method));
    }
  });

  it('when a method of each tier is looked up, then it is paced by its tier as Slack documents it', () => {
    expect(bucketOf('chat.postMessage')).toBe('post');
    expect(bucketOf('users.list')).toBe('tier2');
    expect(bucketOf('conversations.open')).toBe('tier3');
    expect(bucketOf('chat.update')).toBe('tier3');
    expect(bucketOf('users.info')).toBe('tier4');
  });

  it('when the configuration is left at its defaults, then the gate paces posts at four a second and the tiers at Slack’s 20, 50 and 100 a minute', () => {
    expect(gatePaces(loadConfig({ ...MINIMAL }))).toEqual({
      postPerSecond: 4,
      tier2PerMinute: 20,
      tier3PerMinute: 50,
      tier4PerMinute: 100,
    });
  });
});
