import type { Period } from '../pulse/schedule.ts';
import type { DigestFacts, DigestWindow } from './model.ts';
import type { DigestSignals } from './signals.ts';
import type { Suggestion } from './suggestions.ts';

/** A team as the digest reads it: its clock, its language, and when its digest goes out. */
export interface DigestTeam {
  id: string;
  workspaceId: string;
  name: string;
  defaultLocale: string;
  timeZone: string;
  createdAt: Date;
  digestEnabled: boolean;
  digestWeekday: number;
  digestMinute: number;
}

export interface DigestSnapshot {
  id: string;
  teamId: string;
  week: Period;
  version: number;
  signals: DigestSignals;
  suggestions: Suggestion[];
  builtAt: Date;
}

/** A blocker as a leader's "ask how it is going" needs it. */
export interface DigestBlockerRef {
  id: string;
  teamId: string;
  memberId: string;
  text: string;
  helpedAt: Date | null;
}

export type DigestSettings = Pick<DigestTeam, 'digestEnabled' | 'digestWeekday' | 'digestMinute'>;

/** What the digest needs from storage; implemented in src/infra/db. */
export interface DigestStore {
  findTeam(teamId: string): Promise<DigestTeam | null>;
  /** Teams whose digest is on, with the week of their latest snapshot. */
  scheduledTeams(): Promise<Array<{ team: DigestTeam; lastWeek: Period | null }>>;
  /** The team's facts for the window, in queries bounded by the window (never by history); the scorecard is read apart. */
  facts(
    team: Pick<DigestTeam, 'id' | 'timeZone'>,
    window: DigestWindow,
    at: Date,
  ): Promise<Omit<DigestFacts, 'scorecard' | 'pulseHiddenBefore'>>;
  /** Stores the week's snapshot once; a second save of the same week returns the first. */
  saveSnapshot(snapshot: Omit<DigestSnapshot, 'id'>): Promise<DigestSnapshot>;
  snapshotOf(teamId: string, week: Period): Promise<DigestSnapshot | null>;
  /** The latest snapshots, newest first. */
  recentSnapshots(teamId: string, limit: number): Promise<DigestSnapshot[]>;
  /** The pulse rounds the team's latest `weeks` digests before this week hid for too few answers. */
  hiddenPulseRounds(teamId: string, before: Period, weeks: number): Promise<Period[]>;
  updateSettings(teamId: string, changes: Partial<DigestSettings>): Promise<DigestTeam>;
  findBlocker(blockerId: string): Promise<DigestBlockerRef | null>;
}
