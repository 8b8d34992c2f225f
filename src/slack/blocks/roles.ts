import type { KnownBlock, ModalView, PlainTextOption } from '@slack/types';
import type { DraftProblem, RoleField } from '../../domain/roles/draft.ts';
import type { Position, RoleFinding } from '../../domain/roles/model.ts';
import type { RoleReport } from '../../domain/roles/service.ts';
import { inLocale } from '../../domain/roles/starter.ts';
import { ROLE_LIMITS } from '../../domain/roles/text.ts';
import type { Member, Team } from '../../domain/teams/model.ts';
import { t, type Locale } from '../../i18n/index.ts';
import { inert, truncate } from '../../shared/text.ts';
import { capBlocks, LIMITS, plain, section } from './limits.ts';
import type { SlackMessage } from './checkin.ts';

/** Role cards' Slack ids: the command, buttons, the select and the modal. */
export const RoleIds = {
  command: '/role',
  view: 'role_submit',
  edit: 'role_edit',
  same: 'role_duty_same',
  different: 'role_duty_different',
  keyResultDuty: 'role_kr_duty',
  /** On a leader's card: "Same as…", a duty of this card ruled the same as another position's. */
  sameAs: 'role_duty_same_as',
  /** Every input of the modal has this action id; its block id is the field. */
  input: 'value',
} as const;

/** The modal's state that travels through Slack and back (team, and the position when editing). */
export const encodeRoleRef = (ref: { teamId: string; positionId: string | null }) =>
  JSON.stringify({ t: ref.teamId, p: ref.positionId });

const nameOf = (member: Member) => inert(member.displayName || member.slackUserId, 80);
const activeHolders = (position: Position) => position.holders.filter((h) => h.active);

/** Lines under a heading, in as many sections as Slack's 3000-character limit needs. */
function sectionsOf(heading: string, lines: string[], options: { bold: boolean } = { bold: true }): KnownBlock[] {
  const blocks: KnownBlock[] = [];
  let current = options.bold ? `*${heading}*` : heading;
  for (const line of lines) {
    if (current.length + line.length + 1 > LIMITS.sectionText - 100) {
      blocks.push(section(current));
      current = '';
    }
    current = current ? `${current}\n${line}` : line;
  }
  if (current) blocks.push(section(current));
  return blocks;
}

/** One role card: purpose, duties, authority, guidelines, hand-offs and holders; every word typed is inert. */
export function cardBlocks(
  locale: Locale,
  position: Position,
  options: { editable: boolean; others?: Position[] },
): KnownBlock[] {
  const blocks: KnownBlock[] = [{ type: 'header', text: plain(position.title, 150) }];
  const text = (value: string) => inert(value, LIMITS.sectionText - 100);
  if (position.purpose) blocks.push(section(`*${t(locale, 'role.card.purpose')}*\n${text(position.purpose)}`));
  if (position.duties.length > 0)
    blocks.push(
      ...sectionsOf(
        t(locale, 'role.card.duties'),
        position.duties.map((d) => `• ${inert(d.text, ROLE_LIMITS.dutyLine * 5)}`),
      ),
    );
  if (position.authority) blocks.push(section(`*${t(locale, 'role.card.authority')}*\n${text(position.authority)}`));
  if (position.guidelines) blocks.push(section(`*${t(locale, 'role.card.guidelines')}*\n${text(position.guidelines)}`));
  const handoffs = [
    ...position.handoffsOut.map((h) => `→ *${inert(h.toTitle, 200)}*: ${inert(h.what, 1000)}`),
    ...position.handoffsIn.map((h) => `← *${inert(h.fromTitle, 200)}*: ${inert(h.what, 1000)}`),
  ];
  if (handoffs.length > 0) blocks.push(...sectionsOf(t(locale, 'role.card.handoffs'), handoffs));
  if (blocks.length === 1) blocks.push(section(t(locale, 'role.card.empty')));
  const holders = activeHolders(position);
  const holderText =
    holders.length > 0
      ? t(locale, 'role.card.holders', { names: holders.map(nameOf).join(', ') })
      : t(locale, 'role.card.no_holders');
  blocks.push({
    type: 'context',
    elements: [{ type: 'mrkdwn', text: truncate(holderText, LIMITS.sectionText), verbatim: true }],
  });
  if (options.editable) {
    const sameAs = sameAsOptions(position, options.others ?? []);
    blocks.push({
      type: 'actions',
      block_id: `card-${position.id}`.slice(0, 255),
      elements: [
        {
          type: 'button',
          action_id: RoleIds.edit,
          value: position.id,
          text: plain(t(locale, 'role.card.button.edit'), LIMITS.buttonText),
        },
        ...(sameAs.length > 0
          ? [
              {
                type: 'static_select' as const,
                action_id: RoleIds.sameAs,
                placeholder: plain(t(locale, 'role.card.same_as'), 150),
                options: sameAs,
              },
            ]
          : []),
      ],
    });
  }
  return blocks;
}

