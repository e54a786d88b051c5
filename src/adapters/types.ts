// The contract every parser-format adapter fulfils: `detect` says how sure it is that the input is its
// format (0 = not mine, 1 = certainly mine); `read` turns the input into elements in reading order.
import type { AdapterInput } from '../io/load.js';
import type { ParsedDocument } from '../model/element.js';

export interface Adapter {
  /** Name used with `--format`, e.g. `mineru-content-list`. */
  name: string;
  /** One line for `--help` and the docs. */
  description: string;
  /** 0..1. Must be cheap: look at keys and a few items, never walk the whole file. */
  detect(input: AdapterInput): number;
  /** Throws DocstitchError (kind `schema`, with file and JSON pointer) on malformed input. */
  read(input: AdapterInput): ParsedDocument;
  /**
   * True when read() takes a top-level array through `topLevelEntries` (builder.ts), so that a large file is
   * read element by element (io/json-array-stream.ts) instead of parsed whole.
   */
  readsStream?: boolean;
  /** True when a cut-off file (closing brackets missing) is acceptable; the adapter then warns. */
  acceptsTruncatedJson?: boolean;
}
