// A hand-made Marker page: each heading ([text, Markdown depth, box height], in reading order) over one body
// paragraph, on one page — Marker's boxes and `#` depths, for the tests where size and the parser's level disagree.
import { col, makeDoc, type Spec } from './doc.js';

const BODY = 'The tool reads every page of the input and writes one document, with its sections in order.';

export function markerPage(rows: [string, number, number][]) {
  let y = 0.05;
  const specs: Spec[] = rows.flatMap(([text, level, h]): Spec[] => {
    const heading: Spec = { page: 1, type: 'title', text, bbox: col(y, y + h), hints: { level } };
    const body: Spec = { page: 1, type: 'text', text: BODY, bbox: col(y + h + 0.01, y + h + 0.05) };
    y += h + 0.07;
    return [heading, body];
  });
  return { doc: { ...makeDoc(specs), format: 'marker' }, specs };
}
