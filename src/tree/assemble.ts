// Assemble the document tree from the elements and the stages' decisions: sections nested by heading
// level, merged paragraphs and tables as one node each, floats with their captions, list items in
// lists. Every element ends up in exactly one node or in `dropped` with a reason.
import type { Text } from 'mdast';
import { type DroppedElement, droppedElement, type Element } from '../model/element.js';
import type {
  BlockNode,
  CaptionNode,
  CodeNode,
  DocumentRoot,
  FigureNode,
  HeadingNode,
  ListNode,
  MathNode,
  NodeData,
  SectionNode,
} from '../model/tree.js';
import type { StageResults } from '../stages/types.js';
import { elementGrid } from '../table/grid.js';
import { parseCaptionLabel } from '../text/caption-label.js';
import { joinFragments } from '../text/chars.js';
import { pushAll } from '../util/arrays.js';
import { tableNode } from './table.js';

export interface AssembleInput extends StageResults {
  source: string;
  format: string;
  pageCount: number;
  elements: readonly Element[];
  /**
   * The furniture stage's rule id per element it set aside (`furnitureRules`), read when the stitch finished: a
   * caller may let the decisions go before the tree is built (src/cli/outputs.ts, `consume`). Read from the
   * furniture decisions when absent.
   */
  furnitureRule?: ReadonlyMap<number, string>;
}

export interface Assembled {
  tree: DocumentRoot;
  /** Elements not placed in the tree, with the reason. */
  dropped: DroppedElement[];
}

const nodeId = (el: Element) => `n${el.id}`;

function dataOf(elements: readonly Element[], extra: Partial<NodeData> = {}): NodeData {
  return {
    id: nodeId(elements[0]),
    refs: elements.map((e) => e.ref),
    spans: elements.map((e) => ({ page: e.page, bbox: e.bbox })),
    ...extra,
  };
}

/** Data of a node whose text is written in its elements' markup (kept so document.md renders it right). */
function textData(elements: readonly Element[], extra: Partial<NodeData> = {}): NodeData {
  const markup = elements[0].markup;
  return dataOf(elements, markup && markup !== 'plain' ? { ...extra, markup } : extra);
}

const text = (value: string): Text => ({ type: 'text', value });

/** The stages' results indexed by element id: merge groups, captions per float, references, furniture rules. */
function indexLinks(input: AssembleInput) {
  const { elements } = input;
  const groupOf = new Map<number, number[]>();
  for (const g of [...input.textMerges.groups, ...input.tableMerges.groups]) for (const id of g) groupOf.set(id, g);
  const captionsOf = new Map<number, number[]>();
  const linkedCaption = new Set<number>();
  for (const link of input.captions.links) {
    // An empty caption stays out of its figure and is dropped as empty below, so it is not lost.
    if (!elements[link.caption].text.trim()) continue;
    linkedCaption.add(link.caption);
    const list = captionsOf.get(link.target);
    if (list) list.push(link.caption);
    else captionsOf.set(link.target, [link.caption]);
  }
  const referencesFrom = new Map<number, Array<{ target: string; label: string }>>();
  for (const r of input.references.links) {
    const list = referencesFrom.get(r.from) ?? [];
    list.push({ target: nodeId(elements[r.to]), label: r.label });
    referencesFrom.set(r.from, list);
  }
  const furnitureRule = input.furnitureRule ?? furnitureRules(input.furniture);
  return { groupOf, captionsOf, linkedCaption, referencesFrom, furnitureRule };
}

/** The rule id of the furniture decision of each element it names (a dropped element's rule). */
export function furnitureRules(furniture: StageResults['furniture']): Map<number, string> {
  const rule = new Map<number, string>();
  for (const d of furniture.decisions) for (const id of d.ids) rule.set(id, d.ruleId);
  return rule;
}

/** Where `place` hands each placed element: a heading with its group's members, or a block (false: empty, dropped). */
interface Placer {
  heading(members: Element[], level: number): void;
  block(el: Element, members: Element[], links: Links): boolean;
}

type Links = ReturnType<typeof indexLinks>;

/**
 * Elements in reading order: furniture and empty elements to `dropped`, merged fragments placed once (with their
 * group's first), captions with their float, each heading and block handed to `placer`. One walk for the tree
 * (`assemble`) and for its counts alone (`assemblePlacement`), so both drop and place the same elements.
 */
function place(input: AssembleInput, placer: Placer): DroppedElement[] {
  const { elements } = input;
  const dropped: DroppedElement[] = [];
  const links = indexLinks(input);
  const { groupOf, linkedCaption, furnitureRule } = links;
  for (const el of elements) {
    const kind = input.furniture.kinds.get(el.id);
    if (kind) {
      const rule = furnitureRule.get(el.id) ?? 'furniture';
      dropped.push(droppedElement(el.ref, rule, `page furniture (${kind})`, { page: el.page, text: el.text }));
      continue;
    }
    const group = groupOf.get(el.id);
    if (group && group[0] !== el.id) continue; // placed with its group's first fragment
    if (linkedCaption.has(el.id)) continue; // placed with its float
    const members = group ? group.map((id) => elements[id]) : [el];
    const level = input.headings.levels.get(el.id);
    if (level !== undefined) {
      placer.heading(members, level);
      continue;
    }
    // An empty block drops every fragment merged into it, each named (a layout-only input's merged paragraphs).
    if (!placer.block(el, members, links))
      for (const m of members) {
        const reason = `empty ${m.type} element (no text or content)`;
        dropped.push(droppedElement(m.ref, 'assemble.empty', reason, { page: m.page }));
      }
  }
  return dropped;
}

