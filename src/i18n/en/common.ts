/** English: common. */
export const common = {
  // A moment on a team's clock, its zone named (src/slack/blocks/dates.ts, formatMoment).
  'common.moment': '{date} at {time} ({zone})',
  'common.error.unexpected': 'Something went wrong on our side. Nothing was lost; please try again in a minute.',
  'common.error.not_saved':
    'Hexin could not save that just now, so it did not go through. Please try again in a minute.',
  'common.error.not_in_team':
    'You are not in a Hexin team yet. Ask your leader to add you, or run `/hexin join` in your team’s channel.',
  'common.error.not_your_team':
    'That belongs to a team you are not a member of, so Hexin left it as it was. Ask one of its leaders if you should be in it.',
  'common.error.not_leader': 'Only a leader of this team can do that.',
  'common.error.which_team': 'You are in several teams ({teams}): run this in the channel of the team you mean.',
  'common.error.not_admin': 'Only a workspace admin can set up a new team here.',
  'common.error.no_team_here':
    'This channel is not a Hexin team’s home yet. A leader or admin can run `/hexin setup` here.',
  'common.error.text_too_long': 'That is too long: {max} characters at most (you wrote {length}).',
  'common.notice.title': 'Hexin',
  'common.notice.close': 'Close',
  'common.error.database_unavailable':
    'Hexin cannot reach its database right now, so nothing was done. Please try again in a minute.',
  'common.not_available_yet':
    '`{command}` is not available yet. It is planned; for now, `/hexin help` lists what Hexin can do.',
  'common.done': 'Done.',
  'common.cancel': 'Cancel',
  'common.save': 'Save',
  'common.submit': 'Submit',
  'common.error.other_workspace':
    'Hexin is not installed for the workspace this came from, so nothing was done. Ask an admin of the workspace where Hexin runs.',
  'common.error.slack_user_unknown':
    'Slack could not tell Hexin who you are just now, so nothing was done. Please try again in a minute.',
} as const;
