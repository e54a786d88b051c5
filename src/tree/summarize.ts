// Section summaries and keywords: extractive and deterministic by default, or written by a model
// through any `SectionSummarizer` (the LLM path) when one is configured.
//
// Keywords: words of the section (spaced scripts by letters, CJK as character bigrams), stop words and
// numbers left out, scored by tf-idf — tf over the section's heading (twice), own text (its subtree's
// when it has none) and subsection headings, idf over the sections' own text; ties alphabetical.
// Summary: the sentences of the section (body text, list items, captions) scored by their keywords'
// weight (normalized by length) with a bonus for the section's first sentence; the best ones up to
// `maxSentences` / `maxChars`, in reading order.
import type { DocumentRoot, NodeData, SectionNode } from '../model/tree.js';
import { pushAll } from '../util/arrays.js';

export interface SectionSummary {
  id: string;
  summary: string;
  keywords: string[];
  by: 'extractive' | 'llm';
}

export interface SummarizeOptions {
  /** Keywords per section (default 8). */
  keywords?: number;
  /** Sentences in an extractive summary (default 2). */
  maxSentences?: number;
  /** Longest summary, in characters (default 320). */
  maxChars?: number;
}

/** What the LLM path must provide: a short summary of one section's text. */
export interface SectionSummarizer {
  summarize(sectionText: string, context: { id: string; headingPath: string[] }): Promise<string>;
}

export interface LlmSummarizeOptions extends SummarizeOptions {
  /** Longest section text sent to the model, in characters (default 8000). */
  maxInputChars?: number;
  /** Called with each section's final summary (`by` says whether the model or the fallback wrote it). */
  onSummary?: (summary: SectionSummary) => void;
}

interface SectionInfo {
  node: SectionNode;
  path: string[];
  heading: string;
  /** Body text of the section's own blocks (not its subsections). */
  own: string[];
  /** Body text of the whole subtree (see `allText`; only read for a section with no text of its own). */
  all?: string[];
  /** The section's own texts and its subsections, in reading order: what `all` is made of. */
  items: Array<string | SectionInfo>;
  /** Headings of the direct subsections. */
  childHeadings: string[];
}

/** Extractive summaries and keywords of every section, by section id (pure). */
export function summarizeSections(tree: DocumentRoot, options: SummarizeOptions = {}): Map<string, SectionSummary> {
  resetWordIds();
  try {
    return summarize(tree, options);
  } finally {
    resetWordIds();
  }
}

function summarize(tree: DocumentRoot, options: SummarizeOptions): Map<string, SectionSummary> {
  const sections = collectSections(tree);
  // Document frequency over the heading and own text, each text's words read once (memoized, and read again
  // by keywordWeights): the same set as the words of those texts joined by line breaks, as no word spans one.
  // Counted by word id; `seenIn` is the last section that counted a word, so each section counts it once.
  const df: number[] = [];
  const seenIn: number[] = [];
  const count = (ids: readonly number[], section: number) => {
    for (const id of ids) {
      if (seenIn[id] === section) continue;
      seenIn[id] = section;
      df[id] = (df[id] ?? 0) + 1;
    }
  };
  sections.forEach((s, i) => {
    count(wordIds(s.heading), i);
    for (const t of s.own) count(wordIds(t), i);
  });
  const n = Math.max(1, sections.length);
  const out = new Map<string, SectionSummary>();
  const weights = new SectionWeights();
  for (const s of sections) {
    keywordWeights(s, df, n, weights);
    const keywords = topWeights(weights, options.keywords ?? 8);
    out.set(s.node.data.id, {
      id: s.node.data.id,
      summary: extractiveSummary(s, weights, options),
      keywords,
      by: 'extractive',
    });
    weights.clear();
  }
  return out;
}

/**
 * One section's keyword weights by word id (arrays indexed by id, reused from section to section: string-keyed
 * maps per section were most of the summaries' time); `order` lists the words in the order they were first added.
 */
class SectionWeights {
  readonly tf: number[] = [];
  readonly weight: number[] = [];
  readonly order: number[] = [];
  add(id: number, k: number): void {
    const f = this.tf[id];
    if (f === undefined || f === 0) {
      this.order.push(id);
      this.tf[id] = k;
    } else this.tf[id] = f + k;
  }
  get(id: number): number {
    return this.weight[id] ?? 0;
  }
  clear(): void {
    for (const id of this.order) {
      this.tf[id] = 0;
      this.weight[id] = 0;
    }
    this.order.length = 0;
  }
}

