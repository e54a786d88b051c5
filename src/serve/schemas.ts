// The HTTP service's request fields and response bodies as zod schemas: the service validates with them
// and src/serve/openapi.ts turns them into the OpenAPI document, so the two cannot drift apart.
import { z } from 'zod';
import { adapters } from '../adapters/index.js';
import { EMITTABLE } from '../cli/outputs.js';
import { BLOCK_TYPES, type Element } from '../model/element.js';
import { type ErrorKind, EXIT_CODES } from '../model/errors.js';
import { structureSchema } from '../model/structure.js';
import type { DocumentRoot } from '../model/tree.js';
import { documentJsonSchema, treeSchema } from '../model/tree-schema.js';
import { defaultEngineOptions, type EngineOptionsInput } from '../options.js';
import type { Chunk } from '../retrieval/chunk.js';

/** What `emit` may name: the CLI's outputs plus the parsed elements and the decisions. */
export const SERVE_EMITTABLE = [...EMITTABLE, 'elements', 'decisions'] as const;
export type ServeEmit = (typeof SERVE_EMITTABLE)[number];

export const formatNameSchema = z
  .enum(adapters.map((a) => a.name) as [string, ...string[]])
  .describe('Input format (detected when absent).');

export const emitListSchema = z
  .string()
  .regex(new RegExp(`^((${SERVE_EMITTABLE.join('|')})(,(${SERVE_EMITTABLE.join('|')}))*)?$`))
  .describe(`Comma-separated outputs, from ${SERVE_EMITTABLE.join(', ')} (default tree,md,structure, as the CLI).`);

export const chunkTokensSchema = z.coerce
  .number()
  .int()
  .min(16)
  .describe('Token budget of a chunk for emit=chunks (default 512, cl100k_base).');

export const nameSchema = z
  .string()
  .min(1)
  .max(300)
  .describe('File name of a JSON body, used as the source and in error messages (default body.json).');

/** Engine options (src/options.ts) as a strict schema built from the defaults: a misspelt key is an error. */
export const engineOptionsSchema = z
  .strictObject(
    Object.fromEntries(
      Object.entries(defaultEngineOptions).map(([key, value]) => [
        key,
        (typeof value === 'object'
          ? z.strictObject(Object.fromEntries(Object.keys(value).map((k) => [k, z.number().optional()])))
          : z.number()
        ).optional(),
      ]),
    ),
  )
  .describe('Engine thresholds overriding the defaults (the --options file of the CLI), as JSON.');

export function toEngineOptionsInput(value: z.infer<typeof engineOptionsSchema>): EngineOptionsInput {
  return value as EngineOptionsInput;
}

const bbox = z.tuple([z.number(), z.number(), z.number(), z.number()]).nullable();

export const elementSchema = z.object({
  id: z.number().int().min(0),
  ref: z.string(),
  page: z.number().int().min(1),
  type: z.enum(BLOCK_TYPES),
  sourceType: z.string(),
  text: z.string(),
  html: z.string().optional(),
  bbox: bbox.describe('[x1, y1, x2, y2] in 0–1 of the page, origin top-left; null when the parser gives no box.'),
  hints: z
    .object({
      level: z.number().optional(),
      fontSize: z.number().optional(),
      lineHeight: z.number().optional(),
      lineCount: z.number().optional(),
      lastLineFill: z.number().optional(),
      firstLineIndent: z.number().optional(),
      bold: z.boolean().optional(),
      nestedIn: z.string().optional(),
      documentTitle: z.boolean().optional(),
      captionOf: z.string().optional(),
      parserMergedWith: z.array(z.string()).optional(),
      imagePath: z.string().optional(),
      latex: z.string().optional(),
      codeLanguage: z.string().optional(),
      score: z.number().optional(),
      outlineLevel: z.number().optional(),
      pdf: z
        .object({
          textLayer: z.boolean(),
          fontSize: z.number().optional(),
          bold: z.boolean().optional(),
          italic: z.boolean().optional(),
          fontName: z.string().optional(),
          fontFamily: z.string().optional(),
          lineCount: z.number().optional(),
          lineHeight: z.number().optional(),
          lastLineFill: z.number().optional(),
          firstLineIndent: z.number().optional(),
          match: z.number().optional(),
          outlineEntry: z.number().optional(),
        })
        .optional()
        .describe('What the source PDF says about the element (--pdf, or a PDF input): docs/pdf.md.'),
    })
    .optional(),
});

