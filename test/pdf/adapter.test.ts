// A PDF as the input itself: blocks from the text layer of a PDF written byte by byte
// (scripts/pdf/make-fixtures.ts), refs into the PDF, the outline's levels, honest warnings.
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { detectAdapter } from '../../src/adapters/index.js';
import { loadInput } from '../../src/io/load.js';
import { stitchSync } from '../../src/pipeline.js';
import { stitch } from '../../src/stitch.js';

const dir = fileURLToPath(new URL('../fixtures/pdf/', import.meta.url));
const manual = `${dir}manual.pdf`;

describe('the PDF adapter', () => {
  it('is detected by the %PDF- header and loaded as bytes', () => {
    const input = loadInput(manual);
    expect(input.files[0].bytes?.length).toBeGreaterThan(1000);
    expect(input.files[0].json).toBeUndefined();
    expect(detectAdapter(input).name).toBe('pdf');
  });

  it('groups lines into blocks by spacing, indent and font, with refs into the PDF', async () => {
    const result = await stitch(manual);
    expect(result.format).toBe('pdf');
    const els = result.document.elements;
    const rows = els.map((e) => [e.ref, e.type, e.text.slice(0, 24)]);
    expect(rows).toEqual([
      ['/pages/0/blocks/0', 'title', 'A Small Manual'],
      ['/pages/0/blocks/1', 'title', 'Getting started'],
      ['/pages/0/blocks/2', 'text', 'This manual is written f'],
      ['/pages/0/blocks/3', 'title', 'Installing'],
      ['/pages/0/blocks/4', 'text', 'Installing the tool take'],
      ['/pages/0/blocks/5', 'title', 'Configuring'],
      ['/pages/0/blocks/6', 'text', 'The configuration file i'],
      ['/pages/0/images/0', 'image', ''],
      ['/pages/0/blocks/7', 'image_caption', 'Figure 1. A grey square '],
      ['/pages/0/blocks/8', 'text', '1'],
      ['/pages/1/blocks/0', 'text', 'it in the file and start'],
      ['/pages/1/blocks/1', 'title', 'Reference'],
      ['/pages/1/blocks/2', 'text', 'Every option is describe'],
      ['/pages/1/blocks/3', 'text', 'Exit codes are listed he'],
      ['/pages/1/blocks/4', 'text', '2'],
    ]);
    // three lines joined into one paragraph, with its line count
    expect(els[2].text).toBe(
      'This manual is written for the tests of the PDF reader. It has sections, subsections and paragraphs, a figure with a caption and a paragraph that runs over the page break, so that the alignment has something to find on every page.',
    );
    expect(els[2].hints?.lineCount).toBe(3);
    expect(els[7].bbox?.map((v, i) => Math.round(v * (i % 2 ? 792 : 612)))).toEqual([72, 340, 272, 450]);
  });

  it('runs the whole engine: outline levels, the paragraph over the page break merged, the caption linked', async () => {
    const result = await stitch(manual);
    const md = result.markdown();
    expect(md).toContain('# A Small Manual');
    expect(md).toContain('## Getting started');
    expect(md).toContain('### Installing');
    expect(md).toContain('## Reference');
    expect(md).toContain('When a setting must change, write it in the file and start the tool again');
    expect(result.stages.captions.decisions.some((d) => d.accepted && d.place.refs.includes('/pages/0/images/0'))).toBe(
      true,
    );
    expect(result.accounting.read).toBe(result.accounting.placed + result.accounting.dropped);
  });

  it('says what it did not find', async () => {
    const result = await stitch(manual);
    const rules = result.warnings.map((w) => w.ruleId);
    expect(rules).toContain('pdf.no-tables');
    expect(result.warnings.find((w) => w.ruleId === 'pdf.text-layer-blocks')?.reason).toMatch(
      /14 blocks \(5 title candidates by font, 1 captions by label, 0 footnotes under a footnote rule\), 1 images/,
    );
    expect(result.warnings.find((w) => w.ruleId === 'pdf.outline-unmatched')?.reason).toMatch(/"Exit codes"/);
  });

  it('stitchSync on a PDF input is a usage error naming the way', () => {
    expect(() => stitchSync(manual)).toThrow(/asynchronous stitch\(\)/);
  });
});