/** Keyword order: higher weight first, ties alphabetical (a strict order: the words are distinct). */
const byWeight = (a: [string, number], b: [string, number]) => b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0);

/** The `k` first words in `byWeight` order: the same as sorting them all, without sorting them all. */
function topWeights(weights: SectionWeights, k: number): string[] {
  if (!(k >= 0))
    return weights.order
      .map((id): [string, number] => [wordOf[id], weights.get(id)])
      .sort(byWeight)
      .slice(0, k)
      .map(([w]) => w);
  const top: Array<[string, number]> = [];
  for (const id of weights.order) {
    const weight = weights.get(id);
    // below the k-th best weight: out without building the entry (ties need the word, so they go on)
    if (top.length >= k && (k === 0 || weight < top[top.length - 1][1])) continue;
    const entry: [string, number] = [wordOf[id], weight];
    if (top.length >= k && byWeight(entry, top[top.length - 1]) >= 0) continue;
    let i = top.length;
    while (i > 0 && byWeight(entry, top[i - 1]) < 0) i--;
    top.splice(i, 0, entry);
    if (top.length > k) top.pop();
  }
  return top.map(([w]) => w);
}

/** A copy of the tree with `summary` and `keywords` on every section node's data (pure). */
export function withSectionSummaries(tree: DocumentRoot, options: SummarizeOptions = {}): DocumentRoot {
  return applySummaries(tree, summarizeSections(tree, options));
}

/**
 * The same with summaries written by a model: keywords stay extractive; a section whose call fails
 * or returns nothing keeps its extractive summary. Calls run one at a time in reading order;
 * `onSummary` (if given) hears who wrote each one.
 */
export async function withSectionSummariesLlm(
  tree: DocumentRoot,
  summarizer: SectionSummarizer,
  options: LlmSummarizeOptions = {},
): Promise<DocumentRoot> {
  const summaries = summarizeSections(tree, options);
  const limit = options.maxInputChars ?? 8000;
  for (const s of collectSections(tree)) {
    const text = [s.heading, ...allText(s)].join('\n\n').slice(0, limit);
    try {
      const written = (await summarizer.summarize(text, { id: s.node.data.id, headingPath: s.path })).trim();
      const entry = summaries.get(s.node.data.id);
      if (written && entry) summaries.set(s.node.data.id, { ...entry, summary: written, by: 'llm' });
    } catch {
      // keep the extractive summary
    }
    const final = summaries.get(s.node.data.id);
    if (final) options.onSummary?.(final);
  }
  return applySummaries(tree, summaries);
}

/** The section text a summarizer sees (heading and body of the whole subtree). */
export function sectionText(section: SectionNode): string {
  const info = collectSections({ type: 'root', children: [section], data: { source: '', format: '', pages: 0 } })[0];
  return [info.heading, ...allText(info)].join('\n\n');
}

/** Set `summary` and `keywords` on the section nodes of a tree the caller owns (no copy; for the pipeline). */
export function addSectionSummaries(tree: DocumentRoot, options: SummarizeOptions = {}): DocumentRoot {
  return writeSummaries(tree, summarizeSections(tree, options));
}

function applySummaries(tree: DocumentRoot, summaries: Map<string, SectionSummary>): DocumentRoot {
  return writeSummaries(structuredClone(tree), summaries);
}

function writeSummaries(copy: DocumentRoot, summaries: Map<string, SectionSummary>): DocumentRoot {
  const visit = (children: ReadonlyArray<{ type: string; data?: unknown; children?: unknown }>) => {
    for (const c of children) {
      if (c.type !== 'section') continue;
      const s = c as SectionNode;
      const entry = summaries.get(s.data.id);
      if (entry) {
        const data: NodeData = s.data;
        data.summary = entry.summary;
        data.keywords = entry.keywords;
      }
      visit(s.children);
    }
  };
  visit(copy.children);
  return copy;
}

// ---------------------------------------------------------------------------------------------

