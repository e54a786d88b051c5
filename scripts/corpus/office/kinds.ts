// The office kinds (issue #15): families modelled on the real documents the hand-checked report set holds and
// the manuals lack, each a manual section re-shaped (its text, headings, lists and tables kept) around
// generated tables (tables.ts) that run over pages with their head row repeated, notes printed under them, and a
// caption above or below — one side per document:
//   datasheet  a product datasheet: title and a revision line, short bold headings without numbers (the
//              `plain` heading look), spec tables in row groups (a group label row, a parameter under several
//              conditions), numbered notes under them;
//   statement  a financial statement (cover page, "Statement of financial position": a long balance sheet, its
//              note line, then "Notes to the financial statements" numbered 1, 2 …) or a statistical release
//              (no cover, a release-date line, a rate table per section, footnotes and a source line under it);
//   rules      insurance rules: chapters ("CHƯƠNG II" / "第二章" / "第2章"), articles as headings ("ĐIỀU 5: SCOPE
//              OF COVER" / "Article 5. Scope of cover" / "第五条 保险责任" / "第5条（保険責任）") holding numbered
//              clauses "5.1." (paragraphs, not headings), lettered points "a)" / "（一）", a premium-rate annex.
// Every draw comes from the document's own stream (main.ts seeds it from "<family>/<doc id>"), and the
// families are built only when asked (`--families`), so the corpora of report/form/legal stay byte-identical.
import type { Block, Lang, SourceDoc } from '../blocks.js';
import type { Rng } from '../rng.js';
import { balanceSheet, premiumTable, rateTable, specTable, type Table } from './tables.js';
import type { OBlock } from './templates.js';

export type KindFamily = 'datasheet' | 'statement' | 'rules';
export const KIND_FAMILIES: readonly KindFamily[] = ['datasheet', 'statement', 'rules'];

export interface KindResult {
  blocks: OBlock[];
  cover: boolean;
  /** headings set bold at about the body size, in black (datasheets) */
  look?: 'plain';
}

const L = <T>(lang: Lang, en: T, zh: T, ja: T): T => (lang === 'en' ? en : lang === 'zh' ? zh : ja);
const ZH_NUM = ['〇', '一', '二', '三', '四', '五', '六', '七', '八', '九', '十'];
function zhNum(n: number): string {
  if (n <= 10) return ZH_NUM[n];
  const t = Math.floor(n / 10);
  const u = n % 10;
  return `${t === 1 ? '' : ZH_NUM[t]}十${u ? ZH_NUM[u] : ''}`;
}
const ROMAN = ['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X', 'XI', 'XII', 'XIII', 'XIV', 'XV'];

/** A source heading without its own number ("6.1. ", "2.9. "): the kinds number their headings their own way or not at all. */
const unnumbered = (text: string) => text.replace(/^\d+(\.\d+)*\.?\s+/, '');

/** The document's title without the manual's own number ("Chapter 3. ", "第3章 ", "11.5. "): a datasheet, a statement or
 * a set of rules is not a chapter. */
const titleOf = (src: SourceDoc) => unnumbered(src.title.replace(/^(Chapter \d+\.|第\d+章)\s*/, '')) || src.title;

/** A heading cut short at a word boundary (any character in CJK). */
function short(text: string, lang: Lang): string {
  const max = lang === 'en' ? 40 : 14;
  if (text.length <= max) return text;
  if (lang !== 'en') return text.slice(0, max);
  const s = text.slice(0, max);
  const sp = s.lastIndexOf(' ');
  return (sp > max / 2 ? s.slice(0, sp) : s).replace(/[,;:.]$/, '');
}

/** How the document labels its tables, and which side its captions sit on. */
interface CaptionStyle {
  label: (n: number) => string;
  below: boolean;
}
function captionStyle(lang: Lang, rng: Rng): CaptionStyle {
  const en = rng.pick([(n: number) => `Table ${n}.`, (n: number) => `Table ${n}:`, (n: number) => `TABLE ${n}`]);
  const cjk = rng.pick([(n: number) => `表${n}`, (n: number) => `表 ${n}`]);
  return { label: lang === 'en' ? en : cjk, below: rng.chance(0.5) };
}

