import { randomUUID } from 'node:crypto';
import { LOCALES, type Locale } from '../../i18n/index.ts';
import { AppError, typed } from '../../shared/errors.ts';
import type { Member, Team, TeamStore } from '../teams/model.ts';
import { requireLeaderOfTeam, type Actor } from '../teams/service.ts';
import { analyzeRoles, orderedPair } from './analysis.ts';
import { validatePosition, type DraftProblem, type RawPosition } from './draft.ts';
import type { DutyHolderMatch, Position, PositionDraft, RoleFinding, RoleStore } from './model.ts';
import { inLocale, keepStarterDuties, starterPositions } from './starter.ts';
import { bestDutyMatches, normalizeDuty, ROLE_LIMITS, sameTitle } from './text.ts';

/** Work done after an edit: the team's analysis is run again and its findings replaced. */
export type RoleJob = { name: 'roles-analyze'; data: { teamId: string; edit: string } };

export interface RoleJobQueue {
  enqueue(job: RoleJob): Promise<void>;
  /** Runs work so that what it saves and what it enqueues commit together, or neither. */
  atomically<T>(work: () => Promise<T>): Promise<T>;
}

export interface RoleDeps {
  teams: TeamStore;
  roles: RoleStore;
  queue: RoleJobQueue;
}

/**
 * The refusal for a record a button names that is not there: the same words another team's
 * record gets, since whose it was can no longer be told, and other words would tell an
 * outsider which ids exist.
 */
const notYourTeam = () => new AppError('NOT_YOUR_TEAM', 'common.error.not_your_team');

const leaderOf = (deps: Pick<RoleDeps, 'teams'>, teamId: string, actor: Actor) =>
  requireLeaderOfTeam(deps.teams, teamId, actor);

const analysisAfterEdit = (deps: Pick<RoleDeps, 'queue'>, teamId: string) =>
  // Each edit is its own piece of work: the id is fresh per edit, and the analysis replaces
  // the findings whole, so running it twice is harmless.
  deps.queue.enqueue({ name: 'roles-analyze', data: { teamId, edit: randomUUID() } });

/** The positions a member holds. */
export async function cardsOf(deps: Pick<RoleDeps, 'roles'>, member: Member): Promise<Position[]> {
  return (await deps.roles.positions(member.teamId)).filter((p) => p.holders.some((h) => h.id === member.id));
}

/** A position found by its title as a person typed it (case, width and punctuation folded). */
export async function positionByTitle(deps: Pick<RoleDeps, 'roles'>, teamId: string, title: string): Promise<Position> {
  const positions = await deps.roles.positions(teamId);
  // A starter card answers to its title in either language, as readers of both see it.
  const found = positions.find(
    (p) =>
      sameTitle(p.title, title) || LOCALES.some((locale) => sameTitle(inLocale(p, locale, positions).title, title)),
  );
  if (!found) {
    throw new AppError('ROLE_NOT_FOUND', 'role.error.not_found', {
      title: typed(title, ROLE_LIMITS.title * 2),
      available: typed(
        positions.map((p) => p.title).join(', ') || '—',
        positions.length * (ROLE_LIMITS.title * 2 + 2) + 1,
      ),
    });
  }
  return found;
}

/** "Edit" on a role card: the position its button names, opened for a leader of its team. */
export async function openEditorOf(deps: Pick<RoleDeps, 'teams' | 'roles'>, input: Actor & { positionId: string }) {
  const position = await deps.roles.findPosition(input.positionId);
  if (!position) throw notYourTeam();
  return openEditor(deps, { ...input, teamId: position.teamId });
}

/** Before the editor opens: only a leader edits, and a team has at most so many positions. */
export async function openEditor(
  deps: Pick<RoleDeps, 'teams' | 'roles'>,
  input: Actor & { teamId: string; title?: string; positionId?: string },
) {
  const { team } = await leaderOf(deps, input.teamId, input);
  const positions = await deps.roles.positions(team.id);
  let position: Position | null = null;
  if (input.positionId) {
    position = positions.find((p) => p.id === input.positionId) ?? null;
    if (!position) throw new AppError('ROLE_GONE', 'role.error.gone');
  } else if (input.title !== undefined) {
    position = await positionByTitle(deps, team.id, input.title);
  } else if (positions.length >= ROLE_LIMITS.positions) {
    throw new AppError('ROLE_TOO_MANY', 'role.error.too_many_positions', { max: ROLE_LIMITS.positions });
  }
  return { team, position, positions, members: await deps.teams.activeMembers(team.id) };
}

export type SaveResult = { ok: true; position: Position; created: boolean } | { ok: false; problems: DraftProblem[] };

