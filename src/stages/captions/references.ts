// Body references ("see Figure 3", "如图 3 所示"): a label in body text that a linked caption carries names that
// caption's float (`label-match`, src/weights/captions.ts). Runs after the captions stage (../captions.ts).
import { type Decision, decision } from '../../model/decision.js';
import { findReferences, parseCaptionLabel } from '../../text/caption-label.js';
import type { CaptionResult, ReferenceResult, StageInput } from '../types.js';
import { seen, weigher } from '../weigh.js';

/** Body references ("see Figure 3", "如图 3 所示") resolved to the float whose caption carries that label. */
export function linkReferences({ doc, options }: StageInput, captions: CaptionResult): ReferenceResult {
  const weigh = weigher('captions', options.weights.captions);
  const floatByLabel = new Map<string, number>();
  for (const link of captions.links) {
    const label = parseCaptionLabel(doc.elements[link.caption].text);
    if (label && !label.continued) {
      const key = `${label.kind}:${label.number}`;
      if (!floatByLabel.has(key)) floatByLabel.set(key, link.target);
    }
  }
  const links: ReferenceResult['links'] = [];
  const decisions: Decision[] = [];
  // No caption names its float: no reference can resolve, and the scan of every text is skipped.
  if (floatByLabel.size === 0) return { links, decisions };
  const captionIds = new Set(captions.links.map((l) => l.caption));
  for (let i = 0; i < doc.elements.length; i++) {
    const el = doc.elements[i];
    if ((el.type !== 'text' && el.type !== 'list_item') || captionIds.has(el.id)) continue;
    const found = new Set<number>();
    for (const ref of findReferences(el.text)) {
      const target = floatByLabel.get(`${ref.kind}:${ref.number}`);
      if (target === undefined || found.has(target)) continue;
      found.add(target);
      links.push({ from: el.id, to: target, label: ref.label });
      const { confidence, features } = weigh([seen('captions.label-match')]);
      const message = `"${ref.label}" refers to this float`;
      const pair = [el, doc.elements[target]];
      decisions.push(decision('references', 'references.label', message, confidence, pair, true, 'rules', features));
    }
  }
  return { links, decisions };
}
