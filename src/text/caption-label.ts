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
const NUMBER = String.raw`\s*([A-Z]?\d+(?:[.\-–]\d+)*[a-z]?)`;
const CAPTION_RE = new RegExp(
  String.raw`^\s*(续表|續表|(?:${TABLE_WORDS})|(?:${FIGURE_WORDS})|(?:${EXAMPLE_WORDS}))${NUMBER}`,
  'i',
);
export const CONTINUED_RE = /\(?\b(?:continued|cont(?:'|’)?d|cont\.)\b\)?|续表|（续）|\(续\)|續|続き|（続）|계속/i;

/** "Table 2: …" → {kind: table, number: "2"}; undefined when the text does not start with a label. */
export function parseCaptionLabel(text: string): CaptionLabel | undefined {
  const m = CAPTION_RE.exec(text);
  if (!m) return undefined;
  const word = m[1];
  const kind: FloatKind = new RegExp(`^(?:${TABLE_WORDS}|续表|續表)$`, 'i').test(word)
    ? 'table'
    : new RegExp(`^${EXAMPLE_WORDS}$`, 'i').test(word)
      ? 'code'
      : 'image';
  return { kind, number: m[2], continued: CONTINUED_RE.test(text.slice(0, 80)) };
}

/** Body references: "see Figure 3", "Table 2", "如图 3 所示", "见表2". */
const REFERENCE_RE = new RegExp(String.raw`(${TABLE_WORDS}|${FIGURE_WORDS})\s*([A-Z]?\d+(?:\.\d+)*)`, 'gi');

export function findReferences(text: string): Array<{ kind: FloatKind; number: string; index: number; label: string }> {
  const out: Array<{ kind: FloatKind; number: string; index: number; label: string }> = [];
  for (const m of text.matchAll(REFERENCE_RE)) {
    const kind: FloatKind = new RegExp(`^${TABLE_WORDS}$`, 'i').test(m[1]) ? 'table' : 'image';
    out.push({ kind, number: m[2], index: m.index ?? 0, label: m[0] });
  }
  return out;
}
