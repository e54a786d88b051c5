// The optional LLM path: the deterministic engine's decisions, revised by an OpenAI-compatible model.
//
// 1. Questions: the candidates the stages recorded (accepted or rejected) for text merges, table
//    merges, heading levels and caption links — not furniture or body references (no model task for
//    them), nor captions the parser nested itself. `unsure` mode asks about those below `unsureBelow`,
//    `all` about every one (as MinerU-Popo does), `off` about none.
// 2. Requests per task, in the chosen protocol (protocol-popo.ts: MinerU-Popo's own; protocol-json.ts:
//    ours), chunked by pages (chunking.ts) and run concurrently through the client (client.ts).
//    In `unsure` mode a popo request holds the task's blocks on the pages of the questions (their
//    filter, plus any asked block it would leave out); titles are always sent whole (short, and the
//    hierarchy needs them), the sure ones then anchoring the levels.
// 3. Answers are validated per item, reconciled over overlapping chunks (reconcile.ts) and applied to
//    exactly the questions asked: a decision the model answered is marked `by: 'llm'`; one it could not
//    answer (timeout, error status, malformed, partial or out-of-range answer) keeps the rules'
//    decision and says why in its message. The run always completes.
// In `all` mode a popo model may also link blocks no stage considered: such a text continuation is
// added when the two fragments are next to each other in the body text, else ignored.

import { groupsFromPairs } from '../layout/columns.js';
import { type Decision, decision } from '../model/decision.js';
import type { Element, ParsedDocument } from '../model/element.js';
import type { EngineOptions } from '../options.js';
import type { StageResults } from '../pipeline.js';
import { linkReferences } from '../stages/captions.js';
import { allDecisions, type CaptionLink } from '../stages/types.js';
import { cellsOf, concatTables, parseTable, rowTexts } from '../table/html.js';
import { parseNumbering } from '../text/numbering.js';
import { maxOf, minOf } from '../util/arrays.js';
import {
  assignUnits,
  type ChunkPlanOptions,
  centrality,
  defaultChunking,
  type PageRange,
  planChunks,
} from './chunking.js';
import {
  type ChatContent,
  type ClientAccount,
  type ClientOptions,
  emptyAccount,
  LlmClient,
  LlmFault,
} from './client.js';
import { loadOpenAI } from './openai-sdk.js';
import {
  JSON_SCHEMAS,
  JSON_SYSTEM,
  jsonCaptionPrompt,
  jsonTablePrompt,
  jsonTextPrompt,
  jsonTitlePrompt,
  parseJsonLevels,
  parseJsonLinks,
  parseJsonTable,
  parseJsonText,
} from './protocol-json.js';
import {
  filterImageText,
  filterTitles,
  filterTruncation,
  firstDataRows,
  imageBlock,
  lastRows,
  type PopoBlock,
  type PopoTask,
  parseCellList,
  parsePopoLevels,
  parsePopoPairs,
  popoLine,
  popoPrompt,
  popoTablePrompt,
  repeatedHeaderRows,
  titleBlock,
  truncationBlock,
} from './protocol-popo.js';
import { type ChunkLevelAnswer, type ChunkLinkAnswer, reconcileLevels, reconcileLinks } from './reconcile.js';
import { chunkImage } from './render.js';

/** A client for the path's options, the key read from the environment when not given. */
export function llmClient(llm: LlmOptions, overrides: Partial<ClientOptions> = {}): LlmClient {
  return new LlmClient({ ...llm, apiKey: llm.apiKey ?? process.env[llm.apiKeyEnv ?? 'OPENAI_API_KEY'], ...overrides });
}

export type LlmMode = 'unsure' | 'all' | 'off';
export type LlmProtocol = 'popo' | 'json';

/** The client's options (endpoint, model, key, concurrency, retries, cache …) and what the path adds. */
export interface LlmOptions extends ClientOptions {
  /** Also have the model write each section's summary (extractive ones stay where a call fails). */
  summaries?: boolean;
  /** Environment variable holding the key when `apiKey` is not given (default OPENAI_API_KEY). */
  apiKeyEnv?: string;
  mode?: LlmMode;
  protocol?: LlmProtocol;
  /** Source PDF: its pages are rendered and sent with each popo chunk. */
  pdf?: string;
  chunking?: Partial<ChunkPlanOptions>;
  /** Overrides the engine's `unsureBelow`. */
  unsureBelow?: number;
}