class Out {
  blocks: OBlock[] = [];
  private n = 0;
  private tables = 0;
  constructor(
    private readonly src: SourceDoc,
    readonly caps: CaptionStyle,
  ) {}
  id(): string {
    return `${this.src.id}-k${this.n++}`;
  }
  heading(level: number, text: string, extra: Partial<OBlock> = {}, id = this.id()): void {
    this.blocks.push({ block: { id, kind: 'heading', level, text }, style: 'h2', ...extra });
  }
  para(text: string, style: OBlock['style'] = 'body', extra: Partial<OBlock> = {}, id = this.id()): void {
    this.blocks.push({ block: { id, kind: 'para', role: 'body', text }, style, ...extra });
  }
  table(t: Table, title: string | undefined, notes: string[]): void {
    const caption = title === undefined ? undefined : `${this.caps.label(++this.tables)} ${title}`;
    this.blocks.push({
      block: {
        ...t,
        caption,
        captionBelow: caption ? this.caps.below : undefined,
        notes: notes.length ? notes : undefined,
      },
      style: 'body',
    });
  }
  /** a source block kept as it is (a source table takes the document's caption side) */
  keep(b: Block): void {
    if (b.kind === 'table') {
      this.blocks.push({ block: b.caption ? { ...b, captionBelow: this.caps.below } : b, style: 'body' });
      return;
    }
    const style = b.kind === 'item' ? 'item' : b.kind === 'para' ? (b.role === 'body' ? 'body' : b.role) : 'body';
    this.blocks.push({ block: b, style });
  }
}

export function kindBlocks(src: SourceDoc, family: KindFamily, rng: Rng): KindResult {
  const out = new Out(src, captionStyle(src.lang, rng));
  if (family === 'datasheet') return datasheet(src, rng, out);
  if (family === 'statement') return rng.chance(0.5) ? balance(src, rng, out) : release(src, rng, out);
  return rules(src, rng, out);
}

const body = (src: SourceDoc) => src.blocks.filter((b) => b.kind !== 'figure');

function datasheet(src: SourceDoc, rng: Rng, out: Out): KindResult {
  const lang = src.lang;
  const [first, ...rest] = body(src);
  out.heading(1, titleOf(src), {}, first.id);
  const rev = `${rng.pick(['DS', 'PB', 'SPEC'])}-${rng.int(1000, 9999)} · Rev. ${rng.int(1, 9)} · 2026-0${rng.int(1, 9)}`;
  out.para(rev);
  const title = L(lang, 'Electrical characteristics', '电气特性', '電気的特性');
  const notes = [
    L(
      lang,
      '1. Guaranteed by design, not tested in production.',
      '1. 由设计保证，未经生产测试。',
      '1. 設計保証値、出荷試験なし。',
    ),
    L(
      lang,
      '2. Measured with a 10 uF decoupling capacitor.',
      '2. 使用10 uF去耦电容测得。',
      '2. 10 uFのデカップリングコンデンサで測定。',
    ),
  ];
  let paras = 0;
  let tables = 0;
  const every = rng.int(3, 6);
  for (const b of rest) {
    if (b.kind === 'heading') {
      out.heading(b.level, short(unnumbered(b.text), lang), {}, b.id);
      continue;
    }
    out.keep(b);
    if (b.kind === 'para' && b.role === 'body' && ++paras % every === 1 && tables < 2) {
      const t = specTable(out.id(), lang, rng, tables === 0 ? rng.int(2, 4) : 2);
      out.table(
        t,
        tables === 0 ? title : L(lang, 'Recommended operating conditions', '推荐工作条件', '推奨動作条件'),
        notes.slice(0, rng.int(1, 2)),
      );
      tables++;
    }
  }
  return { blocks: out.blocks, cover: false, look: 'plain' };
}

function balance(src: SourceDoc, rng: Rng, out: Out): KindResult {
  const lang = src.lang;
  const [first, ...rest] = body(src);
  const year = rng.int(2021, 2025);
  out.blocks.push({ block: { id: first.id, kind: 'heading', level: 1, text: titleOf(src) }, style: 'cover-title' });
  out.para(
    L(
      lang,
      `Financial statements for the year ended 31 December ${year}`,
      `${year}年度财务报表`,
      `${year}年度 財務諸表`,
    ),
    'cover-sub',
  );
  out.heading(2, L(lang, 'Statement of financial position', '资产负债表', '貸借対照表'), { pageBreak: true });
  const unit = L(lang, '(in thousands of euros)', '（单位：千元）', '（単位：千円）');
  out.table(
    balanceSheet(out.id(), lang, rng, year),
    `${L(lang, 'Consolidated statement of financial position', '合并资产负债表', '連結貸借対照表')} ${unit}`,
    [
      L(
        lang,
        'The accompanying notes form an integral part of these financial statements.',
        '后附财务报表附注为本财务报表的组成部分。',
        '添付の注記は本財務諸表の一部である。',
      ),
    ],
  );
  out.heading(2, L(lang, 'Notes to the financial statements', '财务报表附注', '財務諸表注記'), {
    pageBreak: rng.chance(0.5),
  });
  let note = 0;
  let sub = 0;
  for (const b of rest) {
    if (b.kind === 'heading') {
      if (b.level === 2) sub = 0;
      const own = unnumbered(b.text);
      const t = b.level === 2 ? `${++note}. ${own}` : b.level === 3 && note > 0 ? `${note}.${++sub} ${own}` : own;
      out.heading(b.level + 1, t, {}, b.id);
      continue;
    }
    out.keep(b);
  }
  return { blocks: out.blocks, cover: true };
}

