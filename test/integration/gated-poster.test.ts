import { WebClient } from '@slack/web-api';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { withJobRun, type JobRun } from '../../src/infra/queue/job-run.ts';
import { SlackGate } from '../../src/infra/queue/slack-gate.ts';
import { GatedPoster } from '../../src/slack/gated-poster.ts';
import type { SlackMessage } from '../../src/slack/blocks/checkin.ts';
import { Harness } from '../support/harness.ts';

const HOME = 'CGPHOME';
const ANNA = 'UGPANNA';
const WORKSPACE = 'T0TEST';

const message = (text: string): SlackMessage => ({
  text,
  blocks: [{ type: 'section', text: { type: 'mrkdwn', text } }],
});

/** The gated poster against the fake Slack and the real Redis: what a retried job finds of its earlier posts. */
describe('posts a job makes, found again on a retry by their keys', () => {
  let h: Harness;
  let poster: GatedPoster;
  const since = new Date(Date.now() - 1000);
  /** What the job run's log was told: its warn lines, as message and fields. */
  const warned: Array<{ message: string; fields: Record<string, unknown> }> = [];
  const log = {
    warn: (fields: object, message?: string) => void warned.push({ message: message ?? '', fields: { ...fields } }),
  };
  const run = (id: string, retried: boolean): JobRun => ({
    id,
    name: 'test-post',
    retried,
    since,
    log: log as JobRun['log'],
  });
  const postsTo = (channel: string) => h.slack.callsTo('chat.postMessage').filter((c) => c.args.channel === channel);

  beforeAll(async () => {
    h = await Harness.start();
    h.slack.addUser({ id: ANNA, realName: 'Anna', tz: 'Asia/Shanghai', locale: 'en-US' });
    h.slack.setChannelMembers(HOME, [ANNA]);
    const gate = new SlackGate(h.runtime.redis, h.config.QUEUE_PREFIX, 50);
    poster = new GatedPoster(new WebClient('xoxb-test-token', { slackApiUrl: h.slack.apiUrl }), gate);
  });
  afterAll(async () => {
    await h?.close();
  });

  it('when a post’s text changes between attempts (a live count), then the retry finds the first post by its key and sends no second copy', async () => {
    h.slack.reset();
    const first = await withJobRun(run('count-job', false), () =>
      poster.post(WORKSPACE, HOME, message('3 of 5 answered at 10:00'), { key: 'checkin-head:team1:2026-12-01' }),
    );
    const again = await withJobRun(run('count-job', true), () =>
      poster.post(WORKSPACE, HOME, message('4 of 5 answered at 10:01'), { key: 'checkin-head:team1:2026-12-01' }),
    );
    expect(again).toEqual(first);
    expect(postsTo(HOME)).toHaveLength(1);
    expect(h.slack.callsTo('conversations.history')).toHaveLength(1);
  });

  it('when a DM’s text changes between attempts, then the retry opens the DM, finds the first post and sends no second copy', async () => {
    h.slack.reset();
    const first = await withJobRun(run('dm-job', false), () =>
      poster.post(WORKSPACE, ANNA, message('Due in 59 minutes'), { key: 'checkin-reminder:member1:2026-12-01' }),
    );
    const again = await withJobRun(run('dm-job', true), () =>
      poster.post(WORKSPACE, ANNA, message('Due in 58 minutes'), { key: 'checkin-reminder:member1:2026-12-01' }),
    );
    expect(again).toEqual(first);
    expect(postsTo(ANNA)).toHaveLength(1);
    expect(h.slack.callsTo('conversations.open')).toHaveLength(1);
  });

  it('when one job sends two identical messages to one channel under two keys, then both are sent, and a retry finds each and sends neither again', async () => {
    h.slack.reset();
    const same = message('Thanks for the cover');
    const sent = await withJobRun(run('twin-job', false), async () => [
      await poster.post(WORKSPACE, HOME, same, { key: 'kudos-post:kudos1' }),
      await poster.post(WORKSPACE, HOME, same, { key: 'kudos-post:kudos2' }),
    ]);
    expect(sent[0]!.ts).not.toBe(sent[1]!.ts);
    expect(postsTo(HOME)).toHaveLength(2);

    const found = await withJobRun(run('twin-job', true), async () => [
      await poster.post(WORKSPACE, HOME, same, { key: 'kudos-post:kudos1' }),
      await poster.post(WORKSPACE, HOME, same, { key: 'kudos-post:kudos2' }),
    ]);
    expect(found).toEqual(sent);
    expect(postsTo(HOME)).toHaveLength(2);
  });

  it('when a post carries its key, then its metadata names the job and the key and no person', async () => {
    h.slack.reset();
    await withJobRun(run('meta-job', false), () =>
      poster.post(WORKSPACE, ANNA, message('Hello'), { key: 'feedback-author-copy:message1' }),
    );
    const metadata = postsTo(ANNA)[0]!.args.metadata;
    expect(metadata).toEqual({
      event_type: 'hexin_job',
      event_payload: { effect: 'meta-job/feedback-author-copy:message1' },
    });
    expect(JSON.stringify(metadata)).not.toContain(ANNA);
  });

  it('when a job edits a message Slack no longer has, then the edit is skipped with one warn line and the job goes on', async () => {
    h.slack.reset();
    warned.length = 0;
    const gone = { channelId: HOME, ts: '1700000000.000001' };
    await withJobRun(run('edit-job', false), async () => {
      await poster.update(WORKSPACE, gone, message('Closed'));
      await poster.post(WORKSPACE, HOME, message('Next effect'), { key: 'after-edit:1' });
    });
    expect(h.slack.callsTo('chat.update').map((c) => c.error)).toEqual(['message_not_found']);
    expect(postsTo(HOME)).toHaveLength(1);
    expect(warned).toEqual([
      {
        message: 'the message to edit is gone; the edit is skipped',
        fields: { jobId: 'edit-job', job: 'test-post', channel: HOME, ts: gone.ts, err: 'message_not_found' },
      },
    ]);
  });

  it('when a job deletes a message that is already gone, then it goes on with one warn line', async () => {
    h.slack.reset();
    warned.length = 0;
    const posted = await poster.post(WORKSPACE, HOME, message('Lost race'), { key: 'delete-target:1' });
    await withJobRun(run('delete-job', true), async () => {
      await poster.remove(WORKSPACE, posted);
      await poster.remove(WORKSPACE, posted);
    });
    expect(h.slack.callsTo('chat.delete').map((c) => c.answered)).toEqual(['ok', 'error']);
    expect(warned.map((line) => [line.message, line.fields.err])).toEqual([
      ['the message to delete is gone; the delete is skipped', 'message_not_found'],
    ]);
  });

  it('when an edit fails for another reason, or outside a job, then the error reaches the caller', async () => {
    h.slack.reset();
    h.slack.failNext('chat.update', { error: 'internal_error' });
    const posted = await poster.post(WORKSPACE, HOME, message('Open'), { key: 'edit-target:1' });
    await expect(
      withJobRun(run('edit-fail-job', false), () => poster.update(WORKSPACE, posted, message('Closed'))),
    ).rejects.toThrow('internal_error');
    await expect(
      poster.update(WORKSPACE, { channelId: HOME, ts: '1700000000.000002' }, message('Closed')),
    ).rejects.toThrow('message_not_found');
  });
});
