import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { PrismaPGlite } from 'pglite-prisma-adapter';
import { defineConfig } from 'prisma/config';

// The CLI is used to generate the client and to author migrations against a throwaway
// in-memory PGlite (WebAssembly: no native engine to download). Migrations are applied
// to real databases by src/infra/db/migrate.ts.
process.env.CHECKPOINT_DISABLE ??= '1';
// Without a URL the CLI fails to read the schema and falls back to downloading an engine.
process.env.DATABASE_URL ??= 'postgresql://placeholder@127.0.0.1:5432/placeholder';

export default defineConfig({
  experimental: { adapter: true },
  schema: path.join('prisma', 'schema.prisma'),
  engine: 'js',
  adapter: async () => new PrismaPGlite(new PGlite()),
});
