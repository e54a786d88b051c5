// Writing an office document as a flat ODT (one XML file LibreOffice opens directly) with real paragraph
// styles: "Heading 1–4" (outline levels, so LibreOffice tags them H1–H4), "Text body", "Caption" (tagged
// Caption), list paragraphs in text:list (tagged L/LI), tables with repeated header rows (TH), a cover
// page on its own master page without header or footer, headers and footers with page-number fields
// (LibreOffice exports them as artifacts, untagged), sidebars as bordered, shaded paragraphs, text boxes
// as frames, side-by-side tables in a two-column section.
import type { Block, Lang } from '../blocks.js';
import type { Rng } from '../rng.js';
import type { OBlock, OfficeDoc } from './templates.js';

export interface OfficeStyle {
  pageSize: 'A4' | 'Letter';
  marginCm: { top: number; bottom: number; side: number };
  bodyFont: string;
  headingFont: string;
  fontSize: number;
  /** heading colours, by level 1–4 */
  colours: string[];
  /** heading sizes in pt, by level 1–4 */
  sizes: number[];
  justify: boolean;
  /** header: the book title, the document title, or nothing */
  header: 'book' | 'title' | 'none';
  pageNumber: 'plain' | 'dash' | 'pageof' | 'cjk';
  pageNumberAt: 'footer-center' | 'footer-right';
  footerText: boolean;
}

const PALETTES = [
  ['#1f3864', '#2f5496', '#c55a11', '#404040'],
  ['#006666', '#008080', '#7f6000', '#595959'],
  ['#7030a0', '#c00000', '#2e75b6', '#262626'],
  ['#000000', '#1f4e79', '#1f4e79', '#404040'],
];

export function chooseStyle(rng: Rng, lang: Lang): OfficeStyle {
  // fonts with the Vietnamese letters of ĐIỀU / CHƯƠNG (a font without them prints a fallback glyph out
  // of reading order)
  const latin = ['Liberation Sans', 'Liberation Serif', 'DejaVu Sans', 'DejaVu Serif'];
  const cjk = lang === 'zh' ? ['Noto Sans CJK SC', 'Noto Serif CJK SC'] : ['Noto Sans CJK JP', 'Noto Serif CJK JP'];
  const bodyFont = lang === 'en' ? rng.pick(latin) : rng.pick(cjk);
  const base = rng.pick([10, 10.5, 11, 12]);
  const forms = lang === 'en' ? (['plain', 'dash', 'pageof'] as const) : (['plain', 'dash', 'pageof', 'cjk'] as const);
  return {
    pageSize: rng.chance(0.5) ? 'A4' : 'Letter',
    marginCm: { top: rng.pick([1.5, 2, 2.5]), bottom: rng.pick([1.5, 2, 2.5]), side: rng.pick([2, 2.5, 3]) },
    bodyFont,
    headingFont: lang === 'en' ? rng.pick(latin) : bodyFont,
    fontSize: base,
    colours: rng.pick(PALETTES),
    sizes: rng.pick([
      [26, 18, 14, 12],
      [22, 16, 13, 11.5],
      [28, 20, 15, 12],
    ]),
    justify: rng.chance(0.5),
    header: rng.pick(['book', 'title', 'none'] as const),
    pageNumber: rng.pick(forms),
    pageNumberAt: rng.pick(['footer-center', 'footer-right'] as const),
    footerText: rng.chance(0.3),
  };
}

