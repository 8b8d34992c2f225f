/** English: informal channels — coffee pairing and icebreakers. */
export const informal = {
  // The intro in a group's DM.
  'informal.intro.head':
    '☕ *Coffee pairing* for *{team}*: you are this round’s coffee partners. Find half an hour for a coffee, a call or a walk between shops.',
  'informal.intro.person': '• {name} — local time {time} ({zone})',
  'informal.intro.person_position': '• {name}, {position} — local time {time} ({zone})',
  'informal.intro.question': 'To start with: _{question}_',
  'informal.intro.why':
    'Hexin pairs teammates because our routes keep us apart: informal talk is where we learn from each other and build trust. I’ll ask how it went on {when}.',
  'informal.intro.fallback': 'Coffee pairing for {team}: meet your coffee partners this round.',

  // The follow-up in the group's DM.
  'informal.followup.mid': 'Halfway through the round: did you meet?',
  'informal.followup.last': 'The round ends soon: did you manage to meet?',
  'informal.followup.met': 'Yes, we met',
  'informal.followup.not_yet': 'Not yet',
  'informal.followup.cant': 'We can’t this time',
  'informal.followup.answered.met': '{name} says you met. Thank you — see you next round!',
  'informal.followup.answered.not_yet': '{name} says not yet. I’ll ask once more near the end of the round.',
  'informal.followup.answered.cant':
    '{name} says you can’t meet this time. No problem — there’s always the next round.',

  // Privately, after two rounds without an answer.
  'informal.pause_ask.text':
    'Your coffee group in *{team}* hasn’t answered for two rounds. Would you like to pause coffee pairing for 4 weeks? You will stay in if you like — nobody else is told either way.',
  'informal.pause_ask.pause': 'Pause for 4 weeks',
  'informal.pause_ask.stay': 'Keep me in',
  'informal.pause_ask.paused':
    'Coffee pairing in *{team}* is paused for you until {date}. `/coffee on` brings you back sooner.',
  'informal.pause_ask.stayed': 'You stay in coffee pairing in *{team}*. Enjoy the next coffee!',

  // Privately, to a member no group could take this round (never why), and to a leader when a round cannot read its channel.
  'informal.left_out.text':
    'There is no coffee group for you in *{team}* this round, sorry. You will be among the first to be paired next round.',
  'informal.left_out.next': 'The next round starts {when}.',
  'informal.channel_problem.not_in_channel':
    'This coffee round could not start: I am not in <#{channel}>. Invite me there with `/invite @hexin`.',
  'informal.channel_problem.channel_not_found':
    'This coffee round could not start: I cannot see <#{channel}> (it is private and I am not in it, or it was deleted). Invite me there with `/invite @hexin`, or choose another channel with `/coffee channel #channel`.',
  'informal.channel_problem.is_archived':
    'This coffee round could not start: <#{channel}> is archived. Choose another channel with `/coffee channel #channel`.',
  'informal.setup.channel_unusable':
    'The informal channel is not set yet: I cannot use <#{channel}> (I am not in it, or it is archived). Invite me there with `/invite @hexin`, then run `/coffee channel <#{channel}>`.',
  'informal.channel_problem.retry': 'Then run `/coffee now` to pair this round.',

  // The icebreaker in the informal channel.
  'informal.icebreaker.post': '🧊 *This week’s icebreaker:* {question}',
  'informal.icebreaker.hint': 'Answer in this thread — a line or two is plenty.',

  // Settings.
  'informal.cadence.1': 'every week',
  'informal.cadence.2': 'every 2 weeks',
  'informal.cadence.4': 'every 4 weeks',
  'informal.settings.on':
    'Coffee pairing for *{team}* is on: {cadence}, from {day} at {time} ({zone}), in groups of {size}; nobody met in the last {repeat} weeks is paired again while someone new can be.',
  'informal.settings.off': 'Coffee pairing for *{team}* is off. A leader can turn it on with `/coffee team on`.',
  'informal.settings.channel': 'Informal channel: <#{channel}>.',
  'informal.settings.no_channel':
    'This team has no informal channel yet: a leader sets one with `/coffee channel #channel` (or `/hexin setup #channel`).',
  'informal.settings.questions_on': 'Icebreakers: every {day} at {time} in the informal channel.',
  'informal.settings.questions_off': 'Icebreakers are off.',

  // /coffee status.
  'informal.status.in': 'You take part in coffee pairing.',
  'informal.status.out': 'You do not take part in coffee pairing (`/coffee on` to join again).',
  'informal.status.paused': 'Coffee pairing is paused for you until {date} (`/coffee on` to come back sooner).',
  'informal.status.group': 'Your coffee partners this round: {names}.',
  'informal.status.no_group': 'You have no coffee group this round.',
  'informal.status.next': 'Next round: {when}.',
  'informal.status.taking_part': 'For leaders: {count} members take part in the round under way.',
  'informal.home.title': 'Coffee pairing',

  // Replies to choices.
  'informal.me.out': 'Done: you won’t be paired from the next round on. Nobody is told. `/coffee on` to join again.',
  'informal.me.in': 'Done: you take part in coffee pairing from the next round on.',
  'informal.me.paused': 'Done: coffee pairing is paused for you until {date}. Nobody is told.',
  'informal.avoid.added':
    'Done: you will not be paired with {name}. This stays between you and Hexin — {name} and your leaders are never told.',
  'informal.avoid.removed': 'Done: you may be paired with {name} again.',
  'informal.avoid.list': 'You are never paired with: {names}. (Only you can see this.)',
  'informal.avoid.none': 'You have not asked to avoid anyone. `/coffee avoid @someone` to do so, privately.',
  'informal.question.added': 'Added to the team’s icebreakers, asked before the bank’s next ones: _{question}_',
  'informal.now.starting': 'Starting a coffee round for *{team}* now: groups get their intro by group DM in a moment.',
  'informal.now.already': 'This week already has a coffee round. The next one starts on schedule.',
  'informal.now.under_way': 'A coffee round is under way until {date}; the next one starts on schedule.',
  'informal.now.retrying':
    'Trying this coffee round again for *{team}*: groups get their intro by group DM in a moment.',

  // Errors.
  'informal.error.usage': 'I don’t know “{word}”. Try `/coffee help`.',
  'informal.error.pause': 'Pause for 1 to 26 weeks, e.g. `/coffee pause 4w`.',
  'informal.error.avoid': 'Name one person: `/coffee avoid @someone` (or `/coffee unavoid @someone`).',
  'informal.error.avoid_self': 'You cannot avoid yourself.',
  'informal.error.avoid_unknown': 'That person is not a member of this team, so you would never be paired anyway.',
  'informal.error.team': 'Write `/coffee team on` or `/coffee team off`.',
  'informal.error.questions':
    'Write `/coffee questions on`, `/coffee questions off`, `/coffee questions day wed` or `/coffee questions time 15:00`.',
  'informal.error.every': 'Rounds run every 1, 2 or 4 weeks, e.g. `/coffee every 2`.',
  'informal.error.day': 'Name a weekday, e.g. `/coffee day mon`.',
  'informal.error.time': 'Give a time as HH:MM, e.g. `/coffee time 10:00`.',
  'informal.error.size': 'Groups are of 2 or 3: `/coffee size 2` or `/coffee size 3`.',
  'informal.error.repeat': 'Give the weeks before partners may meet again, 0 to 52, e.g. `/coffee repeat 12`.',
  'informal.error.channel': 'Name the channel: `/coffee channel #channel`.',
  'informal.error.channel_is_home': 'The informal channel must be another channel than the team’s channel.',
  'informal.error.channel_not_in_channel':
    'I am not in <#{channel}> yet: invite me there with `/invite @hexin`, then run this again.',
  'informal.error.channel_channel_not_found':
    'I cannot see <#{channel}>: it is private and I am not in it, or it was deleted. Invite me there with `/invite @hexin`, then run this again.',
  'informal.error.channel_is_archived': '<#{channel}> is archived: choose another channel.',
  'informal.error.question': 'Write `/coffee question add` and your question.',
  'informal.error.question_length': 'A question is 5 to 300 characters long.',
  'informal.error.no_channel': 'This team has no informal channel yet: set one with `/coffee channel #channel` first.',
  'informal.error.not_your_group': 'Only the members of this coffee group can answer for it.',
  'informal.error.round_over': 'This round is over; the next round brings a new group.',
  'informal.error.not_yours': 'This question was for someone else.',

  'informal.help': [
    '*Coffee pairing* — every few weeks Hexin pairs you with teammates in the team’s informal channel for a coffee, a call or a walk.',
    '• `/coffee` — your part, your current group and the next round',
    '• `/coffee off` / `/coffee on` — leave or rejoin, quietly',
    '• `/coffee pause 4w` — pause for a few weeks',
    '• `/coffee avoid @someone` — never be paired with them (private); `/coffee unavoid @someone`; `/coffee avoid` lists yours',
    '*Leaders:* `/coffee now` · `/coffee team on|off` · `/coffee channel #channel` · `/coffee every 1|2|4` · `/coffee day mon` · `/coffee time 10:00` · `/coffee size 2|3` · `/coffee repeat 12` · `/coffee question add …` · `/coffee questions on|off` · `/coffee questions day wed` · `/coffee questions time 15:00`',
  ].join('\n'),
} as const;