function plain(node: unknown): string {
  const n = node as { value?: unknown; children?: unknown[] };
  if (typeof n.value === 'string') return n.value;
  return Array.isArray(n.children) ? n.children.map(plain).join('') : '';
}

function blockTexts(node: { type: string; children?: unknown }): string[] {
  switch (node.type) {
    case 'paragraph':
    case 'caption':
      return [plain(node)];
    case 'list':
      return ((node.children as unknown[]) ?? []).map(plain);
    case 'figure':
      return ((node.children as Array<{ type: string }>) ?? []).filter((c) => c.type === 'caption').map(plain);
    default:
      return [];
  }
}

function collectSections(tree: DocumentRoot): SectionInfo[] {
  const out: SectionInfo[] = [];
  const visit = (s: SectionNode, path: string[]): SectionInfo => {
    const h = s.children[0];
    const heading = h && h.type === 'heading' ? plain(h).trim() : '';
    const info: SectionInfo = { node: s, path: [...path, heading], heading, own: [], items: [], childHeadings: [] };
    out.push(info);
    for (const c of s.children) {
      if (c.type === 'section') {
        info.items.push(visit(c, info.path));
        if (c.children[0]?.type === 'heading') info.childHeadings.push(plain(c.children[0]).trim());
      } else if (c.type !== 'heading') {
        const t = blockTexts(c)
          .map((x) => x.trim())
          .filter(Boolean);
        pushAll(info.own, t);
        pushAll(info.items, t);
      }
    }
    return info;
  };
  for (const c of tree.children) if (c.type === 'section') visit(c, []);
  return out;
}

/**
 * Body text of a section's subtree in reading order: its own texts, and for each subsection its heading
 * (when not empty) and that subsection's texts. Built on first use: most sections have text of their own,
 * and copying every subtree into each ancestor costs the document's depth over again.
 */
function allText(info: SectionInfo): string[] {
  if (info.all) return info.all;
  const all: string[] = [];
  for (const item of info.items) {
    if (typeof item === 'string') all.push(item);
    else {
      if (item.heading) all.push(item.heading);
      pushAll(all, allText(item));
    }
  }
  info.all = all;
  return all;
}

/** A blank other than a space, or two blanks in a row: what `replace(/\s+/g, ' ')` changes (nothing else). */
const UNEVEN_BLANKS = /[^\S ]|\s\s/;

/**
 * `text.replace(/\s+/g, ' ')`: the text itself when it has no blank to change (each run of blanks a single space,
 * as in most sentences), without rebuilding it (at 10,000 pages the rebuilt sentences were 180 ms of the
 * summaries' 1,254).
 */
export const oneSpaced = (text: string): string => (UNEVEN_BLANKS.test(text) ? text.replace(/\s+/g, ' ') : text);

/** Summaries are drawn from the start of a section: this much of its own text is read. */
const SUMMARY_SOURCE_CHARS = 4000;

