// The review view's page: loads the data, draws pages near the viewport, lists the decisions, flips
// them, and saves the reviewed structure.json. State lives in one object; every change redraws from it.
import { boxOf, drawLinks, drawPage, layoutPages } from './draw.js';
import {
  countChanges,
  decisionStatus,
  EDITABLE_STAGES,
  flip,
  flipLabel,
  floatChoices,
  fromAny,
  initialState,
  listDecisions,
  previewBlocks,
  proposedLevel,
  setCaptionTarget,
  setFurniture,
  setHeading,
  toStructure,
} from './model.js';

const $ = (id) => document.getElementById(id);
const PAGE_WIDTH = 620;
// The engine's default `unsureBelow` (src/options.ts): a decision below it is marked unsure.
const UNSURE_BELOW = 0.9;
/** Decisions added to the list at a time. */
const LIST_STEP = 150;

const app = {
  doc: undefined,
  state: undefined,
  layout: undefined,
  canSave: false,
  filter: { stage: '', rule: '', maxConfidence: 1, ref: '' },
  visible: [],
  rendered: 0,
  selected: -1,
  drawn: new Set(),
  view: { highlight: new Set(), selectedRef: undefined },
  observer: undefined,
};

let statusTimer;
function status(text, kind = 'info') {
  const node = $('status');
  node.textContent = text;
  node.dataset.kind = kind;
  node.classList.toggle('shown', Boolean(text));
  clearTimeout(statusTimer);
  if (kind !== 'error') statusTimer = setTimeout(() => node.classList.remove('shown'), 3500);
}

async function fetchText(url, optional = false) {
  const response = await fetch(url);
  if (response.ok) return response.text();
  if (optional && response.status === 404) return undefined;
  throw new Error(`${url}: ${response.status} ${await response.text()}`);
}

async function loadFromServer() {
  const params = new URLSearchParams(location.search);
  const responseUrl = params.get('response');
  if (responseUrl) {
    const json = JSON.parse(await fetchText(responseUrl));
    return { doc: fromAny(json), canSave: false };
  }
  const source = JSON.parse(await fetchText('data/source'));
  app.service = source.service === true;
  if (app.service) return { doc: undefined, canSave: false };
  const [documentText, structureText, chunksText] = await Promise.all([
    fetchText('data/document.json'),
    fetchText('data/structure.json'),
    fetchText('data/chunks.jsonl', true),
  ]);
  const doc = fromAny(JSON.parse(documentText), JSON.parse(structureText), chunksText);
  doc.name = source.name;
  return { doc, canSave: source.canSave };
}

/** Shows a document: a folder's files or a stitch response (also callable as window.docstitchView.load). */
function show(doc, canSave) {
  app.doc = doc;
  app.state = initialState(doc);
  app.canSave = canSave;
  app.filter = { stage: '', rule: '', maxConfidence: 1, ref: '' };
  app.selected = -1;
  app.view = { highlight: new Set(), selectedRef: undefined };
  $('doc-name').textContent = doc.name ?? doc.source;
  $('save').disabled = !canSave;
  $('save').title = canSave ? 'Write structure.reviewed.json into the output folder' : 'Read-only: use Download';
  buildPages();
  buildFilters();
  renderChunks();
  app.outlineOf = undefined;
  refresh();
}

function buildPages() {
  const { doc } = app;
  app.layout = layoutPages(doc, PAGE_WIDTH);
  const container = $('pages');
  for (const node of [...container.querySelectorAll('.page')]) node.remove();
  container.style.height = `${app.layout.height}px`;
  container.style.width = `${app.layout.width}px`;
  app.observer?.disconnect();
  app.drawn = new Set();
  // Only pages near the viewport are drawn; a 300-page document stays light.
  app.observer = new IntersectionObserver(onPagesSeen, { root: $('pages-pane'), rootMargin: '600px 0px' });
  for (const p of app.layout.pages.values()) {
    const node = document.createElement('div');
    node.className = 'page';
    node.dataset.page = String(p.page);
    node.style.cssText = `top:${p.top}px;left:${p.left}px;width:${p.width}px;height:${p.height}px`;
    node.setAttribute('aria-label', `page ${p.page}`);
    const label = document.createElement('span');
    label.className = 'page-label';
    label.textContent = `${p.page}`;
    node.appendChild(label);
    container.appendChild(node);
    app.observer.observe(node);
  }
}

