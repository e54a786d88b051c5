// A scripted "model" that answers docstitch's LLM requests (both protocols) from a gold structure.json:
// `gold` answers every item exactly as the gold file says, `wrong` answers every item wrongly
// (continuations and table merges inverted, headings flipped, captions sent to another float).
// Used by scripts/eval-llm.ts and its test; it reads the request text the way a model would see it.

import { popoTablePrompt } from '../src/llm/protocols/popo-format.js';
import type { Element, ParsedDocument } from '../src/model/element.js';
import type { Structure } from '../src/model/structure.js';

export type OracleKind = 'gold' | 'wrong';

interface Body {
  messages: Array<{ role: string; content: string | Array<{ type: string; text?: string }> }>;
  response_format?: { json_schema?: { name?: string } };
}

function userText(body: Body): string {
  const user = body.messages.filter((m) => m.role === 'user').pop();
  if (!user) return '';
  return typeof user.content === 'string'
    ? user.content
    : user.content
        .filter((p) => p.type === 'text')
        .map((p) => p.text ?? '')
        .join('');
}

export function makeOracle(doc: ParsedDocument, gold: Structure, kind: OracleKind): (body: Body) => string {
  const idOf = new Map(doc.elements.map((e) => [e.ref, e.id]));
  const el = (id: number): Element | undefined => doc.elements[id];
  const nextOf = (groups: string[][]) => {
    const next = new Map<number, number>();
    for (const g of groups) {
      const ids = g
        .map((r) => idOf.get(r))
        .filter((x): x is number => x !== undefined)
        .sort((a, b) => a - b);
      for (let i = 0; i + 1 < ids.length; i++) next.set(ids[i], ids[i + 1]);
    }
    return next;
  };
  const textNext = nextOf(gold.paragraphMerges);
  const tableNext = nextOf(gold.tableMerges);
  const level = new Map<number, number>();
  for (const h of gold.headings) {
    const id = idOf.get(h.ref);
    if (id !== undefined) level.set(id, h.level);
  }
  const captionOf = new Map<number, number>();
  for (const c of gold.captions) {
    const a = idOf.get(c.caption);
    const b = idOf.get(c.target);
    if (a !== undefined && b !== undefined) captionOf.set(a, b);
  }
  // Nested captions are not in structure.json (the parser linked them): their float is their parent.
  for (const e of doc.elements) {
    const parent = e.hints?.nestedIn ? idOf.get(e.hints.nestedIn) : undefined;
    if (parent !== undefined && !captionOf.has(e.id)) captionOf.set(e.id, parent);
  }
  const tables = doc.elements.filter((e) => e.type === 'table');
  // A popo table prompt holds only the two tables' HTML: pairs with the same HTML get the same prompt, and a
  // model can only answer them alike. The oracle answers "merge" when any of them is a gold merge.
  const tablePrompts = new Map<string, Array<[number, number]>>();
  for (let i = 0; i + 1 < tables.length; i++) {
    for (let j = i + 1; j < Math.min(tables.length, i + 4); j++) {
      const prompt = popoTablePrompt(tables[i].html ?? '', tables[j].html ?? '');
      const pairs = tablePrompts.get(prompt) ?? [];
      pairs.push([tables[i].id, tables[j].id]);
      tablePrompts.set(prompt, pairs);
    }
  }
  const wrong = kind === 'wrong';
  const flipLevel = (id: number) => {
    const g = level.get(id);
    if (!wrong) return g ?? -1;
    return g === undefined ? 2 : -1;
  };
  const isFloat = (id: number) => ['image', 'table', 'equation', 'code'].includes(el(id)?.type ?? '');
  const captionAnswer = (id: number, offered: number[]): number | null => {
    const g = captionOf.get(id);
    if (!wrong) return g !== undefined && offered.includes(g) ? g : null;
    const other = offered.find((t) => t !== g);
    return other ?? null;
  };

  return (body: Body) => {
    const text = userText(body);
    const schema = body.response_format?.json_schema?.name;
    if (schema) {
      const data = JSON.parse(text.slice(text.indexOf('\n') + 1)) as Record<string, unknown>;
      if (schema === 'continuations') {
        const pairs = data.pairs as Array<{ pair: string }>;
        return JSON.stringify({
          answers: pairs.map(({ pair }) => {
            const [a, b] = pair.split('-').map(Number);
            return { pair, continues: (textNext.get(a) === b) !== wrong };
          }),
        });
      }
      if (schema === 'heading_levels') {
        const titles = data.titles as Array<{ id: number }>;
        return JSON.stringify({ levels: titles.map(({ id }) => ({ id, level: flipLevel(id) })) });
      }
      if (schema === 'caption_links') {
        const captions = data.captions as Array<{ id: number; candidates: Array<{ id: number }> }>;
        return JSON.stringify({
          links: captions.map((c) => ({
            caption: c.id,
            target: captionAnswer(
              c.id,
              c.candidates.map((x) => x.id),
            ),
          })),
        });
      }
      const pair = String(data.pair).split('-').map(Number);
      return JSON.stringify({ merge: (tableNext.get(pair[0]) === pair[1]) !== wrong, joinCutRow: false });
    }
    if (text.startsWith('\n## Table 1')) {
      const merged = (tablePrompts.get(text) ?? []).some(([a, b]) => tableNext.get(a) === b);
      return merged !== wrong ? '[0]' : '[]';
    }
    const ids = [...text.matchAll(/(?:^|: )<\|id\|>(\d+)/gm)].map((m) => Number(m[1]));
    const inRequest = new Set(ids);
    if (text.includes('Truncation Detection: ')) {
      const lines: string[] = [];
      if (!wrong) {
        for (const id of ids) {
          const next = textNext.get(id);
          if (next !== undefined && inRequest.has(next)) lines.push(`<|src_id|>${id}<|tgt_id|>${next}`);
        }
      } else {
        const sorted = [...ids].sort((a, b) => a - b);
        for (let i = 0; i + 1 < sorted.length; i++)
          if (textNext.get(sorted[i]) !== sorted[i + 1]) lines.push(`<|src_id|>${sorted[i]}<|tgt_id|>${sorted[i + 1]}`);
      }
      return lines.join('\n');
    }
    if (text.includes('Title Level Analysis: '))
      return ids.map((id) => `<|id|>${id}<|level|>${flipLevel(id)}`).join('\n');
    if (text.includes('Image-Text Correlation Analysis: ')) {
      const floats = ids.filter(isFloat);
      const lines: string[] = [];
      for (const id of ids) {
        if (!['image_caption', 'table_caption', 'image_footnote', 'table_footnote'].includes(el(id)?.type ?? ''))
          continue;
        const t = captionAnswer(id, floats);
        if (t !== null) lines.push(`<|src_id|>${id}<|tgt_id|>${t}`);
      }
      return lines.join('\n');
    }
    return '';
  };
}