/**
 * The "Same as…" choices of a card: each of its duties paired with each duty of the other
 * positions (value `thisDuty|otherDuty`), at most Slack's 100 options.
 */
export function sameAsOptions(position: Position, others: Position[]): PlainTextOption[] {
  const options: PlainTextOption[] = [];
  for (const duty of position.duties) {
    for (const other of others) {
      if (other.id === position.id) continue;
      for (const theirs of other.duties) {
        if (options.length >= 100) return options;
        options.push({
          text: plain(`${truncate(duty.text, 30)} = ${truncate(other.title, 15)} · ${theirs.text}`, 75),
          value: `${duty.id}|${theirs.id}`,
        });
      }
    }
  }
  return options;
}

/** Several cards in one message, within Slack's block limit. */
export function cardsMessage(
  locale: Locale,
  stored: Position[],
  options: { editable: boolean; others?: Position[] },
): SlackMessage {
  // Starter cards no leader has saved yet read in the reader's language.
  const team = options.others ?? stored;
  const positions = stored.map((p) => inLocale(p, locale, team));
  const shownOptions = {
    ...options,
    ...(options.others && { others: options.others.map((p) => inLocale(p, locale, team)) }),
  };
  const blocks: KnownBlock[] = [];
  for (const position of positions) {
    if (blocks.length > 0) blocks.push({ type: 'divider' });
    blocks.push(...cardBlocks(locale, position, shownOptions));
  }
  const text = t(locale, 'role.cards.text', { titles: positions.map((p) => inert(p.title, 100)).join(', ') });
  return {
    text: truncate(text, LIMITS.messageText),
    blocks: capBlocks(blocks, LIMITS.messageBlocks, (n) => t(locale, 'role.check.more', { count: n })),
  };
}

/** `/role list`: one line per position with its holders and how many duties it has. */
export function listMessage(locale: Locale, team: Team, stored: Position[]): SlackMessage {
  const positions = stored.map((p) => inLocale(p, locale, stored));
  const teamName = inert(team.name, 80);
  if (positions.length === 0) {
    const text = t(locale, 'role.list.none', { team: teamName });
    return { text, blocks: [section(text)] };
  }
  const lines = positions.map((p) => {
    const holders = activeHolders(p);
    return t(locale, 'role.list.line', {
      title: inert(p.title, 100),
      holders: holders.length > 0 ? holders.map(nameOf).join(', ') : t(locale, 'role.list.no_holder'),
      duties: p.duties.length,
    });
  });
  const head = t(locale, 'role.list.title', { team: teamName, count: positions.length });
  // The catalog's title is already bold; sectionsOf would wrap it again.
  const blocks = sectionsOf(head, lines, { bold: false });
  return {
    text: truncate([head, ...lines].join('\n'), LIMITS.messageText),
    blocks: capBlocks(blocks, LIMITS.messageBlocks, (n) => t(locale, 'role.check.more', { count: n })),
  };
}

