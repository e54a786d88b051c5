// The review view's data model, as pure functions over plain data (no DOM): loading an output folder's
// files or a `POST /v1/stitch` response, the reviewer's working structure, flipping a decision, and the
// structure.json (../shared/spec/structure.md) and Markdown preview that follow from it.

/** Stages whose decisions change structure.json (references are not part of it). */
export const EDITABLE_STAGES = ['furniture', 'text-merge', 'table-merge', 'headings', 'captions'];

const FLOAT_TYPES = new Set(['image', 'table', 'equation', 'code']);

/** The view's document from an output folder: document.json, structure.json, chunks.jsonl (text or absent). */
export function fromFolder(documentJson, structure, chunksText) {
  const chunks = chunksText
    ? chunksText
        .split('\n')
        .filter((line) => line.trim())
        .map((line) => JSON.parse(line))
    : [];
  return makeDoc({
    source: documentJson.source,
    format: documentJson.format,
    pages: documentJson.pages,
    elements: documentJson.elements,
    dropped: documentJson.dropped,
    decisions: documentJson.decisions,
    structure,
    chunks,
  });
}

/** The view's document from the service's answer to `POST /v1/stitch` with emit=elements,tree,md,structure,decisions. */
export function fromResponse(response) {
  const document = response.document ?? {};
  return makeDoc({
    source: document.source ?? response.source ?? '',
    format: response.format,
    pages: document.pages,
    elements: document.elements,
    dropped: document.dropped,
    decisions: response.decisions,
    structure: response.structure,
    chunks: response.chunks ?? [],
  });
}

/** Either input shape: a response has `document.elements`, a folder's document.json has `elements`. */
export function fromAny(json, structure, chunksText) {
  if (json?.document?.elements) return fromResponse(json);
  return fromFolder(json, structure, chunksText);
}

function makeDoc(d) {
  if (!Array.isArray(d.elements)) throw new Error('no elements with page boxes in this input');
  if (d.structure?.version !== 1) throw new Error('no structure.json (version 1) for this input');
  const byRef = new Map(d.elements.map((e, i) => [e.ref, { ...e, order: i }]));
  const elements = [...byRef.values()];
  const pages = (d.pages?.length ? d.pages : pagesOf(elements)).map((p) => ({
    page: p.page,
    // Width over height; US Letter when the parser gave no size.
    ratio: p.width && p.height ? p.height / p.width : 11 / 8.5,
  }));
  const elementsByPage = new Map(pages.map((p) => [p.page, []]));
  for (const e of elements) {
    if (!elementsByPage.has(e.page)) elementsByPage.set(e.page, []);
    elementsByPage.get(e.page).push(e);
  }
  const structure = d.structure;
  const nestedCaptions = new Set();
  const decisions = (d.decisions ?? []).map((x, index) => ({ ...x, index }));
  for (const x of decisions) {
    if (x.stage === 'captions' && x.accepted && x.place.refs.length === 2) {
      const listed = structure.captions.some((c) => c.caption === x.place.refs[0] && c.target === x.place.refs[1]);
      if (!listed) nestedCaptions.add(x.place.refs[0]);
    }
  }
  return {
    source: d.source ?? '',
    format: d.format ?? '',
    pages,
    elements,
    elementsByPage,
    byRef,
    // `place.refs[0]`/`ruleId` since 0.x (the Message shape); `ref`/`rule` in older document.json files.
    dropped: new Map((d.dropped ?? []).map((x) => [x.place?.refs?.[0] ?? x.ref, x])),
    decisions,
    structure,
    headingLevels: new Map(structure.headings.map((h) => [h.ref, h.level])),
    nestedCaptions,
    chunks: d.chunks ?? [],
  };
}

function pagesOf(elements) {
  return [...new Set(elements.map((e) => e.page))].sort((a, b) => a - b).map((page) => ({ page }));
}

/** The reviewer's working copy of the decisions, starting from the engine's structure. */
export function initialState(doc) {
  const s = doc.structure;
  return {
    headings: new Map(s.headings.map((h) => [h.ref, h.level])),
    paragraphMerges: s.paragraphMerges.map((g) => [...g]),
    tableMerges: s.tableMerges.map((g) => [...g]),
    captions: new Map(s.captions.map((c) => [c.caption, c.target])),
    furniture: new Set(s.furniture),
  };
}

