// Elements and decisions are made as one object literal each (memory: src/adapters/builder.ts `newElement`,
// src/model/decision.ts): their members must keep the order they had when added one by one, which any JSON of
// them shows.
import { describe, expect, it } from 'vitest';
import { DocumentBuilder } from '../../src/adapters/builder.js';
import { decision } from '../../src/model/decision.js';
import { combine } from '../../src/model/evidence.js';

describe('members of a built element', () => {
  const file = { path: 'hand-made.json', name: '', json: null };
  for (const html of [undefined, '<table><tr><td>1</td></tr></table>']) {
    for (const markup of [undefined, 'markdown' as const, 'plain' as const]) {
      for (const hints of [undefined, {}, { level: 2 }]) {
        it(`html ${html !== undefined}, markup ${markup}, hints ${JSON.stringify(hints)}`, () => {
          const builder = new DocumentBuilder('test', 'hand-made.json', 'math');
          builder.page({ page: 1 });
          const el = builder.add({
            file,
            pointer: '/0',
            page: 1,
            type: html ? 'table' : 'text',
            sourceType: 'x',
            text: 'A.',
            bbox: [0.1, 0.1, 0.5, 0.2],
            ...(html === undefined ? {} : { html }),
            ...(markup === undefined ? {} : { markup }),
            ...(hints === undefined ? {} : { hints }),
          });
          const kept = markup ?? 'math';
          const expected: Record<string, unknown> = {
            id: 0,
            ref: '/0',
            page: 1,
            type: html ? 'table' : 'text',
            sourceType: 'x',
            text: 'A.',
            bbox: [0.1, 0.1, 0.5, 0.2],
          };
          if (html !== undefined) expected.html = html;
          if (kept !== 'plain') expected.markup = kept;
          if (hints && Object.keys(hints).length > 0) expected.hints = hints;
          expect(Object.keys(el)).toEqual(Object.keys(expected));
          expect(JSON.stringify(el)).toBe(JSON.stringify(expected));
        });
      }
    }
  }
});

describe('members of a decision', () => {
  const els = [
    { id: 3, ref: '/3' },
    { id: 4, ref: '/4' },
  ];
  const order = ['ruleId', 'reason', 'place', 'severity', 'stage', 'confidence', 'ids', 'by', 'accepted'];
  it('without features', () => {
    const d = decision('text-merge', 'r', 'why', 0.12345, els, false);
    expect(Object.keys(d)).toEqual(order);
    expect(d).toEqual({
      ruleId: 'r',
      reason: 'why',
      place: { refs: ['/3', '/4'] },
      severity: 'info',
      stage: 'text-merge',
      confidence: 0.123,
      ids: [3, 4],
      by: 'rules',
      accepted: false,
    });
  });
  it('with features: last, as combine made them (zero values left out, in order)', () => {
    const { score, features } = combine(
      [
        { id: 'a', value: 1 },
        { id: 'b', value: 0 },
        { id: 'c', value: 0.5 },
      ],
      { a: 2, c: 4 },
      0.5,
    );
    expect(score).toBe(4.5);
    expect(features).toEqual([
      { id: 'a', value: 1, contribution: 2 },
      { id: 'c', value: 0.5, contribution: 2 },
    ]);
    expect(Object.hasOwn(features, 1) && features.length === 2).toBe(true);
    const d = decision('headings', 'r', 'why', 2, els, true, 'parser', features);
    expect(Object.keys(d)).toEqual([...order, 'features']);
    expect(d.confidence).toBe(1);
    expect(d.by).toBe('parser');
    expect(d.features).toBe(features);
  });
});
