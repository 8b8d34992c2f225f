/** English: the leader's digest. */
export const digest = {
  'digest.help':
    '*/digest* — for leaders: this week so far. The weekly digest comes by DM at the team’s digest time.\n• `/digest on` · `/digest off` — the weekly digest for your team\n• `/digest settings day=mon time=08:30` — when it comes (team time)',
  'digest.member':
    'The digest goes to your team’s leaders each week. It shows how the team takes part (check-ins, goal threads, kudos, coffee, pulse answers), trust signals, goals on or off track, risks such as a blocker left open, and coaching suggestions for the leader. Pulse and feedback figures appear only when enough people are behind them, and nothing anonymous ever names anyone.',
  'digest.error.usage':
    'I didn’t understand that. Try `/digest`, `/digest on`, `/digest off` or `/digest settings day=mon time=08:30`.',
  'digest.error.settings':
    'Write settings as `day=<weekday>` and `time=<HH:MM>`, e.g. `/digest settings day=mon time=08:30`.',
  'digest.error.day': 'The day should be a weekday such as `mon`, `tue` … `sun`.',
  'digest.error.time': 'The time should be written HH:MM on a 24-hour clock, e.g. `08:30`.',
  'digest.settings.on': 'The weekly digest for {team} comes every {day} at {time} ({zone}).',
  'digest.settings.off': 'The weekly digest for {team} is off. `/digest on` turns it back on.',

  'digest.title.weekly': '{team}: the week of {from}',
  'digest.title.so_far': '{team}: this week so far (since {from})',
  'digest.so_far_note':
    'The week so far: figures will still move. Pulse results are from closed rounds only, and feedback counts from whole weeks, as in the weekly digest.',
  'digest.fallback': 'Your digest for {team}',
  'digest.section.suggestions': 'Coaching suggestions',
  'digest.section.participation': 'Participation',
  'digest.section.trust': 'Trust',
  'digest.section.goals': 'Goals and roles',
  'digest.section.risks': 'Risks',
  'digest.suggestions.none': 'No suggestion this week: nothing in the signals asks for a step.',
  'digest.evidence': 'Why: {signal} — {value} ({window}; people behind it: {people})',
  'digest.evidence.window_one': 'week {week}',
  'digest.evidence.window_span': 'weeks {from} to {to}',

  'digest.checkin':
    'Check-ins: {answered} of {expected} answered ({rate}); {skipped} skipped and {away} days away, counted apart',
  'digest.checkin.none': 'Check-ins: none were due',
  'digest.voices':
    'Goal threads: {people} of {total} people spoke — {proposals} key results proposed, {comments} comments, {updates} updates',
  'digest.kudos':
    'Kudos: {given} given by {givers} people to {receivers}; spread over four weeks (Gini, 0 = even): {gini}',
  'digest.kudos.trust': 'Kudos returned: {reciprocity} · across positions: {cross}',
  'digest.coffee': 'Coffee: {groups} groups, {met} met · icebreaker replies: {replies} · {people} people took part',
  'digest.pulse.shown': 'Team pulse {period}: {overall} of 5 {change} — {respondents} of {invited} answered',
  'digest.pulse.trait': '{trait}: {average} {change}',
  'digest.pulse.hidden.below_min_group':
    'Team pulse {period}: hidden — fewer than {min} people answered, and no figure is shown for fewer than {min}.',
  'digest.pulse.hidden.no_closed_round': 'Team pulse: no round has closed yet.',
  'digest.feedback.shown': 'Anonymous feedback ({window}): {total} — {categories}; {waiting} waiting for your reply',
  'digest.feedback.none': 'Anonymous feedback ({window}): none',
  'digest.feedback.hidden':
    'Anonymous feedback counts: hidden — the team has {people} members, fewer than {min}, so a count could point at someone.',
  'digest.blockers': 'Blockers: {raised} raised, {helped} helped (median {hours} h to help) · {open} still open',
  'digest.blockers.no_median': 'Blockers: {raised} raised, {helped} helped · {open} still open',
  'digest.kr.on': 'On track: {title} — {progress} done, {elapsed} of the period gone',
  'digest.kr.off': 'Off track: {title} — {progress} done, {elapsed} of the period gone',
  'digest.kr.none': 'No accepted key results in open goals.',
  'digest.roles': 'Role cards: {overlaps} duties claimed twice, {gaps} gaps, {without} positions without a holder',
  'digest.risk.silent': '{member}: no check-in, goal-thread message or kudos for {days} days',
  'digest.risk.silent_long': '{member}: no check-in, goal-thread message or kudos in two weeks',
  'digest.risk.unrecognised': '{count} people not recognised in four weeks',
  'digest.risk.blocker': '{member}’s blocker, open {days} days: {blocker}',
  'digest.risk.stale_goal': '{goal}: no update in its thread for {days} days',
  'digest.risk.none': 'No risks this week.',
  'digest.chart.title': 'Participation and trust by week',
  'digest.chart.week': 'Week',
  'digest.chart.checkin': 'Check-in rate',
  'digest.chart.voices': 'Spoke in goal threads',
  'digest.chart.pulse': 'Team pulse (of 5)',
  'digest.chart.coffee': 'Coffee groups that met',
  'digest.chart.alt':
    'A chart of {team} by week: check-in rate, share who spoke in goal threads, team pulse and coffee groups that met.',
  'digest.chart.failed': 'The chart could not be made this time; the figures below are complete.',
  'digest.action.ask_blocker': 'Ask how it is going',
  'digest.action.open_goal': 'Open the goal thread',
  'digest.action.reply_feedback': 'Reply to the feedback',
  'digest.blocker.ask':
    '{leader} would like to know how your blocker is going: “{blocker}”. Let them know what would help.',
  'digest.blocker.asked': 'Done: {member} is asked how the blocker is going, in your name.',
  'digest.blocker.already_helped': 'Someone has already stepped in on {member}’s blocker; nothing was sent.',
  'digest.error.blocker_gone': 'That blocker is gone, or its member has left the team.',
  'digest.home.snapshot': 'Your team this week so far',
  'digest.home.checkins': 'Check-ins answered: {rate}',
  'digest.home.blockers': 'Blockers waiting for help: {open}',
  'digest.home.key_results': 'Key results on track: {on} of {total}',
  'digest.home.kudos': 'Kudos given this week: {given}',
  'digest.home.next_pulse': 'Next team pulse: {when}',
  'digest.home.next_coffee': 'Next coffee round: {when}',
  'digest.home.not_scheduled': 'not scheduled',
  'digest.home.no_digest': 'No weekly digest yet: the first comes at the team’s digest time.',
  'digest.home.last': 'Digest of the week of {from}',
  'digest.home.history': 'Earlier digests ({count})',
  'digest.history.title': 'Earlier digests',
  'digest.history.close': 'Close',
  'digest.history.intro': '{team}: the digests before the latest, newest first.',
  'digest.history.line':
    'Check-ins {rate} · spoke in goal threads {voices} of {people} · pulse {pulse} · kudos {kudos}',
  'digest.history.hidden': 'hidden',
  'digest.scorecard': 'Scorecards, {period}: team mean {total} points {change} since {previous}',
  'digest.scorecard.first': 'Scorecards, {period}: team mean {total} points',
  'digest.action.send_thanks': 'Send thanks',
  'digest.thanks.title': 'Send thanks',
  'digest.thanks.submit': 'Send',
  'digest.thanks.people': 'Who to thank',
  'digest.thanks.value': 'For which team value',
  'digest.thanks.message': 'Your words (posted with the kudos in the team’s channel)',
  'digest.thanks.prefill': 'Thank you for the work you do for our customers on your route.',
  'digest.thanks.sent': 'Sent: your kudos will appear in <#{channel}>.',
  'digest.more': '…and {count} more',

  'digest.suggestion.blocker_open':
    '{member} has waited {days} days for help with a blocker. Ask how it is going, and who could help — internal support is part of the work.',
  'digest.suggestion.silent_member':
    '{member} has been quiet for {days} days. Ask how the route is going, as a coach: listen first.',
  'digest.suggestion.low_checkin_rate':
    'Only {rate}% of check-ins were answered. Ask the team what would make them simpler — fewer questions, another time — and keep the procedure short.',
  'digest.suggestion.goal_setting_participation':
    'Only {voices} of {people} people spoke in the goal threads. Invite each to propose a key result of their own: taking part in setting goals builds commitment.',
  'digest.suggestion.key_result_off_track':
    '“{keyResult}” is at {progress}% with {elapsed}% of the period gone. Sit down with {owner} and agree the next concrete step; weigh the process as well as the result.',
  'digest.suggestion.stale_goal':
    '“{goal}” has had no update for {days} days. Ask in its thread where it stands, and whether it still matters as written.',
  'digest.suggestion.unrecognised':
    '{count} people have not been recognised in four weeks. Look for a hand-off or a customer served well this week and say thank you with a kudos.',
  'digest.suggestion.uneven_recognition':
    'Kudos go to a few people (Gini {gini}). Invite the team to notice the quieter work of service — service by everyone (合心).',
  'digest.suggestion.cross_position':
    'Only {rate}% of kudos cross positions. Ask about hand-offs between positions at the next meeting, and recognise one that went well.',
  'digest.suggestion.pulse_trait_low': 'The team rates “{trait}” at {average} of 5. {remedy}',
  'digest.suggestion.feedback_waiting':
    '{count} pieces of anonymous feedback wait for your reply. Reply from the feedback message: an answer shows the feedback was heard.',
  'digest.suggestion.role_gaps':
    'Role cards show {overlaps} duties claimed twice and {gaps} gaps. Go through the written role cards together and settle who does what.',
  'digest.suggestion.informal_quiet':
    'Only {met} of {groups} coffee groups met. Mention the coffee round at the next meeting: informal talk makes up for what formal channels lack.',
  'digest.remedy.goals':
    'Go over the goals and why they matter together, and let each member say how they will contribute.',
  'digest.remedy.roles': 'Review the role cards with the team: duties, authority and work guidelines written down.',
  'digest.remedy.skills': 'Pair people to learn from each other, and ask what training would help most.',
  'digest.remedy.procedures': 'Ask where the work procedure is slow or unclear, and simplify one step.',
  'digest.remedy.communication': 'Share more information: the team’s numbers, the plans, the reasons behind decisions.',
  'digest.remedy.culture': 'Tell a story of service by everyone this week, and thank who did it.',
  'digest.remedy.coaching': 'Ask more than you tell this week: what would help, and what they would do.',
  'digest.remedy.support': 'Ask what support the team lacks inside the company, and take one request up yourself.',
  'digest.remedy.trust': 'Build respect and trust: share information, the load, the division of work and the ideas.',

  'digest.signal.blocker_open_days': 'days the blocker has been open',
  'digest.signal.days_without_voice': 'days without a check-in or a word',
  'digest.signal.checkin_rate': 'check-in rate',
  'digest.signal.goal_thread_voices': 'people who spoke in goal threads',
  'digest.signal.key_result_progress': 'progress of the key result',
  'digest.signal.period_elapsed': 'share of the period gone',
  'digest.signal.days_since_goal_update': 'days since the goal’s last update',
  'digest.signal.members_not_recognised': 'people not recognised',
  'digest.signal.kudos_received_gini': 'kudos spread (Gini)',
  'digest.signal.cross_position_kudos': 'kudos across positions',
  'digest.signal.pulse_trait': 'team pulse: {trait}',
  'digest.signal.feedback_waiting': 'anonymous feedback waiting for a reply',
  'digest.signal.role_findings': 'role-card findings',
  'digest.signal.coffee_meetings': 'coffee groups that met',
} as const;
