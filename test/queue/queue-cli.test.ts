// The queue commands' failures that need no Redis: an unreachable Redis and a missing input are one line,
// exit 3, promptly (the connection is not retried forever), and nothing is queued.
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { EXIT_CODES } from '../../src/model/errors.js';
import { outputKey } from '../../src/queue/jobs.js';

const root = fileURLToPath(new URL('../..', import.meta.url));
const tsxLoader = pathToFileURL(createRequire(import.meta.url).resolve('tsx/esm')).href;
const doc = join(root, 'corpus/aptitude-en-ch01s01s02/mineru/content_list.json');

function run(...args: string[]) {
  const r = spawnSync(process.execPath, ['--import', tsxLoader, join(root, 'src/cli/run.ts'), ...args], {
    encoding: 'utf8',
    timeout: 60_000,
    env: { ...process.env, REDIS_URL: '' },
  });
  return { code: r.status, stderr: r.stderr };
}

describe('docstitch queue without a Redis', () => {
  // port 1 on the loopback: nothing listens there, the connection is refused at once
  it('an unreachable Redis: one line naming it, exit 3', () => {
    for (const args of [
      ['queue', 'status'],
      ['queue', 'add', doc, '--out', '/tmp/unused'],
      ['worker', '--exit-when-idle'],
    ]) {
      const r = run(...args, '--redis', 'redis://:secret@127.0.0.1:1');
      expect(r.code, args.join(' ')).toBe(EXIT_CODES.io);
      expect(r.stderr.trim().split('\n')).toEqual([
        expect.stringMatching(/^docstitch: redis:\/\/\*\*\*@127\.0\.0\.1:1: cannot reach Redis/),
      ]);
    }
  });

  it('a missing input: one line, exit 3, before any connection', () => {
    const r = run(
      'queue',
      'add',
      doc,
      join(root, 'no-such.json'),
      '--out',
      '/tmp/unused',
      '--redis',
      'redis://127.0.0.1:1',
    );
    expect(r.code).toBe(EXIT_CODES.io);
    expect(r.stderr.trim()).toMatch(/no-such\.json: cannot read input$/);
  });

  it('output keys: sha256 prefix and a path-safe name', () => {
    const sha = 'ab'.repeat(32);
    expect(outputKey('/x/Report 2024: final.json', sha)).toBe('abababababababab-Report_2024_final');
    expect(outputKey('/x/页面', sha)).toBe('abababababababab-页面');
  });
});