/** Sentences: text up to a sentence end (Latin or CJK) and any closing quotes; fast and deterministic. */
function sentences(text: string): string[] {
  return text.match(/[^.!?。！？]+(?:[.!?。！？]+["'”’)）」』]*|$)/g) ?? [];
}

const STOP = new Set(
  (
    'a about above after again against all also am an and any are as at be because been before being below between both ' +
    'but by can could did do does doing down during each either etc few for from further had has have having he her here ' +
    'hers herself him himself his how however i if in into is it its itself just let me more most must my myself no nor ' +
    'not now of off on once one only or other our ours ourselves out over own same she should so some such than that the ' +
    'their theirs them themselves then there these they this those through thus to too under until up upon us use used ' +
    'using very via was we were what when where which while who whom why will with within without would yet you your ' +
    'yours yourself may might shall e.g i.e see also new two three first second et al eq fig figure table section'
  ).split(' '),
);

/** Letters and digits of spaced scripts, and runs of CJK characters (read as overlapping bigrams). */
const TOKEN = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\u30FC]+|[\p{L}\p{N}][\p{L}\p{N}\p{M}'’]*/gu;
/** TOKEN on ASCII text, where it can match nothing but these (lower-cased first): the same words, far faster. */
const ASCII_TOKEN = /[a-z0-9][a-z0-9']*/g;
const CJK_RUN = /^[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\u30FC]/u;
const NUMERIC = /^[\p{N}\p{P}]+$/u;
// biome-ignore lint/suspicious/noControlCharactersInRegex: the whole ASCII range is meant
const ASCII = /^[\u0000-\u007f]*$/;

/** Word ids of the current summarization run: each distinct word once, its text in `wordOf`. */
const idOf = new Map<string, number>();
const wordOf: string[] = [];
/** The word ids of each text read in the run (ancestor sections and sentences reread the same texts). */
const memo = new Map<string, number[]>();

function resetWordIds(): void {
  idOf.clear();
  wordOf.length = 0;
  memo.clear();
}

/** `words(text)` as ids (memoized for the current run). */
function wordIds(text: string): number[] {
  const cached = memo.get(text);
  if (cached) return cached;
  const out: number[] = [];
  for (const w of words(text)) {
    let id = idOf.get(w);
    if (id === undefined) {
      id = wordOf.length;
      idOf.set(w, id);
      wordOf.push(w);
    }
    out.push(id);
  }
  memo.set(text, out);
  return out;
}

/**
 * Words for keywords: spaced-script words, and CJK runs as overlapping character bigrams (the usual
 * unit for CJK retrieval; a dictionary segmenter is far slower and no better for keywords).
 */
export function words(text: string): string[] {
  const out: string[] = [];
  const ascii = ASCII.test(text);
  for (const token of (ascii
    ? text.toLowerCase().match(ASCII_TOKEN)
    : text.normalize('NFKC').toLowerCase().match(TOKEN)) ?? []) {
    if (!ascii && CJK_RUN.test(token)) {
      const chars = [...token];
      if (chars.length === 1) out.push(token);
      for (let i = 0; i + 1 < chars.length; i++) out.push(chars[i] + chars[i + 1]);
      continue;
    }
    if (token.length < 2 || STOP.has(token) || NUMERIC.test(token)) continue;
    out.push(token);
  }
  return out;
}

/** The section's keyword weights into `weights` (empty on entry): tf-idf of its words. */
function keywordWeights(s: SectionInfo, df: readonly number[], n: number, weights: SectionWeights): void {
  // The section's own words: its heading (twice), its own text, and its subsections' headings — linear
  // in the document, where the whole subtree would cost its depth over again.
  for (const id of wordIds(s.heading)) weights.add(id, 2);
  for (const t of s.own.length ? s.own : allText(s)) for (const id of wordIds(t)) weights.add(id, 1);
  for (const h of s.childHeadings) for (const id of wordIds(h)) weights.add(id, 1.5);
  for (const id of weights.order) weights.weight[id] = weights.tf[id] * Math.log(1 + n / (df[id] ?? 1));
}

function extractiveSummary(s: SectionInfo, weights: SectionWeights, options: SummarizeOptions): string {
  const maxSentences = options.maxSentences ?? 2;
  const maxChars = options.maxChars ?? 320;
  const source = s.own.length ? s.own : allText(s);
  const sents: Array<{ text: string; score: number; order: number }> = [];
  let budget = SUMMARY_SOURCE_CHARS;
  for (const t of source) {
    if (budget <= 0) break;
    budget -= t.length;
    for (const segment of sentences(t)) {
      const text = oneSpaced(segment).trim();
      const ws = wordIds(text);
      if (!text || ws.length < 3) continue;
      let sum = 0;
      for (const id of ws) sum += weights.get(id);
      const score = sum / Math.sqrt(ws.length);
      sents.push({ text, score: score * (sents.length === 0 ? 1.25 : 1), order: sents.length });
    }
  }
  if (!sents.length) return oneSpaced(source.join(' ')).trim().slice(0, maxChars);
  const chosen: typeof sents = [];
  let chars = 0;
  for (const c of [...sents].sort((a, b) => b.score - a.score || a.order - b.order)) {
    if (chosen.length >= maxSentences) break;
    if (chosen.length && chars + c.text.length + 1 > maxChars) continue;
    chosen.push(c);
    chars += c.text.length + 1;
  }
  const summary = chosen
    .sort((a, b) => a.order - b.order)
    .map((c) => c.text)
    .join(' ');
  return summary.length <= maxChars ? summary : `${summary.slice(0, maxChars - 1).replace(/\s+\S*$/, '')}…`;
}