function textInput(
  locale: Locale,
  field: Exclude<RoleField, 'holders'>,
  value: string,
  options: { multiline: boolean; max: number; optional: boolean; hint?: string; placeholder?: string },
): KnownBlock {
  return {
    type: 'input',
    block_id: field,
    optional: options.optional,
    label: plain(t(locale, `role.field.${field}`)),
    ...(options.hint && { hint: plain(options.hint) }),
    element: {
      type: 'plain_text_input',
      action_id: RoleIds.input,
      multiline: options.multiline,
      max_length: options.max,
      ...(value && { initial_value: value }),
      ...(options.placeholder && { placeholder: plain(options.placeholder, 150) }),
    },
  };
}

/** The first lines, whole, whose text joined by newlines is at most `max` characters. */
function wholeLinesWithin(lines: string[], max: number): { text: string; shown: number } {
  let text = '';
  let shown = 0;
  for (const line of lines) {
    const next = shown === 0 ? line : `${text}\n${line}`;
    if (Array.from(next).length > max) break;
    text = next;
    shown += 1;
  }
  return { text, shown };
}

/** The editor: every field of a card, prefilled when editing; each input limited as the rules are. */
export function positionModal(
  locale: Locale,
  input: { team: Team; position: Position | null; positions: Position[] },
): ModalView {
  // A starter card opens in the editor's language; saving it makes those words the card's own.
  const p = input.position && inLocale(input.position, locale, input.positions);
  const others = input.positions.filter((o) => o.id !== p?.id).map((o) => inLocale(o, locale, input.positions).title);
  // Titles may have been renamed longer since the hand-offs were typed: whole lines that fit the box, and say so.
  const handoffLines = p ? p.handoffsOut.map((h) => `${h.toTitle}: ${h.what}`) : [];
  const handoffs = wholeLinesWithin(handoffLines, ROLE_LIMITS.handoffsField);
  // The note comes first: a long list of titles may be cut at the hint's limit.
  const handoffHint = [
    handoffs.shown < handoffLines.length
      ? t(locale, 'role.hint.handoffs.cut', { shown: handoffs.shown, count: handoffLines.length })
      : '',
    others.length > 0
      ? t(locale, 'role.hint.handoffs', { titles: others.join(', ') })
      : t(locale, 'role.hint.handoffs.none'),
  ]
    .filter(Boolean)
    .join(' ');
  const holders = p ? activeHolders(p).map((h) => h.slackUserId) : [];
  const blocks: KnownBlock[] = [
    {
      type: 'context',
      elements: [
        { type: 'mrkdwn', text: t(locale, 'role.modal.intro', { team: inert(input.team.name, 80) }), verbatim: true },
      ],
    },
    textInput(locale, 'title', p?.title ?? '', { multiline: false, max: ROLE_LIMITS.title, optional: false }),
    textInput(locale, 'purpose', p?.purpose ?? '', { multiline: true, max: ROLE_LIMITS.purpose, optional: true }),
    textInput(locale, 'duties', p ? p.duties.map((d) => d.text).join('\n') : '', {
      multiline: true,
      max: ROLE_LIMITS.dutiesField,
      optional: true,
      hint: t(locale, 'role.hint.duties'),
      placeholder: t(locale, 'role.placeholder.duties'),
    }),
    textInput(locale, 'authority', p?.authority ?? '', { multiline: true, max: ROLE_LIMITS.authority, optional: true }),
    textInput(locale, 'guidelines', p?.guidelines ?? '', {
      multiline: true,
      max: ROLE_LIMITS.guidelines,
      optional: true,
    }),
    textInput(locale, 'handoffs', handoffs.text, {
      multiline: true,
      max: ROLE_LIMITS.handoffsField,
      optional: true,
      hint: handoffHint,
      placeholder: t(locale, 'role.placeholder.handoffs'),
    }),
    {
      type: 'input',
      block_id: 'holders',
      optional: true,
      label: plain(t(locale, 'role.field.holders')),
      element: {
        type: 'multi_users_select',
        action_id: RoleIds.input,
        max_selected_items: ROLE_LIMITS.holders,
        ...(holders.length > 0 && { initial_users: holders }),
      },
    },
  ];
  return {
    type: 'modal',
    callback_id: RoleIds.view,
    private_metadata: encodeRoleRef({ teamId: input.team.id, positionId: p?.id ?? null }),
    title: plain(t(locale, p ? 'role.modal.title.edit' : 'role.modal.title.new'), LIMITS.modalTitle),
    submit: plain(t(locale, 'common.save'), LIMITS.modalTitle),
    close: plain(t(locale, 'common.cancel'), LIMITS.modalTitle),
    blocks,
  };
}

