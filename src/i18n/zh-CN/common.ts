import type { common as en } from '../en/common.ts';

/** 简体中文：common。 */
export const common: Record<keyof typeof en, string> = {
  // A moment on a team's clock, its zone named (src/slack/blocks/dates.ts, formatMoment).
  'common.moment': '{date} {time}（{zone}）',
  'common.error.unexpected': '我们这边出了点问题，内容没有丢失，请稍等一分钟再试。',
  'common.error.not_saved': '合心此刻无法保存，这次没有提交成功。请过一分钟再试。',
  'common.error.not_in_team': '你还没有加入合心团队。请联系你的团队领导，或在团队频道里运行 `/hexin join`。',
  'common.error.not_your_team':
    '这属于一个你不在其中的团队，合心没有做任何改动。如果你应该在这个团队里，请联系它的领导。',
  'common.error.not_leader': '只有本团队的领导可以这样做。',
  'common.error.which_team': '你在多个团队中（{teams}）：请在你要操作的那个团队的频道里运行。',
  'common.error.not_admin': '只有工作区管理员可以在这里设置新团队。',
  'common.error.no_team_here': '这个频道还不是合心团队的主频道。领导或管理员可以在这里运行 `/hexin setup`。',
  'common.error.text_too_long': '内容太长了：最多 {max} 个字符（你写了 {length} 个）。',
  'common.notice.title': '合心',
  'common.notice.close': '关闭',
  'common.error.database_unavailable': '合心暂时连不上它的数据库，这次操作没有执行。请过一分钟再试。',
  'common.not_available_yet': '`{command}` 还未开放，已在计划中。目前可以用 `/hexin help` 查看合心能做的事。',
  'common.done': '好了。',
  'common.cancel': '取消',
  'common.save': '保存',
  'common.submit': '提交',
  'common.error.other_workspace':
    '合心没有为这条请求所在的工作区安装，这次操作没有执行。请联系运行合心的工作区的管理员。',
  'common.error.slack_user_unknown': 'Slack 暂时无法告诉合心你是谁，这次操作没有执行。请过一分钟再试。',
};
