// The command line's option checking, help and eval output: a flag that would be ignored is an error
// (exit 2, one line), --help shows the main command's options, no arguments prints a short usage.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { main } from '../src/cli/main.js';
import { EXIT_CODES } from '../src/model/errors.js';
import { defaultWeights } from '../src/weights/index.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const tsxLoader = pathToFileURL(createRequire(import.meta.url).resolve('tsx/esm')).href;
const example = join(root, 'examples/naacl2024-long116.mineru_content_list.json');
let work: string;

/** The command in this process (fast: option parsing needs no child), with stdout and stderr captured. */
async function run(args: string[]) {
  const stdout: string[] = [];
  const stderr: string[] = [];
  const out = vi.spyOn(process.stdout, 'write').mockImplementation((chunk) => stdout.push(String(chunk)) > 0);
  const err = vi.spyOn(process.stderr, 'write').mockImplementation((chunk) => stderr.push(String(chunk)) > 0);
  try {
    const code = await main(args);
    return { code, stdout: stdout.join(''), stderr: stderr.join('') };
  } finally {
    out.mockRestore();
    err.mockRestore();
  }
}

/** The real command in a child process, from the work folder. */
function spawnCli(args: string[]) {
  const r = spawnSync(process.execPath, ['--import', tsxLoader, join(root, 'src/cli/run.ts'), ...args], {
    cwd: work,
    encoding: 'utf8',
    timeout: 60_000,
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

function file(name: string, content: string): string {
  const path = join(work, name);
  writeFileSync(path, content);
  return path;
}

beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), 'docstitch-cli-options-'));
});

/** One line on stderr, exit 2, nothing written. */
async function expectUsageError(args: string[], message: RegExp, code: number = EXIT_CODES.usage) {
  const out = join(work, `out-${Math.random().toString(36).slice(2)}`);
  const r = await run([...args, '--out', out]);
  expect(r.stderr).toMatch(message);
  expect(r.code).toBe(code);
  expect(r.stderr.trim().split('\n')).toHaveLength(1);
  expect(existsSync(out)).toBe(false);
}

describe('--options', () => {
  it('a mistyped value names the file, the key and the expected type', async () => {
    const options = file('typo-value.json', '{"unsureBelow": "high"}');
    await expectUsageError(
      [example, '--options', options],
      /^docstitch: \S*typo-value\.json#\/unsureBelow: engine option "unsureBelow" must be a number, not a string \("high"\)\n$/,
    );
  });

  it('an unknown key names the file and the key', async () => {
    const options = file('typo-key.json', '{"furniture": {"topband": 0.2}}');
    await expectUsageError(
      [example, '--options', options],
      /typo-key\.json#\/furniture\/topband: unknown engine option/,
    );
  });

  it('a missing options file is an I/O error naming it; invalid JSON a usage error', async () => {
    await expectUsageError(
      [example, '--options', join(work, 'none.json')],
      /none\.json: cannot read options file \(ENOENT\)/,
      EXIT_CODES.io,
    );
    await expectUsageError(
      [example, '--options', file('bad.json', '{"unsureBelow": ')],
      /bad\.json: options file is not JSON/,
    );
  });

  it('valid options are applied: unsureBelow 0.99 counts more unsure decisions than the default', async () => {
    const unsure = async (args: string[]) => {
      const r = await run([example, '--out', join(work, 'out-valid'), '--emit', 'structure', ...args]);
      expect(r.code).toBe(0);
      return Number(/(\d+) unsure/.exec(r.stderr)?.[1]);
    };
    const options = file('strict.json', '{"unsureBelow": 0.99}');
    expect(await unsure(['--options', options])).toBeGreaterThan(await unsure([]));
  });
});

