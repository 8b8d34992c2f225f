import type { Member, Team } from '../teams/model.ts';
import type { DateRange, LocalDate } from './calendar.ts';
import type { CheckinAnswers } from './questions.ts';

export type PromptStatus = 'pending' | 'sent' | 'skipped' | 'answered';

export interface Prompt {
  id: string;
  memberId: string;
  teamId: string;
  localDate: LocalDate;
  status: string;
  dmChannelId: string | null;
  messageTs: string | null;
  snoozedUntil: Date | null;
  reminderSentAt: Date | null;
}

export interface Answer {
  id: string;
  memberId: string;
  teamId: string;
  localDate: LocalDate;
  answers: CheckinAnswers;
  late: boolean;
  editedAt: Date | null;
  replyTs: string | null;
  revision: number;
}

export interface Blocker {
  id: string;
  answerId: string;
  teamId: string;
  text: string;
  raisedAt: Date;
  helperUserId: string | null;
  helpedAt: Date | null;
}

export interface Thread {
  id: string;
  teamId: string;
  localDate: LocalDate;
  channelId: string;
  ts: string | null;
}

/** Everything the clock's planner needs about one team, read in one go. */
export interface TeamSchedule {
  team: Team;
  holidays: LocalDate[];
  members: Array<{ member: Member; vacations: DateRange[] }>;
}

export interface CheckinStore {
  schedules(): Promise<TeamSchedule[]>;
  /** Prompts already created for these members on these dates, as `memberId|date` keys. */
  existingPrompts(keys: Array<{ memberId: string; localDate: LocalDate }>): Promise<Prompt[]>;
  findPrompt(memberId: string, localDate: LocalDate): Promise<Prompt | null>;
  findPromptById(promptId: string): Promise<Prompt | null>;
  /** Creates the day's prompt unless it exists; `created` tells whether this call made it. */
  claimPrompt(memberId: string, teamId: string, localDate: LocalDate): Promise<{ prompt: Prompt; created: boolean }>;
  markPromptSent(promptId: string, where: { channelId: string; ts: string }): Promise<void>;
  setPromptStatus(promptId: string, status: PromptStatus): Promise<void>;
  snoozePrompt(promptId: string, until: Date): Promise<void>;
  /** True for the one caller that records the reminder; false when it was already sent. */
  claimReminder(promptId: string, at: Date): Promise<boolean>;
  findAnswer(memberId: string, localDate: LocalDate): Promise<Answer | null>;
  findAnswerById(answerId: string): Promise<Answer | null>;
  /** Saves the day's answer; an existing answer is replaced and its revision bumped. */
  saveAnswer(input: {
    memberId: string;
    teamId: string;
    localDate: LocalDate;
    answers: CheckinAnswers;
    mood: number | null;
    late: boolean;
    at: Date;
  }): Promise<Answer>;
  setReplyTs(answerId: string, ts: string): Promise<void>;
  /**
   * Who posts the day's head message: the first claimant, the same claimant again on retry,
   * or a newcomer once a claim is older than `staleAfterMs` without a head (its owner died).
   */
  claimThread(input: {
    teamId: string;
    localDate: LocalDate;
    channelId: string;
    claimant: string;
    now: Date;
    staleAfterMs: number;
  }): Promise<{ thread: Thread; owner: boolean }>;
  setThreadTs(threadId: string, ts: string): Promise<void>;
  /** Records the answer's blocker (one per answer), raised `at` when new; `created` when it is new. */
  upsertBlocker(answer: Answer, text: string, at: Date): Promise<{ blocker: Blocker; created: boolean }>;
  removeBlocker(answerId: string): Promise<void>;
  findBlocker(blockerId: string): Promise<Blocker | null>;
  /** True for the first helper only. */
  claimBlocker(blockerId: string, helperUserId: string, at: Date): Promise<boolean>;
  recordNotice(blockerId: string, leaderId: string, where: { channelId: string; ts: string }): Promise<void>;
  notices(blockerId: string): Promise<Array<{ leaderId: string; channelId: string | null; ts: string | null }>>;
}