/** After a save, the modal turns into the saved card. */
export function savedModal(locale: Locale, position: Position, created: boolean): ModalView {
  const note = t(locale, created ? 'role.modal.saved.created' : 'role.modal.saved.updated', {
    title: inert(position.title, 100),
  });
  return {
    type: 'modal',
    title: plain(t(locale, 'role.modal.title.saved'), LIMITS.modalTitle),
    close: plain(t(locale, 'common.done'), LIMITS.modalTitle),
    blocks: capBlocks(
      [section(note), { type: 'divider' }, ...cardBlocks(locale, position, { editable: false })],
      LIMITS.surfaceBlocks,
      (n) => `…${n}`,
    ),
  };
}

/** A problem of the editor, in words, for the field it concerns. */
export function problemText(locale: Locale, problem: DraftProblem): string {
  switch (problem.problem) {
    case 'required':
      return t(locale, 'role.problem.required');
    case 'too_long':
      return t(locale, 'common.error.text_too_long', { max: problem.max, length: problem.length });
    case 'line_too_long':
      return t(locale, 'role.problem.line_too_long', { line: problem.line, max: problem.max, length: problem.length });
    case 'too_many':
      return t(locale, 'role.problem.too_many', { max: problem.max, count: problem.count });
    case 'handoff_format':
      return t(locale, 'role.problem.handoff_format', { line: problem.line });
    case 'handoff_unknown':
      // Modal errors are plain text: the title is shown as typed, cut to fit.
      return t(locale, 'role.problem.handoff_unknown', {
        line: problem.line,
        title: truncate(problem.title, 80),
        available: truncate(problem.available.join(', ') || '—', 1000),
      });
    case 'handoff_self':
      return t(locale, 'role.problem.handoff_self', { line: problem.line });
    case 'title_taken':
      return t(locale, 'role.problem.title_taken');
    case 'holder_not_member':
      return t(locale, 'role.problem.holder_not_member', { count: problem.slackUserIds.length });
  }
}

/** Modal errors by block id; several problems of one field are shown together. */
export function problemErrors(locale: Locale, problems: DraftProblem[]): Record<string, string> {
  const errors: Record<string, string> = {};
  for (const problem of problems) {
    const text = problemText(locale, problem);
    errors[problem.field] = truncate(errors[problem.field] ? `${errors[problem.field]} ${text}` : text, 1900);
  }
  return errors;
}

const quote = (text: string) => inert(truncate(text, 300), 1000);

function overlapBlocks(locale: Locale, finding: Extract<RoleFinding, { kind: 'overlap' }>): KnownBlock[] {
  const { dutyA, dutyB, confirmed } = finding.subject;
  const params = {
    dutyA: quote(dutyA.text),
    positionA: inert(dutyA.positionTitle, 100),
    dutyB: quote(dutyB.text),
    positionB: inert(dutyB.positionTitle, 100),
  };
  const value = `${dutyA.id}|${dutyB.id}`;
  const buttons = [
    ...(confirmed
      ? []
      : [
          {
            type: 'button' as const,
            action_id: RoleIds.same,
            value,
            text: plain(t(locale, 'role.check.button.same'), LIMITS.buttonText),
          },
        ]),
    {
      type: 'button' as const,
      action_id: RoleIds.different,
      value,
      text: plain(t(locale, 'role.check.button.different'), LIMITS.buttonText),
    },
  ];
  return [
    section(t(locale, confirmed ? 'role.check.overlap.confirmed' : 'role.check.overlap', params)),
    { type: 'actions', block_id: `overlap-${dutyA.id}-${dutyB.id}`.slice(0, 255), elements: buttons },
  ];
}

