// Office templates: a source document (sources.ts: a manual's section as blocks) re-shaped, seeded, into
// a document a company writes — a report, a form or a legal text — as a list of office blocks. Each office
// block is one source block for the alignment and gold (build.ts) plus how it is set in the ODT (fodt.ts):
// its paragraph style and where it sits. The text is the source's; what is generated is the structure
// around it: cover pages, chapter openers ("01", "Chapter 1"), numbered form fields ("Line 3", "3a"),
// legal numbering ("Article 4", "§ 4", "ĐIỀU 4.", "第四条"), colons after headings, sidebars.
import type { Block, Lang, SourceDoc } from '../blocks.js';
import type { Rng } from '../rng.js';
import { KIND_FAMILIES, type KindFamily, kindBlocks } from './kinds.js';

/** The families built by default; the office kinds (kinds.ts) only when asked (`--families`). */
export const FAMILIES: readonly ('report' | 'form' | 'legal')[] = ['report', 'form', 'legal'];
export type Family = (typeof FAMILIES)[number] | KindFamily;
export const ALL_FAMILIES: readonly Family[] = [...FAMILIES, ...KIND_FAMILIES];

/** Paragraph styles fodt.ts defines. */
export type OStyle =
  | 'cover-title'
  | 'cover-sub'
  | 'h1'
  | 'h2'
  | 'h3'
  | 'h4'
  | 'body'
  | 'lead'
  | 'code'
  | 'footnote'
  | 'item'
  | 'sidebar'
  | 'sidebar-title'
  | 'field'
  | 'caption';

export interface OBlock {
  block: Block;
  style: OStyle;
  /** the heading text is set on two lines: the opener ("01", "Chapter 1") then the title */
  opener?: string;
  /** starts a new page (chapter openers, the page after the cover) */
  pageBreak?: boolean;
  /** a table set beside the next one (two-column section) */
  sideBySide?: 'left' | 'right';
  /** in a text box anchored to the next paragraph (LibreOffice tags the box before its anchor) */
  textBox?: boolean;
}

export interface OfficeDoc {
  family: Family;
  /** the source document with the office blocks' texts, for alignment and gold */
  doc: SourceDoc;
  blocks: OBlock[];
  /** the first page is a cover without header or footer */
  cover: boolean;
  /** headings set bold at about the body size, in black (kinds.ts: datasheets) */
  look?: 'plain';
}

const ZH_NUM = ['〇', '一', '二', '三', '四', '五', '六', '七', '八', '九', '十'];
/** 1–99 in Chinese numerals (第十二条). */
export function chineseNumber(n: number): string {
  if (n <= 10) return ZH_NUM[n];
  const t = Math.floor(n / 10);
  const u = n % 10;
  return `${t === 1 ? '' : ZH_NUM[t]}十${u ? ZH_NUM[u] : ''}`;
}

const ROMAN = ['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X', 'XI', 'XII', 'XIII', 'XIV', 'XV'];

/** The first sentence-ish cut of a text, at most `max` characters, at a word boundary (any in CJK). */
function cut(text: string, max: number, lang: Lang): string {
  if (text.length <= max) return text;
  if (lang !== 'en') return text.slice(0, max);
  const s = text.slice(0, max);
  const sp = s.lastIndexOf(' ');
  return (sp > max / 2 ? s.slice(0, sp) : s).replace(/[,;:]$/, '');
}

let counter = 0;
const fresh = (id: string) => `${id}-o${counter++}`;

