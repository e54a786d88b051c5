// The outputs `--emit` can name and the file each is written to, apart from their renderers (outputs.ts), so
// that the command line reads them without loading the engine.
export const EMITTABLE = ['tree', 'md', 'structure', 'chunks'] as const;
export type Emit = (typeof EMITTABLE)[number];
/** Written when --emit is not given: chunks are opt-in (they load a tokenizer and are for retrieval). */
export const DEFAULT_EMIT: readonly Emit[] = ['tree', 'md', 'structure'];
/** The file each output is written to. */
export const OUTPUT_FILE: Readonly<Record<Emit, string>> = {
  tree: 'document.json',
  md: 'document.md',
  structure: 'structure.json',
  chunks: 'chunks.jsonl',
};
