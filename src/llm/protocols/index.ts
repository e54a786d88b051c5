// The protocol registry: every protocol behind one interface (types.ts), looked up by name.
import type { LlmProtocol } from '../options.js';
import { json } from './json.js';
import { popo } from './popo.js';
import type { Protocol } from './types.js';

export type { Protocol } from './types.js';

const PROTOCOLS: Record<LlmProtocol, Protocol> = { popo, json };

export function protocolNamed(name: LlmProtocol): Protocol {
  const protocol = PROTOCOLS[name];
  if (!protocol) throw new Error(`unknown LLM protocol "${name}" (known: ${Object.keys(PROTOCOLS).join(', ')})`);
  return protocol;
}
