// A caption's rest typed text where the parser gives no boxes (src/stages/captions/caption-pieces-boxless.ts; the
// Unstructured-without-coordinates and Mistral shape of a caption cut after its label line): linked with its head
// when nothing before the float leaves a sentence open, and never when a paragraph the float cut goes on after the
// caption. Hand-made elements, no boxes.
import { describe, expect, it } from 'vitest';
import { linkCaptions } from '../../src/stages/captions.js';
import { detectFurniture } from '../../src/stages/furniture.js';
import { input, makeDoc, type Spec } from '../helpers/doc.js';

const table = '<table><tr><td>Term</td><td>Description</td></tr><tr><td>deb</td><td>a binary package</td></tr></table>';

function links(specs: Spec[]) {
  const i = input(makeDoc(specs.map((s) => ({ ...s, bbox: null }))));
  return linkCaptions(i, detectFurniture(i)).links.map((l) => [l.caption, l.target]);
}

describe('a caption cut after its label line, without boxes', () => {
  it('links the rest to the float of its head', () => {
    const found = links([
      { page: 1, type: 'text', text: 'The terms are listed in the glossary.' },
      { page: 1, type: 'text', text: 'TABLE I: Glossary of the terms used in this text, with a' },
      { page: 1, type: 'text', text: 'short description of each taken from where it is introduced' },
      { page: 1, type: 'table', html: table },
      { page: 1, type: 'text', text: 'Body text after the table.' },
    ]);
    expect(found).toContainEqual([1, 3]);
    expect(found).toContainEqual([2, 3]);
  });

  it('leaves alone the rest of a paragraph the float cut, going on after the caption', () => {
    const found = links([
      { page: 1, type: 'text', text: 'In the first step the cell is charged with' },
      { page: 1, type: 'image' },
      { page: 1, type: 'text', text: 'Figure 3: Charge curve of the cell' },
      { page: 1, type: 'text', text: 'a constant current until it reaches its voltage.' },
    ]);
    expect(found).toEqual([[2, 1]]);
  });

  it('leaves alone a lower-case block after a whole caption of two lines', () => {
    const head =
      'TABLE I. Glossary of the terms used in this text, with a short description of each taken from the sections where it is introduced';
    const found = links([
      { page: 1, type: 'table', html: table },
      { page: 1, type: 'table_caption', text: head },
      { page: 1, type: 'text', text: 'deb http://security.debian.org/ stable-security main contrib non-free' },
    ]);
    expect(found).toEqual([[1, 0]]);
  });
});