function onPagesSeen(entries) {
  for (const entry of entries) {
    const node = entry.target;
    const page = Number(node.dataset.page);
    if (entry.isIntersecting && !app.drawn.has(page)) {
      drawPage(node, app.doc, app.state, app.layout, app.view);
      app.drawn.add(page);
    } else if (!entry.isIntersecting && app.drawn.has(page)) {
      node.querySelector('.page-svg')?.remove();
      app.drawn.delete(page);
    }
  }
  redrawLinks();
}

function redrawPages() {
  for (const page of app.drawn) {
    const node = document.querySelector(`.page[data-page="${page}"]`);
    if (node) drawPage(node, app.doc, app.state, app.layout, app.view);
  }
  redrawLinks();
}

function redrawLinks() {
  drawLinks($('links'), app.doc, app.state, app.layout, app.drawn, app.view);
  document.body.dataset.drawnPages = [...app.drawn].sort((a, b) => a - b).join(',');
}

function option(value, label) {
  const o = document.createElement('option');
  o.value = value;
  o.textContent = label;
  return o;
}

function buildFilters() {
  const stages = [...new Set(app.doc.decisions.map((d) => d.stage))];
  const stage = $('filter-stage');
  stage.replaceChildren(option('', 'all'), ...stages.map((s) => option(s, s)));
  stage.value = app.filter.stage;
  buildRuleFilter();
}

function buildRuleFilter() {
  const rules = [
    ...new Set(app.doc.decisions.filter((d) => !app.filter.stage || d.stage === app.filter.stage).map((d) => d.ruleId)),
  ].sort();
  const rule = $('filter-rule');
  rule.replaceChildren(option('', 'all'), ...rules.map((r) => option(r, r.replace(/^[^.]+\./, ''))));
  rule.value = rules.includes(app.filter.rule) ? app.filter.rule : '';
  app.filter.rule = rule.value;
}

/** Redraws everything that follows from the state (after a load, a flip or a filter change). */
function refresh() {
  renderDecisions();
  // The outline changes only with the headings (a flip keeps the other parts of the state as they were).
  if (app.outlineOf !== app.state.headings) renderOutline();
  app.outlineOf = app.state.headings;
  renderPreview();
  const changes = countChanges(app.doc, app.state);
  $('changes').textContent = changes ? `${changes} change${changes > 1 ? 's' : ''} to structure.json` : 'no changes';
  document.body.dataset.changes = String(changes);
  const { doc } = app;
  const unsure = doc.decisions.filter((d) => d.confidence < UNSURE_BELOW).length;
  $('summary').textContent =
    `${doc.format} · ${doc.pages.length} pages · ${doc.elements.length} elements · ${doc.decisions.length} decisions (${unsure} below ${UNSURE_BELOW})`;
  redrawPages();
}

const STAGE_LABEL = {
  furniture: 'furniture',
  'text-merge': 'merge',
  'table-merge': 'table',
  headings: 'heading',
  captions: 'caption',
  references: 'reference',
};

/** The evidence a decision weighed, largest contribution first: "+2.00 lowercase-start · −0.60 capital-start". */
function featureNote(features) {
  return [...features]
    .sort((x, y) => Math.abs(y.contribution) - Math.abs(x.contribution))
    .map(
      (f) => `${f.contribution < 0 ? '−' : '+'}${Math.abs(f.contribution).toFixed(2)} ${f.id.replace(/^[^.]+\./, '')}`,
    )
    .join(' · ');
}

/** The model's part in a decision, in words: what it answered, or why the rules' decision stands. */
function llmNote(llm) {
  const who = `${llm.model}, ${llm.protocol}`;
  if (llm.fallback) return `sent to ${who}, but ${llm.fallback}: the rules' decision stands`;
  return `${llm.changed ? 'changed' : 'confirmed'} by ${who}: ${llm.answer ?? ''}`;
}

function pagesOf(d) {
  const pages = [...new Set(d.place.refs.map((r) => app.doc.byRef.get(r)?.page).filter(Boolean))];
  return pages.length ? `p. ${pages.join('–')}` : '';
}

