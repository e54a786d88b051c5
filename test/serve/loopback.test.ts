// The service on a real socket (127.0.0.1, a free port): concurrent requests, and `docstitch serve` itself.
import { type ChildProcess, spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import { connect } from 'node:net';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, test, vi } from 'vitest';
import { main } from '../../src/cli/main.js';
import { EXIT_CODES } from '../../src/model/errors.js';
import { createApp } from '../../src/serve/app.js';
import { workerPool } from '../../src/serve/pool.js';
import { type Listening, listen } from '../../src/serve/server.js';
import { readFixture, SAMPLES } from './helpers.js';

const root = fileURLToPath(new URL('../..', import.meta.url));
const tsxLoader = pathToFileURL(createRequire(import.meta.url).resolve('tsx/esm')).href;
const cli = [join(root, 'src/cli/run.ts')];

// The middle.json sample alone weighs 1.5 MB; the others make the concurrent mix.
const MIX = SAMPLES.filter((s) => s.format !== 'mineru-middle');

describe('on 127.0.0.1', () => {
  let server: Listening;
  // As `docstitch serve` runs it: the stitching in worker threads.
  const pool = workerPool(1);
  beforeAll(async () => {
    server = await listen(createApp({ runTask: pool.run }), '127.0.0.1', 0);
  });
  afterAll(async () => {
    await server.close();
    await pool.close();
  });

  const post = (text: string) =>
    fetch(`${server.url}/v1/stitch?emit=md,structure`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: text,
    });

  test('50 concurrent requests of real samples: no error, each its own document', async () => {
    const texts = MIX.map((s) => readFixture(s.file));
    const expected: string[] = [];
    for (const text of texts) {
      const response = await post(text);
      expect(response.status).toBe(200);
      expected.push(await response.text());
    }
    const picks = Array.from({ length: 50 }, (_, i) => i % texts.length);
    const responses = await Promise.all(picks.map((i) => post(texts[i])));
    expect(responses.map((r) => r.status)).toEqual(picks.map(() => 200));
    const bodies = await Promise.all(responses.map((r) => r.text()));
    bodies.forEach((body, n) => {
      expect(body).toBe(expected[picks[n]]);
    });
    // The samples are different documents, so a mix-up between requests could not go unseen.
    expect(new Set(expected).size).toBe(texts.length);
  });
});

test('a client hanging up mid-upload is not reported as an internal error', async () => {
  const reported: unknown[] = [];
  // One request in flight at most: the next is admitted only once the broken one has been fully handled.
  const server = await listen(createApp({ maxInflight: 1, onInternalError: (e) => reported.push(e) }), '127.0.0.1', 0);
  try {
    await new Promise<void>((resolve) => {
      const socket = connect(server.port, '127.0.0.1', () => {
        socket.write(
          'POST /v1/stitch HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\nContent-Length: 1000\r\n\r\n{"pages": [',
        );
        // Hang up once the server has admitted the request (the next one is refused meanwhile).
        const probe = async () => {
          const busy = await fetch(`${server.url}/v1/stitch`, { method: 'POST' });
          if (busy.status === 503) {
            socket.destroy();
            resolve();
          } else setTimeout(probe, 10);
        };
        void probe();
      });
    });
    let status = 503;
    while (status === 503) {
      const response = await fetch(`${server.url}/v1/stitch?emit=md`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: readFixture('marker/handmade-two-pages.json'),
      });
      status = response.status;
      await response.arrayBuffer();
      if (status === 503) await new Promise((r) => setTimeout(r, 10));
    }
    expect(status).toBe(200);
    expect(reported).toEqual([]);
  } finally {
    await server.close();
  }
});

