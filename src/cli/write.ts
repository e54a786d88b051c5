// Writing outputs without leaving a partial result behind: everything is rendered in memory first,
// each file is written to a temporary name and renamed; on any failure the new files are removed.
import { mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { DocstitchError } from '../model/errors.js';

export function writeOutputs(dir: string, files: Record<string, string>): string[] {
  const written: string[] = [];
  try {
    mkdirSync(dir, { recursive: true });
    for (const [name, content] of Object.entries(files)) {
      const target = join(dir, name);
      const temp = `${target}.partial-${process.pid}`;
      writeFileSync(temp, content);
      renameSync(temp, target);
      written.push(target);
    }
    return written;
  } catch (error) {
    for (const [name] of Object.entries(files)) rmSync(join(dir, `${name}.partial-${process.pid}`), { force: true });
    for (const path of written) rmSync(path, { force: true });
    throw new DocstitchError('io', `cannot write output: ${(error as Error).message}`, { file: dir });
  }
}
