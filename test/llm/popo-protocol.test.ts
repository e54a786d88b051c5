// The popo protocol against MinerU-Popo's formats (post_processing/inference.py, data_engine/table_utils.py).
// Expected strings are worked out by hand from test/fixtures/mineru/api-pipeline3-naacl2024-long116_content_list.json
// (MIT): MinerU boxes are [x1,y1,x2,y2] per mille, so the popo box is "y1 x1 y2 x2"; page = page_idx + 1.
import { describe, expect, it } from 'vitest';
import {
  filterImageText,
  filterTitles,
  filterTruncation,
  isPopoListItem,
  parseCellList,
  parsePopoLevels,
  parsePopoPairs,
  popoMergeRules,
  popoPrompt,
  popoTablePrompt,
  pyRepr,
  shortenForTruncation,
} from '../../src/llm/protocols/popo-format.js';
import { stitchSync } from '../../src/pipeline.js';

const FIXTURE = 'test/fixtures/mineru/api-pipeline3-naacl2024-long116_content_list.json';

function body() {
  const r = stitchSync(FIXTURE);
  const furniture = new Set(r.stages.furniture.kinds.keys());
  return { r, body: r.document.elements.filter((e) => !furniture.has(e.id)) };
}

describe('popo request text for a real sample', () => {
  it('serializes the Truncation Detection blocks exactly', () => {
    const { body: elements } = body();
    const prompt = popoPrompt('text', filterTruncation(elements));
    // Source entries 1→2 (author line, no final stop; the affiliation is no list item), 18→19 (ends
    // "Additionally,"), 80→81 ("…the performance of" / "these models."); the reference lists end with
    // a full stop, so they are no candidates. Ids are element ids (captions split out of earlier
    // floats shift entries 80/81 to 85/86).
    // Contents: first sentence + " ... " + last sentence; 80 is longer than 103 characters, so
    // its first 50 + "..." + last 50. Entry 19's single sentence differs from its own "tail" (the
    // split drops the final stop), so it appears twice — their quirk, kept.
    expect(prompt).toBe(
      [
        '<image>',
        'Truncation Detection: <|id|>1<|page|>1<|box|>156 322 174 682<|content|>Kehuan Yan, Peichao Lai, Yilei Wang \\* B',
        '<|id|>2<|page|>1<|box|>174 198 209 805<|content|>College of Computer and Data Science, Fuzhou University, Fuzhou, China yilei@fzu. ... cn',
        '<|id|>18<|page|>2<|box|>826 112 922 490<|content|>We organize the paper as follows. ... Additionally,',
        '<|id|>19<|page|>2<|box|>84 509 101 862<|content|>Section 7 discusses the limitations of our work. ... Section 7 discusses the limitations of our work',
        '<|id|>85<|page|>6<|box|>762 112 923 490<|content|>For text encoding, we used a common method RoBERTa... as evaluation metrics to gauge the performance of',
        '<|id|>86<|page|>6<|box|>85 509 99 615<|content|>these models. ... these models',
      ].join('\n'),
    );
  });

  it('serializes titles (cut to 50 characters) and the image task (nested captions take their float box)', () => {
    const { r, body: elements } = body();
    const titles = popoPrompt('title', filterTitles(elements)).split('\n');
    expect(titles[0]).toBe('<image>');
    // Entry 0: [122, 89, 875, 129], text_level 1, 79 characters → its first 50.
    expect(titles[1]).toBe(
      'Title Level Analysis: <|id|>0<|page|>1<|box|>89 122 129 875<|content|>Quantum-inspired Language Model with Lindblad Mast',
    );
    expect(titles[2]).toBe('<|id|>3<|page|>1<|box|>260 262 277 342<|content|>Abstract');
    const byRef = new Map(r.document.elements.map((e) => [e.ref, e]));
    const boxOf = (e: (typeof elements)[number]) =>
      e.bbox ?? (e.hints?.nestedIn ? (byRef.get(e.hints.nestedIn)?.bbox ?? null) : null);
    const image = popoPrompt('image', filterImageText(elements, boxOf)).split('\n');
    // Entry 34: an image [169, 87, 825, 131] on page_idx 2 with caption "Figure 1: …".
    expect(image).toContain('<|id|>34<|type|>image<|page|>3<|box|>87 169 131 825<|content|>None');
    expect(image).toContain(
      '<|id|>35<|type|>image_caption<|page|>3<|box|>87 169 131 825<|content|>Figure 1: The process of quantum computation.',
    );
  });
});

