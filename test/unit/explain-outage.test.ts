import { Prisma } from '../../src/infra/db/generated/client.ts';
import { describe, expect, it } from 'vitest';
import { t } from '../../src/i18n/index.ts';
import { createLogger } from '../../src/shared/logger.ts';
import type { AppDeps } from '../../src/slack/deps.ts';
import { explainAnonymously } from '../../src/slack/feedback-notifier.ts';
import { explainPulseFailure } from '../../src/slack/listeners/actions/pulse-open.ts';

const AUTHOR = 'UOUTAUTHOR';

/** Deps whose logger writes JSON lines to an array; explaining needs nothing else. */
function logged(): { deps: AppDeps; lines: Array<Record<string, unknown>> } {
  const lines: Array<Record<string, unknown>> = [];
  const log = createLogger('info', {
    write: (line: string) => void lines.push(JSON.parse(line) as Record<string, unknown>),
  });
  return { deps: { log } as unknown as AppDeps, lines };
}

/** Prisma's own errors for an unreachable server and an exhausted pool, naming the person in the message as a query could. */
const outages = () => [
  new Prisma.PrismaClientKnownRequestError(`Can't reach database server while looking up ${AUTHOR}`, {
    code: 'P1001',
    clientVersion: Prisma.prismaVersion.client,
  }),
  new Prisma.PrismaClientKnownRequestError(`Timed out fetching a new connection from the connection pool (${AUTHOR})`, {
    code: 'P2024',
    clientVersion: Prisma.prismaVersion.client,
  }),
];

describe('an outage behind an anonymous or pulse surface', () => {
  it('when Prisma reports the database away by its code under a feedback form, then the person is told to try again and one warn line names nobody', () => {
    for (const error of outages()) {
      const { deps, lines } = logged();
      expect(explainAnonymously(deps, 'zh-CN', error, { view: 'feedback_submit' }, AUTHOR)).toBe(
        t('zh-CN', 'common.error.database_unavailable'),
      );
      expect(lines.map((l) => [l.level, l.code])).toEqual([[40, 'DB_UNAVAILABLE']]);
      expect(JSON.stringify(lines)).not.toContain(AUTHOR);
    }
  });

  it('when the pulse form meets the database away, then the member is told to try again and the warn line carries the code alone', () => {
    for (const error of outages()) {
      const { deps, lines } = logged();
      expect(explainPulseFailure(deps, 'en', error)).toBe(t('en', 'common.error.database_unavailable'));
      expect(lines.map((l) => [l.level, l.code, l.err])).toEqual([[40, 'DB_UNAVAILABLE', error.code]]);
    }
  });

  it('when something else fails, then it is still an unexpected error logged at error level without the person', () => {
    const { deps, lines } = logged();
    expect(
      explainAnonymously(
        deps,
        'en',
        new Error(`unique constraint failed for ${AUTHOR}`),
        { view: 'feedback_submit' },
        AUTHOR,
      ),
    ).toBe(t('en', 'common.error.unexpected'));
    expect(explainPulseFailure(deps, 'en', new Error(`boom ${AUTHOR}`))).toBe(t('en', 'common.error.unexpected'));
    expect(lines.map((l) => l.level)).toEqual([50, 50]);
    expect(JSON.stringify(lines)).not.toContain(AUTHOR);
  });
});
