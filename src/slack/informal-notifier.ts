import type { WebClient } from '@slack/web-api';
import type { SlackRef } from '../domain/checkins/ports.ts';
import type { IcebreakerChoice } from '../domain/informal/icebreakers.ts';
import type { ChannelProblem, CoffeeGroup, InformalTeam } from '../domain/informal/model.ts';
import type { FollowupStage, InformalNotifier, IntroView } from '../domain/informal/ports.ts';
import type { Member } from '../domain/teams/model.ts';
import type { Locale } from '../i18n/index.ts';
import type { SlackGate } from '../infra/queue/slack-gate.ts';
import {
  channelProblemMessage,
  followupMessage,
  icebreakerMessage,
  introMessage,
  leftOutMessage,
  pauseAskMessage,
} from './blocks/informal.ts';
import { channelProblem, problemOfRefusal } from './channel-problem.ts';
import { GatedPoster } from './gated-poster.ts';

/** Pages of a channel's members read at most (1,000 a page): 20,000 people. */
const MEMBER_PAGES = 20;
/** How long the pages read so far are kept for the next attempt of the round's job. */
const PAGES_NOTE_MS = 60 * 60 * 1000;

/**
 * The informal channel's Slack calls, from jobs, through the workspace's gate at each method's
 * tier: the channel's members (Tier 4), a group's DM (conversations.open, Tier 3, once per
 * group: its id is kept with the group), and the posts.
 */
export class SlackInformalNotifier implements InformalNotifier {
  private readonly poster: GatedPoster;

  constructor(
    client: WebClient,
    private readonly gate: SlackGate,
  ) {
    this.poster = new GatedPoster(client, gate);
  }

  /**
   * Page by page: at Tier 4's pace the gate turns the job away between pages, so the pages read
   * so far are noted (with the next cursor) and the next attempt goes on from there.
   */
  async channelMembers(
    workspaceId: string,
    channelId: string,
    readKey: string,
  ): Promise<{ members: string[] } | { problem: ChannelProblem }> {
    const note = `members:${readKey}`;
    const saved = await this.gate.notes.read(workspaceId, note);
    const { members, cursor: start } = saved
      ? (JSON.parse(saved) as { members: string[]; cursor: string | null })
      : { members: [] as string[], cursor: null };
    if (!saved) {
      // Slack reads a public channel's members to anyone; Hexin must be in the channel to serve it.
      const problem = await channelProblem(() =>
        this.poster.call(workspaceId, 'conversations.info', (client) =>
          client.conversations.info({ channel: channelId }),
        ),
      );
      if (problem) return { problem };
    }
    let cursor: string | undefined = start ?? undefined;
    for (let page = 0; page < MEMBER_PAGES && (page === 0 || cursor); page += 1) {
      if (saved && !cursor) break;
      let answer: Awaited<ReturnType<WebClient['conversations']['members']>>;
      try {
        answer = await this.poster.call(workspaceId, 'conversations.members', (client) =>
          client.conversations.members({ channel: channelId, limit: 1000, ...(cursor && { cursor }) }),
        );
      } catch (error) {
        const problem = problemOfRefusal(error);
        if (problem) return { problem };
        throw error;
      }
      members.push(...(answer.members ?? []));
      cursor = answer.response_metadata?.next_cursor || undefined;
      await this.gate.notes.write(
        workspaceId,
        note,
        JSON.stringify({ members, cursor: cursor ?? null }),
        PAGES_NOTE_MS,
      );
    }
    return { members };
  }

  async openGroup(workspaceId: string, slackUserIds: string[]): Promise<string> {
    const opened = await this.poster.call(workspaceId, 'conversations.open', (client) =>
      client.conversations.open({ users: slackUserIds.join(',') }),
    );
    if (!opened.channel?.id) throw new Error('Slack opened a group DM without a channel id');
    return opened.channel.id;
  }

  sendIntro(channelId: string, view: IntroView): Promise<SlackRef> {
    return this.poster.post(view.team.workspaceId, channelId, introMessage(view), {
      key: `coffee-intro:${view.group.id}`,
    });
  }

  sendFollowup(
    channelId: string,
    view: { team: InformalTeam; group: CoffeeGroup; locales: Locale[]; stage: FollowupStage },
  ): Promise<SlackRef> {
    return this.poster.post(
      view.team.workspaceId,
      channelId,
      followupMessage({ locales: view.locales, groupId: view.group.id, stage: view.stage }),
      { key: `coffee-followup:${view.group.id}:${view.stage}` },
    );
  }

  sendPauseAsk(to: { member: Member; team: InformalTeam; locale: Locale }, roundId: string): Promise<SlackRef> {
    return this.poster.post(
      to.team.workspaceId,
      to.member.slackUserId,
      pauseAskMessage(to.locale, to.team, to.member.id),
      {
        key: `coffee-pause-ask:${roundId}:${to.member.id}`,
      },
    );
  }

  sendLeftOut(to: { member: Member; team: InformalTeam; locale: Locale }, roundId: string, next: Date | null) {
    return this.poster.post(to.team.workspaceId, to.member.slackUserId, leftOutMessage(to.locale, to.team, next), {
      key: `coffee-left-out:${roundId}:${to.member.id}`,
    });
  }

  sendChannelProblem(
    to: { member: Member; team: InformalTeam; locale: Locale },
    view: { roundId: string; retry: number; channelId: string; problem: ChannelProblem },
  ) {
    return this.poster.post(
      to.team.workspaceId,
      to.member.slackUserId,
      channelProblemMessage(to.locale, view.channelId, view.problem),
      { key: `coffee-channel-problem:${view.roundId}:${view.retry}:${to.member.id}` },
    );
  }

  postIcebreaker(
    channelId: string,
    view: { team: InformalTeam; postId: string; locales: Locale[]; question: IcebreakerChoice; custom: string | null },
  ): Promise<SlackRef> {
    return this.poster.post(view.team.workspaceId, channelId, icebreakerMessage(view), {
      key: `icebreaker:${view.postId}`,
    });
  }
}