export interface LlmReport extends ClientAccount {
  mode: LlmMode;
  protocol: LlmProtocol;
  model: string;
  /** All decisions of the run. */
  decisions: number;
  /** Decisions the model could be asked about. */
  candidates: number;
  /** Decisions sent to the model. */
  sent: number;
  /** Sent and answered. */
  answered: number;
  /** Answered differently from the rules. */
  changed: number;
  /** Decisions the model added (links no stage considered; `all` mode). */
  added: number;
  /** Sent but not answered: the rules' decision stands. */
  fallbacks: number;
  /** Refs of the decisions sent (`stage:ref ref`). */
  sentKeys: string[];
  notes: string[];
}

/** The deterministic stages plus the engine options they ran with. */
export interface RefineOptions {
  llm: LlmOptions;
  engine: EngineOptions;
}

type Task = 'text' | 'table' | 'title' | 'image';

interface Question {
  task: Task;
  /** Index of the decision in its stage's list. */
  index: number;
  decision: Decision;
  /** Source id: text/table first fragment, heading id, caption id. */
  src: number;
  /** Rules' answer: continuation target / null, level / −1, caption target / null. */
  rules: number | null;
  /** Second id for text/table pairs. */
  tgt?: number;
}

interface Outcome {
  /** Model's answer in the question's terms (target / level / merge flag), or undefined on fallback. */
  value?: number | null;
  fallback?: string;
  conflict?: boolean;
  /** Table merges: join the row cut by the break. */
  join?: boolean;
}

const LLM_CONFIDENCE = 0.8;
const CHANGED_CONFIDENCE = 0.75;
const TEXT_LIKE = new Set(['text', 'list_item']);
const CAPTION_TYPES = new Set(['image_caption', 'table_caption', 'image_footnote', 'table_footnote']);
const FLOAT_TYPES = new Set(['image', 'table', 'equation', 'code']);

export function emptyReport(options: LlmOptions, decisions = 0): LlmReport {
  return {
    mode: options.mode ?? 'unsure',
    protocol: options.protocol ?? 'popo',
    model: options.model,
    decisions,
    candidates: 0,
    sent: 0,
    answered: 0,
    changed: 0,
    added: 0,
    fallbacks: 0,
    ...emptyAccount(),
    sentKeys: [],
    notes: [],
  };
}

/** One line for stderr: requests, cache hits, tokens, time, and what the model decided. */
export function formatLlmReport(r: LlmReport): string {
  const n = (x: number) => x.toLocaleString('en-US');
  return (
    `llm (${r.protocol}, ${r.mode}, ${r.model}): ${n(r.requests)} request${r.requests === 1 ? '' : 's'}` +
    ` (${n(r.cacheHits)} from cache, ${n(r.retries)} retried, ${n(r.failures)} failed),` +
    ` ${n(r.promptTokens)} prompt + ${n(r.completionTokens)} completion tokens, ${(r.ms / 1000).toFixed(1)} s;` +
    ` ${r.sent} of ${r.decisions} decisions sent, ${r.changed} changed, ${r.added} added, ${r.fallbacks} fell back to the rules` +
    r.notes.map((note) => `\n  note: ${note}`).join('')
  );
}

export async function refineWithLlm(
  doc: ParsedDocument,
  stages: StageResults,
  options: RefineOptions,
): Promise<{ stages: StageResults; report: LlmReport }> {
  const llm = options.llm;
  const all = allDecisions(stages);
  const report = emptyReport(llm, all.length);
  const mode = llm.mode ?? 'unsure';
  const questions = collectQuestions(doc, stages);
  report.candidates = questions.length;
  if (mode === 'off') return { stages, report };
  await loadOpenAI(); // a missing SDK stops the run here, before any question would fail quietly
  const threshold = llm.unsureBelow ?? options.engine.unsureBelow;
  const asked = mode === 'all' ? questions : questions.filter((q) => q.decision.confidence < threshold);
  report.sent = asked.length;
  report.sentKeys = asked.map((q) => `${q.decision.stage}:${q.decision.place.refs.join(' ')}`);
  if (asked.length === 0) return { stages, report };

  const client = llmClient(llm);
  const run = new Run(doc, stages, llm, mode, client, report, questions);
  const byTask = (task: Task) => asked.filter((q) => q.task === task);
  const outcomes = new Map<Question, Outcome>();
  const proposals: Array<[number, number]> = [];
  await Promise.all([
    run.textTask(byTask('text'), outcomes, proposals),
    run.tableTask(byTask('table'), outcomes),
    run.titleTask(byTask('title'), outcomes),
    run.imageTask(byTask('image'), outcomes),
  ]);
  const revised = run.apply(asked, outcomes, proposals, options.engine);
  Object.assign(report, {
    requests: client.account.requests,
    cacheHits: client.account.cacheHits,
    retries: client.account.retries,
    failures: client.account.failures,
    promptTokens: client.account.promptTokens,
    completionTokens: client.account.completionTokens,
    ms: client.account.ms,
  });
  return { stages: revised, report };
}

