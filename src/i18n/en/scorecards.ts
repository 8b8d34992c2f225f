/** English: scorecards. */
export const scorecards = {
  'scorecard.default.name.satisfaction': 'Retail-customer satisfaction',
  'scorecard.default.name.brand': 'Brand cultivation',
  'scorecard.default.name.market': 'Market upkeep',
  'scorecard.default.name.visits': 'Visit-plan completion',
  'scorecard.default.name.complaints': 'Complaint handling',
  'scorecard.default.unit.satisfaction': '%',
  'scorecard.default.unit.brand': '%',
  'scorecard.default.unit.market': '%',
  'scorecard.default.unit.visits': '%',
  'scorecard.default.unit.complaints': 'hours',
  'scorecard.default.note':
    'Default template: results centred on retail-customer satisfaction, brand cultivation and market upkeep (60), with visit-plan completion and complaint handling as process (40).',

  'scorecard.help':
    '*Scorecards* — process and results, weighed together.\n' +
    '• `/scorecard [period]` — your own scorecard (e.g. `/scorecard 2026-10`)\n' +
    '• `/scorecard history` — every version of the team’s template, with its notes\n' +
    'Leaders:\n' +
    '• `/scorecard team [period]` — everyone’s scorecard and the team mean\n' +
    '• `/scorecard @someone [period]` — one member’s scorecard\n' +
    '• `/scorecard template` — change the metrics and weights (from next period on)\n' +
    '• `/scorecard enter @someone [period]` — enter values; or upload a CSV `member,period,metric,value` in a DM with Hexin — never in a channel, where everyone would see everyone’s scores (leading several teams? add a first column `team` with the team’s home channel, e.g. `#north-route`)\n' +
    '• `/scorecard period month|quarter` — keep scorecards per month or per quarter (change it at the start of a period, before any values are entered)',
  'scorecard.command.unknown': 'I don’t know `{word}` here. Try `/scorecard help`.',
  'scorecard.error.user_missing': 'Name the member with an @mention, e.g. `/scorecard enter @mei`.',
  'scorecard.error.period': '“{value}” is not a period of this team: write one like {example}.',
  'scorecard.error.future':
    '{period} has not begun yet (this period is {current}): values can be entered for it once it starts.',
  'scorecard.error.not_member': '<@{user}> is not an active member of this team.',
  'scorecard.error.own_only':
    'You can see your own scorecard with `/scorecard`; other people’s are for their leader only.',
  'scorecard.error.team_leaders_only': 'The team’s scorecards are for its leaders only. Your own is at `/scorecard`.',

  'scorecard.kind.process': 'process',
  'scorecard.kind.result': 'result',
  'scorecard.direction.higher': 'higher is better',
  'scorecard.direction.lower': 'lower is better',
  'scorecard.source.manual': 'entered by the leader',
  'scorecard.source.key_result': 'from a goal’s key result',
  'scorecard.source.checkin_rate': 'check-in participation',
  'scorecard.period.month': 'month',
  'scorecard.period.quarter': 'quarter',

  'scorecard.card.title': '*Scorecard — {name}* · {period} · template v{version}',
  'scorecard.card.metric':
    '*{name}* · {kind} · weight {weight} · {source}\n{value} of target {target} {unit} ({direction}) → {attainment} · *{points}* points',
  'scorecard.card.metric_na':
    '*{name}* · {kind} · {source}\nn/a — counts only on the card of the key result’s owner; the other weights are rescaled to 100',
  'scorecard.card.metric_missing':
    '*{name}* · {kind} · weight {weight} · {source}\nNo value yet (target {target} {unit}, {direction}) → 0 points',
  'scorecard.card.totals':
    'Process *{process}* + result *{result}* = *{total}* points (100 when every target is met; up to 120).',
  'scorecard.card.missing': '{count} metric(s) have no value yet and count as 0.',
  'scorecard.team.title': '*Team scorecard — {team}* · {period} · template v{version}',
  'scorecard.team.member': '{name}: process {process} · result {result} · *total {total}*',
  'scorecard.team.member_missing':
    '{name}: process {process} · result {result} · *total {total}* ({count} not entered)',
  'scorecard.team.member_none': '{name}: no values yet',
  'scorecard.team.mean':
    'Team mean over {count} member(s) with values: process {process} · result {result} · *total {total}*',
  'scorecard.team.no_values':
    'No values for {period} yet. Enter them with `/scorecard enter @someone` or upload a CSV in a DM with Hexin.',
  'scorecard.team.no_members': 'The team has no members yet.',
  'scorecard.more': '…and {count} more.',

  'scorecard.history.title': '*Scorecard template history — {team}* (this period: {period})',
  'scorecard.history.version': '*v{version}* · from {from}{state} · {author} · {date}',
  'scorecard.history.in_effect': ' · in effect',
  'scorecard.history.pending': ' · starts next period',
  'scorecard.history.default_author': 'Hexin’s default',
  'scorecard.history.note': 'Note: {note}',

  'scorecard.template.modal.title': 'Scorecard template',
  'scorecard.template.modal.intro':
    'A change takes effect from *{period}*. Periods already begun keep their version (this period, {current}, is scored on v{version}).',
  'scorecard.template.modal.pending':
    'You are editing v{version}, which starts {period}: saving replaces its metrics and its note.',
  'scorecard.template.modal.format':
    'One metric per line: `key | name | kind | weight | target | unit | direction | source`\n' +
    'kind: `process` or `result` · direction: `higher` or `lower` (is better) · source: `manual`, `checkin_rate` or `key_result:<id>` · whole-number weights adding up to 100.',
  'scorecard.template.modal.key_results':
    'Key results of the team’s open goals, for `key_result:<id>` (a key result counts only on its owner’s card):',
  'scorecard.template.modal.no_key_results':
    'The team’s open goals have no accepted key results yet to link a metric to.',
  'scorecard.template.modal.too_long':
    'The current metrics are too long for the box, so they are listed here: copy the ones you keep into the box below (leaving out the spaces around “|” and a final `| manual` saves room).',
  'scorecard.template.modal.metrics': 'Metrics',
  'scorecard.template.modal.note': 'What changed, and why',
  'scorecard.template.modal.note_placeholder': 'e.g. More weight on brand cultivation this quarter',
  'scorecard.template.saved_new':
    'Saved as *v{version}*. It takes effect from *{period}*; periods already begun keep their version.',
  'scorecard.template.saved_pending':
    '*v{version}* (from *{period}*) is updated; its note is replaced. Periods already begun keep their version.',
  'scorecard.template.error.columns':
    'Row {row}: write 8 parts separated by “|” (key | name | kind | weight | target | unit | direction | source); this row has {count}.',
  'scorecard.template.error.key':
    'Row {row}: the key “{value}” must start with a lowercase letter and use only a–z, 0–9 and “_” ({max} characters at most).',
  'scorecard.template.error.conflict':
    'Another leader saved a change for {period} at the same moment, so yours was not saved. Close this form, open `/scorecard template` again to see their version, and make your change on it.',
  'scorecard.template.error.key_reserved': 'Row {row}: “{value}” cannot be a key; choose another word.',
  'scorecard.template.error.key_repeated': 'Row {row}: the key “{value}” is already used on row {first}.',
  'scorecard.template.error.name_empty': 'Row {row}: the name is empty.',
  'scorecard.template.error.name_too_long':
    'Row {row}: the name is too long: {max} characters at most (you wrote {length}).',
  'scorecard.template.error.unit_too_long':
    'Row {row}: the unit is too long: {max} characters at most (you wrote {length}).',
  'scorecard.template.error.kind': 'Row {row}: kind must be “process” or “result” (you wrote “{value}”).',
  'scorecard.template.error.weight': 'Row {row}: weight must be a whole number from 1 to 100 (you wrote “{value}”).',
  'scorecard.template.error.target': 'Row {row}: target must be a number of 0 or more (you wrote “{value}”).',
  'scorecard.template.error.target_zero': 'Row {row}: when higher is better, the target must be above 0.',
  'scorecard.template.error.direction': 'Row {row}: direction must be “higher” or “lower” (you wrote “{value}”).',
  'scorecard.template.error.source':
    'Row {row}: source must be “manual”, “checkin_rate” or “key_result:<id>” (you wrote “{value}”).',
  'scorecard.template.error.key_result_missing':
    'Row {row}: a key_result source needs the key result’s id after a colon, e.g. key_result:ckr123.',
  'scorecard.template.error.key_result_unknown': 'Row {row}: no key result “{value}” in this team’s goals.',
  'scorecard.template.error.empty': 'Write at least one metric, one per line.',
  'scorecard.template.error.too_many': 'At most {max} metrics (you wrote {count}).',
  'scorecard.template.error.weights': 'The weights add up to {sum}; they must add up to exactly 100.',
  'scorecard.template.error.text_too_long': 'The metrics are too long: {max} characters at most (you wrote {length}).',
  'scorecard.template.error.note_required': 'Write a note: what changed, and why.',
  'scorecard.template.error.note_too_long': 'The note is too long: {max} characters at most (you wrote {length}).',

  'scorecard.enter.modal.title': 'Scorecard values',
  'scorecard.enter.modal.intro':
    'Values for *{name}* · {period} · template v{version}. Leave a box empty to clear its value.',
  'scorecard.enter.modal.label': '{name} ({unit})',
  'scorecard.enter.modal.hint': 'Target {target} {unit} · {direction} · weight {weight}',
  'scorecard.enter.modal.derived': '{name}: {value} — {source}',
  'scorecard.enter.modal.not_applicable': 'n/a (counts only on the key result owner’s card)',
  'scorecard.enter.modal.no_value': 'no value yet',
  'scorecard.enter.modal.no_manual':
    'Every metric of this template comes from goals or check-ins: there is nothing to enter by hand.',
  'scorecard.enter.saved': 'Saved {count} value(s) for *{name}* · {period}.',
  'scorecard.enter.error.value': 'Write a number of 0 or more, e.g. 87.5 (you wrote “{value}”).',

  'scorecard.period.refused':
    'Scorecards of *{team}* stay per {kind}: {period} already has values or a template version from it on, and changing now would remap them. Change the period kind at the start of a period, before any values are entered.',
  'scorecard.period.unchanged': 'Scorecards of *{team}* are already kept per {kind}.',
  'scorecard.period.done': 'Scorecards of *{team}* are now kept per {kind}; this period is {period}.',

  'scorecard.csv.applied':
    'Done: {count} value(s) from *{file}* for {members} member(s) ({periods}) are in the scorecards of *{team}*.',
  'scorecard.csv.rejected':
    'Nothing from *{file}* was stored for *{team}*: every row must be right before any is applied. Fix these and upload it again (the header is row 1):',
  'scorecard.csv.not_csv':
    'Hexin reads scorecard values from a .csv file with the columns `member,period,metric,value`; *{file}* is not one.',
  'scorecard.csv.too_large': '*{file}* is larger than {max} KB: split it into smaller files.',
  'scorecard.csv.not_leader': 'Only a team leader can upload scorecard values.',
  'scorecard.csv.several_teams':
    'You lead several teams ({teams}): add a first column `team` naming the team’s home channel on every row (e.g. `team,member,period,metric,value` then `#north-route,<@U0123ABCD>,2026-11,satisfaction,88`), and upload it again here.',
  'scorecard.csv.team_rejected':
    'Nothing from *{file}* was stored: its `team` column must name one team you lead. Fix it and upload it again:',
  'scorecard.csv.in_channel':
    '*{file}* was shared in a channel, where everyone can see every member’s scores: nothing was imported. Please delete it from the channel and upload it here, in this DM with Hexin.',
  'scorecard.csv.error.team':
    'Row {row}: “{value}” is not the home channel of a team you lead; write it like #north-route or C0123ABCD.',
  'scorecard.csv.error.team_mixed': 'Row {row}: one file is for one team; row {first} names another.',
  'scorecard.csv.error.quote': 'A quoted field is never closed: check the file’s quotation marks.',
  'scorecard.csv.error.header': 'Row {row}: the first row must be the header `{expected}`.',
  'scorecard.csv.error.empty': 'The file has a header but no values.',
  'scorecard.csv.error.too_many': 'At most {max} rows per file (this one has {count}).',
  'scorecard.csv.error.columns': 'Row {row}: write 4 columns (member, period, metric, value); this row has {count}.',
  'scorecard.csv.error.field_too_long': 'Row {row}: a field is too long: {max} characters at most (one has {length}).',
  'scorecard.csv.error.member': 'Row {row}: “{value}” is not a Slack member id like U0123ABCD or <@U0123ABCD>.',
  'scorecard.csv.error.not_member': 'Row {row}: {value} is not an active member of this team.',
  'scorecard.csv.error.period': 'Row {row}: “{value}” is not a period of this team; write one like {example}.',
  'scorecard.csv.error.future': 'Row {row}: {value} has not begun yet.',
  'scorecard.csv.error.metric':
    'Row {row}: no metric “{value}” in the template for {period} (metrics entered by hand: {keys}).',
  'scorecard.csv.error.derived': 'Row {row}: “{value}” comes from goals or check-ins and cannot be entered.',
  'scorecard.csv.error.value': 'Row {row}: value must be a number of 0 or more (you wrote “{value}”).',
  'scorecard.csv.error.repeated': 'Row {row}: the same member, period and metric are already on row {first}.',
  'scorecard.home.mine': '*Your scorecard, {period}:* {total} points. `/scorecard` shows each metric.',
  'scorecard.home.none': '*Your scorecard, {period}:* no values yet.',
} as const;
