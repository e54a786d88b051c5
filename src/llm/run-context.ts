// What every task of one LLM run shares: the document, its body (furniture left out), the mode,
// chunking options, the client and the report, and the asking of one request.
import type { Element, ParsedDocument } from '../model/element.js';
import type { StageResults } from '../stages/types.js';
import { maxOf, minOf } from '../util/arrays.js';
import { type ChunkPlanOptions, centrality, defaultChunking, type PageRange } from './chunking.js';
import { type ChatContent, type LlmClient, LlmFault } from './client.js';
import type { LlmMode, LlmOptions, LlmReport } from './options.js';

/** One request of a task: the pages it covers, the ids it holds, and the message. */
export interface ChunkRequest {
  range: PageRange;
  ids: number[];
  content: ChatContent;
  system?: string;
  responseFormat?: Record<string, unknown>;
}

/** The model's reply to one request, or why there is none (timeout, error status …). */
export type Reply = { content: string; cutOff: boolean } | { fault: string };

export class RunContext {
  readonly body: Element[];
  readonly furniture: Set<number>;
  readonly documentRange: PageRange;
  readonly chunking: ChunkPlanOptions;
  /** Set once page rendering failed and was reported (popo runs text-only from then on). */
  renderNoted = false;

  constructor(
    readonly doc: ParsedDocument,
    readonly stages: StageResults,
    readonly llm: LlmOptions,
    readonly mode: LlmMode,
    private readonly client: LlmClient,
    readonly report: LlmReport,
  ) {
    this.furniture = new Set(stages.furniture.kinds.keys());
    this.body = doc.elements.filter((e) => !this.furniture.has(e.id));
    const pages = doc.elements.map((e) => e.page);
    this.documentRange = { start: minOf(pages), end: maxOf(pages) };
    this.chunking = { ...defaultChunking, ...(llm.chunking ?? {}) };
  }

  el(id: number): Element {
    return this.doc.elements[id];
  }

  note(text: string): void {
    if (!this.report.notes.includes(text)) this.report.notes.push(text);
  }

  /** Pages of the given ids (unsure mode restricts popo blocks to them), or undefined for all. */
  pagesOf(ids: number[]): Set<number> | undefined {
    if (this.mode === 'all') return undefined;
    return new Set(ids.map((id) => this.el(id).page));
  }

  /** An element's box, or for a caption the parser nested in its float, the float's. */
  boxOf = (el: Element): Element['bbox'] => {
    if (el.bbox) return el.bbox;
    const parent = el.hints?.nestedIn ? this.doc.elements.find((e) => e.ref === el.hints!.nestedIn) : undefined;
    return parent?.bbox ?? null;
  };

  /** How much context a chunk over `range` gives each id (reconciling overlapping chunks). */
  weight(range: PageRange) {
    return (id: number) => centrality(this.el(id).page, range, this.documentRange);
  }

  async ask(request: ChunkRequest): Promise<Reply> {
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
}
