/** English: pulse. */
export const pulse = {
  // The traits the pulse measures (the study's eight, then respect and trust).
  'pulse.trait.goals': 'Clear goals',
  'pulse.trait.roles': 'Clear roles',
  'pulse.trait.skills': 'Skills and teamwork',
  'pulse.trait.procedures': 'Simple procedures',
  'pulse.trait.communication': 'Communication',
  'pulse.trait.culture': 'Service by everyone (合心)',
  'pulse.trait.coaching': 'Leader as coach',
  'pulse.trait.support': 'Internal and external support',
  'pulse.trait.respect': 'Respect',
  'pulse.trait.trust': 'Trust',

  // The question bank: two statements per trait, answered 1 (strongly disagree) to 5 (strongly agree).
  'pulse.q.goals_1': 'I know clearly what our team is aiming to achieve in this period.',
  'pulse.q.goals_2': 'I understand why our goals matter, and I had a say in setting mine.',
  'pulse.q.roles_1': 'My position’s duties, authority and work guidelines are clear to me.',
  'pulse.q.roles_2': 'I find work to do within my own position without waiting to be told.',
  'pulse.q.skills_1': 'I have the skills I need to reach my goals.',
  'pulse.q.skills_2': 'The people on our team work well together.',
  'pulse.q.procedures_1': 'Our work procedures are clear, simple and quick to follow.',
  'pulse.q.procedures_2': 'When work passes between positions, the hand-off goes smoothly.',
  'pulse.q.communication_1': 'Information flows freely within our team.',
  'pulse.q.communication_2': 'Besides formal meetings, I have easy informal chances to talk with my teammates.',
  'pulse.q.culture_1': 'On our team, everyone serves our retail customers — service is not someone else’s job.',
  'pulse.q.culture_2': 'Our team is of one heart (合心).',
  'pulse.q.coaching_1': 'Our leader acts as a coach, guiding and supporting us rather than controlling us.',
  'pulse.q.coaching_2': 'When I need guidance, I can get useful help from our leader.',
  'pulse.q.support_1': 'I get the support I need from inside the company to serve my customers.',
  'pulse.q.support_2': 'I have the resources I need to do my job well.',
  'pulse.q.respect_1': 'I am given enough respect on this team.',
  'pulse.q.respect_2': 'Relations among the customer managers on our team are friendly and harmonious.',
  'pulse.q.trust_1': 'Team members and our leader trust one another.',
  'pulse.q.trust_2': 'I feel I belong on this team and that my part in it matters.',

  'pulse.score.1': '1 — strongly disagree',
  'pulse.score.2': '2 — disagree',
  'pulse.score.3': '3 — neither',
  'pulse.score.4': '4 — agree',
  'pulse.score.5': '5 — strongly agree',

  'pulse.invite.text':
    '*Team pulse* for *{team}*: {count} quick questions, about a minute. It is anonymous — your name is never stored with your answers, and your leader sees only team averages. Open until {date}.',
  'pulse.invite.button': 'Answer the pulse',
  'pulse.invite.closed': 'The team pulse for *{team}* has closed. Thank you — the next one comes in a week or two.',

  'pulse.modal.title': 'Team pulse',
  'pulse.modal.intro': '*{team}* · 1 = strongly disagree, 5 = strongly agree.',
  'pulse.modal.anonymity':
    'Anonymous: your name is not stored with your answers. Your leader sees only team averages, and only once enough people have answered.',
  'pulse.modal.comment': 'Anything you would like your leader to know? (optional, anonymous)',
  'pulse.modal.comment_placeholder': 'Please don’t name yourself or others.',
  'pulse.modal.thanks_title': 'Thank you',
  'pulse.modal.thanks':
    'Your answers are in. They are stored without your name, and your leader sees only team averages. Thank you for helping the team.',

  'pulse.error.required': 'Please pick a number from 1 to 5.',
  'pulse.error.already_answered': 'You have already answered this pulse. Thank you!',
  'pulse.error.closed': 'This pulse has closed. The next one comes in a week or two.',
  'pulse.error.not_invited': 'This pulse was sent out before you joined the team; you will be asked in the next one.',
  'pulse.error.usage': 'I don’t know `{word}`. Try `/pulse help`.',
  'pulse.error.every': 'Write `/pulse every 1` (every week) or `/pulse every 2` (every two weeks).',
  'pulse.error.day': 'Write a weekday, for example `/pulse day wed`.',

  'pulse.help':
    '*Team pulse* — a short anonymous check on how the team works together.\n' +
    '• `/pulse` or `/pulse results` — the team’s results (leaders)\n' +
    '• `/pulse on` / `/pulse off` — turn the pulse on or off\n' +
    '• `/pulse every 1` / `/pulse every 2` — a round every week or every two weeks\n' +
    '• `/pulse day wed` — the weekday a round opens (at the check-in time, team time)\n' +
    '• `/pulse now` — open this week’s round now',
  'pulse.member':
    'Thank you for taking part in the team pulse! The results are for your leader: team averages only, never who said what.',

  'pulse.cadence.1': 'every week',
  'pulse.cadence.2': 'every two weeks',
  'pulse.settings.on':
    'The pulse is on for *{team}*: {cadence}, on {day} at {time} ({zone}). Each round asks members 3 questions and stays open 5 days.',
  'pulse.settings.off':
    'The pulse is off for *{team}*: no new rounds will open. A round already open still closes as planned.',
  'pulse.settings.next': 'The next round opens {when}.',
  'pulse.setup.first':
    'Team pulse: the first round opens {when}, and asks only members, never leaders. It opens only if the team has at least {needed} members by then (results need that many answers); if not, you will be told the day before and it will wait.',
  'pulse.held.text':
    'The team pulse for *{team}* due {due} will wait: the team has {asked} members to ask, and results need at least {needed} answers, so nobody’s answers could be shown.',
  'pulse.held.next':
    'Hexin tries again {next}, if the team has {needed} members by then (people join with `/hexin join` in the team’s channel, or a leader adds them with `/hexin member @someone`).',
  'pulse.held.now': 'To ask the {asked} members anyway, run `/pulse now` in the team’s channel.',
  'pulse.now.opening':
    'Opening this week’s pulse for *{team}*: {asked} members get the questions by DM. Results appear when the round closes in 5 days, if enough people answer.',
  'pulse.now.too_few':
    'Note: results need at least {min} answers and the team has only {asked} members to ask, so this round will not show results.',
  'pulse.now.already_open': 'A pulse round is already open this week. Its results appear after it closes.',
  'pulse.now.already_closed': 'This week already had its pulse round. The next one can open next week.',
  'pulse.now.another_open': 'The pulse round of {period} is still open. A new round can open once it has closed.',
  'pulse.now.nobody': 'There is nobody to ask yet: members join with `/hexin join` in the team’s channel.',

  'pulse.results.title': '*Team pulse* — {team}',
  'pulse.results.none': 'No pulse rounds yet. The first opens on the team’s pulse day, or now with `/pulse now`.',
  'pulse.results.open': '*{period}* is open until {date}. Its results appear after it closes.',
  'pulse.results.hidden': '*{period}*: not enough answers yet.',
  'pulse.results.round': '*{period}* · {respondents} of {invited} answered · overall {overall}',
  'pulse.results.trait': '• {trait}: {score}',
  'pulse.results.by_trait': '*By trait* — latest reading, and the change since the one before',
  'pulse.results.trend': '• {trait}: {score} ({period})',
  'pulse.results.change': ' {arrow} {delta} since {period}',
  'pulse.results.overall': '*Overall, round by round*: {series}',
  'pulse.results.comments': '*Comments* from {period}, in random order:',
  'pulse.results.footer':
    'To keep answers anonymous, a round’s results are shown only after it closes, and only if enough people answered.',
  'pulse.results.more': '…and {count} more',
} as const;