function keyResultBlocks(
  locale: Locale,
  finding: Extract<RoleFinding, { kind: 'key_result_without_duty' }>,
  positions: Position[],
): KnownBlock[] {
  const s = finding.subject;
  const held = positions.filter((p) => s.positions.some((h) => h.id === p.id));
  const base = { title: quote(s.title), owner: inert(s.ownerName, 80) };
  const head =
    held.length > 0
      ? t(locale, 'role.check.key_result', { ...base, positions: held.map((p) => inert(p.title, 100)).join(', ') })
      : t(locale, 'role.check.key_result.no_position', base);
  const options: PlainTextOption[] = held
    .flatMap((p) =>
      p.duties.map((d) => ({ text: plain(`${p.title} · ${d.text}`, 75), value: `${s.keyResultId}|${d.id}` })),
    )
    .slice(0, 100);
  const blocks: KnownBlock[] = [section(head)];
  if (options.length > 0) {
    blocks.push({
      type: 'actions',
      block_id: `kr-${s.keyResultId}`,
      elements: [
        {
          type: 'static_select',
          action_id: RoleIds.keyResultDuty,
          placeholder: plain(t(locale, 'role.check.key_result.pick'), 150),
          options,
        },
      ],
    });
  }
  return blocks;
}

/** `/role check`: each overlap with "same" / "not the same" buttons, then the gaps, within Slack's limits. */
export function findingsMessage(locale: Locale, report: RoleReport, note?: string): SlackMessage {
  const { findings, positions } = report;
  const blocks: KnownBlock[] = [
    { type: 'header', text: plain(t(locale, 'role.check.title', { team: report.team.name }), 150) },
  ];
  if (note) blocks.push({ type: 'context', elements: [{ type: 'mrkdwn', text: note, verbatim: true }] });
  const of = <K extends RoleFinding['kind']>(kind: K) =>
    findings.filter((f): f is Extract<RoleFinding, { kind: K }> => f.kind === kind);
  const overlaps = of('overlap');
  const noHolder = of('position_without_holder');
  const noPosition = of('member_without_position');
  const keyResults = of('key_result_without_duty');
  if (findings.length === 0) blocks.push(section(t(locale, 'role.check.none')));
  for (const finding of overlaps) blocks.push(...overlapBlocks(locale, finding));
  if (noHolder.length > 0) {
    blocks.push(
      section(
        t(locale, 'role.check.no_holder', { titles: inert(noHolder.map((f) => f.subject.title).join(', '), 2500) }),
      ),
    );
  }
  if (noPosition.length > 0) {
    blocks.push(
      section(
        t(locale, 'role.check.no_position', { names: inert(noPosition.map((f) => f.subject.name).join(', '), 2500) }),
      ),
    );
  }
  for (const finding of keyResults) blocks.push(...keyResultBlocks(locale, finding, positions));
  const text = t(locale, 'role.check.summary', {
    overlaps: overlaps.length,
    noHolder: noHolder.length,
    noPosition: noPosition.length,
    keyResults: keyResults.length,
  });
  return { text, blocks: capBlocks(blocks, LIMITS.messageBlocks, (n) => t(locale, 'role.check.more', { count: n })) };
}

/** My role card, short: each position I hold with its purpose; `/role` shows the whole card (App Home). */
export function homeRoleBlocks(locale: Locale, positions: readonly Position[]): KnownBlock[] {
  if (positions.length === 0) return [section(t(locale, 'role.home.none'))];
  const lines = positions
    .slice(0, 3)
    .map((p) => t(locale, 'role.home.card', { title: inert(p.title, 120), purpose: inert(p.purpose || '–', 300) }));
  return [section([`*${t(locale, 'role.home.title')}*`, ...lines].join('\n'))];
}