/** Start `docstitch serve` and wait for its "serving on URL" line. */
function startCli(args: string[], env: NodeJS.ProcessEnv = {}): Promise<{ child: ChildProcess; url: string }> {
  const child = spawn(process.execPath, ['--import', tsxLoader, ...cli, 'serve', ...args], {
    cwd: root,
    env: { ...process.env, ...env },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  return new Promise((resolve, reject) => {
    let stderr = '';
    child.stderr?.on('data', (data: Buffer) => {
      stderr += data.toString();
      const url = /serving on (http:\/\/\S+)/.exec(stderr)?.[1];
      if (url) resolve({ child, url });
    });
    child.once('exit', (code) => reject(new Error(`serve exited with ${code}: ${stderr}`)));
  });
}

function stopped(child: ChildProcess): Promise<number | null> {
  return new Promise((resolve) => {
    if (child.exitCode !== null) resolve(child.exitCode);
    else child.once('exit', (code) => resolve(code));
  });
}

describe('docstitch serve', () => {
  test('serves with the token from --token-env and the --max-size until SIGTERM, then exits 0', async () => {
    const token = 'cli-token-0123456789abcdef';
    // --max-size 0.02 MB: the 5 kB marker sample passes, the 53 kB Docling one does not.
    const { child, url } = await startCli(
      ['--port', '0', '--max-size', '0.02', '--token-env', 'DOCSTITCH_TEST_TOKEN'],
      {
        DOCSTITCH_TEST_TOKEN: token,
      },
    );
    try {
      expect(url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
      expect((await fetch(`${url}/healthz`)).status).toBe(200);
      expect((await fetch(`${url}/v1/formats`)).status).toBe(401);
      const response = await fetch(`${url}/v1/stitch?emit=md`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
        body: readFixture('marker/handmade-two-pages.json'),
      });
      expect(response.status).toBe(200);
      const tooLarge = await fetch(`${url}/v1/stitch`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
        body: readFixture('docling/multi_page.json'),
      });
      expect(tooLarge.status).toBe(413);
    } finally {
      child.kill('SIGTERM');
    }
    expect(await stopped(child)).toBe(EXIT_CODES.ok);
  });

  /** The command line run in this process (as bin/docstitch.js runs it), its exit code and stderr. */
  async function run(args: string[]): Promise<{ code: number; stderr: string }> {
    let stderr = '';
    const write = vi.spyOn(process.stderr, 'write').mockImplementation((chunk) => {
      stderr += String(chunk);
      return true;
    });
    try {
      return { code: await main(args), stderr };
    } finally {
      write.mockRestore();
    }
  }

  test.each([
    ['a host other than loopback without a token', ['--host', '0.0.0.0', '--port', '0'], {}, /--allow-remote/],
    ['--token-env naming an unset variable', ['--port', '0', '--token-env', 'DOCSTITCH_UNSET_VAR'], {}, /not set/],
    [
      'a token too short to be safe',
      ['--port', '0', '--token-env', 'DOCSTITCH_TEST_TOKEN'],
      { DOCSTITCH_TEST_TOKEN: 'short' },
      /at least 16/,
    ],
    ['a bad port', ['--port', 'eighty'], {}, /whole number/],
  ])('refuses %s: exit 2, one line', async (_name, args, env, message) => {
    for (const [key, value] of Object.entries(env)) vi.stubEnv(key, value);
    try {
      const result = await run(['serve', ...args]);
      expect(result.code).toBe(EXIT_CODES.usage);
      expect(result.stderr).toMatch(message);
      expect(result.stderr).not.toMatch(/\n\s+at /);
    } finally {
      vi.unstubAllEnvs();
    }
  });

  test('a port in use: exit 3 (io), one line', async () => {
    const busy = await listen(createApp(), '127.0.0.1', 0);
    try {
      const result = await run(['serve', '--workers', '0', '--port', String(busy.port)]);
      expect(result.code).toBe(EXIT_CODES.io);
      expect(result.stderr.trim().split('\n')).toEqual([
        expect.stringMatching(/cannot listen on 127\.0\.0\.1:\d+: EADDRINUSE/),
      ]);
    } finally {
      await busy.close();
    }
  });
});
