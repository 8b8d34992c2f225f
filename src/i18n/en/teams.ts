/** English: teams. */
export const teams = {
  'hexin.help':
    '*Hexin (合心) — team setup*\n' +
    '• `/hexin setup [#informal-channel]` — make this channel your team’s home (you become its leader)\n' +
    '• `/hexin join` / `/hexin leave` — join or leave the team of this channel\n' +
    '• `/hexin members` — list the team\n' +
    '• `/hexin leader @someone` / `/hexin member @someone` — make someone a leader or a member\n' +
    '• `/hexin remove @someone` — take someone out of the team\n' +
    '• `/hexin schedule days=mon-fri time=09:00 reminder=16:00` — check-in days and local times\n' +
    '• `/hexin questions default shops issues` — check-in questions ({available})\n' +
    '• `/hexin holiday add 2026-12-25 [name]` / `/hexin holiday remove 2026-12-25` / `/hexin holidays`\n' +
    '• `/hexin vacation 2026-12-01 2026-12-05` / `/hexin vacation clear` — your days away\n' +
    '• `/hexin language zh-CN|en` — the team’s default language\n' +
    '• `/hexin timezone Asia/Shanghai` — the team’s time zone (members use their own from Slack)',
  'hexin.error.unknown_subcommand': 'I don’t know `{word}`. Try `/hexin help`.',
  'hexin.error.usage': 'Usage: `{usage}`',
  'hexin.setup.done':
    'This channel is now the home of team *{team}*. You are its leader. Members can run `/hexin join`, and people who join the channel are added automatically. Daily check-ins start at {time} on {days}, in each member’s own time zone.',
  'hexin.team_language':
    'The team’s language is {language}: posts in the team’s channel use it, and so does Hexin for anyone whose Slack language is neither English nor Chinese; everyone else sees Hexin in their own Slack language. Change it with `/hexin language zh-CN|en`.',
  'hexin.setup.already': 'This channel is already the home of team *{team}*.',
  'hexin.join.done': 'Welcome to *{team}*! You’ll get your daily check-in at {time} your time.',
  'hexin.join.already': 'You are already in *{team}*.',
  'hexin.leave.done': 'You have left *{team}*. Your past check-ins stay with the team.',
  'hexin.leave.last_leader':
    'You are the team’s only leader: make someone else a leader first (`/hexin leader @someone`).',
  'hexin.members.title': '*{team}* — {count} people',
  'hexin.members.leader': 'leader',
  'hexin.members.member': 'member',
  'hexin.members.local_time': '{zone}',
  'hexin.role.done': '{user} is now a {role} of *{team}*.',
  'hexin.remove.done': '{user} is no longer in *{team}*.',
  'hexin.error.user_missing': 'Name someone with @, for example `/hexin leader @someone`.',
  'hexin.error.user_not_member': 'That person is not in this team.',
  'hexin.schedule.done': 'Check-ins: {days} at {time}, reminder at {reminder} — each member’s local time.',
  'hexin.schedule.error.days': '`days` takes weekdays like `mon-fri` or `mon,wed,fri`.',
  'hexin.schedule.error.time': '`{key}` takes a time like `09:00` (24-hour).',
  'hexin.schedule.error.order': 'The reminder must come after the check-in time.',
  'hexin.schedule.error.empty': 'Give at least one of `days=`, `time=`, `reminder=`.',
  'hexin.questions.done': 'Check-in questions: {questions}.',
  'hexin.questions.error.unknown': 'Unknown question `{word}`. Available: {available}.',
  'hexin.holiday.added': '{date} ({name}) is now a team holiday: no check-ins that day.',
  'hexin.holiday.removed': '{date} is no longer a team holiday.',
  'hexin.holiday.none': 'No team holidays set.',
  'hexin.holiday.list': 'Team holidays: {list}',
  'hexin.error.date': '`{word}` is not a date; write it as YYYY-MM-DD, e.g. 2026-12-25.',
  'hexin.vacation.done': 'Enjoy your time away: no check-ins from {start} to {end}.',
  'hexin.vacation.cleared': 'Your vacations are cleared; check-ins resume on working days.',
  'hexin.vacation.error.order': 'The vacation must end on or after its first day.',
  'hexin.language.done':
    'The team’s default language is now {language}. Each person still sees Hexin in their own Slack language.',
  'hexin.language.error': 'Choose `zh-CN` or `en`.',
  'hexin.timezone.done': 'The team’s time zone is now {zone}.',
  'hexin.timezone.error': '`{word}` is not a time zone; use a name like Asia/Shanghai or America/New_York.',
  'weekday.1': 'Mon',
  'weekday.2': 'Tue',
  'weekday.3': 'Wed',
  'weekday.4': 'Thu',
  'weekday.5': 'Fri',
  'weekday.6': 'Sat',
  'weekday.7': 'Sun',
} as const;
