import type { Member } from '../teams/model.ts';

/** One duty of a position, with its comparable form (see normalizeDuty). */
export interface Duty {
  id: string;
  positionId: string;
  text: string;
  normalized: string;
}

/** Work a position hands to another, and what it is. */
export interface Handoff {
  id: string;
  fromId: string;
  fromTitle: string;
  toId: string;
  toTitle: string;
  what: string;
}

/** A written position description (职位说明) with everything a card shows. */
export interface Position {
  id: string;
  teamId: string;
  title: string;
  purpose: string;
  authority: string;
  guidelines: string;
  /** In the order the leader wrote them. */
  duties: Duty[];
  /** Hand-offs from this position to others. */
  handoffsOut: Handoff[];
  /** Hand-offs other positions make to this one. */
  handoffsIn: Handoff[];
  /** Holders, active or not; cards show the active ones. */
  holders: Member[];
  /** The starter card it was made from, until a leader saves it (then null): shown in each reader's language. */
  starterKey: string | null;
}

/** A leader's ruling that two duties are (or are not) the same. */
export interface DutyJudgement {
  dutyAId: string;
  dutyBId: string;
  same: boolean;
}

/** An accepted key result, as far as role cards need it. */
export interface KeyResultRef {
  id: string;
  goalId: string;
  teamId: string;
  title: string;
  ownerId: string | null;
  dutyId: string | null;
}

/** A position as the leader wrote it in the modal, checked and resolved. */
export interface PositionDraft {
  title: string;
  purpose: string;
  authority: string;
  guidelines: string;
  /** `was`: the normalized text of the duty this one rewrites (a starter duty saved in another language), so its links follow. */
  duties: Array<{ text: string; normalized: string; was?: string }>;
  handoffs: Array<{ toId: string; what: string }>;
  holderMemberIds: string[];
  /** Set only by `/role starter`; any other save makes the card the team's own words. */
  starterKey?: string;
}

export interface DutyRef {
  id: string;
  text: string;
  positionId: string;
  positionTitle: string;
}

/** What an analysis finds. Stored as RoleFinding rows (kind + subject) for the digest. */
export type RoleFinding =
  | { kind: 'overlap'; subject: { dutyA: DutyRef; dutyB: DutyRef; confirmed: boolean } }
  | { kind: 'position_without_holder'; subject: { positionId: string; title: string } }
  | { kind: 'member_without_position'; subject: { memberId: string; slackUserId: string; name: string } }
  | {
      kind: 'key_result_without_duty';
      subject: {
        keyResultId: string;
        goalId: string;
        title: string;
        ownerId: string;
        ownerName: string;
        /** The positions the owner holds (none when the owner has no position). */
        positions: Array<{ id: string; title: string }>;
        /** The duty it is linked to now, when that duty belongs to no position the owner holds. */
        linkedDutyId: string | null;
      };
    };

export type RoleFindingKind = RoleFinding['kind'];

/** A member who may help with a text (a blocker), through a duty of a position they hold. */
export interface DutyHolderMatch {
  memberId: string;
  slackUserId: string;
  positionId: string;
  positionTitle: string;
  dutyId: string;
  dutyText: string;
  /** Duty words found in the text, and their share of the duty's words (0–1]. */
  shared: number;
  share: number;
}

/** What the role-card use cases need from storage; implemented in src/infra/db. */
export interface RoleStore {
  /** Every position of the team, ordered by title. */
  positions(teamId: string): Promise<Position[]>;
  findPosition(positionId: string): Promise<Position | null>;
  /** Creates the position unless its title is taken (then null). */
  createPosition(teamId: string, draft: PositionDraft): Promise<Position | null>;
  /**
   * Replaces a position's content. Duties whose text stays keep their judgements and
   * key-result links; removed duties lose them. Null when the position is gone.
   */
  updatePosition(positionId: string, draft: PositionDraft): Promise<Position | null>;
  deletePosition(positionId: string): Promise<void>;
  findDuty(dutyId: string): Promise<(Duty & { teamId: string }) | null>;
  judgements(teamId: string): Promise<DutyJudgement[]>;
  saveJudgement(input: {
    teamId: string;
    dutyAId: string;
    dutyBId: string;
    same: boolean;
    decidedById: string;
  }): Promise<void>;
  /** Accepted key results of the team's goals that are still open. */
  acceptedKeyResults(teamId: string): Promise<KeyResultRef[]>;
  findKeyResult(keyResultId: string): Promise<KeyResultRef | null>;
  linkKeyResult(keyResultId: string, dutyId: string | null): Promise<void>;
  /** The last analysis is replaced whole by this one. */
  replaceFindings(teamId: string, findings: RoleFinding[], at: Date): Promise<void>;
  findings(teamId: string): Promise<Array<RoleFinding & { detectedAt: Date }>>;
  teamIds(): Promise<string[]>;
}
