// Footnotes cut by a page or a column break. A long note at the foot of a page (or of a column) goes on at the
// foot of the next column or page, under that area's body; the parser reads each page's notes after its body, so
// the note's rest is not the next block in reading order but the lowest text of the next area, with the body
// of that area between. The pair is found here (where the rest can only be) and judged by the text evidence of
// text-merge/features.ts, with `note-runs-on` standing for this way of finding it.
//  - With boxes: the note opens with its number ("1 debian/control …", "1）…", "*2 …"), starts low on its page
//    and nothing of its column stands below it; the rest is the lowest text of the next column on the same page
//    (to the right) or of the first column of the next page, low on that page, with only notes (new ones, opened by
//    their numbers) below it. A page of floats only holds no notes: the rest is on the page after it (./float-pages.ts).
//  - Without boxes: the note is the last text of its page, the rest the last text of the next page, the same way;
//    or, on a page of two columns the reader cannot see, the last text of the same page when the note is cut in
//    mid-sentence and its type says it is a footnote (Unstructured's `page_footnote`).
import { isColumnBreak } from '../../layout/columns.js';
import { PositionIndex } from '../../layout/positions.js';
import { TEXT_LIKE } from '../../model/block-kinds.js';
import { type Decision, decision } from '../../model/decision.js';
import type { Element } from '../../model/element.js';
import { combine, confidenceFromScore } from '../../model/evidence.js';
import { endsSentence, firstChar, isCjkChar, lastChar, startsLowercase } from '../../text/chars.js';
import { pageNumberValue } from '../../text/page-number.js';
import type { TextMergeWeights } from '../../weights/text-merge.js';
import { continuationFeatures, continuationScore } from './features.js';
import { nextTextPage } from './float-pages.js';
import { opensNote } from './flow.js';
import { hasFormulaTail } from './patterns.js';
import { FOOTNOTE_NUMBER, opensCaption } from './text-kind.js';

/** A note's rest starts below this share of its page when it stands alone at the foot. */
const NOTE_TOP = 0.5;
/** A note at the foot ends below this share of its page. */
const NOTE_BOTTOM = 0.78;
/** A numbered block this long is a note's text, not a heading typed as text ("5 dput"). */
const NOTE_CHARS = 60;
/** Boxes this close (page fractions) count as touching. */
const SLACK = 0.02;
/** The least space (page fraction) between a column's body and the notes under it: the footnote rule's. */
const RULE_SPACE = 0.008;

/** Text that may hold a note or its rest (not a caption typed as text, not a lone page number). */
function noteText(el: Element): boolean {
  const text = el.text.trim();
  if (!(TEXT_LIKE.has(el.type) || el.type === 'page_footnote' || el.type === 'title') || !text) return false;
  if (opensCaption(text)) return false;
  return !(text.length <= 12 && pageNumberValue(text) !== undefined && !/\p{L}{2}/u.test(text));
}

/** A note's rest is running text or a note by its type (not a list item or a heading at the page's foot). */
const restType = (el: Element): boolean => el.type === 'text' || el.type === 'page_footnote';

/**
 * The rest of an area's notes: the lowest text that opens no note, with only notes below it, low on the page and
 * set off from the text above it in its column by the footnote rule's space.
 */
function restIn(area: readonly Element[]): Element | undefined {
  const byTop = [...area].sort((x, y) => (y.bbox?.[1] ?? 0) - (x.bbox?.[1] ?? 0));
  const rest = byTop.find((e) => !opensNote(e));
  const rb = rest?.bbox;
  if (!rest || !rb || !restType(rest) || rb[3] < NOTE_BOTTOM || rb[1] < NOTE_TOP) return undefined;
  const above = area.filter((e) => e.bbox && e.bbox[1] < rb[1] && e.bbox[0] < rb[2] && e.bbox[2] > rb[0]);
  return above.every((e) => (e.bbox?.[3] ?? 0) <= rb[1] - RULE_SPACE) ? rest : undefined;
}

