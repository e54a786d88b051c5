// A numbered clause among clauses typed as paragraphs (`demoted-clause-item`): a datasheet's or a contract's
// numbered clauses "4.1.4 客户应保存完整的…。" are paragraphs, each a sentence or more; one of them that leads into
// a table or list ("4.1.5 电池管理系统需满足以下…要求：") is short enough for promote.ts to read as a heading, or
// the parser types it a title ("10.1. Khi Hợp đồng … các điều kiện sau:" before "10.2. …" typed text). Its
// siblings say what it is: a clause (the dev datasheet, MinerU; the dev insurance rules, DeepSeek-OCR).
// Evidence: a heading numbered "a.b" or deeper, ending as a clause does (a stop or a colon), whose sibling before or after it ("4.1.4" before "4.1.5", "10.2" after
// "10.1") opens an element the parser typed body text, not read as a heading, that is a whole sentence of
// SENTENCE characters or more, within WINDOW elements and no heading between. A heading whose missed sibling is a
// short title typed text ("2.2 Foo") is no such clause and stays, and so does one with no end punctuation ("1.1
// Fundamentals") whose sibling is a heading the parser merged into its paragraph.
// A clause whose sibling before it is a kept heading ("6.3. …:" after the typed "6.2. …:") stays: the parser's headings
// say what the clauses of that run are (`clause-after-heading`).
// Precedence (headings.ts): with the lettered entries (letter-items.ts), after the demotions by size and style.
import { PositionIndex } from '../../layout/positions.js';
import type { Element } from '../../model/element.js';
import { endsSentence } from '../../text/chars.js';
import { parseNumbering } from '../../text/numbering.js';
import type { FurnitureResult } from '../types.js';
import { demote } from './candidates.js';
import { siblingEntry } from './sibling-entry.js';
import type { Candidate, HeadingContext } from './types.js';

/** How far (elements in reading order) a sibling clause is looked for. */
const WINDOW = 6;

/** The length of a clause that is a paragraph (characters). */
const SENTENCE = 40;

/** A clause's end: a stop, or the colon leading into its list or table ("…要求：", "… sau:"). */
const CLAUSE_END = /[:：.。;；]\s*$/;

const key = (values: readonly number[]) => values.join('.');

export function demoteClauseItems(
  kept: Candidate[],
  elements: readonly Element[],
  furniture: FurnitureResult,
  ctx: HeadingContext,
): Candidate[] {
  const items = kept.filter(
    (c) => c.numbering?.ladder === 'decimal' && c.numbering.values.length >= 2 && CLAUSE_END.test(c.el.text),
  );
  if (items.length === 0) return kept;
  const headings = new Set(kept.map((c) => c.el.id));
  const index = new PositionIndex(elements);
  const dropped = new Set<Candidate>();
  const byKey = new Map<string, Candidate>();
  for (const c of kept) if (c.numbering?.ladder === 'decimal') byKey.set(key(c.numbering.values), c);
  for (const c of items) {
    const at = index.get(c.el.id);
    if (at === undefined) continue;
    const v = c.numbering!.values;
    const last = v[v.length - 1];
    const before = key([...v.slice(0, -1), last - 1]);
    const after = key([...v.slice(0, -1), last + 1]);
    // Its sibling before is a heading the document keeps ("6.2. …:" typed a title): a heading among headings, and the
    // sentence after it ("6.4. Khi …") a paragraph of its section (`clause-after-heading`).
    const prior = last > 1 && ctx.weights['clause-after-heading'] > 0 ? byKey.get(before) : undefined;
    if (prior && prior.el.id < c.el.id && !dropped.has(prior)) {
      c.evidence = [...(c.evidence ?? []), 'headings.clause-after-heading'];
      continue;
    }
    const sibling =
      (last > 1 ? clause(elements, at, -1, before, headings, furniture) : undefined) ??
      clause(elements, at, 1, after, headings, furniture);
    if (!sibling) continue;
    const message = `not a heading: a numbered clause, its sibling "${sibling.text.trim().slice(0, 30)}" a paragraph`;
    if (demote(ctx, c.el, 'headings.clause-item', 'headings.demoted-clause-item', message)) dropped.add(c);
  }
  return dropped.size ? kept.filter((c) => !dropped.has(c)) : kept;
}

/** The body paragraph numbered `wanted` within WINDOW elements from `at` in direction `step`, no heading between. */
function clause(
  elements: readonly Element[],
  at: number,
  step: number,
  wanted: string,
  headings: ReadonlySet<number>,
  furniture: FurnitureResult,
): Element | undefined {
  const numbered = (e: Element) => {
    if (!/^\s*\d/.test(e.text)) return false;
    const n = parseNumbering(e.text);
    return n !== undefined && key(n.values) === wanted;
  };
  const sentence = (e: Element) => {
    const text = e.text.trim();
    return e.type === 'text' && text.length >= SENTENCE && endsSentence(text);
  };
  return siblingEntry(elements, at, step, WINDOW, headings, furniture, numbered, sentence);
}
