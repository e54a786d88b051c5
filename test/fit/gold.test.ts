import { describe, expect, it } from 'vitest';
import { goldSays, goldSets } from '../../src/fit/gold.js';
import { decision } from '../../src/model/decision.js';
import type { Structure } from '../../src/model/structure.js';

const gold: Structure = {
  version: 1,
  headings: [{ ref: '/0', level: 1 }],
  paragraphMerges: [['/1', '/2', '/3']],
  tableMerges: [],
  captions: [{ caption: '/5', target: '/4' }],
  furniture: ['/9'],
};
const sets = goldSets(gold);
const el = (ref: string) => ({ id: Number(ref.slice(1)), ref });

describe('goldSays', () => {
  it('answers merges by consecutive links of the gold groups, not by any two members', () => {
    expect(goldSays(decision('text-merge', 'r', '', 0.9, [el('/2'), el('/3')]), sets)).toBe(true);
    expect(goldSays(decision('text-merge', 'r', '', 0.9, [el('/1'), el('/3')]), sets)).toBe(false);
  });

  it('answers headings and furniture by ref, whatever the decision took', () => {
    expect(goldSays(decision('headings', 'r', '', 0.9, [el('/0')], false), sets)).toBe(true);
    expect(goldSays(decision('furniture', 'r', '', 0.9, [el('/8')]), sets)).toBe(false);
  });

  it('does not answer a caption decision without a target or one taken from the parser', () => {
    expect(goldSays(decision('captions', 'r', '', 0.9, [el('/5'), el('/4')]), sets)).toBe(true);
    expect(goldSays(decision('captions', 'r', '', 0.9, [el('/5')]), sets)).toBeUndefined();
    expect(goldSays(decision('captions', 'r', '', 1, [el('/5'), el('/4')], true, 'parser'), sets)).toBeUndefined();
  });
});
