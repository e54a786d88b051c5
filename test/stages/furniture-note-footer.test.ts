// Labelled footers that are body (issue #15, "furniture never eats content"), after two dev-set documents: the
// author's affiliation note "* …" a Docling brief typed page_footer under its first page, and the English keywords
// line a MinerU thesis typed discarded right above the page number. Hand-made pages; each with its control.
import { describe, expect, it } from 'vitest';
import { opensWithNoteMark } from '../../src/stages/furniture/note-footer.js';
import { detectFurniture } from '../../src/stages/furniture.js';
import { col, input, makeDoc, type Spec } from '../helpers/doc.js';

const body = (page: number): Spec => ({
  page,
  type: 'text',
  text: `Body paragraph on page ${page}, long enough to be a paragraph of its own and nothing like a running line.`,
  bbox: col(0.1, 0.85),
});

describe('a page footnote the parser labelled footer (furniture.note-mark)', () => {
  function brief(note: string) {
    const specs: Spec[] = [];
    for (let p = 1; p <= 4; p++) {
      if (p > 1) specs.push({ page: p, type: 'header', text: '이슈와 논점', bbox: [0.1, 0.05, 0.18, 0.064] });
      specs.push(body(p));
    }
    // The box of the Docling sample's note (normal_4pages /texts/18), just above the bottom margin band.
    specs.splice(1, 0, { page: 1, type: 'footer', text: note, bbox: [0.105, 0.9498, 0.62, 0.961] });
    return { specs, note: 1 };
  }

  it('keeps a lone "* affiliation" footer in the body', () => {
    const { specs, note } = brief('* 경제산업조사실 금융공정거래팀 입법조사관, 02-788-4582, ja0512@assembly.go.kr');
    const r = detectFurniture(input(makeDoc(specs)));
    expect(r.kinds.has(note)).toBe(false);
    // The running heads still go.
    expect([...r.kinds.keys()].filter((id) => specs[id].type === 'header').length).toBe(3);
  });

  it('drops the same lone footer without the mark (a proceedings line at the foot of the first page)', () => {
    const { specs, note } = brief('Proceedings of the 2024 Conference, pages 2221–2231, June 16-21, 2024');
    expect(detectFurniture(input(makeDoc(specs))).kinds.get(note)).toBe('footer');
  });

  it('reads the mark only before words', () => {
    expect(opensWithNoteMark({ type: 'footer', text: '† Equal contribution.' } as never)).toBe(true);
    expect(opensWithNoteMark({ type: 'footer', text: '*' } as never)).toBe(false);
    expect(opensWithNoteMark({ type: 'footer', text: 'Page 3' } as never)).toBe(false);
    expect(opensWithNoteMark({ type: 'text', text: '* a note' } as never)).toBe(false);
  });
});

describe('a lone labelled footer right above the page number (furniture.in-body)', () => {
  function thesis(withNumber: boolean) {
    const specs: Spec[] = [];
    for (let p = 1; p <= 4; p++) {
      specs.push(body(p));
      if (p === 3)
        specs.push({
          page: p,
          type: 'footer',
          text: 'KEY WORDS: Digital financial inclusion, SMEs, Credit risk, Financing constraints',
          bbox: [0.159, 0.891, 0.823, 0.908],
        });
      if (withNumber || p !== 3)
        specs.push({ page: p, type: 'page_number', text: String(p), bbox: [0.489, 0.916, 0.509, 0.927] });
    }
    return { specs, keywords: specs.findIndex((s) => s.text?.startsWith('KEY WORDS')) };
  }

  it('keeps the keywords line in the body: it stands over the labelled page number, repeating nothing', () => {
    const { specs, keywords } = thesis(true);
    const r = detectFurniture(input(makeDoc(specs)));
    expect(r.kinds.has(keywords)).toBe(false);
    expect([...r.kinds.values()].filter((k) => k === 'page_number').length).toBe(4);
  });

  it('drops it as the parser labelled it when nothing labelled stands below it', () => {
    const { specs, keywords } = thesis(false);
    expect(detectFurniture(input(makeDoc(specs))).kinds.get(keywords)).toBe('footer');
  });
});
