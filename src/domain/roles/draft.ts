import type { Member } from '../teams/model.ts';
import type { Position, PositionDraft } from './model.ts';
import { charCount, linesOf, normalizeDuty, ROLE_LIMITS, sameTitle, splitHandoff } from './text.ts';

export const ROLE_FIELDS = ['title', 'purpose', 'duties', 'authority', 'guidelines', 'handoffs', 'holders'] as const;
export type RoleField = (typeof ROLE_FIELDS)[number];

/** What the leader typed in the modal, untouched. */
export interface RawPosition {
  title: string;
  purpose: string;
  duties: string;
  authority: string;
  guidelines: string;
  handoffs: string;
  /** Slack user ids chosen in the holders field. */
  holders: string[];
}

export type DraftProblem =
  | { field: RoleField; problem: 'required' }
  | { field: RoleField; problem: 'too_long'; max: number; length: number }
  | { field: 'duties' | 'handoffs'; problem: 'line_too_long'; line: number; max: number; length: number }
  | { field: 'duties' | 'handoffs' | 'holders'; problem: 'too_many'; max: number; count: number }
  | { field: 'handoffs'; problem: 'handoff_format'; line: number }
  | { field: 'handoffs'; problem: 'handoff_unknown'; line: number; title: string; available: string[] }
  | { field: 'handoffs'; problem: 'handoff_self'; line: number }
  | { field: 'title'; problem: 'title_taken' }
  | { field: 'holders'; problem: 'holder_not_member'; slackUserIds: string[] };

const FIELD_MAX: Record<'title' | 'purpose' | 'authority' | 'guidelines' | 'duties' | 'handoffs', number> = {
  title: ROLE_LIMITS.title,
  purpose: ROLE_LIMITS.purpose,
  authority: ROLE_LIMITS.authority,
  guidelines: ROLE_LIMITS.guidelines,
  duties: ROLE_LIMITS.dutiesField,
  handoffs: ROLE_LIMITS.handoffsField,
};

/**
 * Checks a position written in the modal and resolves it: duties one per line (repeats
 * dropped), hand-offs `<position title>: <what>` to existing positions, holders to team
 * members. Every problem is returned at once, each for the field it concerns.
 */
export function validatePosition(
  raw: RawPosition,
  context: { positions: readonly Position[]; editingId: string | null; members: readonly Member[] },
): { ok: true; draft: PositionDraft } | { ok: false; problems: DraftProblem[] } {
  const problems: DraftProblem[] = [];
  const text = {
    title: raw.title.replace(/\s+/g, ' ').trim(),
    purpose: raw.purpose.trim(),
    authority: raw.authority.trim(),
    guidelines: raw.guidelines.trim(),
    duties: raw.duties,
    handoffs: raw.handoffs,
  };
  for (const field of Object.keys(FIELD_MAX) as Array<keyof typeof FIELD_MAX>) {
    const length = charCount(text[field]);
    if (length > FIELD_MAX[field]) problems.push({ field, problem: 'too_long', max: FIELD_MAX[field], length });
  }
  if (text.title === '') problems.push({ field: 'title', problem: 'required' });

  const others = context.positions.filter((p) => p.id !== context.editingId);
  if (text.title && others.some((p) => sameTitle(p.title, text.title)))
    problems.push({ field: 'title', problem: 'title_taken' });

  const duties: PositionDraft['duties'] = [];
  const seen = new Set<string>();
  const dutyLines = linesOf(text.duties);
  dutyLines.forEach((line, index) => {
    const length = charCount(line);
    if (length > ROLE_LIMITS.dutyLine) {
      problems.push({ field: 'duties', problem: 'line_too_long', line: index + 1, max: ROLE_LIMITS.dutyLine, length });
      return;
    }
    const normalized = normalizeDuty(line);
    if (seen.has(normalized)) return;
    seen.add(normalized);
    duties.push({ text: line, normalized });
  });
  if (dutyLines.length > ROLE_LIMITS.duties)
    problems.push({ field: 'duties', problem: 'too_many', max: ROLE_LIMITS.duties, count: dutyLines.length });

  const handoffs: PositionDraft['handoffs'] = [];
  const handoffLines = linesOf(text.handoffs);
  if (handoffLines.length > ROLE_LIMITS.handoffs)
    problems.push({ field: 'handoffs', problem: 'too_many', max: ROLE_LIMITS.handoffs, count: handoffLines.length });
  for (const [index, line] of handoffLines.entries()) {
    const number = index + 1;
    const length = charCount(line);
    if (length > ROLE_LIMITS.handoffLine) {
      problems.push({
        field: 'handoffs',
        problem: 'line_too_long',
        line: number,
        max: ROLE_LIMITS.handoffLine,
        length,
      });
      continue;
    }
    const parts = splitHandoff(line);
    if (!parts) {
      problems.push({ field: 'handoffs', problem: 'handoff_format', line: number });
      continue;
    }
    if (text.title && sameTitle(parts.title, text.title)) {
      problems.push({ field: 'handoffs', problem: 'handoff_self', line: number });
      continue;
    }
    const target = others.find((p) => sameTitle(p.title, parts.title));
    if (!target) {
      problems.push({
        field: 'handoffs',
        problem: 'handoff_unknown',
        line: number,
        title: parts.title,
        available: others.map((p) => p.title),
      });
      continue;
    }
    handoffs.push({ toId: target.id, what: parts.what });
  }

  const holders = [...new Set(raw.holders)];
  if (holders.length > ROLE_LIMITS.holders)
    problems.push({ field: 'holders', problem: 'too_many', max: ROLE_LIMITS.holders, count: holders.length });
  const bySlackId = new Map(context.members.filter((m) => m.active).map((m) => [m.slackUserId, m]));
  const strangers = holders.filter((id) => !bySlackId.has(id));
  if (strangers.length > 0) problems.push({ field: 'holders', problem: 'holder_not_member', slackUserIds: strangers });

  if (problems.length > 0) return { ok: false, problems };
  return {
    ok: true,
    draft: {
      title: text.title,
      purpose: text.purpose,
      authority: text.authority,
      guidelines: text.guidelines,
      duties,
      handoffs,
      holderMemberIds: holders.map((id) => bySlackId.get(id)!.id),
    },
  };
}