function collectQuestions(doc: ParsedDocument, stages: StageResults): Question[] {
  const out: Question[] = [];
  stages.textMerges.decisions.forEach((d, index) => {
    if (d.ids.length === 2)
      out.push({ task: 'text', index, decision: d, src: d.ids[0], tgt: d.ids[1], rules: d.accepted ? d.ids[1] : null });
  });
  stages.tableMerges.decisions.forEach((d, index) => {
    if (d.ids.length === 2)
      out.push({ task: 'table', index, decision: d, src: d.ids[0], tgt: d.ids[1], rules: d.accepted ? 1 : 0 });
  });
  stages.headings.decisions.forEach((d, index) => {
    if (d.ids.length === 1)
      out.push({ task: 'title', index, decision: d, src: d.ids[0], rules: stages.headings.levels.get(d.ids[0]) ?? -1 });
  });
  stages.captions.decisions.forEach((d, index) => {
    if (d.by === 'parser' || d.ids.length === 0) return;
    const c = d.ids[0];
    if (!CAPTION_TYPES.has(doc.elements[c]?.type ?? '')) return;
    out.push({ task: 'image', index, decision: d, src: c, rules: d.accepted && d.ids.length > 1 ? d.ids[1] : null });
  });
  return out;
}

interface ChunkRequest {
  range: PageRange;
  ids: number[];
  content: ChatContent;
  system?: string;
  responseFormat?: Record<string, unknown>;
}

class Run {
  private readonly body: Element[];
  private readonly furniture: Set<number>;
  private readonly documentRange: PageRange;
  private readonly chunking: ChunkPlanOptions;
  private readonly protocol: LlmProtocol;
  private renderNoted = false;

  constructor(
    private readonly doc: ParsedDocument,
    private readonly stages: StageResults,
    private readonly llm: LlmOptions,
    private readonly mode: LlmMode,
    private readonly client: LlmClient,
    private readonly report: LlmReport,
    private readonly questions: Question[],
  ) {
    this.furniture = new Set(stages.furniture.kinds.keys());
    this.body = doc.elements.filter((e) => !this.furniture.has(e.id));
    const pages = doc.elements.map((e) => e.page);
    this.documentRange = { start: minOf(pages), end: maxOf(pages) };
    this.chunking = { ...defaultChunking, ...(llm.chunking ?? {}) };
    this.protocol = llm.protocol ?? 'popo';
  }

  private el(id: number): Element {
    return this.doc.elements[id];
  }

  private note(text: string): void {
    if (!this.report.notes.includes(text)) this.report.notes.push(text);
  }

  /** Pages of the asked questions (unsure mode restricts popo blocks to them), or undefined for all. */
  private pagesOf(ids: number[]): Set<number> | undefined {
    if (this.mode === 'all') return undefined;
    return new Set(ids.map((id) => this.el(id).page));
  }

  /** Blocks from their filter (on the given pages) plus the forced ids, ordered by page (stable). */
  private blocks(filtered: PopoBlock[], forced: number[], make: (el: Element) => PopoBlock, pages?: Set<number>) {
    const list = filtered.filter((b) => !pages || pages.has(b.page));
    const have = new Set(list.map((b) => b.id));
    for (const id of [...new Set(forced)].sort((a, b) => a - b)) if (!have.has(id)) list.push(make(this.el(id)));
    return list
      .map((b, i) => ({ b, i }))
      .sort((x, y) => x.b.page - y.b.page || x.i - y.i)
      .map((x) => x.b);
  }

  private image(pages: number[]): string | undefined {
    if (!this.llm.pdf || this.protocol !== 'popo') return undefined;
    return chunkImage(this.llm.pdf, pages, (why) => {
      if (!this.renderNoted) this.note(`${why}; running text-only`);
      this.renderNoted = true;
    });
  }

  /** Popo chunk requests for one task. */
  private popoRequests(task: PopoTask, blocks: PopoBlock[]): ChunkRequest[] {
    const units = blocks.map((b) => ({ page: b.page, cost: popoLine(b).length + 1, block: b }));
    const ranges = planChunks(units, this.chunking);
    return assignUnits(units, ranges).map((chunk, k) => {
      const text = popoPrompt(
        task,
        chunk.map((u) => u.block),
      );
      const pages = [...new Set(chunk.map((u) => u.page))].sort((a, b) => a - b);
      const image = this.image(pages);
      return {
        range: ranges[k],
        ids: chunk.map((u) => u.block.id),
        content: image
          ? [
              { type: 'image_url', image_url: { url: image } },
              { type: 'text', text },
            ]
          : [{ type: 'text', text }],
      };
    });
  }

