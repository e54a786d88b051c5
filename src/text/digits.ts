// Digits of other scripts read as ASCII digits where a heading's number is parsed (issue #15: "numbering in more
// languages … Arabic-Indic digits"): an Arabic document numbers "١ المقدمة", "١.١ …" or "٢-٣ …" with Arabic-Indic
// digits (U+0660–0669), a Persian or Urdu one with the extended forms (U+06F0–06F9), and may write the Arabic decimal
// separator "٫" (U+066B) between ranks. Folding them lets one numbering parser serve every script; the text itself
// is never changed, only the copy the parser reads.

const ARABIC_INDIC = 0x0660;
const EXTENDED_ARABIC_INDIC = 0x06f0;
const OTHER_DIGITS = /[\u0660-\u0669\u06f0-\u06f9\u066b]/g;

/** The text with Arabic-Indic and extended Arabic-Indic digits as 0–9 and the Arabic decimal separator as ".". */
export function foldDigits(text: string): string {
  if (!/[\u0660-\u066b\u06f0-\u06f9]/.test(text)) return text;
  return text.replace(OTHER_DIGITS, (c) => {
    if (c === '\u066b') return '.';
    const code = c.charCodeAt(0);
    const base = code >= EXTENDED_ARABIC_INDIC ? EXTENDED_ARABIC_INDIC : ARABIC_INDIC;
    return String(code - base);
  });
}
