// Every threshold and weight the deterministic engine uses, in one documented object.
// Change them through `stitch(input, { engine: { … } })` or a JSON file given to `--options`.

export interface EngineOptions {
  furniture: {
    /** An element whose centre lies above this fraction of the page height is in the top band. */
    topBand: number;
    /** …below this fraction, in the bottom band. */
    bottomBand: number;
    /** Fraction of pages (of one parity, for alternating heads) a text must repeat on to be a running head. */
    minRepeatFraction: number;
    /** …and at least this many times (documents of up to `shortDocumentPages` pages need only 2). */
    minRepeats: number;
    shortDocumentPages: number;
    /** Longest text (characters) still considered a running header/footer. */
    maxLength: number;
    /** A line whose box ends within this fraction of the top (or starts within it of the bottom) is in the margin. */
    marginBand: number;
    /** …and is furniture by position alone when no taller than this and no longer than `maxMarginLength`. */
    maxMarginHeight: number;
    maxMarginLength: number;
    /** Confidence given to a parser's own header/footer/page-number label inside a band. */
    parserLabelConfidence: number;
  };
  textMerge: {
    /** Merge when the continuation score is at least this (scores are log-odds-like sums). */
    threshold: number;
    /** Highest confidence of "kept apart" when a sentence ends exactly at a column or page break (often a continuation). */
    sentenceAtBreakConfidence: number;
    /** A block whose bottom is within this fraction of the page height of the lowest body block ends its column. */
    columnEndSlack: number;
  };
  tableMerge: {
    threshold: number;
    /** Relative width difference under which two table fragments count as the same width. */
    widthTolerance: number;
  };
  headings: {
    /** Titles longer than this many characters are demoted to text unless numbered. */
    maxTitleLength: number;
    /** Relative line-height difference under which two headings count as the same size. */
    sizeTolerance: number;
  };
  captions: {
    /** Largest vertical gap (fraction of page height) between a caption and its float. */
    maxGap: number;
    threshold: number;
  };
  /** Decisions below this confidence count as unsure (reported, and sent to an LLM in `unsure` mode). */
  unsureBelow: number;
}

export const defaultEngineOptions: EngineOptions = {
  furniture: {
    topBand: 0.1,
    bottomBand: 0.9,
    minRepeatFraction: 0.3,
    minRepeats: 3,
    shortDocumentPages: 4,
    maxLength: 160,
    marginBand: 0.05,
    maxMarginHeight: 0.02,
    maxMarginLength: 80,
    parserLabelConfidence: 0.95,
  },
  textMerge: { threshold: 0.5, columnEndSlack: 0.08, sentenceAtBreakConfidence: 0.6 },
  tableMerge: { threshold: 1, widthTolerance: 0.12 },
  headings: { maxTitleLength: 200, sizeTolerance: 0.12 },
  captions: { maxGap: 0.25, threshold: 0.5 },
  unsureBelow: 0.7,
};

type DeepPartial<T> = { [K in keyof T]?: T[K] extends object ? DeepPartial<T[K]> : T[K] };
export type EngineOptionsInput = DeepPartial<EngineOptions>;

/** Defaults overlaid with the user's partial options. */
export function resolveEngineOptions(input: EngineOptionsInput = {}): EngineOptions {
  const out = structuredClone(defaultEngineOptions) as unknown as Record<string, unknown>;
  for (const [key, value] of Object.entries(input)) {
    if (value && typeof value === 'object') {
      out[key] = { ...(out[key] as object), ...value };
    } else if (value !== undefined) out[key] = value;
  }
  return out as unknown as EngineOptions;
}