  private async ask(request: ChunkRequest): Promise<{ content: string; cutOff: boolean } | { fault: string }> {
    try {
      const answer = await this.client.complete({
        messages: [
          ...(request.system ? [{ role: 'system' as const, content: request.system }] : []),
          { role: 'user', content: request.content },
        ],
        responseFormat: request.responseFormat,
      });
      return { content: answer.content, cutOff: answer.finishReason === 'length' };
    } catch (error) {
      if (error instanceof LlmFault) return { fault: error.message };
      return { fault: `request failed (${(error as Error).message})` };
    }
  }

  private weight(range: PageRange) {
    return (id: number) => centrality(this.el(id).page, range, this.documentRange);
  }

  // ------------------------------------------------------------ text continuation

  async textTask(asked: Question[], outcomes: Map<Question, Outcome>, proposals: Array<[number, number]>) {
    if (asked.length === 0) return;
    const forced = asked.flatMap((q) => [q.src, q.tgt!]);
    const requests: ChunkRequest[] =
      this.protocol === 'popo'
        ? this.popoRequests(
            'text',
            this.blocks(filterTruncation(this.body), forced, truncationBlock, this.pagesOf(forced)),
          )
        : this.jsonChunks(
            asked.map((q) => ({
              page: this.el(q.src).page,
              item: {
                pair: `${q.src}-${q.tgt}`,
                page: this.el(q.src).page,
                before: this.el(q.src).text.trim().slice(-200),
                nextPage: this.el(q.tgt!).page,
                after: this.el(q.tgt!).text.trim().slice(0, 200),
              },
              ids: [q.src],
            })),
            (items) => jsonTextPrompt(items),
            JSON_SCHEMAS.text,
          );
    const faults = new Map<number, string>();
    const chunks: ChunkLinkAnswer[] = [];
    await Promise.all(
      requests.map(async (request, k) => {
        const answers = new Map<number, number | null>();
        const inChunk = new Set(request.ids);
        const reply = await this.ask(request);
        if ('fault' in reply) {
          for (const id of request.ids) faults.set(id, reply.fault);
          return;
        }
        if (this.protocol === 'popo') {
          const parsed = parsePopoPairs(reply.content);
          const bad = new Set<number>();
          for (const { src, tgt } of parsed.items) {
            if (!inChunk.has(src) || !inChunk.has(tgt) || tgt <= src) {
              if (inChunk.has(src)) bad.add(src);
              continue;
            }
            if (!answers.has(src)) answers.set(src, tgt);
          }
          const lastSrc = Math.max(-1, maxOf(answers.keys()));
          for (const id of request.ids) {
            if (bad.has(id)) {
              answers.delete(id);
              faults.set(id, 'the answer was out of range');
            } else if (!answers.has(id)) {
              if (parsed.malformed.length) faults.set(id, 'the answer was malformed');
              else if (reply.cutOff && id > lastSrc) faults.set(id, 'the answer was cut off');
              else answers.set(id, null);
            }
          }
        } else {
          const parsed = parseJsonText(reply.content);
          const byPair = new Map(parsed.items.map((a) => [a.pair, a.continues]));
          for (const q of asked) {
            if (!inChunk.has(q.src)) continue;
            const v = byPair.get(`${q.src}-${q.tgt}`);
            if (parsed.invalid) faults.set(q.src, 'the answer was malformed');
            else if (v === undefined)
              faults.set(q.src, reply.cutOff ? 'the answer was cut off' : 'the answer left it out');
            else answers.set(q.src, v ? q.tgt! : null);
          }
        }
        chunks.push({ chunk: k, answers, weight: this.weight(request.range) });
      }),
    );
    chunks.sort((a, b) => a.chunk - b.chunk);
    const rulesTarget = new Map<number, number>();
    for (const q of this.questions) if (q.task === 'text' && q.rules !== null) rulesTarget.set(q.src, q.rules);
    const resolved = reconcileLinks(chunks, (src) => rulesTarget.get(src) ?? null, { oneSourcePerTarget: true });
    for (const q of asked) {
      const r = resolved.get(q.src);
      if (r) outcomes.set(q, { value: r.value === q.tgt ? 1 : 0, conflict: r.conflict });
      else outcomes.set(q, { fallback: faults.get(q.src) ?? 'the model did not answer' });
    }
    if (this.mode === 'all') {
      const askedPairs = new Set(this.questions.filter((q) => q.task === 'text').map((q) => `${q.src}>${q.tgt}`));
      for (const [src, r] of resolved) {
        if (r.value === null || askedPairs.has(`${src}>${r.value}`)) continue;
        if (this.adjacentText(src, r.value)) proposals.push([src, r.value]);
        else this.note(`ignored a continuation ${src}→${r.value} across other text`);
      }
    }
  }

