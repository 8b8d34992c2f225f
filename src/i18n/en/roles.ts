/** English: roles. */
export const roles = {
  'role.help':
    '*Role cards (职位说明)* — who does what, with what authority, and who hands what to whom\n' +
    '• `/role` or `/role mine` — my role card\n' +
    '• `/role @someone` — their role card\n' +
    '• `/role list` — every position in the team\n' +
    'For leaders:\n' +
    '• `/role new` — write a new position in a form\n' +
    '• `/role edit &lt;title&gt;` — change a position (duties, authority, guidelines, hand-offs, holders)\n' +
    '• `/role delete &lt;title&gt;` — remove a position\n' +
    '• `/role check` — overlaps (one duty in two positions) and gaps (positions without a holder, people without a position, key results no duty covers); under each overlap, press *Same duty* or *Not the same*\n' +
    '• `/role starter` — add a starter set for a customer-manager team, ready to edit',
  'role.setup_hint':
    'Next, write down who does what: `/role starter` adds starter role cards for a customer-manager team that you can edit, or `/role new` starts from a blank card.',
  'role.error.unknown_subcommand': 'I don’t know `{word}`. Try `/role help`.',
  'role.error.usage_mine': 'Usage: `/role mine` (or just `/role`) shows your own role card.',
  'role.error.usage_title': 'Usage: `/role {word} &lt;title&gt;`',
  'role.error.not_found': 'There is no position called “{title}”. Positions: {available}.',
  'role.error.gone': 'That position no longer exists; someone may have deleted it. See `/role list`.',
  'role.error.too_many_positions':
    'A team can have at most {max} positions. Delete one you no longer need first (`/role delete &lt;title&gt;`).',
  'role.error.duty_pair':
    'Those two duties cannot be compared: they are one duty, or belong to different teams. Run `/role check` again and use its buttons.',
  'role.error.duty_gone': 'One of those duties no longer exists; its card was changed. Run `/role check` again.',
  'role.error.user_not_member': 'That person is not in this team.',

  'role.modal.title.new': 'New role card',
  'role.modal.title.edit': 'Edit role card',
  'role.modal.title.saved': 'Role card saved',
  'role.modal.intro':
    'A role card helps everyone understand the work of a position and find work within it, instead of waiting to be told. Team *{team}*.',
  'role.modal.saved.created':
    'The position *{title}* is created. Team members see it with `/role list`; Hexin checks the cards again for overlaps and gaps (`/role check`).',
  'role.modal.saved.updated':
    'The position *{title}* is updated. Hexin checks the cards again for overlaps and gaps (`/role check`).',
  'role.field.title': 'Position title',
  'role.field.purpose': 'Purpose: why this position exists',
  'role.field.duties': 'Duties, one per line',
  'role.field.authority': 'Authority: what this position decides',
  'role.field.guidelines': 'Work guidelines',
  'role.field.handoffs': 'Hand-offs, one per line',
  'role.field.holders': 'Who holds this position',
  'role.hint.duties': 'Write each duty on its own line. Hexin compares duties across positions to find overlaps.',
  'role.hint.handoffs': 'Write `<position title>: <what you hand over>` on each line. Positions: {titles}.',
  'role.hint.handoffs.none':
    'Write `<position title>: <what you hand over>` on each line, once the other positions exist.',
  'role.hint.handoffs.cut':
    'Position titles have grown, so only the first {shown} of {count} hand-offs fit in this box; saving keeps the lines in the box.',
  'role.placeholder.duties': 'Visit the retail customers on my route as planned',
  'role.placeholder.handoffs': 'Service and complaints coordinator: complaints I cannot settle on the spot',

  'role.problem.required': 'Please fill this in.',
  'role.problem.line_too_long': 'Line {line} is too long: {max} characters at most (it has {length}).',
  'role.problem.too_many': 'Too many: {max} at most (you have {count}).',
  'role.problem.handoff_format': 'Line {line}: write it as `<position title>: <what>`.',
  'role.problem.handoff_unknown': 'Line {line}: there is no position called “{title}”. Positions: {available}.',
  'role.problem.handoff_self': 'Line {line}: a hand-off goes to another position, not to this one.',
  'role.problem.title_taken': 'The team already has a position with this title.',
  'role.problem.holder_not_member':
    '{count} of the people you chose are not in this team yet. Add them with `/hexin member @someone` first.',

  'role.card.purpose': 'Purpose',
  'role.card.duties': 'Duties',
  'role.card.authority': 'Authority',
  'role.card.guidelines': 'Work guidelines',
  'role.card.handoffs': 'Hand-offs',
  'role.card.holders': 'Held by: {names}',
  'role.card.no_holders': 'Nobody holds this position yet.',
  'role.card.empty': 'Nothing written on this card yet.',
  'role.card.button.edit': 'Edit',
  'role.card.same_as': 'Same as…',
  'role.mine.none':
    'You hold no position in *{team}* yet. Ask your leader to add you to a role card; `/role list` shows the team’s positions.',
  'role.mine.none.leader':
    'You hold no position in *{team}* yet. `/role list` shows the team’s positions; `/role edit &lt;title&gt;` lets you add holders, and `/role starter` adds a starter set.',
  'role.theirs.none': '{name} holds no position in *{team}* yet.',
  'role.cards.text': 'Role cards: {titles}',
  'role.list.title': '*{team}* — {count} positions',
  'role.list.none':
    '*{team}* has no role cards yet. A leader can add them with `/role new`, or `/role starter` for a starter set.',
  'role.list.line': '*{title}* — {holders} · {duties} duties',
  'role.list.no_holder': 'no holder',
  'role.delete.done': 'The position *{title}* is deleted.',
  'role.starter.done':
    'Added {count} starter role cards: {titles}. Edit each with `/role edit &lt;title&gt;` to fit your team and name who holds it.',
  'role.starter.kept': 'Already there, left as they were: {titles}.',
  'role.starter.none': 'Your team already has every starter position; nothing was added.',

  'role.check.title': 'Role cards of {team}: overlaps and gaps',
  'role.check.none':
    'No overlaps or gaps: every duty belongs to one position, every position has a holder, everyone has a position, and every accepted key result falls under a duty of its owner.',
  'role.check.summary':
    'Role check: {overlaps} overlaps, {noHolder} positions without a holder, {noPosition} people without a position, {keyResults} key results without a duty.',
  'role.check.overlap':
    '*Overlap* — “{dutyA}” ({positionA}) and “{dutyB}” ({positionB}) look like one duty held by two positions.',
  'role.check.overlap.confirmed':
    '*Overlap* — you marked “{dutyA}” ({positionA}) and “{dutyB}” ({positionB}) as the same duty. Give it to one position, or write down how the two share it.',
  'role.check.button.same': 'Same duty',
  'role.check.button.different': 'Not the same',
  'role.check.no_holder':
    '*Positions without a holder*: {titles}. Name who holds them with `/role edit &lt;title&gt;`.',
  'role.check.no_position':
    '*People without a position*: {names}. Add them to a role card so they know the work that is theirs.',
  'role.check.key_result':
    '*Key result without a duty* — “{title}” (owner {owner}, {positions}): no duty of the owner’s position covers it.',
  'role.check.key_result.no_position':
    '*Key result without a duty* — “{title}” (owner {owner}), who holds no position yet.',
  'role.check.key_result.pick': 'It falls under…',
  'role.check.more': '…and {count} more. Fix these first, then run `/role check` again.',
  'role.judge.same': 'Noted: these two duties are the same.',
  'role.judge.different': 'Noted: these two duties are not the same; this overlap will not be shown again.',
  'role.link.done': 'Noted: the key result falls under “{duty}”.',
  'role.home.title': 'Your role card',
  'role.home.card': '{title} — {purpose}',
  'role.home.none': '*Your role card:* none yet. `/role` shows the team’s positions.',
} as const;
