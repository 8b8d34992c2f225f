import { roleStarter as EN, type StarterKey } from '../../i18n/en/role-starter.ts';
import type { Locale } from '../../i18n/index.ts';
import { roleStarter as ZH } from '../../i18n/zh-CN/role-starter.ts';

/**
 * A starter set of role cards for a customer-manager team, in both languages, drawn from
 * the study of customer-manager marketing teams: each position has duties, authority and
 * work guidelines (岗位职责、权限、工作指引), and the hand-offs between positions are
 * written down (岗位之间的分工和相互配合). Every card stays editable.
 */
export interface StarterPosition {
  title: string;
  purpose: string;
  duties: string[];
  authority: string;
  guidelines: string;
  /** Hand-offs by the target position's title in the same language. */
  handoffs: Array<{ toTitle: string; what: string }>;
}

const ORDER: StarterKey[] = ['team_leader', 'senior_customer_manager', 'customer_manager', 'market_analyst', 'service_coordinator'];

/** The starter set in a language, with hand-offs pointing at titles of the same language. */
export function starterPositions(locale: Locale): StarterPosition[] {
  const cards = locale === 'zh-CN' ? ZH : EN;
  return ORDER.map((key) => {
    const card = cards[key];
    return {
      title: card.title,
      purpose: card.purpose,
      duties: [...card.duties],
      authority: card.authority,
      guidelines: card.guidelines,
      handoffs: card.handoffs.map((h) => ({ toTitle: cards[h.to].title, what: h.what })),
    };
  });
}
