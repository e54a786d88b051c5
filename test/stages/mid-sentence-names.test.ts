// The scanner behind `namesUsedMidSentence` (src/stages/text-merge/mid-sentence-names.ts) must find the names the
// two regular expressions that define it find: compared here with the definition itself (the exec loops the
// stage ran before, written out below) on hand-made edge strings, on random strings of the characters that
// matter (blanks of several kinds, quotes, stops, letters of each case, CJK, characters outside the BMP), and on
// every text of the committed corpus and the test fixtures.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readWithAdapter } from '../../src/adapters/index.js';
import { listCorpus } from '../../src/eval/corpus.js';
import { loadInput } from '../../src/io/load.js';
import { namesUsedMidSentence } from '../../src/stages/text-merge/mid-sentence-names.js';

/** The definition: both patterns over every text, every lower-case word counted. */
function reference(texts: readonly string[]): string[] {
  const capitalised = /\p{Ll}[,;]?\s+[“"‘']?(\p{Lu}[\p{L}\p{N}]*)/gu;
  const lower = /(?:^|\s)(\p{Ll}+)(?=[\s,.;:]|$)/gu;
  const labels =
    /^(?:Figures?|Fig|Tables?|Tab|Sections?|Sec|Chapters?|Equations?|Eq|Examples?|Listings?|Appendix|Algorithms?|Step|Part)$/;
  const mid = new Map<string, number>();
  const low = new Map<string, number>();
  for (const text of texts) {
    for (const m of text.matchAll(capitalised)) if (!labels.test(m[1])) mid.set(m[1], (mid.get(m[1]) ?? 0) + 1);
    for (const m of text.matchAll(lower)) low.set(m[1], (low.get(m[1]) ?? 0) + 1);
  }
  return [...mid].filter(([w, n]) => n * 4 >= (low.get(w.toLowerCase()) ?? 0)).map(([w]) => w);
}

const same = (texts: string[]) => expect([...namesUsedMidSentence(texts)]).toEqual(reference(texts));

const EDGES = [
  'Install it on Debian or on any system derived from Debian.',
  'a B c D e F',
  'a Bc D and x Yz',
  'word, Name and word; Other and word,Name and word;  Spaced',
  'quoted “Name” and "Other" and ‘Third’ and \'Fourth\' and ““Double',
  'blanks\u00a0Nbsp and\u3000Ideographic and\tTab and\nLine and\u2003Em',
  'trailing a',
  'a B',
  'aB',
  'x ,Y',
  'é Éclair and ß Straße and the ǅungla',
  'the the the The the The',
  'figure Figure 3 and table Tables 2',
  'a 𝑎 Math and 𝐀 after a Name 😀 and x Y',
  'lone \ud800 surrogate Name',
  'words: one, two. three; four: five',
  'x A1b2 and x Ab-cd and x 中文 and x A中文',
  '',
  ' a',
  'a  ',
];

/** Random strings over the characters the patterns treat differently (a fixed seed: the same strings every run). */
function randomTexts(count: number, seed: number): string[] {
  // one piece per `|`: letters of each case, blanks of several kinds, stops, quotes, CJK, characters outside the BMP
  const pieces =
    'a|b|the|name|B|Name|NAME|É|é|ß|ǅ|中|1| | |  |\u00a0|\u3000|\t|\n|,|;|.|:|-|"|“|‘|\'|’|(|𝑎|𝐀|😀|Figure|figure'.split(
      '|',
    );
  let s = seed;
  const next = () => {
    s = (s * 1103515245 + 12345) % 2147483648;
    return s / 2147483648;
  };
  const out: string[] = [];
  for (let i = 0; i < count; i++) {
    let text = '';
    const n = Math.floor(next() * 30);
    for (let k = 0; k < n; k++) text += pieces[Math.floor(next() * pieces.length)];
    out.push(text);
  }
  return out;
}

function corpusTexts(): string[] {
  const inputs = ['corpus', 'corpus-latex', 'corpus-office'].flatMap((d) => listCorpus(d).map((c) => c.input));
  for (const dir of ['mineru', 'docling']) {
    const folder = join('test/fixtures', dir);
    for (const f of readdirSync(folder)) if (f.endsWith('.json') && !f.includes('gold')) inputs.push(join(folder, f));
  }
  const texts: string[] = [];
  for (const input of inputs) {
    try {
      for (const e of readWithAdapter(loadInput(input)).document.elements) texts.push(e.text);
    } catch {
      // a fixture that is no parser output of a known format (a broken input kept for another test)
    }
  }
  return texts;
}

describe('namesUsedMidSentence', () => {
  it('finds what its two patterns find, on hand-made edge strings, one by one and together', () => {
    for (const text of EDGES) same([text]);
    same(EDGES);
    expect(namesUsedMidSentence(['a Bc D and x Yz'])).toEqual(new Set(['Bc', 'Yz']));
    // a capital outside the BMP after a lower-case word is one too (the patterns' own reading of that text)
    expect(namesUsedMidSentence(['a 𝑎 Math and 𝐀 after a Name'])).toEqual(new Set(['Math', '𝐀', 'Name']));
  });

  it('finds what its two patterns find on random strings', () => {
    const texts = randomTexts(3000, 7);
    for (let i = 0; i < texts.length; i += 50) same(texts.slice(i, i + 50));
    expect(reference(texts).length).toBeGreaterThan(20);
  });

  it('finds what its two patterns find on every text of the committed corpus and the fixtures', () => {
    const texts = corpusTexts();
    expect(texts.length).toBeGreaterThan(20000);
    expect(reference(texts).length).toBeGreaterThan(50);
    same(texts);
  });
});
