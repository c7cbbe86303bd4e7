/** `liaison import FILE...`: archive record files (such as the 1944 seeds) stored as documents. */
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { checkRecords, importRecord } from '../app/documents/import-record.js';
import type { RecipientInput } from '../app/documents/prepare-draft.js';
import { parseArchiveRecord } from '../core/archive/archive-record.parse.js';
import { findPersonByUsername } from '../db/person.repository.js';
import { ConfigError, parseStoreConfig } from './config.js';
import { createLogger, openContext } from './open-context.js';
import { startProgress } from './progress.js';
import { CommandError, type StoreOptions } from './user.command.js';

export async function importCommand(
  files: readonly string[],
  options: StoreOptions & { as: string; to?: string[]; marking?: string; draft?: boolean },
): Promise<void> {
  const recipients = (options.to ?? []).map(parseRecipient);
  const problems: string[] = [];
  const config = parseStoreConfig(options, process.env, problems);
  if (problems.length > 0) throw new ConfigError(problems);
  // Read and parse everything first: a bad file stops the import before anything is stored.
  const records = files.map((file) => {
    let text: string;
    try {
      text = readFileSync(file, 'utf8');
    } catch (error) {
      throw new CommandError(`${file}: cannot read it (${(error as Error).message})`);
    }
    const record = parseArchiveRecord(text);
    if (!record.ok) throw new CommandError(`${file}: ${record.message}`);
    return { file, record: record.value };
  });
  const opened = await openContext(config, createLogger('warn'));
  try {
    const { ctx } = opened;
    const person = await ctx.db.asSystem((sql) => findPersonByUsername(sql, options.as));
    if (!person) throw new CommandError(`--as: no person '${options.as}'`);
    const distribution = recipients.length > 0 ? recipients : [{ party: person.party }];
    const importOptions = {
      ...(options.marking === undefined ? {} : { marking: options.marking }),
      distribution,
      issue: !options.draft,
    };
    // Every record is checked before the first is stored: a batch is imported whole or not at all.
    const checked = await checkRecords(
      ctx,
      { personId: person.id, address: null },
      records.map(({ record }) => record),
      importOptions,
    );
    if (!checked.ok) throw new CommandError(`${records[checked.index ?? 0]?.file ?? ''}: ${checked.message} (nothing imported)`);
    const progress = startProgress('Importing', records.length);
    const failures: string[] = [];
    for (const { file, record } of records) {
      const result = await importRecord(ctx, { personId: person.id, address: null }, record, importOptions);
      if (result.ok) {
        progress.tick(basename(file));
        process.stdout.write(
          `${file}: ${result.value.document.registryNumber ?? 'draft'} ${result.value.document.banner} "${result.value.document.title}" (${result.value.document.id})\n`,
        );
      } else {
        progress.tick(`${basename(file)} failed`);
        failures.push(`${file}: ${result.message}`);
      }
    }
    progress.done();
    if (failures.length > 0)
      throw new CommandError(
        `${failures.length} of ${records.length} not imported:\n  ${failures.join('\n  ')}`,
      );
  } finally {
    await opened.close();
  }
}

/** "person:deane", "office:<id>", "party:GBR", with an optional "*3" for copies. */
function parseRecipient(text: string): RecipientInput {
  const match = /^(person|office|party):([^*\s]+)(?:\*(\d+))?$/.exec(text);
  if (!match)
    throw new CommandError(
      `--to: '${text}' is not person:USERNAME, office:ID or party:CODE (optionally *COPIES)`,
    );
  const [, kind, value, copies] = match;
  return { [kind as 'person' | 'office' | 'party']: value, ...(copies ? { copies: Number(copies) } : {}) };
}
