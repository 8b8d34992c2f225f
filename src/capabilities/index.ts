import { en } from '../i18n/en.ts';
import { common as commonEn } from '../i18n/en/common.ts';
import { zhCN } from '../i18n/zh-CN.ts';
import { common as commonZh } from '../i18n/zh-CN/common.ts';
import { jobContracts } from '../infra/queue/contracts.ts';
import { clockJobs } from '../infra/queue/contracts/clock.ts';
import { checkins } from './checkins.ts';
import { type AnyCapability, capabilityProblems } from './define.ts';
import { digest } from './digest.ts';
import { feedback } from './feedback.ts';
import { goals } from './goals.ts';
import { informal } from './informal.ts';
import { pulse } from './pulse.ts';
import { recognition } from './recognition.ts';
import { roles } from './roles.ts';
import { scorecards } from './scorecards.ts';
import { teams } from './teams.ts';

/**
 * The one list of capabilities: the app registers their listeners in this order, the worker
 * their processors, the clock's tick asks their planners in this order — check-ins first, the
 * morning's prompts being the most urgent work of a minute. A new capability is a module beside
 * these and one line here.
 */
export const capabilities: readonly AnyCapability[] = [
  checkins,
  teams,
  goals,
  roles,
  scorecards,
  recognition,
  feedback,
  pulse,
  informal,
  digest,
];

/**
 * Whether the list adds up to the job contracts and message catalogs every layer reads (see
 * docs/architecture.md, "Capabilities"): the roles call this before they start.
 */
export function assertCapabilitiesWhole(list: readonly AnyCapability[] = capabilities): void {
  const problems = capabilityProblems(list, {
    jobContracts,
    platformJobs: Object.keys(clockJobs),
    catalogs: { en, 'zh-CN': zhCN },
    sharedCatalogs: { en: commonEn, 'zh-CN': commonZh },
  });
  if (problems.length > 0) throw new Error(`the capabilities do not add up:\n- ${problems.join('\n- ')}`);
}
