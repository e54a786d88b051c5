// structure.json (format version 1): every document-level decision, as refs into the input.
// The contract is ../shared/spec/structure.md; gold files use the same shape.
import { z } from 'zod';

export const structureSchema = z.object({
  version: z.literal(1),
  headings: z.array(z.object({ ref: z.string(), level: z.number().int().min(1) })),
  paragraphMerges: z.array(z.array(z.string()).min(2)),
  tableMerges: z.array(z.array(z.string()).min(2)),
  captions: z.array(z.object({ caption: z.string(), target: z.string() })),
  furniture: z.array(z.string()),
});

export type Structure = z.infer<typeof structureSchema>;

export function emptyStructure(): Structure {
  return { version: 1, headings: [], paragraphMerges: [], tableMerges: [], captions: [], furniture: [] };
}
