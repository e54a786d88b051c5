// The LLM path end to end against a scripted OpenAI-compatible server on 127.0.0.1: answers applied and
// marked `by: 'llm'`, every fault class falling back to the rules for exactly the affected items,
// chunk reconciliation, the cache, the json protocol and the CLI flags.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { main } from '../../src/cli/main.js';
import type { LlmOptions } from '../../src/llm/refine.js';
import type { ParsedDocument } from '../../src/model/element.js';
import { stitchSync } from '../../src/pipeline.js';
import { stitch } from '../../src/stitch.js';
import { col, makeDoc } from '../helpers/doc.js';
import { type Reply, type ScriptedServer, startServer, userText } from './server.js';

let server: ScriptedServer | undefined;
const temps: string[] = [];
afterEach(async () => {
  await server?.close();
  server = undefined;
  for (const t of temps.splice(0)) rmSync(t, { recursive: true, force: true });
});
const tmp = () => {
  const d = mkdtempSync(join(tmpdir(), 'docstitch-llm-'));
  temps.push(d);
  return d;
};

const TABLE = '<table><tr><td>k</td><td>v</td></tr><tr><td>a</td><td>1</td></tr></table>';
const TABLE2 = '<table><tr><td>b</td><td>2</td></tr></table>';

/** Title, a paragraph cut by a page break, a figure with a free caption, a subtitle, a table over two pages. */
function sample(): ParsedDocument {
  return makeDoc([
    { page: 1, type: 'title', text: '1 Introduction', bbox: col(0.1, 0.13) },
    { page: 1, type: 'text', text: 'The model reads the long text of the page and then', bbox: col(0.2, 0.9) },
    { page: 2, type: 'text', text: 'continues on the next page in lower case.', bbox: col(0.1, 0.3) },
    { page: 2, type: 'image', bbox: col(0.35, 0.55) },
    { page: 2, type: 'image_caption', text: 'Figure 1: A figure.', bbox: col(0.56, 0.58) },
    { page: 2, type: 'title', text: '1.1 Details', bbox: col(0.6, 0.62) },
    { page: 2, type: 'table', html: TABLE, bbox: col(0.7, 0.9) },
    { page: 3, type: 'table', html: TABLE2, bbox: col(0.1, 0.2) },
  ]);
}

function task(body: Parameters<typeof userText>[0]): string {
  const text = userText(body);
  if (text.startsWith('\n## Table 1')) return 'table';
  return /^<image>\n([^:]+):/.exec(text)?.[1] ?? 'json';
}

async function serve(script: (task: string, text: string, index: number) => Reply) {
  server = await startServer((body, i) => script(task(body), userText(body), i));
  return server;
}

const opts = (s: ScriptedServer, extra: Partial<LlmOptions> = {}): LlmOptions => ({
  baseURL: s.url,
  model: 'Popo',
  mode: 'all',
  retries: 0,
  ...extra,
});

const answers: Record<string, string> = {
  'Truncation Detection': '<|src_id|>1<|tgt_id|>2',
  'Title Level Analysis': '<|id|>0<|level|>1\n<|id|>5<|level|>-1',
  'Image-Text Correlation Analysis': '<|src_id|>4<|tgt_id|>3',
  table: '[]',
};

describe('refineWithLlm', () => {
  it('applies the answers to the questions asked and marks them by llm', async () => {
    const s = await serve((t) => ({ content: answers[t] ?? '' }));
    const result = await stitch(sample(), { llm: opts(s) });
    expect(result.stages.textMerges.groups).toEqual([[1, 2]]);
    expect(result.stages.headings.levels.get(0)).toBe(1);
    expect(result.stages.headings.levels.has(5)).toBe(false);
    expect(result.stages.headings.demoted.has(5)).toBe(true);
    expect(result.stages.tableMerges.groups).toEqual([]);
    expect(result.stages.captions.links).toContainEqual({ caption: 4, target: 3, nested: false });
    const sub = result.decisions.find((d) => d.stage === 'headings' && d.ids[0] === 5)!;
    expect(sub.by).toBe('llm');
    expect(sub.accepted).toBe(false);
    expect(sub.llm).toEqual({ model: 'Popo', protocol: 'popo', answer: 'not a heading', changed: true });
    expect(result.llm?.sent).toBe(result.llm?.candidates);
    expect(result.llm?.fallbacks).toBe(0);
    expect(s.bodies.every((b) => b.model === 'Popo' && b.temperature === 0)).toBe(true);
  });

  it('sends only the unsure decisions in unsure mode', async () => {
    const s = await serve((t) => ({ content: answers[t] ?? '' }));
    const det = stitchSync(sample());
    const unsure = det.decisions.filter(
      (d) => d.confidence < 0.7 && d.stage !== 'furniture' && d.stage !== 'references',
    );
    const result = await stitch(sample(), { llm: opts(s, { mode: 'unsure' }) });
    expect(result.llm?.sent).toBe(unsure.length);
    for (const d of result.decisions) {
      if (d.confidence >= 0.7 && d.by === 'rules') continue;
      expect(result.llm?.sentKeys).toContain(`${d.stage}:${d.place.refs.join(' ')}`);
    }
  });
});

