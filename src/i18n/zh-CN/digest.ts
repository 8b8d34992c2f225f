import type { digest as en } from '../en/digest.ts';

/** 简体中文：领导的每周摘要。建议取自《关于打造客户经理高效服务型营销团队的思考》的做法。 */
export const digest: Record<keyof typeof en, string> = {
  'digest.help':
    '*/digest* — 供领导使用：本周到目前为止的摘要。每周摘要在团队的摘要时间以私信送达。\n• `/digest 开启` · `/digest 关闭` — 团队的每周摘要\n• `/digest 设置 日期=周一 时间=08:30` — 送达时间（团队时间）',
  'digest.member':
    '摘要每周发给团队的领导。内容包括团队的参与（签到、目标讨论、认可、咖啡配对、团队脉搏的答复）、信任信号、目标是否按计划推进、风险（例如久未解决的困难），以及给领导的辅导建议。团队脉搏和匿名反馈的数字只在人数足够时显示，任何匿名内容都不会指名任何人。',
  'digest.error.usage':
    '没看懂这条命令。请试试 `/digest`、`/digest 开启`、`/digest 关闭` 或 `/digest 设置 日期=周一 时间=08:30`。',
  'digest.error.settings': '设置请写成 `日期=<星期>` 和 `时间=<HH:MM>`，例如 `/digest 设置 日期=周一 时间=08:30`。',
  'digest.error.day': '日期应为星期几，例如 `周一`、`周二` … `周日`。',
  'digest.error.time': '时间请用 24 小时制 HH:MM，例如 `08:30`。',
  'digest.settings.on': '{team} 的每周摘要在每{day} {time}（{zone}）送达。',
  'digest.settings.off': '{team} 的每周摘要已关闭。`/digest 开启` 可重新开启。',

  'digest.title.weekly': '{team}：{from} 这一周',
  'digest.title.so_far': '{team}：本周到目前为止（自 {from} 起）',
  'digest.so_far_note': '本周尚未结束，数字还会变化。团队脉搏只取已结束的一轮，匿名反馈只按整周计数，与每周摘要相同。',
  'digest.fallback': '{team} 的摘要',
  'digest.section.suggestions': '辅导建议',
  'digest.section.participation': '参与',
  'digest.section.trust': '信任',
  'digest.section.goals': '目标与职位',
  'digest.section.risks': '风险',
  'digest.suggestions.none': '本周没有建议：信号中没有需要采取行动的地方。',
  'digest.evidence': '依据：{signal} — {value}（{window}；涉及 {people} 人）',
  'digest.evidence.window_one': '{week} 周',
  'digest.evidence.window_span': '{from} 至 {to} 周',

  'digest.checkin':
    '签到：应签 {expected} 次，已签 {answered} 次（{rate}）；跳过 {skipped} 次、休假 {away} 天，另行计算',
  'digest.checkin.none': '签到：本周无需签到',
  'digest.voices':
    '目标讨论：{total} 人中有 {people} 人发言 — 提出关键结果 {proposals} 个，评论 {comments} 条，更新 {updates} 次',
  'digest.kudos': '认可：{givers} 人给出 {given} 次，{receivers} 人收到；四周内的分布（基尼系数，0 = 均匀）：{gini}',
  'digest.kudos.trust': '相互认可：{reciprocity} · 跨岗位认可：{cross}',
  'digest.coffee': '咖啡配对：{groups} 组，{met} 组见了面 · 破冰问题回复：{replies} · {people} 人参与',
  'digest.pulse.shown': '团队脉搏 {period}：{overall} / 5 {change} — {invited} 人中 {respondents} 人作答',
  'digest.pulse.trait': '{trait}：{average} {change}',
  'digest.pulse.hidden.below_min_group':
    '团队脉搏 {period}：不显示 — 作答不足 {min} 人，少于 {min} 人时不显示任何数字。',
  'digest.pulse.hidden.no_closed_round': '团队脉搏：还没有结束的一轮。',
  'digest.feedback.shown': '匿名反馈（{window}）：{total} 条 — {categories}；{waiting} 条等待你的回复',
  'digest.feedback.none': '匿名反馈（{window}）：没有',
  'digest.feedback.hidden': '匿名反馈数量：不显示 — 团队有 {people} 名成员，少于 {min} 人，数量可能指向某个人。',
  'digest.blockers': '困难：提出 {raised} 个，获得帮助 {helped} 个（中位 {hours} 小时得到帮助）· 仍未解决 {open} 个',
  'digest.blockers.no_median': '困难：提出 {raised} 个，获得帮助 {helped} 个 · 仍未解决 {open} 个',
  'digest.kr.on': '按计划：{title} — 完成 {progress}，周期已过 {elapsed}',
  'digest.kr.off': '落后：{title} — 完成 {progress}，周期已过 {elapsed}',
  'digest.kr.none': '进行中的目标还没有已接受的关键结果。',
  'digest.roles': '职位说明：{overlaps} 项职责重叠，{gaps} 处空缺，{without} 个岗位无人担任',
  'digest.risk.silent': '{member}：{days} 天没有签到、目标讨论或认可',
  'digest.risk.silent_long': '{member}：两周内没有签到、目标讨论或认可',
  'digest.risk.unrecognised': '{count} 人四周内没有收到认可',
  'digest.risk.blocker': '{member} 的困难已等待 {days} 天：{blocker}',
  'digest.risk.stale_goal': '{goal}：讨论串 {days} 天没有更新',
  'digest.risk.none': '本周没有风险。',
  'digest.chart.title': '每周参与与信任',
  'digest.chart.week': '周',
  'digest.chart.checkin': '签到率',
  'digest.chart.voices': '在目标讨论中发言',
  'digest.chart.pulse': '团队脉搏（满分 5）',
  'digest.chart.coffee': '见了面的咖啡搭档组',
  'digest.chart.alt': '{team} 的每周图表：签到率、在目标讨论中发言的比例、团队脉搏和见了面的咖啡搭档组。',
  'digest.chart.failed': '这次未能生成图表；下面的数字是完整的。',
  'digest.action.ask_blocker': '问问进展',
  'digest.action.open_goal': '打开目标讨论串',
  'digest.action.reply_feedback': '回复这条反馈',
  'digest.blocker.ask': '{leader} 想了解你的困难进展如何：“{blocker}”。告诉对方需要什么帮助吧。',
  'digest.blocker.asked': '已以你的名义询问 {member} 困难的进展。',
  'digest.blocker.already_helped': '已经有人在帮助 {member} 解决这个困难；没有发送消息。',
  'digest.error.blocker_gone': '这个困难已不存在，或提出的成员已离开团队。',
  'digest.more': '…还有 {count} 项',

  'digest.suggestion.blocker_open':
    '{member} 的困难已等待帮助 {days} 天。问问进展如何、谁能帮忙 — 内部支持本就是工作的一部分。',
  'digest.suggestion.silent_member': '{member} 已 {days} 天没有发声。像教练一样问问线路上的情况：先倾听。',
  'digest.suggestion.low_checkin_rate':
    '签到只完成了 {rate}%。问问团队怎样能更简单 — 问题更少、换个时间 — 让流程保持简洁。',
  'digest.suggestion.goal_setting_participation':
    '{people} 人中只有 {voices} 人在目标讨论中发言。请每个人提出自己的关键结果：参与设定目标才会产生承诺。',
  'digest.suggestion.key_result_off_track':
    '“{keyResult}” 完成 {progress}%，周期已过 {elapsed}%。和 {owner} 一起商定下一步具体行动；考核既看结果，也看过程。',
  'digest.suggestion.stale_goal': '“{goal}” 已 {days} 天没有更新。在讨论串里问问进展，以及这个目标是否仍然合适。',
  'digest.suggestion.unrecognised':
    '{count} 人四周内没有收到认可。找找本周一次顺利的交接或一位服务好的客户，用认可说声谢谢。',
  'digest.suggestion.uneven_recognition':
    '认可集中在少数人身上（基尼系数 {gini}）。请团队留意不显眼的服务工作 — 全员服务，合心。',
  'digest.suggestion.cross_position': '只有 {rate}% 的认可跨越岗位。下次例会聊聊岗位之间的交接，并认可一次顺利的交接。',
  'digest.suggestion.pulse_trait_low': '团队对“{trait}”的评分为 {average} / 5。{remedy}',
  'digest.suggestion.feedback_waiting':
    '有 {count} 条匿名反馈等待你的回复。在反馈消息里回复：回应让大家知道意见被听到了。',
  'digest.suggestion.role_gaps':
    '职位说明中有 {overlaps} 项职责重叠、{gaps} 处空缺。和团队一起过一遍书面的职位说明，明确谁做什么。',
  'digest.suggestion.informal_quiet':
    '{groups} 组咖啡搭档中只有 {met} 组见了面。下次例会提一提咖啡配对：非正式沟通能弥补正式渠道的不足。',
  'digest.remedy.goals': '一起回顾目标及其意义，让每位成员说说自己将如何贡献。',
  'digest.remedy.roles': '和团队一起审视职位说明：把职责、权限和工作指引写清楚。',
  'digest.remedy.skills': '安排成员结对互相学习，并问问哪种培训最有帮助。',
  'digest.remedy.procedures': '问问工作流程哪里慢或不清楚，简化其中一步。',
  'digest.remedy.communication': '多分享信息：团队的数字、计划和决定背后的原因。',
  'digest.remedy.culture': '讲一个本周全员服务的故事，并感谢做到的人。',
  'digest.remedy.coaching': '本周多问少说：什么能帮到他们，他们会怎么做。',
  'digest.remedy.support': '问问团队在公司内部缺少什么支持，并亲自跟进一项。',
  'digest.remedy.trust': '建立尊重与信任：分享信息、分担负荷、分享分工、分享想法。',

  'digest.signal.blocker_open_days': '困难已等待的天数',
  'digest.signal.days_without_voice': '没有签到或发言的天数',
  'digest.signal.checkin_rate': '签到率',
  'digest.signal.goal_thread_voices': '在目标讨论中发言的人数',
  'digest.signal.key_result_progress': '关键结果的进度',
  'digest.signal.period_elapsed': '周期已过的比例',
  'digest.signal.days_since_goal_update': '距目标上次更新的天数',
  'digest.signal.members_not_recognised': '没有收到认可的人数',
  'digest.signal.kudos_received_gini': '认可分布（基尼系数）',
  'digest.signal.cross_position_kudos': '跨岗位认可',
  'digest.signal.pulse_trait': '团队脉搏：{trait}',
  'digest.signal.feedback_waiting': '等待回复的匿名反馈',
  'digest.signal.role_findings': '职位说明的问题',
  'digest.signal.coffee_meetings': '见了面的咖啡搭档组',
};
