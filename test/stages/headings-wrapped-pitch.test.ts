// A heading wrapped with more leading than one line's box is still measured by its line (src/stages/headings/sizes.ts
// loosePitch). Hand-made after a fresh revtex paper (aip/apl, two columns; session 22, head8; train source "how to
// migrate") as dots.ocr gives it: the Roman sections in capitals wrap to two lines in a 95-unit box (of 2339) beside
// 37-unit one-line headings, a pitch of 1.6 lines, so they read as one line 2.6 times taller; the `\section*`
// "INSTALLING DEBIAN", one line, then stood a size below them, a subsection, in four formats.
import { describe, expect, it } from 'vitest';
import { makeDoc, type Spec } from '../helpers/doc.js';
import { headingsOf } from '../helpers/headings.js';

const LINE = 'Debian servers are migrated service by service.';
const PARA = `${'The administrator first surveys the running services and their configuration files. '.repeat(3)}`;

function paper(): Spec[] {
  const specs: Spec[] = [];
  let y = 0.08;
  let page = 1;
  const add = (type: Spec['type'], text: string, width: number, height: number) => {
    if (y > 0.85) [page, y] = [page + 1, 0.08];
    specs.push({ page, type, text, bbox: [0.12, y, 0.12 + width, y + height] });
    y += height + 0.012;
  };
  const body = () => {
    add('text', PARA, 0.36, 0.06);
    add('text', LINE, 0.33, 0.012);
    add('text', LINE, 0.33, 0.012);
  };
  add('title', 'How To Migrate', 0.3, 0.03);
  body();
  for (const [t, width, height] of [
    ['I. SURVEY AND IDENTIFY SERVICES', 0.36, 0.0406],
    ['A. Network and Processes', 0.19, 0.0158],
    ['B. Backing up the configuration', 0.23, 0.0158],
    ['II. TAKING OVER AN EXISTING DEBIAN SERVER', 0.36, 0.0406],
    ['INSTALLING DEBIAN', 0.17, 0.0158],
    ['III. CONFIGURING THE SELECTED SERVICES', 0.36, 0.0406],
    ['A. Installing the services', 0.2, 0.0158],
    ['ACKNOWLEDGMENTS', 0.18, 0.0154],
  ] as const) {
    add('title', t, width, height);
    body();
  }
  return specs;
}

describe('a heading wrapped at a loose pitch', () => {
  it('is measured by its line: the one-line section in capitals stands beside the Roman sections', () => {
    const specs = paper();
    const r = headingsOf(makeDoc(specs));
    const level = (t: string) => r.levels.get(specs.findIndex((s) => s.text === t));
    expect(level('II. TAKING OVER AN EXISTING DEBIAN SERVER')).toBe(2);
    expect(level('INSTALLING DEBIAN')).toBe(2);
    expect(level('A. Installing the services')).toBe(3);
    expect(level('ACKNOWLEDGMENTS')).toBe(2);
  });
});
