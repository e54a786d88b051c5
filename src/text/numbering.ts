// Heading numbering schemes: "1.2.3", "Chapter 3", "III.", "A.", "(a)", "第一章", "一、", "（一）", "§ 4" …
// Each scheme belongs to a ladder (family) and has a rank inside it; ranks compare only within a ladder.

import { foldDigits } from './digits.js';

export type Ladder =
  /** Decimal outline: "1", "1.2", "1.2.3", "A.1" (appendix), "Chapter 3" / "第3章" (rank 1), "Part II" (rank 0). */
  | 'decimal'
  /** Classic outline: "I." > "A." > "1)" > "a)" > "i)". */
  | 'outline'
  /** Chinese/Japanese enumerations: "一、" > "（一）" > "1、" > "（1）" > "①". */
  | 'cjk'
  /**
   * A label printed before the section's own number ("01 7.1. …", "第 2 部 6.1.1 …", "第一章 4.1. …"):
   * the document numbers a series of headings with it, whatever the number after it says. Rank: the
   * label's rank in its own ladder, which compares with nothing but the same series.
   */
  | 'series'
  /**
   * A legal text's article, its smallest numbered unit: "Article 5", "§ 12", "Điều 3.", "第五条", "제 3 조".
   * Rank 1 always; every other numbered heading (part, chapter, section, series) stands above it.
   */
  | 'article';

export interface Numbering {
  ladder: Ladder;
  rank: number;
  /** The numbering as written ("2.1", "III", "一"). */
  label: string;
  /** Numeric components for sequence checks ([2, 1] for "2.1"). */
  values: number[];
}

const CN_DIGITS: Record<string, number> = {
  零: 0,
  〇: 0,
  一: 1,
  二: 2,
  两: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
};

export function chineseToNumber(s: string): number {
  if (/^\d+$/.test(s)) return Number(s);
  let total = 0;
  let current = 0;
  for (const ch of s) {
    if (ch === '十') {
      total += (current || 1) * 10;
      current = 0;
    } else if (ch === '百') {
      total += (current || 1) * 100;
      current = 0;
    } else current = CN_DIGITS[ch] ?? 0;
  }
  return total + current;
}

export function romanToNumber(s: string): number {
  const v: Record<string, number> = { i: 1, v: 5, x: 10, l: 50, c: 100, d: 500, m: 1000 };
  const t = s.toLowerCase();
  let total = 0;
  for (let i = 0; i < t.length; i++) {
    const cur = v[t[i]] ?? 0;
    const next = v[t[i + 1]] ?? 0;
    total += cur < next ? -cur : cur;
  }
  return total;
}

const CN = '[一二三四五六七八九十百零〇两]+';

const arabicOrRoman = (s: string) => (/^\d/.test(s) ? Number(s) : romanToNumber(s));
const letter = (s: string) => s.charCodeAt(0);

/** One numbering form: the pattern (group 1 = the number) and where it sits. First match wins. */
interface NumberingRule {
  re: RegExp;
  ladder: Ladder;
  rank: number;
  value: (label: string) => number;
  /** Every part's value, where the label has several ("B.4" → [66, 4]); else `[value(label)]`. */
  values?: (label: string) => number[];
}

/** An appendix section's parts ("B.4" → [66, 4]): its letter's code, then its numbers, as "B.4" alone reads. */
const appendixParts = (s: string) => s.split(/[.．]/).map((p, i) => (i === 0 ? letter(p) : Number(p)));