export function officeDoc(src: SourceDoc, family: Family, rng: Rng): OfficeDoc {
  counter = 0;
  const lang = src.lang;
  const out: OBlock[] = [];
  const heads = (b: Block, level: number, text: string, extra: Partial<OBlock> = {}) =>
    out.push({
      block: { id: b.id, kind: 'heading', level, text },
      style: (['h1', 'h1', 'h2', 'h3', 'h4'] as const)[Math.min(4, level)],
      ...extra,
    });
  const body = src.blocks.filter((b) => b.kind !== 'figure');
  const title = src.title;
  let cover = false;
  let look: OfficeDoc['look'];
  if ((KIND_FAMILIES as readonly string[]).includes(family)) {
    const k = kindBlocks(src, family as KindFamily, rng);
    out.push(...k.blocks);
    cover = k.cover;
    look = k.look;
  } else if (family === 'report') {
    cover = true;
    const opener = rng.pick(['number', 'chapter', 'plain'] as const);
    const colon = rng.chance(0.5);
    let chapter = 0;
    // cover: the title, the book it comes from, a line of generated front matter
    const first = body[0];
    out.push({ block: { id: first.id, kind: 'heading', level: 1, text: title }, style: 'cover-title' });
    out.push({
      block: { id: fresh(first.id), kind: 'para', role: 'body', text: src.bookTitle },
      style: 'cover-sub',
    });
    let pendingBreak = true;
    let sidebarLeft = 0;
    for (let i = 1; i < body.length; i++) {
      const b = body[i];
      if (b.kind === 'heading') {
        if (b.level === 2) {
          chapter++;
          const op =
            opener === 'number'
              ? String(chapter).padStart(2, '0')
              : opener === 'chapter'
                ? lang === 'en'
                  ? `Chapter ${chapter}`
                  : lang === 'zh'
                    ? `第${chineseNumber(chapter)}章`
                    : `第${chapter}章`
                : undefined;
          heads(b, 2, op ? `${op} ${b.text}` : b.text, { opener: op, pageBreak: true });
          pendingBreak = false;
        } else {
          const t = colon && b.level >= 3 && !/[:：]$/.test(b.text) ? `${b.text}${lang === 'en' ? ':' : '：'}` : b.text;
          heads(b, b.level, t, { pageBreak: pendingBreak });
          pendingBreak = false;
        }
        continue;
      }
      const ob: OBlock = { block: b, style: styleOf(b), pageBreak: pendingBreak };
      pendingBreak = false;
      // a bold lead-in and what follows it go in a sidebar box
      if (b.kind === 'para' && b.role === 'lead') {
        ob.style = 'sidebar-title';
        sidebarLeft = 2;
      } else if (sidebarLeft > 0 && b.kind === 'para' && b.role === 'body') ob.style = 'sidebar';
      sidebarLeft = Math.max(0, sidebarLeft - 1);
      out.push(ob);
    }
    // two small tables next to each other are set side by side
    for (let i = 0; i + 1 < out.length; i++) {
      const a = out[i].block;
      const c = out[i + 1].block;
      if (a.kind === 'table' && c.kind === 'table' && small(a) && small(c)) {
        out[i].sideBySide = 'left';
        out[i + 1].sideBySide = 'right';
        i++;
      }
    }
    if (!out.some((o) => o.sideBySide)) pairTables(out);
  } else if (family === 'form') {
    heads(body[0], 1, title);
    let line = 0;
    let part = 0;
    const letters = 'abcdefgh';
    for (let i = 1; i < body.length; i++) {
      const b = body[i];
      if (b.kind === 'heading') {
        part++;
        const p =
          lang === 'en'
            ? `Part ${ROMAN[(part - 1) % ROMAN.length]}`
            : lang === 'zh'
              ? `第${chineseNumber(part)}部分`
              : `第${part}部`;
        heads(b, 2, `${p} ${b.text}`, {});
        continue;
      }
      if (b.kind === 'para' && b.role === 'body') {
        // every other paragraph is an instruction in a box; the rest become numbered fields
        if (rng.chance(0.3)) {
          out.push({ block: b, style: 'sidebar' });
          continue;
        }
        line++;
        const label = lang === 'en' ? rng.pick([`Line ${line}`, `${line}`]) : lang === 'zh' ? `第${line}栏` : `${line}`;
        const text = `${label} ${cut(b.text, lang === 'en' ? 70 : 24, lang)} ____________`;
        out.push({ block: { ...b, text }, style: 'field' });
        continue;
      }
      if (b.kind === 'item') {
        const sub = `${line || 1}${letters[Math.min(7, out.filter((o) => o.style === 'item').length % 8)]}`;
        const text = `${cut(b.text, lang === 'en' ? 70 : 24, lang)} ____`;
        out.push({ block: { ...b, marker: sub, text }, style: 'item' });
        continue;
      }
      out.push({ block: b, style: styleOf(b) });
    }
  } else {
    // legal: chapters from the source's headings, an article per body paragraph
    heads(body[0], 1, title);
    const form =
      lang === 'en' ? rng.pick(['article', 'section', 'dieu'] as const) : lang === 'zh' ? 'zh-runin' : 'ja-article';
    let article = 0;
    let chapter = 0;
    let letter = 0;
    for (let i = 1; i < body.length; i++) {
      const b = body[i];
      if (b.kind === 'heading') {
        chapter++;
        const c =
          lang === 'en'
            ? form === 'dieu'
              ? `CHƯƠNG ${ROMAN[(chapter - 1) % ROMAN.length]}`
              : `Chapter ${ROMAN[(chapter - 1) % ROMAN.length]}`
            : lang === 'zh'
              ? `第${chineseNumber(chapter)}章`
              : `第${chapter}章`;
        heads(b, 2, `${c} ${b.text}`, {});
        continue;
      }
      if (b.kind === 'para' && b.role === 'body') {
        article++;
        letter = 0;
        if (form === 'zh-runin') {
          // Chinese statutes: the article number opens the paragraph (not a heading)
          out.push({ block: { ...b, text: `第${chineseNumber(article)}条 ${b.text}` }, style: 'body' });
          continue;
        }
        const h =
          form === 'article'
            ? `Article ${article}`
            : form === 'section'
              ? `§ ${article}`
              : form === 'dieu'
                ? `ĐIỀU ${article}.`
                : `第${article}条`;
        heads({ ...b, id: fresh(b.id) }, 3, h, {});
        out.push({ block: b, style: 'body' });
        continue;
      }
      if (b.kind === 'item') {
        letter++;
        const m = lang === 'en' ? `(${'abcdefghijklmnopqrstuvwxyz'[(letter - 1) % 26]})` : `（${letter}）`;
        out.push({ block: { ...b, marker: m }, style: 'item' });
        continue;
      }
      out.push({ block: b, style: styleOf(b) });
    }
  }
  // heading levels: consecutive along the nesting (the source's may skip once reshaped)
  const blocks = out.map((o) => o.block);
  const stack: number[] = [];
  for (const b of blocks) {
    if (b.kind !== 'heading') continue;
    while (stack.length > 0 && stack[stack.length - 1] >= b.level) stack.pop();
    stack.push(b.level);
    b.level = Math.min(stack.length, 6);
  }
  for (const o of out)
    if (o.block.kind === 'heading' && o.style !== 'cover-title')
      o.style = (['h1', 'h1', 'h2', 'h3', 'h4'] as const)[Math.min(4, o.block.level)];
  const doc: SourceDoc = { ...src, id: `office-${family}-${src.id}`, blocks };
  return look ? { family, doc, blocks: out, cover, look } : { family, doc, blocks: out, cover };
}

function small(b: Block): boolean {
  return b.kind === 'table' && (b.headRows[0] ?? b.bodyRows[0] ?? []).length <= 3 && b.bodyRows.length <= 10;
}

/** No two tables adjacent: move the second small table of the document up beside the first. */
function pairTables(out: OBlock[]): void {
  const idx = out.map((o, i) => (small(o.block) ? i : -1)).filter((i) => i >= 0);
  if (idx.length < 2) return;
  const [a, c] = idx;
  const [moved] = out.splice(c, 1);
  out.splice(a + 1, 0, moved);
  out[a].sideBySide = 'left';
  out[a + 1].sideBySide = 'right';
}

function styleOf(b: Block): OStyle {
  if (b.kind === 'item') return 'item';
  if (b.kind === 'para') return b.role === 'body' ? 'body' : b.role;
  return 'body';
}