const order = (doc, ref) => doc.byRef.get(ref)?.order ?? Number.MAX_SAFE_INTEGER;
const byOrder = (doc) => (a, b) => order(doc, a) - order(doc, b);

function groupsKey(decision) {
  return decision.stage === 'table-merge' ? 'tableMerges' : 'paragraphMerges';
}

export function joined(groups, a, b) {
  return groups.some((g) => g.includes(a) && g.includes(b));
}

/** Joins the groups of a and b (a group of one when not in any) into one, in reading order. */
export function joinGroups(doc, groups, a, b) {
  const ga = groups.find((g) => g.includes(a)) ?? [a];
  const gb = groups.find((g) => g.includes(b)) ?? [b];
  const rest = groups.filter((g) => g !== ga && g !== gb);
  return [...rest, [...new Set([...ga, ...gb])].sort(byOrder(doc))];
}

/** Cuts the group holding a and b between them: what comes before b stays, b and after go; groups of one vanish. */
export function splitGroups(doc, groups, a, b) {
  const cut = order(doc, b);
  return groups.flatMap((g) => {
    if (!(g.includes(a) && g.includes(b))) return [g];
    const before = g.filter((r) => order(doc, r) < cut);
    const after = g.filter((r) => order(doc, r) >= cut);
    return [before, after].filter((part) => part.length >= 2);
  });
}

/** The level a heading decision gave (or proposed): structure.json's, else the decision's `level`, else 2. */
export function proposedLevel(doc, decision) {
  const fromStructure = doc.headingLevels.get(decision.place.refs[0]);
  if (fromStructure !== undefined) return fromStructure;
  return decision.level ?? 2;
}

/** The float a caption links to when relinked by hand: the nearest image/table on its page, else the next page. */
export function nearestFloat(doc, captionRef) {
  const caption = doc.byRef.get(captionRef);
  if (!caption) return undefined;
  const candidates = doc.elements.filter(
    (e) => FLOAT_TYPES.has(e.type) && Math.abs(e.page - caption.page) <= 1 && e.ref !== captionRef,
  );
  const distance = (e) => {
    if (e.page !== caption.page || !e.bbox || !caption.bbox) return 10 + Math.abs(e.order - caption.order);
    const dx = Math.max(0, e.bbox[0] - caption.bbox[2], caption.bbox[0] - e.bbox[2]);
    const dy = Math.max(0, e.bbox[1] - caption.bbox[3], caption.bbox[1] - e.bbox[3]);
    return Math.hypot(dx, dy);
  };
  return candidates.sort((x, y) => distance(x) - distance(y))[0]?.ref;
}

/** Floats a caption may be linked to (its page and the pages next to it), nearest first. */
export function floatChoices(doc, captionRef) {
  const caption = doc.byRef.get(captionRef);
  if (!caption) return [];
  const first = nearestFloat(doc, captionRef);
  const rest = doc.elements
    .filter((e) => FLOAT_TYPES.has(e.type) && Math.abs(e.page - caption.page) <= 1 && e.ref !== first)
    .map((e) => e.ref);
  return first ? [first, ...rest] : rest;
}

/**
 * Where a decision stands in the working state: `on` (merged / heading / linked / furniture now),
 * `flipped` (differs from what the engine decided), `flippable`, and a note when it is not.
 */
export function decisionStatus(doc, state, d) {
  const [a, b] = d.place.refs;
  switch (d.stage) {
    case 'text-merge':
    case 'table-merge': {
      if (d.place.refs.length < 2)
        return { on: d.accepted, flipped: false, flippable: false, note: 'no pair to merge' };
      const on = joined(state[groupsKey(d)], a, b);
      return { on, flipped: on !== d.accepted, flippable: true };
    }
    case 'headings': {
      const on = state.headings.has(a);
      const level = state.headings.get(a);
      const changed = on && d.accepted && level !== proposedLevel(doc, d);
      return { on, level, flipped: on !== d.accepted || changed, flippable: true };
    }
    case 'captions': {
      if (d.accepted && doc.nestedCaptions.has(a))
        return { on: true, flipped: false, flippable: false, note: 'nested by the parser: not in structure.json' };
      const target = state.captions.get(a);
      const on = b ? target === b : target !== undefined;
      const canLink = b !== undefined || nearestFloat(doc, a) !== undefined;
      return {
        on,
        target,
        flipped: on !== d.accepted,
        flippable: on || canLink,
        note: on || canLink ? undefined : 'no float near it to link to',
      };
    }
    case 'furniture': {
      const on = state.furniture.has(a);
      return { on, flipped: on !== d.accepted, flippable: true };
    }
    default:
      return { on: d.accepted, flipped: false, flippable: false, note: 'not part of structure.json' };
  }
}