describe('faults fall back to the rules for exactly the affected items', () => {
  const sameAsRules = (r: Awaited<ReturnType<typeof stitch>>) =>
    expect(r.structure).toEqual(stitchSync(sample()).structure);

  it('a timeout', async () => {
    const s = await serve(() => ({ hang: true }));
    const r = await stitch(sample(), { llm: opts(s, { timeoutMs: 300 }) });
    sameAsRules(r);
    expect(r.llm?.fallbacks).toBe(r.llm?.sent);
    expect(r.decisions.filter((d) => /timed out/.test(d.llm?.fallback ?? ''))).toHaveLength(r.llm!.sent);
  });

  it('an error status, after retries with backoff', async () => {
    const s = await serve(() => ({ status: 503 }));
    const waits: number[] = [];
    const r = await stitch(sample(), {
      llm: opts(s, { retries: 2, backoffMs: 100, sleep: async (ms) => void waits.push(ms) }),
    });
    sameAsRules(r);
    expect(r.llm?.requests).toBe(3 * 4);
    expect(r.llm?.failures).toBe(4);
    expect(waits.filter((w) => w === 100)).toHaveLength(4);
    expect(waits.filter((w) => w === 200)).toHaveLength(4);
    expect(r.decisions.some((d) => d.llm?.fallback?.includes('the server answered HTTP 503'))).toBe(true);
  });

  it('429 honours Retry-After, then succeeds', async () => {
    const s = await serve((t, _text, i) =>
      i === 0 ? { status: 429, headers: { 'retry-after': '3' } } : { content: answers[t] ?? '' },
    );
    const waits: number[] = [];
    const r = await stitch(sample(), {
      llm: opts(s, { retries: 1, concurrency: 1, sleep: async (ms) => void waits.push(ms) }),
    });
    expect(waits).toEqual([3000]);
    expect(r.llm?.retries).toBe(1);
    expect(r.llm?.fallbacks).toBe(0);
  });

  it('a malformed answer (only that task falls back)', async () => {
    const s = await serve((t) => ({
      content: t === 'Title Level Analysis' ? 'I think the first is a title' : answers[t],
    }));
    const r = await stitch(sample(), { llm: opts(s) });
    const heads = r.decisions.filter((d) => d.stage === 'headings');
    expect(heads.every((d) => d.by === 'rules' && d.llm?.fallback?.includes('the answer was malformed'))).toBe(true);
    expect(r.stages.textMerges.groups).toEqual([[1, 2]]);
  });

  it('a partial answer (cut off): answered items apply, the rest fall back', async () => {
    const s = await serve((t) =>
      t === 'Title Level Analysis'
        ? { content: '<|id|>0<|level|>1\n<|id|>5<|lev', finishReason: 'length' }
        : { content: answers[t] },
    );
    const r = await stitch(sample(), { llm: opts(s) });
    const d0 = r.decisions.find((d) => d.stage === 'headings' && d.ids[0] === 0)!;
    const d5 = r.decisions.find((d) => d.stage === 'headings' && d.ids[0] === 5)!;
    expect(d0.by).toBe('llm');
    expect(d5.by).toBe('rules');
    expect(d5.llm?.fallback).toMatch(/malformed|cut off/);
  });

  it('an out-of-range answer', async () => {
    const s = await serve((t) => ({
      content:
        t === 'Image-Text Correlation Analysis'
          ? '<|src_id|>4<|tgt_id|>999'
          : t === 'Truncation Detection'
            ? '<|src_id|>1<|tgt_id|>77'
            : t === 'Title Level Analysis'
              ? '<|id|>0<|level|>1\n<|id|>5<|level|>40'
              : answers[t],
    }));
    const r = await stitch(sample(), { llm: opts(s) });
    const rules = stitchSync(sample());
    expect(r.stages.captions.links).toEqual(rules.stages.captions.links);
    expect(r.stages.textMerges.groups).toEqual(rules.stages.textMerges.groups);
    const out = r.decisions.filter((d) => d.llm?.fallback?.includes('the answer was out of range'));
    expect(out.map((d) => `${d.stage}:${d.ids[0]}`).sort()).toEqual(['captions:4', 'headings:5', 'text-merge:1']);
    expect(r.decisions.find((d) => d.stage === 'headings' && d.ids[0] === 0)?.by).toBe('llm');
  });
});

