import type { KnownBlock, View } from '@slack/types';
import { z } from 'zod';
import { jsonText } from '../parse.ts';
import type { CsvProblem } from '../../domain/scorecards/csv.ts';
import { metricLabel } from '../../domain/scorecards/defaults.ts';
import type { Metric, TemplateVersion } from '../../domain/scorecards/model.ts';
import type { CsvReport } from '../../domain/scorecards/ports.ts';
import { formatNumber, type CardScore } from '../../domain/scorecards/scoring.ts';
import type {
  MemberCard,
  TeamView,
  TemplateEditor,
  TemplateHistory,
  ValueEditor,
} from '../../domain/scorecards/service.ts';
import { TEMPLATE_LIMITS, type TemplateProblem } from '../../domain/scorecards/template.ts';
import type { Member, Team } from '../../domain/teams/model.ts';
import { t, type Locale, type MessageKey } from '../../i18n/index.ts';
import { inert, truncate } from '../../shared/text.ts';
import { capBlocks, LIMITS, plain, section } from './limits.ts';
import type { SlackMessage } from './checkin.ts';

/** Scorecard callback, block and action ids, kept with the builders that use them. */
export const ScorecardIds = {
  command: '/scorecard',
  templateView: 'scorecard_template',
  enterView: 'scorecard_enter',
  metricsBlock: 'metrics',
  noteBlock: 'note',
  input: 'input',
  valueAction: 'value',
  /** The enter form's block per metric: this prefix + the metric key. */
  valueBlockPrefix: 'm_',
} as const;

type Params = Record<string, string | number>;

/** Everything a person typed goes through inert() before it reaches mrkdwn. */
const escaped = (params: Params): Params =>
  Object.fromEntries(Object.entries(params).map(([k, v]) => [k, typeof v === 'string' ? inert(v, 200) : v]));

/** A row problem in words: plain for modal errors (Slack shows them as plain text), escaped for mrkdwn. */
export function problemText(
  locale: Locale,
  problem: { messageKey: MessageKey; params: Params },
  mrkdwn: boolean,
): string {
  return t(locale, problem.messageKey, mrkdwn ? escaped(problem.params) : problem.params);
}

/** Several problems in one modal error: the first few, then how many more. */
export function modalErrorText(
  locale: Locale,
  problems: Array<{ messageKey: MessageKey; params: Params }>,
  shown = 6,
): string {
  const lines = problems.slice(0, shown).map((p) => problemText(locale, p, false));
  if (problems.length > shown) lines.push(t(locale, 'scorecard.more', { count: problems.length - shown }));
  return truncate(lines.join('\n'), 1900);
}

const memberName = (member: Member) => inert(member.displayName || member.slackUserId, 80);
const percent = (ratio: number) => `${formatNumber(ratio * 100)}%`;

function metricWords(locale: Locale, metric: Metric) {
  const label = metricLabel(metric, locale);
  return {
    name: inert(label.name, 80),
    unit: inert(label.unit, 20),
    kind: t(locale, `scorecard.kind.${metric.kind}`),
    direction: t(locale, `scorecard.direction.${metric.direction}`),
    source: t(locale, `scorecard.source.${metric.source}`),
    weight: metric.weight,
    target: formatNumber(metric.target),
  };
}

/** Lines packed into as few sections as Slack's 3000-character limit allows. */
function packedSections(lines: string[]): KnownBlock[] {
  const blocks: KnownBlock[] = [];
  let current = '';
  for (const line of lines) {
    if (current && current.length + line.length + 1 > LIMITS.sectionText - 100) {
      blocks.push(section(current));
      current = '';
    }
    current = current ? `${current}\n${line}` : line;
  }
  if (current) blocks.push(section(current));
  return blocks;
}

const more = (locale: Locale) => (hidden: number) => t(locale, 'scorecard.more', { count: hidden });

function scoreLines(locale: Locale, score: CardScore): KnownBlock[] {
  const blocks = score.lines.map(({ metric, applicable, weight, value, attainment, points }) => {
    if (!applicable) return section(t(locale, 'scorecard.card.metric_na', metricWords(locale, metric)));
    const words = { ...metricWords(locale, metric), weight: formatNumber(weight) };
    if (value === null || attainment === null || points === null)
      return section(t(locale, 'scorecard.card.metric_missing', words));
    return section(
      t(locale, 'scorecard.card.metric', {
        ...words,
        value: formatNumber(value),
        attainment: percent(attainment),
        points: formatNumber(points),
      }),
    );
  });
  blocks.push(
    section(
      t(locale, 'scorecard.card.totals', {
        process: formatNumber(score.process),
        result: formatNumber(score.result),
        total: formatNumber(score.total),
      }),
    ),
  );
  if (score.missing > 0)
    blocks.push({
      type: 'context',
      elements: [{ type: 'mrkdwn', text: t(locale, 'scorecard.card.missing', { count: score.missing }) }],
    });
  return blocks;
}

