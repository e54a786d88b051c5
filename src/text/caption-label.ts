// Labels of floats and references to them: "Table 2", "Fig. 3.1", "图1", "续表".

export type FloatKind = 'table' | 'image' | 'equation' | 'code';

export interface CaptionLabel {
  kind: FloatKind;
  /** "3", "2.1", "A1" */
  number: string;
  /** A continuation marker was present: "(continued)", "续表" … */
  continued: boolean;
}

const TABLE_WORDS = String.raw`(?:Table|Tab\.|Tabelle|Tableau|Tabla|Tabela|Таблица|Bảng|표|表)`;
const FIGURE_WORDS = String.raw`(?:Figure|Fig\.?|Abbildung|Abb\.|Figura|Рисунок|Рис\.|Hình|그림|图|圖|図|Chart|Plate|Exhibit|Diagram)`;
const EXAMPLE_WORDS =
  '(?:Example|Listing|Algorithm|Exhibit|Beispiel|Exemple|例|示例|代码|コード|リスト|アルゴリズム|算法)';
// "3", "2.1", "A1", "A.1" (an appendix's), "3a" — or a Roman numeral ("Table IV", "TABLE I."), not the start
// of a word ("Figure In …").
const NUMBER = String.raw`\s*((?:[A-Z][.\-–]?)?\d+(?:[.\-–]\d+)*[a-z]?|[IVXLC]{1,7}(?![\p{L}\d]))`;
const CAPTION_RE = new RegExp(
  String.raw`^\s*(续表|續表|(?:${TABLE_WORDS})|(?:${FIGURE_WORDS})|(?:${EXAMPLE_WORDS}))${NUMBER}`,
  'iu',
);
export const CONTINUED_RE =
  /\(?\b(?:continued|cont(?:'|’)?d|cont\.)\b\)?|续表|续下页|接下页|（续）|\(续\)|續|続き|続く|（続）|계속/i;

/** A line that only says a float goes on: "Continued on next page", "续下页", "次ページへ続く", "Table 1 – continued". */
export function isContinuationNote(text: string): boolean {
  const t = text.trim();
  if (!t || t.length > 60 || !CONTINUED_RE.test(t)) return false;
  const label = parseCaptionLabel(t);
  // "Table 1 – continued from previous page": the label and the marker, nothing more.
  const rest = label ? t.replace(CAPTION_RE, '') : t;
  return (
    rest
      .replace(CONTINUED_RE, '')
      .replace(/[\s\p{P}]|from|previous|next|on|page|上页|下页|前ページ|次ページ|から|へ|の/giu, '').length === 0
  );
}

/** A label's word alone: a table's, an example's (made once, not per label read). */
const TABLE_WORD = new RegExp(`^(?:${TABLE_WORDS}|续表|續表)$`, 'i');
const EXAMPLE_WORD = new RegExp(`^${EXAMPLE_WORDS}$`, 'i');
const TABLE_REFERENCE_WORD = new RegExp(`^${TABLE_WORDS}$`, 'i');

/** "Table 2: …" → {kind: table, number: "2"}; undefined when the text does not start with a label. */
export function parseCaptionLabel(text: string): CaptionLabel | undefined {
  const m = CAPTION_RE.exec(text);
  // A Roman number is upper case ("Table IV"), else it is the start of a word ("Table lists …" never matches).
  if (!m || (/^[IVXLC]+$/i.test(m[2]) && m[2] !== m[2].toUpperCase())) return undefined;
  const word = m[1];
  const kind: FloatKind = TABLE_WORD.test(word) ? 'table' : EXAMPLE_WORD.test(word) ? 'code' : 'image';
  return { kind, number: m[2], continued: CONTINUED_RE.test(text.slice(0, 80)) };
}

/** Body references: "see Figure 3", "Table 2", "如图 3 所示", "见表2". */
const REFERENCE_RE = new RegExp(String.raw`(${TABLE_WORDS}|${FIGURE_WORDS})\s*((?:[A-Z]\.?)?\d+(?:\.\d+)*)`, 'gi');

export function findReferences(text: string): Array<{ kind: FloatKind; number: string; index: number; label: string }> {
  const out: Array<{ kind: FloatKind; number: string; index: number; label: string }> = [];
  for (const m of text.matchAll(REFERENCE_RE)) {
    const kind: FloatKind = TABLE_REFERENCE_WORD.test(m[1]) ? 'table' : 'image';
    out.push({ kind, number: m[2], index: m.index ?? 0, label: m[0] });
  }
  return out;
}
