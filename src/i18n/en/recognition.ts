/** English: recognition. */
export const recognition = {
  'recognition.value.default.service': 'Service by everyone',
  'recognition.value.default.oneheart': 'One heart',
  'recognition.value.default.collaboration': 'Collaboration',
  'recognition.value.default.ownership': 'Ownership',
  'recognition.value.default.learning': 'Learning',
  'recognition.help':
    '*Kudos* — recognise a teammate for living one of the team’s values.\n' +
    '• `/kudos @someone #value what they did` — several people at once: `/kudos @a @b #collaboration thanks for covering the north route`\n' +
    '• React with :{emoji}: to a teammate’s message to recognise it (for *{reaction_value}*).\n' +
    '• `/kudos values` lists the values · `/kudos leaderboard` shows the most recognised, if the team turned it on.\n' +
    'Values: {values}\n' +
    'You have {left} kudos left today (up to {cap} a day).\n' +
    'Leaders: `/kudos values add <key> <English label> | <中文标签>` · `/kudos values remove <key>` · `/kudos emoji <name> [#value]` · `/kudos channel #channel` (or `home`) · `/kudos cap <n>` · `/kudos leaderboard on|off`',
  'recognition.error.usage': 'Write it as `/kudos @someone #value what they did`, or see `/kudos help`.',
  'recognition.error.unknown_subcommand':
    '“{word}” is not a /kudos command. Start with @someone to give kudos, or see `/kudos help`.',
  'recognition.error.no_recipients':
    'Who is it for? Start with one or more @mentions: `/kudos @someone #value what they did`.',
  'recognition.error.not_a_person':
    '“{word}” is not someone I can recognise: pick the person from Slack’s @ list so it turns into a mention.',
  'recognition.error.too_many_recipients': 'At most {max} people in one kudos.',
  'recognition.error.self': 'Kudos are for others — you cannot recognise yourself. Who helped you today?',
  'recognition.error.bot': '<@{user}> is a bot. Kudos are for people.',
  'recognition.error.not_member': '<@{user}> is not in *{team}*. Kudos go to teammates.',
  'recognition.error.no_value':
    'Which team value? Add one with #, e.g. `/kudos @someone #service what they did`. Valid values: {values}',
  'recognition.error.unknown_value': '“#{word}” is not one of the team’s values. Valid values: {values}',
  'recognition.error.message_required':
    'Say what they did: `/kudos @someone #{value} thanks for covering my shops on Friday`.',
  'recognition.error.cap':
    'You have reached today’s kudos limit: {left} left of {cap} a day, and this needs {needed}. Your count resets at midnight your time ({zone}), in {hours} h {minutes} min.',
  'recognition.given':
    'Thanks! Your kudos to {recipients} for *{value}* will appear in <#{channel}> in a moment. You have {left} kudos left today.',
  'recognition.list.and': ' and ',
  'recognition.list.comma': ', ',
  'recognition.post.command': ':{emoji}: <@{giver}> recognised {recipients} for *{value}*',
  'recognition.post.reaction': ':{emoji}: <@{giver}> recognised {recipients} for *{value}* — <{link}|see the message>',
  'recognition.dm.command': '<@{giver}> recognised you for *{value}* in *{team}*:',
  'recognition.dm.reaction':
    '<@{giver}> reacted with :{emoji}: to <{link}|your message>: kudos for *{value}* in *{team}*.',
  'recognition.dm.with': 'Also recognised: {others}.',
  'recognition.dm.posted': 'Everyone can see it in <#{channel}>.',
  'recognition.cap_notice':
    'Your :{emoji}: did not count as kudos: you have given {used} kudos today, the limit of {cap} a day. Your count resets at midnight your time ({zone}), in {hours} h {minutes} min.',
  'recognition.values.title': 'Values of *{team}* (after # in `/kudos`; :{emoji}: reactions give the first one):',
  'recognition.values.added': 'Added the value `#{key}`: {en} / {zh}.',
  'recognition.values.updated': 'The value `#{key}` is now {en} / {zh}.',
  'recognition.values.removed': 'Removed the value `#{key}`. Kudos already given for it keep it.',
  'recognition.values.usage':
    'Write it as `/kudos values add <key> <English label> | <中文标签>` or `/kudos values remove <key>`.',
  'recognition.values.error.usage':
    'A value needs a key and both labels: `/kudos values add care Customer care | 客户关怀`.',
  'recognition.values.error.key':
    '“{word}” cannot be a key: use lowercase letters, digits and “-” (at most 30), e.g. `care`.',
  'recognition.values.error.clash':
    'That key or label is already used by `#{key}`: pick another so # stays unambiguous.',
  'recognition.values.error.too_many': 'A team can have at most {max} values. Remove one first.',
  'recognition.values.error.last': 'That is the team’s last value; add another before removing it.',
  'recognition.emoji.current':
    'Reacting with :{emoji}: gives kudos for *{value}*. Leaders change it with `/kudos emoji <name> [#value]`.',
  'recognition.emoji.done': 'Reacting with :{emoji}: to a teammate’s message now gives kudos for *{value}*.',
  'recognition.emoji.error': '“{word}” is not an emoji name: write it like `clap` or `:clap:`.',
  'recognition.channel.done':
    'Kudos will be posted in <#{channel}>. Make sure Hexin is a member of it (`/invite @hexin`).',
  'recognition.channel.error':
    'Name the channel: `/kudos channel #channel`, or `/kudos channel home` for the team’s home channel.',
  'recognition.cap.done': 'Each person can now give up to {cap} kudos a day.',
  'recognition.cap.error': 'The daily limit is a whole number from 1 to {max}: `/kudos cap 5`.',
  'recognition.leaderboard.off':
    'The leaderboard is off for this team. Recognition is about thanks, not ranking; a leader can turn it on with `/kudos leaderboard on`.',
  'recognition.leaderboard.on_done': 'The leaderboard is on: anyone in the team can see it with `/kudos leaderboard`.',
  'recognition.leaderboard.off_done': 'The leaderboard is off.',
  'recognition.leaderboard.title': '*Most recognised in {team}*, last {days} days:',
  'recognition.leaderboard.line': '{rank}. <@{user}> — {count}',
  'recognition.leaderboard.empty': 'No kudos in the last {days} days yet.',
  'recognition.leaderboard.usage': 'Write it as `/kudos leaderboard`, or (leaders) `/kudos leaderboard on` / `off`.',
  'recognition.home.received': '*Kudos you received (30 days):* {list}',
  'recognition.home.none': '*Kudos you received (30 days):* none yet',
} as const;
