/** The store itself: forward-only checked migrations, and transactions that do not nest. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MigrationError, migrate, readMigrations } from '../../src/db/migrate.js';
import { createTestWorld, type TestWorld } from '../support/test-context.js';

let world: TestWorld;
beforeAll(async () => {
  world = await createTestWorld();
});
afterAll(() => world.close());

describe('migrations', () => {
  it('apply nothing twice', async () => {
    expect(await migrate(world.database)).toEqual([]);
  });

  it('refuse history that does not match the files', async () => {
    const files = readMigrations();
    const [first, ...rest] = files;
    if (!first) throw new Error('no migrations');
    await expect(migrate(world.database, [{ ...first, checksum: 'changed' }, ...rest])).rejects.toThrow(
      /was changed after it was applied/,
    );
    await expect(migrate(world.database, rest)).rejects.toThrow(MigrationError);
    await expect(
      migrate(
        world.database,
        [...files, { name: '20000101000000_too_early', sql: 'SELECT 1', checksum: 'x' }].sort((a, b) =>
          a.name.localeCompare(b.name),
        ),
      ),
    ).rejects.toThrow(/sorts before/);
  });

  it('roll a failing migration back whole', async () => {
    const failing = {
      name: '29990101000000_failing',
      sql: 'CREATE TABLE half_made (id int); SELECT no_such_function();',
      checksum: 'f',
    };
    await expect(migrate(world.database, [...readMigrations(), failing])).rejects.toThrow();
    const tables = await world.database.asSystem((sql) =>
      sql.query("SELECT 1 FROM information_schema.tables WHERE table_name = 'half_made'"),
    );
    expect(tables).toEqual([]);
    expect(await migrate(world.database)).toEqual([]);
  });
});

describe('transactions', () => {
  it('refuse to open one inside another on the same database', async () => {
    await expect(
      world.database.asSystem(() => world.database.asSystem(() => Promise.resolve(1))),
    ).rejects.toThrow(/opened inside another/);
    expect(await world.database.asSystem(() => Promise.resolve(2))).toBe(2);
  });

  it('roll back everything when the work fails', async () => {
    await expect(
      world.database.asSystem(async (sql) => {
        await sql.query("UPDATE people SET display_name = 'changed' WHERE username = 'deane'");
        throw new Error('fails after a write');
      }),
    ).rejects.toThrow('fails after a write');
    const rows = await world.database.asSystem((sql) =>
      sql.query<{ display_name: string }>("SELECT display_name FROM people WHERE username = 'deane'"),
    );
    expect(rows[0]?.display_name).toBe('Maj. Gen. John R. Deane');
  });
});