function renderDecisions() {
  const list = $('decisions');
  const keep = app.visible[app.selected]?.index;
  app.visible = listDecisions(app.doc, app.filter);
  app.selected = keep === undefined ? -1 : app.visible.findIndex((d) => d.index === keep);
  $('decision-count').textContent = `${app.visible.length} of ${app.doc.decisions.length}`;
  $('filter-clear').hidden = !app.filter.ref;
  renderElementActions();
  app.rendered = 0;
  list.replaceChildren();
  renderMore(Math.max(LIST_STEP, app.selected + 1));
  list.setAttribute('aria-activedescendant', app.selected >= 0 ? `decision-${app.visible[app.selected].index}` : '');
}

/**
 * Actions on the element whose decisions are listed (a box clicked): mark or unmark furniture and set a
 * heading level, also for an element the engine made no decision about (a missed header or heading).
 */
function renderElementActions() {
  const bar = $('element-actions');
  const e = app.doc.byRef.get(app.filter.ref);
  bar.hidden = !e;
  if (!e) return bar.replaceChildren();
  const label = document.createElement('span');
  label.className = 'element-label';
  label.textContent = `${e.type}, p. ${e.page}: ${e.ref}`;
  label.title = e.text;
  const furniture = document.createElement('button');
  furniture.type = 'button';
  furniture.className = 'flip';
  const isFurniture = app.state.furniture.has(e.ref);
  furniture.textContent = isFurniture ? 'Keep as content' : 'Mark furniture';
  furniture.setAttribute('aria-label', `${furniture.textContent}: ${e.ref}`);
  furniture.addEventListener('click', () => update(setFurniture(app.state, e.ref, !isFurniture)));
  const level = document.createElement('select');
  level.setAttribute('aria-label', `Heading level of the element ${e.ref}`);
  level.appendChild(option('', 'not a heading'));
  for (let l = 1; l <= 6; l++) level.appendChild(option(String(l), `heading ${l}`));
  level.value = String(app.state.headings.get(e.ref) ?? '');
  level.addEventListener('change', () =>
    update(setHeading(app.state, e.ref, level.value ? Number(level.value) : undefined)),
  );
  bar.replaceChildren(label, furniture, level);
}

/** Appends list items up to `count`; the list grows as it is scrolled, so thousands of decisions stay light. */
function renderMore(count) {
  const list = $('decisions');
  const upto = Math.min(app.visible.length, count);
  const items = [];
  for (let i = app.rendered; i < upto; i++) items.push(decisionItem(app.visible[i], i));
  app.listObserver.disconnect();
  list.querySelector('.more')?.remove();
  list.append(...items);
  app.rendered = upto;
  if (upto < app.visible.length) {
    const more = document.createElement('li');
    more.className = 'more';
    more.setAttribute('role', 'presentation');
    more.textContent = `${app.visible.length - upto} more…`;
    list.append(more);
    app.listObserver.observe(more);
  }
}

function decisionItem(d, i) {
  const st = decisionStatus(app.doc, app.state, d);
  const li = document.createElement('li');
  li.id = `decision-${d.index}`;
  li.className = `decision s-${d.stage}${st.flipped ? ' flipped' : ''}${i === app.selected ? ' selected' : ''}`;
  li.setAttribute('role', 'option');
  li.setAttribute('aria-selected', String(i === app.selected));
  li.dataset.index = String(d.index);
  li.dataset.stage = d.stage;
  li.dataset.rule = d.ruleId;
  li.dataset.refs = d.place.refs.join(' ');
  const now = st.on ? 'yes' : 'no';
  const head = document.createElement('div');
  head.className = 'decision-head';
  const conf = Math.round(d.confidence * 100);
  head.innerHTML = `<span class="stage">${STAGE_LABEL[d.stage] ?? d.stage}</span><span class="rule"></span><span class="conf ${d.confidence < UNSURE_BELOW ? 'unsure' : ''}" title="confidence">${conf}%</span>`;
  head.querySelector('.rule').textContent = d.ruleId.replace(/^[^.]+\./, '');
  const state = document.createElement('span');
  state.className = `verdict ${st.on ? 'on' : 'off'}`;
  state.textContent = st.flipped ? `flipped → ${now}` : d.accepted ? 'accepted' : 'rejected';
  head.appendChild(state);
  li.appendChild(head);
  const message = document.createElement('p');
  message.className = 'message';
  message.textContent = d.llm ? `${d.reason} (${llmNote(d.llm)})` : d.reason;
  li.appendChild(message);
  if (d.features?.length) {
    const features = document.createElement('p');
    features.className = 'features';
    features.textContent = featureNote(d.features);
    li.appendChild(features);
  }
  const foot = document.createElement('div');
  foot.className = 'decision-foot';
  const where = document.createElement('span');
  where.className = 'where';
  where.textContent = `${pagesOf(d)} ${d.place.refs.join(' → ')}`;
  where.title = d.place.refs.join('\n');
  foot.appendChild(where);
  if (st.flippable) {
    const button = document.createElement('button');
    button.type = 'button';
    button.className = 'flip';
    button.textContent = flipLabel(app.doc, app.state, d);
    button.setAttribute('aria-label', `${button.textContent}: ${d.ruleId}, ${pagesOf(d)}`);
    button.addEventListener('click', (event) => {
      event.stopPropagation();
      select(i, false);
      flipSelected();
    });
    foot.appendChild(button);
  } else if (st.note) {
    const note = document.createElement('span');
    note.className = 'note';
    note.textContent = st.note;
    foot.appendChild(note);
  }
  if (d.stage === 'headings' && st.on) foot.appendChild(levelSelect(d, st.level));
  if (d.stage === 'captions' && !d.place.refs[1] && st.flippable) foot.appendChild(targetSelect(d, st.target));
  li.appendChild(foot);
  li.addEventListener('click', () => select(i));
  return li;
}