/** One member's scorecard: each metric's value, attainment and points, then the parts and total. */
export function memberCardMessage(
  locale: Locale,
  view: { period: string; template: TemplateVersion },
  card: MemberCard,
): SlackMessage {
  const text = t(locale, 'scorecard.card.title', {
    name: memberName(card.member),
    period: view.period,
    version: view.template.version,
  });
  const blocks: KnownBlock[] = [section(text), { type: 'divider' }, ...scoreLines(locale, card.score)];
  return { text, blocks: capBlocks(blocks, LIMITS.messageBlocks, more(locale)) };
}

/** The team's scorecards for a leader: one line per member, then the team mean. */
export function teamMessage(locale: Locale, view: TeamView): SlackMessage {
  const text = t(locale, 'scorecard.team.title', {
    team: inert(view.team.name, 80),
    period: view.period,
    version: view.template.version,
  });
  const lines = view.cards.map(({ member, score }) => {
    const params = {
      name: memberName(member),
      process: formatNumber(score.process),
      result: formatNumber(score.result),
      total: formatNumber(score.total),
      count: score.missing,
    };
    if (score.missing === score.applicable) return `• ${t(locale, 'scorecard.team.member_none', params)}`;
    return `• ${t(locale, score.missing > 0 ? 'scorecard.team.member_missing' : 'scorecard.team.member', params)}`;
  });
  const blocks: KnownBlock[] = [section(text), { type: 'divider' }];
  if (view.cards.length === 0) blocks.push(section(t(locale, 'scorecard.team.no_members')));
  else blocks.push(...packedSections(lines));
  const { summary } = view;
  if (summary.scored === 0 || summary.total === null)
    blocks.push(section(t(locale, 'scorecard.team.no_values', { period: view.period })));
  else {
    blocks.push(
      section(
        t(locale, 'scorecard.team.mean', {
          count: summary.scored,
          process: formatNumber(summary.process ?? 0),
          result: formatNumber(summary.result ?? 0),
          total: formatNumber(summary.total),
        }),
      ),
    );
  }
  return { text, blocks: capBlocks(blocks, LIMITS.messageBlocks, more(locale)) };
}

function weightsLine(locale: Locale, version: TemplateVersion): string {
  return version.metrics.map((m) => `${inert(metricLabel(m, locale).name, 60)} ${m.weight}`).join(' · ');
}

/** Every version of the template, newest first: period, author, date, note and weights. */
export function historyMessage(locale: Locale, history: TemplateHistory): SlackMessage {
  const text = t(locale, 'scorecard.history.title', { team: inert(history.team.name, 80), period: history.current });
  const blocks: KnownBlock[] = [section(text)];
  for (const version of [...history.versions].reverse()) {
    const state =
      version.id === history.inEffect.id
        ? t(locale, 'scorecard.history.in_effect')
        : version.id === history.pending?.id
          ? t(locale, 'scorecard.history.pending')
          : '';
    const authorId = version.createdById ? history.authors.get(version.createdById) : undefined;
    const author = authorId ? `<@${authorId}>` : t(locale, 'scorecard.history.default_author');
    const head = t(locale, 'scorecard.history.version', {
      version: version.version,
      from: version.effectiveFrom,
      state,
      author,
      date: version.createdAt.toISOString().slice(0, 10),
    });
    blocks.push(
      { type: 'divider' },
      section(
        `${head}\n${weightsLine(locale, version)}\n${t(locale, 'scorecard.history.note', { note: inert(version.note, 1500) })}`,
      ),
    );
  }
  return { text, blocks: capBlocks(blocks, LIMITS.messageBlocks, more(locale)) };
}

const metadataSchema = jsonText;

const idText = z.string().regex(/^[A-Za-z0-9_-]{1,64}$/);
const templateRef = metadataSchema.pipe(z.object({ t: idText }));
const enterRef = metadataSchema.pipe(z.object({ t: idText, m: idText, p: z.string().regex(/^\d{4}-(\d{2}|Q[1-4])$/) }));

export const parseTemplateRef = (text: string) => {
  const parsed = templateRef.safeParse(text);
  return parsed.success ? { teamId: parsed.data.t } : null;
};

export const parseEnterRef = (text: string) => {
  const parsed = enterRef.safeParse(text);
  return parsed.success ? { teamId: parsed.data.t, memberId: parsed.data.m, period: parsed.data.p } : null;
};

const fits = (text: string) => Array.from(text).length <= TEMPLATE_LIMITS.text;

