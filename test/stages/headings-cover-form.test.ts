// Issue #15 §3 (audit 10b): a cover form's title field is the title, the document-kind line above it is not.
// Hand-made pages after a thesis's cover as MinerU gives it (the kind line typed title, level 1; the fields as text).
import { describe, expect, it } from 'vitest';
import { col, makeDoc, type Spec } from '../helpers/doc.js';
import { headingsOf } from '../helpers/headings.js';

const BODY =
  '作为国民经济体系的关键构成要素，中小企业在推动技术创新、扩大就业规模和促进社会财富积累等方面发挥着不可替代的作用。';

function thesis(fields: string[], titleField = '题目： 数字普惠金融对中小企业信用风险影响研究'): Spec[] {
  const cover: Spec[] = [
    { page: 1, type: 'title', text: '硕士研究生学位论文', bbox: col(0.2, 0.26) },
    { page: 1, type: 'text', text: titleField, bbox: col(0.3, 0.4) },
    ...fields.map((text, i): Spec => ({ page: 1, type: 'text', text, bbox: col(0.55 + i * 0.04, 0.58 + i * 0.04) })),
  ];
  return [
    ...cover,
    { page: 2, type: 'title', text: '摘要', bbox: col(0.1, 0.13) },
    { page: 2, type: 'text', text: BODY, bbox: col(0.15, 0.3) },
    { page: 3, type: 'title', text: '第一章 绪论', bbox: col(0.1, 0.13) },
    { page: 3, type: 'text', text: BODY, bbox: col(0.15, 0.3) },
    { page: 3, type: 'title', text: '1.1 研究背景', bbox: col(0.32, 0.35) },
    { page: 3, type: 'text', text: BODY, bbox: col(0.36, 0.5) },
  ];
}

function run(specs: Spec[], weights: Record<string, number> = {}) {
  const r = headingsOf(makeDoc(specs), { weights: { headings: weights } });
  const at = (t: string) => specs.findIndex((s) => s.text === t);
  const features = (t: string) => r.decisions.find((x) => x.ids[0] === at(t))?.features?.map((f) => f.id) ?? [];
  return { level: (t: string) => r.levels.get(at(t)), features };
}

const FIELDS = ['姓 名： 王宇晨', '学 号： 2201210418', '院 系： 软件与微电子学院', '专 业： 计算机技术'];
const TITLE = '题目： 数字普惠金融对中小企业信用风险影响研究';

describe('a cover form: "题目：…" among label-value lines', () => {
  it('takes the title field for the title and demotes the document-kind line above it', () => {
    const r = run(thesis(FIELDS));
    expect(r.level(TITLE)).toBe(1);
    expect(r.features(TITLE)).toContain('headings.cover-form-title');
    expect(r.level('硕士研究生学位论文')).toBeUndefined();
    expect(r.features('硕士研究生学位论文')).toContain('headings.demoted-document-kind');
    // The sections stay under the title.
    expect(r.level('第一章 绪论')).toBe(2);
    expect(r.level('1.1 研究背景')).toBe(3);
  });

  it('reads an English form the same way ("Title:" among "Author:", "Supervisor:")', () => {
    const fields = ['Author: Wang Yuchen', 'Student ID: 2201210418', 'Supervisor: Prof. Liu'];
    const specs = thesis(fields, 'Title: Digital Inclusive Finance and the Credit Risk of SMEs');
    const r = run(specs);
    expect(r.level('Title: Digital Inclusive Finance and the Credit Risk of SMEs')).toBe(1);
    expect(r.level('硕士研究生学位论文')).toBeUndefined();
  });

  it('control: one other field is no form; the large line stays the title, the field body text', () => {
    const r = run(thesis(['关键词： 数字普惠金融']));
    expect(r.level('硕士研究生学位论文')).toBe(1);
    expect(r.level(TITLE)).toBeUndefined();
  });

  it('control: weight 0 switches it off', () => {
    const r = run(thesis(FIELDS), { 'cover-form-title': 0 });
    expect(r.level('硕士研究生学位论文')).toBe(1);
    expect(r.level(TITLE)).toBeUndefined();
  });
});
