/** `liaison serve` and `liaison demo`: the server and web interface. */
import type { Logger } from 'pino';
import type { AppContext } from '../app/context.js';
import { buildServer } from '../server/app.js';
import { loadScenario1944, scenarioStepCount } from '../scenario/scenario-1944.js';
import { DEMO_PASSWORD, PEOPLE_1944 } from '../scenario/people-1944.js';
import { listPeople } from '../db/person.repository.js';
import { parseServeConfig, type ServeConfig, type ServeOptions } from './config.js';
import { resetDataFolder } from './data-folder.js';
import { createLogger, openContext } from './open-context.js';
import { startProgress } from './progress.js';

export async function serveCommand(options: ServeOptions): Promise<void> {
  const config = parseServeConfig(options, process.env);
  const logger = createLogger(config.logLevel);
  const opened = await openContext(config, logger);
  await runServer(opened.ctx, config, logger, opened.close);
}

export async function demoCommand(options: ServeOptions): Promise<void> {
  const config = parseServeConfig(options, process.env, 'liaison-demo');
  const logger = createLogger(config.logLevel);
  if (config.databaseUrl === undefined) resetDataFolder(config.dataDir);
  const opened = await openContext(config, logger);
  try {
    const existing = await opened.ctx.db.asSystem((sql) => listPeople(sql));
    if (existing.length > 0)
      throw new Error(
        'the database already has people: the demo loads into an empty database (use a new --data folder or database)',
      );
    const progress = startProgress('Loading the 1944 demo', scenarioStepCount());
    // The scenario's own steps show as progress; its per-step logs would only drown it.
    const quiet = { ...opened.ctx, logger: logger.child({}, { level: 'warn' }) };
    await loadScenario1944(quiet, (step) => progress.tick(step));
    progress.done();
  } catch (error) {
    await opened.close();
    throw error;
  }
  process.stdout.write(
    `Demo logins (password "${DEMO_PASSWORD}"): ${PEOPLE_1944.map((person) => person.username).join(', ')}\n`,
  );
  await runServer(opened.ctx, config, logger, opened.close);
}

async function runServer(
  ctx: AppContext,
  config: ServeConfig,
  logger: Logger,
  close: () => Promise<void>,
): Promise<void> {
  let app: Awaited<ReturnType<typeof buildServer>>;
  try {
    app = await buildServer(ctx, {
      logger,
      loginRateLimitPerMinute: config.loginLimit,
      rateLimitPerMinute: config.rateLimit,
    });
  } catch (error) {
    await close();
    throw error;
  }
  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info({ event: 'stopping', signal }, 'stopping');
    await app.close();
    await close();
    process.exit(0);
  };
  process.once('SIGINT', () => void stop('SIGINT'));
  process.once('SIGTERM', () => void stop('SIGTERM'));
  let address: string;
  try {
    address = await app.listen({ port: config.port, host: config.host });
  } catch (error) {
    await app.close();
    await close();
    throw error;
  }
  const store =
    config.databaseUrl === undefined ? `embedded database in ${config.dataDir}` : 'PostgreSQL (DATABASE_URL)';
  process.stdout.write(
    `Liaison is running at ${address.replace('127.0.0.1', 'localhost')}/  (${store}; Ctrl-C stops it)\n`,
  );
}
