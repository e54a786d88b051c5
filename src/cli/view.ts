// `docstitch view OUT_DIR`: serve the review view of an output folder on a loopback port until Ctrl-C.
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { type Command, InvalidArgumentError } from 'commander';
import { DocstitchError, EXIT_CODES } from '../model/errors.js';

const LOOPBACK = new Set(['127.0.0.1', 'localhost', '::1']);

interface ViewFlags {
  port: number;
  host: string;
  open?: boolean;
}

function parsePort(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0 || n > 65535) throw new InvalidArgumentError('give a port from 0 to 65535');
  return n;
}

/** Fails early, with the file named, when the folder has no document.json the view can draw. */
function checkOutputFolder(dir: string): void {
  const file = join(dir, 'document.json');
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    const missing = (error as NodeJS.ErrnoException).code === 'ENOENT';
    throw new DocstitchError(
      'io',
      missing ? 'no document.json here: write one with `docstitch INPUT --out DIR`' : (error as Error).message,
      { file },
    );
  }
  let doc: { elements?: unknown };
  try {
    doc = JSON.parse(text) as { elements?: unknown };
  } catch (error) {
    throw new DocstitchError('json', `not JSON: ${(error as Error).message}`, { file });
  }
  if (!Array.isArray(doc.elements))
    throw new DocstitchError('schema', 'no element boxes (written by an older docstitch): stitch the input again', {
      file,
      pointer: '/elements',
    });
}

/** Opens the URL in the desktop's browser; a failure only costs the convenience. */
function openBrowser(url: string): void {
  const command = process.platform === 'darwin' ? 'open' : process.platform === 'win32' ? 'explorer' : 'xdg-open';
  const child = spawn(command, [url], { stdio: 'ignore', detached: true });
  child.on('error', () => process.stderr.write(`docstitch view: could not start ${command}; open ${url} yourself\n`));
  child.unref();
}

/** Serves until SIGINT/SIGTERM; resolves with the exit code. The server is loaded only here. */
export async function runView(dir: string, flags: ViewFlags): Promise<number> {
  checkOutputFolder(dir);
  const [{ serve }, { folderSource, viewRoutes }] = await Promise.all([
    import('@hono/node-server'),
    import('../view/routes.js'),
  ]);
  const app = viewRoutes(folderSource(dir));
  return new Promise((resolvePromise, reject) => {
    const server = serve({ fetch: app.fetch, port: flags.port, hostname: flags.host }, (info: AddressInfo) => {
      const host = info.family === 'IPv6' ? `[${info.address}]` : info.address;
      const url = `http://${host}:${info.port}/`;
      process.stdout.write(`docstitch view: ${url} (Ctrl-C to stop)\n`);
      if (!LOOPBACK.has(flags.host))
        process.stderr.write(`docstitch view: warning: listening on ${flags.host}; anyone who can reach it can save\n`);
      if (flags.open) openBrowser(url);
    });
    server.on('error', (error: NodeJS.ErrnoException) => {
      const why = error.code === 'EADDRINUSE' ? `port ${flags.port} is in use (try --port 0)` : error.message;
      reject(new DocstitchError('io', `cannot listen on ${flags.host}:${flags.port}: ${why}`));
    });
    const stop = () => {
      process.off('SIGINT', stop);
      process.off('SIGTERM', stop);
      server.close(() => resolvePromise(EXIT_CODES.ok));
      // Open keep-alive connections from the browser would hold close() back.
      (server as { closeAllConnections?: () => void }).closeAllConnections?.();
    };
    process.on('SIGINT', stop);
    process.on('SIGTERM', stop);
  });
}

export function registerView(
  program: Command,
  exit: (code: number) => void,
  defer?: (pending: Promise<number>) => void,
): void {
  program
    .command('view')
    .description('review every decision in the browser: pages, boxes, merges, captions; save a corrected structure')
    .argument('<out_dir>', 'a folder written by `docstitch INPUT --out DIR`')
    .option('--port <n>', 'port to listen on (0: any free port)', parsePort, 4470)
    .option('--host <address>', 'address to listen on', '127.0.0.1')
    .option('--open', 'open the view in the default browser')
    .action((dir: string, flags: ViewFlags) => {
      if (!defer) throw new DocstitchError('usage', 'this command needs an asynchronous caller');
      defer(
        runView(dir, flags).then((code) => {
          exit(code);
          return code;
        }),
      );
    });
}
