import type { InformalTeam } from '../../domain/informal/model.ts';
import type { CoffeeStatus } from '../../domain/informal/service.ts';
import { homeCoffeeBlocks } from './informal.ts';
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
}

/** The App Home: one card per team with today's check-in and a button to open or edit it. */
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
  }
  return { type: 'home', blocks: capBlocks(blocks, LIMITS.surfaceBlocks, (n) => `…${n}`) };
}
