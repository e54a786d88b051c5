// Ordered tree edit distance (Zhang & Shasha 1989) with unit costs.
//
// Definitions:
// - A tree is ordered and labelled: `{ label, children }`; sibling order matters.
// - Edit operations, each costing 1: delete a node (its children take its place, in order, among its
//   siblings), insert a node (the inverse), rename a node whose label differs (renaming to the same label
//   costs 0).
// - TED(T1, T2) is the least total cost of a sequence of operations turning T1 into T2. It is a metric:
//   TED(T, T) = 0, symmetric, triangle inequality, and ||T1| - |T2|| <= TED <= |T1| + |T2|.
//
// Algorithm: Zhang–Shasha keyroot dynamic programming over postorder numbers (1-based), with
// l(i) = postorder number of the leftmost leaf below node i, and keyroots = the nodes that have no
// ancestor with the same leftmost leaf (the root and every node that is not a first child).
// Time O(|T1|·|T2|·min(depth1, leaves1)·min(depth2, leaves2)); memory two (|T1|+1)·(|T2|+1) Int32 tables
// (tree distances and forest distances), i.e. 8·(n+1)·(m+1) bytes: 32 MB for two 2,000-node trees.
// Heading trees are shallow (depth ≤ number of heading levels), so this is close to O(|T1|·|T2|·depth²):
// about 0.25 s for two 2,000-heading trees on the 2-core dev machine.
// Traversal is iterative, so very deep trees do not overflow the call stack.
//
// Why not the `edit-distance` npm package (also Zhang–Shasha, tested on the APTED cases): unmaintained
// since 2022, CommonJS without TypeScript types, an O(n²) `indexOf` in its preprocessing, an object
// allocation per table cell, and a third n×m table for backtracking that this metric does not need.

export interface OrderedTree {
  label: string;
  children: OrderedTree[];
}

const UNIT_COST = 1;

/** A tree flattened in postorder: labels as small integers, leftmost-leaf numbers, keyroots. 1-based. */
interface Postorder {
  size: number;
  /** label[i] for i in 1..size (index 0 unused). */
  label: Int32Array;
  /** leftmost[i] = postorder number of the leftmost leaf descendant of node i. */
  leftmost: Int32Array;
  /** Keyroots in increasing postorder. */
  keyroots: number[];
}

/** Number of nodes in a tree (the root included). */
export function treeSize(tree: OrderedTree): number {
  let count = 0;
  const stack: OrderedTree[] = [tree];
  while (stack.length > 0) {
    const node = stack.pop()!;
    count += 1;
    for (const child of node.children) stack.push(child);
  }
  return count;
}

/** Flatten a tree into postorder arrays; labels are interned through `ids` (shared by both trees). */
function toPostorder(tree: OrderedTree, ids: Map<string, number>): Postorder {
  const size = treeSize(tree);
  const label = new Int32Array(size + 1);
  const leftmost = new Int32Array(size + 1);
  let next = 0;
  // Iterative postorder: each frame remembers the next child to visit and the first child's leftmost leaf.
  const stack: Array<{ node: OrderedTree; child: number; firstLeaf: number }> = [
    { node: tree, child: 0, firstLeaf: 0 },
  ];
  let lastLeftmost = 0;
  while (stack.length > 0) {
    const frame = stack[stack.length - 1];
    if (frame.child === 1) frame.firstLeaf = lastLeftmost; // back from the first child
    if (frame.child < frame.node.children.length) {
      stack.push({ node: frame.node.children[frame.child], child: 0, firstLeaf: 0 });
      frame.child += 1;
      continue;
    }
    stack.pop();
    next += 1;
    let id = ids.get(frame.node.label);
    if (id === undefined) {
      id = ids.size;
      ids.set(frame.node.label, id);
    }
    label[next] = id;
    leftmost[next] = frame.node.children.length === 0 ? next : frame.firstLeaf;
    lastLeftmost = leftmost[next];
  }
  return { size, label, leftmost, keyroots: keyrootsOf(leftmost, size) };
}

/** Keyroots: for each distinct leftmost leaf, the highest-numbered node having it. */
function keyrootsOf(leftmost: Int32Array, size: number): number[] {
  const highest = new Map<number, number>();
  for (let i = 1; i <= size; i++) highest.set(leftmost[i], i);
  return [...highest.values()].sort((a, b) => a - b);
}

/** Unit-cost ordered tree edit distance between two trees. */
export function treeEditDistance(a: OrderedTree, b: OrderedTree): number {
  const ids = new Map<string, number>();
  const t1 = toPostorder(a, ids);
  const t2 = toPostorder(b, ids);
  const width = t2.size + 1;
  const treeDist = new Int32Array((t1.size + 1) * width);
  const forestDist = new Int32Array((t1.size + 1) * width);
  for (const i of t1.keyroots) {
    for (const j of t2.keyroots) forestDistances(t1, t2, i, j, treeDist, forestDist, width);
  }
  return treeDist[t1.size * width + t2.size];
}

/**
 * Fill forestDist for the subtrees rooted at keyroots i (in T1) and j (in T2), recording in treeDist the
 * distance of every pair of subtrees whose leftmost leaves are l(i) and l(j). Indices are absolute
 * postorder numbers; row l(i)-1 and column l(j)-1 stand for the empty forest.
 */
function forestDistances(
  t1: Postorder,
  t2: Postorder,
  i: number,
  j: number,
  treeDist: Int32Array,
  forestDist: Int32Array,
  width: number,
): void {
  const left1 = t1.leftmost;
  const left2 = t2.leftmost;
  const label1 = t1.label;
  const label2 = t2.label;
  const li = left1[i];
  const lj = left2[j];
  // Row bases (x * width) are hoisted: this loop is the whole cost of the metric.
  const emptyRow = (li - 1) * width;
  forestDist[emptyRow + lj - 1] = 0;
  for (let x = li; x <= i; x++) forestDist[x * width + lj - 1] = forestDist[(x - 1) * width + lj - 1] + UNIT_COST;
  for (let y = lj; y <= j; y++) forestDist[emptyRow + y] = forestDist[emptyRow + y - 1] + UNIT_COST;
  for (let x = li; x <= i; x++) {
    const lx = left1[x];
    const row = x * width;
    const previousRow = row - width;
    const subtreeRow = (lx - 1) * width;
    const wholeTree1 = lx === li;
    const labelX = label1[x];
    for (let y = lj; y <= j; y++) {
      const ly = left2[y];
      const remove = forestDist[previousRow + y] + UNIT_COST;
      const insert = forestDist[row + y - 1] + UNIT_COST;
      const best = Math.min(remove, insert);
      if (wholeTree1 && ly === lj) {
        // Both forests are whole trees: match their roots.
        const rename = forestDist[previousRow + y - 1] + (labelX === label2[y] ? 0 : UNIT_COST);
        const d = Math.min(rename, best);
        forestDist[row + y] = d;
        treeDist[row + y] = d;
      } else {
        // Match subtree x with subtree y as wholes (their distance is already known).
        const match = forestDist[subtreeRow + ly - 1] + treeDist[row + y];
        forestDist[row + y] = Math.min(match, best);
      }
    }
  }
}
