import type { Locale } from '../../i18n/index.ts';

/**
 * A starter set of role cards for a customer-manager team, in both languages, drawn from
 * the study of customer-manager marketing teams: each position has duties, authority and
 * work guidelines (岗位职责、权限、工作指引), and the hand-offs between positions are
 * written down (岗位之间的分工和相互配合). Every card stays editable.
 */
type StarterKey = 'customer_manager' | 'senior_customer_manager' | 'team_leader' | 'market_analyst' | 'service_coordinator';

interface StarterCard {
  title: string;
  purpose: string;
  duties: string[];
  authority: string;
  guidelines: string;
  handoffs: Array<{ to: StarterKey; what: string }>;
}

export interface StarterPosition {
  title: string;
  purpose: string;
  duties: string[];
  authority: string;
  guidelines: string;
  /** Hand-offs by the target position's title in the same language. */
  handoffs: Array<{ toTitle: string; what: string }>;
}

const EN: Record<StarterKey, StarterCard> = {
  customer_manager: {
    title: 'Customer manager',
    purpose: 'Serve the retail customers on my route so that they are satisfied, well supplied and grow with our brands.',
    duties: [
      'Visit the retail customers on my route as planned',
      'Help customers order online and keep their supply steady',
      'Cultivate brands with customers: displays and new products',
      'Keep the market on my route in order: prices, displays, fair trading',
      'Record customer needs and complaints and hand them on the same day',
      'Take part in setting the team’s goals and my own key results',
    ],
    authority: 'Decide the order and timing of visits on my route. Propose a service plan for each customer.',
    guidelines: 'Start from the customer’s point of view: service by everyone. Find work within my own position instead of waiting to be told. Share what I learn in the daily check-in.',
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
    authority: 'Agree the service plans of the customer managers I coach. Rearrange visits across routes when someone is away.',
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
    authority: 'Accept key results and assign positions. Set the assessment weights for each stage (stable but evolving). Approve market plans.',
    guidelines: 'Lead as a coach. Build communication on respect and trust: share information, the load, the division of work and ideas.',
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
    authority: 'Decide how a complaint is handled within the service procedure. Escalate to the team leader when needed.',
    guidelines: 'Answer every complaint quickly and politely. Look for the cause, not only the case.',
    handoffs: [
      { to: 'customer_manager', what: 'the settlement to pass back to the customer' },
      { to: 'team_leader', what: 'complaints that repeat or need resources' },
    ],
  },
};

const ZH: Record<StarterKey, StarterCard> = {
  customer_manager: {
    title: '客户经理',
    purpose: '服务好线路上的零售客户，让客户满意、货源稳定，并与品牌共同成长。',
    duties: [
      '按计划走访线路上的零售客户',
      '指导客户网上订货，保障货源稳定',
      '与客户一起做好品牌培育：陈列与新品推介',
      '做好线路市场维护：价格、陈列与规范经营',
      '记录客户需求和抱怨，当天移交',
      '参与制定团队目标和个人关键结果',
    ],
    authority: '决定线路走访的顺序和时间；为每位客户提出服务方案。',
    guidelines: '从客户的角度出发，践行“全员服务”；在自己的职位范围内找事情做，不干等指派；在每日签到中与团队共享信息。',
    handoffs: [
      { to: 'service_coordinator', what: '现场无法解决的客户投诉' },
      { to: 'market_analyst', what: '线路客户对品牌和价格的反馈' },
    ],
  },
  senior_customer_manager: {
    title: '高级客户经理',
    purpose: '服务重点客户，带教新客户经理尽快成长。',
    duties: [
      '服务片区内的重点客户',
      '带教新客户经理的走访与服务技能',
      '制定有针对性的片区市场方案',
      '与团队分享经验和好做法',
      '客户经理不在时顶岗服务其线路',
    ],
    authority: '认可所带教客户经理的服务方案；有人不在时调整各线路的走访安排。',
    guidelines: '以身作则、多问少令地带教；方案简单明了，紧扣团队目标。',
    handoffs: [
      { to: 'team_leader', what: '待审批的市场方案及所需资源' },
      { to: 'customer_manager', what: '带教记录，以及顶岗结束后交回的线路' },
    ],
  },
  team_leader: {
    title: '团队负责人',
    purpose: '像教练一样带领团队实现共同目标：提供指导和支持，而不是控制。',
    duties: [
      '与成员共同制定团队目标',
      '制定职位说明并保持更新',
      '设计简单高效的工作程序和岗位交接',
      '组织过程与结果并重的考核',
      '辅导成员，帮助解决工作阻碍',
      '争取内部与外部的支持',
    ],
    authority: '认可关键结果，安排岗位；按阶段设定考核权重（稳中有变）；审批市场方案。',
    guidelines: '担任教练而非监工；以尊重和信任为基础沟通：共享信息、共承担、共分工、共出谋划策。',
    handoffs: [
      { to: 'senior_customer_manager', what: '已审批的市场方案和资源' },
      { to: 'market_analyst', what: '团队需要数据支持的问题' },
    ],
  },
  market_analyst: {
    title: '市场分析员',
    purpose: '让团队清楚了解市场，使目标和计划建立在事实之上。',
    duties: [
      '分析团队的销售、订货和品牌数据',
      '跟踪品牌培育成果',
      '监测市场价格和订货趋势',
      '为目标制定和考核准备数据',
      '与全体成员共享市场信息',
    ],
    authority: '决定团队市场报告的形式及所用数据来源。',
    guidelines: '报告简短，在线路上用得上；每个数字注明来源。',
    handoffs: [
      { to: 'team_leader', what: '每月市场分析' },
      { to: 'customer_manager', what: '其线路的品牌和价格发现' },
    ],
  },
  service_coordinator: {
    title: '服务与投诉协调员',
    purpose: '让每一件客户投诉都被听到、解决并从中改进，提升服务品牌。',
    duties: [
      '登记客户投诉并跟踪至解决',
      '与其他部门协调货源、配送和质量问题',
      '投诉解决后回访客户',
      '开展零售客户满意度调查',
      '维护简明的服务程序，让人人都清楚',
    ],
    authority: '在服务程序范围内决定投诉的处理方式；必要时上报团队负责人。',
    guidelines: '对每件投诉快速、礼貌地回应；既处理个案，也找出原因。',
    handoffs: [
      { to: 'customer_manager', what: '需转告客户的处理结果' },
      { to: 'team_leader', what: '反复出现或需要资源的投诉' },
    ],
  },
};

const ORDER: StarterKey[] = ['team_leader', 'senior_customer_manager', 'customer_manager', 'market_analyst', 'service_coordinator'];

/** The starter set in a language, with hand-offs pointing at titles of the same language. */
export function starterPositions(locale: Locale): StarterPosition[] {
  const cards = locale === 'zh-CN' ? ZH : EN;
  return ORDER.map((key) => {
    const card = cards[key];
    return {
      title: card.title,
      purpose: card.purpose,
      duties: [...card.duties],
      authority: card.authority,
      guidelines: card.guidelines,
      handoffs: card.handoffs.map((h) => ({ toTitle: cards[h.to].title, what: h.what })),
    };
  });
}
