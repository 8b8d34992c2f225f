import type { WebClient } from '@slack/web-api';
import type { CheckinNotifier, SlackRef } from '../domain/checkins/ports.ts';
import type { Answer, Blocker, Prompt } from '../domain/checkins/model.ts';
import { questionsOf, type Member, type Team } from '../domain/teams/model.ts';
import { chooseLocale, t, type Locale } from '../i18n/index.ts';
import type { SlackGate } from '../infra/queue/slack-gate.ts';
import { GatedPoster } from './gated-poster.ts';
import {
  answerReply,
  blockerNotice,
  promptMessage,
  reminderMessage,
  settledPromptMessage,
  threadHead,
  type SlackMessage,
} from './blocks/checkin.ts';

/**
 * Check-in news sent to Slack from jobs. Every call goes through the workspace's gate;
 * DMs are posted to the user id (Slack opens the DM), never through conversations.open.
 */
export class SlackCheckinNotifier implements CheckinNotifier {
  private readonly poster: GatedPoster;

  constructor(client: WebClient, gate: SlackGate) {
    this.poster = new GatedPoster(client, gate);
  }

  private post(team: Team, channel: string, message: SlackMessage, key: string, threadTs?: string): Promise<SlackRef> {
    return this.poster.post(team.workspaceId, channel, message, { key, ...(threadTs && { threadTs }) });
  }

  private update(team: Team, ref: SlackRef, message: SlackMessage): Promise<void> {
    return this.poster.update(team.workspaceId, ref, message);
  }

  sendPrompt(to: { member: Member; team: Team; locale: Locale }, prompt: Prompt): Promise<SlackRef> {
    return this.post(
      to.team,
      to.member.slackUserId,
      promptMessage(to.locale, to.team, prompt.localDate, prompt.id),
      `checkin-prompt:${prompt.id}`,
    );
  }

  async updatePrompt(
    prompt: Prompt,
    view: { locale: Locale; team: Team; state: 'answered' | 'skipped' | 'snoozed'; snoozedUntil?: string },
  ): Promise<void> {
    if (!prompt.dmChannelId || !prompt.messageTs) return;
    await this.update(
      view.team,
      { channelId: prompt.dmChannelId, ts: prompt.messageTs },
      settledPromptMessage(view.locale, view.team, prompt.localDate, view.state, view.snoozedUntil),
    );
  }

  async sendReminder(to: { member: Member; team: Team; locale: Locale }, date: string): Promise<void> {
    await this.post(
      to.team,
      to.member.slackUserId,
      reminderMessage(to.locale, to.team, date, { teamId: to.team.id, localDate: date }),
      `checkin-reminder:${to.member.id}:${date}`,
    );
  }

  postThreadHead(team: Team, date: string): Promise<SlackRef> {
    return this.post(
      team,
      team.homeChannelId,
      threadHead(chooseLocale(null, team.defaultLocale), date),
      `checkin-head:${team.id}:${date}`,
    );
  }

  postReply(team: Team, threadTs: string, member: Member, answer: Answer): Promise<SlackRef> {
    return this.post(
      team,
      team.homeChannelId,
      answerReply(chooseLocale(null, team.defaultLocale), member, answer, questionsOf(team)),
      `checkin-reply:${answer.id}`,
      threadTs,
    );
  }

  updateReply(team: Team, replyTs: string, member: Member, answer: Answer): Promise<void> {
    return this.update(
      team,
      { channelId: team.homeChannelId, ts: replyTs },
      answerReply(chooseLocale(null, team.defaultLocale), member, answer, questionsOf(team)),
    );
  }

  tellLeaderOfBlocker(
    to: { leader: Member; locale: Locale },
    team: Team,
    member: Member,
    blocker: Blocker,
    date: string,
  ): Promise<SlackRef> {
    return this.post(
      team,
      to.leader.slackUserId,
      blockerNotice(to.locale, team, member, blocker, date),
      `blocker-notice:${blocker.id}:${to.leader.id}`,
    );
  }

  async markBlockerHelped(
    notice: SlackRef,
    locale: Locale,
    team: Team,
    member: Member,
    blocker: Blocker,
    date: string,
  ): Promise<void> {
    if (!blocker.helperUserId || !blocker.helpedAt) return;
    await this.update(
      team,
      notice,
      blockerNotice(locale, team, member, blocker, date, { helperUserId: blocker.helperUserId, at: blocker.helpedAt }),
    );
  }

  async tellMemberHelpIsComing(
    to: { member: Member; team: Team; locale: Locale },
    helperUserId: string,
  ): Promise<void> {
    const text = t(to.locale, 'checkin.blocker.to_member', { helper: `<@${helperUserId}>` });
    await this.post(
      to.team,
      to.member.slackUserId,
      { text, blocks: [{ type: 'section', text: { type: 'mrkdwn', text } }] },
      `blocker-told:${to.member.id}`,
    );
  }
}
