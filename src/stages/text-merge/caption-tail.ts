// A paragraph's tail the parser nested in a float as its caption: MinerU's content list gives the lines that open the
// next column (or the lines under a cut heading) as a `table_caption` of the table set there, when the paragraph goes
// on beside the table ("… a GPT2 model is unlikely to" | table_caption "“understand” it (Ouyang et al., 2022). …";
// "1.6.2 … Regenerative pulse charge current and" | table_caption "continuous time (BOL)"). The hand-checked dev set
// merges such a caption with its paragraph (test-samples/gold-dev/README.md); the caption stage then leaves it alone.
// Evidence, all needed: the caption is nested in its float (no box of its own) and comes right after the paragraph in
// reading order, on its page or the next; it opens no caption label ("Table 8: …") but a word in lower case (after an
// opening quote or bracket); the paragraph stops where no sentence stops (on a lower-case word, a comma, a hyphen).
// A caption with a box of its own (MinerU's middle.json: a sub-block of the table's block) must also stand where the
// paragraph's next line goes: right under it, sharing its width (at most LINE_GAP between), or at the head of the next
// column or page, the paragraph ending at its column's foot (session 29, cap15: the same two cases in middle.json).
import { CAPTION_TYPES } from '../../model/block-kinds.js';
import type { Element } from '../../model/element.js';
import { parseCaptionLabel } from '../../text/caption-label.js';

/** The judge's feature, rule and reason for these pairs (src/stages/text-merge.ts: strong evidence, judged first). */
export const CAPTION_TAIL = {
  feature: 'caption-tail',
  rule: 'text-merge.caption-tail',
  why: "a caption nested in a float goes on with the sentence the paragraph before it left open: the paragraph's tail",
} as const;

/** The paragraph stops on a lower-case word, a comma or a hyphen: in mid-sentence. */
const OPEN_END = /(?:\s\p{Ll}{2,}|\p{L},|\p{L}-)$/u;
/** The caption goes on in lower case (an opening quote or bracket before it). */
const GOES_ON = /^[“‘"'(]?\p{Ll}{2,}/u;

/** Largest gap (share of the page) between the paragraph and a caption set as its next line. */
const LINE_GAP = 0.02;
/** A column's head and foot (share of the page). */
const [HEAD, FOOT] = [0.15, 0.85];

/** The caption's box stands where the paragraph's next line goes: right under it, or heading the next column or page. */
function nextLinePlace(a: Element, c: Element): boolean {
  if (!a.bbox || !c.bbox) return false;
  if (c.page === a.page) {
    const gap = c.bbox[1] - a.bbox[3];
    if (gap >= -0.005 && gap <= LINE_GAP) return c.bbox[0] < a.bbox[2] && c.bbox[2] > a.bbox[0];
    return a.bbox[3] >= FOOT && c.bbox[1] <= HEAD && c.bbox[0] >= a.bbox[2] - 0.02;
  }
  return a.bbox[3] >= FOOT && c.bbox[1] <= HEAD;
}

/** The pairs [paragraph, caption that is its tail], in reading order. */
export function captionTails(body: readonly Element[]): Array<[Element, Element]> {
  const pairs: Array<[Element, Element]> = [];
  for (let i = 1; i < body.length; i++) {
    const [a, c] = [body[i - 1], body[i]];
    if (!CAPTION_TYPES.has(c.type) || (c.bbox ? !nextLinePlace(a, c) : !c.hints?.nestedIn)) continue;
    if ((a.type !== 'text' && a.type !== 'title') || c.page < a.page || c.page > a.page + 1) continue;
    const [aText, cText] = [a.text.trimEnd(), c.text.trim()];
    if (OPEN_END.test(aText) && GOES_ON.test(cText) && !parseCaptionLabel(cText)) pairs.push([a, c]);
  }
  return pairs;
}