describe('popo input filtering', () => {
  it('applies merge_rules and the list-item pattern', () => {
    expect(popoMergeRules('a sentence that goes on', 'and ends here.')).toBe(true);
    expect(popoMergeRules('a sentence that ends.', 'Next one')).toBe(false);
    expect(popoMergeRules('quoted sentence ends."', 'Next one')).toBe(false);
    expect(popoMergeRules('too short', 'and more')).toBe(false);
    expect(popoMergeRules('1 numbered start goes', '2 numbered too')).toBe(false);
    expect(isPopoListItem('1. item')).toBe(true);
    expect(isPopoListItem('(a) item')).toBe(true);
    expect(isPopoListItem('一、总则')).toBe(true);
    expect(isPopoListItem('e.g. this counts too (case-insensitive letter + dot)')).toBe(true);
    expect(isPopoListItem('College of Computer')).toBe(false);
    expect(shortenForTruncation('One. Two. Three')).toBe('One. ... Three');
  });
});

describe('popo answer parsing', () => {
  it('reads pairs, the from/to spelling, and keeps malformed lines apart', () => {
    const parsed = parsePopoPairs('<|src_id|>3<|tgt_id|>7\n<|from|>9<|to|> 12\ngarbage\n<|src_id|>x<|tgt_id|>1\n');
    expect(parsed.items).toEqual([
      { src: 3, tgt: 7 },
      { src: 9, tgt: 12 },
    ]);
    expect(parsed.malformed).toEqual(['garbage', '<|src_id|>x<|tgt_id|>1']);
  });
  it('reads levels with −1 as not a title', () => {
    const parsed = parsePopoLevels('<|id|>0<|level|>1\n<|id|>5<|level|>-1\n<|id|>6<|level|>');
    expect(parsed.items).toEqual([
      { id: 0, level: 1 },
      { id: 5, level: -1 },
    ]);
    expect(parsed.malformed).toHaveLength(1);
  });
  it('reads the last bracketed 0/1 list of a table answer', () => {
    expect(parseCellList('thinking [1] … answer: [0, 1, 0]')).toEqual([0, 1, 0]);
    expect(parseCellList('[]')).toEqual([]);
    expect(parseCellList('no list')).toBeUndefined();
    expect(parseCellList('[0, 2]')).toBeUndefined();
  });
});

describe('popo table-merge prompt', () => {
  it('shows the last visual rows and the first data row after the repeated header', () => {
    const t1 =
      '<table><tr><td>Name</td><td>Value</td></tr><tr><td rowspan="2">a</td><td>1</td></tr><tr><td>２</td></tr><tr><td colspan="2">note</td></tr></table>';
    const t2 = "<table><tr><td>Name</td><td>Value</td></tr><tr><td>b's</td><td>３</td></tr></table>";
    // Table 1: last row is one full-width cell, so the row above joins it (its rowspan cell "a" first);
    // table 2: one repeated header row, then "b's" (double-quoted by repr) and "３" → NFKC "3".
    expect(popoTablePrompt(t1, t2)).toBe(`
## Table 1 (Previous Page - Last Table)

**Caption:** :""
**Last Row(s) Data:**
[['rowspan=2, a', '２'], ['colspan=2, note']]

---

## Table 2 (Current Page - First Table)

**Caption:** :""
**First Data Row(s):**
[["b's", '3']]
`);
  });
  it('writes Python reprs', () => {
    expect(pyRepr('plain')).toBe("'plain'");
    expect(pyRepr("it's")).toBe('"it\'s"');
    expect(pyRepr('both \' and "')).toBe("'both \\' and \"'");
    expect(pyRepr('nbsp\u00a0tab\t')).toBe("'nbsp\\xa0tab\\t'");
  });
});
