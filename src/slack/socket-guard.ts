import type { AllMiddlewareArgs, AnyMiddlewareArgs, App } from '@slack/bolt';
import type { Logger } from '../shared/logger.ts';
import { isFromInstalledWorkspace, readDeliveredBody, type InstalledWorkspace } from './envelope.ts';

type Args = AnyMiddlewareArgs & AllMiddlewareArgs & { ack?: () => Promise<void> };

/**
 * Socket Mode has no HTTP receiver, so the same checks run as Bolt's first middleware: a body
 * whose envelope is malformed, that names no workspace, or that comes from another workspace
 * is acknowledged (so Slack does not redeliver it), logged once at warn, and goes no further.
 */
export function guardSocketMode(
  app: App,
  options: {
    installed: InstalledWorkspace;
    log: Logger;
    tellOtherWorkspace: (body: Record<string, unknown>, responseUrl: string) => Promise<void>;
  },
): void {
  const { installed, log } = options;
  app.use(async (args: Args) => {
    const read = readDeliveredBody(args.body);
    if (read.ok && read.envelope.kind === 'bolt' && isFromInstalledWorkspace(read.envelope.origin, installed)) {
      await args.next();
      return;
    }
    await args.ack?.().catch(() => undefined);
    if (!read.ok) {
      log.warn({ reason: 'malformed envelope', problem: read.problem }, 'slack request refused');
      return;
    }
    const { envelope } = read;
    if (envelope.kind !== 'bolt') {
      log.warn({ reason: `${envelope.kind} is not delivered over a socket` }, 'slack request refused');
      return;
    }
    log.warn(
      { reason: 'another workspace', teams: envelope.origin.teams, enterprises: envelope.origin.enterprises },
      'slack request refused',
    );
    if (envelope.responseUrl) await options.tellOtherWorkspace(envelope.body, envelope.responseUrl);
  });
}