/** With boxes: the note's rest in the next column to the right, else in the first column of the next page. */
function restWithBoxes(note: Element, byPage: Map<number, Element[]>, index: PositionIndex) {
  const nb = note.bbox;
  // A note typed as one by the parser needs no number read from its text (Korean "1) 손해…" opens with no capital).
  const typed = note.type === 'page_footnote';
  if (!nb || nb[1] < NOTE_TOP || nb[3] < NOTE_BOTTOM || !(typed || opensNote(note))) return undefined;
  const own = byPage.get(note.page) ?? [];
  const inColumn = (e: Element) => e.bbox && e.bbox[0] < nb[2] - SLACK && e.bbox[2] > nb[0] + SLACK;
  if (own.some((e) => e !== note && inColumn(e) && e.bbox && e.bbox[1] >= nb[3] - SLACK)) return undefined;
  const right = own.filter((e) => e.bbox && e.bbox[0] >= nb[2] - SLACK);
  let rest: Element | undefined;
  if (right.length > 0) rest = restIn(right);
  else {
    const next = nextTextPage(note.page, byPage).filter((e) => e.bbox);
    const left = Math.min(...next.map((e) => e.bbox?.[0] ?? 1));
    rest = restIn(next.filter((e) => (e.bbox?.[0] ?? 1) <= left + 0.1));
  }
  // Where the parser types its notes, the rest is typed as one too — or, having lost the number that typed the note,
  // it is typed text set level with the notes it goes on from (the real dev set's Docling Korean report: "… U00~U99에
  // 해당하는" | "질병은 보장대상이 되지 않는 것으로 정의", the next column's foot, below its body).
  if (note.type === 'page_footnote' && rest?.type !== 'page_footnote' && !(rest && levelWithNotes(rest, note, own)))
    return undefined;
  return rest && (index.get(rest.id) ?? 0) > (index.get(note.id) ?? 0) ? rest : undefined;
}

/** The rest's top stands within the foot area of typed notes the note closes (their run up its column). */
function levelWithNotes(rest: Element, note: Element, own: readonly Element[]): boolean {
  const nb = note.bbox;
  const rb = rest.bbox;
  if (!nb || !rb) return false;
  let top = nb[1];
  const notes = own.filter((e) => e.type === 'page_footnote' && e.bbox && e.bbox[0] < nb[2] && e.bbox[2] > nb[0]);
  for (const e of notes.sort((x, y) => (y.bbox?.[1] ?? 0) - (x.bbox?.[1] ?? 0)))
    if (e.bbox && e.bbox[3] >= top - SLACK) top = Math.min(top, e.bbox[1]);
  return rb[1] >= top - SLACK;
}

/** Without boxes: the last text of an area, or the one before the notes that close it. */
function lastBeforeNotes(area: readonly Element[]): Element | undefined {
  for (let i = area.length - 1; i >= 0; i--) if (!opensNote(area[i])) return area[i];
  return undefined;
}

/** Without boxes: the rest on the next page after a note that ends its page, or further down its own page. */
function restWithoutBoxes(note: Element, byPage: Map<number, Element[]>): Element | undefined {
  const own = byPage.get(note.page) ?? [];
  const at = own.indexOf(note);
  if (!opensNote(note) || own.some((e) => e.bbox)) return undefined;
  if (at === own.length - 1) {
    const next = nextTextPage(note.page, byPage);
    const rest = next.some((e) => e.bbox) ? undefined : lastBeforeNotes(next);
    return rest && restType(rest) && (note.type !== 'page_footnote' || rest.type === 'page_footnote')
      ? rest
      : undefined;
  }
  // A second column the reader cannot see: a note cut in mid-sentence (on a word or a hyphen, not after a bracket or
  // a quotation that may close it), with the next column's body after it; its
  // rest, the page's last text, is typed as a note too, or goes on in lower case (or in CJK after CJK).
  if (endsSentence(note.text.trimEnd()) || !/[\p{L}-]$/u.test(note.text.trimEnd())) return undefined;
  // The next column's body stands between: the text right after the note is no rest of it (the flow judges that).
  const rest = lastBeforeNotes(own.slice(at + 2));
  if (!rest || !restType(rest) || hasFormulaTail(note.text.trimEnd())) return undefined;
  if (note.type === 'page_footnote') return rest.type === 'page_footnote' ? rest : undefined;
  const goesOn =
    startsLowercase(rest.text.trim()) || (isCjkChar(lastChar(note.text.trimEnd())) && isCjkChar(firstChar(rest.text)));
  return note.text.trim().length >= NOTE_CHARS && goesOn ? rest : undefined;
}

