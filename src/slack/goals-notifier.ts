import type { WebClient } from '@slack/web-api';
import type { Goal, GoalSnapshot, KeyResult } from '../domain/goals/model.ts';
import type { GoalNotifier, GoalReview, ProposalState, SlackRef } from '../domain/goals/ports.ts';
import type { Member, Team } from '../domain/teams/model.ts';
import { chooseLocale, type Locale } from '../i18n/index.ts';
import type { SlackGate } from '../infra/queue/slack-gate.ts';
import { GatedPoster } from './gated-poster.ts';
import type { SlackMessage } from './blocks/checkin.ts';
import { goalHead, proposalMessage, proposerNotice, reviewMessage } from './blocks/goals.ts';

/** Messages in the team's channel speak the team's language. */
const teamLocale = (team: Team): Locale => chooseLocale(null, team.defaultLocale);

/**
 * Goal news sent to Slack from jobs. Every call goes through the workspace's gate; the
 * goal thread's head is updated in place, DMs are posted to the user id.
 */
export class SlackGoalNotifier implements GoalNotifier {
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

  postHead(team: Team, snapshot: GoalSnapshot): Promise<SlackRef> {
    return this.post(
      team,
      snapshot.goal.channelId,
      goalHead(teamLocale(team), snapshot),
      `goal-head:${snapshot.goal.id}`,
    );
  }

  async updateHead(team: Team, snapshot: GoalSnapshot): Promise<void> {
    if (!snapshot.goal.headTs) return;
    await this.update(
      team,
      { channelId: snapshot.goal.channelId, ts: snapshot.goal.headTs },
      goalHead(teamLocale(team), snapshot),
    );
  }

  deleteMessage(team: Team, ref: SlackRef): Promise<void> {
    return this.poster.remove(team.workspaceId, ref);
  }

  postProposal(
    team: Team,
    goal: Goal,
    keyResult: KeyResult,
    proposer: Member,
    owner: Member | null,
  ): Promise<SlackRef> {
    return this.post(
      team,
      goal.channelId,
      proposalMessage(teamLocale(team), keyResult, proposer, owner, { kind: 'open' }),
      `kr-proposal:${keyResult.id}`,
      goal.headTs ?? undefined,
    );
  }

  async updateProposal(
    team: Team,
    goal: Goal,
    keyResult: KeyResult,
    proposer: Member,
    owner: Member | null,
    proposalTs: string,
    state: ProposalState,
  ): Promise<void> {
    await this.update(
      team,
      { channelId: goal.channelId, ts: proposalTs },
      proposalMessage(teamLocale(team), keyResult, proposer, owner, state),
    );
  }

  async tellProposer(
    to: { member: Member; team: Team; locale: Locale },
    goal: Goal,
    keyResult: KeyResult,
    outcome: Parameters<GoalNotifier['tellProposer']>[3],
  ): Promise<void> {
    await this.post(
      to.team,
      to.member.slackUserId,
      proposerNotice(to.locale, goal, keyResult, outcome),
      `kr-proposer:${keyResult.id}:${to.member.id}`,
    );
  }

  postReview(team: Team, review: GoalReview): Promise<SlackRef> {
    const { goal } = review.snapshot;
    return this.post(
      team,
      goal.channelId,
      reviewMessage(teamLocale(team), review),
      `goal-review:${goal.id}`,
      goal.headTs ?? undefined,
    );
  }
}
