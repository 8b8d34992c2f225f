import type { WebClient } from '@slack/web-api';
import type { SlackRef } from '../domain/checkins/ports.ts';
import type { FeedbackThread } from '../domain/feedback/model.ts';
import type { AuthorCopy, ClosedNote, FeedbackNotifier, LeaderCopy } from '../domain/feedback/ports.ts';
import type { Member, Team } from '../domain/teams/model.ts';
import type { Locale } from '../i18n/index.ts';
import type { SlackGate } from '../infra/queue/slack-gate.ts';
import { GatedPoster } from './gated-poster.ts';
import { slackPlatformError } from './platform-error.ts';
import { AppError, isAppError } from '../shared/errors.ts';
import { id } from '../infra/queue/contracts/fields.ts';
import { isDatabaseUnavailable } from '../infra/db/unavailable.ts';
import type { Logger } from '../shared/logger.ts';
import type { SlackMessage } from './blocks/checkin.ts';
import { authorMessage, closedNotice, leaderMessage } from './blocks/feedback.ts';
import { errorText, explain, explainOutage, type AppDeps } from './deps.ts';

/**
 * Feedback sent to Slack from jobs, every call through the workspace's gate. DMs are posted
 * to the user id. An author's id passes through in memory only; the one log line here (a
 * leader Slack refused) names the thread and Slack's error code, nobody.
 */
export class SlackFeedbackNotifier implements FeedbackNotifier {
  private readonly poster: GatedPoster;

  constructor(
    client: WebClient,
    gate: SlackGate,
    private readonly log?: Logger,
  ) {
    this.poster = new GatedPoster(client, gate);
  }

  /** `key` from record ids only: an author's Slack id never reaches a message's metadata. */
  private post(team: Team, channel: string, message: SlackMessage, key: string): Promise<SlackRef> {
    return this.poster.post(team.workspaceId, channel, message, { key });
  }

  private update(team: Team, ref: SlackRef, message: SlackMessage): Promise<void> {
    return this.poster.update(team.workspaceId, ref, message);
  }

  /** A permanent Slack error for one leader (gone, deactivated…) is logged with the thread id only, and null returned. */
  async sendToLeader(leader: Member, locale: Locale, copy: LeaderCopy): Promise<SlackRef | null> {
    try {
      return await this.post(
        copy.team,
        leader.slackUserId,
        leaderMessage(locale, copy),
        `feedback-copy:${copy.message.id}:${leader.id}`,
      );
    } catch (error) {
      if (slackPlatformError(error) === null) throw error;
      const slackError = (error as { data?: { error?: unknown } }).data?.error;
      this.log?.warn(
        { threadId: copy.thread.id, slackError: typeof slackError === 'string' ? slackError : 'unknown' },
        'a leader could not be sent feedback',
      );
      return null;
    }
  }

  sendToAuthor(authorSlackId: string, locale: Locale, copy: AuthorCopy): Promise<SlackRef> {
    return this.post(copy.team, authorSlackId, authorMessage(locale, copy), `feedback-author-copy:${copy.message.id}`);
  }

  markLeaderCopyClosed(ref: SlackRef, locale: Locale, copy: LeaderCopy, closed: ClosedNote): Promise<void> {
    return this.updateCopy(copy.team, copy.thread, ref, leaderMessage(locale, copy, closed));
  }

  markAuthorCopyClosed(ref: SlackRef, locale: Locale, copy: AuthorCopy, closed: ClosedNote): Promise<void> {
    return this.updateCopy(copy.team, copy.thread, ref, authorMessage(locale, copy, closed));
  }

  /**
   * A copy Slack will never update (deleted, its DM gone) counts as done, logged with the
   * thread id and Slack's code only: otherwise the close would retry until it failed and the
   * route would outlive the conversation.
   */
  private async updateCopy(team: Team, thread: FeedbackThread, ref: SlackRef, message: SlackMessage): Promise<void> {
    try {
      await this.update(team, ref, message);
    } catch (error) {
      if (slackPlatformError(error) === null) throw error;
      const slackError = (error as { data?: { error?: unknown } }).data?.error;
      this.log?.warn(
        { threadId: thread.id, slackError: typeof slackError === 'string' ? slackError : 'unknown' },
        'a feedback copy could not be marked closed',
      );
    }
  }

  async tellAuthorClosed(
    authorSlackId: string,
    locale: Locale,
    team: Team,
    thread: FeedbackThread,
    closed: ClosedNote,
  ): Promise<void> {
    await this.post(team, authorSlackId, closedNotice(locale, team, thread, closed), `feedback-closed:${thread.id}`);
  }
}

// ------------------------------------------------------------------------------------------
// What feedback listeners share

/**
 * A thread id from a button's value or a modal's private_metadata, checked before it reaches
 * the database: anything else is answered as a conversation that no longer exists.
 */
export function threadIdFrom(value: string | null | undefined): string {
  const parsed = id.safeParse(value);
  if (!parsed.success) throw new AppError('FEEDBACK_GONE', 'feedback.error.gone');
  return parsed.data;
}

/**
 * explain() for feedback listeners: a rule the person broke is answered in their language;
 * anything unexpected is logged (by explain) with the person's id scrubbed from the message
 * and the stack, whatever produced them.
 */
export function explainAnonymously(
  deps: AppDeps,
  locale: Locale,
  error: unknown,
  context: Record<string, unknown>,
  slackUserId: string,
): string {
  if (isAppError(error)) return errorText(locale, error);
  const scrub = (text: string | undefined) =>
    (text ?? '').split(slackUserId).join('[someone]').split(slackUserId.toLowerCase()).join('[someone]');
  const original = error instanceof Error ? error : new Error(String(error));
  // Judged on the original: Prisma names an outage by its code and cause, which the scrubbed copy drops.
  if (isDatabaseUnavailable(error)) return explainOutage(deps, locale, context, scrub(original.message));
  const clean = new Error(scrub(original.message));
  clean.stack = scrub(original.stack);
  return explain(deps, locale, clean, context);
}
