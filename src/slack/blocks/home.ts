import type { InformalTeam } from '../../domain/informal/model.ts';
import type { CoffeeStatus } from '../../domain/informal/service.ts';
import { homeCoffeeBlocks } from './informal.ts';
import type { LeaderHome } from '../../domain/digest/service.ts';
import type { TeamValue } from '../../domain/recognition/model.ts';
import type { Position } from '../../domain/roles/model.ts';
import type { MemberCard } from '../../domain/scorecards/service.ts';
import { homeLeaderBlocks } from './digest.ts';
import { homeKudosBlocks } from './recognition.ts';
import { homeRoleBlocks } from './roles.ts';
import { homeScorecardBlocks } from './scorecards.ts';
import type { HomeView, KnownBlock } from '@slack/types';
import type { Member, Team } from '../../domain/teams/model.ts';
import { t, type Locale } from '../../i18n/index.ts';
import { inert } from '../../shared/text.ts';
import { Actions } from '../ids.ts';
import { encodeCheckinRef } from './checkin.ts';
import { formatDate } from './dates.ts';
import { homeGoalBlocks, type HomeGoalData } from './goals.ts';
import { capBlocks, LIMITS, plain, section } from './limits.ts';

export interface HomeTeamCard {
  team: Team;
  member: Member;
  localDate: string;
  state: 'open' | 'done' | 'skipped' | 'none';
  /** The team's open goals and the member's key results (goals capability); shows the goal buttons when given. */
  goals?: HomeGoalData;
  /** The member's coffee group and the next round (informal capability), when the team has an informal channel. */
  coffee?: { team: InformalTeam; status: CoffeeStatus; now: Date };
  /** For a leader: the team this week so far and the latest digest (digest capability). */
  leader?: { home: LeaderHome; nextPulse: Date | null; nextCoffee: Date | null };
  /** Kudos I received in the last 30 days, by value (recognition). */
  kudos?: ReadonlyArray<{ value: TeamValue | null; valueKey: string; count: number }>;
  /** The positions I hold (role cards). */
  positions?: readonly Position[];
  /** My own scorecard of the current period (scorecards). */
  scorecard?: { period: string; card: MemberCard | null };
}

/**
 * The App Home: one card per team — for a leader the team at a glance and the latest digest;
 * then today's check-in with its button, my key results, my coffee group, the kudos I received,
 * my role card and my own scorecard. Within Slack's 100 blocks however many teams.
 */
export function homeView(locale: Locale, cards: HomeTeamCard[]): HomeView {
  const blocks: KnownBlock[] = [{ type: 'header', text: plain(t(locale, 'home.title'), 150) }];
  if (cards.length === 0) blocks.push(section(t(locale, 'home.no_team')));
  for (const card of cards) {
    const role = t(locale, card.member.role === 'leader' ? 'hexin.members.leader' : 'hexin.members.member');
    const date = formatDate(card.localDate, locale);
    const status = t(locale, `home.checkin.${card.state}`, { date });
    blocks.push(
      { type: 'divider' },
      section(`${t(locale, 'home.team', { team: inert(card.team.name, 80), role })}\n${status}`),
    );
    // A leader's team at a glance comes first, above what is theirs as a member.
    if (card.leader)
      blocks.push(
        ...homeLeaderBlocks(locale, card.leader.home, { pulse: card.leader.nextPulse, coffee: card.leader.nextCoffee }),
      );
    if (card.state === 'open' || card.state === 'done') {
      const label = t(locale, card.state === 'open' ? 'checkin.prompt.button.open' : 'checkin.prompt.button.edit');
      blocks.push({
        type: 'actions',
        elements: [
          {
            type: 'button',
            action_id: Actions.checkinOpen,
            value: encodeCheckinRef({ teamId: card.team.id, localDate: card.localDate }),
            text: plain(label, LIMITS.buttonText),
          },
        ],
      });
    }
    if (card.goals) blocks.push(...homeGoalBlocks(locale, card.team, card.goals));
    if (card.coffee) blocks.push(...homeCoffeeBlocks(locale, card.coffee.team, card.coffee.status, card.coffee.now));
    if (card.kudos) blocks.push(...homeKudosBlocks(locale, card.kudos));
    if (card.positions) blocks.push(...homeRoleBlocks(locale, card.positions));
    if (card.scorecard) blocks.push(...homeScorecardBlocks(locale, card.scorecard.period, card.scorecard.card));
  }
  return { type: 'home', blocks: capBlocks(blocks, LIMITS.surfaceBlocks, (n) => `…${n}`) };
}
