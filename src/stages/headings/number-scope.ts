// Letters and other counters that restart under each parent ("A." under "I.", again under "III."; "（一）" under each
// "一、"): a number a later section carries again is no copy when its parent differs (`restarting-number-scope`). The
// promotion of headings typed as text (promote.ts) takes a number once per form, so a typed "A. Writing a .fc file"
// under "IV." kept "A. Managing SELinux Modules" under "III." typed as text from being a heading; read within its parent
// ("III."), the letter is new. Decimal numbers carry their parents in them ("3.1"), and are left as they are.
// Evidence: the values of the enclosing ranks of the same ladder last seen in reading order (typed or taken headings),
// every one of them seen; a number with a parent rank never seen is taken once per document, as before.
import type { Numbering } from '../../text/numbering.js';

export class NumberScope {
  /** Per ladder, the value last seen at each rank (index rank − 1). */
  private readonly last = new Map<string, (number | undefined)[]>();

  /**
   * The parents a number stands under, as a key suffix ("@3" for "A." after "III."); empty for decimal and rank 1, and
   * where a parent rank was never seen (a list's "a)" under no "I.", "A.", "1)": no parent to tell two copies apart).
   */
  of(n: Numbering): string {
    if (n.ladder === 'decimal' || n.rank <= 1) return '';
    const parents = (this.last.get(n.ladder) ?? []).slice(0, n.rank - 1);
    // (a hole left by a deeper rank seen first reads as undefined: `includes`, unlike `some`, visits holes)
    if (parents.length < n.rank - 1 || parents.includes(undefined)) return '';
    return `@${parents.join('.')}`;
  }

  /** Records a heading's number: its rank's value, the deeper ranks closed. */
  see(n: Numbering): void {
    if (n.ladder === 'decimal') return;
    const values = (this.last.get(n.ladder) ?? []).slice(0, n.rank - 1);
    values[n.rank - 1] = n.values[0];
    this.last.set(n.ladder, values);
  }
}

/**
 * The numbers taken so far, each once per form (`keyOf`: "Chapter 3" and a typed "3.0 source format" are two) and, when
 * `scoped`, once per parent: first the typed headings' (all of them, a later typed copy counting too), then each
 * heading typed or taken as the reading order reaches it.
 */
export class TakenNumbers {
  private readonly keys = new Set<string>();
  private readonly scope = new NumberScope();

  constructor(
    typed: readonly Numbering[],
    private readonly keyOf: (n: Numbering) => string,
    private readonly scoped: boolean,
  ) {
    const typedScope = new NumberScope();
    for (const n of typed) {
      this.keys.add(keyOf(n) + (scoped ? typedScope.of(n) : ''));
      typedScope.see(n);
    }
  }

  private key(n: Numbering): string {
    return this.keyOf(n) + (this.scoped ? this.scope.of(n) : '');
  }

  /** Whether a heading already carries this number (under the same parents). */
  has(n: Numbering): boolean {
    return this.keys.has(this.key(n));
  }

  /** A typed heading reached in reading order: its parents' values move on. */
  see(n: Numbering): void {
    this.scope.see(n);
  }

  /** A number taken by promotion. */
  take(n: Numbering): void {
    this.keys.add(this.key(n));
    this.scope.see(n);
  }
}
