// Output folders: where each document of a batch goes, creating --out safely, and clearing what an earlier
// run wrote there (only docstitch's own files, as listed in its manifest; never anything else).
import { lstatSync, mkdirSync, readFileSync, rmdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { basename, dirname, isAbsolute, join, normalize, resolve, sep } from 'node:path';
import { DocstitchError } from '../model/errors.js';

/** The file in --out that lists what docstitch wrote there, so a later run clears exactly that. */
export const MANIFEST = '.docstitch-outputs.json';

interface Manifest {
  /** Files written, relative to --out. */
  files: string[];
  /** Folders created for batch documents, relative to --out. */
  folders: string[];
}

/**
 * One output folder per batch input, relative to --out: the input's name without `.json`; inputs whose names
 * are equal get the shortest trailing part of their paths that tells them apart (`a/x.json`, `b/x.json` →
 * `a/x`, `b/x`). A name that is also the parent of another name (`x` and `x/y`) counts as a clash too, so no
 * document's folder holds another's (unless the input paths themselves nest). Two inputs with the same path get `~2`, `~3` … in the order given.
 */
export function batchFolderNames(inputs: readonly string[]): string[] {
  const parts = inputs.map((input) => {
    const abs = resolve(input).split(sep).filter(Boolean);
    abs[abs.length - 1] = abs[abs.length - 1].replace(/\.json$/, '');
    return abs;
  });
  const depth = inputs.map(() => 1);
  const nameOf = (i: number) => parts[i].slice(-depth[i]).join('/');
  for (;;) {
    const names = inputs.map((_, i) => nameOf(i));
    const clashing = new Set<number>();
    const byName = new Map<string, number[]>();
    for (const [i, n] of names.entries()) byName.set(n, [...(byName.get(n) ?? []), i]);
    for (const group of byName.values()) if (group.length > 1) for (const i of group) clashing.add(i);
    const nameSet = new Set(names);
    names.forEach((n, i) => {
      // a name that is the parent folder of another one
      for (let cut = n.lastIndexOf('/'); cut > 0; cut = n.lastIndexOf('/', cut - 1)) {
        const parent = n.slice(0, cut);
        if (nameSet.has(parent)) {
          clashing.add(i);
          for (const j of byName.get(parent) ?? []) clashing.add(j);
        }
      }
    });
    const growable = [...clashing].filter((i) => depth[i] < parts[i].length);
    if (growable.length === 0) break;
    for (const i of growable) depth[i]++;
  }
  const seen = new Map<string, number>();
  return inputs.map((_, i) => {
    const name = nameOf(i);
    const count = (seen.get(name) ?? 0) + 1;
    seen.set(name, count);
    return count === 1 ? name : `${name}~${count}`;
  });
}

/**
 * Create a folder and its missing parents, or fail with one line (exit 3); returns the folders it created,
 * outermost first. Done by hand because `mkdirSync(…, { recursive: true })` spins for minutes under /proc on
 * Node 20.
 */
export function ensureFolder(dir: string): string[] {
  // A batch document's folder: its parent exists and it does not, so one call makes it (no stat per level). Any
  // failure (it exists, a parent is missing, no right to …) takes the walk below, which says which.
  try {
    mkdirSync(dir);
    return [resolve(dir)];
  } catch {
    // the walk below
  }
  const missing: string[] = [];
  let at = resolve(dir);
  for (;;) {
    const stat = statSync(at, { throwIfNoEntry: false });
    if (stat) {
      if (!stat.isDirectory())
        throw new DocstitchError('io', `cannot write output: ${at} is a file, not a folder`, { file: dir });
      break;
    }
    missing.unshift(at);
    const parent = dirname(at);
    if (parent === at) break;
    at = parent;
  }
  const created: string[] = [];
  for (const folder of missing) {
    try {
      mkdirSync(folder);
      created.push(folder);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'EEXIST' && statSync(folder).isDirectory()) continue;
      throw new DocstitchError('io', `cannot create output folder: ${(error as Error).message}`, { file: dir });
    }
  }
  return created;
}

/** Remove folders a run created and left empty (innermost first): a run that wrote nothing leaves nothing. */
export function removeEmptyFolders(created: readonly string[]): void {
  for (const folder of [...created].reverse()) {
    try {
      rmdirSync(folder);
    } catch {
      // not empty: something was written there after all
    }
  }
}

/** A manifest entry is used only when it is a plain relative path inside --out. */
function isOwnPath(path: unknown): path is string {
  if (typeof path !== 'string' || path === '' || isAbsolute(path)) return false;
  const norm = normalize(path);
  return norm !== '..' && !norm.startsWith(`..${sep}`) && basename(norm) !== MANIFEST;
}

function readManifest(out: string): Manifest {
  let text: string;
  try {
    text = readFileSync(join(out, MANIFEST), 'utf8');
  } catch {
    return { files: [], folders: [] };
  }
  try {
    const json = JSON.parse(text) as Partial<Manifest>;
    return {
      files: Array.isArray(json.files) ? json.files.filter(isOwnPath) : [],
      folders: Array.isArray(json.folders) ? json.folders.filter(isOwnPath) : [],
    };
  } catch {
    throw new DocstitchError('io', `${MANIFEST} is not valid JSON: remove it or choose another --out`, { file: out });
  }
}

function manifestOf(files: readonly string[]): Manifest {
  const folders = new Set<string>();
  for (const file of files) {
    for (let d = dirname(file); d !== '.' && d !== ''; d = dirname(d)) folders.add(d);
  }
  return { files: [...files], folders: [...folders].sort() };
}

/** List a run's files in --out's manifest. */
export function writeManifest(out: string, files: readonly string[]): void {
  try {
    writeFileSync(join(out, MANIFEST), `${JSON.stringify(manifestOf(files), null, 1)}\n`);
  } catch (error) {
    throw new DocstitchError('io', `cannot write ${MANIFEST}: ${(error as Error).message}`, { file: out });
  }
}

/**
 * Make --out ready for a run that writes `files` (relative paths), before any document is read: create it (so a
 * place where it cannot be is one line, exit 3, at once), remove the files and the then empty folders an earlier
 * run listed in the manifest, and list the new files there before any is written (so a run cut short is still
 * cleared next time). Returns the folders it created, for `removeEmptyFolders` when no document succeeds.
 */
export function prepareOutFolder(out: string, files: readonly string[]): string[] {
  const created = ensureFolder(out);
  const old = readManifest(out);
  try {
    for (const file of old.files) {
      const path = join(out, file);
      if (lstatSync(path, { throwIfNoEntry: false })?.isFile()) rmSync(path);
    }
    // deepest first, and only when empty: a folder holding anything else stays
    for (const folder of [...old.folders].sort((a, b) => b.length - a.length)) {
      try {
        rmdirSync(join(out, folder));
      } catch {
        // not empty, or already gone
      }
    }
  } catch (error) {
    throw new DocstitchError('io', `cannot clear earlier outputs: ${(error as Error).message}`, { file: out });
  }
  writeManifest(out, files);
  return created;
}
