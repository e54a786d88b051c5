// The registry of parser formats. Detection asks every adapter and takes the most confident one.
import { StreamFallback } from '../io/json-array-stream.js';
import { type AdapterInput, readWhole } from '../io/load.js';
import type { ParsedDocument } from '../model/element.js';
import { DocstitchError } from '../model/errors.js';
import { alto } from './alto.js';
import { azureDocumentIntelligence } from './azure-di.js';
import { deepseekOcr } from './deepseek-ocr.js';
import { docling } from './docling.js';
import { dotsOcr } from './dots-ocr.js';
import { hocr } from './hocr.js';
import { marker } from './marker.js';
import { mineruContentList } from './mineru-content-list.js';
import { mineruContentListV2 } from './mineru-content-list-v2.js';
import { mineruMiddle } from './mineru-middle.js';
import { mineruModel } from './mineru-model.js';
import { mistralOcr } from './mistral-ocr.js';
import { paddleOcr } from './paddleocr.js';
import { pageXml } from './page-xml.js';
import { pdfInput } from './pdf.js';
import { popoBlocks } from './popo.js';
import { textract } from './textract.js';
import type { Adapter } from './types.js';
import { unstructured } from './unstructured.js';

export type { Adapter } from './types.js';

export const adapters: readonly Adapter[] = [
  mineruContentList,
  mineruContentListV2,
  mineruMiddle,
  mineruModel,
  popoBlocks,
  paddleOcr,
  dotsOcr,
  docling,
  marker,
  unstructured,
  textract,
  mistralOcr,
  deepseekOcr,
  azureDocumentIntelligence,
  hocr,
  alto,
  pageXml,
  pdfInput,
];

export function adapterByName(name: string): Adapter {
  const found = adapters.find((a) => a.name === name);
  if (!found) {
    throw new DocstitchError(
      'format',
      `unknown format "${name}"; known formats: ${adapters.map((a) => a.name).join(', ')}`,
    );
  }
  return found;
}

/** The adapter most confident that it reads this input, or a format error. */
export function detectAdapter(input: AdapterInput): Adapter {
  let best: Adapter | undefined;
  let bestScore = 0;
  for (const adapter of adapters) {
    const score = adapter.detect(input);
    if (score > bestScore) {
      best = adapter;
      bestScore = score;
    }
  }
  if (!best || bestScore < 0.5) {
    throw new DocstitchError(
      'format',
      `not the output of any parser docstitch reads (try --format; known: ${adapters.map((a) => a.name).join(', ')})`,
      {
        file: input.path,
      },
    );
  }
  return best;
}

/** Read an input with a named or detected adapter, enforcing the truncated-JSON policy. */
export function readWithAdapter(input: AdapterInput, format?: string): { adapter: Adapter; document: ParsedDocument } {
  if (input.files.some((f) => f.streamed)) return readStreamed(input, format);
  const adapter = format ? adapterByName(format) : detectAdapter(input);
  const truncated = input.files.find((f) => f.recoveredFromTruncation);
  if (truncated && !adapter.acceptsTruncatedJson) {
    throw new DocstitchError(
      'json',
      `invalid JSON: the file is cut off (missing "${truncated.recoveredFromTruncation?.closers}" at the end)`,
      {
        file: truncated.path,
      },
    );
  }
  return { adapter, document: adapter.read(input) };
}

/**
 * A streamed input (io/load.ts readInput): detected on its first elements, read element by element by an adapter
 * that reads streams, else read into one array first. The whole-file path answers for any file the stream
 * reader does not vouch for, and for any error met before the stream was read to its end when the file proves
 * bad, so that a file's JSON error comes first, as when it is read whole.
 */
function readStreamed(input: AdapterInput, format?: string): { adapter: Adapter; document: ParsedDocument } {
  const whole = () => readWithAdapter({ ...input, files: input.files.map(readWhole) }, format);
  try {
    const adapter = format ? adapterByName(format) : detectAdapter(input);
    if (!adapter.readsStream) {
      const files = input.files.map((f) =>
        f.streamed ? { path: f.path, name: f.name, json: [...f.streamed.entries()] } : f,
      );
      return readWithAdapter({ ...input, files }, format);
    }
    return { adapter, document: adapter.read(input) };
  } catch (error) {
    if (error instanceof StreamFallback) return whole();
    try {
      for (const f of input.files) if (f.streamed) for (const _ of f.streamed.entries());
    } catch (bad) {
      if (bad instanceof StreamFallback) return whole();
      throw bad;
    }
    throw error;
  }
}
