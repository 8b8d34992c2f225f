import type { recognition as en } from '../en/recognition.ts';

/** 简体中文：recognition。 */
export const recognition: Record<keyof typeof en, string> = {
  'recognition.value.default.service': '全员服务',
  'recognition.value.default.oneheart': '合心',
  'recognition.value.default.collaboration': '协作',
  'recognition.value.default.ownership': '担当',
  'recognition.value.default.learning': '学习',
  'recognition.help':
    '*认可（Kudos）* —— 认可践行团队价值观的同事。\n' +
    '• `/kudos @某人 #价值观 具体做了什么` —— 可以同时认可几个人：`/kudos @甲 @乙 #协作 谢谢你们帮我跑北线`\n' +
    '• 在同事的消息上添加 :{emoji}: 表情也算一次认可（价值观：*{reaction_value}*）。\n' +
    '• `/kudos values` 查看团队价值观 · `/kudos leaderboard` 查看被认可最多的同事（需团队开启）。\n' +
    '价值观：{values}\n' +
    '你今天还可以认可 {left} 人（每天最多 {cap} 人）。\n' +
    '领导：`/kudos values add <key> <English label> | <中文标签>` · `/kudos values remove <key>` · `/kudos emoji <表情名> [#价值观]` · `/kudos channel #频道`（或 `home`）· `/kudos cap <人数>` · `/kudos leaderboard on|off`',
  'recognition.error.usage': '请这样写：`/kudos @某人 #价值观 具体做了什么`，或查看 `/kudos help`。',
  'recognition.error.unknown_subcommand':
    '“{word}” 不是 /kudos 的命令。认可同事请以 @某人 开头，或查看 `/kudos help`。',
  'recognition.error.no_recipients': '要认可谁？请以一个或多个 @提及 开头：`/kudos @某人 #价值观 具体做了什么`。',
  'recognition.error.not_a_person': '“{word}” 不是可以认可的人：请从 Slack 的 @ 列表中选择同事，让它变成提及。',
  'recognition.error.too_many_recipients': '一次认可最多 {max} 人。',
  'recognition.error.self': '认可是送给别人的 —— 不能认可自己。今天谁帮助了你？',
  'recognition.error.bot': '<@{user}> 是机器人。认可是送给人的。',
  'recognition.error.not_member': '<@{user}> 不在 *{team}* 团队里。认可只能送给团队同事。',
  'recognition.error.no_value':
    '属于哪一条团队价值观？请用 # 加上，例如 `/kudos @某人 #全员服务 具体做了什么`。可用的价值观：{values}',
  'recognition.error.unknown_value': '“#{word}” 不是本团队的价值观。可用的价值观：{values}',
  'recognition.error.message_required': '请写下对方具体做了什么：`/kudos @某人 #{value} 谢谢你周五帮我照看客户`。',
  'recognition.error.cap':
    '你今天的认可次数已达上限：每天最多 {cap} 人，还剩 {left} 人，而这次要认可 {needed} 人。次数在你当地时间（{zone}）午夜重置，还有 {hours} 小时 {minutes} 分钟。',
  'recognition.given':
    '谢谢！你对 {recipients} 的认可（*{value}*）马上会出现在 <#{channel}>。你今天还可以认可 {left} 人。',
  'recognition.list.and': ' 和 ',
  'recognition.list.comma': '、',
  'recognition.post.command': ':{emoji}: <@{giver}> 认可了 {recipients}：*{value}*',
  'recognition.post.reaction': ':{emoji}: <@{giver}> 认可了 {recipients}：*{value}* —— <{link}|查看消息>',
  'recognition.dm.command': '<@{giver}> 在 *{team}* 认可了你：*{value}*',
  'recognition.dm.reaction': '<@{giver}> 在 <{link}|你的消息> 上添加了 :{emoji}:：在 *{team}* 认可你 *{value}*。',
  'recognition.dm.with': '一同被认可的还有：{others}。',
  'recognition.dm.posted': '大家可以在 <#{channel}> 看到。',
  'recognition.cap_notice':
    '你添加的 :{emoji}: 没有计为认可：你今天已经认可了 {used} 人，达到每天 {cap} 人的上限。次数在你当地时间（{zone}）午夜重置，还有 {hours} 小时 {minutes} 分钟。',
  'recognition.values.title': '*{team}* 的价值观（在 `/kudos` 中写在 # 后面；:{emoji}: 表情对应第一条）：',
  'recognition.values.added': '已添加价值观 `#{key}`：{en} / {zh}。',
  'recognition.values.updated': '价值观 `#{key}` 已改为 {en} / {zh}。',
  'recognition.values.removed': '已移除价值观 `#{key}`。之前按它给出的认可保持不变。',
  'recognition.values.usage':
    '请这样写：`/kudos values add <key> <English label> | <中文标签>` 或 `/kudos values remove <key>`。',
  'recognition.values.error.usage':
    '价值观需要一个 key 和中英文两个名称：`/kudos values add care Customer care | 客户关怀`。',
  'recognition.values.error.key': '“{word}” 不能作为 key：请使用小写字母、数字和“-”（最多 30 个），例如 `care`。',
  'recognition.values.error.clash': '这个 key 或名称已被 `#{key}` 使用：请换一个，让 # 后面的写法不会混淆。',
  'recognition.values.error.too_many': '一个团队最多 {max} 条价值观，请先移除一条。',
  'recognition.values.error.last': '这是团队最后一条价值观；请先添加一条再移除它。',
  'recognition.emoji.current':
    '在消息上添加 :{emoji}: 表示认可 *{value}*。领导可用 `/kudos emoji <表情名> [#价值观]` 修改。',
  'recognition.emoji.done': '现在在同事的消息上添加 :{emoji}: 即表示认可 *{value}*。',
  'recognition.emoji.error': '“{word}” 不是表情名称：请写成 `clap` 或 `:clap:` 这样。',
  'recognition.channel.done': '认可将发布在 <#{channel}>。请确认合心已加入该频道（`/invite @hexin`）。',
  'recognition.channel.error': '请指定频道：`/kudos channel #频道`，或用 `/kudos channel home` 发布到团队主频道。',
  'recognition.cap.done': '现在每人每天最多可以认可 {cap} 人。',
  'recognition.cap.error': '每日上限须是 1 到 {max} 之间的整数：`/kudos cap 5`。',
  'recognition.leaderboard.off':
    '本团队没有开启排行榜。认可是为了感谢，而不是排名；领导可以用 `/kudos leaderboard on` 开启。',
  'recognition.leaderboard.on_done': '排行榜已开启：团队成员都可以用 `/kudos leaderboard` 查看。',
  'recognition.leaderboard.off_done': '排行榜已关闭。',
  'recognition.leaderboard.title': '*{team}* 最近 {days} 天被认可最多的同事：',
  'recognition.leaderboard.line': '{rank}. <@{user}> —— {count} 次',
  'recognition.leaderboard.empty': '最近 {days} 天还没有认可。',
  'recognition.leaderboard.usage': '请这样写：`/kudos leaderboard`，或（领导）`/kudos leaderboard on` / `off`。',
  'recognition.home.received': '*近 30 天收到的认可：*{list}',
  'recognition.home.none': '*近 30 天收到的认可：*暂无',
};