/**
 * The tree: elements in reading order, each heading opening a section, merged fragments placed once
 * (with their group's first), captions inside their float, furniture and empty elements in `dropped`.
 */
export function assemble(input: AssembleInput): Assembled {
  const root: DocumentRoot = {
    type: 'root',
    children: [],
    data: { source: input.source, format: input.format, pages: input.pageCount },
  };
  const stack: Array<DocumentRoot | SectionNode> = [root];
  const container = () => stack[stack.length - 1];
  const append = (node: BlockNode | SectionNode) => (container().children as Array<BlockNode | SectionNode>).push(node);
  const dropped = place(input, {
    heading(members, level) {
      while (stack.length > 1 && (container() as SectionNode).depth >= level) stack.pop();
      // A heading set on two lines ("Chapter 1" / "Introduction") is one merge group: all of it is the heading.
      const title = members.reduce((acc, m) => joinFragments(acc, m.text), '').trim();
      const heading: HeadingNode = {
        type: 'heading',
        depth: Math.min(6, level) as HeadingNode['depth'],
        children: [text(title)],
        data: textData(members, { level }),
      };
      const section: SectionNode = {
        type: 'section',
        depth: level,
        children: [heading],
        data: dataOf(members, { level }),
      };
      append(section);
      stack.push(section);
    },
    block(el, members, { captionsOf, referencesFrom }) {
      const node = blockFor(el, members, input, captionsOf, referencesFrom);
      if (!node) return false;
      if (node.type === 'list') {
        const siblings = container().children;
        const last = siblings[siblings.length - 1];
        if (last && last.type === 'list') {
          pushAll(last.children, node.children);
          pushAll(last.data.refs, node.data.refs);
          pushAll(last.data.spans, node.data.spans);
          return true;
        }
      }
      append(node);
      return true;
    },
  });
  return { tree: root, dropped };
}

/** What `assemble` drops, and how many distinct refs its tree holds (`placedRefs`), without building the tree. */
export function assemblePlacement(input: AssembleInput): { dropped: DroppedElement[]; placed: number } {
  const refs = new Set<string>();
  const dropped = place(input, {
    // a heading node holds its group's refs (its section only repeats them)
    heading: (members) => {
      for (const m of members) refs.add(m.ref);
    },
    block: (el, members, { captionsOf }) => {
      const placed = blockRefs(el, members, input.elements, captionsOf);
      if (!placed) return false;
      for (const ref of placed) refs.add(ref);
      return true;
    },
  });
  return { dropped, placed: refs.size };
}

/**
 * The refs `blockFor`'s node holds in its content nodes (what `placedRefs` reads), or undefined when it makes none
 * (empty). Keep in step with `blockFor` and `wrapFigure`: test/tree/placement.test.ts compares the two. (No closure
 * made per call: under tsx, as the bench runs, each one is a `__name` call.)
 */
function blockRefs(
  el: Element,
  members: Element[],
  elements: readonly Element[],
  captionsOf: Map<number, number[]>,
): string[] | undefined {
  switch (el.type) {
    case 'table':
      return withCaptions(refsOf(members), members, elements, captionsOf);
    case 'image':
      return withCaptions([el.ref], [el], elements, captionsOf);
    case 'equation':
      if (!captionsOf.has(el.id) && !(el.hints?.latex ?? el.text).trim()) return undefined;
      return withCaptions([el.ref], [el], elements, captionsOf);
    case 'code': {
      const value = members.length === 1 ? el.text : members.map(codeLine).join('\n');
      if (!captionsOf.has(el.id) && !value.trim()) return undefined;
      return withCaptions(refsOf(members), [el], elements, captionsOf);
    }
    default:
      // `blockFor` joins the members' texts (joinFragments) and drops the block when the join is blank: a join is
      // blank exactly when every member's text is (it trims only blanks, and removes a hyphen only before a text),
      // so the texts are read, not joined (the join and its trim copied every paragraph's text: 0.3–0.5 s at
      // 10,000 pages, structure only)
      return members.some(hasText) ? refsOf(members) : undefined;
  }
}

const codeLine = (m: Element) => m.text.replace(/\n+$/, '');

/** A character that is no blank (`\S`: the blanks `trim` removes). */
const hasText = (m: Element) => /\S/.test(m.text);

function refsOf(els: readonly Element[]): string[] {
  const out: string[] = [];
  for (const e of els) out.push(e.ref);
  return out;
}