/** Word-based forms (Part, Chapter, 第X章, Appendix), tried before the decimal pattern. */
const WORD_RULES: NumberingRule[] = [
  { re: /^(?:Part|PART|Teil|Partie)\s+([IVXLC]+|\d+)\b/, ladder: 'decimal', rank: 0, value: arabicOrRoman },
  { re: new RegExp(`^第\\s*(${CN}|\\d+)\\s*(?:编|篇|部分|部)`), ladder: 'decimal', rank: 0, value: chineseToNumber },
  {
    re: /^(?:Chapter|CHAPTER|Kapitel|Chapitre|Capítulo|Chương|CHƯƠNG)\s+(\d+|[IVXLC]+)\b/,
    ladder: 'decimal',
    rank: 1,
    value: arabicOrRoman,
  },
  { re: new RegExp(`^第\\s*(${CN}|\\d+)\\s*章`), ladder: 'decimal', rank: 1, value: chineseToNumber },
  { re: /^제\s*(\d+)\s*장/, ladder: 'decimal', rank: 1, value: Number },
  { re: new RegExp(`^第\\s*(${CN}|\\d+)\\s*[节節]`), ladder: 'decimal', rank: 2, value: chineseToNumber },
  { re: /^제\s*(\d+)\s*절/, ladder: 'decimal', rank: 2, value: Number },
  // Articles: "第五条", "제 3 조", "Article 12", "Art. 4", "Điều 7.", "§ 3" (not "§ 4.2", a decimal section).
  { re: new RegExp(`^第\\s*(${CN}|\\d+)\\s*[条條]`), ladder: 'article', rank: 1, value: chineseToNumber },
  { re: /^제\s*(\d+)\s*조/, ladder: 'article', rank: 1, value: Number },
  {
    re: /^(?:(?:Article|ARTICLE|Artikel|ARTIKEL|Artículo|Articolo|Artigo|Điều|ĐIỀU)\s+|Art\.\s*)(\d+|[IVXLC]+)\b/u,
    ladder: 'article',
    rank: 1,
    value: arabicOrRoman,
  },
  { re: /^§\s*(\d{1,4})[a-z]?(?![.．]?\d)/, ladder: 'article', rank: 1, value: Number },
  // An appendix's sections ("Appendix B.1. dh", "Appendix B.2.3"): one rank deeper per part, as "B.1" alone.
  {
    re: /^(?:Appendix|APPENDIX|Annex|附录|付録)\s*([A-Z][.．]\d{1,3}[.．]\d{1,3})(?![.．]?\d)/,
    ladder: 'decimal',
    rank: 3,
    value: letter,
    values: appendixParts,
  },
  {
    re: /^(?:Appendix|APPENDIX|Annex|附录|付録)\s*([A-Z][.．]\d{1,3})(?![.．]?\d)/,
    ladder: 'decimal',
    rank: 2,
    value: letter,
    values: appendixParts,
  },
  { re: /^(?:Appendix|APPENDIX|Annex|附录|付録)\s*([A-Z]|\d+)\b/, ladder: 'decimal', rank: 1, value: letter },
];

/** Symbol-based forms (I. / A. / 1) / (a) / 一、 / （一） …), tried after it. */
const SYMBOL_RULES: NumberingRule[] = [
  { re: /^([IVX]{1,6})[.．]\s+\S/, ladder: 'outline', rank: 1, value: romanToNumber },
  { re: /^([A-Z])[.．]\s+\S/, ladder: 'outline', rank: 2, value: (s) => letter(s) - 64 },
  { re: /^(\d{1,2})\)\s+\S/, ladder: 'outline', rank: 3, value: Number },
  { re: /^\(?([a-z])\)\s+\S/, ladder: 'outline', rank: 4, value: (s) => letter(s) - 96 },
  { re: /^\(([ivx]{1,5})\)\s+\S/, ladder: 'outline', rank: 5, value: romanToNumber },
  { re: new RegExp(`^(${CN})\\s*[、．.]`), ladder: 'cjk', rank: 1, value: chineseToNumber },
  { re: new RegExp(`^[（(]\\s*(${CN})\\s*[)）]`), ladder: 'cjk', rank: 2, value: chineseToNumber },
  { re: /^(\d{1,2})\s*、/, ladder: 'cjk', rank: 3, value: Number },
  { re: /^[（(]\s*(\d{1,2})\s*[)）]/, ladder: 'cjk', rank: 4, value: Number },
  { re: /^([①-⑳])/, ladder: 'cjk', rank: 5, value: (s) => s.charCodeAt(0) - 0x245f },
];

/**
 * "1", "1.", "1.2", "1.2.3.", "A.1", "§ 4.2" followed by a space or CJK text: rank = number of parts. An appendix's
 * section number after its letter has one or two digits: "X.509", "H.264", "E.164" name standards, not sections.
 */
const DECIMAL =
  /^(?:§\s*)?((?:[A-Z]\.\d{1,2}(?!\d)|\d{1,3})(?:[.．]\d{1,3}){0,5})[.．]?(?:\s+|(?=[\u4e00-\u9fff\u3040-\u30ff]))(?=\S)/;

function decimalAt(text: string): { numbering: Numbering; end: number } | undefined {
  const d = DECIMAL.exec(text);
  if (!d) return undefined;
  const parts = d[1].split(/[.．]/);
  // A trailing zero names the level above ("1.0 Introduction" beside "1.1 Scope", "3.0 source format"):
  // "3.0" is section 3, "2.1.0" section 2.1.
  while (parts.length > 1 && /^0+$/.test(parts[parts.length - 1])) parts.pop();
  const values = parts.map((p) => (/^\d+$/.test(p) ? Number(p) : letter(p)));
  if (values[0] > 400 && parts.length === 1) return undefined; // a year or a quantity, not a section
  return { numbering: { ladder: 'decimal', rank: parts.length, label: d[1], values }, end: d[0].length };
}

