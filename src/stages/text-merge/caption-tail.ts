// A paragraph's tail the parser nested in a float as its caption: MinerU's content list gives the lines that open the
// next column (or the lines under a cut heading) as a `table_caption` of the table set there, when the paragraph goes
// on beside the table ("… a GPT2 model is unlikely to" | table_caption "“understand” it (Ouyang et al., 2022). …";
// "1.6.2 … Regenerative pulse charge current and" | table_caption "continuous time (BOL)"). The hand-checked dev set
// merges such a caption with its paragraph (test-samples/gold-dev/README.md); the caption stage then leaves it alone.
// Evidence, all needed: the caption comes right after the paragraph in reading order, on its page or the next, and is
// nested in its float (no box of its own) or, with boxes (MinerU's middle.json gives the caption's own box, session
// 29), stands where the paragraph's next line would: right under it, or at the head of the next column or page after
// a paragraph whose full last line ends its column low; it opens no caption label ("Table 8: …") but a word in lower
// case (after an opening quote or bracket); the paragraph stops where no sentence stops (on a lower-case word, a comma,
// a hyphen).
import { CAPTION_TYPES } from '../../model/block-kinds.js';
import type { Element } from '../../model/element.js';
import { parseCaptionLabel } from '../../text/caption-label.js';
import { standsAsTail } from './caption-tail-boxed.js';

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

/** The pairs [paragraph, caption that is its tail], in reading order. */
export function captionTails(body: readonly Element[]): Array<[Element, Element]> {
  const pairs: Array<[Element, Element]> = [];
  for (let i = 1; i < body.length; i++) {
    const [a, c] = [body[i - 1], body[i]];
    // nested without a box (content list), or boxed where the paragraph's next line would be (./caption-tail-boxed.ts)
    if (!CAPTION_TYPES.has(c.type) || (c.bbox ? !standsAsTail(a, c) : !c.hints?.nestedIn)) continue;
    if ((a.type !== 'text' && a.type !== 'title') || c.page < a.page || c.page > a.page + 1) continue;
    const [aText, cText] = [a.text.trimEnd(), c.text.trim()];
    if (OPEN_END.test(aText) && GOES_ON.test(cText) && !parseCaptionLabel(cText)) pairs.push([a, c]);
  }
  return pairs;
}
