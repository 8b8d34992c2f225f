import { checkins } from './en/checkins.ts';
import { common } from './en/common.ts';
import { feedback } from './en/feedback.ts';
import { goals } from './en/goals.ts';
import { digest } from './en/digest.ts';
import { informal } from './en/informal.ts';
import { icebreakers } from './en/icebreakers.ts';
import { pulse } from './en/pulse.ts';
import { recognition } from './en/recognition.ts';
import { roles } from './en/roles.ts';
import { scorecards } from './en/scorecards.ts';
import { teams } from './en/teams.ts';

/**
 * The English catalog, one file per capability under en/. Every key must exist in the
 * zh-CN catalog too: each zh-CN file is typed against its English twin, and a test checks.
 */
export const en = {
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
} as const;

export type MessageKey = keyof typeof en;
