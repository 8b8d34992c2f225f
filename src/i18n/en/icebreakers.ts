/** English: icebreakers, the questions posted in a team's informal channel. */
export const icebreakers = {
  // Serving retail customers.
  'informal.icebreaker.q.customers_1': 'What’s one thing a shop owner on your route taught you?',
  'informal.icebreaker.q.customers_2': 'Tell us about a complaint you turned around. What made the difference?',
  'informal.icebreaker.q.customers_3': 'Which shop owner always lifts your mood when you walk in, and why?',
  'informal.icebreaker.q.customers_4': 'What small thing do you do for your shops that the owners really appreciate?',
  'informal.icebreaker.q.customers_5': 'What’s the most surprising question a shop owner has asked you?',
  'informal.icebreaker.q.customers_6': 'What do you know about one of your shops that no report would ever show?',
  'informal.icebreaker.q.customers_7': 'Was there a shop owner who was hard to win over at first? What changed?',
  'informal.icebreaker.q.customers_8': 'What’s a thank-you from a customer that you still remember?',
  'informal.icebreaker.q.customers_9': 'What’s the cleverest shelf display or shop idea you’ve seen lately?',

  // The route.
  'informal.icebreaker.q.route_1': 'What makes a good day on the route for you?',
  'informal.icebreaker.q.route_2': 'Which shop on your route do you look forward to most, and why?',
  'informal.icebreaker.q.route_3': 'What’s your best small trick for the road: parking, timing, rainy days?',
  'informal.icebreaker.q.route_4': 'What’s the one thing in your bag or car you never go out on the route without?',
  'informal.icebreaker.q.route_5': 'Where on your route is the best spot to stop for five minutes?',
  'informal.icebreaker.q.route_6': 'On a busy day, how do you decide which shop to visit first?',
  'informal.icebreaker.q.route_7': 'What’s the funniest thing that has happened to you on the route?',
  'informal.icebreaker.q.route_8': 'What has changed most on your route since you started on it?',
  'informal.icebreaker.q.route_9': 'How do you keep your energy up for the afternoon visits?',

  // Learning from each other.
  'informal.icebreaker.q.learning_1': 'What’s a tip a teammate gave you that you still use?',
  'informal.icebreaker.q.learning_2': 'What would you teach a new customer manager in their first week?',
  'informal.icebreaker.q.learning_3': 'What did you learn this month, at work or away from it?',
  'informal.icebreaker.q.learning_4': 'Whose way of doing something on this team would you like to borrow?',
  'informal.icebreaker.q.learning_5': 'What’s an early mistake on the job that taught you something useful?',
  'informal.icebreaker.q.learning_6': 'What’s a question you’ve been meaning to ask the rest of the team?',
  'informal.icebreaker.q.learning_7': 'Which skill would you like to get better at this year?',
  'informal.icebreaker.q.learning_8': 'What’s the most useful advice you were given when you were new?',
  'informal.icebreaker.q.learning_9': 'What could you explain in one minute that would save a teammate an hour?',

  // The team: one heart (合心), service by everyone, sharing the load, respect and trust.
  'informal.icebreaker.q.team_1': 'When did you last feel our team was truly of one heart?',
  'informal.icebreaker.q.team_2': 'Service by everyone: when did a teammate help look after one of your customers?',
  'informal.icebreaker.q.team_3': 'Who shared the load with you recently? Tell us what they did.',
  'informal.icebreaker.q.team_4': 'What does respect look like on a team like ours?',
  'informal.icebreaker.q.team_5': 'What has a teammate done that made you trust them more?',
  'informal.icebreaker.q.team_6': 'What’s a small habit that helps us work better together?',
  'informal.icebreaker.q.team_7': 'What does our team do well that other teams could copy?',
  'informal.icebreaker.q.team_8': 'If our team had a motto, what would it be?',
  'informal.icebreaker.q.team_9': 'What’s a moment from working together this year that you’d like to remember?',

  // A little of life off the route.
  'informal.icebreaker.q.personal_1': 'What’s your favourite place to eat on the route? Recommend one.',
  'informal.icebreaker.q.personal_2': 'What are you listening to on the road these days?',
  'informal.icebreaker.q.personal_3': 'What’s one small thing you enjoyed last weekend?',
  'informal.icebreaker.q.personal_4': 'What’s a dish from your hometown everyone should try once?',
  'informal.icebreaker.q.personal_5': 'What’s a place nearby you’d recommend for a day out?',
  'informal.icebreaker.q.personal_6': 'Tea or coffee, and how do you take it?',
  'informal.icebreaker.q.personal_7': 'What’s a hobby you could happily talk about for ten minutes?',
  'informal.icebreaker.q.personal_8': 'Which song always puts you in a good mood?',
  'informal.icebreaker.q.personal_9': 'What’s your hometown famous for?',
} as const;
