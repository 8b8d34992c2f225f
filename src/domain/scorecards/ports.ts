import type { Locale } from '../../i18n/index.ts';
import type { CsvProblem } from './csv.ts';
import type { Period } from './period.ts';

/** A file someone shared, as Slack describes it. */
export interface SharedFile {
  id: string;
  name: string;
  filetype: string;
  size: number;
  /** Where the bot downloads it (with its token); null when Slack gave none. */
  downloadUrl: string | null;
}

/** Reads shared files; the Slack implementation lives beside the job that uses it. */
export interface FileSource {
  /** The file's description, or null when it is gone or not visible to the bot. */
  info(workspaceId: string, fileId: string): Promise<SharedFile | null>;
  /** The file's text, at most `maxBytes` bytes (FileTooLarge beyond). */
  download(file: SharedFile, maxBytes: number): Promise<string>;
}

export class FileTooLarge extends Error {
  readonly code = 'FILE_TOO_LARGE';
}

/** What a CSV upload came to, told to the person who uploaded it. */
export type CsvReport =
  | { kind: 'applied'; fileName: string; count: number; members: number; periods: Period[]; team: string }
  | { kind: 'rejected'; fileName: string; problems: CsvProblem[]; team: string }
  | { kind: 'not_csv'; fileName: string }
  | { kind: 'too_large'; fileName: string; maxKb: number }
  | { kind: 'team_rejected'; fileName: string; problems: CsvProblem[] }
  | { kind: 'in_channel'; fileName: string }
  | { kind: 'not_leader' }
  | { kind: 'several_teams'; teams: string[] };

export interface ScorecardNotifier {
  tellUploader(to: { workspaceId: string; slackUserId: string; locale: Locale }, report: CsvReport): Promise<void>;
}
