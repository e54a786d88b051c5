// Writing outputs without leaving a partial result behind: everything is rendered in memory first,
// each file is written to a temporary name and renamed; on any failure the new files are removed.
import { renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { DocstitchError } from '../model/errors.js';
import { ensureFolder } from './out-folders.js';

export function writeOutputs(dir: string, files: Record<string, string>): string[] {
  const written: string[] = [];
  ensureFolder(dir);
  try {
    for (const [name, content] of Object.entries(files)) {
      const target = join(dir, name);
      const temp = `${target}.partial-${process.pid}`;
      writeFileSync(temp, content);
      renameSync(temp, target);
      written.push(target);
    }
    return written;
  } catch (error) {
    for (const [name] of Object.entries(files)) removeQuietly(join(dir, `${name}.partial-${process.pid}`));
    for (const path of written) removeQuietly(path);
    throw new DocstitchError('io', `cannot write output: ${(error as Error).message}`, { file: dir });
  }
}

/** Cleanup after a failed write must not replace the write's error with its own. */
function removeQuietly(path: string): void {
  try {
    rmSync(path, { force: true });
  } catch {
    // the write error above is the one to report
  }
}
