import type { pulse as en } from '../en/pulse.ts';

/** 简体中文：pulse（团队脉搏）。问题措辞取自《关于打造客户经理高效服务型营销团队的思考》。 */
export const pulse: Record<keyof typeof en, string> = {
  'pulse.trait.goals': '明确的目标',
  'pulse.trait.roles': '清晰的分工和角色',
  'pulse.trait.skills': '相关的技能与合作',
  'pulse.trait.procedures': '明确的工作程序和流程',
  'pulse.trait.communication': '良好的沟通',
  'pulse.trait.culture': '“全员服务”与“合心”文化',
  'pulse.trait.coaching': '领导是教练',
  'pulse.trait.support': '内部与外部的支持',
  'pulse.trait.respect': '尊重',
  'pulse.trait.trust': '信任',

  'pulse.q.goals_1': '我清楚地了解团队这一阶段所要到达的目标。',
  'pulse.q.goals_2': '我明白目标所包含的现实意义，并参与了自己目标的制定。',
  'pulse.q.roles_1': '我清楚自己岗位的职责、权限和工作指引。',
  'pulse.q.roles_2': '我能在自己的职位范围内找事情做，而不是干等着领导指派工作。',
  'pulse.q.skills_1': '我具备实现目标所需要的基本技能。',
  'pulse.q.skills_2': '我们团队成员之间能够良好合作。',
  'pulse.q.procedures_1': '我们的工作程序和流程明确、简单、高效快捷。',
  'pulse.q.procedures_2': '工作在岗位之间交接时，相互配合顺畅。',
  'pulse.q.communication_1': '团队成员间拥有畅通的信息交流。',
  'pulse.q.communication_2': '除了正式的沟通渠道，我和同事也有轻松的非正式交流。',
  'pulse.q.culture_1': '我们团队树立了“全员服务”理念，服务零售客户是每个人的事。',
  'pulse.q.culture_2': '我们是一个“合心”的团队。',
  'pulse.q.coaching_1': '我们的领导担任教练的作用，提供指导和支持，而不是试图控制我们。',
  'pulse.q.coaching_2': '需要指导时，我能从领导那里得到有用的帮助。',
  'pulse.q.support_1': '为客户服务时，我能得到公司内部必要的支持。',
  'pulse.q.support_2': '我拥有做好工作所必要的资源条件。',
  'pulse.q.respect_1': '我在团队中得到了足够的尊重。',
  'pulse.q.respect_2': '我们客户经理之间是友好和睦的关系。',
  'pulse.q.trust_1': '团队成员和领导之间相互信任。',
  'pulse.q.trust_2': '我感受到团队的归属感，也意识到自己在团队中的重要性。',

  'pulse.score.1': '1 — 非常不同意',
  'pulse.score.2': '2 — 不同意',
  'pulse.score.3': '3 — 说不清',
  'pulse.score.4': '4 — 同意',
  'pulse.score.5': '5 — 非常同意',

  'pulse.invite.text':
    '*{team}* 的*团队脉搏*：{count} 个小问题，大约一分钟。完全匿名——你的名字不会和回答一起保存，领导只能看到团队平均分。{date} 前有效。',
  'pulse.invite.button': '回答团队脉搏',
  'pulse.invite.closed': '*{team}* 的这次团队脉搏已经结束。谢谢你——下一次在一两周后。',

  'pulse.modal.title': '团队脉搏',
  'pulse.modal.intro': '*{team}* · 1 = 非常不同意，5 = 非常同意。',
  'pulse.modal.anonymity': '匿名：你的名字不会和回答一起保存。领导只能看到团队平均分，而且要等回答的人足够多才能看到。',
  'pulse.modal.comment': '还有什么想让领导知道的吗？（可选，匿名）',
  'pulse.modal.comment_placeholder': '请不要写出自己或他人的名字。',
  'pulse.modal.thanks_title': '谢谢',
  'pulse.modal.thanks': '回答已收到。保存时不带你的名字，领导只能看到团队平均分。谢谢你为团队出谋划策。',

  'pulse.error.required': '请选择 1 到 5 中的一个数字。',
  'pulse.error.already_answered': '你已经回答过这次团队脉搏了，谢谢！',
  'pulse.error.closed': '这次团队脉搏已经结束，下一次在一两周后。',
  'pulse.error.not_invited': '这次团队脉搏是在你加入团队之前发出的，下一次会邀请你。',
  'pulse.error.usage': '不认识 `{word}`。试试 `/pulse help`。',
  'pulse.error.every': '请写 `/pulse every 1`（每周）或 `/pulse every 2`（每两周）。',
  'pulse.error.day': '请写一个星期几，例如 `/pulse day wed`（周三）。',

  'pulse.help':
    '*团队脉搏* —— 简短的匿名调查，了解团队合作得怎么样。\n' +
    '• `/pulse` 或 `/pulse results` —— 团队结果（领导）\n' +
    '• `/pulse on` / `/pulse off` —— 开启或关闭团队脉搏\n' +
    '• `/pulse every 1` / `/pulse every 2` —— 每周或每两周一轮\n' +
    '• `/pulse day wed` —— 每轮开始的星期几（签到时间，团队时区）\n' +
    '• `/pulse now` —— 现在就开始本周这一轮',
  'pulse.member': '谢谢你参与团队脉搏！结果是给领导看的：只有团队平均分，不会显示谁说了什么。',

  'pulse.cadence.1': '每周',
  'pulse.cadence.2': '每两周',
  'pulse.settings.on':
    '*{team}* 的团队脉搏已开启：{cadence}，{day} {time}（{zone}）。每轮向成员提 3 个问题，开放 5 天。',
  'pulse.settings.off': '*{team}* 的团队脉搏已关闭：不再开始新的一轮。已经开始的一轮仍按计划结束。',
  'pulse.settings.next': '下一轮将在 {when}开始。',
  'pulse.setup.first':
    '团队脉搏：第一轮将在 {when}开始，只问成员，不问领导。届时团队至少要有 {needed} 位成员才会开始（结果需要这么多人回答）；人数不够时，合心会提前一天告诉你，这一轮暂缓。',
  'pulse.held.text':
    '*{team}* 原定 {due}开始的团队脉搏暂缓：团队现在只有 {asked} 位成员可以邀请，而结果至少需要 {needed} 人回答，否则谁的回答都无法显示。',
  'pulse.held.next':
    '合心会在 {next}再试一次，前提是届时团队有 {needed} 位成员（成员可在团队频道运行 `/hexin join` 加入，或由领导用 `/hexin member @某人` 添加）。',
  'pulse.held.now': '如果仍想邀请这 {asked} 位成员，请在团队频道运行 `/pulse now`。',
  'pulse.now.opening':
    '正在为 *{team}* 开始本周的团队脉搏：{asked} 位成员会收到私信提问。5 天后这一轮结束，回答的人足够多时即可看到结果。',
  'pulse.now.too_few': '注意：结果至少需要 {min} 份回答，而团队只有 {asked} 位成员可以邀请，所以这一轮不会显示结果。',
  'pulse.now.already_open': '本周已经有一轮团队脉搏在进行中，结束后即可看到结果。',
  'pulse.now.already_closed': '本周的团队脉搏已经做过了，下周可以再开始新的一轮。',
  'pulse.now.another_open': '{period} 的团队脉搏还在进行中，这一轮结束后才能开始新的一轮。',
  'pulse.now.nobody': '还没有可以邀请的成员：成员可以在团队频道里用 `/hexin join` 加入。',

  'pulse.results.title': '*团队脉搏* — {team}',
  'pulse.results.none': '还没有团队脉搏。第一轮会在团队的脉搏日开始，也可以用 `/pulse now` 现在开始。',
  'pulse.results.open': '*{period}* 进行中，{date} 结束，结束后即可看到结果。',
  'pulse.results.hidden': '*{period}*：回答的人还不够。',
  'pulse.results.round': '*{period}* · {invited} 人中 {respondents} 人回答 · 总体 {overall}',
  'pulse.results.trait': '• {trait}：{score}',
  'pulse.results.by_trait': '*按特征* —— 最近一次的得分，以及与上一次相比的变化',
  'pulse.results.trend': '• {trait}：{score}（{period}）',
  'pulse.results.change': ' {arrow} {delta}，对比 {period}',
  'pulse.results.overall': '*总体，逐轮*：{series}',
  'pulse.results.comments': '{period} 的*留言*（随机顺序）：',
  'pulse.results.footer': '为了保护匿名，每一轮的结果要等结束后、且回答的人足够多时才会显示。',
  'pulse.results.more': '……还有 {count} 条',
};
