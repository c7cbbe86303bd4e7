/** `liaison`: the command line. Each command is thin and calls the use cases in src/app. */
import { Command, Option } from 'commander';
import { auditExportCommand, auditKeysCommand, auditVerifyCommand } from './audit.command.js';
import { traceCommand } from './trace.command.js';
import { ConfigError, type ServeOptions } from './config.js';
import { DataFolderError } from './data-folder.js';
import { importCommand } from './import.command.js';
import { demoCommand, serveCommand } from './serve.command.js';
import { CommandError, userAddCommand, userChangeCommand, userListCommand } from './user.command.js';

const collect = (value: string, previous: string[] = []) => [...previous, value];

const storeOptions = (command: Command): Command =>
  command
    .option('--data <dir>', 'the embedded database folder (default ./liaison-data, or LIAISON_DATA)')
    .addOption(
      new Option('--database-url <url>', 'a PostgreSQL server instead of the embedded database').env(
        'DATABASE_URL',
      ),
    )
    .option(
      '--keys <dir>',
      "the audit log's signing keys (LIAISON_KEYS; default DATA/keys, or ./liaison-keys with a server)",
    );

const serverOptions = (command: Command): Command =>
  storeOptions(command)
    .option('--port <port>', 'port to listen on (PORT)', undefined)
    .option('--host <host>', 'address to listen on (HOST)', undefined)
    .option('--log-level <level>', 'fatal, error, warn, info, debug, trace or silent (LOG_LEVEL)')
    .option(
      '--login-limit <n>',
      'login attempts per minute per address and username (LIAISON_LOGIN_LIMIT; default 10)',
    )
    .option('--rate-limit <n>', 'API requests per minute per address (LIAISON_RATE_LIMIT; default 600)');

const program = new Command()
  .name('liaison')
  .description(
    'Secure coalition liaison: classified documents between sovereign parties, under marking, need-to-know and releasability.',
  )
  .showHelpAfterError();

serverOptions(
  program.command('serve').description('serve the API and web interface on an existing database'),
).action((options: ServeOptions) => serveCommand(options));

serverOptions(
  program
    .command('demo')
    .description('load a fresh 1944 demo (default folder ./liaison-demo, replaced each time) and serve it'),
).action((options: ServeOptions) => demoCommand(options));

const user = program
  .command('user')
  .description('people: add, list, grant and revoke access (administrator, on this machine)');
storeOptions(
  user
    .command('add <username>')
    .description('add a person; the password is asked for, or read from standard input with --password-stdin')
    .requiredOption('--name <name>', 'display name, e.g. "Maj. Gen. John R. Deane"')
    .requiredOption('--party <code>', 'party code, e.g. USA')
    .requiredOption('--clearance <level>', 'clearance in the party\'s words, e.g. "MOST SECRET"')
    .option('--title <title>', 'title, e.g. "Chief, United States Military Mission"')
    .option('--role <role>', 'a role (repeatable), e.g. registry-clerk', collect)
    .option('--compartment <name>', 'a compartment to read in (repeatable)', collect)
    .option('--password-stdin', 'read the password from standard input'),
).action((username: string, options: Parameters<typeof userAddCommand>[1]) =>
  userAddCommand(username, options),
);
storeOptions(
  user
    .command('list')
    .description('list people with their clearances and read-ins')
    .option('--json', 'as JSON'),
).action((options: Parameters<typeof userListCommand>[0]) => userListCommand(options));
for (const verb of ['grant', 'revoke'] as const) {
  const command = user
    .command(`${verb} <username>`)
    .description(
      verb === 'grant'
        ? 'read a person into a compartment, give a role, or set a clearance'
        : 'take a read-in or a role away (effective at once)',
    )
    .option('--compartment <name>', 'a compartment')
    .option('--role <role>', 'a role');
  if (verb === 'grant') command.option('--clearance <level>', "a clearance in the party's words");
  storeOptions(command).action((username: string, options: Parameters<typeof userChangeCommand>[2]) =>
    userChangeCommand(verb, username, options),
  );
}

storeOptions(
  program
    .command('import <files...>')
    .description('store archive record files (such as data/seeds/*.txt) as documents of a person')
    .requiredOption('--as <username>', 'the person who drafts and issues them')
    .option(
      '--to <recipient>',
      "recipient: person:USERNAME, office:ID or party:CODE, optionally *COPIES (repeatable; default the person's party)",
      collect,
    )
    .option('--marking <banner>', 'marking to apply instead of the classification line the record bears')
    .option('--draft', 'leave them as drafts instead of issuing them'),
).action((files: string[], options: Parameters<typeof importCommand>[1]) => importCommand(files, options));

storeOptions(
  program
    .command('trace <file>')
    .description("name the copy a leaked text came from (FILE, or - for standard input), among the documents a person answers for")
    .requiredOption('--as <username>', "the person tracing: the document's drafter, or a registry clerk or security officer of its party")
    .option('--json', 'as JSON'),
).action((file: string, options: Parameters<typeof traceCommand>[1]) => traceCommand(file, options));

const audit = program
  .command('audit')
  .description('the tamper-evident audit log: export it, verify it, show its keys');
storeOptions(
  audit
    .command('export')
    .description('write the audit log as JSON lines with signed checkpoints and public keys')
    .option('--out <file>', 'write to a file instead of standard output')
    .option('--party <code>', "only this party's chain (repeatable; NODE for the node's own)", collect),
).action((options: Parameters<typeof auditExportCommand>[0]) => auditExportCommand(options));
audit
  .command('verify <file>')
  .description('check an exported log: exits 0 when intact, 1 naming the first bad line')
  .option(
    '--trusted-keys <file>',
    'a JSON object of chain to public key (from `liaison audit keys`) that the log must use',
  )
  .action((file: string, options: { trustedKeys?: string }) => auditVerifyCommand(file, options));
storeOptions(
  audit.command('keys').description("print each chain's public key, to publish for verifiers"),
).action((options: Parameters<typeof auditKeysCommand>[0]) => auditKeysCommand(options));

try {
  await program.parseAsync();
} catch (error) {
  if (error instanceof ConfigError || error instanceof CommandError || error instanceof DataFolderError) {
    process.stderr.write(`liaison: ${error.message}\n`);
    process.exit(2);
  }
  process.stderr.write(
    `liaison: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
  );
  process.exit(1);
}
