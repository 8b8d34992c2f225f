import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AnyJob } from '../../src/infra/queue/contracts.ts';
import { Harness } from '../support/harness.ts';

const sync = (i: number): AnyJob => ({
  name: 'member-sync',
  data: { teamId: 'team-enqueue', slackUserId: `UENQ${i}`, change: 'joined' },
});

describe('a fan-out written to the outbox', () => {
  let h: Harness;

  beforeAll(async () => {
    h = await Harness.start();
  });
  afterAll(() => h?.close());

  it('when one job of a fan-out larger than a chunk has a bad payload, then none of the fan-out is written', async () => {
    const jobs = Array.from({ length: 250 }, (_, i) => sync(i));
    // In the third chunk: the first two would already be written if each chunk were checked as it went in.
    jobs[230] = {
      name: 'member-sync',
      data: { teamId: 'team-enqueue', slackUserId: 'not a Slack id', change: 'joined' },
    };
    await expect(h.runtime.enqueuer.enqueueMany(jobs)).rejects.toThrow(/Slack id/);
    expect(await h.runtime.stores.outbox.count()).toBe(0);
  });
});