describe('--weights', () => {
  it('an unknown feature is a usage error naming the file and the key', async () => {
    const weights = file('typo-weights.json', '{"textMerge": {"hyphn": 3}}');
    await expectUsageError(
      [example, '--weights', weights],
      /^docstitch: \S*typo-weights\.json#\/textMerge\/hyphn: unknown weight "textMerge\.hyphn"; known here: .*\bhyphen\b/,
    );
  });

  it('an unknown stage is a usage error naming it', async () => {
    const weights = file('typo-stage.json', '{"textMerg": {}}');
    await expectUsageError(
      [example, '--weights', weights],
      /^docstitch: \S*typo-stage\.json#\/textMerg: unknown weight "textMerg"; known here: textMerge, tableMerge/,
    );
  });

  it('a valid file changes the decisions, on top of --options', async () => {
    const merges = async (args: string[]) => {
      const out = join(work, `out-w-${Math.random().toString(36).slice(2)}`);
      const r = await run([example, '--out', out, '--emit', 'structure', '-q', ...args]);
      expect(r.code).toBe(0);
      return JSON.parse(readFileSync(join(out, 'structure.json'), 'utf8')).paragraphMerges.length as number;
    };
    const weights = file('no-merges.json', '{"textMerge": {"bias": -100}}');
    const options = file('low-threshold.json', '{"textMerge": {"threshold": 0.5}}');
    expect(await merges([])).toBeGreaterThan(0);
    expect(await merges(['--options', options, '--weights', weights])).toBe(0);
  });

  it("--explain prints each decision's features in words, the largest contribution first", async () => {
    const r = await run([example, '--out', join(work, 'out-explain'), '--emit', 'structure', '--explain', '-q']);
    expect(r.code).toBe(0);
    const block = r.stdout.split('\n## ').find((b) => b.startsWith('text-merge'))!;
    expect(block).toMatch(/^\+ 0\.\d\d text-merge\.continuation \[\/\d+ \/\d+\] joined across a/m);
    // the contribution is the default weight of the feature (hand-set or fitted, src/weights/fitted.ts) × 1
    const lower = defaultWeights.textMerge['lowercase-start'].toFixed(2).replace('.', '\\.');
    expect(block).toMatch(
      new RegExp(`^ {4}\\+${lower} the next fragment starts in lower case \\[text-merge\\.lowercase-start\\]$`, 'm'),
    );
    // Under each decision the sizes never grow.
    for (const decision of block.split(/\n(?=[-+?] )/).slice(1)) {
      const sizes = [...decision.matchAll(/^ {4}[+−±](\d+\.\d\d) /gm)].map((m) => Number(m[1]));
      expect(sizes).toEqual([...sizes].sort((a, b) => b - a));
    }
  });
});

describe('flags that would be ignored', () => {
  it('--llm must be an http(s) URL', async () => {
    for (const url of ['notaurl', 'localhost:8000/v1', 'ftp://host/v1'])
      await expectUsageError(
        [example, '--llm', url, '--llm-model', 'm'],
        /'--llm <url>' argument '.*' is invalid\. give an http/,
      );
  });

  it('LLM flags without --llm', async () => {
    await expectUsageError([example, '--llm-model', 'm'], /^docstitch: --llm-model needs --llm <url>\n$/);
    await expectUsageError([example, '--llm-mode', 'all'], /--llm-mode needs --llm <url>/);
    await expectUsageError([example, '--llm-cache', work], /--llm-cache needs --llm <url>/);
  });

  it('--chunk-tokens without chunks among the outputs', async () => {
    await expectUsageError([example, '--chunk-tokens', '256'], /--chunk-tokens needs chunks among the outputs/);
  });

  // (--pdf without --llm, or with the json protocol, is no error: the PDF is evidence too; test/pdf/cli.test.ts)
  it('a missing --pdf file, an unset --llm-key-env', async () => {
    const llm = ['--llm', 'http://127.0.0.1:9/v1', '--llm-model', 'm'];
    await expectUsageError(
      [example, ...llm, '--pdf', join(work, 'no.pdf')],
      /no\.pdf: no such file \(--pdf\)/,
      EXIT_CODES.io,
    );
    await expectUsageError(
      [example, ...llm, '--llm-key-env', 'DOCSTITCH_TEST_UNSET_KEY'],
      /DOCSTITCH_TEST_UNSET_KEY: that environment variable is not set/,
    );
  });

  it('a mistyped flag is one line with the suggestion', async () => {
    await expectUsageError(
      [example, '--llm-modle', 'm'],
      /^docstitch: unknown option '--llm-modle' \(Did you mean .*--llm-model\?\)/,
    );
  });
});

