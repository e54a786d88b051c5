// An unnumbered heading set clearly larger than every heading of the numbered kind its level hint names is not of that
// kind (kind-maps.ts largerThanKind, `hint-larger-than-kind`), as one set clearly smaller is not (`smallerThanKind`).
// Hand-made after a fresh report as MinerU's content_list_v2 gives it (session 24, head10's set; a train source): every
// title but the document's at level 2, so the `\chapter*` "Secure Remote Login: SSH" shares its hint with its sections
// "0.1 …", set much smaller; the hint made it their sibling. "Abstract" is set smaller than the other keywords, so their
// size names no top section (keyword-size.ts).
import { describe, expect, it } from 'vitest';
import { col, makeDoc, type Spec } from '../helpers/doc.js';
import { headingsOf } from '../helpers/headings.js';

const BODY =
  'The SSH protocol allows a user to log in on a remote machine and to run commands there, with every exchange encrypted.';

const heading = (page: number, y: number, text: string, height: number, level: number): Spec[] => [
  { page, type: 'title', text, bbox: col(y, y + height), hints: { level } },
  { page, type: 'text', text: BODY, bbox: col(y + height + 0.015, y + height + 0.047) },
];

const CHAPTER = 0.029;
const SECTION = 0.017;

function report(weights: Record<string, number> = {}) {
  const doc = makeDoc([
    ...heading(1, 0.34, 'Remote Login', 0.02, 1),
    ...heading(2, 0.2, 'Abstract', 0.022, 2),
    ...heading(4, 0.2, 'Secure Remote Login: SSH', CHAPTER, 2),
    ...heading(6, 0.33, '0.1 Key-Based Authentication', SECTION, 2),
    ...heading(8, 0.6, '0.2 Cert-Based Authentication', SECTION, 2),
    ...heading(9, 0.43, '0.3 Using Remote X11 Applications', SECTION, 2),
    ...heading(17, 0.2, 'Using Remote Graphical Desktops', CHAPTER, 2),
    ...heading(19, 0.2, 'Acknowledgments', CHAPTER, 2),
    ...heading(20, 0.2, 'Bibliography', CHAPTER, 2),
  ]);
  const r = headingsOf(doc, { weights: { headings: weights } });
  const at = (t: string) => doc.elements.findIndex((e) => e.text === t);
  const features = (t: string) => r.decisions.find((x) => x.ids[0] === at(t))?.features?.map((f) => f.id) ?? [];
  return { level: (t: string) => r.levels.get(at(t)), features };
}

describe('an unnumbered heading set larger than the numbered kind its hint names', () => {
  it('is not of that kind: the chapter holds its sections', () => {
    const { level, features } = report();
    expect(level('Secure Remote Login: SSH')).toBe(2);
    expect(level('0.1 Key-Based Authentication')).toBe(3);
    expect(level('0.3 Using Remote X11 Applications')).toBe(3);
    expect(level('Using Remote Graphical Desktops')).toBe(2);
    expect(level('Bibliography')).toBe(2);
    expect(features('Secure Remote Login: SSH')).toContain('headings.hint-larger-than-kind');
  });

  it('off (weight 0): the hint makes the chapter its sections’ sibling', () => {
    const { level } = report({ 'hint-larger-than-kind': 0 });
    expect(level('Secure Remote Login: SSH')).toBe(level('0.1 Key-Based Authentication'));
  });
});
