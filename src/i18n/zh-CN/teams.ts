import type { teams as en } from '../en/teams.ts';

/** 简体中文：teams。 */
export const teams: Record<keyof typeof en, string> = {
  'hexin.help':
    '*合心 Hexin — 团队设置*\n' +
    '• `/hexin setup [#非正式频道]` — 把本频道设为团队主频道（你成为领导）\n' +
    '• `/hexin join` / `/hexin leave` — 加入或退出本频道的团队\n' +
    '• `/hexin members` — 查看团队成员\n' +
    '• `/hexin leader @某人` / `/hexin member @某人` — 设为领导或成员\n' +
    '• `/hexin remove @某人` — 将某人移出团队\n' +
    '• `/hexin schedule days=mon-fri time=09:00 reminder=16:00` — 每日签到的日期和当地时间\n' +
    '• `/hexin questions default shops issues` — 签到问题（{available}）\n' +
    '• `/hexin holiday add 2026-12-25 [名称]` / `/hexin holiday remove 2026-12-25` / `/hexin holidays`\n' +
    '• `/hexin vacation 2026-12-01 2026-12-05` / `/hexin vacation clear` — 你的休假日期\n' +
    '• `/hexin language zh-CN|en` — 团队默认语言\n' +
    '• `/hexin timezone Asia/Shanghai` — 团队时区（成员使用各自 Slack 中的时区）',
  'hexin.error.unknown_subcommand': '我不认识 `{word}`。试试 `/hexin help`。',
  'hexin.error.usage': '用法：`{usage}`',
  'hexin.setup.done':
    '本频道现在是团队 *{team}* 的主频道，你是领导。成员可以运行 `/hexin join`，加入本频道的人也会自动加入团队。每日签到在 {days} 的 {time} 开始，按每位成员自己的时区。',
  'hexin.team_language':
    '团队语言是 {language}：团队频道里的消息用它；Slack 语言既不是中文也不是英文的人，合心也用它；其他人看到的是自己 Slack 的语言。可用 `/hexin language zh-CN|en` 修改。',
  'hexin.setup.already': '本频道已经是团队 *{team}* 的主频道。',
  'hexin.join.done': '欢迎加入 *{team}*！你会在当地时间 {time} 收到每日签到。',
  'hexin.join.already': '你已经在 *{team}* 里了。',
  'hexin.leave.done': '你已退出 *{team}*。你过去的签到仍保留在团队中。',
  'hexin.leave.last_leader': '你是团队唯一的领导：请先指定另一位领导（`/hexin leader @某人`）。',
  'hexin.members.title': '*{team}* — 共 {count} 人',
  'hexin.members.leader': '领导',
  'hexin.members.member': '成员',
  'hexin.members.local_time': '{zone}',
  'hexin.role.done': '{user} 现在是 *{team}* 的{role}。',
  'hexin.remove.done': '{user} 已不在 *{team}* 中。',
  'hexin.error.user_missing': '请用 @ 指定一个人，例如 `/hexin leader @某人`。',
  'hexin.error.user_not_member': '这个人不在本团队中。',
  'hexin.schedule.done': '签到：{days} {time}，提醒 {reminder} — 均为每位成员的当地时间。',
  'hexin.schedule.error.days': '`days` 需要星期，例如 `mon-fri` 或 `mon,wed,fri`。',
  'hexin.schedule.error.time': '`{key}` 需要时间，例如 `09:00`（24 小时制）。',
  'hexin.schedule.error.order': '提醒时间必须晚于签到时间。',
  'hexin.schedule.error.empty': '请至少给出 `days=`、`time=`、`reminder=` 中的一项。',
  'hexin.questions.done': '签到问题：{questions}。',
  'hexin.questions.error.unknown': '未知问题 `{word}`。可选：{available}。',
  'hexin.holiday.added': '{date}（{name}）已设为团队假日：当天不签到。',
  'hexin.holiday.removed': '{date} 不再是团队假日。',
  'hexin.holiday.none': '还没有设置团队假日。',
  'hexin.holiday.list': '团队假日：{list}',
  'hexin.error.date': '`{word}` 不是日期，请写成 YYYY-MM-DD，例如 2026-12-25。',
  'hexin.vacation.done': '好好休息：{start} 至 {end} 不会收到签到。',
  'hexin.vacation.cleared': '你的休假已清除，工作日恢复签到。',
  'hexin.vacation.error.order': '休假的结束日期不能早于开始日期。',
  'hexin.language.done': '团队默认语言已改为 {language}。每个人仍按自己的 Slack 语言看到合心。',
  'hexin.language.error': '请选择 `zh-CN` 或 `en`。',
  'hexin.timezone.done': '团队时区已改为 {zone}。',
  'hexin.timezone.error': '`{word}` 不是时区，请使用如 Asia/Shanghai 或 America/New_York 的名称。',
  'weekday.1': '周一',
  'weekday.2': '周二',
  'weekday.3': '周三',
  'weekday.4': '周四',
  'weekday.5': '周五',
  'weekday.6': '周六',
  'weekday.7': '周日',
};
