// The page's last word on a numbered caption without a box that no float near it in reading order took. A parser
// that printed two captions of a page in each other's places (a table's caption after the figure's pictures, the
// figure's before the table) leaves each beside a float of the other kind, where its label forbids the link. Its
// page still holds its float: the one float of its kind there without a caption proper, or, for a figure of
// several pictures in one run, the picture its sub-figure "(a)" went to (else the run's first: a caption names the
// figure by its first picture). With a box the page's geometry has spoken already; two uncaptioned floats of the
// kind apart on the page leave it unlinked.
import { ElementIndex } from '../../layout/positions.js';
import { type Decision, decision } from '../../model/decision.js';
import type { Element } from '../../model/element.js';
import { parseCaptionLabel } from '../../text/caption-label.js';
import type { CaptionLink } from '../types.js';
import { seen, type Weigh } from '../weigh.js';
import { roleOf } from './roles.js';
import { subLetterIndex } from './sub-figures.js';

/** The floats of `kind` on the page, in reading order, with the positions in `body`. */
function floatsOfKind(body: readonly Element[], page: number, kind: 'table' | 'image'): number[] {
  const out: number[] = [];
  body.forEach((e, i) => {
    if (e.page === page && e.type === kind) out.push(i);
  });
  return out;
}

/** Pictures at these positions in one run: nothing but pictures and captions between them. */
function oneRun(body: readonly Element[], at: number[]): boolean {
  for (let k = at[0] + 1; k < at[at.length - 1]; k++) {
    const t = body[k].type;
    if (t !== 'image' && t !== 'image_caption' && !(t === 'text' && roleOf(body[k]) === 'sub')) return false;
  }
  return true;
}

/**
 * The float each unlinked caption goes to by its page (see above). `links`: the links made so far (a float with a
 * caption proper among them takes no other).
 */
function pageFallback(unlinked: readonly Element[], body: readonly Element[], links: readonly CaptionLink[]) {
  const byId = new ElementIndex(body);
  const captioned = new Set(links.filter((l) => roleOf(byId.get(l.caption)!) === 'main').map((l) => l.target));
  const out: Array<{ caption: Element; target: Element }> = [];
  for (const caption of unlinked) {
    const label = parseCaptionLabel(caption.text);
    if (caption.bbox || roleOf(caption) !== 'main' || !label || label.continued) continue;
    if (label.kind !== 'table' && label.kind !== 'image') continue;
    const free = floatsOfKind(body, caption.page, label.kind).filter((i) => !captioned.has(body[i].id));
    if (free.length === 0 || (free.length > 1 && (label.kind === 'table' || !oneRun(body, free)))) continue;
    const ids = new Set(free.map((i) => body[i].id));
    const lettered = links.find((l) => ids.has(l.target) && subLetterIndex(byId.get(l.caption)!.text) === 0);
    const target = lettered ? byId.get(lettered.target)! : body[free[0]];
    captioned.add(target.id);
    out.push({ caption, target });
  }
  return out;
}

/** Links each unlinked caption its page places (see above), into `out`; returns the captions linked. */
export function linkByPage(
  unlinked: readonly Element[],
  body: readonly Element[],
  out: { links: CaptionLink[]; decisions: Decision[] },
  weigh: Weigh,
): number[] {
  const weighed = weigh([seen('captions.page-fallback')]);
  // Weighed off (a weights file's 0): the page places nothing.
  const found = weighed.score > 0 ? pageFallback(unlinked, body, out.links) : [];
  for (const { caption, target } of found) {
    const { confidence, features } = weighed;
    const message = `linked by its page: the ${target.type === 'table' ? 'table' : 'picture'} of its kind there without a caption, none near it in reading order`;
    out.links.push({ caption: caption.id, target: target.id, nested: false });
    out.decisions.push(
      decision('captions', 'captions.page-fallback', message, confidence, [caption, target], true, 'rules', features),
    );
  }
  return found.map((f) => f.caption.id);
}