/** `own` and the refs of the captions of `float` (a figure's caption nodes, as `wrapFigure` makes them). */
function withCaptions(
  own: string[],
  float: readonly Element[],
  elements: readonly Element[],
  captionsOf: Map<number, number[]>,
): string[] {
  for (const m of float) for (const id of captionsOf.get(m.id) ?? []) own.push(elements[id].ref);
  return own;
}

function blockFor(
  el: Element,
  members: Element[],
  input: AssembleInput,
  captionsOf: Map<number, number[]>,
  referencesFrom: Map<number, Array<{ target: string; label: string }>>,
): BlockNode | undefined {
  const joined = members
    .map((m) => m.text)
    .reduce((acc, t) => joinFragments(acc, t), '')
    .trim();
  switch (el.type) {
    case 'table':
    case 'image':
      return figureFor(el, members, input, captionsOf);
    case 'equation': {
      const math: MathNode = { type: 'math', value: (el.hints?.latex ?? el.text).trim(), data: dataOf([el]) };
      if (!captionsOf.has(el.id)) return math.value ? math : undefined;
      return captionsOf.has(el.id) ? wrapFigure(el, 'equation', math, input, captionsOf) : math;
    }
    case 'code': {
      // A listing cut by a page break is one group (text-merge): its lines go on, one per line.
      const value = members.length === 1 ? el.text : members.map((m) => m.text.replace(/\n+$/, '')).join('\n');
      const code: CodeNode = { type: 'code', lang: el.hints?.codeLanguage ?? null, value, data: dataOf(members) };
      if (!captionsOf.has(el.id)) return code.value.trim() ? code : undefined;
      return captionsOf.has(el.id) ? wrapFigure(el, 'code', code, input, captionsOf) : code;
    }
    case 'list_item': {
      if (!joined) return undefined;
      const list: ListNode = {
        type: 'list',
        ordered: false,
        spread: false,
        children: [
          {
            type: 'listItem',
            spread: false,
            children: [{ type: 'paragraph', children: [text(joined.replace(/^[•·●○▪■◦*]\s*/, ''))] }],
            data: textData(members),
          },
        ],
        data: dataOf(members),
      };
      return list;
    }
    case 'image_caption':
    case 'table_caption':
    case 'image_footnote':
    case 'table_footnote': {
      if (!joined) return undefined;
      const caption: CaptionNode = {
        type: 'caption',
        role: el.type.endsWith('footnote') ? 'footnote' : 'caption',
        children: [text(joined)],
        data: textData(members, { kind: el.type }),
      };
      return caption;
    }
    default: {
      if (!joined) return undefined;
      const refs = members.flatMap((m) => referencesFrom.get(m.id) ?? []);
      const kind = el.type === 'text' ? undefined : el.type;
      return {
        type: 'paragraph',
        children: [text(joined)],
        data: textData(members, { ...(kind ? { kind } : {}), ...(refs.length ? { references: refs } : {}) }),
      };
    }
  }
}

function figureFor(
  el: Element,
  members: Element[],
  input: AssembleInput,
  captionsOf: Map<number, number[]>,
): FigureNode {
  if (el.type === 'table') {
    const merged = input.tableMerges.html.get(el.id);
    const html = merged ?? el.html ?? '';
    const grid = merged === undefined ? elementGrid(el) : undefined;
    const content = tableNode(html, members.map((m) => m.text).join('\n'), dataOf(members, { html }), grid);
    return wrapFigure(el, 'table', content, input, captionsOf, members);
  }
  return wrapFigure(
    el,
    'image',
    { type: 'image', url: el.hints?.imagePath ?? '', alt: el.text.trim() || null, data: dataOf([el]) },
    input,
    captionsOf,
  );
}

function wrapFigure(
  el: Element,
  kind: FigureNode['kind'],
  content: FigureNode['children'][number],
  input: AssembleInput,
  captionsOf: Map<number, number[]>,
  members: Element[] = [el],
): FigureNode {
  const captionIds = members.flatMap((m) => captionsOf.get(m.id) ?? []);
  const before: CaptionNode[] = [];
  const after: CaptionNode[] = [];
  let label: string | undefined;
  for (const id of captionIds.sort((a, b) => a - b)) {
    const c = input.elements[id];
    const node: CaptionNode = {
      type: 'caption',
      role: c.type.endsWith('footnote') ? 'footnote' : 'caption',
      children: [text(c.text.trim())],
      data: textData([c], { kind: c.type }),
    };
    const parsed = parseCaptionLabel(c.text);
    if (parsed && !label && node.role === 'caption')
      label = `${parsed.kind === 'table' ? 'Table' : 'Figure'} ${parsed.number}`;
    (id < el.id ? before : after).push(node);
  }
  const data = dataOf(members, label ? { label } : {});
  pushAll(
    data.refs,
    before.concat(after).flatMap((c) => c.data.refs),
  );
  pushAll(
    data.spans,
    before.concat(after).flatMap((c) => c.data.spans),
  );
  return { type: 'figure', kind, children: [...before, content, ...after], data };
}
