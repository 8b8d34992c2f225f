import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Harness, SIGNING_SECRET } from '../support/harness.ts';
import { form, sign } from '../support/signed-requests.ts';

describe('the HTTP receiver', () => {
  let h: Harness;

  beforeAll(async () => {
    h = await Harness.start();
    h.slack.addUser({ id: 'UADM', realName: 'Admin', tz: 'Asia/Shanghai', isAdmin: true });
  });
  afterAll(() => h.close());

  const setupBody = () =>
    form({
      team_id: 'T0TEST',
      channel_id: 'CSEC',
      channel_name: 'sec',
      user_id: 'UADM',
      command: '/hexin',
      text: 'setup',
      response_url: h.slack.responseUrl('sec'),
      trigger_id: 't1',
    });

  it('when a request carries a bad signature, then it gets 401 and nothing changes', async () => {
    const res = await h.post(setupBody(), 'application/x-www-form-urlencoded', { signature: 'v0=deadbeef' });
    expect(res.status).toBe(401);
    const signedForOtherBody = sign(SIGNING_SECRET, Math.floor(Date.now() / 1000), 'other');
    expect(
      (await h.post(setupBody(), 'application/x-www-form-urlencoded', { signature: signedForOtherBody })).status,
    ).toBe(401);
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(await h.runtime.stores.teams.findTeamByChannel('T0TEST', 'CSEC')).toBeNull();
    expect(h.slack.calls).toHaveLength(0);
  });

  it('when a request is signed more than five minutes ago or in the future, then it gets 401', async () => {
    const old = Math.floor(Date.now() / 1000) - 6 * 60;
    const future = Math.floor(Date.now() / 1000) + 6 * 60;
    expect((await h.post(setupBody(), 'application/x-www-form-urlencoded', { timestamp: old })).status).toBe(401);
    expect((await h.post(setupBody(), 'application/x-www-form-urlencoded', { timestamp: future })).status).toBe(401);
    expect(await h.runtime.stores.teams.findTeamByChannel('T0TEST', 'CSEC')).toBeNull();
  });

  it('when the signature is right, then the command is acknowledged and carried out', async () => {
    const res = await h.post(setupBody(), 'application/x-www-form-urlencoded');
    expect(res.status).toBe(200);
    await h.waitForReply((r) => String(r.text).includes('*sec*'));
    expect(await h.runtime.stores.teams.findTeamByChannel('T0TEST', 'CSEC')).not.toBeNull();
  });

  it('when Slack verifies the events URL, then the challenge is answered', async () => {
    const res = await h.post(
      JSON.stringify({ type: 'url_verification', challenge: 'abc123', token: 'x' }),
      'application/json',
    );
    expect(res.status).toBe(200);
    expect(res.body).toContain('abc123');
  });

  it('when a load balancer asks /healthz, then it answers with the database and Redis state', async () => {
    const res = await fetch(`${h.url}/healthz`);
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ ok: true, database: expect.stringMatching(/pglite|postgresql/), redis: 'PONG' });
  });

  it('when a job arrives with a malformed payload, then it fails once as unrecoverable and is not retried', async () => {
    await h.runtime.redis.ping();
    const { Queue } = await import('bullmq');
    const queue = new Queue('hexin', { connection: h.runtime.redis, prefix: h.config.QUEUE_PREFIX });
    await queue.add(
      'checkin-prompt',
      { memberId: 'has:colon', localDate: 'tomorrow' },
      { jobId: 'bad-payload-1', attempts: 5 },
    );
    await h.drain();
    const failed = await h.failedJobs();
    expect(failed.map((j) => [j.id, j.attemptsMade])).toEqual([['bad-payload-1', 1]]);
    expect(failed[0]!.failedReason).toContain('Bad payload for checkin-prompt');
    await queue.close();
  });
});
