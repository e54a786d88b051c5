// The document's habit of unnumbered headings at body size (`standalone-body-habit`): a datasheet, a product brief or a
// short handbook section sets its title large and every heading under it bold at about the body size, with no number
// ("Configuring NSS", "Electrical characteristics"; office-kinds' datasheets under every parser). The `body-size`
// demotion (candidates.ts) took such titles for bold lead-ins, since the title made "the headings" larger. Evidence,
// decided once per document: nothing but a title block at the top is set clearly larger than the body (larger than
// twice the size tolerance; at most TITLE_BLOCK titles, no title near the body size among them), and MIN_RUN or more
// of the other titles stand as headings do — near the body size (within twice the tolerance), short, ending no
// sentence, flush with the left edge of the body text they open (a definition list's term stands indented over its
// description: aptitude's "status", "installsize") — no fewer than the titles that stand otherwise (a title demoted
// by its text, standing otherwise, is not counted). Such a title is kept at body size. A lone lower-case name
// ("debdiff", "dget"; a term by its text, demotions.ts) standing so is kept too when set above the body (by more than
// the tolerance) or at the size of a heading of the habit in words (`standalone-habit-name`): the document's headings
// of that style are headings; and a CJK title read as a note's by a label and a space alone ("使用 debconf 来配置",
// the space set around a Latin word) standing so (`standalone-habit-label`). Precedence: after the numbered body-size
// habit (bodySizeHabit, which needs numbered headings at body size; no standalone habit where it holds), the PDF's
// sizes and a numbered kind's size; before the `body-size` demotion and a lone name's size rules. The counter-cases
// keep their demotions: a note's label alone, a label in capitals, a lone letter without a box run before; axis
// labels and table cells are demoted by their place (inside.ts) before the sizes are read.
import type { Element } from '../../model/element.js';
import { endsSentence } from '../../text/chars.js';
import type { AllHeadingsWeights } from '../../weights/headings-more.js';
import type { FurnitureResult } from '../types.js';
import { type Demotion, isCjkLabelOnly } from './demotions.js';
import type { Candidate, HeadingContext } from './types.js';

const ADMONITION = 'headings.demoted-admonition';

/** Titles set clearly larger than the body that a title block may hold (a title and its subtitle). */
const TITLE_BLOCK = 2;
/** Standalone titles near the body size, at least, that make a habit. */
const MIN_RUN = 2;
/** Characters of a heading at most: longer titles are lead-in sentences. */
const MAX_CHARS = 80;
/** A left edge this close to the body text's (a fraction of the page width) is that edge. */
const EDGE = 0.012;
/** Element types of the body text a heading opens. */
const BODY = new Set(['text', 'list_item', 'code', 'table', 'formula']);

export interface StandaloneHabit {
  /** The candidates that stand as the habit's headings. */
  members: ReadonlySet<Candidate>;
  /** Whether a lone lower-case name among them is a heading: one in words is set at its size. */
  nameKept(c: Candidate): boolean;
  /** Whether a title at body size is kept as the habit's heading (recording `standalone-body-habit`). */
  keptAtBodySize(c: Candidate): boolean;
}

/** Whether a title's note-label demotion waits for the habit: a CJK label and a space alone ("使用 debconf 来配置"). */
export function labelPending(against: Demotion | undefined, text: string, weights: AllHeadingsWeights): boolean {
  return against?.feature === ADMONITION && weights['standalone-habit-label'] > 0 && isCjkLabelOnly(text);
}

/** A candidate whose note-label demotion waits for the habit. */
export const LABEL_PENDING = (c: Candidate): boolean => c.pending?.feature === ADMONITION;

/**
 * A lone lower-case name (`standalone-habit-name`) or a CJK title read as a note's (`standalone-habit-label`) that
 * stands as the habit's headings do: its demotion by its text is dropped.
 */