function levelSelect(d, level) {
  const select = document.createElement('select');
  select.setAttribute('aria-label', `Heading level of ${d.place.refs[0]}`);
  for (let l = 1; l <= 6; l++) select.appendChild(option(String(l), `level ${l}`));
  select.value = String(level ?? proposedLevel(app.doc, d));
  select.addEventListener('click', (event) => event.stopPropagation());
  select.addEventListener('change', () => update(setHeading(app.state, d.place.refs[0], Number(select.value))));
  return select;
}

function targetSelect(d, target) {
  const select = document.createElement('select');
  select.setAttribute('aria-label', `Float the caption ${d.place.refs[0]} belongs to`);
  select.appendChild(option('', 'no float'));
  for (const ref of floatChoices(app.doc, d.place.refs[0])) {
    const e = app.doc.byRef.get(ref);
    select.appendChild(option(ref, `${e.type} p.${e.page} ${ref}`));
  }
  select.value = target ?? '';
  select.addEventListener('click', (event) => event.stopPropagation());
  select.addEventListener('change', () =>
    update(setCaptionTarget(app.state, d.place.refs[0], select.value || undefined)),
  );
  return select;
}

function update(state) {
  app.state = state;
  refresh();
}

/** Blocks of the preview shown around the selection (a whole long document would be slow to lay out). */
const PREVIEW_BEFORE = 4;
const PREVIEW_AFTER = 36;

/** The Markdown preview around the selected decision (the start of the document when none is selected). */
function renderPreview() {
  const blocks = previewBlocks(app.doc, app.state);
  const refs = new Set(app.visible[app.selected]?.place.refs ?? []);
  const orderOf = (ref) => app.doc.byRef.get(ref)?.order ?? 0;
  const firstOrder = Math.min(...[...refs].map(orderOf));
  let at = refs.size ? blocks.findIndex((b) => b.refs.some((r) => refs.has(r) || orderOf(r) >= firstOrder)) : 0;
  if (at < 0) at = blocks.length - 1;
  const from = Math.max(0, at - PREVIEW_BEFORE);
  const to = Math.min(blocks.length, at + PREVIEW_AFTER);
  const nodes = [];
  const note = (text) => {
    const div = document.createElement('div');
    div.className = 'md-more';
    div.textContent = text;
    return div;
  };
  if (from > 0) nodes.push(note(`… ${from} blocks above`));
  for (const b of blocks.slice(from, to)) {
    const div = document.createElement('div');
    div.className = b.refs.some((r) => refs.has(r)) ? 'md-block sel' : 'md-block';
    div.textContent = b.text;
    nodes.push(div);
  }
  if (to < blocks.length) nodes.push(note(`… ${blocks.length - to} blocks below`));
  const preview = $('markdown');
  preview.replaceChildren(...nodes);
  const selected = preview.querySelector('.sel');
  preview.scrollTop = selected ? selected.offsetTop - 8 : 0;
}

