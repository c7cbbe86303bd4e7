/**
 * Settings, parsed once at start from options and the environment into a frozen object. Every bad
 * setting is named before exit, not just the first.
 */
import { resolve } from 'node:path';

export interface StoreConfig {
  /** A PostgreSQL server, when set (DATABASE_URL or --database-url). */
  readonly databaseUrl: string | undefined;
  /** The embedded store's folder otherwise. */
  readonly dataDir: string;
  /** Where the audit log's signing keys are kept (--keys, LIAISON_KEYS; default: beside the data). */
  readonly keysDir: string;
}

export interface ServeConfig extends StoreConfig {
  readonly host: string;
  readonly port: number;
  readonly logLevel: string;
  /** Login attempts per minute per address and username. */
  readonly loginLimit: number;
  /** API requests per minute per address. */
  readonly rateLimit: number;
}

export class ConfigError extends Error {
  constructor(readonly problems: readonly string[]) {
    super(`bad settings:\n${problems.map((problem) => `  - ${problem}`).join('\n')}`);
  }
}

const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'];

export function parseStoreConfig(
  options: { data?: string; databaseUrl?: string; keys?: string },
  env: NodeJS.ProcessEnv,
  problems: string[],
  defaultDataDir = 'liaison-data',
): StoreConfig {
  // An empty value means unset, as in most tools' environments.
  const databaseUrl = options.databaseUrl || env.DATABASE_URL || undefined;
  if (databaseUrl !== undefined) {
    try {
      const url = new URL(databaseUrl);
      if (!['postgres:', 'postgresql:'].includes(url.protocol))
        problems.push(`DATABASE_URL: '${url.protocol}' is not postgres: or postgresql:`);
    } catch {
      problems.push('DATABASE_URL: not a URL (postgres://user:password@host:port/database)');
    }
    if (options.data !== undefined)
      problems.push('--data: give either a data folder or DATABASE_URL, not both');
  }
  const dataDir = resolve(options.data ?? env.LIAISON_DATA ?? defaultDataDir);
  const keys = options.keys ?? env.LIAISON_KEYS;
  const keysDir = resolve(keys ?? (databaseUrl === undefined ? `${dataDir}/keys` : 'liaison-keys'));
  return { databaseUrl, dataDir, keysDir };
}

/** The options of `serve` and `demo`, as the command line gives them. */
export interface ServeOptions {
  port?: string;
  host?: string;
  data?: string;
  databaseUrl?: string;
  keys?: string;
  logLevel?: string;
  loginLimit?: string;
  rateLimit?: string;
}

export function parseServeConfig(
  options: ServeOptions,
  env: NodeJS.ProcessEnv,
  defaultDataDir?: string,
): ServeConfig {
  const problems: string[] = [];
  const store = parseStoreConfig(options, env, problems, defaultDataDir);
  const portText = options.port ?? env.PORT ?? '8044';
  const port = Number(portText);
  if (!/^\d+$/.test(portText) || port < 0 || port > 65535)
    problems.push(`--port: '${portText}' is not a port number (0-65535)`);
  const host = options.host ?? env.HOST ?? '127.0.0.1';
  if (host.trim() === '') problems.push('--host: empty');
  const logLevel = options.logLevel ?? env.LOG_LEVEL ?? 'info';
  if (!LOG_LEVELS.includes(logLevel))
    problems.push(`--log-level: '${logLevel}' is not one of ${LOG_LEVELS.join(', ')}`);
  const limitText = options.loginLimit ?? env.LIAISON_LOGIN_LIMIT ?? '10';
  const loginLimit = Number(limitText);
  if (!/^\d+$/.test(limitText) || loginLimit < 1)
    problems.push(`--login-limit: '${limitText}' is not a positive whole number`);
  const rateText = options.rateLimit ?? env.LIAISON_RATE_LIMIT ?? '600';
  const rateLimit = Number(rateText);
  if (!/^\d+$/.test(rateText) || rateLimit < 1)
    problems.push(`--rate-limit: '${rateText}' is not a positive whole number`);
  if (problems.length > 0) throw new ConfigError(problems);
  return Object.freeze({ ...store, host, port, logLevel, loginLimit, rateLimit });
}
