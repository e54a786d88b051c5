#!/usr/bin/env bash
# The package as users get it: `npm pack`, installed into an empty project with `npm install --omit=dev`
# (no devDependencies, no optional peers), then
#  - no install script runs in a dependency (esbuild's postinstall came with tsx),
#  - tsx, esbuild and openai are not installed,
#  - the tarball has LICENSE and no source maps pointing at unshipped sources,
#  - `require('docstitch')` (CommonJS, Node >= 20.19) and `import('docstitch')` both work,
#  - the `docstitch` bin runs the built dist/ and stitches the bundled example,
#  - --llm without the openai package is a one-line usage error (exit 2),
#  - a TypeScript consumer without the optional peers type-checks against `docstitch` and
#    `docstitch/retrieval` with skipLibCheck off (no TS2307 from @langchain/core, @llamaindex/core, openai).
# Prints the installed size. Slow (a build and an install): run by .ci/run, not by `npm test`.
set -euo pipefail
cd "$(dirname "$0")/.."
repo=$(pwd)
work=$(mktemp -d "${TMPDIR:-/tmp}/docstitch-package-XXXXXX")
trap 'rm -rf "$work"' EXIT
fail() {
  echo "check-package: $*" >&2
  exit 1
}

npm pack --silent --pack-destination "$work" >"$work/pack.log"
tarball=$(ls "$work"/docstitch-*.tgz)
contents=$(tar tzf "$tarball")
grep -qx 'package/LICENSE' <<<"$contents" || fail "LICENSE is not in the tarball"
if grep -q '\.map$' <<<"$contents"; then fail "source maps in the tarball, but src/ is not shipped"; fi
grep -qx 'package/dist/cli/run.js' <<<"$contents" || fail "dist/cli/run.js (the bin's target) is not in the tarball"

mkdir "$work/app"
cd "$work/app"
npm init -y >/dev/null
npm install --omit=dev --no-audit --no-fund "$tarball" >"$work/install.log" 2>&1 || {
  cat "$work/install.log" >&2
  fail "npm install of the tarball failed"
}
# npm lists every package with an install script; docstitch's own `prepare` is listed for a tarball
# (a non-registry source) but not run, and is not listed when installed from the registry.
if grep -E '\((pre|post)?install:' "$work/install.log"; then fail "a dependency has an install script"; fi
for absent in tsx esbuild @esbuild openai; do
  [ ! -e "node_modules/$absent" ] || fail "node_modules/$absent is installed (should be a devDependency or optional peer)"
done

node -e "
const d = require('docstitch');
if (typeof d.stitchSync !== 'function') throw new Error('require(docstitch) has no stitchSync');
const r = require('docstitch/retrieval');
if (typeof r.chunkTree !== 'function') throw new Error('require(docstitch/retrieval) has no chunkTree');
" 2>"$work/require.err" || {
  cat "$work/require.err" >&2
  fail "require('docstitch') failed"
}
node --input-type=module -e "
const { stitch } = await import('docstitch');
const result = await stitch('$repo/examples/naacl2024-long116.mineru_content_list.json');
if (result.structure.headings.length < 10) throw new Error('too few headings');
" || fail "import('docstitch') failed"

./node_modules/.bin/docstitch --version >/dev/null || fail "the docstitch bin does not run"
./node_modules/.bin/docstitch "$repo/examples/naacl2024-long116.mineru_content_list.json" -o out -q
[ -s out/structure.json ] || fail "the bin wrote no structure.json"
set +e
./node_modules/.bin/docstitch "$repo/examples/naacl2024-long116.mineru_content_list.json" -o out-llm -q \
  --llm http://127.0.0.1:9/v1 --llm-model m 2>"$work/llm.err"
code=$?
set -e
[ "$code" = 2 ] || fail "--llm without openai exited $code, not 2"
grep -qx 'docstitch: the LLM path needs the openai package: npm install openai' "$work/llm.err" ||
  fail "--llm without openai: unexpected message: $(cat "$work/llm.err")"
[ ! -e out-llm ] || fail "--llm without openai left output behind"

cat >consumer.ts <<'EOF'
import { type StitchResult, stitch } from 'docstitch';
import { chunkTree, type Chunk } from 'docstitch/retrieval';
export async function chunks(path: string): Promise<Chunk[]> {
  const result: StitchResult = await stitch(path);
  return chunkTree(result.tree, { elements: result.document.elements }).chunks;
}
EOF
# @types/node from the repo: a Node library's consumer has it; nothing else is visible to tsc.
"$repo/node_modules/.bin/tsc" --noEmit --strict --skipLibCheck false --module nodenext --moduleResolution nodenext \
  --target es2022 --typeRoots "$repo/node_modules/@types" --types node consumer.ts ||
  fail "a TypeScript consumer without the optional peers does not type-check"

echo "check-package: ok; $(du -sh node_modules | cut -f1) installed ($(ls node_modules | wc -l) top-level packages)"
