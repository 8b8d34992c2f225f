import { cp, mkdtemp, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { afterEach, describe, expect, it } from 'vitest';
import { openDatabase, type Database } from '../../src/infra/db/database.ts';
import { migrate, MIGRATIONS_DIR, readMigrations } from '../../src/infra/db/migrate.ts';
import { databaseUrlForThisFile } from '../support/harness.ts';

async function freshDatabase(): Promise<Database> {
  const url = await databaseUrlForThisFile();
  return openDatabase(url ? { url } : { pgliteDir: 'memory://' });
}

describe(`migrations on ${process.env.TEST_DATABASE}`, () => {
  let db: Database | null = null;
  afterEach(async () => {
    await db?.close();
    db = null;
  });

  it('when the database is opened, then every migration is applied and recorded in _prisma_migrations with Prisma’s checksum', async () => {
    db = await freshDatabase();
    const rows = await db.session.query<{
      migration_name: string;
      checksum: string;
      finished_at: Date | null;
      applied_steps_count: number;
    }>(
      'SELECT migration_name, checksum, finished_at, applied_steps_count FROM "_prisma_migrations" ORDER BY migration_name',
    );
    const files = await readMigrations();
    expect(rows.map((r) => r.migration_name)).toEqual(files.map((f) => f.name));
    for (const [i, file] of files.entries()) {
      const bytes = await readFile(path.join(MIGRATIONS_DIR, file.name, 'migration.sql'));
      expect(rows[i]!.checksum).toBe(createHash('sha256').update(bytes).digest('hex'));
      expect(rows[i]!.finished_at).not.toBeNull();
    }
    const tables = await db.session.query<{ table_name: string }>(
      "SELECT table_name FROM information_schema.tables WHERE table_schema = 'public'",
    );
    expect(tables.map((t) => t.table_name)).toEqual(
      expect.arrayContaining(['Team', 'Member', 'CheckinPrompt', 'CheckinAnswer', 'CheckinThread', 'Blocker']),
    );
  });

  it('when migrations run again, then nothing is applied twice', async () => {
    db = await freshDatabase();
    expect(await migrate(db.session)).toEqual([]);
  });

  it('when an applied migration file was edited, then start-up refuses with a clear message', async () => {
    db = await freshDatabase();
    const dir = await mkdtemp(path.join(os.tmpdir(), 'hexin-migrations-'));
    await cp(MIGRATIONS_DIR, dir, { recursive: true });
    const [first] = await readMigrations(dir);
    await writeFile(path.join(dir, first!.name, 'migration.sql'), `${first!.sql}\n-- edited\n`);
    await expect(migrate(db.session, dir)).rejects.toThrow(/was edited after it was applied/);
  });

  it('when a new migration fails half-way, then none of it stays and it is not recorded', async () => {
    db = await freshDatabase();
    const dir = await mkdtemp(path.join(os.tmpdir(), 'hexin-migrations-'));
    await cp(MIGRATIONS_DIR, dir, { recursive: true });
    await cp(path.join(MIGRATIONS_DIR, '..', 'migrations'), dir, { recursive: true });
    const broken = path.join(dir, '99990101000000_broken');
    await (await import('node:fs/promises')).mkdir(broken);
    await writeFile(
      path.join(broken, 'migration.sql'),
      'CREATE TABLE "Half" (id int);\nSELECT * FROM "NoSuchTable";\n',
    );
    await expect(migrate(db.session, dir)).rejects.toThrow(/99990101000000_broken failed/);
    const half = await db.session.query("SELECT 1 FROM information_schema.tables WHERE table_name = 'Half'");
    expect(half).toHaveLength(0);
    const recorded = await db.session.query(
      `SELECT 1 FROM "_prisma_migrations" WHERE migration_name = '99990101000000_broken'`,
    );
    expect(recorded).toHaveLength(0);
  });

  it('when two members get the same day’s prompt or answer, then the unique keys refuse the second', async () => {
    db = await freshDatabase();
    const ws = await db.prisma.workspace.create({ data: { id: 'TUNIQ' } });
    const team = await db.prisma.team.create({ data: { workspaceId: ws.id, name: 't', homeChannelId: 'C1' } });
    const member = await db.prisma.member.create({ data: { teamId: team.id, slackUserId: 'U1' } });
    const prompt = { memberId: member.id, teamId: team.id, localDate: '2026-11-30' };
    await db.prisma.checkinPrompt.create({ data: prompt });
    await expect(db.prisma.checkinPrompt.create({ data: prompt })).rejects.toThrow(/unique|Unique/);
    const answer = { ...prompt, answers: {} };
    await db.prisma.checkinAnswer.create({ data: answer });
    await expect(db.prisma.checkinAnswer.create({ data: answer })).rejects.toThrow(/unique|Unique/);
  });
});
