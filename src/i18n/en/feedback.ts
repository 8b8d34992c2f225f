/** English: feedback. */
export const feedback = {
  'feedback.category.goals': 'Goals',
  'feedback.category.roles': 'Roles and duties',
  'feedback.category.procedures': 'Work procedures',
  'feedback.category.communication': 'Communication',
  'feedback.category.support': 'Support',
  'feedback.category.customers': 'Customers and service',
  'feedback.category.other': 'Something else',

  'feedback.modal.title': 'Anonymous feedback',
  'feedback.modal.submit': 'Send',
  'feedback.modal.intro':
    'Say what your team’s leaders should hear. Hexin does not keep who wrote it — not in its database, not in its logs.',
  'feedback.modal.team_size': '*{team}*: {size} people in the team. Read by its leaders: {leaders}.',
  'feedback.modal.small_team':
    ':warning: *{team}* has fewer than {min} people. Your feedback will still be delivered, but in a small team it is easier to guess who wrote it.',
  'feedback.modal.delivery':
    '*How delivery works:* your words are held and delivered together with any others at the end of the current {minutes}-minute window (next: {time}), in random order, never at the moment you write. A leader can reply; the reply reaches you in a direct message from Hexin, and you can answer, still anonymous. Either side can close the conversation; the way back to you is deleted then, or after 30 days.',
  'feedback.modal.style':
    'Hexin hides who you are, not how you write: a familiar turn of phrase or a detail only you know can still give you away.',
  'feedback.modal.team': 'To the leaders of',
  'feedback.modal.category': 'About',
  'feedback.modal.text': 'Your feedback',
  'feedback.modal.placeholder': 'What should your leaders know?',
  'feedback.modal.sign': 'Sign with my name',
  'feedback.modal.sign_hint': 'Off unless you tick it: then the leaders see your name with this feedback.',
  'feedback.modal.team_option': '{team} ({size} people)',

  'feedback.sent.title': 'Feedback sent',
  'feedback.sent.text':
    'Thank you. Your feedback to the leaders of *{team}* will be delivered at about {time}, together with any others. If a leader replies, you will get it here, in a direct message from Hexin.',
  'feedback.sent.signed': 'It is signed with your name.',
  'feedback.sent.close': 'Close',

  'feedback.leader.new': '*Anonymous feedback* for *{team}* · {category}',
  'feedback.leader.signed': '*Feedback from {name}* for *{team}* · {category}',
  'feedback.leader.answer': '*The author answered* in the conversation about {category} (*{team}*):',
  'feedback.leader.context':
    'Written on {day}. Hexin does not know who wrote it. Your reply goes to them privately and is signed with your name.',
  'feedback.leader.signed_context':
    'Written on {day} and signed by its author. Your reply goes to them privately and is signed with your name.',

  'feedback.button.reply': 'Reply',
  'feedback.button.answer': 'Answer',
  'feedback.button.close': 'Close conversation',
  'feedback.confirm.title': 'Close this conversation?',
  'feedback.confirm.text': 'Nobody will be able to reply in it again, and the way back to the author is deleted.',
  'feedback.confirm.yes': 'Close it',

  'feedback.reply.title': 'Reply to feedback',
  'feedback.reply.about': 'About {category} · *{team}*',
  'feedback.reply.quote': 'They wrote:',
  'feedback.reply.label': 'Your reply (signed with your name)',
  'feedback.reply.sent_title': 'Reply sent',
  'feedback.reply.sent': 'Your reply is on its way to the author. Their answer, if any, comes back with a later batch.',

  'feedback.author.reply': '*{name}* replied to your feedback about {category} (*{team}*):',
  'feedback.author.context': 'You are still anonymous: your answer goes back through the same delayed batches.',
  'feedback.answer.title': 'Answer anonymously',
  'feedback.answer.about': 'About {category} · *{team}* — the leaders will not see who answers.',
  'feedback.answer.label': 'Your answer',
  'feedback.answer.sent_title': 'Answer sent',
  'feedback.answer.sent': 'Your answer will reach the leaders of *{team}* at about {time}, still anonymous.',

  'feedback.closed.by_leader': 'Conversation closed by {name}.',
  'feedback.closed.by_author': 'Conversation closed by the author.',
  'feedback.closed.by_you': 'You closed this conversation. The way back to you has been deleted.',
  'feedback.closed.expired': 'Conversation closed: after 30 days the way back to the author was deleted.',
  'feedback.closed.to_author':
    'Your feedback about {category} to the leaders of *{team}* was read and closed by {name}. Thank you for writing.',
  'feedback.closed.a_leader': 'a leader',

  'feedback.error.closed': 'This conversation is closed.',
  'feedback.error.gone': 'This conversation no longer exists.',
  'feedback.error.not_yours': 'Only the person who wrote this feedback can do that.',
  'feedback.error.no_leader': 'None of your teams has a leader (other than you) to read feedback yet.',
  'feedback.error.rate_limited':
    'You have reached today’s limit of {limit} feedbacks. Please write again tomorrow (the count starts again at 00:00 UTC).',
  'feedback.error.answer_rate_limited':
    'You have sent {limit} answers today, the most Hexin takes in a day. Please answer again tomorrow (from 00:00 UTC).',
  'feedback.error.required': 'Please write something.',
  'feedback.error.category': 'Please choose what it is about.',
  'feedback.error.team': 'Please choose a team.',
  'feedback.error.already_closed': 'This conversation was already closed.',
  'feedback.error.cannot_reply': 'You can’t reply in this conversation.',

  'feedback.command.help':
    '*Anonymous feedback*\n' +
    '• `/feedback` — write to your team’s leaders; they never see who wrote it unless you sign\n' +
    '• `/feedback window <minutes>` — leaders: how long feedback is held before a batch is delivered ({min}–{max} minutes)',
  'feedback.command.unknown': 'I don’t know that. Use `/feedback` to write, or `/feedback help`.',
  'feedback.window.done': 'Anonymous feedback for *{team}* is now delivered in batches every {minutes} minutes.',
  'feedback.window.error': 'Give the window in whole minutes from {min} to {max}, e.g. `/feedback window 180`.',
} as const;