/**
 * The template box's text, made to fit its 3000-character input: as written, else without
 * the spaces around "|" and the default source `manual`. Null when even that is too long
 * (the modal then shows the current lines above an empty box, so nothing is lost).
 */
export function fittedText(text: string): string | null {
  if (fits(text)) return text;
  const compact = text.replace(/ \| /g, '|').replace(/\|manual$/gm, '');
  return fits(compact) ? compact : null;
}

/** How many key results the template editor lists, at most (the rest are counted). */
export const KEY_RESULTS_SHOWN = 25;

/** The team's key results a metric may be linked to, with their ids: one context block that fits Slack. */
function keyResultsBlock(locale: Locale, keyResults: TemplateEditor['keyResults']): KnownBlock {
  if (keyResults.length === 0)
    return {
      type: 'context',
      elements: [{ type: 'mrkdwn', text: t(locale, 'scorecard.template.modal.no_key_results') }],
    };
  const lines = [t(locale, 'scorecard.template.modal.key_results')];
  let shown = 0;
  for (const kr of keyResults.slice(0, KEY_RESULTS_SHOWN)) {
    const line = `\`key_result:${kr.id}\` — ${inert(kr.title, 80)}`;
    if (lines.join('\n').length + line.length + 1 > LIMITS.sectionText - 100) break;
    lines.push(line);
    shown += 1;
  }
  if (keyResults.length > shown) lines.push(t(locale, 'scorecard.more', { count: keyResults.length - shown }));
  return { type: 'context', elements: [{ type: 'mrkdwn', text: lines.join('\n'), verbatim: true }] };
}

/** The leader's template editor: metrics as lines, and a required note. */
export function templateModal(locale: Locale, editor: TemplateEditor): View {
  const blocks: KnownBlock[] = [
    section(
      t(locale, 'scorecard.template.modal.intro', {
        period: editor.effectiveFrom,
        current: editor.current,
        version: editor.inEffect.version,
      }),
    ),
  ];
  if (editor.pending)
    blocks.push(
      section(
        t(locale, 'scorecard.template.modal.pending', { version: editor.base.version, period: editor.effectiveFrom }),
      ),
    );
  blocks.push(
    { type: 'context', elements: [{ type: 'mrkdwn', text: t(locale, 'scorecard.template.modal.format') }] },
    keyResultsBlock(locale, editor.keyResults),
  );
  const initial = fittedText(editor.text);
  if (initial === null)
    blocks.push(
      section(t(locale, 'scorecard.template.modal.too_long')),
      ...packedSections(editor.text.split('\n').map((line) => inert(line, 300))),
    );
  blocks.push(
    {
      type: 'input',
      block_id: ScorecardIds.metricsBlock,
      label: plain(t(locale, 'scorecard.template.modal.metrics')),
      element: {
        type: 'plain_text_input',
        action_id: ScorecardIds.input,
        multiline: true,
        max_length: TEMPLATE_LIMITS.text,
        initial_value: initial ?? '',
      },
    },
    {
      type: 'input',
      block_id: ScorecardIds.noteBlock,
      label: plain(t(locale, 'scorecard.template.modal.note')),
      element: {
        type: 'plain_text_input',
        action_id: ScorecardIds.input,
        multiline: true,
        max_length: TEMPLATE_LIMITS.note,
        placeholder: plain(t(locale, 'scorecard.template.modal.note_placeholder'), 150),
      },
    },
  );
  return {
    type: 'modal',
    callback_id: ScorecardIds.templateView,
    private_metadata: JSON.stringify({ t: editor.team.id }),
    title: plain(t(locale, 'scorecard.template.modal.title'), LIMITS.modalTitle),
    submit: plain(t(locale, 'common.save'), LIMITS.modalTitle),
    close: plain(t(locale, 'common.cancel'), LIMITS.modalTitle),
    blocks,
  };
}

/** What the modal turns into once saved: a short confirmation. */
export function doneModal(locale: Locale, titleKey: MessageKey, text: string): View {
  return {
    type: 'modal',
    title: plain(t(locale, titleKey), LIMITS.modalTitle),
    close: plain(t(locale, 'common.done'), LIMITS.modalTitle),
    blocks: [section(text)],
  };
}

