/**
 * `liaison audit export|verify|keys`: the audit log as verifiable JSON lines. Verification needs no
 * database: anyone with the file (and, to be sure of whose log it is, the parties' published keys) can
 * check it.
 */
import { createWriteStream, readFileSync } from 'node:fs';
import { once } from 'node:events';
import { verifyEd25519 } from '../app/audit/audit-signer.js';
import { exportAuditLog } from '../app/audit/export-audit-log.js';
import { verifyAuditLog } from '../core/audit/audit-log.verify.js';
import { loadAuditKeys } from '../db/audit.repository.js';
import { ConfigError, parseStoreConfig } from './config.js';
import { createLogger, openContext } from './open-context.js';
import { CommandError, type StoreOptions } from './user.command.js';

export async function auditExportCommand(
  options: StoreOptions & { out?: string; party?: string[] },
): Promise<void> {
  const problems: string[] = [];
  const config = parseStoreConfig(options, process.env, problems);
  if (problems.length > 0) throw new ConfigError(problems);
  const opened = await openContext(config, createLogger('warn'));
  const out = options.out ? createWriteStream(options.out, { encoding: 'utf8' }) : process.stdout;
  try {
    const parties = options.party?.map((party) => party.toUpperCase());
    for (const party of parties ?? []) {
      if (!opened.ctx.scheme.parties.has(party) && party !== 'NODE')
        throw new CommandError(`--party: no party '${party}'`);
    }
    const write = async (line: string) => {
      if (!out.write(`${line}\n`)) await once(out, 'drain');
    };
    let shown = '';
    const result = await exportAuditLog(
      opened.ctx,
      parties ? { chains: parties } : {},
      write,
      (chain, written, total) => {
        const line = `audit export: ${chain} ${written}/${total}`;
        if (process.stderr.isTTY) process.stderr.write(`\r${line}`);
        shown = line;
      },
    );
    if (process.stderr.isTTY && shown) process.stderr.write('\n');
    process.stderr.write(
      `audit export: ${result.entries} entries of ${result.chains.join(', ') || 'no chain'}${options.out ? ` to ${options.out}` : ''}\n`,
    );
  } finally {
    if (out !== process.stdout) {
      out.end();
      await once(out, 'finish');
    }
    await opened.close();
  }
}

export async function auditKeysCommand(options: StoreOptions): Promise<void> {
  const problems: string[] = [];
  const config = parseStoreConfig(options, process.env, problems);
  if (problems.length > 0) throw new ConfigError(problems);
  const opened = await openContext(config, createLogger('warn'));
  try {
    const keys = await opened.ctx.db.asSystem((sql) => loadAuditKeys(sql));
    const published: Record<string, string> = {};
    for (const [chain, key] of [...keys].sort(([a], [b]) => a.localeCompare(b)))
      published[chain] = key.publicKey;
    process.stdout.write(`${JSON.stringify(published, null, 2)}\n`);
  } finally {
    await opened.close();
  }
}

export function auditVerifyCommand(file: string, options: { trustedKeys?: string }): void {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    throw new CommandError(`${file}: cannot read it (${(error as Error).message})`);
  }
  let trustedKeys: Map<string, string> | undefined;
  if (options.trustedKeys) {
    try {
      const parsed = JSON.parse(readFileSync(options.trustedKeys, 'utf8')) as Record<string, unknown>;
      trustedKeys = new Map(
        Object.entries(parsed).filter((entry): entry is [string, string] => typeof entry[1] === 'string'),
      );
    } catch (error) {
      throw new CommandError(
        `--trusted-keys: ${options.trustedKeys} is not a JSON object of chain to key (${(error as Error).message})`,
      );
    }
  }
  const result = verifyAuditLog(text, verifyEd25519, trustedKeys ? { trustedKeys } : {});
  if (!result.ok) {
    process.stderr.write(`${file}: BROKEN at ${result.message}\n`);
    process.exitCode = 1;
    return;
  }
  for (const chain of result.value.chains) {
    const key = result.value.header.keys.find((candidate) => candidate.chain === chain.chain);
    process.stdout.write(
      `${chain.chain}: ${chain.entries} entries, ${chain.checkpoints} signed checkpoints, head ${chain.lastHash.slice(0, 16)}… key ${key?.keyId ?? '?'}\n`,
    );
  }
  process.stdout.write(
    `${file}: intact${trustedKeys ? ' (keys trusted)' : ' (compare the keys above with the ones each party publishes: liaison audit keys)'}\n`,
  );
}
