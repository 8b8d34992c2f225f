import { startLocalRedis } from '../../src/infra/local/local-redis.ts';
import { FakeSlack } from '../../test/fakes/fake-slack.ts';
import { LoadGenerator } from './load-generator.ts';

export interface LoadServices {
  slack: FakeSlack;
  redis: { url: string };
  load: LoadGenerator;
}

/** What the ack benches stand on — the fake Slack, a Redis, the load generator's process — for the length of `work`. */
export async function withLoadServices(work: (services: LoadServices) => Promise<void>): Promise<void> {
  const slack = await FakeSlack.start();
  const redis = await startLocalRedis();
  const load = LoadGenerator.start();
  try {
    await work({ slack, redis, load });
  } finally {
    await load.stop();
    await redis.stop();
    await slack.stop();
  }
}
