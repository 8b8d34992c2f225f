/** A team value kudos are given for (what people type after #, and its label in both languages). */
export interface TeamValue {
  id: string;
  teamId: string;
  key: string;
  labelEn: string;
  labelZh: string;
  position: number;
  active: boolean;
}

/** A team's recognition settings, kept on the team row. */
export interface KudosSettings {
  teamId: string;
  /** Where kudos are posted; null: the team's home channel. */
  kudosChannelId: string | null;
  /** The reaction that gives kudos: an emoji name without colons. */
  kudosEmoji: string;
  /** How many people one giver may recognise per local day. */
  kudosDailyCap: number;
  leaderboardEnabled: boolean;
}

export type KudosSource = 'command' | 'reaction';

/** One recognition from a giver to one receiver; a /kudos to several people is one group. */
export interface Kudos {
  id: string;
  teamId: string;
  groupId: string;
  giverId: string;
  receiverId: string;
  valueKey: string;
  message: string;
  source: string;
  sourceChannelId: string | null;
  sourceTs: string | null;
  giverPositionId: string | null;
  receiverPositionId: string | null;
  postedChannelId: string | null;
  postedTs: string | null;
  createdAt: Date;
}

export type NewKudos = Omit<Kudos, 'id' | 'postedChannelId' | 'postedTs'>;

/** An edge of the recognition graph: what the signals read. */
export interface KudosEdge {
  giverId: string;
  receiverId: string;
  valueKey: string;
  createdAt: Date;
  giverPositionId: string | null;
  receiverPositionId: string | null;
}

export interface RecognitionStore {
  settings(teamId: string): Promise<KudosSettings>;
  updateSettings(teamId: string, changes: Partial<Omit<KudosSettings, 'teamId'>>): Promise<KudosSettings>;
  /** Every value of the team, active or not, in list order (position, then key). */
  values(teamId: string): Promise<TeamValue[]>;
  /** Adds values that do not exist yet (by key); existing ones are left alone. */
  insertValues(
    teamId: string,
    values: Array<Pick<TeamValue, 'key' | 'labelEn' | 'labelZh' | 'position'>>,
  ): Promise<void>;
  /** Creates the value or replaces its labels, and makes it active. */
  upsertValue(teamId: string, value: Pick<TeamValue, 'key' | 'labelEn' | 'labelZh' | 'position'>): Promise<TeamValue>;
  setValueActive(teamId: string, key: string, active: boolean): Promise<void>;
  setValuePosition(teamId: string, key: string, position: number): Promise<void>;
  /** The position each member holds (the earliest created when several), by member id. */
  positionsOf(memberIds: string[]): Promise<Map<string, string>>;
  /** How many people this member recognised in [from, to). */
  countGiven(giverId: string, from: Date, to: Date): Promise<number>;
  findBySource(key: { giverId: string; receiverId: string; channelId: string; ts: string }): Promise<Kudos | null>;
  /** Saves the rows; a row whose (giver, receiver, source message) exists is skipped. Returns how many were new. */
  saveKudos(rows: NewKudos[]): Promise<number>;
  /**
   * Saves the rows only when the giver's count in [from, to) plus the rows stays within
   * `cap`; the count and the save happen under one lock per giver, so gifts sent at the same
   * moment cannot pass the cap together. `saved` is how many were new, or null when nothing
   * was saved because of the cap; `used` is the count the decision saw.
   */
  saveKudosWithinCap(
    rows: NewKudos[],
    limit: { giverId: string; from: Date; to: Date; cap: number },
  ): Promise<{ saved: number | null; used: number }>;
  group(groupId: string): Promise<Kudos[]>;
  findKudos(kudosId: string): Promise<Kudos | null>;
  /** Records where the group was posted; false when another run recorded it first. */
  markPosted(groupId: string, where: { channelId: string; ts: string }): Promise<boolean>;
  /** The team's recognition graph for [from, to), oldest first. */
  inWindow(teamId: string, from: Date, to: Date): Promise<KudosEdge[]>;
}
