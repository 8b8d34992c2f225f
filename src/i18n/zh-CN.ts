import type { MessageKey } from './en.ts';
import { checkins } from './zh-CN/checkins.ts';
import { common } from './zh-CN/common.ts';
import { feedback } from './zh-CN/feedback.ts';
import { goals } from './zh-CN/goals.ts';
import { digest } from './zh-CN/digest.ts';
import { informal } from './zh-CN/informal.ts';
import { icebreakers } from './zh-CN/icebreakers.ts';
import { pulse } from './zh-CN/pulse.ts';
import { recognition } from './zh-CN/recognition.ts';
import { roles } from './zh-CN/roles.ts';
import { scorecards } from './zh-CN/scorecards.ts';
import { teams } from './zh-CN/teams.ts';

/** 简体中文目录，按功能分文件（zh-CN/），与英文目录一一对应。 */
export const zhCN: Record<MessageKey, string> = {
  ...common,
  ...teams,
  ...checkins,
  ...goals,
  ...roles,
  ...scorecards,
  ...recognition,
  ...feedback,
  ...pulse,
  ...icebreakers,
  ...informal,
  ...digest,
};
