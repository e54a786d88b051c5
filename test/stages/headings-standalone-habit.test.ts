// Unnumbered headings at body size under a larger title alone (src/stages/headings/standalone-habit.ts,
// `standalone-body-habit`, `standalone-habit-name`). Hand-made after the office-kinds datasheets (session 29, head15;
// train sources, a handbook section and debmake-doc's tips re-set as datasheets) as Docling, MinerU and Textract give
// them: the title at 1.8 × the body line, every heading under it bold at about the body size (1.14, 1.08 and 1.0 ×),
// no number. `body-size` dropped "Configuring NSS" as a bold lead-in, and a lone name "debdiff" was dropped as a term.
// The counter-cases: a definition list's terms typed title, indented over their descriptions ("status",
// "installsize"); a sentence typed title; the same lines under several larger sections (lead-ins there).
import { describe, expect, it } from 'vitest';
import { makeDoc, type Spec } from '../helpers/doc.js';
import { headingsOf } from '../helpers/headings.js';

const BODY = 0.0145;
const LEFT = 0.14;

/** A one-column page (left margin LEFT), each line as wide as its text at its height, the page turning past 0.85. */
function sheet() {
  const specs: Spec[] = [];
  let [y, page] = [0.05, 1];
  const add = (type: Spec['type'], text: string, height: number, below = 0.012, left = LEFT) => {
    if (y > 0.85) [page, y] = [page + 1, 0.05];
    specs.push({ page, type, text, bbox: [left, y, left + Math.min(0.7, text.length * height * 0.55), y + height] });
    y += height + below;
  };
  const para = () => {
    add('text', 'One line of body text in the column of the sheet.', BODY, 0.004);
    add('text', 'Another line of body text that ends the paragraph.', BODY, 0.016);
  };
  return { specs, add, para };
}

type Head = [Spec['type'], string, number, number?];

function datasheet(heads: Head[], title = 0.026): Spec[] {
  const { specs, add, para } = sheet();
  add('title', 'LDAP Directory', title, 0.01);
  add('text', 'DS-4711 · Rev. 2 · 2026-03', BODY, 0.02);
  para();
  for (const [type, text, height, left] of heads) {
    add(type, text, height, 0.012, left ?? LEFT);
    para();
  }
  return specs;
}

const HEADS: Head[] = [
  ['title', 'Installing', BODY * 1.14],
  ['title', 'Configuring NSS', BODY * 1.08],
  ['title', 'debdiff', BODY * 1.14],
  ['title', 'Configuring the Server', BODY],
  ['title', 'status', BODY, LEFT + 0.03], // a term over its description, indented
  ['title', 'See the manual for the details.', BODY], // a sentence
  ['title', 'dget', BODY * 1.14],
];

function levels(heads: Head[], weights: Record<string, number> = {}, title?: number) {
  const specs = datasheet(heads, title);
  const r = headingsOf(makeDoc(specs), { weights: { headings: weights } });
  const at = (t: string) => specs.findIndex((s) => s.text === t);
  const features = (t: string) =>
    r.decisions.find((x) => x.ids[0] === at(t) && x.accepted)?.features?.map((f) => f.id) ?? [];
  return { level: (t: string) => r.levels.get(at(t)), features };
}

describe('unnumbered headings at body size under a larger title alone', () => {
  it('are headings, lone names at their size too; an indented term and a sentence are not', () => {
    const { level, features } = levels(HEADS);
    expect(level('LDAP Directory')).toBe(1);
    expect(level('Configuring NSS')).toBeDefined();
    expect(level('Configuring the Server')).toBeDefined();
    expect(features('Configuring NSS')).toContain('headings.standalone-body-habit');
    expect(level('debdiff')).toBeDefined();
    expect(level('dget')).toBeDefined();
    expect(features('debdiff')).toContain('headings.standalone-habit-name');
    expect(level('status')).toBeUndefined();
    expect(level('See the manual for the details.')).toBeUndefined();
  });

  it('with the rules off, the body-size titles are dropped as lead-ins and the names as terms', () => {
    const { level } = levels(HEADS, { 'standalone-body-habit': 0, 'standalone-habit-name': 0 });
    expect(level('Configuring NSS')).toBeUndefined();
    expect(level('Configuring the Server')).toBeUndefined();
    expect(level('debdiff')).toBeUndefined();
    const names = levels(HEADS, { 'standalone-habit-name': 0 });
    expect(names.level('debdiff')).toBeUndefined();
    expect(names.level('Configuring NSS')).toBeDefined();
  });

  it('a lone name at the body size, where no heading in words is set so, stays a term', () => {
    const heads: Head[] = [
      ['title', 'Installing', BODY * 1.18],
      ['title', 'Filling in the Directory', BODY * 1.18],
      ['title', 'priority', BODY],
    ];
    expect(levels(heads).level('priority')).toBeUndefined();
  });

  it('under several larger sections the body-size titles are lead-ins, as before', () => {
    const heads: Head[] = [
      ['title', 'Overview', BODY * 1.6],
      ['title', 'Configuring NSS', BODY],
      ['title', 'Configuring PAM', BODY],
      ['title', 'Securing the Exchanges', BODY * 1.6],
      ['title', 'Configuring the Server', BODY],
    ];
    const { level } = levels(heads);
    expect(level('Overview')).toBeDefined();
    expect(level('Configuring NSS')).toBeUndefined();
    expect(level('Configuring the Server')).toBeUndefined();
  });

  it('most titles standing otherwise (indented, sentences) make no habit', () => {
    const heads: Head[] = [
      ['title', 'Configuring NSS', BODY],
      ['title', 'Scope', BODY, LEFT + 0.03],
      ['title', 'Access', BODY, LEFT + 0.03],
      ['title', 'Limits apply.', BODY],
      ['title', 'Configuring PAM', BODY],
    ];
    expect(levels(heads).level('Configuring NSS')).toBeUndefined();
  });

  it('a CJK title read as a note by its first word and a space is a heading where it stands so; an indented one is not', () => {
    const heads: Head[] = [
      ['title', 'Samba 服务器', BODY * 1.14],
      ['title', '使用 debconf 来配置', BODY * 1.08],
      ['title', '手动配置', BODY * 1.08],
      ['title', '工具 使用 Windows 认证', BODY, LEFT + 0.03], // a sidebar's title, indented in its box
      ['title', '添加用户', BODY],
    ];
    const { level, features } = levels(heads);
    expect(level('使用 debconf 来配置')).toBeDefined();
    expect(features('使用 debconf 来配置')).toContain('headings.standalone-habit-label');
    expect(level('工具 使用 Windows 认证')).toBeUndefined();
    expect(levels(heads, { 'standalone-habit-label': 0 }).level('使用 debconf 来配置')).toBeUndefined();
  });
});
