// A round bracket the first fragment leaves open and the next closes ("… deborphan, debfoster, and apt-show-versions
// (see" | "Section 6.2.7, “Tracking Automatically Installed Packages”) …"): the aside, and the sentence around it, runs
// over the break, whatever the case of the next word (a name, a section's title).
// Evidence: on the four corpora' train documents all 63 prose pairs of that shape are joined in the gold (session 23);
// the fresh IEEEtran dist-upgrade document had it apart in six formats, a capital and "not the column's start"
// outweighing the open end. Precedence: read after how the next fragment starts (./features.ts), only where the first
// fragment ends no sentence; listings are settled before (./code.ts) and an enumerator ("1) …") is no closing bracket
// (`bracketCarried`).
import type { Out, Pair, SentenceEnd } from './pair.js';
import { bracketCarried } from './text-kind.js';

export function bracketCarriedEvidence({ aText, bText }: Pair, sentenceEnd: SentenceEnd, out: Out): void {
  if (!sentenceEnd && bracketCarried(aText, bText)) out.push({ id: 'bracket-carried', value: 1 });
}
