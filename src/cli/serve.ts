// `docstitch serve`: the HTTP service (src/serve/app.ts) on a port, until SIGINT or SIGTERM.
import { type Command, InvalidArgumentError, Option } from 'commander';
import { DEFAULT_MAX_BYTES } from '../io/load.js';
import { DocstitchError, EXIT_CODES } from '../model/errors.js';
import { DEFAULT_MAX_INFLIGHT, DEFAULT_TIMEOUT_MS, DEFAULT_WORKERS } from '../serve/defaults.js';
import { parsePositive } from './args.js';

export const DEFAULT_PORT = 8750;

interface ServeFlags {
  port: number;
  host: string;
  maxSize: number;
  timeout: number;
  maxInflight: number;
  tokenEnv?: string;
  allowRemote?: boolean;
  workers: number;
}

function parseWhole(min: number) {
  return (value: string): number => {
    const n = Number(value);
    if (!Number.isInteger(n) || n < min) throw new InvalidArgumentError(`give a whole number, at least ${min}`);
    return n;
  };
}

/** The characters an RFC 6750 bearer token may hold; a shorter token than this is too easy to guess. */
const TOKEN_PATTERN = /^[A-Za-z0-9._~+/-]+=*$/;
const MIN_TOKEN_LENGTH = 16;

/** The token from the environment variable named by --token-env (never from the command line, where `ps` shows it). */
export function tokenFromEnv(variable: string | undefined, env: NodeJS.ProcessEnv = process.env): string | undefined {
  if (variable === undefined) return undefined;
  const token = env[variable];
  if (!token) throw new DocstitchError('usage', `--token-env ${variable}: the environment variable is not set`);
  if (!TOKEN_PATTERN.test(token) || token.length < MIN_TOKEN_LENGTH) {
    throw new DocstitchError(
      'usage',
      `--token-env ${variable}: the token must be at least ${MIN_TOKEN_LENGTH} characters of A-Z a-z 0-9 . _ ~ + / -`,
    );
  }
  return token;
}

export function registerServe(
  program: Command,
  exit: (code: number) => void,
  defer?: (pending: Promise<number>) => void,
): void {
  program
    .command('serve')
    .description('serve the stitcher over HTTP: POST /v1/stitch, GET /v1/formats, /healthz, /openapi.json')
    .option('-p, --port <n>', 'port (0 picks a free one)', parseWhole(0), DEFAULT_PORT)
    .option(
      '--host <host>',
      'address to listen on (other than loopback only with a token or --allow-remote)',
      '127.0.0.1',
    )
    .addOption(
      new Option('--max-size <mb>', 'largest request body, in MB')
        .argParser((v) => parsePositive(v) * 1024 * 1024)
        .default(DEFAULT_MAX_BYTES, String(DEFAULT_MAX_BYTES / 1024 / 1024)),
    )
    .option('--timeout <seconds>', 'time one stitch request may take', parsePositive, DEFAULT_TIMEOUT_MS / 1000)
    .option('--max-inflight <n>', 'stitch requests in flight at once (503 beyond)', parseWhole(1), DEFAULT_MAX_INFLIGHT)
    .option(
      '--workers <n>',
      'worker threads that stitch (0: in the server thread, where --timeout cannot stop a stitch)',
      parseWhole(0),
      DEFAULT_WORKERS,
    )
    .option('--token-env <var>', 'require "Authorization: Bearer <token>" on /v1/*, the token read from this variable')
    .option('--allow-remote', 'allow a host other than loopback without a token (behind an authenticating proxy)')
    .action((flags: ServeFlags) => {
      if (!defer) throw new DocstitchError('usage', 'this command needs an asynchronous caller');
      const token = tokenFromEnv(flags.tokenEnv);
      defer(serve(flags, token, exit));
    });
}

/** The service (loaded only here: it loads the engine), listening until SIGINT or SIGTERM. */
async function serve(flags: ServeFlags, token: string | undefined, exit: (code: number) => void): Promise<number> {
  const [{ createApp }, { workerPool }, { checkHost, listen }, { serviceSource, viewRoutes }] = await Promise.all([
    import('../serve/app.js'),
    import('../serve/pool.js'),
    import('../serve/server.js'),
    import('../view/routes.js'),
  ]);
  checkHost(flags.host, { token, allowRemote: flags.allowRemote });
  const report = (error: unknown) =>
    process.stderr.write(
      `docstitch: internal error: ${(error as Error).message} (please report this)\n${process.env.DOCSTITCH_DEBUG ? `${(error as Error).stack}\n` : ''}`,
    );
  const pool = flags.workers > 0 ? workerPool(flags.workers, report) : undefined;
  const app = createApp({
    maxBytes: flags.maxSize,
    timeoutMs: flags.timeout * 1000,
    maxInflight: flags.maxInflight,
    token,
    runTask: pool?.run,
    onInternalError: report,
    // The review view at `/`: open a parser output there and it is stitched by POST /v1/stitch.
    mount: (served) => {
      served.route('/', viewRoutes(serviceSource()));
    },
  });
  return listen(app, flags.host, flags.port).then(
    async (server) => {
      process.stderr.write(
        `docstitch: serving on ${server.url} (POST /v1/stitch, OpenAPI at /openapi.json${token ? ', bearer token required' : ''}); Ctrl-C stops\n`,
      );
      if (!token && flags.allowRemote) {
        process.stderr.write(
          'docstitch: warning: no token and --allow-remote: anyone who reaches the port can use it\n',
        );
      }
      const signal = await new Promise<NodeJS.Signals>((resolve) => {
        process.once('SIGINT', resolve);
        process.once('SIGTERM', resolve);
      });
      process.stderr.write(`docstitch: ${signal}, stopping\n`);
      await server.close();
      await pool?.close();
      exit(EXIT_CODES.ok);
      return EXIT_CODES.ok;
    },
    async (error: unknown) => {
      await pool?.close();
      throw error;
    },
  );
}
