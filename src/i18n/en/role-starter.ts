/**
 * English: the starter role cards for a customer-manager team (seed content a leader edits),
 * drawn from the study. The zh-CN twin is typed against these shapes.
 */
export type StarterKey =
  | 'customer_manager'
  | 'senior_customer_manager'
  | 'team_leader'
  | 'market_analyst'
  | 'service_coordinator';

export interface StarterCard {
  title: string;
  purpose: string;
  duties: string[];
  authority: string;
  guidelines: string;
  handoffs: Array<{ to: StarterKey; what: string }>;
}

export const roleStarter: Record<StarterKey, StarterCard> = {
  customer_manager: {
    title: 'Customer manager',
    purpose:
      'Serve the retail customers on my route so that they are satisfied, well supplied and grow with our brands.',
    duties: [
      'Visit the retail customers on my route as planned',
      'Help customers order online and keep their supply steady',
      'Cultivate brands with customers: displays and new products',
      'Keep the market on my route in order: prices, displays, fair trading',
      'Record customer needs and complaints and hand them on the same day',
      'Take part in setting the team’s goals and my own key results',
    ],
    authority: 'Decide the order and timing of visits on my route. Propose a service plan for each customer.',
    guidelines:
      'Start from the customer’s point of view: service by everyone. Find work within my own position instead of waiting to be told. Share what I learn in the daily check-in.',
    handoffs: [
      { to: 'service_coordinator', what: 'complaints I cannot settle on the spot' },
      { to: 'market_analyst', what: 'what customers on my route say about brands and prices' },
    ],
  },
  senior_customer_manager: {
    title: 'Senior customer manager',
    purpose: 'Serve key customers, and help newer customer managers grow into the work.',
    duties: [
      'Serve the key customers of the area',
      'Coach newer customer managers on visits and service skills',
      'Draw up targeted market plans for the area',
      'Share experience and good practice with the team',
      'Cover a route when its customer manager is away',
    ],
    authority:
      'Agree the service plans of the customer managers I coach. Rearrange visits across routes when someone is away.',
    guidelines: 'Coach by example and by questions, not by orders. Keep plans simple and tied to the team’s goals.',
    handoffs: [
      { to: 'team_leader', what: 'market plans to approve and the resources they need' },
      { to: 'customer_manager', what: 'coaching notes, and the route back after covering it' },
    ],
  },
  team_leader: {
    title: 'Team leader',
    purpose: 'Coach the team towards shared goals: give guidance and support rather than control.',
    duties: [
      'Set the team’s goals together with its members',
      'Write the role cards and keep them current',
      'Design simple work procedures and hand-offs between positions',
      'Run assessments that weigh process and results',
      'Coach members and clear their blockers',
      'Secure support from inside and outside the team',
    ],
    authority:
      'Accept key results and assign positions. Set the assessment weights for each stage (stable but evolving). Approve market plans.',
    guidelines:
      'Lead as a coach. Build communication on respect and trust: share information, the load, the division of work and ideas.',
    handoffs: [
      { to: 'senior_customer_manager', what: 'approved market plans and resources' },
      { to: 'market_analyst', what: 'questions the team needs data on' },
    ],
  },
  market_analyst: {
    title: 'Market analyst',
    purpose: 'Give the team a clear picture of the market so that goals and plans rest on facts.',
    duties: [
      'Analyse sales, orders and brand data for the team',
      'Track the results of brand cultivation',
      'Watch market prices and ordering trends',
      'Prepare the data for goal setting and assessment',
      'Share market information with the whole team',
    ],
    authority: 'Decide the form of the team’s market reports and which data sources they use.',
    guidelines: 'Keep reports short and useful on a route. Say where each figure comes from.',
    handoffs: [
      { to: 'team_leader', what: 'the monthly market analysis' },
      { to: 'customer_manager', what: 'brand and price findings for their route' },
    ],
  },
  service_coordinator: {
    title: 'Service and complaints coordinator',
    purpose: 'Make sure every customer complaint is heard, settled and learned from, so that the service brand grows.',
    duties: [
      'Register customer complaints and track each one until it is settled',
      'Coordinate supply, delivery and quality issues with other departments',
      'Call customers back after a complaint is settled',
      'Survey retail-customer satisfaction',
      'Keep the service procedure simple and known to everyone',
    ],
    authority:
      'Decide how a complaint is handled within the service procedure. Escalate to the team leader when needed.',
    guidelines: 'Answer every complaint quickly and politely. Look for the cause, not only the case.',
    handoffs: [
      { to: 'customer_manager', what: 'the settlement to pass back to the customer' },
      { to: 'team_leader', what: 'complaints that repeat or need resources' },
    ],
  },
};