  /** Both text fragments of the body with no text, title or equation between them. */
  private adjacentText(a: number, b: number): boolean {
    if (b <= a || !TEXT_LIKE.has(this.el(a).type) || !TEXT_LIKE.has(this.el(b).type)) return false;
    if (this.furniture.has(a) || this.furniture.has(b)) return false;
    return this.body
      .filter((e) => e.id > a && e.id < b)
      .every((e) => !TEXT_LIKE.has(e.type) && e.type !== 'title' && e.type !== 'equation' && e.type !== 'page_title');
  }

  // ------------------------------------------------------------ table merge (one request per pair)

  async tableTask(asked: Question[], outcomes: Map<Question, Outcome>) {
    await Promise.all(
      asked.map(async (q) => {
        const a = this.el(q.src);
        const b = this.el(q.tgt!);
        const html1 = a.html ?? '';
        const html2 = b.html ?? '';
        const request: ChunkRequest =
          this.protocol === 'popo'
            ? {
                range: { start: a.page, end: b.page },
                ids: [q.src],
                content: [{ type: 'text', text: popoTablePrompt(html1, html2) }],
              }
            : {
                range: { start: a.page, end: b.page },
                ids: [q.src],
                system: JSON_SYSTEM,
                responseFormat: JSON_SCHEMAS.table,
                content: jsonTablePrompt({
                  pair: `${q.src}-${q.tgt}`,
                  lastRowsOfFirst: lastRows(html1),
                  firstRowsOfSecond: firstDataRows(html2, repeatedHeaderRows(html1, html2)),
                }),
              };
        const reply = await this.ask(request);
        if ('fault' in reply) {
          outcomes.set(q, { fallback: reply.fault });
          return;
        }
        if (this.protocol === 'popo') {
          const cells = parseCellList(reply.content);
          if (!cells)
            outcomes.set(q, { fallback: reply.cutOff ? 'the answer was cut off' : 'the answer was malformed' });
          else outcomes.set(q, { value: cells.length > 0 ? 1 : 0, join: cells.includes(1) });
        } else {
          const parsed = parseJsonTable(reply.content);
          if (!parsed) outcomes.set(q, { fallback: 'the answer was malformed' });
          else outcomes.set(q, { value: parsed.merge ? 1 : 0, join: parsed.joinCutRow });
        }
      }),
    );
  }

  // ------------------------------------------------------------ heading levels

  async titleTask(asked: Question[], outcomes: Map<Question, Outcome>) {
    if (asked.length === 0) return;
    const titleQuestions = this.questions.filter((q) => q.task === 'title');
    const forced = titleQuestions.map((q) => q.src);
    const requests: ChunkRequest[] =
      this.protocol === 'popo'
        ? this.popoRequests('title', this.blocks(filterTitles(this.body), forced, titleBlock))
        : this.jsonChunks(
            [...new Set([...this.body.filter((e) => e.type === 'title').map((e) => e.id), ...forced])]
              .sort((a, b) => a - b)
              .map((id) => ({
                page: this.el(id).page,
                item: { id, page: this.el(id).page, text: this.el(id).text.trim().slice(0, 120) },
                ids: [id],
              })),
            (items) => jsonTitlePrompt(items),
            JSON_SCHEMAS.title,
          );
    const faults = new Map<number, string>();
    const chunks: ChunkLevelAnswer[] = [];
    await Promise.all(
      requests.map(async (request, k) => {
        const reply = await this.ask(request);
        if ('fault' in reply) {
          for (const id of request.ids) faults.set(id, reply.fault);
          return;
        }
        const parsed = this.protocol === 'popo' ? parsePopoLevels(reply.content) : parseJsonLevels(reply.content);
        const invalid =
          ('invalid' in parsed && parsed.invalid) ||
          ('malformed' in parsed && Array.isArray(parsed.malformed) && parsed.malformed.length > 0);
        const inChunk = new Set(request.ids);
        const levels = new Map<number, number>();
        const bad = new Set<number>();
        for (const { id, level } of parsed.items) {
          if (!inChunk.has(id)) continue;
          if (level === 0 || level < -1 || level > 12) bad.add(id);
          else if (!levels.has(id)) levels.set(id, level);
        }
        for (const id of request.ids) {
          if (bad.has(id)) {
            levels.delete(id);
            faults.set(id, 'the answer was out of range');
          } else if (!levels.has(id))
            faults.set(
              id,
              invalid ? 'the answer was malformed' : reply.cutOff ? 'the answer was cut off' : 'the answer left it out',
            );
        }
        chunks.push({ chunk: k, range: request.range, levels, weight: this.weight(request.range) });
      }),
    );
    const askedIds = new Set(asked.map((q) => q.src));
    const anchors = new Map<number, number>();
    for (const q of titleQuestions)
      if (!askedIds.has(q.src) && q.rules !== null && q.rules >= 1) anchors.set(q.src, q.rules);
    const numberingKey = new Map<number, string>();
    for (const q of titleQuestions) {
      const n = parseNumbering(this.el(q.src).text);
      if (n) numberingKey.set(q.src, `${n.ladder}:${n.rank}`);
    }
    const rules = new Map(titleQuestions.map((q) => [q.src, q.rules ?? -1]));
    const resolved = reconcileLevels(chunks, { anchors, numberingKey, rules: (id) => rules.get(id) });
    for (const q of asked) {
      const r = resolved.get(q.src);
      if (r) outcomes.set(q, { value: r.value, conflict: r.conflict });
      else outcomes.set(q, { fallback: faults.get(q.src) ?? 'the model did not answer' });
    }
  }

