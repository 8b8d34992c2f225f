import type { roles as en } from '../en/roles.ts';

/** 简体中文：roles。 */
export const roles: Record<keyof typeof en, string> = {
  'role.help':
    '*职位说明* —— 谁做什么、有哪些权限、把什么交接给谁\n' +
    '• `/role` 或 `/role mine` —— 我的职位说明\n' +
    '• `/role @某人` —— 他/她的职位说明\n' +
    '• `/role list` —— 团队的全部岗位\n' +
    '领导可用：\n' +
    '• `/role new` —— 在表单中新建一个岗位\n' +
    '• `/role edit &lt;岗位名称&gt;` —— 修改岗位（职责、权限、工作指引、交接、任职人）\n' +
    '• `/role delete &lt;岗位名称&gt;` —— 删除岗位\n' +
    '• `/role check` —— 职位重叠（一项职责在两个岗位）与空缺（无人任职的岗位、没有岗位的成员、没有职责覆盖的关键结果）；在每处重叠下按 *是同一职责* 或 *不是同一职责*\n' +
    '• `/role starter` —— 添加一套客户经理团队的职位说明模板，可随时修改',
  'role.setup_hint':
    '下一步，把分工写下来：`/role starter` 添加一套可修改的客户经理团队职位说明模板，或用 `/role new` 从空白职位说明开始。',
  'role.error.unknown_subcommand': '我不认识 `{word}`。试试 `/role help`。',
  'role.error.usage_mine': '用法：`/role mine`（或直接 `/role`）查看我的职位说明。',
  'role.error.usage_title': '用法：`/role {word} &lt;岗位名称&gt;`',
  'role.error.not_found': '没有名为“{title}”的岗位。现有岗位：{available}。',
  'role.error.gone': '这个岗位已不存在，可能已被删除。请查看 `/role list`。',
  'role.error.too_many_positions':
    '一个团队最多有 {max} 个岗位。请先删除不再需要的岗位（`/role delete &lt;岗位名称&gt;`）。',
  'role.error.duty_pair':
    '这两项职责无法比较：它们是同一项职责，或属于不同团队。请重新运行 `/role check`，用其中的按钮。',
  'role.error.duty_gone': '其中一项职责已不存在，它所在的职位说明已被修改。请重新运行 `/role check`。',
  'role.error.user_not_member': '这个人不在本团队中。',

  'role.modal.title.new': '新建职位说明',
  'role.modal.title.edit': '修改职位说明',
  'role.modal.title.saved': '职位说明已保存',
  'role.modal.intro':
    '职位说明让每个人明白岗位的工作性质，学会在自己的职位范围内找事情做，而不是干等指派。团队：*{team}*。',
  'role.modal.saved.created':
    '岗位 *{title}* 已创建。成员可用 `/role list` 查看；合心会重新检查职位说明的重叠与空缺（`/role check`）。',
  'role.modal.saved.updated': '岗位 *{title}* 已更新。合心会重新检查职位说明的重叠与空缺（`/role check`）。',
  'role.field.title': '岗位名称',
  'role.field.purpose': '岗位目的：为什么设这个岗位',
  'role.field.duties': '岗位职责，每行一项',
  'role.field.authority': '权限：这个岗位可以决定什么',
  'role.field.guidelines': '工作指引',
  'role.field.handoffs': '岗位交接，每行一项',
  'role.field.holders': '任职人',
  'role.hint.duties': '每项职责单独一行。合心会比较各岗位的职责，找出重叠。',
  'role.hint.handoffs': '每行写 `<岗位名称>：<交接的内容>`。现有岗位：{titles}。',
  'role.hint.handoffs.none': '每行写 `<岗位名称>：<交接的内容>`，需在对方岗位创建之后填写。',
  'role.hint.handoffs.cut': '岗位名称变长了，{count} 条交接中只有前 {shown} 条放得进这个框；保存时只保留框内的各行。',
  'role.placeholder.duties': '按计划走访线路上的零售客户',
  'role.placeholder.handoffs': '服务与投诉协调员：现场无法解决的客户投诉',

  'role.problem.required': '请填写这一项。',
  'role.problem.line_too_long': '第 {line} 行太长了：最多 {max} 个字符（现有 {length} 个）。',
  'role.problem.too_many': '太多了：最多 {max} 项（现有 {count} 项）。',
  'role.problem.handoff_format': '第 {line} 行：请写成 `<岗位名称>：<内容>`。',
  'role.problem.handoff_unknown': '第 {line} 行：没有名为“{title}”的岗位。现有岗位：{available}。',
  'role.problem.handoff_self': '第 {line} 行：交接对象应是其他岗位，而不是本岗位。',
  'role.problem.title_taken': '团队中已有同名岗位。',
  'role.problem.holder_not_member':
    '你选择的人中有 {count} 位还不在本团队。请先用 `/hexin member @某人` 把他们加入团队。',

  'role.card.purpose': '岗位目的',
  'role.card.duties': '岗位职责',
  'role.card.authority': '权限',
  'role.card.guidelines': '工作指引',
  'role.card.handoffs': '岗位交接',
  'role.card.holders': '任职人：{names}',
  'role.card.no_holders': '这个岗位暂无任职人。',
  'role.card.empty': '这份职位说明还没有填写内容。',
  'role.card.button.edit': '修改',
  'role.card.same_as': '与…相同',
  'role.mine.none': '你在 *{team}* 还没有岗位。请联系团队领导把你加入职位说明；`/role list` 可查看团队的全部岗位。',
  'role.mine.none.leader':
    '你在 *{team}* 还没有岗位。`/role list` 可查看团队岗位；`/role edit &lt;岗位名称&gt;` 可添加任职人，`/role starter` 可添加一套模板。',
  'role.theirs.none': '{name} 在 *{team}* 还没有岗位。',
  'role.cards.text': '职位说明：{titles}',
  'role.list.title': '*{team}* —— {count} 个岗位',
  'role.list.none': '*{team}* 还没有职位说明。领导可用 `/role new` 新建，或用 `/role starter` 添加一套模板。',
  'role.list.line': '*{title}* —— {holders} · {duties} 项职责',
  'role.list.no_holder': '暂无任职人',
  'role.delete.done': '岗位 *{title}* 已删除。',
  'role.starter.done':
    '已添加 {count} 份职位说明模板：{titles}。请用 `/role edit &lt;岗位名称&gt;` 按团队实际修改，并指定任职人。',
  'role.starter.kept': '以下岗位已存在，保持不变：{titles}。',
  'role.starter.none': '团队已有全部模板岗位，没有新增。',

  'role.check.title': '{team} 的职位说明：重叠与空缺',
  'role.check.none':
    '没有重叠或空缺：每项职责只属于一个岗位，每个岗位都有任职人，每位成员都有岗位，每个已认可的关键结果都在关键结果责任人的岗位职责之内。',
  'role.check.summary':
    '职位检查：{overlaps} 处重叠，{noHolder} 个岗位无人任职，{noPosition} 人没有岗位，{keyResults} 个关键结果没有对应职责。',
  'role.check.overlap':
    '*职位重叠* —— “{dutyA}”（{positionA}）与“{dutyB}”（{positionB}）看起来是同一项职责，却属于两个岗位。',
  'role.check.overlap.confirmed':
    '*职位重叠* —— 你已确认“{dutyA}”（{positionA}）与“{dutyB}”（{positionB}）是同一项职责。请把它交给一个岗位，或写明两个岗位如何分工配合。',
  'role.check.button.same': '是同一职责',
  'role.check.button.different': '不是同一职责',
  'role.check.no_holder': '*无人任职的岗位*：{titles}。请用 `/role edit &lt;岗位名称&gt;` 指定任职人。',
  'role.check.no_position': '*没有岗位的成员*：{names}。请把他们加入职位说明，让他们清楚自己的工作范围。',
  'role.check.key_result':
    '*没有对应职责的关键结果* —— “{title}”（关键结果责任人 {owner}，{positions}）：其岗位的职责中没有涵盖它的一项。',
  'role.check.key_result.no_position':
    '*没有对应职责的关键结果* —— “{title}”（关键结果责任人 {owner}），此人还没有岗位。',
  'role.check.key_result.pick': '它属于哪项职责…',
  'role.check.more': '……还有 {count} 项。请先处理这些，再运行 `/role check`。',
  'role.judge.same': '已记录：这两项职责相同。',
  'role.judge.different': '已记录：这两项职责不同，这处重叠不会再显示。',
  'role.link.done': '已记录：这个关键结果属于“{duty}”。',
  'role.home.title': '你的职位说明',
  'role.home.card': '{title} — {purpose}',
  'role.home.none': '*你的职位说明：*暂无。`/role` 可查看团队的岗位。',
};
