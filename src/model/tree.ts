// The document tree: unist/mdast nodes (heading, paragraph, list, table, image, code, math, html …)
// plus three parents of our own — `section` (a heading and everything under it), `figure` (a float
// with its captions and footnotes) and `caption`. Every node's `data` keeps provenance: the refs of
// its source elements and their page + box spans.
import type { Code, Heading, Html, Image, List, ListItem, Paragraph, Table, Text } from 'mdast';
import type { BBox, TextMarkup } from './element.js';

export interface Span {
  page: number;
  bbox: BBox | null;
}

export interface NodeData {
  /** Stable node id within this document (`n<first element id>`). */
  id: string;
  /** Refs of the source elements, in reading order. */
  refs: string[];
  spans: Span[];
  /** What the element was (`text`, `page_footnote`, `aside_text` …) when the node type does not say. */
  kind?: string;
  /** How the text of this heading, paragraph, list item or caption is written (absent = plain). */
  markup?: Exclude<TextMarkup, 'plain'>;
  /** Heading level (1 = top, may exceed mdast's 6). */
  level?: number;
  /** Table HTML (merged across pages when the table was). */
  html?: string;
  /** Floats this paragraph mentions ("see Figure 3"). */
  references?: Array<{ target: string; label: string }>;
  /** The caption label of a figure ("Table 2"). */
  label?: string;
  /** A section's short summary (src/retrieval/summarize.ts). */
  summary?: string;
  /** A section's keywords, most salient first. */
  keywords?: string[];
}

type WithData<T> = Omit<T, 'data'> & { data: NodeData };

export type HeadingNode = WithData<Heading>;
export type ParagraphNode = WithData<Paragraph>;
export type ListNode = Omit<WithData<List>, 'children'> & { children: ListItemNode[] };
export type ListItemNode = WithData<ListItem>;
export type TableNode = WithData<Table>;
export type HtmlNode = WithData<Html>;
export type ImageNode = WithData<Image>;
export type CodeNode = WithData<Code>;
export interface MathNode {
  type: 'math';
  value: string;
  data: NodeData;
}

export interface CaptionNode {
  type: 'caption';
  /** `caption` or `footnote` (a note under a table or figure). */
  role: 'caption' | 'footnote';
  children: Text[];
  data: NodeData;
}

export interface FigureNode {
  type: 'figure';
  kind: 'table' | 'image' | 'equation' | 'code';
  children: Array<CaptionNode | TableNode | HtmlNode | ImageNode | MathNode | CodeNode>;
  data: NodeData;
}

export type BlockNode = ParagraphNode | ListNode | FigureNode | MathNode | CodeNode | HtmlNode | CaptionNode;

export interface SectionNode {
  type: 'section';
  /** Heading level of the section (1 = top). */
  depth: number;
  children: Array<HeadingNode | BlockNode | SectionNode>;
  data: NodeData;
}

export interface DocumentRoot {
  type: 'root';
  children: Array<BlockNode | SectionNode>;
  data: {
    source: string;
    format: string;
    pages: number;
  };
}

export type TreeNode = DocumentRoot | SectionNode | HeadingNode | BlockNode | ListItemNode | TableNode | ImageNode;
