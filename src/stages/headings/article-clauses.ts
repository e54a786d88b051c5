// Articles that hold numbered clauses: insurance terms, contracts and statutes number their articles in words
// ("ĐIỀU 4:", "Article 4", "第四条") and the clauses inside them with the article's number first ("4.1.", "4.2.",
// "17.1.1."). An article is otherwise a legal text's smallest unit (text/numbering.ts), below every other numbering;
// here the document's own numbers say the clauses are inside it. Evidence: two or more decimal headings of rank 2 or
// more whose first number is that of the article above them, and no more than a third that is not. Then every
// article takes the decimal ladder one rank above its shallowest clause, so "ĐIỀU 4" → decimal:1 over "4.1" →
// decimal:2 (`article-holds-clauses`); the numbering ladder, not the parser's level or size, ranks them.
import type { Candidate } from './types.js';

const FEATURE = 'headings.article-holds-clauses';

/** Re-rank the articles of a document whose decimal clauses carry their article's number. */
export function articlesHoldClauses(kept: Candidate[]): void {
  const articles = kept.filter((c) => c.numbering?.ladder === 'article');
  if (articles.length < 2) return;
  let article: number | undefined;
  let agree = 0;
  let disagree = 0;
  let shallowest = Number.POSITIVE_INFINITY;
  for (const c of kept) {
    const n = c.numbering;
    if (!n) continue;
    if (n.ladder === 'article') article = n.values[0];
    else if (n.ladder === 'decimal' && n.rank >= 2 && article !== undefined) {
      if (n.values[0] === article) {
        agree++;
        shallowest = Math.min(shallowest, n.rank);
      } else disagree++;
    }
  }
  if (agree < 2 || disagree * 3 > agree + disagree) return;
  for (const c of articles) {
    c.numbering = { ...c.numbering!, ladder: 'decimal', rank: shallowest - 1 };
    c.evidence = [...(c.evidence ?? []), FEATURE];
  }
}
