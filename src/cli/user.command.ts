/** `liaison user add|list|grant|revoke`: the administrator's view of people, on the machine itself. */
import { createInterface } from 'node:readline';
import { addPerson } from '../app/people/add-person.js';
import { changeAccess, type AccessChange } from '../app/people/change-access.js';
import { listPeople } from '../app/people/list-people.js';
import { nameOfRank } from '../core/marking/scheme.js';
import type { Person } from '../core/person/person.js';
import { parseStoreConfig, ConfigError } from './config.js';
import { createLogger, openContext, type Opened } from './open-context.js';

export interface StoreOptions {
  data?: string;
  databaseUrl?: string;
}

async function withContext<T>(options: StoreOptions, work: (opened: Opened) => Promise<T>): Promise<T> {
  const problems: string[] = [];
  const config = parseStoreConfig(options, process.env, problems);
  if (problems.length > 0) throw new ConfigError(problems);
  const opened = await openContext(config, createLogger('warn'));
  try {
    return await work(opened);
  } finally {
    await opened.close();
  }
}

export class CommandError extends Error {}

export async function userAddCommand(
  username: string,
  options: StoreOptions & {
    name: string;
    title?: string;
    party: string;
    clearance: string;
    role?: string[];
    compartment?: string[];
    passwordStdin?: boolean;
  },
): Promise<void> {
  const password = options.passwordStdin
    ? await readStdin()
    : await promptPassword(`Password for ${username}: `);
  await withContext(options, async ({ ctx }) => {
    const result = await addPerson(ctx, {
      username,
      displayName: options.name,
      ...(options.title === undefined ? {} : { title: options.title }),
      party: options.party,
      clearance: options.clearance,
      roles: options.role ?? [],
      compartments: options.compartment ?? [],
      password,
    });
    if (!result.ok) throw new CommandError(result.message);
    process.stdout.write(`added ${describe(result.value, ctx.scheme)}\n`);
  });
}

export async function userListCommand(options: StoreOptions & { json?: boolean }): Promise<void> {
  await withContext(options, async ({ ctx }) => {
    const people = await listPeople(ctx);
    if (options.json) {
      process.stdout.write(
        `${JSON.stringify(
          people.map(({ offices: _offices, ...person }) => person),
          null,
          2,
        )}\n`,
      );
      return;
    }
    for (const person of people) process.stdout.write(`${describe(person, ctx.scheme)}\n`);
  });
}

export async function userChangeCommand(
  verb: 'grant' | 'revoke',
  username: string,
  options: StoreOptions & { compartment?: string; role?: string; clearance?: string },
): Promise<void> {
  const given = [options.compartment, options.role, options.clearance].filter((value) => value !== undefined);
  if (given.length !== 1)
    throw new CommandError(
      `name exactly one of --compartment, --role${verb === 'grant' ? ' or --clearance' : ''}`,
    );
  let change: AccessChange;
  if (options.clearance !== undefined) {
    if (verb === 'revoke')
      throw new CommandError('a clearance is not revoked: grant the lower one with --clearance');
    change = { grant: 'clearance', value: options.clearance };
  } else {
    const what = options.compartment !== undefined ? 'compartment' : 'role';
    const value = options.compartment ?? options.role ?? '';
    change = verb === 'grant' ? { grant: what, value } : { revoke: what, value };
  }
  await withContext(options, async ({ ctx }) => {
    const result = await changeAccess(ctx, username, change);
    if (!result.ok) throw new CommandError(result.message);
    process.stdout.write(
      `${verb === 'grant' ? 'granted' : 'revoked'}: ${describe(result.value, ctx.scheme)}\n`,
    );
  });
}

function describe(person: Person, scheme: Parameters<typeof nameOfRank>[0]): string {
  const clearance =
    scheme.parties.get(person.party)?.nameByRank.get(person.clearance) ??
    nameOfRank(scheme, person.clearance);
  const readIns = person.compartments.length > 0 ? ` read into ${person.compartments.join(', ')}` : '';
  const roles = person.roles.length > 0 ? ` [${person.roles.join(', ')}]` : '';
  const status = person.status === 'active' ? '' : ` (${person.status})`;
  return `${person.username} ${person.party} ${clearance}${readIns}${roles} — ${person.displayName}${status}`;
}

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks)
    .toString('utf8')
    .replace(/\r?\n$/, '');
}

function promptPassword(question: string): Promise<string> {
  if (!process.stdin.isTTY)
    throw new CommandError('no terminal to ask for the password: use --password-stdin');
  return new Promise((resolvePassword) => {
    const readline = createInterface({ input: process.stdin, output: process.stderr, terminal: true });
    const output = readline as unknown as { _writeToOutput: (text: string) => void };
    process.stderr.write(question);
    output._writeToOutput = () => undefined;
    readline.question('', (answer) => {
      readline.close();
      process.stderr.write('\n');
      resolvePassword(answer);
    });
  });
}
