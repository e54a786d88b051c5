// The document tree as a zod schema: validates document.json and produces its JSON Schema
// (schema/document.schema.json, written by `npm run schema`).
import { z } from 'zod';

const bbox = z.tuple([z.number(), z.number(), z.number(), z.number()]).nullable();
const span = z.object({ page: z.number().int().min(1), bbox });

export const nodeDataSchema = z.object({
  id: z.string(),
  refs: z.array(z.string()),
  spans: z.array(span),
  kind: z.string().optional(),
  markup: z.enum(['math', 'markdown']).optional(),
  level: z.number().int().min(1).optional(),
  html: z.string().optional(),
  references: z.array(z.object({ target: z.string(), label: z.string() })).optional(),
  label: z.string().optional(),
  summary: z.string().optional(),
  keywords: z.array(z.string()).optional(),
});

const text = z.object({ type: z.literal('text'), value: z.string() });
const paragraph = z.object({ type: z.literal('paragraph'), children: z.array(text), data: nodeDataSchema });
const heading = z.object({
  type: z.literal('heading'),
  depth: z.number().int().min(1).max(6),
  children: z.array(text),
  data: nodeDataSchema,
});
const listItem = z.object({
  type: z.literal('listItem'),
  spread: z.boolean().optional(),
  children: z.array(z.object({ type: z.literal('paragraph'), children: z.array(text) })),
  data: nodeDataSchema,
});
const list = z.object({
  type: z.literal('list'),
  ordered: z.boolean().nullable().optional(),
  spread: z.boolean().optional(),
  children: z.array(listItem),
  data: nodeDataSchema,
});
const tableCell = z.object({ type: z.literal('tableCell'), children: z.array(text) });
const table = z.object({
  type: z.literal('table'),
  align: z
    .array(z.enum(['left', 'right', 'center']).nullable())
    .nullable()
    .optional(),
  children: z.array(z.object({ type: z.literal('tableRow'), children: z.array(tableCell) })),
  data: nodeDataSchema,
});
const html = z.object({ type: z.literal('html'), value: z.string(), data: nodeDataSchema });
const image = z.object({
  type: z.literal('image'),
  url: z.string(),
  alt: z.string().nullable().optional(),
  data: nodeDataSchema,
});
const math = z.object({ type: z.literal('math'), value: z.string(), data: nodeDataSchema });
const code = z.object({
  type: z.literal('code'),
  lang: z.string().nullable().optional(),
  value: z.string(),
  data: nodeDataSchema,
});
const caption = z.object({
  type: z.literal('caption'),
  role: z.enum(['caption', 'footnote']),
  children: z.array(text),
  data: nodeDataSchema,
});
const figure = z.object({
  type: z.literal('figure'),
  kind: z.enum(['table', 'image', 'equation', 'code']),
  children: z.array(z.discriminatedUnion('type', [caption, table, html, image, math, code])),
  data: nodeDataSchema,
});
const block = z.discriminatedUnion('type', [paragraph, list, figure, math, code, html, caption]);

export interface SectionShape {
  type: 'section';
  depth: number;
  children: Array<z.infer<typeof heading> | z.infer<typeof block> | SectionShape>;
  data: z.infer<typeof nodeDataSchema>;
}

export const sectionSchema: z.ZodType<SectionShape> = z.object({
  type: z.literal('section'),
  depth: z.number().int().min(1),
  get children() {
    return z.array(z.union([heading, block, sectionSchema]));
  },
  data: nodeDataSchema,
});

export const treeSchema = z.object({
  type: z.literal('root'),
  children: z.array(z.union([block, sectionSchema])),
  data: z.object({ source: z.string(), format: z.string(), pages: z.number().int().min(0) }),
});

// Warnings and dropped elements in the shared Message shape (src/model/message.ts): ruleId, reason, place, severity.
const dropped = z.object({
  ruleId: z.string(),
  reason: z.string(),
  place: z.object({ refs: z.tuple([z.string()]), page: z.number().int().optional() }),
  severity: z.literal('info'),
  text: z.string().optional(),
});

const warning = z.object({
  ruleId: z.string(),
  reason: z.string(),
  place: z.object({ refs: z.array(z.string()).optional() }),
  severity: z.literal('warning'),
});

/** One input element where the parser put it (what the review view draws); optional: files before 0.1 lack it. */
const placedElement = z.object({
  id: z.number().int().min(0),
  ref: z.string(),
  page: z.number().int().min(1),
  type: z.string(),
  bbox: z.tuple([z.number(), z.number(), z.number(), z.number()]).nullable(),
  text: z.string(),
  html: z.string().optional(),
});

export const documentJsonSchema = z.object({
  docstitch: z.string(),
  source: z.string(),
  format: z.string(),
  pages: z.array(
    z.object({
      page: z.number().int().min(1),
      width: z.number().optional(),
      height: z.number().optional(),
      unit: z.string().optional(),
    }),
  ),
  accounting: z.object({
    read: z.number().int(),
    placed: z.number().int(),
    dropped: z.number().int(),
    sourceDropped: z.number().int(),
  }),
  tree: treeSchema,
  elements: z.array(placedElement).optional(),
  dropped: z.array(dropped),
  sourceDropped: z.array(dropped),
  warnings: z.array(warning),
  decisions: z.array(
    z.object({
      ruleId: z.string(),
      reason: z.string(),
      place: z.object({ refs: z.array(z.string()) }),
      severity: z.literal('info'),
      stage: z.string(),
      confidence: z.number().min(0).max(1),
      ids: z.array(z.number().int()),
      by: z.enum(['rules', 'parser', 'llm']),
      accepted: z.boolean(),
      features: z
        .array(z.object({ id: z.string(), value: z.number(), contribution: z.number() }))
        .optional()
        .describe('The evidence weighed: feature id, its value, and what its weight added to the score.'),
      level: z.number().int().optional().describe('Heading decisions: the level given or proposed.'),
      llm: z
        .object({
          model: z.string(),
          protocol: z.string(),
          answer: z.string().optional(),
          changed: z.boolean().optional(),
          fallback: z.string().optional(),
          conflict: z.boolean().optional(),
        })
        .optional()
        .describe('How a model took part in the decision (the LLM path).'),
    }),
  ),
});
