import { defineConfig } from 'vitest/config';

// Projects do not extend the root config, so the services start once for the whole run.
const integration = (database: 'pglite' | 'postgres') => ({
  test: {
    pool: 'forks' as const,
    name: `integration-${database}`,
    include: ['test/integration/**/*.test.ts'],
    env: { TEST_DATABASE: database },
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});

export default defineConfig({
  test: {
    // Real Redis and PostgreSQL are started once for the whole run (test/support/global-setup.ts).
    globalSetup: ['test/support/global-setup.ts'],
    pool: 'forks',
    projects: [
      { test: { name: 'unit', pool: 'forks', include: ['test/unit/**/*.test.ts'], testTimeout: 60_000 } },
      integration('pglite'),
      integration('postgres'),
    ],
  },
});