/**
 * The modal's submit: a leader of the team → the position checked against the team's
 * positions and members → created or replaced → the analysis re-run in the background.
 */
export async function savePosition(
  deps: RoleDeps,
  input: Actor & { teamId: string; positionId: string | null; raw: RawPosition; locale: Locale },
): Promise<SaveResult> {
  const { team } = await leaderOf(deps, input.teamId, input);
  const positions = await deps.roles.positions(team.id);
  // Hand-offs name positions as the editor showed them: starter cards in the leader's language.
  const seen = positions.map((p) => inLocale(p, input.locale, positions));
  if (input.positionId && !positions.some((p) => p.id === input.positionId))
    throw new AppError('ROLE_GONE', 'role.error.gone');
  if (!input.positionId && positions.length >= ROLE_LIMITS.positions) {
    throw new AppError('ROLE_TOO_MANY', 'role.error.too_many_positions', { max: ROLE_LIMITS.positions });
  }
  const checked = validatePosition(input.raw, {
    positions: seen,
    editingId: input.positionId,
    members: await deps.teams.activeMembers(team.id),
  });
  if (!checked.ok) return checked;
  const editing = input.positionId ? positions.find((p) => p.id === input.positionId)! : null;
  const saved = await deps.queue.atomically(async () => {
    const position = editing
      ? await deps.roles.updatePosition(editing.id, keepStarterDuties(checked.draft, editing))
      : await deps.roles.createPosition(team.id, checked.draft);
    if (position) await analysisAfterEdit(deps, team.id);
    return position;
  });
  // Someone took the title between the check and the save.
  if (!saved) return { ok: false, problems: [{ field: 'title', problem: 'title_taken' }] };
  return { ok: true, position: saved, created: !input.positionId };
}

export async function deletePosition(
  deps: RoleDeps,
  input: Actor & { teamId: string; title: string },
): Promise<Position> {
  const { team } = await leaderOf(deps, input.teamId, input);
  const position = await positionByTitle(deps, team.id, input.title);
  await deps.queue.atomically(async () => {
    await deps.roles.deletePosition(position.id);
    await analysisAfterEdit(deps, team.id);
  });
  return position;
}

export interface RoleReport {
  team: Team;
  findings: RoleFinding[];
  positions: Position[];
}

/** Runs the analysis of a team and keeps its findings (the last analysis replaces the one before). */
export async function refreshFindings(
  deps: Pick<RoleDeps, 'teams' | 'roles'>,
  teamId: string,
  now: Date,
): Promise<RoleReport | null> {
  const team = await deps.teams.findTeam(teamId);
  if (!team) return null;
  const [positions, members, judgements, keyResults] = await Promise.all([
    deps.roles.positions(team.id),
    deps.teams.activeMembers(team.id),
    deps.roles.judgements(team.id),
    deps.roles.acceptedKeyResults(team.id),
  ]);
  const findings = analyzeRoles({ positions, members, judgements, keyResults });
  await deps.roles.replaceFindings(team.id, findings, now);
  return { team, findings, positions };
}

/** `/role check`: a leader asks for the overlaps and gaps now. */
export async function checkRoles(
  deps: Pick<RoleDeps, 'teams' | 'roles'>,
  input: Actor & { teamId: string; now: Date },
): Promise<RoleReport> {
  await leaderOf(deps, input.teamId, input);
  return (await refreshFindings(deps, input.teamId, input.now))!;
}

/**
 * A leader rules two duties the same (an overlap, whatever their wording) or not the same
 * (no overlap, however alike their wording). Returns the analysis after the ruling.
 */
export async function judgeDuties(
  deps: Pick<RoleDeps, 'teams' | 'roles'>,
  input: Actor & { dutyAId: string; dutyBId: string; same: boolean; now: Date },
): Promise<RoleReport> {
  if (input.dutyAId === input.dutyBId) throw new AppError('DUTY_PAIR', 'role.error.duty_pair');
  const [a, b] = await Promise.all([deps.roles.findDuty(input.dutyAId), deps.roles.findDuty(input.dutyBId)]);
  // Who is asking comes first: only a leader of every team named hears whether a duty exists.
  const teamIds = [...new Set([a?.teamId, b?.teamId].filter((id) => id !== undefined))];
  if (teamIds.length === 0) throw notYourTeam();
  const leaders = await Promise.all(teamIds.map((teamId) => leaderOf(deps, teamId, input)));
  if (!a || !b) throw new AppError('DUTY_GONE', 'role.error.duty_gone');
  if (a.teamId !== b.teamId) throw new AppError('DUTY_PAIR', 'role.error.duty_pair');
  const { leader } = leaders[0]!;
  const [dutyAId, dutyBId] = orderedPair(a.id, b.id);
  await deps.roles.saveJudgement({ teamId: a.teamId, dutyAId, dutyBId, same: input.same, decidedById: leader.id });
  return (await refreshFindings(deps, a.teamId, input.now))!;
}

