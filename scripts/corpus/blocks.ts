// The source side: a document as a flat list of blocks, each with a stable id. Rendering turns blocks
// into HTML; reading back maps every printed text run to the block it came from.

export type Lang = 'en' | 'zh' | 'ja';

export type Block =
  | { id: string; kind: 'heading'; level: number; text: string }
  | { id: string; kind: 'para'; text: string; role: 'body' | 'lead' | 'code' | 'footnote' }
  | { id: string; kind: 'item'; text: string; depth: number; marker: string }
  | {
      id: string;
      kind: 'table';
      caption?: string;
      headRows: string[][];
      bodyRows: string[][];
      /** the caption is printed under the table (office kinds: per document); default above */
      captionBelow?: boolean;
      /** note lines printed under the table ("1. Unaudited.", "Source: …"): captions of the table in the gold */
      notes?: string[];
    }
  | { id: string; kind: 'figure'; src: string; caption?: string };

export interface SourceDoc {
  /** stable id, e.g. "handbook-en-sect.apt-get" */
  id: string;
  source: string; // key into SOURCES
  file: string; // path of the source file, relative to the source root
  lang: Lang;
  htmlLang: string; // value for the lang attribute (hyphenation)
  title: string;
  bookTitle: string;
  blocks: Block[];
}

export interface SourceInfo {
  key: string;
  name: string;
  origin: string; // how it is obtained (apt package)
  licence: string;
  url: string;
}

const DROP = /[\s\u00ad\u200b-\u200d\u2010-\u2015-]/;
const BULLETS = /[\u2022\u00b7\u30fb\u2027\u2219\u25e6\u25cb]/;

function normChar(ch: string): string {
  if (DROP.test(ch)) return '';
  if (BULLETS.test(ch)) return '\u2022';
  if (ch === '\u2018' || ch === '\u2019') return "'";
  if (ch === '\u201c' || ch === '\u201d') return '"';
  return ch.normalize('NFKC').replace(new RegExp(DROP.source, 'g'), '');
}

/** Normalised text used to align PDF runs with source blocks: NFKC, no whitespace, no hyphens. */
export function alignKey(s: string): string {
  let out = '';
  for (const ch of s) out += normChar(ch);
  return out;
}

/** The key of a text plus, for each key position, the source character it came from. */
export function keyMap(s: string): { key: string; orig: string[] } {
  let key = '';
  const orig: string[] = [];
  for (const ch of s) {
    const n = normChar(ch);
    key += n;
    for (let i = 0; i < n.length; i++) orig.push(i === 0 ? ch : '');
  }
  return { key, orig };
}

/** `key` continues at `off` with `part`, letting non-ASCII characters differ (font ToUnicode quirks). */
export function looseStartsWith(key: string, part: string, off = 0): boolean {
  if (off + part.length > key.length) return false;
  for (let i = 0; i < part.length; i++) {
    const a = key.charCodeAt(off + i);
    const b = part.charCodeAt(i);
    if (a !== b && (a < 128 || b < 128)) return false;
  }
  return true;
}

const COMPAT_IDEO = /[\u2e80-\u2fdf\uf900-\ufaff]/;

/** Rewrite run text where the PDF's ToUnicode differs from the source (radicals, shared CJK glyphs). */
export function fixChars(strs: string[], map: { key: string; orig: string[] }, off: number): string[] {
  let pos = off;
  return strs.map((str) => {
    let out = '';
    for (const ch of str) {
      const n = normChar(ch);
      if (!n) {
        out += ch;
        continue;
      }
      const exp = map.key.slice(pos, pos + n.length);
      const orig = map.orig.slice(pos, pos + n.length).join('');
      if ((exp !== n || COMPAT_IDEO.test(ch)) && orig) out += orig;
      else if (n === exp && /[\ufb00-\ufb4f]/.test(ch)) out += n;
      else out += ch;
      pos += n.length;
    }
    return out;
  });
}

export function blockAlignText(b: Block): string {
  switch (b.kind) {
    case 'heading':
    case 'para':
      return b.text;
    case 'item':
      return `${b.marker} ${b.text}`;
    case 'table':
      return [...b.headRows, ...b.bodyRows].map((r) => r.join('')).join('');
    case 'figure':
      return '';
  }
}
