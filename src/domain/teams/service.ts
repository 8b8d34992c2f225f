import type { MessageKey } from '../../i18n/index.ts';
import { AppError, typed } from '../../shared/errors.ts';
import { addDays, type DateRange, type LocalDate } from '../checkins/calendar.ts';
import type { QuestionId } from '../checkins/questions.ts';
import type { Member, SlackProfile, Team, TeamRole, TeamStore } from './model.ts';

export interface Actor {
  workspaceId: string;
  slackUserId: string;
}

/**
 * The one rule for acting on a team's record (named by a button, a form or a command): the
 * request comes from the team's own workspace and the person is an active member of the
 * team. Use cases call this (or requireLeader) rather than looking the member up
 * themselves, so a listener, a job and a test meet the same rule.
 */
export async function requireMember(
  store: Pick<TeamStore, 'findMember'>,
  team: Pick<Team, 'id' | 'workspaceId'>,
  actor: Actor,
): Promise<Member> {
  const member = team.workspaceId === actor.workspaceId ? await store.findMember(team.id, actor.slackUserId) : null;
  if (!member?.active) throw new AppError('NOT_YOUR_TEAM', 'common.error.not_your_team');
  return member;
}

/** A leader of the team (see requireMember), or the use case stops with a message the person can read. */
export async function requireLeader(
  store: Pick<TeamStore, 'findMember'>,
  team: Pick<Team, 'id' | 'workspaceId'>,
  actor: Actor,
  refusal: MessageKey = 'common.error.not_leader',
): Promise<Member> {
  const member = await requireMember(store, team, actor);
  if (!isLeader(member)) throw new AppError('NOT_LEADER', refusal);
  return member;
}

/** An active leader: the one test of "is this person a leader", wherever it is asked. */
export const isLeader = (member: Member | null | undefined): member is Member =>
  !!member && member.active && member.role === 'leader';

/**
 * Whether `member` is the team's only active leader: the last leader stays (cannot leave, be
 * made a member, or be removed by leaving the home channel) until someone else leads.
 */
export async function isLastLeader(store: Pick<TeamStore, 'activeMembers'>, team: Pick<Team, 'id'>, member: Member) {
  if (!isLeader(member)) return false;
  return (await store.activeMembers(team.id)).filter(isLeader).length === 1;
}

export interface Membership {
  member: Member;
  team: Team;
}

/** What a request tells about the team it means, beyond who asks and where. */
export interface TeamHint {
  /** The channel the request came from; null when it names none (the App Home). */
  channelId: string | null;
  /** Only teams where the person may do this (e.g. the teams they lead)… */
  among?: (membership: Membership) => boolean;
  /** …and the refusal when they have none (default: not a leader). */
  refusal?: MessageKey;
  /** A team's channels beyond its home channel that name it too (its kudos channel). */
  channelsOf?: (membership: Membership) => Promise<Array<string | null>>;
  /** With several teams and none named by the channel: whether this team fits the request. */
  fits?: (membership: Membership) => Promise<boolean>;
}

/** The team a request means, or the teams it may mean (two or more) when nothing tells them apart. */
export type TeamResolution =
  | { membership: Membership; candidates: null }
  | { membership: null; candidates: Membership[] };

/**
 * Which team a person means, for a command or form that does not name one — the one policy
 * (docs/teams.md, "Which team"):
 * 1. of the person's active teams (those `among` allows, if it is given),
 * 2. the team whose channel the request came from (its home channel, or one `channelsOf` names);
 *    a team's home channel means that team even to someone who may not act on it there: they
 *    are refused, never answered about another of their teams;
 * 3. else their only team;
 * 4. else the only one that `fits` the request (the team that has every recipient of a kudos);
 *    when none fits, the request fails on every team alike: the first is returned, so the use
 *    case says why (the recipient is in none of them);
 * 5. else it is not guessed: the candidates are returned, for a form to offer as a choice, or
 *    for requireTeam to ask the person to run the command in the team's channel.
 */
export async function resolveTeam(
  store: Pick<TeamStore, 'membershipsOf' | 'findTeamByChannel'>,
  actor: Actor,
  hint: TeamHint,
): Promise<TeamResolution> {
  const active = (await store.membershipsOf(actor.workspaceId, actor.slackUserId)).filter((m) => m.member.active);
  if (active.length === 0) throw new AppError('NOT_IN_TEAM', 'common.error.not_in_team');
  const eligible = hint.among ? active.filter(hint.among) : active;
  if (eligible.length === 0) throw new AppError('NOT_LEADER', hint.refusal ?? 'common.error.not_leader');
  const decided = (membership: Membership): TeamResolution => ({ membership, candidates: null });
  if (hint.channelId) {
    for (const m of eligible) {
      const channels = [m.team.homeChannelId, ...((await hint.channelsOf?.(m)) ?? [])];
      if (channels.includes(hint.channelId)) return decided(m);
    }
    const home = await store.findTeamByChannel(actor.workspaceId, hint.channelId);
    if (home) {
      if (!active.some((m) => m.team.id === home.id)) throw new AppError('NOT_YOUR_TEAM', 'common.error.not_your_team');
      throw new AppError('NOT_LEADER', hint.refusal ?? 'common.error.not_leader');
    }
  }
  if (eligible.length === 1) return decided(eligible[0]!);
  if (hint.fits) {
    const fitting: Membership[] = [];
    for (const m of eligible) if (await hint.fits(m)) fitting.push(m);
    if (fitting.length === 1) return decided(fitting[0]!);
    if (fitting.length === 0) return decided(eligible[0]!);
  }
  return { membership: null, candidates: eligible };
}

