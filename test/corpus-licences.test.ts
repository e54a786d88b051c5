// The licence rule on committed data (DEVELOPERS.md): only text under MIT, Apache-2.0 or BSD may be in the
// repository. Every generated document committed (corpus/, corpus-office/, corpus-latex/, test/corpus-train/)
// names its source's licence in meta.json, and that licence must be permissive; no committed file is named after
// a source that is not (the data engine's ids start with, or hold, the source key).
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { DEV_SOURCES, DEV2_SOURCES, HELDOUT_SOURCES, isPermissive, SOURCES } from '../scripts/corpus/sources.js';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const FOLDERS = ['corpus', 'corpus-office', 'corpus-latex', 'test/corpus-train'];

function walk(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? walk(path.join(dir, e.name)) : [path.join(dir, e.name)],
  );
}

describe('isPermissive', () => {
  it('takes MIT, Apache-2.0 and BSD, an OR with one of them, an AND of them only', () => {
    for (const l of ['MIT', 'MIT (Expat)', 'Apache-2.0', 'BSD-3-Clause', 'BSD-2-Clause', '0BSD', 'GPL-2.0-only OR MIT'])
      expect(isPermissive(l), l).toBe(true);
    for (const l of [
      'GPL-2.0-or-later',
      'GPL-2.0-or-later OR CC-BY-SA-3.0',
      'CC-BY-4.0',
      'MIT AND GPL-3.0-only',
      'LicenseRef-debian-faq (verbatim copies)',
      'AGPL-3.0',
      '',
    ])
      expect(isPermissive(l), l).toBe(false);
  });

  it('of the Debian manuals the data engine reads, only debmake-doc is permissive', () => {
    const all = { ...SOURCES, ...HELDOUT_SOURCES, ...DEV_SOURCES, ...DEV2_SOURCES };
    const permissive = Object.values(all).filter((s) => isPermissive(s.licence));
    expect(permissive.map((s) => s.key)).toEqual(['debmake']);
  });
});

describe('committed corpus documents', () => {
  const metas = FOLDERS.flatMap((f) =>
    readdirSync(path.join(ROOT, f), { withFileTypes: true })
      .filter((e) => e.isDirectory() && existsSync(path.join(ROOT, f, e.name, 'meta.json')))
      .map((e) => ({
        id: `${f}/${e.name}`,
        meta: JSON.parse(readFileSync(path.join(ROOT, f, e.name, 'meta.json'), 'utf8')),
      })),
  );

  it('are many, from every committed folder', () => {
    // measured: corpus/ 20, corpus-office/ 9, corpus-latex/ 13, test/corpus-train/ 49
    expect(metas.length).toBeGreaterThanOrEqual(85);
    for (const f of FOLDERS)
      expect(
        metas.some((m) => m.id.startsWith(`${f}/`)),
        f,
      ).toBe(true);
  });

  it('all name a permissive licence', () => {
    const bad = metas.filter((m) => !isPermissive(String(m.meta.licence))).map((m) => `${m.id}: ${m.meta.licence}`);
    expect(bad).toEqual([]);
  });

  it('no committed data file is named after a non-permissive source', () => {
    const keys = Object.values({ ...SOURCES, ...HELDOUT_SOURCES, ...DEV_SOURCES, ...DEV2_SOURCES })
      .filter((s) => !isPermissive(s.licence))
      .map((s) => s.key);
    const files = [...FOLDERS, 'test/fixtures', 'examples'].flatMap((f) => walk(path.join(ROOT, f)));
    expect(files.length).toBeGreaterThan(500);
    const named = files
      .map((f) => path.relative(ROOT, f))
      .filter((f) => keys.some((k) => new RegExp(`(^|[/-])${k}-`).test(f)));
    expect(named).toEqual([]);
  });
});
