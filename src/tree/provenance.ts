// Which element refs a tree holds: the refs of its content nodes (sections, figures and lists only
// repeat their children's refs, so they are walked, not counted).
import type { DocumentRoot, TreeNode } from '../model/tree.js';
import { pushAll } from '../util/arrays.js';

const CONTAINERS = new Set(['root', 'section', 'figure', 'list']);

/** Every ref placed in the tree, once per content node that holds it. */
export function placedRefs(tree: DocumentRoot): string[] {
  const out: string[] = [];
  const visit = (node: TreeNode) => {
    if (CONTAINERS.has(node.type)) {
      for (const child of (node as { children: TreeNode[] }).children) visit(child);
    } else if ('data' in node && node.data && 'refs' in node.data) {
      pushAll(out, node.data.refs);
    }
  };
  visit(tree);
  return out;
}
