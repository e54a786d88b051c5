// Page-number texts: "7", "- 7 -", "Page 7 of 40", "vii", "第7页".
import { chineseToNumber, romanToNumber } from './numbering.js';

const PAGE_NUMBER_PATTERNS: RegExp[] = [
  /^[-–—\s]*(\d{1,4})[-–—\s]*$/, // 7, - 7 -
  /^(?:page|pg\.?|p\.|seite|página|pagina|trang|페이지)\s*(\d{1,4})(?:\s*(?:of|\/|von|de|sur)\s*\d{1,4})?$/i,
  /^(\d{1,4})\s*(?:\/|of)\s*\d{1,4}$/i, // 7/40, 7 of 40
  /^[-–—\s]*([ivxlcdm]{1,7})[-–—\s]*$/i, // roman
  /^第\s*(\d{1,4}|[一二三四五六七八九十百]+)\s*页(?:\s*[,，]?\s*共\s*\d+\s*页)?$/, // 第7页 共40页
  /^(\d{1,4})\s*(?:ページ|頁|页|쪽)$/,
  /^[（(]\s*(\d{1,4})\s*[)）]$/,
];

/** The number a page-number text shows, or undefined when the text is not a page number. */
export function pageNumberValue(text: string): number | undefined {
  const t = text.trim();
  if (!t || t.length > 30) return undefined;
  for (const re of PAGE_NUMBER_PATTERNS) {
    const m = re.exec(t);
    if (!m) continue;
    const n = Number(m[1]);
    if (Number.isFinite(n)) return n;
    return /^[ivxlcdm]+$/i.test(m[1]) ? romanToNumber(m[1]) : chineseToNumber(m[1]);
  }
  return undefined;
}

/**
 * A lone word of Roman digits worth more than 50 ("mc", "mix", "dim"): a word, not a page number — front matter is
 * not numbered so far, and a body's pages are numbered in Arabic digits.
 */
export function isRomanWordPast50(text: string): boolean {
  const value = pageNumberValue(text);
  return value !== undefined && value > 50 && /^[\s\-–—]*[ivxlcdm]+[\s\-–—]*$/i.test(text);
}