/** A leader says which duty an accepted key result falls under. */
export async function linkKeyResult(
  deps: Pick<RoleDeps, 'teams' | 'roles'>,
  input: Actor & { keyResultId: string; dutyId: string; now: Date },
): Promise<RoleReport> {
  const keyResult = await deps.roles.findKeyResult(input.keyResultId);
  // Who is asking comes first: a key result that is not there is refused as another team's.
  if (!keyResult) throw notYourTeam();
  await leaderOf(deps, keyResult.teamId, input);
  const duty = await deps.roles.findDuty(input.dutyId);
  if (duty && duty.teamId !== keyResult.teamId) await leaderOf(deps, duty.teamId, input);
  if (!duty || duty.teamId !== keyResult.teamId) throw new AppError('DUTY_GONE', 'role.error.duty_gone');
  await deps.roles.linkKeyResult(keyResult.id, duty.id);
  return (await refreshFindings(deps, keyResult.teamId, input.now))!;
}

/**
 * `/role starter`: the starter set of a customer-manager team in the leader's language.
 * Positions whose title the team already has are left as they are.
 */
export async function installStarter(
  deps: RoleDeps,
  input: Actor & { teamId: string; locale: Locale },
): Promise<{ created: string[]; kept: string[] }> {
  const { team } = await leaderOf(deps, input.teamId, input);
  const starter = starterPositions(input.locale);
  const existing = await deps.roles.positions(team.id);
  const toCreate = starter.filter((s) => !existing.some((p) => sameTitle(p.title, s.title)));
  if (existing.length + toCreate.length > ROLE_LIMITS.positions) {
    throw new AppError('ROLE_TOO_MANY', 'role.error.too_many_positions', { max: ROLE_LIMITS.positions });
  }
  const created: Position[] = [];
  for (const card of toCreate) {
    const draft: PositionDraft = {
      title: card.title,
      purpose: card.purpose,
      authority: card.authority,
      guidelines: card.guidelines,
      duties: card.duties.map((text) => ({ text, normalized: normalizeDuty(text) })),
      handoffs: [],
      holderMemberIds: [],
      starterKey: card.key,
    };
    const position = await deps.roles.createPosition(team.id, draft);
    if (position) created.push(position);
  }
  // Hand-offs once every position exists, so they can point at each other.
  const all = await deps.roles.positions(team.id);
  for (const position of created) {
    const card = starter.find((s) => s.title === position.title)!;
    const handoffs = card.handoffs.flatMap((h) => {
      const to = all.find((p) => sameTitle(p.title, h.toTitle));
      return to ? [{ toId: to.id, what: h.what }] : [];
    });
    await deps.roles.updatePosition(position.id, {
      title: position.title,
      purpose: position.purpose,
      authority: position.authority,
      guidelines: position.guidelines,
      duties: position.duties.map((d) => ({ text: d.text, normalized: d.normalized })),
      handoffs,
      holderMemberIds: [],
      starterKey: card.key,
    });
  }
  if (created.length > 0) await analysisAfterEdit(deps, team.id);
  return {
    created: created.map((p) => p.title),
    kept: starter.filter((s) => !toCreate.includes(s)).map((s) => s.title),
  };
}

/**
 * Who may help with a text such as a check-in blocker: the active holders of the
 * positions whose duties best match it (best effort; see bestDutyMatches). One entry per
 * member, best match first; empty when no duty matches.
 */
export async function holdersOfDutyMatching(
  roles: Pick<RoleStore, 'positions'>,
  teamId: string,
  text: string,
): Promise<DutyHolderMatch[]> {
  const positions = await roles.positions(teamId);
  const duties = positions.flatMap((position) => position.duties.map((duty) => ({ text: duty.text, duty, position })));
  const matches = bestDutyMatches(text, duties);
  const byMember = new Map<string, DutyHolderMatch>();
  for (const match of matches) {
    for (const holder of match.position.holders) {
      if (!holder.active || byMember.has(holder.id)) continue;
      byMember.set(holder.id, {
        memberId: holder.id,
        slackUserId: holder.slackUserId,
        positionId: match.position.id,
        positionTitle: match.position.title,
        dutyId: match.duty.id,
        dutyText: match.duty.text,
        shared: match.shared,
        share: match.share,
      });
    }
  }
  return [...byMember.values()];
}
