// The review view as a hono app: static assets (plain ES modules + CSS, no build step) at `/`, the
// output folder's files under `/data/`, and `POST /data/structure.reviewed.json` to save a corrected
// structure. `docstitch view` serves it; the service can mount it with `app.route('/view', viewRoutes(source))`.
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { Hono } from 'hono';
import { writeOutputs } from '../cli/write.js';
import { DocstitchError } from '../model/errors.js';
import { type Structure, structureSchema } from '../model/structure.js';

/** The files of an output folder the view reads. */
export const VIEW_DATA_FILES = ['document.json', 'structure.json', 'chunks.jsonl'] as const;
export type ViewDataFile = (typeof VIEW_DATA_FILES)[number];

/** Where the view's data comes from and where a reviewed structure goes. */
export interface ViewSource {
  /** Shown in the view's title bar (the folder's path). */
  name: string;
  /** Text of one data file, or undefined when it is absent. */
  read(file: ViewDataFile): string | undefined | Promise<string | undefined>;
  /** Keep a reviewed structure; returns where it went. Without it, the view offers only the download. */
  saveReviewed?(structure: Structure): string | Promise<string>;
  /** Served by `docstitch serve`: the view opens a parser output by posting it to `v1/stitch`. */
  service?: boolean;
}

/** The view mounted on `docstitch serve`: no folder behind it; documents come from `POST /v1/stitch`. */
export function serviceSource(): ViewSource {
  return { name: 'docstitch serve', read: () => undefined, service: true };
}

export const REVIEWED_FILE = 'structure.reviewed.json';

/** An output folder written by `docstitch … --out DIR`; saving writes DIR/structure.reviewed.json. */
export function folderSource(dir: string): ViewSource {
  const root = resolve(dir);
  return {
    name: dir,
    read(file) {
      try {
        return readFileSync(join(root, file), 'utf8');
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
        throw new DocstitchError('io', `cannot read: ${(error as Error).message}`, { file: join(dir, file) });
      }
    },
    saveReviewed(structure) {
      return writeOutputs(root, { [REVIEWED_FILE]: `${JSON.stringify(structure, null, 2)}\n` })[0];
    },
  };
}

/** The static files of the view, by URL name, with their media types. */
const ASSETS: Record<string, string> = {
  'index.html': 'text/html; charset=utf-8',
  'view.css': 'text/css; charset=utf-8',
  'view.js': 'text/javascript; charset=utf-8',
  'model.js': 'text/javascript; charset=utf-8',
  'draw.js': 'text/javascript; charset=utf-8',
};

const assetCache = new Map<string, string>();
function asset(name: string): string {
  let text = assetCache.get(name);
  if (text === undefined) {
    // Next to this module in both src/ (tsx) and dist/ (the build copies src/view/assets).
    text = readFileSync(new URL(`./assets/${name}`, import.meta.url), 'utf8');
    assetCache.set(name, text);
  }
  return text;
}

const DATA_TYPES: Record<ViewDataFile, string> = {
  'document.json': 'application/json; charset=utf-8',
  'structure.json': 'application/json; charset=utf-8',
  'chunks.jsonl': 'application/x-ndjson; charset=utf-8',
};

/** Refs a saved structure points at that the document does not have (a save must not invent elements). */
function unknownRefs(structure: Structure, documentText: string | undefined): string[] {
  if (!documentText) return [];
  const elements = (JSON.parse(documentText) as { elements?: Array<{ ref: string }> }).elements;
  if (!elements) return [];
  const known = new Set(elements.map((e) => e.ref));
  const used = [
    ...structure.headings.map((h) => h.ref),
    ...structure.paragraphMerges.flat(),
    ...structure.tableMerges.flat(),
    ...structure.captions.flatMap((c) => [c.caption, c.target]),
    ...structure.furniture,
  ];
  return [...new Set(used.filter((r) => !known.has(r)))];
}

export function viewRoutes(source: ViewSource): Hono {
  const app = new Hono();
  const sendAsset = (name: string) =>
    new Response(asset(name), { headers: { 'content-type': ASSETS[name], 'cache-control': 'no-cache' } });
  app.get('/', () => sendAsset('index.html'));
  app.get('/assets/:name', (c) => {
    const name = c.req.param('name');
    if (!Object.hasOwn(ASSETS, name)) return c.json({ error: `no asset ${name}` }, 404);
    return sendAsset(name);
  });
  app.get('/data/source', (c) =>
    c.json({ name: source.name, canSave: source.saveReviewed !== undefined, service: source.service === true }),
  );
  app.get('/data/:file', async (c) => {
    const file = c.req.param('file') as ViewDataFile;
    if (!VIEW_DATA_FILES.includes(file)) return c.json({ error: `no data file ${file}` }, 404);
    const text = await source.read(file);
    if (text === undefined) return c.json({ error: `${file} is not in ${source.name}` }, 404);
    return c.body(text, 200, { 'content-type': DATA_TYPES[file], 'cache-control': 'no-cache' });
  });
  app.post(`/data/${REVIEWED_FILE}`, async (c) => {
    if (!source.saveReviewed) return c.json({ error: 'this view is read-only: use the download' }, 405);
    let body: unknown;
    try {
      body = await c.req.json();
    } catch {
      return c.json({ error: 'the body is not JSON' }, 400);
    }
    const parsed = structureSchema.safeParse(body);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      return c.json({ error: `not a structure.json: /${issue.path.join('/')}: ${issue.message}` }, 400);
    }
    const unknown = unknownRefs(parsed.data, await source.read('document.json'));
    if (unknown.length > 0) return c.json({ error: `unknown refs: ${unknown.slice(0, 5).join(', ')}` }, 400);
    try {
      const path = await source.saveReviewed(parsed.data);
      return c.json({ saved: path });
    } catch (error) {
      const message = error instanceof DocstitchError ? error.toLine() : (error as Error).message;
      return c.json({ error: message }, 500);
    }
  });
  return app;
}
