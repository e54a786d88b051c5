// Without boxes (Mistral OCR, Unstructured), a column break between two text blocks in a row is not seen: the text
// must say that a sentence was cut there. Hand-made pages in the shape of train/dev documents of the LaTeX styles
// corpus (Markdown pages: each block one paragraph, no coordinates).
import { describe, expect, it } from 'vitest';
import { mergeTextFragments } from '../../src/stages/text-merge.js';
import { input, makeDoc } from '../helpers/doc.js';

function judge(a: string, b: string) {
  const doc = makeDoc([
    { page: 2, type: 'title', text: '1.2 Network intrusion detection', bbox: null },
    { page: 2, type: 'text', text: a, bbox: null },
    { page: 2, type: 'text', text: b, bbox: null },
  ]);
  const merges = mergeTextFragments(input(doc), { kinds: new Map(), decisions: [] });
  const d = merges.decisions.find((x) => x.place.refs?.join('|') === '/1|/2');
  return { joined: merges.groups.some((g) => g.includes(1) && g.includes(2)), features: d?.features?.map((f) => f.id) };
}

describe('a sentence cut where no break is seen', () => {
  it('after a quoted word ("… plugged into the “mirror”" | "port of the switch, …", acmart)', () => {
    const { joined, features } = judge(
      'It will therefore only see the traffic of its own port. The machine hosting suricata should therefore be plugged into the “mirror”',
      'port of the switch, which is usually dedicated to chaining switches and therefore gets all the traffic.',
    );
    // (session 27: without boxes, a plain lower-case run-on is read as the parser's own cut, judged first)
    expect(features).toContain('text-merge.parser-split');
    expect(joined).toBe(true);
  });

  it('after a comma and a closing quote ("… as “(A or B) and (A or C)”," | "since the Depends field …", elsarticle)', () => {
    const { joined } = judge(
      'In contrast, the expression “A or (B and C)” should be written as “(A or B) and (A or C)”,',
      'since the Depends field does not tolerate parentheses that change the order of priorities.',
    );
    expect(joined).toBe(true);
  });

  it('after a sentence’s first word alone ("… applications. Fulfilling" | "this particular need …", ieeetran)', () => {
    const { joined } = judge(
      'This precludes installing a particular system with non-packaged applications. Fulfilling',
      'this particular need requires customizing the installer.',
    );
    expect(joined).toBe(true);
  });

  it('before the article "a" ("… but is simply" | "a way of categorizing …", elsarticle)', () => {
    const { joined } = judge(
      'The Section field does not describe a relationship between packages, but is simply',
      'a way of categorizing a package in a thematic taxonomy.',
    );
    expect(joined).toBe(true);
  });

  it('in CJK text, before a particle no sentence opens with ("… システムの開発" | "のみを対象に …", ltjsarticle)', () => {
    const { joined, features } = judge(
      'Debian プロジェクトには「社会契約」もあります。Debian 社会契約はオペレーティングシステムの開発',
      'のみを対象にしている Debian プロジェクトの中でどのように位置づけられているのでしょうか?',
    );
    expect(features).toContain('text-merge.cjk-opens-mid-sentence');
    expect(joined).toBe(true);
  });
});

describe('two paragraphs in a row without boxes stay apart', () => {
  it('when the first ends its sentence, whatever case the next opens with', () => {
    const { joined } = judge(
      'The machine hosting suricata should be plugged into the mirror port.',
      'port mirroring is configured on the switch itself.',
    );
    expect(joined).toBe(false);
  });

  it('when a list entry "a) …" follows a comma, or CJK text opens with a plain word', () => {
    expect(judge('The options are the following,', 'a) the first one.').joined).toBe(false);
    expect(
      judge('社会契約はオペレーティングシステムの開発', '社会契約の内容をより詳しく見ていきましょう。').joined,
    ).toBe(false);
  });
});