export function keptByHabit(c: Candidate, habit: StandaloneHabit | undefined, ctx: HeadingContext): boolean {
  const label = LABEL_PENDING(c);
  const feature = label ? 'standalone-habit-label' : 'standalone-habit-name';
  if (!habit || ctx.weights[feature] <= 0 || !(label ? habit.members.has(c) : habit.nameKept(c))) return false;
  c.pending = undefined;
  c.evidence = [...(c.evidence ?? []), `headings.${feature}`];
  return true;
}

/**
 * The habit, or undefined when the document has none. `candidates` are sized (c.size), in reading order; reads each
 * candidate's next body element once (an id index over the elements), so the work is linear in the document.
 */
export function standaloneHabit(
  candidates: readonly Candidate[],
  elements: readonly Element[],
  furniture: FurnitureResult,
  bodyLine: number,
  tolerance: number,
  ctx: HeadingContext,
): StandaloneHabit | undefined {
  if (ctx.weights['standalone-body-habit'] <= 0) return undefined;
  const larger = (c: Candidate) => c.size !== undefined && c.size > bodyLine * (1 + 2 * tolerance);
  const near = (c: Candidate) =>
    c.size !== undefined && !larger(c) && c.size >= bodyLine * (1 - 2 * tolerance) && !c.numbering;
  const block = candidates.filter(larger);
  if (block.length === 0 || block.length > TITLE_BLOCK) return undefined;
  const lastBlock = candidates.indexOf(block[block.length - 1]);
  // The top keywords ("References") are headings at any size: they tell nothing of the habit (bodySizeHabit counts them).
  const rest = candidates.slice(lastBlock + 1).filter((c) => c.size !== undefined && !c.keyword);
  // A near title among the larger ones: they are no title block at the top.
  if (candidates.slice(0, lastBlock).some(near)) return undefined;
  const next = nextBodyElements(rest, elements, furniture);
  const members = new Set(rest.filter((c) => near(c) && standsAlone(c.el, next.get(c))));
  // A lone name that stands otherwise (a term over its description) is demoted by its text: it is no title against.
  const against = rest.filter((c) => !members.has(c) && !c.pending).length;
  if (members.size < MIN_RUN || members.size < against) return undefined;
  const worded = [...members].filter((c) => !c.pending).map((c) => c.size!);
  const nameKept = (c: Candidate) =>
    members.has(c) &&
    (c.size! > bodyLine * (1 + tolerance) || worded.some((size) => Math.abs(size - c.size!) <= size * tolerance));
  const keptAtBodySize = (c: Candidate) => {
    if (!members.has(c)) return false;
    c.evidence = [...(c.evidence ?? []), 'headings.standalone-body-habit'];
    return true;
  };
  return { members, nameKept, keptAtBodySize };
}

/** Short, ending no sentence, at the left edge of the body text it opens. */
function standsAlone(el: Element, next: Element | undefined): boolean {
  const text = el.text.trim();
  if (!text || text.length > MAX_CHARS || text.includes('\n') || endsSentence(text)) return false;
  if (!next || !el.bbox || !next.bbox) return false;
  return Math.abs(el.bbox[0] - next.bbox[0]) <= EDGE;
}

/**
 * For each candidate, the first element after it that is body text (not furniture), over the titles right after it
 * (a section's heading over its first subsection's), when nothing else (a caption, a figure) comes between.
 */
function nextBodyElements(
  candidates: readonly Candidate[],
  elements: readonly Element[],
  furniture: FurnitureResult,
): Map<Candidate, Element> {
  const out = new Map<Candidate, Element>();
  const byId = new Map(candidates.map((c) => [c.el.id, c]));
  let open: Candidate[] = [];
  for (const e of elements) {
    if (furniture.kinds.has(e.id)) continue;
    const c = byId.get(e.id);
    if (c) {
      open.push(c);
      continue;
    }
    if (open.length === 0) continue;
    if (BODY.has(e.type)) for (const o of open) out.set(o, e);
    open = [];
  }
  return out;
}
