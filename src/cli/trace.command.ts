/** `liaison trace FILE --as USERNAME`: names the copy a leaked text came from, as that person may trace it. */
import { readFileSync } from 'node:fs';
import { traceLeak } from '../app/copies/trace-leak.js';
import { findPersonByUsername } from '../db/person.repository.js';
import { ConfigError, parseStoreConfig } from './config.js';
import { createLogger, openContext } from './open-context.js';
import { CommandError, type StoreOptions } from './user.command.js';

export async function traceCommand(file: string, options: StoreOptions & { as: string; json?: boolean }): Promise<void> {
  let text: string;
  try {
    text = file === '-' ? readFileSync(0, 'utf8') : readFileSync(file, 'utf8');
  } catch (error) {
    throw new CommandError(`${file}: cannot read it (${(error as Error).message})`);
  }
  const problems: string[] = [];
  const config = parseStoreConfig(options, process.env, problems);
  if (problems.length > 0) throw new ConfigError(problems);
  const opened = await openContext(config, createLogger('warn'));
  try {
    const person = await opened.ctx.db.asSystem((sql) => findPersonByUsername(sql, options.as));
    if (!person) throw new CommandError(`--as: no person '${options.as}'`);
    const result = await traceLeak(opened.ctx, { personId: person.id, address: 'cli' }, text);
    if (!result.ok) throw new CommandError(result.message);
    const report = result.value;
    const holder = (copy: (typeof report.ranking)[number]['copy']) => {
      const people = report.directory.people;
      const base =
        copy.holder.kind === 'person'
          ? (people.get(copy.holder.personId)?.displayName ?? 'unknown')
          : copy.holder.kind === 'office'
            ? (report.directory.offices.get(copy.holder.officeId)?.name ?? 'unknown office')
            : copy.holder.party;
      const taker = copy.assignedTo ? people.get(copy.assignedTo)?.displayName : undefined;
      return taker ? `${base} (taken by ${taker})` : base;
    };
    if (options.json) {
      process.stdout.write(
        `${JSON.stringify(
          {
            document: report.document && { id: report.document.id, registryNumber: report.document.registryNumber, title: report.document.title },
            similarity: report.similarity,
            observedPoints: report.observedPoints,
            suspects: report.suspects.map((s) => ({ copy: s.copy.number, of: report.copyCount, holder: holder(s.copy), score: s.score, pValue: s.pValue })),
            falseAccusationBound: report.falseAccusationBound,
          },
          null,
          2,
        )}\n`,
      );
      return;
    }
    if (!report.document) {
      process.stdout.write(`no document of yours matches this text (best similarity ${report.similarity.toFixed(2)}): nobody is accused\n`);
      return;
    }
    const document = report.document;
    process.stdout.write(
      `document: ${document.registryNumber ?? ''} ${document.banner} "${document.title}" (similarity ${report.similarity.toFixed(2)})\n` +
        `variation points read in the text: ${report.observedPoints}\n`,
    );
    if (report.suspects.length === 0) {
      process.stdout.write('nobody is accused: the text carries too little of the copies’ differences\n');
    } else {
      process.stdout.write(`accused (probability that an innocent copy is accused: at most ${report.falseAccusationBound.toExponential(1)}):\n`);
      for (const suspect of report.suspects)
        process.stdout.write(
          `  copy ${suspect.copy.number} of ${report.copyCount}  ${holder(suspect.copy)}  score ${suspect.score.toFixed(1)}  p ${suspect.pValue.toExponential(1)}\n`,
        );
    }
    process.stdout.write(
      `ranking: ${report.ranking.map((entry) => `copy ${entry.copy.number} (${entry.score.toFixed(1)})`).join(', ')}\n`,
    );
  } finally {
    await opened.close();
  }
}
