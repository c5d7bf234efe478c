#!/usr/bin/env bash
# Generates the TypeScript client from openapi/openapi.yaml and compiles the smoke run against it, in
# target/ts-client (run by the Maven build in process-test-classes; TypeScriptClientSmokeTest runs the result).
# Needs node and npm (packages from the npm registry, pinned by package-lock.json). Without npm the step is
# skipped with a message, except in CI, where it must run.
set -euo pipefail
repo="$(cd "$(dirname "$0")/../../.." && pwd)"
out="$repo/target/ts-client"
if ! command -v npm >/dev/null 2>&1; then
  if [ "${CI:-}" = "true" ]; then
    echo "build-client.sh: npm is required in CI (apt-get install nodejs npm)" >&2
    exit 1
  fi
  echo "build-client.sh: npm not found; the TypeScript client is not built and its smoke test will be skipped"
  exit 0
fi
mkdir -p "$out"
cp "$repo/src/test/typescript/package.json" "$repo/src/test/typescript/package-lock.json" \
   "$repo/src/test/typescript/tsconfig.json" "$repo/src/test/typescript/smoke.ts" "$out/"
cd "$out"
# node_modules is kept between builds; npm ci runs again only when the lock file changed
if [ ! -d node_modules ] || ! cmp -s package-lock.json node_modules/.package-lock.json.copy; then
  npm ci --no-audit --no-fund --loglevel=error
  cp package-lock.json node_modules/.package-lock.json.copy
fi
npx --no-install openapi-typescript "$repo/openapi/openapi.yaml" -o generated/standpoint.ts --silent
npx --no-install tsc -p tsconfig.json
echo "build-client.sh: TypeScript client generated and smoke run compiled in $out/dist"