/** The footnotes cut by a page or column break, each with the block its rest stands in. */
export function noteRunOns(body: readonly Element[]): Array<[Element, Element]> {
  const texts = body.filter(noteText);
  const index = new PositionIndex(body);
  const byPage = new Map<number, Element[]>();
  for (const e of texts) {
    const list = byPage.get(e.page);
    if (list) list.push(e);
    else byPage.set(e.page, [e]);
  }
  const found: Array<[Element, Element]> = [];
  for (const note of texts) {
    if (!opensNote(note) && note.type !== 'page_footnote') continue;
    const rest = note.bbox ? restWithBoxes(note, byPage, index) : restWithoutBoxes(note, byPage);
    if (rest && rest !== note) found.push([note, rest]);
  }
  return found;
}

/** The text evidence for a note and the block its rest would stand in, with how the pair was found. */
export function judgeNoteRun(
  [note, rest]: [Element, Element],
  weights: TextMergeWeights,
  threshold: number,
): { joined: boolean; decision: Decision } {
  const { observations } = continuationFeatures(note, rest, { aEndsColumnLow: undefined, bStartsColumn: undefined });
  // The rest of a note is its last line, found under the foot rule: short and ending as notes end, no label or title.
  const text = observations.filter((o) => o.id !== 'short-unpunctuated');
  const { score, features } = combine([{ id: 'note-runs-on', value: 1 }, ...text], weights, weights.bias);
  for (const f of features) f.id = `text-merge.${f.id}`;
  const joined = score >= threshold;
  const confidence = confidenceFromScore(score, threshold, weights.scale);
  const reason = `${joined ? 'joined' : 'kept apart'}: a footnote at the foot of its page or column and the text under the next one's body`;
  return {
    joined,
    decision: decision(
      'text-merge',
      'text-merge.note-runs-on',
      reason,
      confidence,
      [note, rest],
      joined,
      'rules',
      features,
    ),
  };
}

/** Two notes numbered in turn ("1 generate …", "2 output …"), whatever case their text starts in. */
function numberedInTurn(a: string, b: string): boolean {
  const number = (t: string) => /^\s*(\d{1,3})\s+\S/.exec(t)?.[1];
  const [na, nb] = [number(a), number(b)];
  return na !== undefined && nb !== undefined && Number(nb) === Number(na) + 1;
}

/**
 * Footnotes run on into the next footnote area: the last footnote of a page and the first of the next page,
 * or of the next column on the same page, when the second does not open a new note.
 */
export function footnoteRunOns(
  body: readonly Element[],
  weights: TextMergeWeights,
  threshold: number,
  pairs: Array<[number, number]>,
  decisions: Decision[],
  settled: ReadonlySet<number>,
) {
  const footnotes = body.filter((e) => e.type === 'page_footnote' && e.text.trim());
  for (let i = 0; i + 1 < footnotes.length; i++) {
    const [a, b] = [footnotes[i], footnotes[i + 1]];
    if (settled.has(b.id)) continue;
    const nextArea = b.page === a.page + 1 || isColumnBreak(a, b);
    if (!nextArea || FOOTNOTE_NUMBER.test(b.text) || numberedInTurn(a.text, b.text)) continue;
    const context = { aEndsColumnLow: undefined, bStartsColumn: undefined };
    const evidence = continuationScore(a, b, context, weights);
    if (evidence.score < threshold) continue;
    pairs.push([a.id, b.id]);
    const confidence = confidenceFromScore(evidence.score, threshold, weights.scale);
    const reason = 'a footnote runs on to the next page';
    decisions.push(
      decision(
        'text-merge',
        'text-merge.footnote-continues',
        reason,
        confidence,
        [a, b],
        true,
        'rules',
        evidence.features,
      ),
    );
  }
}
