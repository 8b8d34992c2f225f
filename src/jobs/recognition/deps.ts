import type { RecognitionWorkerDeps } from '../../domain/recognition/service.ts';
import type { JobDeps } from '../../infra/queue/processor.ts';
import { SlackRecognitionNotifier } from '../../slack/recognition-notifier.ts';

/** Recognition's use-case dependencies, built from the worker's. */
export const recognitionDeps = (deps: JobDeps): RecognitionWorkerDeps => ({
  teams: deps.stores.teams,
  recognition: deps.stores.recognition,
  queue: deps.enqueuer,
  notifier: new SlackRecognitionNotifier(deps.slack, deps.gate, deps.log),
  effects: deps.stores.effects,
  defaultTimeZone: deps.config.DEFAULT_TIME_ZONE,
});
