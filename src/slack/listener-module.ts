import type { App } from '@slack/bolt';
import type { AppDeps } from './deps.ts';

/** A listener file: one Slack callback, registered with its dependencies passed in. */
export interface ListenerModule {
  register(app: App, deps: AppDeps): void;
}
