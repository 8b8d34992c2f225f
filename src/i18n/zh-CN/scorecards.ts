import type { scorecards as en } from '../en/scorecards.ts';

/** 简体中文：scorecards。 */
export const scorecards: Record<keyof typeof en, string> = {
  'scorecard.default.name.satisfaction': '零售客户满意度',
  'scorecard.default.name.brand': '品牌培育',
  'scorecard.default.name.market': '市场维护',
  'scorecard.default.name.visits': '拜访计划完成率',
  'scorecard.default.name.complaints': '投诉处理',
  'scorecard.default.unit.satisfaction': '%',
  'scorecard.default.unit.brand': '%',
  'scorecard.default.unit.market': '%',
  'scorecard.default.unit.visits': '%',
  'scorecard.default.unit.complaints': '小时',
  'scorecard.default.note':
    '默认模板：结果以零售客户满意度、品牌培育成果和市场维护情况为重点（60），拜访计划完成率和投诉处理作为过程指标（40），坚持过程与结果并重。',

  'scorecard.help':
    '*考核记分卡* —— 过程与结果并重。\n' +
    '• `/scorecard [周期]` —— 查看我自己的记分卡（例如 `/scorecard 2026-10`）\n' +
    '• `/scorecard history` —— 团队考核模板的各个版本及修改说明\n' +
    '领导：\n' +
    '• `/scorecard team [周期]` —— 全体成员的记分卡和团队平均分\n' +
    '• `/scorecard @某人 [周期]` —— 某位成员的记分卡\n' +
    '• `/scorecard template` —— 修改指标和权重（从下个周期起生效）\n' +
    '• `/scorecard enter @某人 [周期]` —— 录入数值；也可以在与合心的私信中上传 CSV 文件 `member,period,metric,value`——不要发在频道里，那样所有人都会看到每个人的分数（负责多个团队？加上第一列 `team`，填团队的主频道，如 `#north-route`）\n' +
    '• `/scorecard period month|quarter` —— 按月或按季度考核（请在周期开始、录入数值之前修改）',
  'scorecard.command.unknown': '这里没有 `{word}` 这个指令。试试 `/scorecard help`。',
  'scorecard.error.user_missing': '请用 @ 指定成员，例如 `/scorecard enter @某人`。',
  'scorecard.error.period': '“{value}”不是本团队的考核周期：请写成 {example} 这样的格式。',
  'scorecard.error.future': '{period} 还没有开始（本周期是 {current}）：等它开始后才能录入数值。',
  'scorecard.error.not_member': '<@{user}> 不是本团队的在职成员。',
  'scorecard.error.own_only': '你可以用 `/scorecard` 查看自己的记分卡；其他人的记分卡只有他们的领导能看。',
  'scorecard.error.team_leaders_only': '团队记分卡只有领导能看。你自己的记分卡请用 `/scorecard` 查看。',

  'scorecard.kind.process': '过程',
  'scorecard.kind.result': '结果',
  'scorecard.direction.higher': '越高越好',
  'scorecard.direction.lower': '越低越好',
  'scorecard.source.manual': '领导录入',
  'scorecard.source.key_result': '来自目标的关键结果',
  'scorecard.source.checkin_rate': '签到参与率',
  'scorecard.period.month': '月',
  'scorecard.period.quarter': '季度',

  'scorecard.card.title': '*考核记分卡 —— {name}* · {period} · 模板 v{version}',
  'scorecard.card.metric':
    '*{name}* · {kind} · 权重 {weight} · {source}\n{value}，目标 {target} {unit}（{direction}）→ 达成 {attainment} · *{points}* 分',
  'scorecard.card.metric_na':
    '*{name}* · {kind} · {source}\n不适用——只计入该关键结果责任人的记分卡；其余权重按 100 重新折算',
  'scorecard.card.metric_missing':
    '*{name}* · {kind} · 权重 {weight} · {source}\n尚无数值（目标 {target} {unit}，{direction}）→ 0 分',
  'scorecard.card.totals': '过程 *{process}* + 结果 *{result}* = *{total}* 分（全部达标为 100 分，最高 120 分）。',
  'scorecard.card.missing': '有 {count} 项指标还没有数值，按 0 分计。',
  'scorecard.team.title': '*团队考核记分卡 —— {team}* · {period} · 模板 v{version}',
  'scorecard.team.member': '{name}：过程 {process} · 结果 {result} · *总分 {total}*',
  'scorecard.team.member_missing': '{name}：过程 {process} · 结果 {result} · *总分 {total}*（{count} 项未录入）',
  'scorecard.team.member_none': '{name}：尚无数值',
  'scorecard.team.mean': '团队平均（{count} 位有数值的成员）：过程 {process} · 结果 {result} · *总分 {total}*',
  'scorecard.team.no_values':
    '{period} 还没有数值。请用 `/scorecard enter @某人` 录入，或在与合心的私信中上传 CSV 文件。',
  'scorecard.team.no_members': '团队里还没有成员。',
  'scorecard.more': '……还有 {count} 条。',

  'scorecard.history.title': '*考核模板历史 —— {team}*（本周期：{period}）',
  'scorecard.history.version': '*v{version}* · 自 {from} 起{state} · {author} · {date}',
  'scorecard.history.in_effect': ' · 当前生效',
  'scorecard.history.pending': ' · 下个周期生效',
  'scorecard.history.default_author': '合心默认模板',
  'scorecard.history.note': '说明：{note}',

  'scorecard.template.modal.title': '考核模板',
  'scorecard.template.modal.intro':
    '修改从 *{period}* 起生效。已经开始的周期保留原版本（本周期 {current} 按 v{version} 计分）。',
  'scorecard.template.modal.pending': '你正在修改 v{version}（{period} 起生效）：保存后将替换它的指标和说明。',
  'scorecard.template.modal.format':
    '每行一个指标：`键 | 名称 | 类别 | 权重 | 目标 | 单位 | 方向 | 来源`\n' +
    '类别：`process`（过程）或 `result`（结果）· 方向：`higher`（越高越好）或 `lower`（越低越好）· 来源：`manual`（录入）、`checkin_rate`（签到率）或 `key_result:<编号>`（关键结果）· 权重为整数，合计 100。',
  'scorecard.template.modal.key_results':
    '团队进行中目标的关键结果，可用于 `key_result:<id>`（只计入关键结果责任人的记分卡）：',
  'scorecard.template.modal.no_key_results': '团队进行中的目标还没有已接受的关键结果可以关联。',
  'scorecard.template.modal.too_long':
    '当前指标太长，放不进输入框，因此列在这里：请把要保留的行复制到下面的输入框（去掉“|”两边的空格和行末的 `| manual` 可以节省字数）。',
  'scorecard.template.modal.metrics': '指标',
  'scorecard.template.modal.note': '修改了什么，为什么',
  'scorecard.template.modal.note_placeholder': '例如：本季度加大品牌培育的权重',
  'scorecard.template.saved_new': '已保存为 *v{version}*，从 *{period}* 起生效；已经开始的周期保留原版本。',
  'scorecard.template.saved_pending': '*v{version}*（*{period}* 起生效）已更新，说明已替换。已经开始的周期保留原版本。',
  'scorecard.template.error.columns':
    '第 {row} 行：请用“|”分成 8 部分（键 | 名称 | 类别 | 权重 | 目标 | 单位 | 方向 | 来源）；这一行有 {count} 部分。',
  'scorecard.template.error.key':
    '第 {row} 行：键“{value}”必须以小写字母开头，只能用 a–z、0–9 和“_”（最多 {max} 个字符）。',
  'scorecard.template.error.conflict':
    '另一位领导刚好同时保存了 {period} 的修改，你的修改没有保存。请关闭此表单，重新打开 `/scorecard template` 查看他们的版本，再在其基础上修改。',
  'scorecard.template.error.key_reserved': '第 {row} 行：“{value}”不能用作键，请换一个词。',
  'scorecard.template.error.key_repeated': '第 {row} 行：键“{value}”已在第 {first} 行使用。',
  'scorecard.template.error.name_empty': '第 {row} 行：名称是空的。',
  'scorecard.template.error.name_too_long': '第 {row} 行：名称太长了：最多 {max} 个字符（你写了 {length} 个）。',
  'scorecard.template.error.unit_too_long': '第 {row} 行：单位太长了：最多 {max} 个字符（你写了 {length} 个）。',
  'scorecard.template.error.kind': '第 {row} 行：类别必须是“process”（过程）或“result”（结果）（你写的是“{value}”）。',
  'scorecard.template.error.weight': '第 {row} 行：权重必须是 1 到 100 的整数（你写的是“{value}”）。',
  'scorecard.template.error.target': '第 {row} 行：目标必须是大于或等于 0 的数（你写的是“{value}”）。',
  'scorecard.template.error.target_zero': '第 {row} 行：越高越好的指标，目标必须大于 0。',
  'scorecard.template.error.direction':
    '第 {row} 行：方向必须是“higher”（越高越好）或“lower”（越低越好）（你写的是“{value}”）。',
  'scorecard.template.error.source':
    '第 {row} 行：来源必须是“manual”、“checkin_rate”或“key_result:<编号>”（你写的是“{value}”）。',
  'scorecard.template.error.key_result_missing':
    '第 {row} 行：关键结果来源需要在冒号后写上关键结果的编号，例如 key_result:ckr123。',
  'scorecard.template.error.key_result_unknown': '第 {row} 行：本团队的目标中没有关键结果“{value}”。',
  'scorecard.template.error.empty': '请至少写一个指标，每行一个。',
  'scorecard.template.error.too_many': '最多 {max} 个指标（你写了 {count} 个）。',
  'scorecard.template.error.weights': '权重合计为 {sum}；必须正好是 100。',
  'scorecard.template.error.text_too_long': '指标内容太长了：最多 {max} 个字符（你写了 {length} 个）。',
  'scorecard.template.error.note_required': '请写一段说明：修改了什么，为什么。',
  'scorecard.template.error.note_too_long': '说明太长了：最多 {max} 个字符（你写了 {length} 个）。',

  'scorecard.enter.modal.title': '录入考核数值',
  'scorecard.enter.modal.intro': '*{name}* 的数值 · {period} · 模板 v{version}。留空即清除该项数值。',
  'scorecard.enter.modal.label': '{name}（{unit}）',
  'scorecard.enter.modal.hint': '目标 {target} {unit} · {direction} · 权重 {weight}',
  'scorecard.enter.modal.derived': '{name}：{value} —— {source}',
  'scorecard.enter.modal.not_applicable': '不适用（只计入关键结果责任人的记分卡）',
  'scorecard.enter.modal.no_value': '尚无数值',
  'scorecard.enter.modal.no_manual': '这个模板的指标都来自目标或签到，没有需要手工录入的。',
  'scorecard.enter.saved': '已为 *{name}* 保存 {count} 项数值 · {period}。',
  'scorecard.enter.error.value': '请写一个大于或等于 0 的数，例如 87.5（你写的是“{value}”）。',

  'scorecard.period.refused':
    '*{team}* 的考核仍按{kind}进行：{period} 起已经有数值或模板版本，现在修改会把它们重新划分。请在周期开始、录入数值之前修改考核周期。',
  'scorecard.period.unchanged': '*{team}* 的考核已经按{kind}进行。',
  'scorecard.period.done': '*{team}* 的考核现在按{kind}进行；本周期是 {period}。',

  'scorecard.csv.applied':
    '完成：*{file}* 中的 {count} 项数值（{members} 位成员，{periods}）已记入 *{team}* 的考核记分卡。',
  'scorecard.csv.rejected':
    '*{file}* 的内容都没有保存到 *{team}*：所有行都正确后才会整体生效。请修改以下问题后重新上传（标题行为第 1 行）：',
  'scorecard.csv.not_csv': '合心只读取列为 `member,period,metric,value` 的 .csv 文件；*{file}* 不是这样的文件。',
  'scorecard.csv.too_large': '*{file}* 超过了 {max} KB：请拆成几个小文件。',
  'scorecard.csv.not_leader': '只有团队领导可以上传考核数值。',
  'scorecard.csv.several_teams':
    '你是多个团队（{teams}）的领导：请在每一行加上第一列 `team`，填该团队的主频道（例如 `team,member,period,metric,value`，然后 `#north-route,<@U0123ABCD>,2026-11,satisfaction,88`），再在这里重新上传。',
  'scorecard.csv.team_rejected': '*{file}* 的内容都没有保存：`team` 列必须写你负责的同一个团队。请修改后重新上传：',
  'scorecard.csv.in_channel':
    '*{file}* 发在了频道里，所有人都能看到每位成员的分数：没有导入任何数据。请把它从频道中删除，改在这里（与合心的私信）上传。',
  'scorecard.csv.error.team':
    '第 {row} 行：“{value}”不是你负责的团队的主频道；请写成 #north-route 或 C0123ABCD 的形式。',
  'scorecard.csv.error.team_mixed': '第 {row} 行：一个文件只对应一个团队；第 {first} 行写的是另一个团队。',
  'scorecard.csv.error.quote': '有一个带引号的字段没有结束：请检查文件中的引号。',
  'scorecard.csv.error.header': '第 {row} 行：第一行必须是标题 `{expected}`。',
  'scorecard.csv.error.empty': '文件只有标题行，没有数值。',
  'scorecard.csv.error.too_many': '每个文件最多 {max} 行（这个文件有 {count} 行）。',
  'scorecard.csv.error.columns': '第 {row} 行：需要 4 列（成员、周期、指标、数值）；这一行有 {count} 列。',
  'scorecard.csv.error.field_too_long': '第 {row} 行：有一个字段太长了：最多 {max} 个字符（有一个是 {length} 个）。',
  'scorecard.csv.error.member': '第 {row} 行：“{value}”不是 Slack 成员编号（例如 U0123ABCD 或 <@U0123ABCD>）。',
  'scorecard.csv.error.not_member': '第 {row} 行：{value} 不是本团队的在职成员。',
  'scorecard.csv.error.period': '第 {row} 行：“{value}”不是本团队的考核周期；请写成 {example} 这样的格式。',
  'scorecard.csv.error.future': '第 {row} 行：{value} 还没有开始。',
  'scorecard.csv.error.metric': '第 {row} 行：{period} 的模板中没有指标“{value}”（需要录入的指标：{keys}）。',
  'scorecard.csv.error.derived': '第 {row} 行：“{value}”来自目标或签到，不能录入。',
  'scorecard.csv.error.value': '第 {row} 行：数值必须是大于或等于 0 的数（你写的是“{value}”）。',
  'scorecard.csv.error.repeated': '第 {row} 行：同一成员、周期和指标已在第 {first} 行出现。',
  'scorecard.home.mine': '*你的记分卡（{period}）：*{total} 分。`/scorecard` 可查看各项指标。',
  'scorecard.home.none': '*你的记分卡（{period}）：*暂无数值。',
};