/** resolveTeam for a command that cannot ask: several candidates are refused, naming them. */
export async function requireTeam(
  store: Pick<TeamStore, 'membershipsOf' | 'findTeamByChannel'>,
  actor: Actor,
  hint: TeamHint,
): Promise<Membership> {
  const resolved = await resolveTeam(store, actor, hint);
  if (resolved.membership) return resolved.membership;
  throw whichTeam(resolved.candidates);
}

/** The refusal for a request that may mean any of several teams: run it in the team's channel. */
export const whichTeam = (candidates: Membership[]) =>
  new AppError('WHICH_TEAM', 'common.error.which_team', {
    teams: typed(candidates.map((m) => m.team.name).join(', '), candidates.length * 200),
  });

/** A team named by id (a button's value, a form's metadata) that the person leads, or refused alike whether or not it exists. */
export async function requireLeaderOfTeam(
  store: Pick<TeamStore, 'findTeam' | 'findMember'>,
  teamId: string,
  actor: Actor,
  refusal?: MessageKey,
): Promise<{ team: Team; leader: Member }> {
  const team = await store.findTeam(teamId);
  if (!team) throw new AppError('NOT_YOUR_TEAM', 'common.error.not_your_team');
  return { team, leader: await requireLeader(store, team, actor, refusal) };
}

export async function requireTeamAt(store: TeamStore, workspaceId: string, channelId: string): Promise<Team> {
  const team = await store.findTeamByChannel(workspaceId, channelId);
  if (!team) throw new AppError('NO_TEAM_HERE', 'common.error.no_team_here');
  return team;
}

/** After a team is set up, its home channel's members are imported in the background. */
export type TeamJob = { name: 'team-import'; data: { teamId: string } };

export interface TeamJobQueue {
  enqueue(job: TeamJob): Promise<void>;
  /** Runs work so that what it saves and what it enqueues commit together, or neither. */
  atomically<T>(work: () => Promise<T>): Promise<T>;
}

/**
 * Makes a channel a team's home. Workspace admins may set up any channel; the person
 * who sets it up becomes its first leader. The team and the import of its channel's
 * members commit together, so a team is never left without its members.
 */
export async function setUpTeam(
  store: TeamStore,
  queue: TeamJobQueue,
  input: {
    actor: Actor;
    actorProfile: SlackProfile;
    channelId: string;
    channelName: string;
    informalChannelId: string | null;
    defaults: { locale: string; timeZone: string };
    now: Date;
  },
): Promise<{ team: Team; created: boolean }> {
  const existing = await store.findTeamByChannel(input.actor.workspaceId, input.channelId);
  if (existing) return { team: existing, created: false };
  if (!input.actorProfile.isAdmin) throw new AppError('NOT_ADMIN', 'common.error.not_admin');
  const team = await queue.atomically(async () => {
    await store.ensureWorkspace(input.actor.workspaceId);
    const created = await store.createTeam({
      workspaceId: input.actor.workspaceId,
      name: input.channelName,
      homeChannelId: input.channelId,
      informalChannelId: input.informalChannelId,
      defaultLocale: input.defaults.locale,
      timeZone: input.actorProfile.timeZone ?? input.defaults.timeZone,
      createdAt: input.now,
    });
    await store.upsertMember(created.id, input.actor.slackUserId, { ...input.actorProfile, role: 'leader' });
    await queue.enqueue({ name: 'team-import', data: { teamId: created.id } });
    return created;
  });
  return { team, created: true };
}

export async function joinTeam(
  store: TeamStore,
  team: Team,
  slackUserId: string,
  profile: Partial<SlackProfile>,
): Promise<{ member: Member; joined: boolean }> {
  const existing = await store.findMember(team.id, slackUserId);
  if (existing?.active) return { member: existing, joined: false };
  const member = await store.upsertMember(team.id, slackUserId, profile);
  return { member, joined: true };
}

