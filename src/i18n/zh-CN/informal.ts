import type { informal as en } from '../en/informal.ts';

/** 中文：非正式沟通 —— 咖啡配对与破冰问题。 */
export const informal: Record<keyof typeof en, string> = {
  'informal.intro.head':
    '☕ *{team}* 的*咖啡配对*：你们是这一轮的咖啡搭档。找半个小时，一起喝杯咖啡、打个电话，或者在跑店的路上碰个面。',
  'informal.intro.person': '• {name} —— 当地时间 {time}（{zone}）',
  'informal.intro.person_position': '• {name}，{position} —— 当地时间 {time}（{zone}）',
  'informal.intro.question': '先聊聊这个：_{question}_',
  'informal.intro.why':
    '大家各跑各的线路，平时难得见面；非正式的交流能弥补正式渠道的不足，让我们互相学习、彼此信任。合心会在 {when} 问问你们见面了没有。',
  'informal.intro.fallback': '{team} 的咖啡配对：来认识这一轮的咖啡搭档吧。',

  'informal.followup.mid': '这一轮已过半：你们见面了吗？',
  'informal.followup.last': '这一轮快结束了：你们见上面了吗？',
  'informal.followup.met': '见过了',
  'informal.followup.not_yet': '还没有',
  'informal.followup.cant': '这次见不了',
  'informal.followup.answered.met': '{name} 说你们已经见过了。谢谢，下一轮见！',
  'informal.followup.answered.not_yet': '{name} 说还没有。这一轮快结束时我再问一次。',
  'informal.followup.answered.cant': '{name} 说这次见不了。没关系，还有下一轮。',

  'informal.pause_ask.text':
    '你在 *{team}* 的咖啡配对已经连续两轮没有回复了。要暂停咖啡配对 4 周吗？想继续也可以——无论怎么选，都不会告诉别人。',
  'informal.pause_ask.pause': '暂停 4 周',
  'informal.pause_ask.stay': '继续参加',
  'informal.pause_ask.paused': '你在 *{team}* 的咖啡配对已暂停到 {date}。想提前回来，发送 `/coffee on`。',
  'informal.pause_ask.stayed': '你会继续参加 *{team}* 的咖啡配对。下一杯咖啡愉快！',

  'informal.left_out.text': '抱歉，这一轮 *{team}* 的咖啡配对没能为你安排搭档。下一轮你会优先配对。',
  'informal.left_out.next': '下一轮从 {when} 开始。',
  'informal.channel_problem.not_in_channel':
    '这一轮咖啡配对没能开始：我不在 <#{channel}> 里。请在那里用 `/invite @hexin` 邀请我。',
  'informal.channel_problem.channel_not_found':
    '这一轮咖啡配对没能开始：我看不到 <#{channel}>（它是私有频道而我不在其中，或者已被删除）。请在那里用 `/invite @hexin` 邀请我，或用 `/coffee channel #频道` 另选一个频道。',
  'informal.channel_problem.is_archived':
    '这一轮咖啡配对没能开始：<#{channel}> 已归档。请用 `/coffee channel #频道` 另选一个频道。',
  'informal.setup.channel_unusable':
    '非正式频道还没有设置：我用不了 <#{channel}>（我不在其中，或它已归档）。请在那里用 `/invite @hexin` 邀请我，然后发送 `/coffee channel <#{channel}>`。',
  'informal.channel_problem.retry': '然后发送 `/coffee now`，为这一轮配对。',

  'informal.icebreaker.post': '🧊 *本周破冰问题：* {question}',
  'informal.icebreaker.hint': '在这条消息的话题里回复吧，一两句就够。',

  'informal.cadence.1': '每周',
  'informal.cadence.2': '每两周',
  'informal.cadence.4': '每四周',
  'informal.settings.on':
    '*{team}* 的咖啡配对已开启：{cadence}一轮，{day} {time}（{zone}）开始，每组 {size} 人；只要还有新搭档可配，最近 {repeat} 周内见过的人不会再配到一起。',
  'informal.settings.off': '*{team}* 的咖啡配对已关闭。领导可以用 `/coffee team on` 开启。',
  'informal.settings.channel': '非正式频道：<#{channel}>。',
  'informal.settings.no_channel':
    '这个团队还没有非正式频道：领导可以用 `/coffee channel #频道`（或 `/hexin setup #频道`）设置。',
  'informal.settings.questions_on': '破冰问题：每{day} {time} 发在非正式频道。',
  'informal.settings.questions_off': '破冰问题已关闭。',

  'informal.status.in': '你正在参加咖啡配对。',
  'informal.status.out': '你没有参加咖啡配对（发送 `/coffee on` 重新加入）。',
  'informal.status.paused': '你的咖啡配对暂停到 {date}（发送 `/coffee on` 可提前回来）。',
  'informal.status.group': '你这一轮的咖啡搭档：{names}。',
  'informal.status.no_group': '你这一轮没有咖啡搭档。',
  'informal.status.next': '下一轮：{when}。',
  'informal.status.taking_part': '领导可见：本轮有 {count} 名成员参加。',
  'informal.home.title': '咖啡配对',

  'informal.me.out': '好的：从下一轮起不再为你配对，也不会告诉任何人。发送 `/coffee on` 可重新加入。',
  'informal.me.in': '好的：从下一轮起你会参加咖啡配对。',
  'informal.me.paused': '好的：你的咖啡配对暂停到 {date}，不会告诉任何人。',
  'informal.avoid.added': '好的：不会再把你和 {name} 配到一起。这只有你和合心知道——{name} 和领导都不会知道。',
  'informal.avoid.removed': '好的：你和 {name} 又可能被配到一起了。',
  'informal.avoid.list': '你不会和这些人配对：{names}。（只有你能看到。）',
  'informal.avoid.none': '你还没有回避任何人。发送 `/coffee avoid @某人` 即可，只有你知道。',
  'informal.question.added': '已加入团队的破冰问题，会排在题库下一题之前：_{question}_',
  'informal.now.starting': '现在为 *{team}* 开始一轮咖啡配对：各组马上会在群聊私信里收到介绍。',
  'informal.now.already': '本周已经有一轮咖啡配对了，下一轮按计划开始。',
  'informal.now.under_way': '这一轮咖啡配对要到 {date} 才结束，下一轮按计划开始。',
  'informal.now.retrying': '正在为 *{team}* 重试这一轮咖啡配对：各组马上会在群聊私信里收到介绍。',

  'informal.error.usage': '我不认识“{word}”。试试 `/coffee help`。',
  'informal.error.pause': '可暂停 1 到 26 周，例如 `/coffee pause 4w`。',
  'informal.error.avoid': '请指定一个人：`/coffee avoid @某人`（或 `/coffee unavoid @某人`）。',
  'informal.error.avoid_self': '不能回避你自己。',
  'informal.error.avoid_unknown': '这个人不是本团队的成员，本来就不会和你配对。',
  'informal.error.team': '请写 `/coffee team on` 或 `/coffee team off`。',
  'informal.error.questions':
    '请写 `/coffee questions on`、`/coffee questions off`、`/coffee questions day 周三` 或 `/coffee questions time 15:00`。',
  'informal.error.every': '每 1、2 或 4 周一轮，例如 `/coffee every 2`。',
  'informal.error.day': '请写星期几，例如 `/coffee day mon` 或 `/coffee day 周一`。',
  'informal.error.time': '请按 HH:MM 写时间，例如 `/coffee time 10:00`。',
  'informal.error.size': '每组 2 人或 3 人：`/coffee size 2` 或 `/coffee size 3`。',
  'informal.error.repeat': '请写搭档多少周后才能再配到一起，0 到 52，例如 `/coffee repeat 12`。',
  'informal.error.channel': '请指定频道：`/coffee channel #频道`。',
  'informal.error.channel_is_home': '非正式频道不能是团队频道，请另选一个频道。',
  'informal.error.channel_not_in_channel':
    '我还不在 <#{channel}> 里：请先在那里用 `/invite @hexin` 邀请我，再发一次这条命令。',
  'informal.error.channel_channel_not_found':
    '我看不到 <#{channel}>：它是私有频道而我不在其中，或者已被删除。请先在那里用 `/invite @hexin` 邀请我，再发一次这条命令。',
  'informal.error.channel_is_archived': '<#{channel}> 已归档，请另选一个频道。',
  'informal.error.question': '请写 `/coffee question add`，后面跟上你的问题。',
  'informal.error.question_length': '问题长度应在 5 到 300 个字符之间。',
  'informal.error.no_channel': '这个团队还没有非正式频道：请先用 `/coffee channel #频道` 设置。',
  'informal.error.not_your_group': '只有这一组的咖啡搭档才能回答。',
  'informal.error.round_over': '这一轮已经结束了，下一轮会有新的搭档。',
  'informal.error.not_yours': '这个问题是问别人的。',

  'informal.help': [
    '*咖啡配对* —— 每隔几周，合心会在团队的非正式频道里为你配几位同事，一起喝杯咖啡、打个电话或散散步。',
    '• `/coffee` —— 你的参加情况、当前搭档和下一轮时间',
    '• `/coffee off` / `/coffee on` —— 悄悄退出或重新加入',
    '• `/coffee pause 4w` —— 暂停几周',
    '• `/coffee avoid @某人` —— 永远不和此人配对（只有你知道）；`/coffee unavoid @某人` 取消；`/coffee avoid` 查看你的回避名单',
    '*领导：*`/coffee now` · `/coffee team on|off` · `/coffee channel #频道` · `/coffee every 1|2|4` · `/coffee day 周一` · `/coffee time 10:00` · `/coffee size 2|3` · `/coffee repeat 12` · `/coffee question add …` · `/coffee questions on|off` · `/coffee questions day 周三` · `/coffee questions time 15:00`',
  ].join('\n'),
};
