import type { RecognitionWorkerDeps } from '../../src/domain/recognition/service.ts';
import type { JobDeps } from '../../src/infra/queue/processor.ts';
import { SlackRecognitionNotifier } from '../../src/slack/recognition-notifier.ts';

/** Recognition's use-case dependencies, built from the worker's. */
export const recognitionDeps = (deps: JobDeps): RecognitionWorkerDeps => ({
  teams: deps.stores.teams,
  recognition: deps.stores.recognition,
  queue: deps.enqueuer,
  notifier: new SlackRecognitionNotifier(deps.slack, deps.gate, deps.log),
  effects: deps.stores.effects,
  defaultTimeZone: deps.config.DEFAULT_TIME_ZONE,
});