function release(src: SourceDoc, rng: Rng, out: Out): KindResult {
  const lang = src.lang;
  const [first, ...rest] = body(src);
  out.heading(1, `${L(lang, 'Statistical release: ', '统计公报：', '統計速報：')}${titleOf(src)}`, {}, first.id);
  out.para(`${L(lang, 'Release date: ', '发布日期：', '公表日：')}2026-0${rng.int(1, 9)}-${rng.int(10, 28)}`);
  const notes = [
    L(
      lang,
      '1 Provisional figures, revised in the next release.',
      '1 初步数据，下期修订。',
      '1 速報値、次回公表で改定。',
    ),
    L(lang, 'Source: Statistics Department.', '资料来源：统计部。', '出所：統計局。'),
  ];
  let tables = 0;
  let pending = false;
  for (const b of rest) {
    if (b.kind === 'heading') {
      out.heading(b.level, b.text, {}, b.id);
      pending = b.level === 2 && tables < 3;
      continue;
    }
    out.keep(b);
    if (pending && b.kind === 'para' && b.role === 'body') {
      pending = false;
      const t = rateTable(out.id(), lang, rng, rng.int(18, 55));
      out.table(
        t,
        L(lang, 'Money market rates, end of day', '货币市场利率（日末）', '短期金利（日末）'),
        notes.slice(rng.int(0, 1)),
      );
      tables++;
    }
  }
  return { blocks: out.blocks, cover: false };
}

const ARTICLE_TITLES: Record<Lang, string[]> = {
  en: [
    'Scope of cover',
    'Definitions',
    'Exclusions',
    'Premium and payment',
    'Claims',
    'Termination',
    'Benefits',
    'Obligations of the insured',
    'Disputes',
    'Entry into force',
  ],
  zh: [
    '保险责任',
    '释义',
    '责任免除',
    '保险费',
    '保险金申请',
    '合同解除',
    '保险金额',
    '投保人义务',
    '争议处理',
    '生效',
  ],
  ja: [
    '保険責任',
    '定義',
    '免責事由',
    '保険料',
    '保険金の請求',
    '契約の解除',
    '保険金額',
    '契約者の義務',
    '紛争の解決',
    '施行',
  ],
};

function rules(src: SourceDoc, rng: Rng, out: Out): KindResult {
  const lang = src.lang;
  const [first, ...rest] = body(src);
  const form = lang === 'en' ? rng.pick(['dieu', 'article'] as const) : lang;
  out.heading(1, titleOf(src), {}, first.id);
  let chapter = 0;
  let article = 0;
  let clause = 0;
  let left = 0;
  let point = 0;
  for (const b of rest) {
    if (b.kind === 'heading') {
      chapter++;
      const c =
        form === 'dieu'
          ? `CHƯƠNG ${ROMAN[(chapter - 1) % 15]}`
          : form === 'article'
            ? `Chapter ${ROMAN[(chapter - 1) % 15]}`
            : lang === 'zh'
              ? `第${zhNum(chapter)}章`
              : `第${chapter}章`;
      out.heading(2, `${c} ${unnumbered(b.text)}`, {}, b.id);
      left = 0;
      continue;
    }
    if (b.kind === 'para' && b.role === 'body') {
      if (left <= 0) {
        article++;
        clause = 0;
        left = rng.int(1, 3);
        const t = ARTICLE_TITLES[lang][(article - 1) % 10];
        const h =
          form === 'dieu'
            ? `ĐIỀU ${article}: ${t.toUpperCase()}`
            : form === 'article'
              ? `Article ${article}. ${t}`
              : lang === 'zh'
                ? `第${zhNum(article)}条 ${t}`
                : `第${article}条（${t}）`;
        out.heading(3, h);
      }
      left--;
      point = 0;
      out.blocks.push({ block: { ...b, text: `${article}.${++clause}. ${b.text}` }, style: 'body' });
      continue;
    }
    if (b.kind === 'item') {
      point++;
      const m =
        lang === 'en'
          ? `${'abcdefghijklmnopqrstuvwxyz'[(point - 1) % 26]})`
          : lang === 'zh'
            ? `（${zhNum(point)}）`
            : `（${point}）`;
      out.blocks.push({ block: { ...b, marker: m }, style: 'item' });
      continue;
    }
    out.keep(b);
  }
  out.heading(2, L(lang, 'Annex 1 Premium rates', '附表一 费率表', '別表1 保険料率表'), { pageBreak: rng.chance(0.5) });
  const note = L(
    lang,
    'Rates per 1,000 of the sum insured, payable yearly.',
    '费率按每千元保险金额计，按年交纳。',
    '保険金額1,000円あたりの年払保険料率。',
  );
  out.table(
    premiumTable(out.id(), lang, rng, rng.int(20, 48)),
    L(lang, 'Annual premium rates', '年交保险费率', '年払保険料率'),
    [note],
  );
  return { blocks: out.blocks, cover: false };
}