/**
 * A label before a section's own number ("01 7.1. debdiff", "第一章 4.1. …", "第 2 部 6.1.1 …"): a
 * template's opener or a legal text's chapter printed before the number the sections had. The label is
 * the document's own numbering of a series of sibling headings; the number after it is part of the name.
 */
function asSeries(outer: Numbering, rest: string): Numbering | undefined {
  const inner = decimalAt(rest.replace(/^[\s.．:：\-–—|]+/, ''));
  return inner && inner.numbering.rank >= 2 ? { ...outer, ladder: 'series' } : undefined;
}

/**
 * The section's own number after a series label ("02 6.2. …" → 6.2, "第二章6.2. …" → 6.2); undefined when the text
 * opens with no such label.
 */
export function innerNumbering(raw: string): Numbering | undefined {
  const text = foldDigits(raw.trim());
  const rule = WORD_RULES.find((r) => r.ladder !== 'article' && r.re.test(text));
  const m = rule ? rule.re.exec(text) : undefined;
  const end = m ? m[0].length : decimalAt(text)?.end;
  if (end === undefined) return undefined;
  const inner = decimalAt(text.slice(end).replace(/^[\s.．:：\-–—|]+/, ''));
  return inner && inner.numbering.rank >= 2 ? inner.numbering : undefined;
}

/** Parse the numbering at the start of a heading; undefined for an unnumbered heading. */
export function parseNumbering(raw: string): Numbering | undefined {
  // Arabic-Indic digits ("١.٢ …") are read as the digits they are (./digits.ts).
  const text = foldDigits(raw.trim());
  for (const rule of WORD_RULES) {
    const m = rule.re.exec(text);
    if (m) {
      const values = rule.values ? rule.values(m[1]) : [rule.value(m[1])];
      const outer: Numbering = { ladder: rule.ladder, rank: rule.rank, label: m[1], values };
      // An article stays an article whatever number follows it.
      return (rule.ladder !== 'article' && asSeries(outer, text.slice(m[0].length))) || outer;
    }
  }
  const d = decimalAt(text);
  if (d) return (d.numbering.rank === 1 && asSeries(d.numbering, text.slice(d.end))) || d.numbering;
  for (const rule of SYMBOL_RULES) {
    const m = rule.re.exec(text);
    if (m) return { ladder: rule.ladder, rank: rule.rank, label: m[1], values: [rule.value(m[1])] };
  }
  return undefined;
}

/** Unnumbered headings that sit at the top section level of most documents. */
const TOP_KEYWORD_WORDS =
  /abstract|summary|introduction|background|related work|conclusions?|discussion|references|bibliography|acknowledge?ments?|appendix|appendices|index|glossary|preface|foreword|contents|table of contents|notes|摘\s*要|abstract|引\s*言|前\s*言|绪\s*论|结\s*论|结\s*语|参考文献|致\s*谢|附\s*录|目\s*录|后\s*记|目\s*次|はじめに|おわりに|概\s*要|要\s*旨|参考文献|謝\s*辞|付\s*録|序\s*論|結\s*論|요\s*약|참고\s*문헌|서\s*론|결\s*론/
    .source;
const TOP_KEYWORDS = new RegExp(`^(?:${TOP_KEYWORD_WORDS})[\\s:：.]*$`, 'i');
/**
 * A bilingual keyword heading: the keyword in a CJK script and its English translation, in either order ("目 录
 * Contents", "摘要 Abstract", "References 参考文献"), as Chinese standards, datasheets and theses set them.
 */
const BILINGUAL_KEYWORDS = new RegExp(`^(${TOP_KEYWORD_WORDS})[\\s:：.]*(${TOP_KEYWORD_WORDS})[\\s:：.]*$`, 'i');
const CJK = /[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]/;

export function isTopKeyword(text: string): boolean {
  const t = text.trim();
  if (TOP_KEYWORDS.test(t)) return true;
  const m = BILINGUAL_KEYWORDS.exec(t);
  // One part in a CJK script, the other not: a translation, not two keywords run together.
  return !!m && CJK.test(m[1]) !== CJK.test(m[2]);
}

/**
 * A heading that is its numbering alone, in words: "Chapter 1", "Appendix A", "Part II", "第3章" — an
 * opener whose name, when it has one, stands on the next line.
 */
export function isBareLabel(raw: string): boolean {
  const text = raw.trim();
  for (const rule of WORD_RULES) {
    const m = rule.re.exec(text);
    if (m) return /^[\s.．:：]*$/.test(text.slice(m[0].length));
  }
  return false;
}