/** Selects the i-th visible decision: scrolls the pages to it and highlights its elements. */
function select(i, focusList = true) {
  if (i < 0 || i >= app.visible.length) return;
  if (i >= app.rendered) renderMore(i + LIST_STEP);
  app.selected = i;
  const d = app.visible[i];
  status('');
  for (const node of $('decisions').querySelectorAll('.selected')) {
    node.classList.remove('selected');
    node.setAttribute('aria-selected', 'false');
  }
  const li = $(`decision-${d.index}`);
  li?.classList.add('selected');
  li?.setAttribute('aria-selected', 'true');
  li?.scrollIntoView({ block: 'nearest' });
  $('decisions').setAttribute('aria-activedescendant', li?.id ?? '');
  if (focusList) $('decisions').focus({ preventScroll: true });
  highlight(d.place.refs);
  renderPreview();
}

function flipSelected() {
  const d = app.visible[app.selected];
  if (!d) return;
  const next = flip(app.doc, app.state, d);
  if (next === app.state) {
    status(decisionStatus(app.doc, app.state, d).note ?? 'this decision cannot be flipped');
    return;
  }
  update(next);
  status(`${d.ruleId}: ${decisionStatus(app.doc, app.state, d).on ? 'now yes' : 'now no'}`);
}

/** Highlights elements and scrolls the pages to show them (all of them when they fit, else the first). */
function highlight(refs) {
  app.view.highlight = new Set(refs);
  const boxes = refs
    .map((r) => app.doc.byRef.get(r))
    .filter((e) => e)
    .map((e) => boxOf(app.layout, e) ?? { y: app.layout.pages.get(e.page)?.top ?? 0, h: 0 });
  if (boxes.length) {
    const pane = $('pages-pane');
    const top = Math.min(...boxes.map((b) => b.y));
    const bottom = Math.max(...boxes.map((b) => b.y + b.h));
    const room = pane.clientHeight - 120;
    const target = bottom - top <= room ? top - (room - (bottom - top)) / 2 : boxes[0].y - 80;
    pane.scrollTo({ top: Math.max(0, target), behavior: 'auto' });
  }
  redrawPages();
}

function renderOutline() {
  const { doc, state } = app;
  const headings = [...state.headings.entries()]
    .map(([ref, level]) => ({ ref, level, e: doc.byRef.get(ref) }))
    .filter((h) => h.e)
    .sort((a, b) => a.e.order - b.e.order);
  const items = headings.map((h) => {
    const li = document.createElement('li');
    li.style.paddingLeft = `${(h.level - 1) * 12}px`;
    const button = document.createElement('button');
    button.type = 'button';
    button.className = 'outline-item';
    button.dataset.ref = h.ref;
    button.innerHTML = `<span class="lvl">H${h.level}</span> `;
    button.append(h.e.text.replace(/\s+/g, ' ').slice(0, 80) || h.ref);
    button.setAttribute('aria-label', `Heading level ${h.level}, page ${h.e.page}: ${h.e.text.slice(0, 80)}`);
    button.addEventListener('click', () => {
      app.filter.ref = h.ref;
      renderDecisions();
      highlight([h.ref]);
    });
    li.appendChild(button);
    return li;
  });
  $('outline').replaceChildren(...items);
}

function renderChunks() {
  const chunks = app.doc.chunks;
  $('chunks-section').hidden = chunks.length === 0;
  const items = chunks.map((c) => {
    const li = document.createElement('li');
    const button = document.createElement('button');
    button.type = 'button';
    button.className = 'outline-item';
    button.textContent = `#${c.index + 1} p.${c.pageStart}${c.pageEnd !== c.pageStart ? `–${c.pageEnd}` : ''} ${c.headingPath?.at(-1) ?? ''}`;
    button.setAttribute('aria-label', `Chunk ${c.index + 1}, pages ${c.pageStart} to ${c.pageEnd}`);
    button.addEventListener('click', () => highlight(c.refs));
    li.appendChild(button);
    return li;
  });
  $('chunks').replaceChildren(...items);
}

/** Selects the decisions about the element clicked on a page. */
function onPageClick(event) {
  const ref = event.target.closest?.('[data-ref]')?.dataset.ref;
  if (!ref) return;
  app.view.selectedRef = ref;
  app.filter.ref = ref;
  app.selected = -1;
  renderDecisions();
  if (app.visible.length) select(0);
  else {
    highlight([ref]);
    status(`no decision about ${ref}`);
  }
}

