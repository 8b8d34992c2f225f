import type { GoalDeps } from '../../domain/goals/service.ts';
import type { JobDeps } from '../../infra/queue/processor.ts';
import { SlackGoalNotifier } from '../../slack/goals-notifier.ts';

/** Goals' use-case dependencies, built from the worker's. */
export const goalDeps = (deps: JobDeps): GoalDeps => ({
  teams: deps.stores.teams,
  goals: deps.stores.goals,
  queue: deps.enqueuer,
  notifier: new SlackGoalNotifier(deps.slack, deps.gate),
  effects: deps.stores.effects,
  defaultTimeZone: deps.config.DEFAULT_TIME_ZONE,
});
