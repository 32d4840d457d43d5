#!/usr/bin/env bash
# The widget's wasm size after each of the field's size steps, each added to the ones before:
# cargo's release defaults, then opt-level "z", LTO, one codegen unit, and wasm-opt -Oz (what scripts/build-widget does). Prints a markdown table; takes ~10 minutes on
# 2 cores (every step is a full build). Run after scripts/setup.
set -euo pipefail
cd "$(dirname "$0")/.."
export CARGO_TARGET_DIR=target/wasm-steps
out=$CARGO_TARGET_DIR/out
mkdir -p "$out"
size() { # raw and brotli (quality 11) bytes of a file
  node -e 'const fs=require("fs"),z=require("zlib");const b=fs.readFileSync(process.argv[1]);
    const br=z.brotliCompressSync(b,{params:{[z.constants.BROTLI_PARAM_QUALITY]:11,[z.constants.BROTLI_PARAM_LGWIN]:24}});
    console.log(b.length+" "+br.length)' "$1"
}
build() { # name, then profile settings as NAME=VALUE
  local name=$1; shift
  env "$@" cargo build -q -p chorus-widget --lib --target wasm32-unknown-unknown --features hydrate \
    --profile wasm-release
  wasm-bindgen "$CARGO_TARGET_DIR/wasm32-unknown-unknown/wasm-release/chorus_widget.wasm" \
    --target web --no-typescript --remove-name-section --remove-producers-section \
    --out-dir "$out/$name" --out-name chorus
  read -r raw br < <(size "$out/$name/chorus_bg.wasm")
  echo "| $name | $raw | $br |"
}
echo "| step (each adds to the ones above) | wasm bytes | brotli bytes |"
echo "|---|---:|---:|"
p=CARGO_PROFILE_WASM_RELEASE
# panic = "abort" throughout: wasm32-unknown-unknown's standard library only aborts.
build "cargo release defaults (opt-level 3, no LTO, 16 codegen units)" \
  ${p}_OPT_LEVEL=3 ${p}_LTO=false ${p}_CODEGEN_UNITS=16
build "opt-level \"z\"" ${p}_OPT_LEVEL=z ${p}_LTO=false ${p}_CODEGEN_UNITS=16
build "+ LTO" ${p}_OPT_LEVEL=z ${p}_LTO=true ${p}_CODEGEN_UNITS=16
build "+ codegen-units = 1" ${p}_OPT_LEVEL=z ${p}_LTO=true ${p}_CODEGEN_UNITS=1
node_modules/.bin/wasm-opt -Oz --enable-bulk-memory --enable-nontrapping-float-to-int --enable-sign-ext \
  --enable-mutable-globals --enable-reference-types --enable-multivalue \
  "$out/+ codegen-units = 1/chorus_bg.wasm" -o "$out/opt.wasm"
read -r raw br < <(size "$out/opt.wasm")
echo "| + wasm-opt -Oz (what is served) | $raw | $br |"
