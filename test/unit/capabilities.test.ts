import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { type AnyCapability, capabilityProblems, type Declared } from '../../src/capabilities/define.ts';
import { assertCapabilitiesWhole, capabilities } from '../../src/capabilities/index.ts';
import { en } from '../../src/i18n/en.ts';
import { common as commonEn } from '../../src/i18n/en/common.ts';
import { zhCN } from '../../src/i18n/zh-CN.ts';
import { common as commonZh } from '../../src/i18n/zh-CN/common.ts';
import { jobContracts } from '../../src/infra/queue/contracts.ts';
import { clockJobs } from '../../src/infra/queue/contracts/clock.ts';
import type { Planner } from '../../src/infra/queue/processor.ts';

const declared: Declared = {
  jobContracts,
  platformJobs: Object.keys(clockJobs),
  catalogs: { en, 'zh-CN': zhCN },
  sharedCatalogs: { en: commonEn, 'zh-CN': commonZh },
};

const byName = (name: string): AnyCapability => capabilities.find((c) => c.name === name)!;
const replaced = (name: string, changed: Partial<AnyCapability>): AnyCapability[] =>
  capabilities.map((c) => (c.name === name ? { ...c, ...changed } : c));

describe('the one list of capabilities', () => {
  it('when the roles start, then the list adds up to every job contract and message', () => {
    expect(capabilityProblems(capabilities, declared)).toEqual([]);
    expect(() => assertCapabilitiesWhole()).not.toThrow();
    expect(capabilities.map((c) => c.name)).toEqual([
      'checkins',
      'teams',
      'goals',
      'roles',
      'scorecards',
      'recognition',
      'feedback',
      'pulse',
      'informal',
      'digest',
    ]);
  });

  it('when a module declares a job without a processor, then the check names it and the roles refuse to start', () => {
    const { 'goal-close': _dropped, ...rest } = byName('goals').processors;
    const broken = replaced('goals', { processors: rest });
    expect(capabilityProblems(broken, declared)).toEqual(['goals declares job goal-close without a processor']);
    expect(() => assertCapabilitiesWhole(broken)).toThrow(/goals declares job goal-close without a processor/);
  });

  it('when a module has a processor for a job it does not declare, or two modules declare one job, then both are named', () => {
    const goals = byName('goals');
    const extra = replaced('roles', {
      processors: { ...byName('roles').processors, 'goal-close': goals.processors['goal-close'] },
      jobs: { ...byName('roles').jobs, 'goal-close': goals.jobs['goal-close']! },
    });
    expect(capabilityProblems(extra, declared)).toContain('job goal-close is declared by both goals and roles');
    const stray = replaced('roles', {
      processors: { ...byName('roles').processors, 'goal-close': goals.processors['goal-close'] },
    });
    expect(capabilityProblems(stray, declared)).toContain(
      'roles has a processor for goal-close, which it does not declare',
    );
  });

  it('when a job contract or a message belongs to no module in the list, then the check names it', () => {
    const withoutPulse = capabilities.filter((c) => c.name !== 'pulse');
    const problems = capabilityProblems(withoutPulse, declared);
    expect(problems).toContain('job pulse-open belongs to no capability');
    expect(problems).toContain('en message pulse.trait.goals belongs to no capability');
    expect(problems).toContain('zh-CN message pulse.trait.goals belongs to no capability');
  });

  it('when a module declares a job or a message the shared tables lack, then the check names it', () => {
    const goals = byName('goals');
    const broken = replaced('goals', {
      jobs: { ...goals.jobs, 'goal-archive': goals.jobs['goal-close']! },
      processors: { ...goals.processors, ['goal-archive' as 'goal-close']: goals.processors['goal-close'] },
      catalogs: { en: { ...goals.catalogs.en, 'goals.new.word': 'x' }, 'zh-CN': goals.catalogs['zh-CN'] },
    });
    const problems = capabilityProblems(broken, declared);
    expect(problems).toContain("goals's job goal-archive is missing from src/infra/queue/contracts.ts");
    expect(problems).toContain("goals's en message goals.new.word is missing from src/i18n/en.ts");
  });

  it('when a planner is written under src/jobs, then a module registers it with the clock', async () => {
    const registered = new Set<Planner>(capabilities.flatMap((c) => c.planners));
    const folders = readdirSync(new URL('../../src/jobs/', import.meta.url), { withFileTypes: true });
    const unregistered: string[] = [];
    let found = 0;
    for (const folder of folders.filter((f) => f.isDirectory())) {
      const files = readdirSync(new URL(`../../src/jobs/${folder.name}/`, import.meta.url));
      if (!files.includes('planner.ts')) continue;
      const module = (await import(`../../src/jobs/${folder.name}/planner.ts`)) as Record<string, unknown>;
      for (const [name, exported] of Object.entries(module)) {
        if (typeof exported !== 'function') continue;
        found += 1;
        if (!registered.has(exported as Planner)) unregistered.push(`${folder.name}/${name}`);
      }
    }
    expect(found).toBeGreaterThanOrEqual(6);
    expect(unregistered).toEqual([]);
  });
});
