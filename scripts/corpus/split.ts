// Producers, families and splits of corpus documents (issue #13). Every document's meta.json carries
//   "producer": what printed the PDF — "chromium" | "office" (LibreOffice) | "latex" ("tesseract" is the
//               producer of a scanned input, hocr/, whatever printed the page: see producerOfCase),
//   "family":   the kind of document — manual, report, form, legal, workbook, newsletter, paper-<class>,
//               thesis, …,
//   "split":    "train" | "dev" | "test".
// The split is decided per (family, source), never per page or per document, so no test family's habits
// are tuned on through a sibling page:
// - the Chromium manuals keep the roles their corpora were built for: the tuning sources (the committed
//   slice corpus/, corpus-full/) are train, the development sources (corpus-dev/, corpus-dev2/) dev, the
//   held-out sources (corpus-heldout/) test;
// - every other (family, source) pair by a hash of the string "<family>/<source key>" (FNV-1a, as
//   rng.hashString): hash % 5 of 0–2 → train, 3 → dev, 4 → test; SPLIT_OVERRIDES (empty today) may
//   pin a pair, documented in corpus/README.md.
import { hashString } from './rng.js';

export type Producer = 'chromium' | 'office' | 'latex' | 'tesseract';
export type Split = 'train' | 'dev' | 'test';
export const SPLITS: readonly Split[] = ['train', 'dev', 'test'];

/** The Chromium manual sources by the corpus they were built for (sources.ts: SourceSet). */
const MANUAL_SET_SPLIT: Record<string, Split> = { tuning: 'train', dev: 'dev', dev2: 'dev', heldout: 'test' };

/** Pairs pinned by hand ("<family>/<source key>" → split); none today. */
export const SPLIT_OVERRIDES: Record<string, Split> = {};

/** The split of a (family, source) pair; `set` is the source set of a Chromium manual. */
export function splitOf(family: string, sourceKey: string, set?: string): Split {
  const key = `${family}/${sourceKey}`;
  if (SPLIT_OVERRIDES[key]) return SPLIT_OVERRIDES[key];
  if (family === 'manual' && set && MANUAL_SET_SPLIT[set]) return MANUAL_SET_SPLIT[set];
  const h = hashString(key) % 5;
  return h <= 2 ? 'train' : h === 3 ? 'dev' : 'test';
}

/**
 * The meta.json keys of a document, placed right after its "id" (so adding them to an older meta.json
 * changes nothing else in the file).
 */
export function withCorpusKeys<T extends { id: string }>(
  meta: T,
  keys: { producer: Producer; family: string; split: Split },
): Record<string, unknown> {
  const { id, ...rest } = meta;
  const out: Record<string, unknown> = { id, producer: keys.producer, family: keys.family, split: keys.split };
  for (const [k, v] of Object.entries(rest)) if (!(k in out)) out[k] = v;
  return out;
}
