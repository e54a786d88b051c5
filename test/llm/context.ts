// A run context for task and protocol tests: the deterministic stages over a small document, and a
// client that answers each request through `reply` (no server).
import type { LlmClient } from '../../src/llm/client.js';
import { emptyReport, type LlmOptions } from '../../src/llm/options.js';
import type { ChunkRequest } from '../../src/llm/run-context.js';
import { RunContext } from '../../src/llm/run-context.js';
import type { ParsedDocument } from '../../src/model/element.js';
import { defaultEngineOptions } from '../../src/options.js';
import { reconstruct } from '../../src/pipeline.js';
import { col, makeDoc } from '../helpers/doc.js';

export const TABLE = '<table><tr><td>k</td><td>v</td></tr><tr><td>a</td><td>1</td></tr></table>';
export const TABLE2 = '<table><tr><td>b</td><td>2</td></tr></table>';

/** Title, a paragraph cut by a page break, a figure with a free caption, a subtitle, a table over two pages. */
export function sample(): ParsedDocument {
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

export function context(
  doc: ParsedDocument,
  llm: Partial<LlmOptions> = {},
  reply: (request: { messages: Array<{ role: string; content: unknown }> }) => string = () => '',
): RunContext {
  const options: LlmOptions = { baseURL: 'http://127.0.0.1:9', model: 'fake', mode: 'all', ...llm };
  const client = {
    complete: async (request: { messages: Array<{ role: string; content: unknown }> }) => ({
      content: reply(request),
      finishReason: 'stop',
    }),
  } as unknown as LlmClient;
  const stages = reconstruct(doc, defaultEngineOptions);
  return new RunContext(doc, stages, options, options.mode ?? 'unsure', client, emptyReport(options));
}

/** The text a request shows the model. */
export function requestText(request: ChunkRequest): string {
  if (typeof request.content === 'string') return request.content;
  return request.content.map((p) => ('text' in p ? p.text : '')).join('');
}