async function save() {
  if (!app.canSave) return download();
  const structure = toStructure(app.doc, app.state);
  const response = await fetch('data/structure.reviewed.json', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(structure),
  });
  const answer = await response.json();
  if (response.ok) {
    status(`saved ${answer.saved}`, 'ok');
    document.body.dataset.saved = answer.saved;
  } else status(`not saved: ${answer.error}`, 'error');
}

function download() {
  const blob = new Blob([`${JSON.stringify(toStructure(app.doc, app.state), null, 2)}\n`], {
    type: 'application/json',
  });
  const a = document.createElement('a');
  a.href = URL.createObjectURL(blob);
  a.download = 'structure.reviewed.json';
  a.click();
  setTimeout(() => URL.revokeObjectURL(a.href), 1000);
}

function onKey(event) {
  if ((event.ctrlKey || event.metaKey) && event.key === 's') {
    event.preventDefault();
    save();
    return;
  }
  const tag = event.target.tagName;
  if (tag === 'INPUT' || tag === 'SELECT' || tag === 'TEXTAREA' || event.ctrlKey || event.metaKey || event.altKey)
    return;
  if (event.key === 'j' || (event.key === 'ArrowDown' && event.target.id === 'decisions')) {
    event.preventDefault();
    select(Math.min(app.visible.length - 1, app.selected + 1));
  } else if (event.key === 'k' || (event.key === 'ArrowUp' && event.target.id === 'decisions')) {
    event.preventDefault();
    select(Math.max(0, app.selected - 1));
  } else if (event.key === 'Enter' && (event.target.id === 'decisions' || event.target === document.body)) {
    event.preventDefault();
    flipSelected();
  }
}

function wire() {
  app.listObserver = new IntersectionObserver(
    (entries) => {
      if (entries.some((e) => e.isIntersecting)) renderMore(app.rendered + LIST_STEP);
    },
    { root: $('decisions'), rootMargin: '400px 0px' },
  );
  $('filter-stage').addEventListener('change', (e) => {
    app.filter.stage = e.target.value;
    buildRuleFilter();
    renderDecisions();
  });
  $('filter-rule').addEventListener('change', (e) => {
    app.filter.rule = e.target.value;
    renderDecisions();
  });
  $('filter-confidence').addEventListener('input', (e) => {
    app.filter.maxConfidence = Number(e.target.value);
    $('confidence-value').textContent = Number(e.target.value).toFixed(2);
    renderDecisions();
  });
  $('filter-clear').addEventListener('click', () => {
    app.filter.ref = '';
    app.view.selectedRef = undefined;
    renderDecisions();
    redrawPages();
  });
  $('pages').addEventListener('click', onPageClick);
  $('save').addEventListener('click', save);
  $('download').addEventListener('click', download);
  $('open-file').addEventListener('change', async (e) => {
    const file = e.target.files?.[0];
    if (!file) return;
    try {
      const json = JSON.parse(await file.text());
      // A stitch response or a document.json opens as is; under `docstitch serve`, anything else is a
      // parser output to stitch first.
      const stitched = json?.document?.elements || json?.elements || !app.service ? json : await stitchOnService(file);
      show(fromAny(stitched), false);
      status(`opened ${file.name} (read-only: Download saves)`);
    } catch (error) {
      status(`cannot open ${file.name}: ${error.message}`, 'error');
    }
  });
  document.addEventListener('keydown', onKey);
}

wire();
window.docstitchView = {
  load: (json, structure, chunksText) => show(fromAny(json, structure, chunksText), false),
  structure: () => toStructure(app.doc, app.state),
  editableStages: EDITABLE_STAGES,
};
/** Posts a parser output to the service this view is served by (asking once for its token on a 401). */
async function stitchOnService(file) {
  const url = `v1/stitch?emit=elements,tree,md,structure,decisions&name=${encodeURIComponent(file.name)}`;
  const post = (token) =>
    fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: file,
    });
  let response = await post(sessionStorage.getItem('docstitch-token'));
  if (response.status === 401) {
    const token = prompt('This service needs its bearer token:') ?? '';
    sessionStorage.setItem('docstitch-token', token);
    response = await post(token);
  }
  const body = await response.json();
  if (!response.ok) throw new Error(body?.error?.message ?? `${response.status}`);
  return body;
}

loadFromServer().then(
  ({ doc, canSave }) =>
    doc ? show(doc, canSave) : status('Open a parser output (Open…) to stitch it and review its decisions', 'info'),
  (error) => status(`cannot load: ${error.message}`, 'error'),
);
