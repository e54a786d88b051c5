// A subsection's heading the parser typed as a float's caption: MinerU nests "1.5.1 最小脉冲放电截止电压 Minimum pulse
// discharge limit voltage", set right above its table, in the table's entry as table_caption. A caption that opens with
// a decimal section number of two ranks or more ("1.5.1", "2.3") and no caption label ("Table 2", "表 3", "Figure 1.1")
// is a candidate; promote.ts takes it only when its number continues the document's heading sequence, as it takes a
// numbered paragraph (`promoted-numbered-text`). A caption "1 Results" (one rank: a list's or a legend's number)
// stays a caption.
import { parseCaptionLabel } from '../../text/caption-label.js';
import { parseNumbering } from '../../text/numbering.js';

/** The caption's text opens with a section number ("1.5.1 …") and carries no caption label. */
export function sectionCaption(text: string): boolean {
  if (parseCaptionLabel(text)) return false;
  const n = parseNumbering(text);
  return n?.ladder === 'decimal' && n.rank >= 2 && /^\d+(?:\.\d+)+\s/.test(text);
}
