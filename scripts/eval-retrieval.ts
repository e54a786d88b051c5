// `npm run eval:retrieval` — does docstitch's chunking retrieve better than chunking the parser output
// directly? BM25 (minisearch) over three chunkings of the same documents, with questions built from
// the corpus's gold structure only (never from docstitch's output).
//
// Documents: every document of corpus/manifest.json, read twice — as MinerU content_list.json and as
// a dots.ocr page list — each reading is its own collection, indexed across all documents at once.
//
// Answer passages (gold): each `paragraphMerges` group of the gold (a paragraph the page or column
// break cut), and each single body text element (MinerU `text` without `text_level`, dots.ocr `Text`
// / `List-item`) that is not a gold heading, caption or furniture and not in a merge group; only
// passages of at least MIN_WORDS words (CJK characters count as words).
// Queries: a sentence-level window of the passage's own text (Intl.Segmenter sentences, extended to
// at least MIN_WORDS words, at most MAX_WORDS): for a merged paragraph, the window around the cut —
// the sentence the break falls in (or the last before it) and the next one — so it spans both
// fragments; for a single element, the window starting at its middle sentence.
// Relevance (the same for every chunking): a chunk is relevant when its text, reduced to letters and
// digits (NFKC, lower case), contains the whole answer passage reduced the same way ("passage"), or,
// a looser reading also reported, the query text ("evidence").
// Chunkings:
//   page     one chunk per page of parser output (parser-labelled headers/footers/page numbers left out);
//   window   fixed windows of --tokens cl100k tokens (overlap --overlap) over the parser's Markdown
//            (all pages in order, the same elements as `page`);
//   docstitch  docstitch chunks (src/retrieval/chunk.ts, --tokens budget), text only and with the
//            breadcrumb in front ("docstitch+path").
// Metrics: recall@k = share of questions with a relevant chunk in the top k (hit rate; there can be
// several relevant chunks, e.g. overlapping windows); MRR = mean of 1 / rank of the first relevant
// chunk (0 when none is retrieved); "reachable" = share of questions with a relevant chunk at all.
//   options: --tokens N (512)  --overlap N (64)  --corpus DIR (corpus)  --json FILE  --limit N  --show-misses N
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { getEncoding } from 'js-tiktoken';
import MiniSearch from 'minisearch';
import { stitchSync } from '../src/pipeline.js';
import { chunkResult } from '../src/retrieval/chunk.js';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const MIN_WORDS = 12;
const MAX_WORDS = 40;

interface Args {
  tokens: number;
  overlap: number;
  corpus: string;
  json: string;
  limit: number;
  showMisses: number;
}

function parseArgs(argv: string[]): Args {
  const a: Args = { tokens: 512, overlap: 64, corpus: path.join(ROOT, 'corpus'), json: '', limit: 0, showMisses: 0 };
  for (let i = 0; i < argv.length; i++) {
    const v = () => argv[++i] ?? '';
    if (argv[i] === '--tokens') a.tokens = Number(v());
    else if (argv[i] === '--overlap') a.overlap = Number(v());
    else if (argv[i] === '--corpus') a.corpus = path.resolve(v());
    else if (argv[i] === '--json') a.json = v();
    else if (argv[i] === '--limit') a.limit = Number(v());
    else if (argv[i] === '--show-misses') a.showMisses = Number(v());
    else throw new Error(`unknown option ${argv[i]}`);
  }
  return a;
}

// ---------------------------------------------------------------------------------------------
// Reading the parser outputs directly (not through docstitch): elements with ref, page, kind, text.

interface RawElement {
  ref: string;
  page: number;
  kind: 'heading' | 'text' | 'table' | 'caption' | 'furniture' | 'other';
  text: string;
}

