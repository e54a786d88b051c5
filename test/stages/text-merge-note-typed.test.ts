// A note the parser typed as one, cut by a column break, goes on in typed text at the foot of the next column
// (text-merge/note-runs.ts `levelWithNotes`); a reference's author list cut by a page break goes on past the next
// page's figure (text-merge/name-run.ts). Hand-made pages modelled on the real dev set's Docling documents (a Korean
// policy report; the DocLayNet paper), in Docling's shapes: typed `page_footnote` notes, `list_item` references.
import { describe, expect, it } from 'vitest';
import { detectFurniture } from '../../src/stages/furniture.js';
import { mergeTextFragments } from '../../src/stages/text-merge.js';
import type { TextMergeWeights } from '../../src/weights/text-merge.js';
import { input, makeDoc, type Spec } from '../helpers/doc.js';

function merge(specs: Spec[], weights: Partial<TextMergeWeights> = {}) {
  const i = input(makeDoc(specs, 2));
  i.options.weights.textMerge = { ...i.options.weights.textMerge, ...weights };
  return mergeTextFragments(i, detectFurniture(i));
}

const leftBody = (y: number): Spec => ({
  page: 1,
  type: 'text',
  text: '보험실무상 어떤 보험사는 이를 재해로 인정하여 보험금을 지급하고, 다른 보험사는 지급하지 않는 등 혼선이 있다.',
  bbox: [0.107, y, 0.488, y + 0.06],
});
const note = (y: number, text: string): Spec => ({
  page: 1,
  type: 'page_footnote',
  text,
  bbox: [0.107, y, 0.49, y + 0.04],
});
const rightBody = (y: number): Spec => ({
  page: 1,
  type: 'text',
  text: '따라서 보험회사에서 이미 판매한 보험상품의 약관상 재해보험금의 적용여부에 대하여 살펴보고자 한다.',
  bbox: [0.519, y, 0.9, y + 0.1],
});
const noteRest = (text = '질병은 보장대상이 되지 않는 것으로 정의'): Spec => ({
  page: 1,
  type: 'text',
  text,
  bbox: [0.541, 0.894, 0.758, 0.905],
});
const page = (rest: Spec) => [
  leftBody(0.6),
  note(0.78, '1) 손해보험의 표준약관은 급격하고도 우연한 외래의 사고로 신체에 입은 상해를 규정함'),
  note(0.865, '2) 감염병의 예방 및 관리에 관한 법률에서 규정한 감염병 그러나, 약관상 분류표의 U00~U99에 해당하는'),
  rightBody(0.5),
  rightBody(0.7),
  rest,
];

describe('a typed note goes on in typed text level with the notes (text-merge.note-runs-on)', () => {
  it('joins the rest at the next column’s foot, below its body, to the open note', () => {
    const r = merge(page(noteRest()));
    expect(r.groups).toEqual([[2, 5]]);
    expect(r.decisions.find((d) => d.ruleId === 'text-merge.note-runs-on')?.accepted).toBe(true);
    // the finder's own evidence weighed far down keeps them apart: the join is the note run's
    expect(merge(page(noteRest()), { 'note-runs-on': -5 }).groups).toEqual([]);
  });

  it('takes no typed text standing above the notes’ band for their rest', () => {
    const high = { ...noteRest(), bbox: [0.541, 0.81, 0.758, 0.822] as Spec['bbox'] };
    const specs = page(high);
    specs[4] = rightBody(0.6);
    expect(merge(specs).groups).toEqual([]);
  });
});

const item = (page: number, text: string, bbox: Spec['bbox']): Spec => ({ page, type: 'list_item', text, bbox });
const refs = [
  item(
    1,
    'Kaiming He, Georgia Gkioxari, Piotr Dollár, and Ross B. Girshick. Mask R-CNN. In ICCV, pages 2980-2988, 2017.',
    [0.52, 0.82, 0.91, 0.85],
  ),
  item(
    1,
    'Glenn Jocher, Alex Stoken, Ayush Chaurasia, Jirka Borovec, Yonghye Kwon, Kalen Michael, Lorenzo Mammana, Laurentiu',
    [0.52, 0.853, 0.913, 0.891],
  ),
  { page: 2, type: 'image', text: '', bbox: [0.088, 0.107, 0.912, 0.566] } as Spec,
  {
    page: 2,
    type: 'image_caption',
    text: 'Figure 6: Example layout predictions on selected pages.',
    bbox: [0.088, 0.587, 0.915, 0.638],
  } as Spec,
  {
    page: 2,
    type: 'text',
    text: 'Diaconu, Mai Thanh Minh, Marc, and Wang Hao. ultralytics/yolov5: v6.0 - nano models, October 2021.',
    bbox: [0.113, 0.666, 0.482, 0.694],
  } as Spec,
  item(
    2,
    'Nicolas Carion, Francisco Massa, and Sergey Zagoruyko. End-to-end object detection with transformers. CoRR, 2020.',
    [0.088, 0.696, 0.482, 0.724],
  ),
];

describe('an author list cut between a first name and a surname (text-merge/name-run.ts)', () => {
  it('joins the entry’s rest past the next page’s figure', () => {
    expect(merge(refs).groups).toEqual([[1, 4]]);
  });

  it('keeps a next entry that opens with a name and a comma apart when it is a list item', () => {
    const asItem = refs.map((s, i) => (i === 4 ? { ...s, type: 'list_item' as const } : s));
    expect(merge(asItem).groups).toEqual([]);
  });
});

describe('a block of footnotes typed as text at a page foot (text-merge note-at-foot)', () => {
  // DeepSeek-OCR reads a page's notes as one text block starting above the foot's usual height (LaTeX article, two
  // long notes); the next page's first paragraph is the body's, not the notes' rest.
  const specs = (noteTop: number): Spec[] => [
    {
      page: 1,
      type: 'text',
      text: 'The pair values in the parentheses are the architecture values set in the control file.',
      bbox: [0.205, 0.5, 0.792, 0.675],
    },
    {
      page: 1,
      type: 'text',
      text: '1 Packaging may require installation of some additional helper packages. [-v] [-L] [-P] [-T]',
      bbox: [0.205, noteTop, 0.792, 0.81],
    },
    {
      page: 2,
      type: 'text',
      text: 'In many cases, the debmake command makes good guesses for the type of the package.',
      bbox: [0.205, 0.16, 0.792, 0.3],
    },
  ];

  it('keeps the notes block apart from the next page’s first paragraph', () => {
    expect(merge(specs(0.686)).groups).toEqual([]);
    expect(merge(specs(0.686), { 'note-at-foot': 0 }).groups).toEqual([[1, 2]]);
  });
});