/** What flipping a decision would do, as a button label. */
export function flipLabel(doc, state, d) {
  const st = decisionStatus(doc, state, d);
  if (!st.flippable) return '';
  switch (d.stage) {
    case 'text-merge':
      return st.on ? 'Split paragraph' : 'Merge paragraphs';
    case 'table-merge':
      return st.on ? 'Split table' : 'Merge tables';
    case 'headings':
      return st.on ? 'Not a heading' : 'Make heading';
    case 'captions':
      return st.on ? 'Unlink caption' : 'Link caption';
    case 'furniture':
      return st.on ? 'Keep as content' : 'Mark furniture';
    default:
      return '';
  }
}

/** The state after flipping decision d (accept a rejected one, undo an accepted one). `choice` picks a caption target. */
export function flip(doc, state, d, choice) {
  const st = decisionStatus(doc, state, d);
  if (!st.flippable) return state;
  const [a, b] = d.place.refs;
  switch (d.stage) {
    case 'text-merge':
    case 'table-merge': {
      const key = groupsKey(d);
      const groups = st.on ? splitGroups(doc, state[key], a, b) : joinGroups(doc, state[key], a, b);
      return { ...state, [key]: groups };
    }
    case 'headings':
      return setHeading(state, a, st.on ? undefined : proposedLevel(doc, d));
    case 'captions': {
      const captions = new Map(state.captions);
      if (st.on) captions.delete(a);
      else captions.set(a, choice ?? b ?? nearestFloat(doc, a));
      return { ...state, captions };
    }
    case 'furniture':
      return setFurniture(state, a, !st.on);
    default:
      return state;
  }
}

/** A heading at `level`, or no heading when level is undefined. */
export function setHeading(state, ref, level) {
  const headings = new Map(state.headings);
  if (level === undefined) headings.delete(ref);
  else headings.set(ref, level);
  return { ...state, headings };
}

export function setCaptionTarget(state, captionRef, targetRef) {
  const captions = new Map(state.captions);
  if (targetRef) captions.set(captionRef, targetRef);
  else captions.delete(captionRef);
  return { ...state, captions };
}

export function setFurniture(state, ref, on) {
  const furniture = new Set(state.furniture);
  if (on) furniture.add(ref);
  else furniture.delete(ref);
  return { ...state, furniture };
}

/** structure.json (version 1) from the working state, every list in reading order as docstitch writes it. */
export function toStructure(doc, state) {
  const cmp = byOrder(doc);
  const groups = (gs) => gs.map((g) => [...g].sort(cmp)).sort((x, y) => cmp(x[0], y[0]));
  return {
    version: 1,
    headings: [...state.headings.entries()].sort((x, y) => cmp(x[0], y[0])).map(([ref, level]) => ({ ref, level })),
    paragraphMerges: groups(state.paragraphMerges),
    tableMerges: groups(state.tableMerges),
    captions: [...state.captions.entries()]
      .sort((x, y) => cmp(x[0], y[0]))
      .map(([caption, target]) => ({ caption, target })),
    furniture: [...state.furniture].sort(cmp),
  };
}

/** How many places the working structure differs from the engine's, per field. */
export function countChanges(doc, state) {
  const now = toStructure(doc, state);
  const was = doc.structure;
  const diff = (xs, ys, key) => {
    const a = new Set(xs.map(key));
    const b = new Set(ys.map(key));
    return [...a].filter((k) => !b.has(k)).length + [...b].filter((k) => !a.has(k)).length;
  };
  return (
    diff(now.headings, was.headings, (h) => `${h.ref}@${h.level}`) +
    diff(now.paragraphMerges, was.paragraphMerges, (g) => g.join('|')) +
    diff(now.tableMerges, was.tableMerges, (g) => g.join('|')) +
    diff(now.captions, was.captions, (c) => `${c.caption}>${c.target}`) +
    diff(now.furniture, was.furniture, (r) => r)
  );
}

