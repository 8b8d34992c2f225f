import type { WebClient } from '@slack/web-api';
import type { SlackRef } from '../domain/checkins/ports.ts';
import { currentJobRun, type JobRun } from '../infra/queue/job-run.ts';
import { SlackBusy, type SlackGate } from '../infra/queue/slack-gate.ts';
import type { SlackMethod } from '../infra/queue/slack-tiers.ts';
import type { SlackMessage } from './blocks/checkin.ts';
import { slackPlatformError } from './platform-error.ts';
import { SLACK_USER_ID } from '../shared/slack-ids.ts';

/** The metadata type on every message a job posts (Slack: alphanumeric and "_"). */
export const JOB_EVENT_TYPE = 'hexin_job';
/** How many pages of a channel's history a retried post looks through for its earlier copy. */
const HISTORY_PAGES = 5;
/** Slack's clock and ours may differ a little: history is read from this much before the job was made. */
const CLOCK_SKEW_S = 60;
/** How long a retried post trusts its earlier attempt's search while the gate holds it back. */
const SEARCHED_NOTE_MS = 60 * 60 * 1000;
/** A user's DM with the bot keeps its id: a retry may reuse the one it opened. */
const DM_NOTE_MS = 24 * 60 * 60 * 1000;

const isUserId = (channel: string) => SLACK_USER_ID.test(channel);

/**
 * Slack's answers to an edit or a delete that mean the message is not there for us: deleted, in
 * a channel that is gone or archived, or not the bot's. Asking again cannot bring it back.
 */
const MESSAGE_GONE = new Set([
  'message_not_found',
  'channel_not_found',
  'is_archived',
  'cant_update_message',
  'cant_delete_message',
]);

type Found = { ts?: string; metadata?: { event_type?: string; event_payload?: { effect?: unknown } } };

/**
 * Posting from jobs, the one way: every call goes through the workspace's gate (limiter and
 * 429 → job delay), links and media never unfurl, and a DM is posted to the user id (Slack
 * opens the conversation; no conversations.open per send).
 *
 * Each post a job makes carries message metadata naming its effect: the job id and the post's
 * key, which the caller derives from the records the post is about (`checkin-prompt:<prompt>`),
 * never from its text, which may change between attempts (a time, a live count). A post Slack
 * accepted just before the worker died, whose ts was never recorded, would otherwise be sent
 * again by the retry: so a post in a retried job (JobRun.retried) first looks for its effect in
 * the conversation's history since the job was made, and returns the message found instead of
 * posting. conversations.history (or .replies in a thread) is Tier 3, so it is asked only on
 * that path; a DM's channel id is not known
 * before the first answer, so that path alone opens the DM (conversations.open, Tier 3) to
 * read it, rather than every first post paying for it.
 */
export class GatedPoster {
  constructor(
    readonly client: WebClient,
    private readonly gate: SlackGate,
  ) {}

  /**
   * `key` names this post within its job, from record ids only (metadata is readable by anyone
   * who can read the conversation: never a person's Slack id). Two posts of one job have two keys.
   */
  async post(
    workspaceId: string,
    channel: string,
    message: SlackMessage,
    options: { key: string; threadTs?: string },
  ): Promise<SlackRef> {
    const { key, threadTs } = options;
    const run = currentJobRun();
    const effect = run ? effectOf(run, key) : null;
    if (!run?.retried || !effect) return this.send(workspaceId, channel, message, effect, threadTs);
    const searched = `searched:${channel}:${effect}`;
    // The note is taken before the post may leave: if this attempt dies after it, the next one searches again.
    if (!(await this.gate.notes.take(workspaceId, searched))) {
      const found = await this.findPosted(workspaceId, channel, effect, run.since, threadTs);
      if (found) return found;
    }
    try {
      return await this.send(workspaceId, channel, message, effect, threadTs);
    } catch (error) {
      // Turned away, not posted: the search just made still holds for the next attempt.
      if (error instanceof SlackBusy) await this.gate.notes.write(workspaceId, searched, '1', SEARCHED_NOTE_MS);
      throw error;
    }
  }

