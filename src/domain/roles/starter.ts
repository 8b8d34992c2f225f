import { roleStarter as EN, type StarterKey } from '../../i18n/en/role-starter.ts';
import type { Locale } from '../../i18n/index.ts';
import type { Position, PositionDraft } from './model.ts';
import { normalizeDuty } from './text.ts';
import { roleStarter as ZH } from '../../i18n/zh-CN/role-starter.ts';

/**
 * A starter set of role cards for a customer-manager team, in both languages, drawn from
 * the study of customer-manager marketing teams: each position has duties, authority and
 * work guidelines (岗位职责、权限、工作指引), and the hand-offs between positions are
 * written down (岗位之间的分工和相互配合). Every card stays editable.
 */
export interface StarterPosition {
  key: StarterKey;
  title: string;
  purpose: string;
  duties: string[];
  authority: string;
  guidelines: string;
  /** Hand-offs by the target position's title in the same language. */
  handoffs: Array<{ toTitle: string; what: string }>;
}

const ORDER: StarterKey[] = [
  'team_leader',
  'senior_customer_manager',
  'customer_manager',
  'market_analyst',
  'service_coordinator',
];

/** The starter set in a language, with hand-offs pointing at titles of the same language. */
export function starterPositions(locale: Locale): StarterPosition[] {
  const cards = locale === 'zh-CN' ? ZH : EN;
  return ORDER.map((key) => {
    const card = cards[key];
    return {
      key,
      title: card.title,
      purpose: card.purpose,
      duties: [...card.duties],
      authority: card.authority,
      guidelines: card.guidelines,
      handoffs: card.handoffs.map((h) => ({ toTitle: cards[h.to].title, what: h.what })),
    };
  });
}

const isStarterKey = (key: string | null): key is StarterKey => key !== null && Object.hasOwn(EN, key);

/**
 * A position as a reader in `locale` sees it: a starter card no leader has saved yet shows the
 * starter's words in that language (hand-offs too, when the other position is a starter card
 * as well); any other card shows what the team wrote. `all` are the team's positions.
 */
export function inLocale(position: Position, locale: Locale, all: readonly Position[] = []): Position {
  const cards = locale === 'zh-CN' ? ZH : EN;
  const keyOf = (id: string) => {
    const key = (id === position.id ? position : all.find((p) => p.id === id))?.starterKey ?? null;
    return isStarterKey(key) ? key : null;
  };
  const titleOf = (id: string, stored: string) => {
    const key = keyOf(id);
    return key ? cards[key].title : stored;
  };
  const own = keyOf(position.id);
  const card = own ? cards[own] : null;
  const handoffWhat = (fromId: string, toId: string, stored: string) => {
    const from = keyOf(fromId);
    const to = keyOf(toId);
    return (from && to && cards[from].handoffs.find((h) => h.to === to)?.what) || stored;
  };
  const duties =
    card && card.duties.length === position.duties.length
      ? position.duties.map((d, i) => ({ ...d, text: card.duties[i]! }))
      : position.duties;
  return {
    ...position,
    ...(card && { title: card.title, purpose: card.purpose, authority: card.authority, guidelines: card.guidelines }),
    duties,
    handoffsOut: position.handoffsOut.map((h) => ({
      ...h,
      fromTitle: titleOf(h.fromId, h.fromTitle),
      toTitle: titleOf(h.toId, h.toTitle),
      what: handoffWhat(h.fromId, h.toId, h.what),
    })),
    handoffsIn: position.handoffsIn.map((h) => ({
      ...h,
      fromTitle: titleOf(h.fromId, h.fromTitle),
      toTitle: titleOf(h.toId, h.toTitle),
      what: handoffWhat(h.fromId, h.toId, h.what),
    })),
  };
}

/**
 * A leader saves a starter card, maybe in another language than it was stored in: a duty
 * whose words are that starter duty in either language is the same duty, so its key results
 * and rulings follow it (`was`).
 */
export function keepStarterDuties(draft: PositionDraft, stored: Position): PositionDraft {
  if (!isStarterKey(stored.starterKey)) return draft;
  const key = stored.starterKey;
  const twins = stored.duties.map(
    (duty, i) =>
      new Set([duty.normalized, normalizeDuty(EN[key].duties[i] ?? ''), normalizeDuty(ZH[key].duties[i] ?? '')]),
  );
  return {
    ...draft,
    duties: draft.duties.map((duty) => {
      const at = twins.findIndex((names) => names.has(duty.normalized));
      return at >= 0 ? { ...duty, was: stored.duties[at]!.normalized } : duty;
    }),
  };
}
