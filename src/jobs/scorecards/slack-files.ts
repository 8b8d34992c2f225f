import type { WebClient } from '@slack/web-api';
import { z } from 'zod';
import {
  FileTooLarge,
  type FileSource,
  type ScorecardNotifier,
  type SharedFile,
} from '../../domain/scorecards/ports.ts';
import type { Locale } from '../../i18n/index.ts';
import { GatedPoster } from '../../slack/gated-poster.ts';
import type { SlackGate } from '../../infra/queue/slack-gate.ts';
import { csvReportMessage } from '../../slack/blocks/scorecards.ts';
import { slackPlatformError } from '../../slack/platform-error.ts';
import type { CsvReport } from '../../domain/scorecards/ports.ts';

const fileSchema = z.object({
  id: z.string(),
  name: z.string().default(''),
  filetype: z.string().default(''),
  size: z.number().default(0),
  url_private_download: z.string().optional(),
  url_private: z.string().optional(),
});

/** Slack's answers that mean the file is not there for us: nothing to retry. */
const GONE = new Set(['file_not_found', 'file_deleted', 'access_denied', 'not_visible']);

/**
 * Reads shared files with the bot token: files.info through the workspace's gate, then the
 * download. The token is only ever sent to Slack's file host (or the configured API host,
 * e.g. a test server), never to an address a file description points elsewhere.
 */
export class SlackFileSource implements FileSource {
  constructor(
    private readonly client: WebClient,
    private readonly gate: SlackGate,
    private readonly token: string,
    private readonly apiUrl: string,
  ) {}

  async info(workspaceId: string, fileId: string): Promise<SharedFile | null> {
    try {
      const result = await this.gate.call(workspaceId, 'files.info', () => this.client.files.info({ file: fileId }));
      const file = fileSchema.parse(result.file);
      return {
        id: file.id,
        name: file.name,
        filetype: file.filetype,
        size: file.size,
        downloadUrl: file.url_private_download ?? file.url_private ?? null,
      };
    } catch (error) {
      if (GONE.has(slackPlatformError(error) ?? '')) return null;
      throw error;
    }
  }

  private allowed(url: URL): boolean {
    return (
      (url.protocol === 'https:' && url.hostname === 'files.slack.com') || url.origin === new URL(this.apiUrl).origin
    );
  }

  async download(file: SharedFile, maxBytes: number): Promise<string> {
    if (!file.downloadUrl) throw new Error(`File ${file.id} has no download address`);
    const url = new URL(file.downloadUrl);
    if (!this.allowed(url))
      throw new Error(`File ${file.id} is not served by Slack (${url.origin}); not sending the token there`);
    // redirect: 'error' — a redirect must never carry the bearer token to another address.
    const response = await fetch(url, { headers: { Authorization: `Bearer ${this.token}` }, redirect: 'error' });
    if (!response.ok || !response.body) throw new Error(`Download of file ${file.id} answered HTTP ${response.status}`);
    const chunks: Uint8Array[] = [];
    let size = 0;
    for await (const chunk of response.body as unknown as AsyncIterable<Uint8Array>) {
      size += chunk.byteLength;
      if (size > maxBytes) throw new FileTooLarge(`File ${file.id} is over ${maxBytes} bytes`);
      chunks.push(chunk);
    }
    return decode(Buffer.concat(chunks));
  }
}

/** UTF-8 (with or without a BOM); a sheet saved by a Chinese spreadsheet may be GB18030 instead. */
export function decode(bytes: Uint8Array): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return new TextDecoder('gb18030').decode(bytes);
  }
}

/** Tells the uploader by DM (posted to their user id) how their CSV went. */
export class SlackScorecardNotifier implements ScorecardNotifier {
  private readonly poster: GatedPoster;

  constructor(client: WebClient, gate: SlackGate) {
    this.poster = new GatedPoster(client, gate);
  }

  async tellUploader(
    to: { workspaceId: string; slackUserId: string; locale: Locale },
    report: CsvReport,
  ): Promise<void> {
    await this.poster.post(to.workspaceId, to.slackUserId, csvReportMessage(to.locale, report), {
      key: 'scorecard-report',
    }); // one per import job
  }
}