describe('help and usage', () => {
  it('top-level --help shows the main command usage and its options, then the other commands', async () => {
    const r = await run(['--help']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^Usage: docstitch \[stitch\] <inputs\.\.\.> -o <dir> \[options\]$/m);
    for (const flag of ['--out <dir>', '--emit <list>', '--options <file>', '--llm <url>', '--version'])
      expect(r.stdout).toContain(flag);
    expect(r.stdout).toMatch(/^Commands:\n(.*\n)*\s+eval \[options\] <gold> <pred>/m);
    expect(r.stdout).toMatch(/--max-size <mb> .*\(default: 100\)/);
  });

  it('no arguments (the real command): a short usage on stderr and exit 2', () => {
    const r = spawnCli([]);
    expect(r.code).toBe(EXIT_CODES.usage);
    expect(r.stdout).toBe('');
    const lines = r.stderr.trimEnd().split('\n');
    expect(lines.length).toBeGreaterThanOrEqual(3);
    expect(lines.length).toBeLessThanOrEqual(6);
    expect(lines[0]).toMatch(/^Usage: docstitch <inputs\.\.\.> -o <dir>/);
    expect(r.stderr).toContain('--help');
  });

  it('a missing --out is one line, not a page of help', async () => {
    const r = await run([example]);
    expect(r.code).toBe(EXIT_CODES.usage);
    expect(r.stderr).toBe("docstitch: required option '-o, --out <dir>' not specified (see --help)\n");
  });
});

describe('docstitch eval', () => {
  let structure: string;
  beforeAll(async () => {
    const out = join(work, 'out-eval');
    expect((await run([example, '--out', out, '--emit', 'structure', '-q'])).code).toBe(0);
    structure = join(out, 'structure.json');
  });

  it('--json takes an absolute path', async () => {
    const target = join(work, 'scores', 'eval.json');
    const r = await run(['eval', structure, structure, '--json', target]);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(JSON.parse(readFileSync(target, 'utf8')).documents).toHaveLength(1);
  });

  it('--json takes a path relative to the working directory', () => {
    const r = spawnCli(['eval', structure, structure, '--json', 'rel-eval.json']);
    expect(r.code).toBe(0);
    expect(JSON.parse(readFileSync(join(work, 'rel-eval.json'), 'utf8')).corpus).toBeDefined();
  });

  it('errors are one line with the exit code, and no table is printed before a failed write', async () => {
    const missing = await run(['eval', join(work, 'nope.json'), structure]);
    expect(missing.code).toBe(EXIT_CODES.io);
    expect(missing.stderr).toMatch(/^docstitch: \S*nope\.json: no such file or folder\n$/);
    const notJson = await run(['eval', file('not.json', '{'), structure]);
    expect(notJson.code).toBe(EXIT_CODES.json);
    expect(notJson.stderr.trim().split('\n')).toHaveLength(1);
    const blocked = file('a-file', 'x');
    const unwritable = await run(['eval', structure, structure, '--json', join(blocked, 'eval.json')]);
    expect(unwritable.code).toBe(EXIT_CODES.io);
    expect(unwritable.stdout).toBe('');
    expect(unwritable.stderr.trim().split('\n')).toHaveLength(1);
    const noArgs = await run(['eval', structure]);
    expect(noArgs.code).toBe(EXIT_CODES.usage);
    expect(noArgs.stderr).toBe("docstitch: missing required argument 'pred' (see --help)\n");
  });
});
