import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../../src/config/env.ts';
import { isTimeZone } from '../../src/shared/time.ts';

const MINIMAL = { SLACK_BOT_TOKEN: 'xoxb-1-abc', SLACK_SIGNING_SECRET: 'secret-123456' };

/** Runs loadConfig expecting a ConfigError and returns it. */
function configError(env: NodeJS.ProcessEnv): ConfigError {
  try {
    loadConfig(env);
  } catch (error) {
    expect(error).toBeInstanceOf(ConfigError);
    return error as ConfigError;
  }
  throw new Error('expected a ConfigError, but the config loaded');
}

describe('loadConfig', () => {
  it('when only the bot token and signing secret are set, then every other setting has its default', () => {
    const config = loadConfig({ ...MINIMAL });
    expect(config).toMatchObject({
      SLACK_BOT_TOKEN: 'xoxb-1-abc',
      SLACK_SIGNING_SECRET: 'secret-123456',
      PORT: 3000,
      SLACK_API_URL: 'https://slack.com/api/',
      ANON_MIN_GROUP: 5,
      PGLITE_DIR: 'data/pglite',
      REDIS_DATA_DIR: 'data/redis',
      QUEUE_PREFIX: 'hexin',
      SLACK_SENDS_PER_SECOND: 4,
      SLACK_TIER2_PER_MINUTE: 20,
      SLACK_TIER3_PER_MINUTE: 50,
      SLACK_TIER4_PER_MINUTE: 100,
      WORKER_CONCURRENCY: 8,
      DEFAULT_LOCALE: 'en',
      DEFAULT_TIME_ZONE: 'Asia/Shanghai',
      LOG_LEVEL: 'info',
    });
    expect(config.DATABASE_URL).toBeUndefined();
    expect(config.REDIS_URL).toBeUndefined();
    expect(config.SLACK_APP_TOKEN).toBeUndefined();
  });

  it('when numbers are given as strings, then they are coerced', () => {
    const config = loadConfig({ ...MINIMAL, PORT: '8080', ANON_MIN_GROUP: '3', WORKER_CONCURRENCY: '2' });
    expect([config.PORT, config.ANON_MIN_GROUP, config.WORKER_CONCURRENCY]).toEqual([8080, 3, 2]);
  });

  it('when the tiers’ paces are given, then each is read as calls a minute', () => {
    const config = loadConfig({
      ...MINIMAL,
      SLACK_TIER2_PER_MINUTE: '1',
      SLACK_TIER3_PER_MINUTE: '600',
      SLACK_TIER4_PER_MINUTE: '3000',
    });
    expect([config.SLACK_TIER2_PER_MINUTE, config.SLACK_TIER3_PER_MINUTE, config.SLACK_TIER4_PER_MINUTE]).toEqual([
      1, 600, 3000,
    ]);
  });

  it('when a tier’s pace is zero, above 3000 a minute, a fraction or not a number, then it is rejected by name', () => {
    expect(configError({ ...MINIMAL, SLACK_TIER2_PER_MINUTE: '0' }).problems).toEqual([
      expect.stringMatching(/^SLACK_TIER2_PER_MINUTE .*>=1/),
    ]);
    expect(configError({ ...MINIMAL, SLACK_TIER3_PER_MINUTE: '3001' }).problems).toEqual([
      expect.stringMatching(/^SLACK_TIER3_PER_MINUTE .*<=3000/),
    ]);
    expect(configError({ ...MINIMAL, SLACK_TIER4_PER_MINUTE: '1.5' }).problems).toEqual([
      expect.stringMatching(/^SLACK_TIER4_PER_MINUTE /),
    ]);
    const error = configError({ ...MINIMAL, SLACK_TIER3_PER_MINUTE: 'fast' });
    expect(error.problems).toHaveLength(1);
    expect(error.problems[0]).toMatch(/^SLACK_TIER3_PER_MINUTE /);
    expect(error.problems[0]).not.toContain('missing');
  });

  it('when a postgresql URL is given, then it is kept', () => {
    expect(loadConfig({ ...MINIMAL, DATABASE_URL: 'postgresql://u:p@db:5432/hexin' }).DATABASE_URL).toBe(
      'postgresql://u:p@db:5432/hexin',
    );
  });

  it('when the config loads, then the result is frozen', () => {
    const config = loadConfig({ ...MINIMAL });
    expect(Object.isFrozen(config)).toBe(true);
    expect(() => {
      (config as { PORT: number }).PORT = 1;
    }).toThrow(TypeError);
  });

  it('when unrelated variables are in the environment, then they are left out of the config', () => {
    const config = loadConfig({ ...MINIMAL, HOME: '/somewhere', PATH: '/bin' });
    expect(Object.keys(config)).not.toContain('HOME');
    expect(Object.keys(config)).not.toContain('PATH');
  });

  it('when SLACK_BOT_TOKEN is missing, then the error names it and points to the Slack app section of the README', () => {
    const error = configError({ SLACK_SIGNING_SECRET: 'secret-123456' });
    expect(error.code).toBe('CONFIG_INVALID');
    expect(error.problems).toHaveLength(1);
    expect(error.problems[0]).toMatch(/^SLACK_BOT_TOKEN is missing\./);
    expect(error.message).toContain('SLACK_BOT_TOKEN');
    expect(error.message).toContain('README.md#create-the-slack-app');
  });

  it('when both Slack keys are missing, then both are reported at once', () => {
    const error = configError({});
    expect(error.problems.map((problem) => problem.split(' ')[0])).toEqual(['SLACK_BOT_TOKEN', 'SLACK_SIGNING_SECRET']);
  });

  it('when the bot token is a user token, then the message says it must start with "xoxb-"', () => {
    const error = configError({ ...MINIMAL, SLACK_BOT_TOKEN: 'xoxp-1-abc' });
    expect(error.problems).toHaveLength(1);
    expect(error.problems[0]).toContain('SLACK_BOT_TOKEN must start with "xoxb-"');
    expect(error.message).toContain('must start with "xoxb-"');
  });

  it('when the app token is not an xapp token, then the message says it must start with "xapp-"', () => {
    const error = configError({ ...MINIMAL, SLACK_APP_TOKEN: 'xoxb-1-abc' });
    expect(error.problems[0]).toContain('SLACK_APP_TOKEN must start with "xapp-"');
  });

  it('when the signing secret is too short, then it is rejected', () => {
    const error = configError({ ...MINIMAL, SLACK_SIGNING_SECRET: 'short' });
    expect(error.problems[0]).toMatch(/^SLACK_SIGNING_SECRET must be the signing secret/);
  });

  it('when ANON_MIN_GROUP is 2, then it is rejected as below 3', () => {
    const error = configError({ ...MINIMAL, ANON_MIN_GROUP: '2' });
    expect(error.problems).toEqual(['ANON_MIN_GROUP can never be below 3.']);
  });

  it('when PORT is not a number, then it is rejected', () => {
    const error = configError({ ...MINIMAL, PORT: 'abc' });
    expect(error.problems).toHaveLength(1);
    expect(error.problems[0]).toMatch(/^PORT /);
    expect(error.problems[0]).not.toContain('missing');
  });

  it('when PORT is above 65535, then it is rejected', () => {
    expect(configError({ ...MINIMAL, PORT: '70000' }).problems[0]).toMatch(/^PORT /);
  });

  it('when DATABASE_URL is a MySQL URL, then it is rejected as not postgresql', () => {
    const error = configError({ ...MINIMAL, DATABASE_URL: 'mysql://x' });
    expect(error.problems).toEqual(['DATABASE_URL must be a postgresql:// URL.']);
  });

  it('when DEFAULT_TIME_ZONE is not a zone, then it is rejected', () => {
    const error = configError({ ...MINIMAL, DEFAULT_TIME_ZONE: 'Mars/Olympus' });
    expect(error.problems).toEqual(['DEFAULT_TIME_ZONE must be an IANA time zone such as Asia/Shanghai.']);
  });

  it('when several values are wrong, then all problems are reported at once', () => {
    const error = configError({ ...MINIMAL, ANON_MIN_GROUP: '2', PORT: 'abc', DATABASE_URL: 'mysql://x' });
    expect(error.problems.map((problem) => problem.split(' ')[0]).sort()).toEqual([
      'ANON_MIN_GROUP',
      'DATABASE_URL',
      'PORT',
    ]);
  });

  it('when optional values are empty strings, then they are treated as unset and get their defaults', () => {
    const config = loadConfig({
      ...MINIMAL,
      PORT: '',
      DATABASE_URL: '',
      ANON_MIN_GROUP: '',
      SLACK_API_URL: '',
      SLACK_APP_TOKEN: '',
    });
    expect(config.PORT).toBe(3000);
    expect(config.ANON_MIN_GROUP).toBe(5);
    expect(config.SLACK_API_URL).toBe('https://slack.com/api/');
    expect(config.DATABASE_URL).toBeUndefined();
    expect(config.SLACK_APP_TOKEN).toBeUndefined();
  });

  it('when the bot token is an empty string, then it is reported as missing', () => {
    const error = configError({ ...MINIMAL, SLACK_BOT_TOKEN: '' });
    expect(error.problems[0]).toMatch(/^SLACK_BOT_TOKEN is missing\./);
  });
});

describe('isTimeZone', () => {
  it('when given IANA zone names, then they are accepted', () => {
    expect(isTimeZone('Asia/Shanghai')).toBe(true);
    expect(isTimeZone('America/New_York')).toBe(true);
  });

  it('when given a made-up zone, then it is rejected', () => {
    expect(isTimeZone('Mars/Olympus')).toBe(false);
  });
});