/** True when an element is out of the body: furniture now, or dropped by the engine for another reason (empty …). */
export function isOut(doc, state, ref) {
  if (state.furniture.has(ref)) return true;
  const dropped = doc.dropped.get(ref);
  return dropped !== undefined && !(dropped.ruleId ?? dropped.rule).startsWith('furniture');
}

const CJK = /[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]/;

/** Joins the text of merged fragments: a hyphen at a line end is undone before a lower-case letter. */
function joinText(parts) {
  return parts.reduce((acc, next) => {
    if (!acc) return next;
    if (/[a-z]-$/.test(acc) && /^[a-z]/.test(next)) return acc.slice(0, -1) + next;
    if (CJK.test(acc.slice(-1)) && CJK.test(next[0] ?? '')) return acc + next;
    return `${acc} ${next}`;
  }, '');
}

/**
 * A Markdown preview of the reviewed document: headings at their levels, merged fragments joined, linked
 * captions moved under their float, furniture left out. An approximation of docstitch's renderer (which
 * rewrites tables as GFM and escapes Markdown): stitching again gives the exact file.
 */
export function previewMarkdown(doc, state) {
  return `${previewBlocks(doc, state)
    .map((b) => b.text)
    .join('\n\n')}\n`;
}

/** The preview's blocks in reading order, each with the refs of the elements it shows. */
export function previewBlocks(doc, state) {
  const followers = new Set();
  const groupOf = new Map();
  for (const g of [...state.paragraphMerges, ...state.tableMerges]) {
    const sorted = [...g].sort(byOrder(doc));
    groupOf.set(sorted[0], sorted);
    for (const r of sorted.slice(1)) followers.add(r);
  }
  const captionsOf = new Map();
  for (const [caption, target] of state.captions) {
    if (!captionsOf.has(target)) captionsOf.set(target, []);
    captionsOf.get(target).push(caption);
  }
  const blocks = [];
  const block = (e, text) => {
    const level = state.headings.get(e.ref);
    if (level !== undefined) return `${'#'.repeat(Math.min(level, 6))} ${text}`;
    switch (e.type) {
      case 'image':
        return `![${text || 'image'}](${e.ref})`;
      case 'table':
        return e.html ?? text;
      case 'equation':
        return `$$\n${text}\n$$`;
      case 'code':
        return `\`\`\`\n${text}\n\`\`\``;
      case 'list_item':
        return `- ${text}`;
      default:
        return text;
    }
  };
  for (const e of doc.elements) {
    if (followers.has(e.ref) || isOut(doc, state, e.ref) || state.captions.has(e.ref)) continue;
    const group = groupOf.get(e.ref);
    const text = group
      ? e.type === 'table'
        ? group.map((r) => doc.byRef.get(r)?.html ?? doc.byRef.get(r)?.text ?? '').join('\n')
        : joinText(group.map((r) => doc.byRef.get(r)?.text ?? ''))
      : e.text;
    blocks.push({ refs: group ?? [e.ref], text: block(e, text) });
    for (const c of (captionsOf.get(e.ref) ?? []).sort(byOrder(doc))) {
      if (!isOut(doc, state, c)) blocks.push({ refs: [c], text: `*${doc.byRef.get(c)?.text ?? ''}*` });
    }
  }
  return blocks.filter((b) => b.text !== '');
}

/** Decisions as the list shows them: filtered, least confident first, then in reading order. */
export function listDecisions(doc, filter) {
  return doc.decisions
    .filter(
      (d) =>
        (!filter.stage || d.stage === filter.stage) &&
        (!filter.rule || d.ruleId === filter.rule) &&
        d.confidence <= (filter.maxConfidence ?? 1) &&
        (!filter.ref || d.place.refs.includes(filter.ref)),
    )
    .sort((x, y) => x.confidence - y.confidence || (x.ids[0] ?? 0) - (y.ids[0] ?? 0) || x.index - y.index);
}