export const chunkSchema = z.object({
  id: z.string(),
  index: z.number().int(),
  text: z.string(),
  tokens: z.number().int(),
  headingPath: z.array(z.string()),
  sectionIds: z.array(z.string()),
  pageStart: z.number().int(),
  pageEnd: z.number().int(),
  nodes: z.array(
    z.object({ id: z.string(), type: z.string(), part: z.tuple([z.number().int(), z.number().int()]).optional() }),
  ),
  refs: z.array(z.string()),
  spans: z.array(z.object({ ref: z.string(), page: z.number().int(), bbox })),
  prev: z.string().nullable(),
  next: z.string().nullable(),
  keywords: z.array(z.string()).optional(),
  oversize: z.literal(true).optional(),
});

// Compile-time checks that the schemas describe the engine's own types (each way), so a field added there fails here.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const elementMatches: Same<z.infer<typeof elementSchema>, Element> = true;
const chunkMatches: Same<z.infer<typeof chunkSchema>, Chunk> = true;
void elementMatches;
void chunkMatches;

const shape = documentJsonSchema.shape;

export const stitchResponseSchema = z.object({
  docstitch: z.string().describe('docstitch version.'),
  source: z.string().describe('The uploaded file name (folder name for a folder upload).'),
  format: z.string().describe('The adapter that read the input.'),
  accounting: shape.accounting,
  warnings: shape.warnings,
  pdf: z
    .object({ name: z.string(), bytes: z.number().int(), sha256: z.string() })
    .optional()
    .describe('The PDF sent in the `pdf` field: accepted and reported, not read (the engine needs no PDF).'),
  document: z
    .object({
      pages: shape.pages,
      elements: z.array(elementSchema),
      dropped: shape.dropped.describe('Elements left out of the tree, with reasons.'),
      sourceDropped: shape.sourceDropped.describe('Source objects the adapter did not turn into elements.'),
    })
    .optional()
    .describe('emit=elements: the parsed document (pages and elements with boxes) the engine worked on.'),
  tree: treeSchema.optional().describe('emit=tree: the `tree` of the CLI’s document.json.'),
  markdown: z.string().optional().describe('emit=md: the CLI’s document.md.'),
  structure: structureSchema.optional().describe('emit=structure: the CLI’s structure.json.'),
  chunks: z.array(chunkSchema).optional().describe('emit=chunks: the lines of the CLI’s chunks.jsonl.'),
  decisions: shape.decisions.optional().describe('emit=decisions: every decision with confidence and refs.'),
});
/** The response as built (the tree typed as the engine's mdast tree, which the schema describes as JSON). */
export type StitchResponse = Omit<z.infer<typeof stitchResponseSchema>, 'tree'> & { tree?: DocumentRoot };

/** Error codes: the CLI's error kinds, plus the ones only a service has (no exit code for those). */
export const SERVICE_ONLY_CODES = ['unauthorized', 'notFound', 'busy', 'timeout'] as const;
export type ErrorCode = ErrorKind | (typeof SERVICE_ONLY_CODES)[number];
const errorKinds = Object.keys(EXIT_CODES).filter((k) => k !== 'ok') as ErrorKind[];

export const errorResponseSchema = z.object({
  error: z.object({
    code: z.enum([...errorKinds, ...SERVICE_ONLY_CODES]),
    exitCode: z
      .number()
      .int()
      .nullable()
      .describe('The exit code the CLI gives for the same error; null for errors only a service has.'),
    message: z.string(),
    file: z.string().optional().describe('The file (upload name) the error is in.'),
    pointer: z.string().optional().describe('JSON pointer into that file (or into `options`).'),
  }),
});
export type ErrorResponse = z.infer<typeof errorResponseSchema>;

export const formatsResponseSchema = z.object({
  formats: z.array(z.object({ name: z.string(), description: z.string() })),
});

export const healthResponseSchema = z.object({ status: z.literal('ok'), docstitch: z.string() });