  private send(
    workspaceId: string,
    channel: string,
    message: SlackMessage,
    effect: string | null,
    threadTs?: string,
  ): Promise<SlackRef> {
    return this.gate.call(workspaceId, 'chat.postMessage', async () => {
      const result = await this.client.chat.postMessage({
        channel,
        text: message.text,
        blocks: message.blocks,
        unfurl_links: false,
        unfurl_media: false,
        ...(threadTs && { thread_ts: threadTs }),
        ...(effect && { metadata: { event_type: JOB_EVENT_TYPE, event_payload: { effect } } }),
      });
      if (!result.channel || !result.ts) throw new Error('Slack answered a post without channel or ts');
      return { channelId: result.channel, ts: result.ts };
    });
  }

  /** Edits a message in place; in a job, one Slack no longer has is skipped (`unlessGone`). */
  async update(workspaceId: string, ref: SlackRef, message: SlackMessage): Promise<void> {
    await this.unlessGone(ref, 'edit', () =>
      this.gate.call(workspaceId, 'chat.update', () =>
        this.client.chat.update({ channel: ref.channelId, ts: ref.ts, text: message.text, blocks: message.blocks }),
      ),
    );
  }

  /** Deletes a message; in a job, one already gone is what was wanted (`unlessGone`). */
  async remove(workspaceId: string, ref: SlackRef): Promise<void> {
    await this.unlessGone(ref, 'delete', () =>
      this.gate.call(workspaceId, 'chat.delete', () => this.client.chat.delete({ channel: ref.channelId, ts: ref.ts })),
    );
  }

  /**
   * In a job, a message Slack no longer has is skipped with a warn line, and the job goes on
   * with its other effects: retrying the job would only ask again. Any other failure, and any
   * outside a job, reaches the caller.
   */
  private async unlessGone(ref: SlackRef, what: 'edit' | 'delete', call: () => Promise<unknown>): Promise<void> {
    try {
      await call();
    } catch (error) {
      const run = currentJobRun();
      const answer = slackPlatformError(error);
      if (!run || !answer || !MESSAGE_GONE.has(answer)) throw error;
      run.log.warn(
        { jobId: run.id, job: run.name, channel: ref.channelId, ts: ref.ts, err: answer },
        `the message to ${what} is gone; the ${what} is skipped`,
      );
    }
  }

  /** Any other Web API call, through the same gate, paced by the tier of the `method` it makes. */
  call<T>(workspaceId: string, method: SlackMethod, send: (client: WebClient) => Promise<T>): Promise<T> {
    return this.gate.call(workspaceId, method, () => send(this.client));
  }

  /** The message an earlier attempt posted with this effect, if Slack has it. */
  private async findPosted(
    workspaceId: string,
    to: string,
    effect: string,
    since: Date,
    threadTs?: string,
  ): Promise<SlackRef | null> {
    const channel = isUserId(to) ? await this.dmChannel(workspaceId, to) : to;
    const oldest = String(Math.max(0, Math.floor(since.getTime() / 1000) - CLOCK_SKEW_S));
    let cursor: string | undefined;
    for (let page = 0; page < HISTORY_PAGES; page += 1) {
      const page = { channel, oldest, limit: 200, include_all_metadata: true, ...(cursor && { cursor }) };
      const answer = threadTs
        ? await this.gate.call(workspaceId, 'conversations.replies', () =>
            this.client.conversations.replies({ ...page, ts: threadTs }),
          )
        : await this.gate.call(workspaceId, 'conversations.history', () => this.client.conversations.history(page));
      const messages = (answer.messages ?? []) as Found[];
      const found = messages.find(
        (m) => m.metadata?.event_type === JOB_EVENT_TYPE && m.metadata.event_payload?.effect === effect,
      );
      if (found?.ts) return { channelId: channel, ts: found.ts };
      cursor = answer.response_metadata?.next_cursor || undefined;
      if (!answer.has_more || !cursor) return null;
    }
    return null;
  }

  private async dmChannel(workspaceId: string, userId: string): Promise<string> {
    const known = await this.gate.notes.read(workspaceId, `dm:${userId}`);
    if (known) return known;
    const opened = await this.gate.call(workspaceId, 'conversations.open', () =>
      this.client.conversations.open({ users: userId }),
    );
    if (!opened.channel?.id) throw new Error('Slack opened a DM without a channel id');
    await this.gate.notes.write(workspaceId, `dm:${userId}`, opened.channel.id, DM_NOTE_MS);
    return opened.channel.id;
  }
}

/**
 * What names one post of a job on every attempt: the job and the caller's key (one job may send
 * several messages to one person, e.g. a batch of feedback, each with its own key). It names
 * nobody: the channel is not part of it.
 */
function effectOf(run: JobRun, key: string): string {
  return `${run.id}/${key}`;
}