  // ------------------------------------------------------------ captions

  private boxOf = (el: Element): Element['bbox'] => {
    if (el.bbox) return el.bbox;
    const parent = el.hints?.nestedIn ? this.doc.elements.find((e) => e.ref === el.hints!.nestedIn) : undefined;
    return parent?.bbox ?? null;
  };

  /** Floats a caption may belong to: within 4 body positions and one page (as the captions stage looks). */
  private floatCandidates(caption: number): Element[] {
    const i = this.body.findIndex((e) => e.id === caption);
    const out: Element[] = [];
    for (let d = -4; d <= 4; d++) {
      const e = this.body[i + d];
      if (e && d !== 0 && FLOAT_TYPES.has(e.type) && Math.abs(e.page - this.el(caption).page) <= 1) out.push(e);
    }
    return out;
  }

  async imageTask(asked: Question[], outcomes: Map<Question, Outcome>) {
    if (asked.length === 0) return;
    const candidates = new Map(asked.map((q) => [q.src, this.floatCandidates(q.src)]));
    const forced = asked.flatMap((q) => [q.src, ...candidates.get(q.src)!.map((e) => e.id)]);
    const pages =
      this.mode === 'all'
        ? undefined
        : new Set(asked.flatMap((q) => [this.el(q.src).page - 1, this.el(q.src).page, this.el(q.src).page + 1]));
    const requests: ChunkRequest[] =
      this.protocol === 'popo'
        ? this.popoRequests(
            'image',
            this.blocks(filterImageText(this.body, this.boxOf), forced, (el) => imageBlock(el, this.boxOf(el)), pages),
          )
        : this.jsonChunks(
            asked.map((q) => ({
              page: this.el(q.src).page,
              ids: [q.src],
              item: {
                id: q.src,
                page: this.el(q.src).page,
                kind: this.el(q.src).type,
                text: this.el(q.src).text.trim().slice(0, 160),
                candidates: candidates.get(q.src)!.map((e) => ({
                  id: e.id,
                  kind: e.type,
                  page: e.page,
                  text: e.text.trim().slice(0, 80),
                })),
              },
            })),
            (items) => jsonCaptionPrompt(items),
            JSON_SCHEMAS.image,
          );
    const faults = new Map<number, string>();
    const chunks: ChunkLinkAnswer[] = [];
    const askedIds = new Set(asked.map((q) => q.src));
    await Promise.all(
      requests.map(async (request, k) => {
        const reply = await this.ask(request);
        const sources = request.ids.filter((id) => askedIds.has(id));
        if ('fault' in reply) {
          for (const id of sources) faults.set(id, reply.fault);
          return;
        }
        const inChunk = new Set(request.ids);
        const answers = new Map<number, number | null>();
        const bad = new Set<number>();
        let malformed = false;
        let pairs: Array<{ src: number; tgt: number | null }>;
        if (this.protocol === 'popo') {
          const parsed = parsePopoPairs(reply.content);
          malformed = parsed.malformed.length > 0;
          pairs = parsed.items;
        } else {
          const parsed = parseJsonLinks(reply.content);
          malformed = parsed.invalid || parsed.malformed > 0;
          pairs = parsed.items.map((l) => ({ src: l.caption, tgt: l.target }));
        }
        for (const { src, tgt } of pairs) {
          if (!askedIds.has(src) || !inChunk.has(src)) continue;
          const allowed =
            this.protocol === 'popo'
              ? tgt !== null && inChunk.has(tgt) && FLOAT_TYPES.has(this.el(tgt)?.type ?? '')
              : tgt === null || candidates.get(src)!.some((e) => e.id === tgt);
          if (!allowed) bad.add(src);
          else if (!answers.has(src)) answers.set(src, tgt);
        }
        for (const id of sources) {
          if (bad.has(id)) {
            answers.delete(id);
            faults.set(id, 'the answer was out of range');
          } else if (!answers.has(id)) {
            if (malformed) faults.set(id, 'the answer was malformed');
            else if (reply.cutOff) faults.set(id, 'the answer was cut off');
            else if (this.protocol === 'json') faults.set(id, 'the answer left it out');
            else answers.set(id, null);
          }
        }
        chunks.push({ chunk: k, answers, weight: this.weight(request.range) });
      }),
    );
    chunks.sort((a, b) => a.chunk - b.chunk);
    const rules = new Map(asked.map((q) => [q.src, q.rules]));
    const resolved = reconcileLinks(chunks, (src) => rules.get(src) ?? null, { oneSourcePerTarget: false });
    for (const q of asked) {
      const r = resolved.get(q.src);
      if (r) outcomes.set(q, { value: r.value, conflict: r.conflict });
      else outcomes.set(q, { fallback: faults.get(q.src) ?? 'the model did not answer' });
    }
  }

