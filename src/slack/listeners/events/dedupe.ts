import type { AnyMiddlewareArgs, App } from '@slack/bolt';
import type { AppDeps } from '../../deps.ts';

/**
 * Slack re-delivers an event it thinks was slow (up to three retries). Only the first
 * delivery of an event_id reaches the listeners; side effects happen once.
 */
export function register(app: App, deps: AppDeps): void {
  app.use(async ({ body, next }: AnyMiddlewareArgs & { next: () => Promise<void> }) => {
    const eventId = (body as { event_id?: unknown }).event_id;
    if (typeof eventId === 'string' && !(await deps.events.firstDelivery(eventId))) {
      deps.log.info({ eventId }, 'duplicate event delivery ignored');
      return;
    }
    await next();
  });
}
