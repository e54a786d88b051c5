// WrittenJson (src/io/json-stream.ts): a member written ahead, plain or deflated, must come out as the very characters
// writeJson (JSON.stringify(value, null, indent)) writes for it in place, at every indent and depth, through its own
// pieces (not its toJSON); written for another place it is refused. Hand-made values only.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { WrittenJson, writeJson } from '../../src/io/json-stream.js';

function written(value: unknown, indent: number, depth: number): string {
  const parts: string[] = [];
  writeJson(value, indent, (s) => parts.push(s), depth);
  return parts.join('');
}

const MEMBERS: unknown[] = [
  [],
  {},
  [{ a: 1, b: [2, { c: 'three' }] }, null, 'x', [[]]],
  { text: 'line\nbreak "quoted" \\ back\tslash \u2028 é 漢 \ud800', n: -0.5, list: [1, [2, [3]]] },
  Array.from({ length: 700 }, (_, i) => ({ ruleId: `r.${i % 5}`, ids: [i], reason: i % 9 ? 'plain' : '漢字 é' })),
];

afterEach(() => vi.restoreAllMocks());

describe('WrittenJson', () => {
  it('writes its member as writeJson writes it in place, plain and deflated, without its toJSON', () => {
    const toJSON = vi.spyOn(WrittenJson.prototype, 'toJSON');
    for (const member of MEMBERS) {
      for (const indent of [1, 2, 4]) {
        for (const depth of [1, 2, 3, 5]) {
          const expected = JSON.stringify({ before: 1, member, after: [2] }, null, indent);
          for (const deflate of [false, true]) {
            const ahead = WrittenJson.of(member, indent, 1, depth - 1, { deflate });
            expect(written({ before: 1, member: ahead, after: [2] }, indent, depth)).toBe(expected);
          }
        }
      }
    }
    expect(toJSON).not.toHaveBeenCalled();
  });

  it('deflates a long member in several groups and inflates it to the same characters', () => {
    // about 6 M characters: more than one deflated group; two-byte characters in some items
    const member = Array.from({ length: 20_000 }, (_, i) => ({ i, text: `${i % 97 ? 'a' : '漢'}`.repeat(280) }));
    const expected = JSON.stringify({ member }, null, 1);
    expect(written({ member: WrittenJson.of(member, 1, 1, 1, { deflate: true }) }, 1, 2)).toBe(expected);
  });

  it('is read back whole by any other serializer (toJSON), and refused at another place', () => {
    const member = MEMBERS[3];
    const ahead = WrittenJson.of(member, 2, 1, 1, { deflate: true });
    expect(JSON.stringify({ member: ahead }, null, 3)).toBe(JSON.stringify({ member }, null, 3));
    expect(() => written({ member: ahead }, 1, 2)).toThrow(/another place/);
    expect(() => written({ outer: { member: ahead } }, 2, 3)).toThrow(/another place/);
  });
});
