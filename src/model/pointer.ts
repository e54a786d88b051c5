// RFC 6901 JSON Pointers: how every element points back at the object the parser wrote.

/** Escape one reference token (`~` → `~0`, `/` → `~1`). */
export function escapeToken(token: string | number): string {
  return String(token).replace(/~/g, '~0').replace(/\//g, '~1');
}

/** Build a pointer from tokens: pointer('texts', 7) → "/texts/7". */
export function pointer(...tokens: Array<string | number>): string {
  // a number's digits hold no `~` or `/`; no array or join per call (an adapter asks once per entry)
  let out = '';
  for (const t of tokens) out += typeof t === 'number' ? `/${t}` : `/${escapeToken(t)}`;
  return out;
}

/** Split a pointer into its unescaped tokens. */
export function parsePointer(ptr: string): string[] {
  if (ptr === '') return [];
  if (!ptr.startsWith('/')) throw new Error(`not a JSON pointer: ${ptr}`);
  return ptr
    .slice(1)
    .split('/')
    .map((t) => t.replace(/~1/g, '/').replace(/~0/g, '~'));
}

/** Resolve a pointer against a JSON value; undefined when it does not exist. */
export function resolvePointer(root: unknown, ptr: string): unknown {
  let node: unknown = root;
  for (const token of parsePointer(ptr)) {
    if (Array.isArray(node)) node = node[Number(token)];
    else if (node !== null && typeof node === 'object') node = (node as Record<string, unknown>)[token];
    else return undefined;
  }
  return node;
}

/** A ref for multi-file input: `page_0003.json#/parsing_res_list/4`; single files have no prefix. */
export function makeRef(filePrefix: string | undefined, ptr: string): string {
  return filePrefix ? `${filePrefix}#${ptr}` : ptr;
}

/** Split a ref into its file prefix ('' when none) and pointer. */
export function splitRef(ref: string): { file: string; pointer: string } {
  const hash = ref.indexOf('#');
  return hash < 0 ? { file: '', pointer: ref } : { file: ref.slice(0, hash), pointer: ref.slice(hash + 1) };
}
