import type { WebClient } from '@slack/web-api';
import type { Config } from '../config/env.ts';
import type { CheckinCore } from '../domain/checkins/service.ts';
import type { DigestCore } from '../domain/digest/service.ts';
import type { FeedbackCore } from '../domain/feedback/service.ts';
import type { GoalCore } from '../domain/goals/service.ts';
import type { InformalCore } from '../domain/informal/service.ts';
import type { PulseCore } from '../domain/pulse/service.ts';
import type { RecognitionDeps } from '../domain/recognition/service.ts';
import type { RoleDeps } from '../domain/roles/service.ts';
import type { ScorecardDeps } from '../domain/scorecards/service.ts';
import type { TeamStore } from '../domain/teams/model.ts';
import { chooseLocale, localeFromSlack, t, type Locale, type MessageKey, type MessageParams } from '../i18n/index.ts';
import { databaseUnavailable, isDatabaseUnavailable } from '../infra/db/unavailable.ts';
import type { Enqueuer } from '../infra/queue/queue.ts';
import { type AppError, isAppError } from '../shared/errors.ts';
import { inert } from '../shared/text.ts';
import type { Logger } from '../shared/logger.ts';
import type { EventLedger } from '../shared/ports.ts';
import { fetchProfile } from './directory.ts';
import { slackPlatformError } from './platform-error.ts';

/**
 * Each capability's core as listeners call it: its use cases' dependencies, typed by the
 * domain's ports, built once by the capability's module (src/capabilities/) in the
 * composition root (src/main/runtime.ts). Listeners send nothing to Slack through a core:
 * what Slack must be told later is a job.
 */
export interface AppCores {
  checkins: CheckinCore;
  goals: GoalCore;
  roles: RoleDeps;
  scorecards: ScorecardDeps;
  recognition: RecognitionDeps;
  feedback: FeedbackCore;
  pulse: PulseCore;
  informal: InformalCore;
  digest: DigestCore;
}

/** What listeners are given: built once by the composition root, passed to each register(). */
export interface AppDeps extends AppCores {
  config: Config;
  teams: TeamStore;
  events: EventLedger;
  /** Jobs enqueued outside a use case (a channel's member joining, a file shared). */
  enqueuer: Enqueuer;
  log: Logger;
  now: () => Date;
}

/** How long a language lookup may wait on the database before ack() (a view submission): an outage must not cost Slack's three seconds. */
const LOCALE_LOOKUP_MS = 1000;

/**
 * The language of the person's membership; null when they have none or the database cannot
 * answer in time (an outage must not stop us telling them so, in some language).
 */
async function membershipLocale(deps: AppDeps, workspaceId: string, slackUserId: string): Promise<Locale | null> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<null>((resolve) => {
    timer = setTimeout(() => resolve(null), LOCALE_LOOKUP_MS);
  });
  try {
    const lookup = deps.teams.membershipsOf(workspaceId, slackUserId).then((memberships) => {
      const first = memberships.find((m) => m.member.active) ?? memberships[0];
      return first ? chooseLocale(first.member.locale, first.team.defaultLocale) : null;
    });
    return await Promise.race([lookup, late]);
  } catch (error) {
    // The code only: a query's message could name who was asking (an anonymous author, say).
    deps.log.warn(
      { err: (error as { code?: string }).code ?? (error as Error).name },
      'membership language unavailable; answering in the Slack or default language',
    );
    return null;
  } finally {
    clearTimeout(timer);
  }
}

/** The language to answer a person in: their membership's, else their Slack locale, else the default. */
export async function localeForUser(
  deps: AppDeps,
  client: WebClient,
  workspaceId: string,
  slackUserId: string,
): Promise<Locale> {
  const fromMembership = await membershipLocale(deps, workspaceId, slackUserId);
  if (fromMembership) return fromMembership;
  try {
    return localeFromSlack((await fetchProfile(client, slackUserId)).locale) ?? deps.config.DEFAULT_LOCALE;
  } catch (error) {
    deps.log.warn({ err: (error as Error).message }, 'users.info failed; answering in the default language');
    return deps.config.DEFAULT_LOCALE;
  }
}

/**
 * The language to answer in from the person's memberships, else the default. Never calls
 * Slack: a form submission is answered within Slack's three seconds, and no request naming an
 * anonymous author is ever made from a feedback listener.
 */
export async function localeBeforeAck(deps: AppDeps, workspaceId: string, slackUserId: string): Promise<Locale> {
  return (await membershipLocale(deps, workspaceId, slackUserId)) ?? deps.config.DEFAULT_LOCALE;
}

/**
 * An AppError in the person's words: text the domain echoes as supplied (Typed) is made inert
 * here, so it can neither ping, link nor format, cut to the length the rule chose.
 */
export function errorText(locale: Locale, error: AppError): string {
  const params = Object.fromEntries(
    Object.entries(error.params).map(([name, value]) => [
      name,
      typeof value === 'object' ? inert(value.typed, value.max) : value,
    ]),
  );
  return t(locale, error.messageKey, params);
}

/** Slack's answer about a user id it does not know (deleted, or never real): expected, not a fault of ours. */
function isUnknownSlackUser(error: unknown): boolean {
  const answer = slackPlatformError(error);
  return answer === 'user_not_found' || answer === 'users_not_found';
}

/**
 * Turns an error into words for the person: an AppError says what was wrong and how to fix
 * it; a database outage becomes DB_UNAVAILABLE ("try again in a minute", logged at warn: it is
 * expected during a restart); anything else is logged with its stack and answered with a
 * generic apology.
 */
export function explain(deps: AppDeps, locale: Locale, error: unknown, context: Record<string, unknown>): string {
  if (isAppError(error)) return errorText(locale, error);
  if (isUnknownSlackUser(error)) {
    deps.log.warn({ ...context, err: 'user_not_found' }, 'Slack does not know the person asking; nothing was done');
    return t(locale, 'common.error.slack_user_unknown');
  }
  if (isDatabaseUnavailable(error))
    return explainOutage(deps, locale, context, error instanceof Error ? error.message : String(error));
  deps.log.error(
    { ...context, err: error instanceof Error ? { message: error.message, stack: error.stack } : String(error) },
    'listener failed',
  );
  return t(locale, 'common.error.unexpected');
}

/**
 * A database outage, already recognised on the original error: one warn line carrying only
 * what the caller chose to show of it (a scrubbed message, or a code), and the words to try
 * again in a minute.
 */
export function explainOutage(
  deps: Pick<AppDeps, 'log'>,
  locale: Locale,
  context: Record<string, unknown>,
  shown: string,
): string {
  const unavailable = databaseUnavailable();
  deps.log.warn(
    { ...context, code: unavailable.code, err: shown },
    'database unavailable; the person was told to try again',
  );
  return t(locale, unavailable.messageKey);
}

export const say = (locale: Locale, key: MessageKey, params?: MessageParams) => t(locale, key, params);
