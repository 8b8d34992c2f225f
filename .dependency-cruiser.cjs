/**
 * Boundaries the build checks (`npm test` runs `depcruise src`): a rule broken here fails the
 * suite, so the layout in docs/architecture.md holds by check, not by discipline.
 */
module.exports = {
  forbidden: [
    {
      name: 'domain-is-plain',
      comment: 'The domain knows neither Slack, nor the database and queue, nor how the roles start.',
      severity: 'error',
      from: { path: '^src/domain/' },
      to: { path: '^src/(slack|infra|main)/' },
    },
    {
      name: 'prisma-only-in-the-database-layer',
      comment: 'Only src/infra/db (repositories and the database itself) touches the generated Prisma client.',
      severity: 'error',
      from: { path: '^src/', pathNot: '^src/infra/db/' },
      to: { path: '^src/infra/db/generated/' },
    },
    {
      name: 'listeners-and-jobs-see-ports',
      comment:
        'Listeners and jobs get each capability\'s core typed by the domain\'s ports (src/main/runtime.ts builds them); no repository class reaches them.',
      severity: 'error',
      from: { path: '^src/(slack|jobs)/' },
      to: { path: '^src/infra/db/(repositories/|stores\\.ts)' },
    },
    {
      name: 'catalogs-stand-alone',
      comment: 'The message catalogs import nothing of the rest of Hexin.',
      severity: 'error',
      from: { path: '^src/i18n/' },
      to: { path: '^src/', pathNot: '^src/i18n/' },
    },
    {
      name: 'jobs-without-listeners',
      comment: 'Jobs, the queue and the clock never reach into Bolt listeners.',
      severity: 'error',
      from: { path: '^src/(infra/|jobs/|main/(worker|clock)\\.ts)' },
      to: { path: '^src/slack/listeners/' },
    },
    {
      name: 'capabilities-are-assembled-by-main',
      comment:
        'The list of capabilities is read by the roles in src/main only: a layer that imported it would import every capability.',
      severity: 'error',
      from: { path: '^src/', pathNot: '^src/(main|capabilities)/' },
      to: { path: '^src/capabilities/' },
    },
    {
      name: 'no-dev-dependencies-at-run-time',
      comment: 'What npm start runs may not need a devDependency (npm ci --omit=dev must still run it).',
      severity: 'error',
      from: { path: '^src/', pathNot: '^src/infra/db/generated/' },
      to: { dependencyTypes: ['npm-dev'] },
    },
    {
      name: 'no-unresolvable-imports',
      severity: 'error',
      from: {},
      to: { couldNotResolve: true },
    },
  ],
  options: {
    // The generated client is a target of the rules, so it stays in the graph, but unread.
    doNotFollow: { path: ['node_modules', '^src/infra/db/generated/'] },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: { exportsFields: ['exports'], conditionNames: ['import', 'require', 'node', 'default'] },
  },
};
