// Chromium families besides manuals (issue #13), for `npm run corpus -- --family F`: a manual section
// re-shaped, seeded, into an exercise workbook, a newsletter or slides, then printed like the manuals
// (render.ts adds the family's CSS, layout.template). The text is the source's; what is generated is the
// structure around it:
// - workbook: "Exercise N" sections from the source's headings; every body paragraph becomes a
//   numbered question (a list item "1." … with the paragraph's first sentence) followed by an answer
//   blank (a paragraph of underscores, "Answer:" / "答：" / "解答："); figures and tables stay between;
// - newsletter: a masthead (the title, then "Issue N · <book>"), two columns, the sections as
//   articles, bold lead-ins as "In brief" boxes;
// - slides: landscape pages, one slide per section (a heading opens a page), body paragraphs cut to
//   their first sentence as bullets, at most six per slide, small tables and figures kept.
import type { Block, Lang, SourceDoc } from './blocks.js';
import type { Rng } from './rng.js';

export type ChromiumFamily = 'workbook' | 'newsletter' | 'slides';
export const CHROMIUM_FAMILIES: readonly ChromiumFamily[] = ['workbook', 'newsletter', 'slides'];

/** The first sentence of a text (at most `max` characters, cut at a word in English). */
export function firstSentence(text: string, lang: Lang, max: number): string {
  const m = lang === 'en' ? /^(.+?[.!?])(\s|$)/.exec(text) : /^(.+?[。！？])/.exec(text);
  let s = m ? m[1] : text;
  if (s.length > max) {
    s = s.slice(0, max);
    if (lang === 'en' && s.lastIndexOf(' ') > max / 2) s = s.slice(0, s.lastIndexOf(' '));
  }
  return s;
}

export function reshape(src: SourceDoc, family: ChromiumFamily, rng: Rng): SourceDoc {
  const lang = src.lang;
  const out: Block[] = [];
  let n = 0;
  const id = (base: string) => `${base}-f${n++}`;
  const [first, ...rest] = src.blocks;
  if (family === 'workbook') {
    out.push(first);
    let exercise = 0;
    let question = 0;
    const answer = lang === 'en' ? 'Answer:' : lang === 'zh' ? '答：' : '解答：';
    for (const b of rest) {
      if (b.kind === 'heading') {
        exercise++;
        const label =
          lang === 'en' ? `Exercise ${exercise}` : lang === 'zh' ? `练习${exercise}` : `練習問題${exercise}`;
        out.push({ ...b, text: `${label} ${b.text}` });
        continue;
      }
      if (b.kind === 'para' && b.role === 'body') {
        question++;
        out.push({
          id: b.id,
          kind: 'item',
          depth: 0,
          marker: `${question}.`,
          text: firstSentence(b.text, lang, lang === 'en' ? 200 : 80),
        });
        out.push({
          id: id(b.id),
          kind: 'para',
          role: 'body',
          text: `${answer} ${'_'.repeat(rng.pick([20, 30, 40]))}`,
        });
        continue;
      }
      if (b.kind === 'para' && b.role === 'footnote') continue;
      out.push(b);
    }
  } else if (family === 'newsletter') {
    out.push(first);
    const issue =
      lang === 'en' ? `Issue ${rng.int(1, 40)} · ${src.bookTitle}` : `第${rng.int(1, 40)}期 · ${src.bookTitle}`;
    out.push({ id: id(first.id), kind: 'para', role: 'body', text: issue });
    out.push(...rest);
  } else {
    out.push(first);
    let bullets = 0;
    for (const b of rest) {
      if (b.kind === 'heading') {
        bullets = 0;
        out.push(b);
        continue;
      }
      if (bullets >= 6) continue;
      if (b.kind === 'para' && (b.role === 'body' || b.role === 'lead')) {
        bullets++;
        out.push({
          id: b.id,
          kind: 'item',
          depth: 0,
          marker: '•',
          text: firstSentence(b.text, lang, lang === 'en' ? 160 : 60),
        });
      } else if (b.kind === 'item') {
        bullets++;
        out.push({ ...b, text: firstSentence(b.text, lang, lang === 'en' ? 160 : 60) });
      } else if (b.kind === 'table' && b.bodyRows.length <= 6) {
        bullets += 3;
        out.push(b);
      } else if (b.kind === 'figure') {
        bullets += 3;
        out.push(b);
      }
    }
    while (out.length > 1 && out[out.length - 1].kind === 'heading') out.pop();
  }
  return { ...src, id: `${family}-${src.id}`, blocks: out };
}

/** The CSS a family adds to the manual stylesheet (render.ts). */
export function familyCss(family: string | undefined): string {
  switch (family) {
    case 'workbook':
      return `
h2 { border-bottom: 1.5pt solid #2b6cb0; color: #2b6cb0; }
ul.list li { margin: 0.5em 0 0.2em; font-weight: 600; }
p { margin: 0.2em 0 0.9em 1.6em; letter-spacing: 0.02em; }
figure { margin: 1.2em 0; }`;
    case 'newsletter':
      return `
h1 { font-size: 2.6em; border-bottom: 3pt double #444; }
h1 + p { font-style: italic; color: #555; margin-bottom: 1.2em; }
h2 { color: #a23; font-size: 1.5em; }
h3 { color: #235; }
p.lead { background: #f1f1f1; border-left: 3pt solid #a23; padding: 0.3em 0.5em; }`;
    case 'slides':
      return `
html { font-size: 17pt; }
h1 { font-size: 2.2em; margin-top: 3cm; }
h2, h3, h4 { break-before: page; font-size: 1.6em; color: #1a4d8f; border-bottom: 2pt solid #1a4d8f; padding-bottom: 0.2em; }
ul.list li { margin: 0.4em 0; }
figure img { max-height: 9cm; }`;
    default:
      return '';
  }
}