  // ------------------------------------------------------------ json chunking

  private jsonChunks<T>(
    units: Array<{ page: number; item: T; ids: number[] }>,
    prompt: (items: T[]) => string,
    responseFormat: Record<string, unknown>,
  ): ChunkRequest[] {
    const costed = units.map((u) => ({ ...u, cost: JSON.stringify(u.item).length + 1 }));
    const ranges = planChunks(costed, this.chunking);
    return assignUnits(costed, ranges).map((chunk, k) => ({
      range: ranges[k],
      ids: chunk.flatMap((u) => u.ids),
      system: JSON_SYSTEM,
      responseFormat,
      content: prompt(chunk.map((u) => u.item)),
    }));
  }

  // ------------------------------------------------------------ applying the answers

  apply(
    asked: Question[],
    outcomes: Map<Question, Outcome>,
    proposals: Array<[number, number]>,
    engine: EngineOptions,
  ): StageResults {
    const who = `the model (${this.llm.model}, ${this.protocol})`;
    const report = this.report;
    const text = [...this.stages.textMerges.decisions];
    const table = [...this.stages.tableMerges.decisions];
    const heads = [...this.stages.headings.decisions];
    const caps = [...this.stages.captions.decisions];
    const listOf = { text, table, title: heads, image: caps } as const;

    const textPairs = new Map<string, [number, number]>();
    for (const d of this.stages.textMerges.decisions)
      if (d.accepted && d.ids.length === 2) textPairs.set(`${d.ids[0]}>${d.ids[1]}`, [d.ids[0], d.ids[1]]);
    const tablePairs = new Map<string, [number, number]>();
    for (const d of this.stages.tableMerges.decisions)
      if (d.accepted && d.ids.length === 2) tablePairs.set(`${d.ids[0]}>${d.ids[1]}`, [d.ids[0], d.ids[1]]);
    const tableJoin = new Map<number, boolean>();
    const levels = new Map(this.stages.headings.levels);
    const demoted = new Set(this.stages.headings.demoted);
    const captionTarget = new Map<number, number | null>();

    const model = { model: this.llm.model, protocol: this.protocol };
    const fallback = (q: Question, why: string) => {
      report.fallbacks++;
      listOf[q.task][q.index] = { ...q.decision, llm: { ...model, fallback: why } };
    };
    const decided = (
      q: Question,
      accepted: boolean,
      agrees: boolean,
      what: string,
      conflict?: boolean,
      level?: number,
    ) => {
      report.answered++;
      if (!agrees) report.changed++;
      listOf[q.task][q.index] = {
        ...q.decision,
        accepted,
        by: 'llm',
        confidence: agrees ? Math.max(q.decision.confidence, LLM_CONFIDENCE) : CHANGED_CONFIDENCE,
        ...(level !== undefined ? { level } : {}),
        llm: { ...model, answer: what, changed: !agrees, ...(conflict ? { conflict } : {}) },
      };
    };

    // Pairs that stay as the rules left them constrain the model's: one successor and one predecessor.
    const fixedSucc = new Map<number, number>();
    const fixedPred = new Map<number, number>();
    const askedText = new Set(asked.filter((q) => q.task === 'text').map((q) => `${q.src}>${q.tgt}`));
    for (const [key, [a, b]] of textPairs) {
      if (askedText.has(key)) continue;
      fixedSucc.set(a, b);
      fixedPred.set(b, a);
    }

    for (const q of asked) {
      const o = outcomes.get(q) ?? { fallback: 'the model did not answer' };
      if (o.value === undefined) {
        fallback(q, o.fallback ?? 'the model did not answer');
        continue;
      }
      if (q.task === 'text') {
        const merge = o.value === 1;
        const key = `${q.src}>${q.tgt}`;
        if (merge && ((fixedSucc.get(q.src) ?? q.tgt) !== q.tgt || (fixedPred.get(q.tgt!) ?? q.src) !== q.src)) {
          fallback(q, 'its answer contradicts a sure decision');
          continue;
        }
        if (merge) textPairs.set(key, [q.src, q.tgt!]);
        else textPairs.delete(key);
        decided(q, merge, merge === q.decision.accepted, merge ? 'one paragraph' : 'separate paragraphs', o.conflict);
      } else if (q.task === 'table') {
        const merge = o.value === 1;
        const key = `${q.src}>${q.tgt}`;
        if (merge) {
          tablePairs.set(key, [q.src, q.tgt!]);
          tableJoin.set(q.tgt!, o.join === true);
        } else tablePairs.delete(key);
        decided(q, merge, merge === q.decision.accepted, merge ? 'one table' : 'separate tables');
      } else if (q.task === 'title') {
        const level = o.value as number;
        if (level >= 1) {
          levels.set(q.src, level);
          demoted.delete(q.src);
        } else {
          levels.delete(q.src);
          demoted.add(q.src);
        }
        decided(
          q,
          level >= 1,
          level === q.rules,
          level >= 1 ? `level ${level}` : 'not a heading',
          o.conflict,
          level >= 1 ? level : undefined,
        );
      } else {
        const target = o.value as number | null;
        captionTarget.set(q.src, target);
        decided(
          q,
          target !== null,
          target === q.rules,
          target === null ? 'no float' : `belongs to ${this.el(target).ref}`,
          o.conflict,
        );
      }
    }

    for (const [a, b] of proposals) {
      const succ = [...textPairs.values()].some(([x, y]) => x === a || y === b);
      if (succ) continue;
      textPairs.set(`${a}>${b}`, [a, b]);
      report.added++;
      text.push({
        ...decision(
          'text-merge',
          'llm.continuation',
          `joined by ${who}; no rule had considered this pair`,
          LLM_CONFIDENCE,
          [this.el(a), this.el(b)],
          true,
          'llm',
        ),
        llm: { ...model, answer: 'one paragraph', changed: true },
      });
    }

    const sortedPairs = (m: Map<string, [number, number]>) =>
      [...m.values()].sort((x, y) => x[0] - y[0] || x[1] - y[1]);
    const textGroups = groupsFromPairs(sortedPairs(textPairs));
    const tableGroups = groupsFromPairs(sortedPairs(tablePairs));
    const html = new Map<number, string>();
    const oldGroups = new Map(this.stages.tableMerges.groups.map((g) => [g.join(','), g[0]]));
    for (const g of tableGroups) {
      const old = oldGroups.get(g.join(','));
      const kept = old !== undefined ? this.stages.tableMerges.html.get(old) : undefined;
      html.set(g[0], kept ?? this.mergeTableGroup(g, tableJoin));
    }

    const links: CaptionLink[] = this.stages.captions.links.filter((l) => l.nested || !captionTarget.has(l.caption));
    for (const [caption, target] of captionTarget) if (target !== null) links.push({ caption, target, nested: false });
    links.sort((a, b) => a.caption - b.caption);
    const captions = { links, decisions: caps };
    const changedCaptions = captionTarget.size > 0;
    const references = changedCaptions
      ? linkReferences({ doc: this.doc, options: engine }, captions)
      : this.stages.references;

    return {
      furniture: this.stages.furniture,
      textMerges: { groups: textGroups, decisions: text },
      tableMerges: { groups: tableGroups, html, decisions: table },
      headings: { levels, demoted, decisions: heads },
      captions,
      references,
    };
  }

  /** A table group the rules did not form: repeated header rows dropped, a cut row joined when the model said so. */
  private mergeTableGroup(group: number[], join: Map<number, boolean>): string {
    const htmls = group.map((id) => this.el(id).html ?? '');
    const tables = htmls.map((h) => parseTable(h));
    const skip = group.map((_, i) =>
      i === 0 ? 0 : Math.min(repeatedHeaderRows(htmls[i - 1], htmls[i]), Math.max(0, tables[i].rows.length - 1), 3),
    );
    const joins = group.map((id, i) => {
      if (i === 0) return false;
      if (join.has(id)) return join.get(id)!;
      const first = tables[i].rows[skip[i]];
      const last = tables[i - 1].rows[tables[i - 1].rows.length - 1];
      if (!first || !last) return false;
      const a = rowTexts(first);
      const b = rowTexts(last);
      return (
        a.length > 1 &&
        a[0] === '' &&
        a.slice(1).some((t) => t) &&
        b[0] !== '' &&
        cellsOf(first).length === cellsOf(last).length
      );
    });
    return concatTables(tables, skip, joins);
  }
}
