// PositionIndex and ElementIndex (src/layout/positions.ts) answer as the Maps of every id they replace in the stages
// (`new Map(list.map((e, i) => [e.id, i]))`, `new Map(list.map((e) => [e.id, e]))`): on a document's elements, on a
// body list without its furniture, and on hand-made ids a typed array cannot hold (negative, fractional, far apart,
// listed twice), for ids in the list and not.
import { describe, expect, it } from 'vitest';
import { ElementIndex, PositionIndex } from '../../src/layout/positions.js';

const asked = (list: readonly { id: number }[]) => [
  ...list.map((e) => e.id),
  -1,
  -0,
  0.5,
  Number.NaN,
  list.length,
  list.length + 1,
  10 ** 9,
  3,
  7,
];

function same(list: readonly { id: number }[]) {
  const positions = new Map(list.map((e, i) => [e.id, i]));
  const elements = new Map(list.map((e) => [e.id, e]));
  const index = new PositionIndex(list);
  const byId = new ElementIndex(list);
  for (const id of asked(list)) {
    expect(index.get(id), `position of ${id}`).toBe(positions.get(id));
    expect(index.has(id)).toBe(positions.has(id));
    expect(byId.get(id)).toBe(elements.get(id));
  }
}

describe('positions by id', () => {
  it('match a Map of every id on a document, its body and hand-made ids', () => {
    const doc = Array.from({ length: 500 }, (_, id) => ({ id }));
    same(doc);
    same(doc.filter((e) => e.id % 7 !== 3)); // a body list: the furniture left out
    same(doc.filter((e) => e.id > 400)); // a late stretch: ids far past the list's length
    same([]);
    same([{ id: 5 }, { id: 2 }, { id: 5 }]); // listed twice: the last position
    same([{ id: -2 }, { id: 0 }, { id: 1 }]);
    same([{ id: 0.5 }, { id: 1 }]);
    same([{ id: 0 }, { id: 1e7 }]);
  });
});
