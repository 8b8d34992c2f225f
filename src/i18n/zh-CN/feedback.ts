import type { feedback as en } from '../en/feedback.ts';

/** 简体中文：feedback。 */
export const feedback: Record<keyof typeof en, string> = {
  'feedback.category.goals': '目标',
  'feedback.category.roles': '职位与职责',
  'feedback.category.procedures': '工作程序和流程',
  'feedback.category.communication': '沟通',
  'feedback.category.support': '内部与外部的支持',
  'feedback.category.customers': '零售客户与服务',
  'feedback.category.other': '其他',

  'feedback.modal.title': '匿名反馈',
  'feedback.modal.submit': '发送',
  'feedback.modal.intro': '把你想让团队领导听到的话写下来。合心不保存是谁写的——数据库里没有，日志里也没有。',
  'feedback.modal.team_size': '*{team}*：团队共 {size} 人。由领导阅读：{leaders}。',
  'feedback.modal.small_team': ':warning: *{team}* 不足 {min} 人。反馈仍会送达，但团队人少时，别人更容易猜出是谁写的。',
  'feedback.modal.delivery':
    '*送达方式：*你的反馈会先保留，在当前 {minutes} 分钟时段结束时（下一次：{time}）与其他反馈一起、按随机顺序送达，绝不会在你写下的那一刻送出。领导可以回复；回复会由合心私信给你，你可以继续回答，依然匿名。任何一方都可以结束对话；结束时（或 30 天后）通往你的联系路径会被删除。',
  'feedback.modal.style': '合心隐藏的是你的身份，而不是你的写法：熟悉的说话方式或只有你知道的细节，仍可能让人认出你。',
  'feedback.modal.team': '发给以下团队的领导',
  'feedback.modal.category': '关于',
  'feedback.modal.text': '你的反馈',
  'feedback.modal.placeholder': '你希望领导知道什么？',
  'feedback.modal.sign': '署上我的名字',
  'feedback.modal.sign_hint': '默认不署名；勾选后，领导会看到你的名字。',
  'feedback.modal.team_option': '{team}（{size} 人）',

  'feedback.sent.title': '反馈已发送',
  'feedback.sent.text':
    '谢谢你。你给 *{team}* 领导的反馈将在 {time} 左右与其他反馈一起送达。领导如有回复，合心会私信给你。',
  'feedback.sent.signed': '这条反馈署了你的名字。',
  'feedback.sent.close': '关闭',

  'feedback.leader.new': '*匿名反馈* · *{team}* · {category}',
  'feedback.leader.signed': '*来自 {name} 的反馈* · *{team}* · {category}',
  'feedback.leader.answer': '*作者回复了*关于{category}的对话（*{team}*）：',
  'feedback.leader.context': '写于 {day}。合心不知道是谁写的。你的回复会私下转给作者，并署上你的名字。',
  'feedback.leader.signed_context': '写于 {day}，作者已署名。你的回复会私下转给作者，并署上你的名字。',

  'feedback.button.reply': '回复',
  'feedback.button.answer': '回答',
  'feedback.button.close': '结束对话',
  'feedback.confirm.title': '结束这次对话？',
  'feedback.confirm.text': '结束后任何人都不能再回复，通往作者的联系路径也会被删除。',
  'feedback.confirm.yes': '结束',

  'feedback.reply.title': '回复反馈',
  'feedback.reply.about': '关于{category} · *{team}*',
  'feedback.reply.quote': '作者写道：',
  'feedback.reply.label': '你的回复（署你的名字）',
  'feedback.reply.sent_title': '回复已发送',
  'feedback.reply.sent': '你的回复正在转给作者。作者如有回答，会随之后的批次送达。',

  'feedback.author.reply': '*{name}* 回复了你关于{category}的反馈（*{team}*）：',
  'feedback.author.context': '你仍然是匿名的：你的回答同样会延迟、分批送达。',
  'feedback.answer.title': '匿名回答',
  'feedback.answer.about': '关于{category} · *{team}*——领导不会知道是谁回答的。',
  'feedback.answer.label': '你的回答',
  'feedback.answer.sent_title': '回答已发送',
  'feedback.answer.sent': '你的回答将在 {time} 左右送达 *{team}* 的领导，依然匿名。',

  'feedback.closed.by_leader': '{name} 结束了这次对话。',
  'feedback.closed.by_author': '作者结束了这次对话。',
  'feedback.closed.by_you': '你结束了这次对话，通往你的联系路径已被删除。',
  'feedback.closed.expired': '对话已结束：30 天后，通往作者的联系路径已被删除。',
  'feedback.closed.to_author': '你给 *{team}* 领导关于{category}的反馈已被 {name} 阅读并结束。谢谢你愿意说出来。',
  'feedback.closed.a_leader': '一位领导',

  'feedback.error.closed': '这次对话已经结束。',
  'feedback.error.gone': '这次对话已不存在。',
  'feedback.error.not_yours': '只有写这条反馈的人才能这样做。',
  'feedback.error.no_leader': '你所在的团队还没有（除你以外的）领导来阅读反馈。',
  'feedback.error.rate_limited': '你今天已经发送了 {limit} 条反馈，达到每日上限。请明天再写（UTC 00:00 重新计数）。',
  'feedback.error.answer_rate_limited': '你今天已经回答了 {limit} 次，达到每日上限。请明天再回答（UTC 00:00 起）。',
  'feedback.error.required': '请写点什么。',
  'feedback.error.category': '请选择反馈的主题。',
  'feedback.error.team': '请选择一个团队。',
  'feedback.error.already_closed': '这次对话已经结束了。',
  'feedback.error.cannot_reply': '你不能在这次对话中回复。',

  'feedback.command.help':
    '*匿名反馈*\n' +
    '• `/feedback` — 写给团队领导；除非你署名，他们不会知道是谁写的\n' +
    '• `/feedback window <分钟>` — 领导：反馈保留多久后分批送达（{min}–{max} 分钟）',
  'feedback.command.unknown': '我不明白。用 `/feedback` 写反馈，或看 `/feedback help`。',
  'feedback.window.done': '*{team}* 的匿名反馈现在每 {minutes} 分钟分批送达一次。',
  'feedback.window.error': '请用整数分钟给出时段，范围 {min} 到 {max}，例如 `/feedback window 180`。',
};