function stripHtml(html: string): string {
  return html
    .replace(/<\/t[dh]>/gi, ' | ')
    .replace(/<\/tr>/gi, '\n')
    .replace(/<[^>]+>/g, '')
    .replace(/&#x([0-9a-f]+);/gi, (_, h) => String.fromCodePoint(Number.parseInt(h, 16)))
    .replace(/&#(\d+);/g, (_, d) => String.fromCodePoint(Number(d)))
    .replace(/&nbsp;/g, ' ')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&');
}

function readMineru(json: Array<Record<string, unknown>>): RawElement[] {
  const out: RawElement[] = [];
  json.forEach((e, i) => {
    const page = Number(e.page_idx ?? 0) + 1;
    const type = String(e.type);
    const ref = `/${i}`;
    const str = (v: unknown) => (typeof v === 'string' ? v : Array.isArray(v) ? v.join('\n') : '');
    if (type === 'header' || type === 'footer' || type === 'page_number') {
      out.push({ ref, page, kind: 'furniture', text: str(e.text) });
    } else if (type === 'text') {
      out.push({ ref, page, kind: e.text_level ? 'heading' : 'text', text: str(e.text) });
    } else if (type === 'table') {
      const caps = [str(e.table_caption), stripHtml(str(e.table_body)), str(e.table_footnote)].filter(Boolean);
      out.push({ ref, page, kind: 'table', text: caps.join('\n') });
    } else if (type === 'image') {
      out.push({ ref, page, kind: 'other', text: [str(e.image_caption), str(e.image_footnote)].join('\n').trim() });
    } else out.push({ ref, page, kind: 'other', text: str(e.text) });
  });
  return out;
}

function readDots(json: Array<Array<Record<string, unknown>>>): RawElement[] {
  const out: RawElement[] = [];
  json.forEach((page, p) => {
    page.forEach((e, i) => {
      const cat = String(e.category);
      const text = typeof e.text === 'string' ? e.text : '';
      const kind: RawElement['kind'] =
        cat === 'Page-header' || cat === 'Page-footer'
          ? 'furniture'
          : cat === 'Title' || cat === 'Section-header'
            ? 'heading'
            : cat === 'Text' || cat === 'List-item'
              ? 'text'
              : cat === 'Table'
                ? 'table'
                : cat === 'Caption'
                  ? 'caption'
                  : 'other';
      out.push({ ref: `/${p}/${i}`, page: p + 1, kind, text: kind === 'table' ? stripHtml(text) : text });
    });
  });
  return out;
}

interface Gold {
  headings: Array<{ ref: string }>;
  paragraphMerges: string[][];
  captions: Array<{ caption: string }>;
  furniture: string[];
}

// ---------------------------------------------------------------------------------------------
// Questions

/** Letters and digits only, lower case (NFKC): containment that ignores spacing, hyphens, Markdown. */
const norm = (s: string) =>
  s
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '');

const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u;
const wordSeg = new Intl.Segmenter(undefined, { granularity: 'word' });
const sentSeg = new Intl.Segmenter(undefined, { granularity: 'sentence' });

function wordCount(s: string): number {
  let n = 0;
  for (const w of wordSeg.segment(s)) if (w.isWordLike) n += CJK.test(w.segment) ? [...w.segment].length : 1;
  return n;
}

/** Join fragments as a reader would: a hyphen at a line/page end before a lower-case letter goes. */
function joinRaw(parts: string[]): { text: string; cuts: number[] } {
  let text = '';
  const cuts: number[] = [];
  for (const p0 of parts) {
    const p = p0.trim();
    if (!text) text = p;
    else if (/\p{L}-$/u.test(text) && /^\p{Ll}/u.test(p)) text = text.slice(0, -1) + p;
    else if (CJK.test(text.at(-1) ?? '') || CJK.test(p[0] ?? '')) text += p;
    else text += ` ${p}`;
    cuts.push(text.length - p.length);
  }
  return { text, cuts: cuts.slice(1) };
}

interface Question {
  doc: string;
  passage: string;
  passageKey: string;
  query: string;
  queryKey: string;
  cut: boolean;
}

function sentenceSpans(text: string): Array<{ start: number; end: number }> {
  return [...sentSeg.segment(text)]
    .filter((s) => s.segment.trim())
    .map((s) => ({ start: s.index, end: s.index + s.segment.length }));
}

function windowFrom(text: string, sents: Array<{ start: number; end: number }>, first: number): string {
  let end = first;
  let q = text.slice(sents[first].start, sents[first].end).trim();
  while (wordCount(q) < MIN_WORDS && end + 1 < sents.length) {
    end++;
    q = text.slice(sents[first].start, sents[end].end).trim();
  }
  let start = first;
  while (wordCount(q) < MIN_WORDS && start > 0) {
    start--;
    q = text.slice(sents[start].start, sents[end].end).trim();
  }
  return truncateWords(q, MAX_WORDS);
}

function truncateWords(s: string, max: number): string {
  if (wordCount(s) <= max) return s;
  let n = 0;
  let cut = s.length;
  for (const w of wordSeg.segment(s)) {
    if (!w.isWordLike) continue;
    n += CJK.test(w.segment) ? [...w.segment].length : 1;
    if (n > max) {
      cut = w.index;
      break;
    }
  }
  return s.slice(0, cut).trim();
}

function buildQuestions(doc: string, elements: RawElement[], gold: Gold): Question[] {
  const byRef = new Map(elements.map((e) => [e.ref, e]));
  const excluded = new Set<string>([
    ...gold.headings.map((h) => h.ref),
    ...gold.captions.map((c) => c.caption),
    ...gold.furniture,
  ]);
  const merged = new Set(gold.paragraphMerges.flat());
  const passages: Array<{ parts: string[]; cut: boolean }> = [];
  for (const g of gold.paragraphMerges) {
    const parts = g.map((r) => byRef.get(r)?.text ?? '');
    if (parts.every(Boolean)) passages.push({ parts, cut: true });
  }
  for (const e of elements)
    if (e.kind === 'text' && !excluded.has(e.ref) && !merged.has(e.ref) && e.text.trim())
      passages.push({ parts: [e.text], cut: false });
  const out: Question[] = [];
  for (const p of passages) {
    const { text, cuts } = joinRaw(p.parts);
    if (wordCount(text) < MIN_WORDS) continue;
    const sents = sentenceSpans(text);
    if (!sents.length) continue;
    let first: number;
    if (p.cut) {
      // the sentence the (first) break falls in, or the last one before it when the break is between sentences
      const at = cuts[0];
      const inside = sents.findIndex((s) => s.start < at && at < s.end - 1);
      first = inside >= 0 ? inside : Math.max(0, sents.findIndex((s) => s.start >= at) - 1);
    } else first = Math.floor((sents.length - 1) / 2);
    const query = windowFrom(text, sents, first);
    out.push({ doc, passage: text, passageKey: norm(p.parts.join('')), query, queryKey: norm(query), cut: p.cut });
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// Chunkings

interface Chunk {
  id: string;
  doc: string;
  text: string;
}

function markdownOf(e: RawElement): string {
  return e.kind === 'heading' ? `# ${e.text.trim()}` : e.text.trim();
}

function pageChunks(doc: string, elements: RawElement[]): Chunk[] {
  const pages = new Map<number, string[]>();
  for (const e of elements) {
    if (e.kind === 'furniture' || !e.text.trim()) continue;
    const list = pages.get(e.page) ?? [];
    list.push(markdownOf(e));
    pages.set(e.page, list);
  }
  return [...pages.entries()].map(([p, texts]) => ({ id: `${doc}#p${p}`, doc, text: texts.join('\n\n') }));
}

const enc = getEncoding('cl100k_base');

function windowChunks(doc: string, elements: RawElement[], size: number, overlap: number): Chunk[] {
  const md = elements
    .filter((e) => e.kind !== 'furniture' && e.text.trim())
    .map(markdownOf)
    .join('\n\n');
  const toks = enc.encode(md);
  const out: Chunk[] = [];
  const step = Math.max(1, size - overlap);
  for (let start = 0; start < toks.length; start += step) {
    out.push({ id: `${doc}#w${out.length}`, doc, text: enc.decode(toks.slice(start, start + size)) });
    if (start + size >= toks.length) break;
  }
  return out;
}

function docstitchChunks(doc: string, input: string, tokens: number): { plain: Chunk[]; withPath: Chunk[] } {
  const result = stitchSync(input);
  const { chunks } = chunkResult(result, { maxTokens: tokens });
  return {
    plain: chunks.map((c) => ({ id: `${doc}#${c.id}`, doc, text: c.text })),
    withPath: chunks.map((c) => ({ id: `${doc}#${c.id}`, doc, text: [...c.headingPath, c.text].join('\n') })),
  };
}

// ---------------------------------------------------------------------------------------------
// BM25 and scoring

function tokenize(text: string): string[] {
  const out: string[] = [];
  for (const w of wordSeg.segment(text.normalize('NFKC').toLowerCase())) if (w.isWordLike) out.push(w.segment);
  return out;
}

interface Ranked {
  q: Question;
  /** 1-based rank of the first relevant chunk (0: not retrieved), by relevance definition. */
  passage: number;
  evidence: number;
  /** Some chunk of the chunking is relevant at all. */
  passageReachable: boolean;
  evidenceReachable: boolean;
}

/** One BM25 index over the chunks; every question searched once. */
function rank(chunks: Chunk[], questions: Question[]): Ranked[] {
  const index = new MiniSearch<Chunk>({ fields: ['text'], idField: 'id', tokenize, processTerm: (t) => t });
  index.addAll(chunks);
  const keys = new Map(chunks.map((c) => [c.id, norm(c.text)]));
  const all = [...keys.values()];
  return questions.map((q) => {
    const hits = index.search(q.query, { combineWith: 'OR', tokenize, processTerm: (t) => t });
    const first = (key: string) => hits.findIndex((h) => keys.get(String(h.id))?.includes(key)) + 1;
    return {
      q,
      passage: first(q.passageKey),
      evidence: first(q.queryKey),
      passageReachable: all.some((k) => k.includes(q.passageKey)),
      evidenceReachable: all.some((k) => k.includes(q.queryKey)),
    };
  });
}

interface Scores {
  n: number;
  r1: number;
  r5: number;
  mrr: number;
  reachable: number;
}

function scores(ranked: Ranked[], relevance: 'passage' | 'evidence'): Scores {
  const n = ranked.length || 1;
  const r = ranked.map((x) => x[relevance]);
  return {
    n: ranked.length,
    r1: r.filter((k) => k === 1).length / n,
    r5: r.filter((k) => k >= 1 && k <= 5).length / n,
    mrr: r.reduce((a, k) => a + (k ? 1 / k : 0), 0) / n,
    reachable: ranked.filter((x) => x[`${relevance}Reachable`]).length / n,
  };
}

// ---------------------------------------------------------------------------------------------

function main(): void {
  const args = parseArgs(process.argv.slice(2));
  const manifestPath = path.join(args.corpus, 'manifest.json');
  if (!existsSync(manifestPath)) {
    process.stderr.write(`no corpus at ${args.corpus} (build it with npm run corpus)\n`);
    process.exit(1);
  }
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as { documents: Array<{ id: string }> };
  const docs = manifest.documents.map((d) => d.id).slice(0, args.limit || undefined);
  const CHUNKINGS = ['page', 'window', 'docstitch', 'docstitch+path'] as const;
  type Name = (typeof CHUNKINGS)[number];
  const report: Record<string, unknown> = {};
  const lines: string[] = [];
  type Sets = Record<Name, Chunk[]> & { questions: Question[] };
  const perParser: Array<{ parser: string; sets: Sets }> = [];
  for (const parser of ['mineru', 'dots'] as const) {
    const sets: Sets = { page: [], window: [], docstitch: [], 'docstitch+path': [], questions: [] };
    for (const doc of docs) {
      const dir = path.join(args.corpus, doc, parser);
      const input = path.join(dir, parser === 'mineru' ? 'content_list.json' : 'pages.json');
      const goldPath = path.join(dir, 'gold.structure.json');
      if (!existsSync(input) || !existsSync(goldPath)) continue;
      const json = JSON.parse(readFileSync(input, 'utf8'));
      const elements = parser === 'mineru' ? readMineru(json) : readDots(json);
      const gold = JSON.parse(readFileSync(goldPath, 'utf8')) as Gold;
      const id = `${doc}/${parser}`;
      sets.questions.push(...buildQuestions(id, elements, gold));
      sets.page.push(...pageChunks(id, elements));
      sets.window.push(...windowChunks(id, elements, args.tokens, args.overlap));
      const ds = docstitchChunks(id, input, args.tokens);
      sets.docstitch.push(...ds.plain);
      sets['docstitch+path'].push(...ds.withPath);
    }
    perParser.push({ parser, sets });
  }

  const fmt = (x: number) => x.toFixed(3);
  // ranks: each parser's questions against the index of that parser's chunks (all documents together)
  const ranked = new Map<Name, Ranked[]>();
  const chunkCount = new Map<string, number>();
  for (const name of CHUNKINGS) {
    const list: Ranked[] = [];
    for (const { parser, sets } of perParser) {
      list.push(...rank(sets[name], sets.questions));
      chunkCount.set(`${parser}/${name}`, sets[name].length);
    }
    ranked.set(name, list);
  }
  const table = (title: string, parsers: string[], filter: (q: Question) => boolean) => {
    const out: Record<string, unknown> = {};
    let n = 0;
    const rows: string[] = [];
    for (const name of CHUNKINGS) {
      const rs = (ranked.get(name) ?? []).filter(
        (r) => parsers.includes(r.q.doc.split('/').pop() ?? '') && filter(r.q),
      );
      n = rs.length;
      const p = scores(rs, 'passage');
      const e = scores(rs, 'evidence');
      const chunks = parsers.reduce((a, parser) => a + (chunkCount.get(`${parser}/${name}`) ?? 0), 0);
      out[name] = { chunks, passage: p, evidence: e };
      rows.push(
        `| ${name} | ${chunks} | ${fmt(p.r1)} | ${fmt(p.r5)} | ${fmt(p.mrr)} | ${fmt(p.reachable)} | ${fmt(e.r1)} | ${fmt(e.r5)} | ${fmt(e.mrr)} |`,
      );
    }
    lines.push(`\n${title} — ${n} questions`);
    lines.push(
      '| chunking | chunks | passage R@1 | passage R@5 | passage MRR | reachable | evidence R@1 | evidence R@5 | evidence MRR |',
    );
    lines.push('|---|---:|---:|---:|---:|---:|---:|---:|---:|');
    lines.push(...rows);
    return out;
  };
  lines.push(
    `docstitch retrieval evaluation: ${docs.length} documents × {MinerU, dots.ocr}, BM25 (minisearch), ${args.tokens}-token budget (cl100k_base), windows overlap ${args.overlap}`,
  );
  report['both/all'] = table('both parsers: all passages', ['mineru', 'dots'], () => true);
  report['both/cut'] = table('both parsers: paragraphs cut across pages/columns', ['mineru', 'dots'], (q) => q.cut);
  for (const parser of ['mineru', 'dots']) {
    report[`${parser}/all`] = table(`${parser}: all passages`, [parser], () => true);
    report[`${parser}/cut`] = table(`${parser}: paragraphs cut across pages/columns`, [parser], (q) => q.cut);
  }
  const misses = (ranked.get('docstitch') ?? []).filter((r) => r.passage !== 1).slice(0, args.showMisses);
  for (const m of misses)
    lines.push(
      `docstitch miss (rank ${m.passage}, reachable ${m.passageReachable}): ${m.q.doc}: ${m.q.query.slice(0, 100)}`,
    );
  process.stdout.write(`${lines.join('\n')}\n`);
  if (args.json) writeFileSync(args.json, `${JSON.stringify({ args, report }, null, 2)}\n`);
}

main();