export async function leaveTeam(store: TeamStore, team: Team, slackUserId: string): Promise<void> {
  const member = await store.findMember(team.id, slackUserId);
  if (!member?.active) throw new AppError('NOT_IN_TEAM', 'common.error.not_in_team');
  if (await isLastLeader(store, team, member)) throw new AppError('LAST_LEADER', 'hexin.leave.last_leader');
  await store.deactivate(member.id);
}

/** A leader names someone leader or member; an unknown person is added to the team. */
export async function assignRole(
  store: TeamStore,
  team: Team,
  actor: Actor,
  target: { slackUserId: string; profile: Partial<SlackProfile> },
  role: TeamRole,
): Promise<Member> {
  await requireLeader(store, team, actor);
  const existing = await store.findMember(team.id, target.slackUserId);
  if (existing && role === 'member' && (await isLastLeader(store, team, existing))) {
    throw new AppError('LAST_LEADER', 'hexin.leave.last_leader');
  }
  const member = await store.upsertMember(team.id, target.slackUserId, { ...target.profile, role });
  if (existing) await store.setRole(member.id, role);
  return member;
}

export async function removeFromTeam(store: TeamStore, team: Team, actor: Actor, slackUserId: string): Promise<void> {
  await requireLeader(store, team, actor);
  const member = await store.findMember(team.id, slackUserId);
  if (!member?.active) throw new AppError('NOT_MEMBER', 'hexin.error.user_not_member');
  if (member.slackUserId === actor.slackUserId) return leaveTeam(store, team, slackUserId);
  await store.deactivate(member.id);
}

export interface ScheduleChange {
  days?: number[];
  promptMinute?: number;
  reminderMinute?: number;
}

export async function changeSchedule(
  store: TeamStore,
  team: Team,
  actor: Actor,
  change: ScheduleChange,
): Promise<Team> {
  await requireLeader(store, team, actor);
  const promptMinute = change.promptMinute ?? team.checkinMinute;
  const reminderMinute = change.reminderMinute ?? team.reminderMinute;
  if (reminderMinute <= promptMinute) throw new AppError('SCHEDULE_ORDER', 'hexin.schedule.error.order');
  return store.updateTeam(team.id, {
    checkinDays: change.days ?? team.checkinDays,
    checkinMinute: promptMinute,
    reminderMinute,
  });
}

export async function changeQuestions(
  store: TeamStore,
  team: Team,
  actor: Actor,
  questions: QuestionId[],
): Promise<Team> {
  await requireLeader(store, team, actor);
  return store.updateTeam(team.id, { checkinQuestions: [...new Set(questions)] });
}

export async function changeLanguage(store: TeamStore, team: Team, actor: Actor, locale: string): Promise<Team> {
  await requireLeader(store, team, actor);
  return store.updateTeam(team.id, { defaultLocale: locale });
}

export async function changeTimeZone(store: TeamStore, team: Team, actor: Actor, timeZone: string): Promise<Team> {
  await requireLeader(store, team, actor);
  return store.updateTeam(team.id, { timeZone });
}

export async function addHoliday(
  store: TeamStore,
  team: Team,
  actor: Actor,
  date: LocalDate,
  name: string,
): Promise<void> {
  await requireLeader(store, team, actor);
  await store.addHoliday(team.id, { date, name });
}

export async function removeHoliday(store: TeamStore, team: Team, actor: Actor, date: LocalDate): Promise<boolean> {
  await requireLeader(store, team, actor);
  return store.removeHoliday(team.id, date);
}

/** A member records days away for every team they belong to. */
export async function takeVacation(store: TeamStore, actor: Actor, range: DateRange): Promise<void> {
  if (range.endDate < range.startDate) throw new AppError('VACATION_ORDER', 'hexin.vacation.error.order');
  if (range.endDate > addDays(range.startDate, 366)) throw new AppError('VACATION_ORDER', 'hexin.vacation.error.order');
  const memberships = await activeMemberships(store, actor);
  for (const { member } of memberships) await store.addVacation(member.id, range);
}

export async function clearVacations(store: TeamStore, actor: Actor): Promise<void> {
  const memberships = await activeMemberships(store, actor);
  for (const { member } of memberships) await store.clearVacations(member.id);
}

export async function activeMemberships(
  store: TeamStore,
  actor: Actor,
): Promise<Array<{ member: Member; team: Team }>> {
  const memberships = (await store.membershipsOf(actor.workspaceId, actor.slackUserId)).filter((m) => m.member.active);
  if (memberships.length === 0) throw new AppError('NOT_IN_TEAM', 'common.error.not_in_team');
  return memberships;
}

/** A member stops (or resumes) daily prompts in every team they belong to; /checkin still works. */
export async function setCheckinPaused(store: TeamStore, actor: Actor, paused: boolean): Promise<void> {
  for (const { member } of await activeMemberships(store, actor)) await store.setCheckinOptOut(member.id, paused);
}
