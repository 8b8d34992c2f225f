import type { StarterCard, StarterKey } from '../en/role-starter.ts';

/** 简体中文：客户经理团队的职位说明起步模板（领导可修改的初始内容）。 */
export const roleStarter: Record<StarterKey, StarterCard> = {
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
    guidelines:
      '从客户的角度出发，践行“全员服务”；在自己的职位范围内找事情做，不干等指派；在每日签到中与团队共享信息。',
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
    title: '团队领导',
    purpose: '像教练一样带领团队实现共同目标：提供指导和支持，而不是控制。',
    duties: [
      '与成员共同制定团队目标',
      '制定职位说明并保持更新',
      '设计简单高效的工作程序和岗位交接',
      '组织过程与结果并重的考核',
      '辅导成员，帮助解决工作中的困难',
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
    authority: '在服务程序范围内决定投诉的处理方式；必要时上报团队领导。',
    guidelines: '对每件投诉快速、礼貌地回应；既处理个案，也找出原因。',
    handoffs: [
      { to: 'customer_manager', what: '需转告客户的处理结果' },
      { to: 'team_leader', what: '反复出现或需要资源的投诉' },
    ],
  },
};