describe('long documents', () => {
  it('chunks by pages and reconciles shifted heading levels into one hierarchy', async () => {
    const specs: Parameters<typeof makeDoc>[0] = [];
    for (let p = 1; p <= 12; p++) {
      specs.push({ page: p, type: 'title', text: `${p} Chapter ${p}`, bbox: col(0.1, 0.12) });
      specs.push({ page: p, type: 'title', text: `${p}.1 Section`, bbox: col(0.3, 0.32) });
      specs.push({
        page: p,
        type: 'text',
        text: 'Body text of the section, long enough to be a paragraph.',
        bbox: col(0.4, 0.6),
      });
    }
    const doc = makeDoc(specs);
    // Each chunk answers one level deeper than the one before (as a model seeing only part would).
    let chunk = 0;
    const s = await serve((t, text) => {
      if (t !== 'Title Level Analysis') return { content: '' };
      const shift = chunk++;
      const lines = [...text.matchAll(/<\|id\|>(\d+)<\|page\|>\d+<\|box\|>[^<]*<\|content\|>(\S+)/g)].map(
        ([, id, num]) => `<|id|>${id}<|level|>${(num.includes('.') ? 2 : 1) + shift}`,
      );
      return { content: lines.join('\n') };
    });
    const r = await stitch(doc, { llm: opts(s, { chunking: { maxPages: 5, overlap: 2 }, concurrency: 1 }) });
    const titleRequests = s.bodies.filter((b) => userText(b).includes('Title Level Analysis'));
    expect(titleRequests.length).toBeGreaterThan(2);
    for (const e of doc.elements.filter((x) => x.type === 'title'))
      expect(r.stages.headings.levels.get(e.id)).toBe(e.text.includes('.1 ') ? 2 : 1);
  });
});

describe('cache', () => {
  it('a rerun costs no request and gives the same decisions', async () => {
    const s = await serve((t) => ({ content: answers[t] ?? '' }));
    const dir = tmp();
    const first = await stitch(sample(), { llm: opts(s, { cacheDir: dir }) });
    const served = s.bodies.length;
    const second = await stitch(sample(), { llm: opts(s, { cacheDir: dir }) });
    expect(s.bodies.length).toBe(served);
    expect(second.llm?.requests).toBe(0);
    expect(second.llm?.cacheHits).toBe(first.llm?.requests);
    expect(second.decisions).toEqual(first.decisions);
  });
});

describe('json protocol', () => {
  it('sends a schema and applies the answers', async () => {
    const s = await startServer((body) => {
      const name = (body.response_format as { json_schema: { name: string } }).json_schema.name;
      const content = {
        continuations: { answers: [{ pair: '1-2', continues: true }] },
        heading_levels: {
          levels: [
            { id: 0, level: 1 },
            { id: 5, level: 2 },
          ],
        },
        caption_links: { links: [{ caption: 4, target: 3 }] },
        table_merge: { merge: true, joinCutRow: false },
      }[name];
      return { content: JSON.stringify(content) };
    });
    server = s;
    const r = await stitch(sample(), { llm: opts(s, { protocol: 'json' }) });
    expect(s.bodies.every((b) => b.messages[0].role === 'system')).toBe(true);
    expect(r.stages.textMerges.groups).toEqual([[1, 2]]);
    expect(r.stages.headings.levels.get(5)).toBe(2);
    expect(r.stages.tableMerges.groups).toEqual([[6, 7]]);
    expect(r.llm?.fallbacks).toBe(0);
  });
});

describe('CLI', () => {
  it('--llm makes the stitch command asynchronous and prints the account', async () => {
    const s = await serve((t) => ({ content: answers[t] ?? '' }));
    const out = tmp();
    const stderr: string[] = [];
    const spy = vi.spyOn(process.stderr, 'write').mockImplementation((chunk) => {
      stderr.push(String(chunk));
      return true;
    });
    try {
      const code = main([
        'test/fixtures/mineru/api-pipeline3-naacl2024-long116_content_list.json',
        '--out',
        out,
        '--llm',
        s.url,
        '--llm-model',
        'Popo',
        '--llm-mode',
        'all',
        '--llm-timeout',
        '5',
        '--llm-cache',
        join(out, 'cache'),
      ]);
      expect(code).toBeInstanceOf(Promise);
      expect(await code).toBe(0);
    } finally {
      spy.mockRestore();
    }
    expect(stderr.join('')).toMatch(/llm \(popo, all, Popo\): \d+ requests \(0 from cache/);
    const doc = JSON.parse(readFileSync(join(out, 'document.json'), 'utf8')) as { decisions: Array<{ by: string }> };
    expect(doc.decisions.some((d) => d.by === 'llm')).toBe(true);
    expect(main(['--version'])).toBe(0);
  });
});
