// A heading typed as text that opens with a template's ordinal glued to its section number ("01 5.1. Packaging
// workflow", "第一章5.1. 打包工作流", "Part I 6.3.1. …", "Chapter III 7.12.3. gbp": Textract, Azure DI and DeepSeek-OCR
// type some of a report's labelled sections as text). numbering.ts reads a label before a number as a series of its
// own, which continues no typed heading, so promote.ts never took such a line. Where the label restates the number's
// last part (01 ↔ 5.1, 第二章 ↔ 5.2, III ↔ 7.12.3) the label is an ordinal and the section number is the text's
// numbering: promote.ts then takes it as it takes "5.1. …" (the typed headings' sequence vouches for it), and the
// levels read it as `ordinal-label` reads a typed one (ordinal-label.ts). A label that says otherwise keeps the series
// reading; so does every label where a typed heading numbers in series (a legal text's "Chapter II 7.2." typed and
// "Chapter III 7.3." as text: its labels count the headings). Switched with `ordinal-label` (0 or less: off).
import { innerNumbering, type Numbering, parseNumbering } from '../../text/numbering.js';

/** The text's numbering for promotion: its section number after an ordinal label (when `ordinals`), else as parsed. */
export function sectionNumbering(text: string, ordinals: boolean): Numbering | undefined {
  const n = parseNumbering(text);
  if (!ordinals || n?.ladder !== 'series') return n;
  const inner = innerNumbering(text);
  return inner && inner.values[inner.values.length - 1] === n.values[0] ? inner : n;
}