function x(s: string): string {
  // control characters other than tab, line feed and carriage return are not allowed in XML
  const allowed = [...s].filter((c) => c.charCodeAt(0) >= 32 || c === '\t' || c === '\n' || c === '\r').join('');
  return allowed.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** Text as ODF inline content: line breaks, tabs and runs of spaces as elements. */
function inline(s: string): string {
  return s
    .split('\n')
    .map((line) =>
      x(line)
        .replace(/\t/g, '<text:tab/>')
        .replace(/ {2,}/g, (m) => ` <text:s text:c="${m.length - 1}"/>`)
        .replace(/^ /, '<text:s/>'),
    )
    .join('<text:line-break/>');
}

const NS =
  'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" xmlns:draw="urn:oasis:names:tc:opendocument:xmlns:drawing:1.0" xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0" xmlns:xlink="http://www.w3.org/1999/xlink"';

const STYLE_NAMES: Record<OBlock['style'], string> = {
  'cover-title': 'Title',
  'cover-sub': 'Subtitle',
  h1: 'Heading_20_1',
  h2: 'Heading_20_2',
  h3: 'Heading_20_3',
  h4: 'Heading_20_4',
  body: 'Text_20_body',
  lead: 'Sidebar_20_Title',
  code: 'Preformatted_20_Text',
  footnote: 'Footnote_20_Text',
  item: 'List_20_Contents',
  sidebar: 'Sidebar',
  'sidebar-title': 'Sidebar_20_Title',
  field: 'Form_20_Field',
  caption: 'Caption',
};

function styles(st: OfficeStyle, lang: Lang): string {
  const country = lang === 'en' ? 'US' : lang === 'zh' ? 'CN' : 'JP';
  const fonts = (f: string) =>
    `fo:font-family="${x(f)}" style:font-family-asian="${x(lang === 'en' ? 'Noto Sans CJK SC' : f)}"`;
  const h = (n: number) =>
    `<style:style style:name="Heading_20_${n}" style:display-name="Heading ${n}" style:family="paragraph" style:parent-style-name="Heading" style:next-style-name="Text_20_body" style:default-outline-level="${n}"><style:paragraph-properties fo:margin-top="${n === 1 ? 0.2 : 0.45}cm" fo:margin-bottom="0.2cm" fo:keep-with-next="always"/><style:text-properties fo:font-size="${st.sizes[n - 1]}pt" style:font-size-asian="${st.sizes[n - 1]}pt" fo:color="${st.colours[n - 1]}" fo:font-weight="bold" style:font-weight-asian="bold"/></style:style>`;
  return `<office:styles>
<style:default-style style:family="paragraph"><style:paragraph-properties fo:orphans="2" fo:widows="2"/><style:text-properties ${fonts(st.bodyFont)} fo:font-size="${st.fontSize}pt" style:font-size-asian="${st.fontSize}pt" fo:language="${lang === 'en' ? 'en' : 'zxx'}" fo:country="${lang === 'en' ? 'US' : 'none'}" style:language-asian="${lang === 'ja' ? 'ja' : 'zh'}" style:country-asian="${lang === 'en' ? 'CN' : country}"/></style:default-style>
<style:style style:name="Standard" style:family="paragraph"/>
<style:style style:name="Heading" style:family="paragraph" style:parent-style-name="Standard"><style:text-properties ${fonts(st.headingFont)}/></style:style>
<style:style style:name="Text_20_body" style:display-name="Text body" style:family="paragraph" style:parent-style-name="Standard"><style:paragraph-properties fo:margin-bottom="0.22cm" fo:line-height="125%"${st.justify ? ' fo:text-align="justify"' : ''}/></style:style>
${[1, 2, 3, 4].map(h).join('\n')}
<style:style style:name="Title" style:family="paragraph" style:parent-style-name="Heading" style:default-outline-level="1"><style:paragraph-properties fo:margin-top="6cm" fo:margin-bottom="0.6cm"/><style:text-properties fo:font-size="${st.sizes[0] + 6}pt" style:font-size-asian="${st.sizes[0] + 6}pt" fo:color="${st.colours[0]}" fo:font-weight="bold" style:font-weight-asian="bold"/></style:style>
<style:style style:name="Subtitle" style:family="paragraph" style:parent-style-name="Heading"><style:paragraph-properties fo:margin-bottom="0.4cm"/><style:text-properties fo:font-size="${st.sizes[2]}pt" style:font-size-asian="${st.sizes[2]}pt" fo:color="${st.colours[3]}"/></style:style>
<style:style style:name="Preformatted_20_Text" style:display-name="Preformatted Text" style:family="paragraph" style:parent-style-name="Standard"><style:paragraph-properties fo:margin-bottom="0.2cm" fo:margin-left="0.4cm"/><style:text-properties fo:font-family="Liberation Mono" style:font-family-asian="${x(lang === 'ja' ? 'Noto Sans Mono CJK JP' : 'Noto Sans Mono CJK SC')}" fo:font-size="${st.fontSize - 1.5}pt" style:font-size-asian="${st.fontSize - 1.5}pt"/></style:style>
<style:style style:name="Footnote_20_Text" style:display-name="Footnote Text" style:family="paragraph" style:parent-style-name="Standard"><style:text-properties fo:font-size="${st.fontSize - 2}pt" style:font-size-asian="${st.fontSize - 2}pt"/></style:style>
<style:style style:name="List_20_Contents" style:display-name="List Contents" style:family="paragraph" style:parent-style-name="Standard"><style:paragraph-properties fo:margin-left="0.6cm" fo:margin-bottom="0.1cm"/></style:style>
<style:style style:name="Sidebar" style:family="paragraph" style:parent-style-name="Text_20_body"><style:paragraph-properties fo:background-color="#eef2f7" fo:border="0.5pt solid ${st.colours[1]}" fo:padding="0.2cm" fo:margin-left="0.5cm" fo:margin-right="0.5cm"/></style:style>
<style:style style:name="Sidebar_20_Title" style:display-name="Sidebar Title" style:family="paragraph" style:parent-style-name="Sidebar"><style:paragraph-properties fo:keep-with-next="always"/><style:text-properties fo:font-weight="bold" style:font-weight-asian="bold" fo:color="${st.colours[1]}"/></style:style>
<style:style style:name="Form_20_Field" style:display-name="Form Field" style:family="paragraph" style:parent-style-name="Standard"><style:paragraph-properties fo:margin-top="0.15cm" fo:margin-bottom="0.15cm" fo:border-bottom="0.3pt solid #999999" fo:padding-bottom="0.05cm"/></style:style>
<style:style style:name="Caption" style:family="paragraph" style:parent-style-name="Standard"><style:paragraph-properties fo:margin-top="0.2cm" fo:margin-bottom="0.1cm" fo:keep-with-next="always"/><style:text-properties fo:font-style="italic" style:font-style-asian="italic" fo:font-size="${st.fontSize - 1}pt"/></style:style>
<style:style style:name="Caption_20_Below" style:display-name="Caption Below" style:family="paragraph" style:parent-style-name="Caption"><style:paragraph-properties fo:margin-top="0.15cm" fo:margin-bottom="0.3cm" fo:keep-with-next="auto"/></style:style>
<style:style style:name="Table_20_Note" style:display-name="Table Note" style:family="paragraph" style:parent-style-name="Caption"><style:paragraph-properties fo:margin-top="0.05cm" fo:margin-bottom="0.05cm" fo:keep-with-next="auto"/><style:text-properties fo:font-style="normal" style:font-style-asian="normal" fo:font-size="${st.fontSize - 2}pt" style:font-size-asian="${st.fontSize - 2}pt"/></style:style>
<style:style style:name="Table_20_Contents" style:display-name="Table Contents" style:family="paragraph" style:parent-style-name="Standard"><style:text-properties fo:font-size="${st.fontSize - 1}pt" style:font-size-asian="${st.fontSize - 1}pt"/></style:style>
<style:style style:name="Table_20_Heading" style:display-name="Table Heading" style:family="paragraph" style:parent-style-name="Table_20_Contents"><style:text-properties fo:font-weight="bold" style:font-weight-asian="bold"/></style:style>
<style:style style:name="Header" style:family="paragraph" style:parent-style-name="Standard"><style:paragraph-properties><style:tab-stops><style:tab-stop style:position="16cm" style:type="right"/></style:tab-stops></style:paragraph-properties><style:text-properties fo:font-size="8pt" style:font-size-asian="8pt" fo:color="#555555"/></style:style>
<style:style style:name="Footer" style:family="paragraph" style:parent-style-name="Header"/>
<text:list-style style:name="LNone">${[1, 2, 3, 4, 5]
    .map(
      (l) =>
        `<text:list-level-style-number text:level="${l}" style:num-format=""><style:list-level-properties text:list-level-position-and-space-mode="label-alignment"><style:list-level-label-alignment text:label-followed-by="nothing" fo:margin-left="${0.6 * l}cm"/></style:list-level-properties></text:list-level-style-number>`,
    )
    .join('')}</text:list-style>
</office:styles>`;
}

function pageNumber(form: OfficeStyle['pageNumber']): string {
  const n = '<text:page-number text:select-page="current">1</text:page-number>';
  switch (form) {
    case 'plain':
      return n;
    case 'dash':
      return `- ${n} -`;
    case 'pageof':
      return `Page ${n} of <text:page-count>1</text:page-count>`;
    case 'cjk':
      return `第${n}页`;
  }
}

/** The running texts as the corpus layout names them (render.ts: runningTexts): left = book, right = title. */
export function runningHeader(st: OfficeStyle): 'none' | 'book' | 'title' {
  return st.header;
}

function automatic(st: OfficeStyle, cover: boolean): string {
  const [w, h] = st.pageSize === 'A4' ? [21, 29.7] : [21.59, 27.94];
  const layout = (name: string, hf: boolean) =>
    `<style:page-layout style:name="${name}"><style:page-layout-properties fo:page-width="${w}cm" fo:page-height="${h}cm" fo:margin-top="${st.marginCm.top}cm" fo:margin-bottom="${st.marginCm.bottom}cm" fo:margin-left="${st.marginCm.side}cm" fo:margin-right="${st.marginCm.side}cm"/>${hf ? '<style:header-style><style:header-footer-properties fo:min-height="0.4cm" fo:margin-bottom="0.5cm"/></style:header-style><style:footer-style><style:header-footer-properties fo:min-height="0.4cm" fo:margin-top="0.5cm"/></style:footer-style>' : ''}</style:page-layout>`;
  return `<office:automatic-styles>
${layout('pm1', true)}
${cover ? layout('pm2', false) : ''}
<style:style style:name="Pbreak" style:family="paragraph" style:parent-style-name="Text_20_body"><style:paragraph-properties fo:break-before="page"/></style:style>
<style:style style:name="Pstd" style:family="paragraph" style:parent-style-name="Text_20_body" style:master-page-name="Standard"/>
<style:style style:name="fr1" style:family="graphic"><style:graphic-properties style:wrap="parallel" style:number-wrapped-paragraphs="no-limit" fo:margin-left="0.3cm" fo:border="0.5pt solid ${st.colours[2]}" fo:background-color="#fff7e6" fo:padding="0.15cm" style:horizontal-pos="right" style:horizontal-rel="paragraph" style:vertical-pos="top" style:vertical-rel="paragraph"/></style:style>
<style:style style:name="Sect2" style:family="section"><style:section-properties><style:columns fo:column-count="2" fo:column-gap="0.6cm"/></style:section-properties></style:style>
<style:style style:name="Cbreak" style:family="paragraph" style:parent-style-name="Caption"><style:paragraph-properties fo:break-before="column"/></style:style>
<style:style style:name="Trow" style:family="table-row"><style:table-row-properties fo:keep-together="always"/></style:style>
<style:style style:name="Tcell" style:family="table-cell"><style:table-cell-properties fo:border="0.5pt solid #808080" fo:padding="0.08cm"/></style:style>
<style:style style:name="Thcell" style:family="table-cell"><style:table-cell-properties fo:border="0.5pt solid #808080" fo:padding="0.08cm" fo:background-color="#dde4ee"/></style:style>
</office:automatic-styles>`;
}

function master(st: OfficeStyle, doc: OfficeDoc): string {
  const left = st.header === 'book' ? doc.doc.bookTitle : st.header === 'title' ? doc.doc.title : '';
  const num = pageNumber(st.pageNumber);
  const footerText = st.footerText ? doc.doc.bookTitle : '';
  const header = left ? `<style:header><text:p text:style-name="Header">${x(left)}</text:p></style:header>` : '';
  const footer =
    st.pageNumberAt === 'footer-right' || footerText
      ? `<text:p text:style-name="Footer">${x(footerText)}<text:tab/>${num}</text:p>`
      : `<text:p text:style-name="Footer"><text:tab/>${num}</text:p>`;
  return `<office:master-styles>
<style:master-page style:name="Standard" style:page-layout-name="pm1">${header}<style:footer>${footer}</style:footer></style:master-page>
${doc.cover ? '<style:master-page style:name="Cover" style:page-layout-name="pm2" style:next-style-name="Standard"/>' : ''}
</office:master-styles>`;
}

function table(b: Extract<Block, { kind: 'table' }>): string {
  const cols = Math.max(1, ...[...b.headRows, ...b.bodyRows].map((r) => r.length));
  const row = (r: string[], head: boolean) =>
    `<table:table-row table:style-name="Trow">${Array.from({ length: cols }, (_, i) => `<table:table-cell table:style-name="${head ? 'Thcell' : 'Tcell'}" office:value-type="string"><text:p text:style-name="${head ? 'Table_20_Heading' : 'Table_20_Contents'}">${inline(r[i] ?? '')}</text:p></table:table-cell>`).join('')}</table:table-row>`;
  const head = b.headRows.length
    ? `<table:table-header-rows>${b.headRows.map((r) => row(r, true)).join('')}</table:table-header-rows>`
    : '';
  return `<table:table table:name="${x(b.id)}"><table:table-column table:number-columns-repeated="${cols}"/>${head}${b.bodyRows.map((r) => row(r, false)).join('')}</table:table>`;
}

export function fodt(doc: OfficeDoc, st: OfficeStyle): string {
  const parts: string[] = [];
  let inList = false;
  let box = '';
  let first = true;
  for (let i = 0; i < doc.blocks.length; i++) {
    const o = doc.blocks[i];
    const b = o.block;
    const styleName = first && doc.cover ? 'Title' : STYLE_NAMES[o.style];
    if (b.kind !== 'item' && inList) {
      parts.push('</text:list>');
      inList = false;
    }
    // the page after the cover: an empty paragraph (no tag) starts the Standard master page (header,
    // footer) on a new page
    const afterCover = doc.cover && i === 2;
    if (afterCover) parts.push('<text:p text:style-name="Pstd"/>');
    if (b.kind === 'heading') {
      const lvl = o.style === 'cover-title' ? 1 : b.level;
      const text = o.opener
        ? `${inline(o.opener)}<text:line-break/>${inline(b.text.slice(o.opener.length + 1))}`
        : inline(b.text);
      const name = o.style === 'cover-title' ? 'Title' : `Heading_20_${Math.min(4, lvl)}`;
      const brk = o.pageBreak && !afterCover ? `${name}_brk` : name;
      parts.push(`<text:h text:style-name="${brk}" text:outline-level="${lvl}">${text}</text:h>`);
    } else if (b.kind === 'item') {
      if (!inList) {
        parts.push('<text:list text:style-name="LNone">');
        inList = true;
      }
      parts.push(
        `<text:list-item><text:p text:style-name="${styleName}">${inline(`${b.marker} ${b.text}`)}</text:p></text:list-item>`,
      );
    } else if (b.kind === 'table') {
      const cap = b.caption
        ? `<text:p text:style-name="${o.sideBySide === 'right' ? 'Cbreak' : b.captionBelow ? 'Caption_20_Below' : 'Caption'}">${inline(b.caption)}</text:p>`
        : '';
      if (o.sideBySide === 'left') parts.push('<text:section text:name="S' + i + '" text:style-name="Sect2">');
      // the office kinds (kinds.ts): notes under the table, the caption above or below per document
      const notes = (b.notes ?? []).map((n) => `<text:p text:style-name="Table_20_Note">${inline(n)}</text:p>`);
      if (b.captionBelow) parts.push(table(b), ...notes, cap);
      else parts.push(cap, table(b), ...notes);
      if (o.sideBySide === 'right') parts.push('</text:section>');
    } else if (b.kind === 'para') {
      if (o.textBox) {
        box = `<draw:frame draw:style-name="fr1" draw:name="Box${i}" text:anchor-type="paragraph" svg:width="6cm" draw:z-index="0"><draw:text-box fo:min-height="0.5cm"><text:p text:style-name="Standard">${inline(b.text)}</text:p></draw:text-box></draw:frame>`;
        continue;
      }
      const name = o.pageBreak && !afterCover ? 'Pbreak' : styleName;
      parts.push(`<text:p text:style-name="${name}">${box}${inline(b.text)}</text:p>`);
      box = '';
    }
    first = false;
  }
  if (inList) parts.push('</text:list>');
  // paragraph styles that also break the page (chapter openers)
  const brkStyles = [1, 2, 3, 4]
    .map(
      (n) =>
        `<style:style style:name="Heading_20_${n}_brk" style:family="paragraph" style:parent-style-name="Heading_20_${n}"><style:paragraph-properties fo:break-before="page"/></style:style>`,
    )
    .join('');
  const auto = automatic(st, doc.cover).replace('</office:automatic-styles>', `${brkStyles}</office:automatic-styles>`);
  const coverStart = doc.cover
    ? auto.replace(
        '</office:automatic-styles>',
        '<style:style style:name="TitleCover" style:family="paragraph" style:parent-style-name="Title" style:master-page-name="Cover"/></office:automatic-styles>',
      )
    : auto;
  const body = parts.join('\n').replace('text:style-name="Title"', 'text:style-name="TitleCover"');
  return `<?xml version="1.0" encoding="UTF-8"?>
<office:document ${NS} office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.text">
${styles(st, doc.doc.lang)}
${coverStart}
${master(st, doc)}
<office:body><office:text>
${body}
</office:text></office:body></office:document>
`;
}
