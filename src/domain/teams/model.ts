import { chooseLocale, type Locale } from '../../i18n/index.ts';
import { isTimeZone } from '../../shared/time.ts';
import type { QuestionId } from '../checkins/questions.ts';
import type { DateRange, LocalDate } from '../checkins/calendar.ts';

export type TeamRole = 'leader' | 'member';

export interface Team {
  id: string;
  workspaceId: string;
  name: string;
  homeChannelId: string;
  informalChannelId: string | null;
  defaultLocale: string;
  timeZone: string;
  checkinDays: number[];
  checkinMinute: number;
  reminderMinute: number;
  checkinQuestions: string[];
}

export interface Member {
  id: string;
  teamId: string;
  slackUserId: string;
  displayName: string;
  timeZone: string | null;
  locale: string | null;
  role: string;
  active: boolean;
  checkinOptOut: boolean;
}

export interface Holiday {
  date: LocalDate;
  name: string;
}

export interface SlackProfile {
  displayName: string;
  timeZone: string | null;
  locale: string | null;
  isAdmin: boolean;
  isBot: boolean;
}

/** What the teams use cases need from storage; implemented in src/infra/db. */
export interface TeamStore {
  ensureWorkspace(workspaceId: string): Promise<void>;
  findTeamByChannel(workspaceId: string, channelId: string): Promise<Team | null>;
  findTeam(teamId: string): Promise<Team | null>;
  /** `createdAt` is the app's clock: the day of setup is the day no pulse opens by itself. */
  createTeam(input: {
    workspaceId: string;
    name: string;
    homeChannelId: string;
    informalChannelId: string | null;
    defaultLocale: string;
    timeZone: string;
    createdAt: Date;
  }): Promise<Team>;
  updateTeam(
    teamId: string,
    changes: Partial<
      Pick<
        Team,
        | 'defaultLocale'
        | 'timeZone'
        | 'checkinDays'
        | 'checkinMinute'
        | 'reminderMinute'
        | 'checkinQuestions'
        | 'informalChannelId'
      >
    >,
  ): Promise<Team>;
  findMember(teamId: string, slackUserId: string): Promise<Member | null>;
  findMemberById(memberId: string): Promise<Member | null>;
  /** A member with their team, in one read: every check-in job starts here. */
  memberWithTeam(memberId: string): Promise<{ member: Member; team: Team } | null>;
  membershipsOf(workspaceId: string, slackUserId: string): Promise<Array<{ member: Member; team: Team }>>;
  /** Adds or re-activates a member; keeps an existing role unless one is given. */
  upsertMember(
    teamId: string,
    slackUserId: string,
    profile: Partial<SlackProfile> & { role?: TeamRole },
  ): Promise<Member>;
  setRole(memberId: string, role: TeamRole): Promise<void>;
  setCheckinOptOut(memberId: string, optOut: boolean): Promise<void>;
  deactivate(memberId: string): Promise<void>;
  activeMembers(teamId: string): Promise<Member[]>;
  updateProfile(
    memberId: string,
    profile: Pick<SlackProfile, 'displayName' | 'timeZone' | 'locale'>,
    syncedAt: Date,
  ): Promise<void>;
  /** Teams with active members whose Slack profile was last read before `olderThan` (or never). */
  teamsWithStaleProfiles(olderThan: Date): Promise<string[]>;
  /** A team's active members whose Slack profile is oldest, at most `limit`. */
  staleMembers(teamId: string, olderThan: Date, limit: number): Promise<Member[]>;
  holidays(teamId: string): Promise<Holiday[]>;
  addHoliday(teamId: string, holiday: Holiday): Promise<void>;
  removeHoliday(teamId: string, date: LocalDate): Promise<boolean>;
  vacations(memberId: string): Promise<DateRange[]>;
  addVacation(memberId: string, range: DateRange): Promise<void>;
  clearVacations(memberId: string): Promise<void>;
}

/** A member's Slack profile (time zone, language, name) is read again once it is older than this. */
export const PROFILE_MAX_AGE_MS = 24 * 3600 * 1000;

/** The language to speak to a member in: their own Slack language, else the team's default. */
export const localeOf = (member: { locale: string | null } | null, team: { defaultLocale: string }): Locale =>
  chooseLocale(member?.locale, team.defaultLocale);

/** The team's own time zone when it is one we know, else the deployment's default. */
export const teamZone = (team: { timeZone: string }, fallback: string): string =>
  isTimeZone(team.timeZone) ? team.timeZone : fallback;

export const questionsOf = (team: Team): QuestionId[] => team.checkinQuestions as QuestionId[];
