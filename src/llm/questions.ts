// A question is one stage decision the model may be asked about; a query is what one task asks.
import type { Decision } from '../model/decision.js';
import type { Element } from '../model/element.js';
import type { RunContext } from './run-context.js';

export type TaskName = 'text' | 'table' | 'title' | 'image';

export interface Question {
  task: TaskName;
  /** Index of the decision in its stage's list. */
  index: number;
  decision: Decision;
  /** Source id: text/table first fragment, heading id, caption id. */
  src: number;
  /** Rules' answer: continuation target / null, level / −1, caption target / null. */
  rules: number | null;
  /** Second id for text/table pairs. */
  tgt?: number;
}

/** What one task asks the model: the questions sent, among all the task's candidates. */
export interface TaskQuery {
  run: RunContext;
  asked: Question[];
  /** Every candidate of the task (titles are sent whole; sure ones anchor the levels). */
  all: Question[];
  /** Image task: the floats each asked caption may belong to (as the captions stage looks). */
  candidates?: Map<number, Element[]>;
}

/** A task's answer for one item, in the task's terms. */
export interface TaskAnswers {
  /** Continuation target of a text fragment, or null: it continues into nothing. */
  text: number | null;
  /** One table or two, and whether the second's first row completes the first's last. */
  table: { merge: boolean; joinCutRow: boolean };
  /** Heading level, −1: not a heading. */
  title: number;
  /** The float a caption belongs to, or null: none. */
  image: number | null;
}

/** One chunk's answers, by item id, and why items it held got none. */
export interface Reading<A> {
  answers: Map<number, A>;
  faults: Map<number, string>;
}
