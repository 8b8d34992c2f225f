import type { WebClient } from '@slack/web-api';
import { chartSpec, type ChartLabels, type ChartPoint } from '../domain/digest/chart.ts';
import type { DigestBlockerRef, DigestSnapshot, DigestTeam } from '../domain/digest/ports.ts';
import type { ChartOutcome, DigestNotifier } from '../domain/digest/service.ts';
import { localeOf, type Member } from '../domain/teams/model.ts';
import { t, type Locale } from '../i18n/index.ts';
import { currentJobRun } from '../infra/queue/job-run.ts';
import type { SlackGate } from '../infra/queue/slack-gate.ts';
import { blockerAskMessage, digestMessage } from './blocks/digest.ts';
import { GatedPoster } from './gated-poster.ts';
import { slackPlatformError } from './platform-error.ts';

/** Draws a chart spec as a PNG (src/infra/chart, passed in by the capability's module). */
export type ChartRenderer = (spec: Record<string, unknown>) => Promise<Buffer>;

export const chartLabels = (locale: Locale, font: string): ChartLabels => ({
  title: t(locale, 'digest.chart.title'),
  week: t(locale, 'digest.chart.week'),
  series: {
    checkin: t(locale, 'digest.chart.checkin'),
    voices: t(locale, 'digest.chart.voices'),
    pulse: t(locale, 'digest.chart.pulse'),
    coffee: t(locale, 'digest.chart.coffee'),
  },
  font,
});

/**
 * Links to the goal threads a digest's suggestions point at, asked of Slack (chat.getPermalink)
 * through `ask`: the job's gate, or a listener's own client. A thread Slack no longer has loses
 * its link, not the digest.
 */
export async function goalLinks(
  snapshot: DigestSnapshot,
  ask: (channel: string, ts: string) => Promise<{ permalink?: string | undefined }>,
): Promise<Record<string, string>> {
  const links: Record<string, string> = {};
  for (const s of snapshot.suggestions) {
    if (s.action?.kind !== 'open_goal') continue;
    const { channelId, ts } = s.action;
    try {
      const found = await ask(channelId, ts);
      if (found.permalink) links[`${channelId}:${ts}`] = found.permalink;
    } catch (error) {
      if (slackPlatformError(error) === null) throw error;
    }
  }
  return links;
}

/**
 * The weekly digest, to each leader by DM (posted to the user id), in the leader's language,
 * with its chart uploaded through files.getUploadURLExternal and files.completeUploadExternal
 * and shown by file id. Every Slack call goes through the workspace's gate.
 */
export class SlackDigestNotifier implements DigestNotifier {
  private readonly poster: GatedPoster;

  constructor(
    private readonly client: WebClient,
    private readonly gate: SlackGate,
    private readonly chart: { render: ChartRenderer; font: string },
  ) {
    this.poster = new GatedPoster(client, gate);
  }

  /**
   * The chart's file id; null when it could not be drawn or Slack refused the file (the digest
   * says so to the leader, and the job's log says why).
   */
  async uploadChart(leader: Member, team: DigestTeam, points: readonly ChartPoint[]): Promise<string | null> {
    const locale = localeOf(leader, team);
    const withoutChart = (why: string, fields: Record<string, unknown>) => {
      const run = currentJobRun();
      run?.log.warn({ jobId: run.id, job: run.name, team: team.id, leader: leader.id, ...fields }, why);
      return null;
    };
    let png: Buffer;
    try {
      png = await this.chart.render(chartSpec(points, chartLabels(locale, this.chart.font)));
    } catch (error) {
      return withoutChart('the digest chart could not be drawn; the digest goes without it', {
        err: error instanceof Error ? error.message : String(error),
      });
    }
    const title = t(locale, 'digest.chart.title');
    try {
      const upload = await this.gate.call(team.workspaceId, 'files.getUploadURLExternal', () =>
        this.client.files.getUploadURLExternal({ filename: 'digest-chart.png', length: png.length, alt_text: title }),
      );
      if (!upload.upload_url || !upload.file_id)
        return withoutChart('Slack gave no upload address for the digest chart; the digest goes without it', {});
      const sent = await fetch(upload.upload_url, { method: 'POST', body: new Uint8Array(png) });
      if (!sent.ok)
        return withoutChart("the digest chart's bytes were refused; the digest goes without it", {
          status: sent.status,
        });
      const fileId = upload.file_id;
      await this.gate.call(team.workspaceId, 'files.completeUploadExternal', () =>
        this.client.files.completeUploadExternal({ files: [{ id: fileId, title }] }),
      );
      return fileId;
    } catch (error) {
      // Slack's refusal of the file leaves the digest without its chart; a rate limit or an
      // outage is the job's to retry (the gate turns it into a delay).
      const answer = slackPlatformError(error);
      if (answer === null) throw error;
      return withoutChart('Slack refused the digest chart; the digest goes without it', { err: answer });
    }
  }

  async askAboutBlocker(to: Member, leader: Member, team: DigestTeam, blocker: DigestBlockerRef): Promise<void> {
    await this.poster.post(team.workspaceId, to.slackUserId, blockerAskMessage(localeOf(to, team), leader, blocker), {
      key: `digest-blocker-ask:${blocker.id}:${leader.id}`,
    });
  }

  /** Links to the goal threads the suggestions point at, asked of Slack (chat.getPermalink). */
  async sendDigest(leader: Member, team: DigestTeam, snapshot: DigestSnapshot, chart: ChartOutcome): Promise<void> {
    const links = await goalLinks(snapshot, (channel, ts) =>
      this.gate.call(team.workspaceId, 'chat.getPermalink', () =>
        this.client.chat.getPermalink({ channel, message_ts: ts }),
      ),
    );
    const message = digestMessage(localeOf(leader, team), team, snapshot, chart, links);
    await this.poster.post(team.workspaceId, leader.slackUserId, message, {
      key: `digest:${snapshot.id}:${leader.id}`,
    });
  }
}