/** A leader's form of one member's values for a period: a number box per entered metric. */
export function enterModal(locale: Locale, editor: ValueEditor): View {
  const blocks: KnownBlock[] = [
    section(
      t(locale, 'scorecard.enter.modal.intro', {
        name: memberName(editor.member),
        period: editor.period,
        version: editor.template.version,
      }),
    ),
  ];
  const derived: string[] = [];
  for (const line of editor.card.lines) {
    const words = metricWords(locale, line.metric);
    if (line.metric.source !== 'manual') {
      const value = !line.applicable
        ? t(locale, 'scorecard.enter.modal.not_applicable')
        : line.value === null
          ? t(locale, 'scorecard.enter.modal.no_value')
          : `${formatNumber(line.value)} ${words.unit}`;
      derived.push(t(locale, 'scorecard.enter.modal.derived', { name: words.name, value, source: words.source }));
      continue;
    }
    const label = metricLabel(line.metric, locale);
    blocks.push({
      type: 'input',
      block_id: `${ScorecardIds.valueBlockPrefix}${line.metric.key}`,
      optional: true,
      label: plain(t(locale, 'scorecard.enter.modal.label', { name: label.name, unit: label.unit })),
      hint: plain(
        t(locale, 'scorecard.enter.modal.hint', {
          target: words.target,
          unit: label.unit,
          direction: words.direction,
          weight: words.weight,
        }),
      ),
      element: {
        type: 'number_input',
        action_id: ScorecardIds.valueAction,
        is_decimal_allowed: true,
        min_value: '0',
        ...(line.value !== null && { initial_value: String(line.value) }),
      },
    });
  }
  if (blocks.length === 1) blocks.push(section(t(locale, 'scorecard.enter.modal.no_manual')));
  if (derived.length > 0)
    blocks.push({
      type: 'context',
      elements: [{ type: 'mrkdwn', text: truncate(derived.join('\n'), LIMITS.sectionText) }],
    });
  const manual = editor.card.lines.some((l) => l.metric.source === 'manual');
  return {
    type: 'modal',
    callback_id: ScorecardIds.enterView,
    private_metadata: JSON.stringify({ t: editor.team.id, m: editor.member.id, p: editor.period }),
    title: plain(t(locale, 'scorecard.enter.modal.title'), LIMITS.modalTitle),
    ...(manual && { submit: plain(t(locale, 'common.save'), LIMITS.modalTitle) }),
    close: plain(t(locale, 'common.cancel'), LIMITS.modalTitle),
    blocks: capBlocks(blocks, LIMITS.surfaceBlocks, more(locale)),
  };
}

/** Problems listed with their rows, at most `shown`, for a DM. */
function problemList(locale: Locale, problems: Array<TemplateProblem | CsvProblem>, shown = 20): string[] {
  const lines = problems.slice(0, shown).map((p) => `• ${problemText(locale, p, true)}`);
  if (problems.length > shown) lines.push(t(locale, 'scorecard.more', { count: problems.length - shown }));
  return lines;
}

/** What became of a CSV upload, for the person who shared it. */
export function csvReportMessage(locale: Locale, report: CsvReport): SlackMessage {
  const file = (name: string) => inert(name, 120);
  let text: string;
  const extra: string[] = [];
  switch (report.kind) {
    case 'applied':
      text = t(locale, 'scorecard.csv.applied', {
        file: file(report.fileName),
        count: report.count,
        members: report.members,
        periods: report.periods.join(', '),
        team: inert(report.team, 80),
      });
      break;
    case 'rejected':
      text = t(locale, 'scorecard.csv.rejected', { file: file(report.fileName), team: inert(report.team, 80) });
      extra.push(...problemList(locale, report.problems));
      break;
    case 'not_csv':
      text = t(locale, 'scorecard.csv.not_csv', { file: file(report.fileName) });
      break;
    case 'too_large':
      text = t(locale, 'scorecard.csv.too_large', { file: file(report.fileName), max: report.maxKb });
      break;
    case 'team_rejected':
      text = t(locale, 'scorecard.csv.team_rejected', { file: file(report.fileName) });
      extra.push(...problemList(locale, report.problems));
      break;
    case 'in_channel':
      text = t(locale, 'scorecard.csv.in_channel', { file: file(report.fileName) });
      break;
    case 'not_leader':
      text = t(locale, 'scorecard.csv.not_leader');
      break;
    case 'several_teams':
      text = t(locale, 'scorecard.csv.several_teams', {
        teams: report.teams.map((name) => inert(name, 80)).join(', '),
      });
      break;
  }
  return { text, blocks: capBlocks([section(text), ...packedSections(extra)], LIMITS.messageBlocks, more(locale)) };
}

export const teamName = (team: Team) => inert(team.name, 80);

/** My own scorecard of the current period, in one line; `/scorecard` shows each metric (App Home). */
export function homeScorecardBlocks(locale: Locale, period: string, card: MemberCard | null): KnownBlock[] {
  if (!card || card.score.missing >= card.score.applicable)
    return [section(t(locale, 'scorecard.home.none', { period }))];
  return [section(t(locale, 'scorecard.home.mine', { period, total: formatNumber(card.score.total) }))];
}
