// Two captions of a page printed in each other's places, their boxes where the page sets them (PaddleOCR on the
// LaTeX producer's two-column acmart chapter on LDAP directories, page 4, a train document): "Table 4: …" (box at the
// top of the right column, over its table) comes in reading order among the left column's sub-figures, and
// "Figure 2: …" (box under the sub-figures) after the left column's footnote, just before the right column's table.
// Neither has a float of its kind within reach in reading order; each is placed by its page's geometry alone
// (`captions.page-geometry`, captions.ts placeByPage). Hand-made page imitating that input (boxes as fractions).
import { describe, expect, it } from 'vitest';
import type { BBox } from '../../src/model/element.js';
import { resolveEngineOptions } from '../../src/options.js';
import { linkCaptions } from '../../src/stages/captions.js';
import { detectFurniture } from '../../src/stages/furniture.js';
import { input, makeDoc, type Spec } from '../helpers/doc.js';

function result(specs: Spec[]) {
  const doc = makeDoc(specs);
  const i = { ...input(doc), options: resolveEngineOptions({}) };
  return linkCaptions(i, detectFurniture(i));
}

const box = (x1: number, y1: number, x2: number, y2: number): BBox => [x1, y1, x2, y2];
const text = (t: string, x: number, y: number): Spec => ({
  page: 1,
  type: 'text',
  text: t,
  bbox: box(x, y, x + 0.4, y + 0.08),
});

const page: Spec[] = [
  { page: 1, type: 'image', bbox: box(0.096, 0.11, 0.256, 0.21) },
  { page: 1, type: 'image', bbox: box(0.313, 0.139, 0.471, 0.21) },
  { page: 1, type: 'image_caption', text: '(a) Before the change.', bbox: box(0.097, 0.222, 0.253, 0.233) },
  { page: 1, type: 'image_caption', text: '(b) After the change.', bbox: box(0.317, 0.222, 0.466, 0.233) },
  {
    page: 1,
    type: 'table_caption',
    text: 'Table 4: Glossary of the terms used in this text, with a short description of each.',
    bbox: box(0.519, 0.105, 0.912, 0.146),
  },
  text(
    'The LDAP module for PAM is provided by the libpam-ldap package. Installing this package asks a few.',
    0.086,
    0.3,
  ),
  text('Installing libpam-ldap automatically adapts the default PAM configuration defined in the files.', 0.087, 0.4),
  text('This configuration lets the system authenticate users against the directory before local files.', 0.087, 0.5),
  {
    page: 1,
    type: 'page_footnote',
    text: '2 By default, the LDAP protocol transits on the network as cleartext.',
    bbox: box(0.087, 0.863, 0.482, 0.884),
  },
  {
    page: 1,
    type: 'image_caption',
    text: 'Figure 2: Two states of the configuration discussed in this section.',
    bbox: box(0.088, 0.249, 0.48, 0.276),
  },
  {
    page: 1,
    type: 'table',
    text: 'Term Description Installing 1 When the network grows',
    bbox: box(0.522, 0.158, 0.98, 0.484),
  },
  { page: 1, type: 'title', text: '2.2 Securing LDAP Data Exchanges', bbox: box(0.52, 0.509, 0.858, 0.525) },
];

describe('captions: captions printed away from their floats, their boxes by them', () => {
  it('places each by its page: the table caption over its table, the figure caption under its first picture', () => {
    const got = result(page);
    const pairs = got.links.map((l) => [l.caption, l.target]);
    expect(pairs).toContainEqual([4, 10]);
    expect(pairs).toContainEqual([9, 0]);
    const rules = got.decisions.filter((d) => d.accepted && (d.ids[0] === 4 || d.ids[0] === 9)).map((d) => d.ruleId);
    expect(rules).toEqual(['captions.page-geometry', 'captions.page-geometry']);
  });

  it('a caption with a float of its kind near it in reading order stays with that one', () => {
    // The table caption printed right before its table: the reading-order pass links it, no page pass needed.
    const inOrder = [...page.slice(0, 4), ...page.slice(5, 10), page[4], ...page.slice(10)];
    const got = result(inOrder);
    expect(got.links.map((l) => [l.caption, l.target])).toContainEqual([9, 10]);
    expect(got.decisions.find((d) => d.accepted && d.ids[0] === 9)?.ruleId).toBe('captions.nearest-float');
  });
});
