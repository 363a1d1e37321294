#!/usr/bin/env bash
# Runs every test suite and ends with one line: "N passed, M failed".
#
#   scripts/test.sh            build/ (units + lit), 45 s each of the
#                              lexer/parser, sema and formatter libFuzzer
#                              targets in build-fuzz/ (IGNIS_FUZZ_SECONDS),
#                              then units +
#                              lit under ASan+UBSan in build-asan/
#   scripts/test.sh --quick    build/ only (units + lit)
#
# Exits non-zero when anything failed, a build included.
set -uo pipefail
cd "$(dirname "$0")/.."

quick=0
fuzz_seconds=${IGNIS_FUZZ_SECONDS:-45}
for arg in "$@"; do
  case $arg in
  --quick) quick=1 ;;
  -h | --help)
    sed -n '2,10p' "$0" | sed 's/^# \{0,1\}//'
    exit 0
    ;;
  *)
    echo "test.sh: unknown argument '$arg' (try --help)" >&2
    exit 2
    ;;
  esac
done

LLVM_BIN=/usr/lib/llvm-22/bin
passed=0
failed=0
failures=()

count() { # count SUITE PASSED FAILED
  passed=$((passed + $2))
  failed=$((failed + $3))
  if [ "$3" != 0 ]; then failures+=("$1"); fi
  echo "== $1: $2 passed, $3 failed"
}

build() { # build DIR [CMAKE_ARGS...]; a failed build counts as one failure
  local dir=$1
  echo "== building $dir"
  if bash scripts/build.sh "$@"; then return 0; fi
  count "build of $dir" 0 1
  return 1
}

run_units() { # run_units DIR [BINARY]: one GoogleTest executable of DIR/bin
  local dir=$1 name=${2:-IgnisUnitTests}
  local bin=$dir/bin/$name out=$dir/unit-results.json
  [ "$name" = IgnisUnitTests ] || out=$dir/$name-results.json
  if [ ! -x "$bin" ]; then
    count "unit tests ($bin)" 0 1
    return
  fi
  rm -f "$out"
  "$bin" --gtest_brief=1 --gtest_output="json:$out"
  local status=$?
  local counts
  counts=$(python3 - "$out" <<'PY'
import json, sys
try:
    data = json.load(open(sys.argv[1]))
    total, failures = data["tests"], data["failures"] + data.get("errors", 0)
    print(total - failures - data.get("disabled", 0), failures)
except Exception:
    print(0, 1)
PY
)
  set -- $counts
  if [ "$status" != 0 ] && [ "$2" = 0 ]; then set -- "$1" 1; fi
  count "unit tests ($bin)" "$1" "$2"
}

run_lit() { # run_lit DIR
  local dir=$1 xml=$1/lit-results.xml
  rm -f "$xml"
  "$LLVM_BIN/lit" -sv --xunit-xml-output="$xml" "$dir/test"
  local status=$?
  local counts
  counts=$(python3 - "$xml" <<'PY'
import sys
import xml.etree.ElementTree as ET
try:
    cases = list(ET.parse(sys.argv[1]).getroot().iter("testcase"))
    bad = sum(1 for c in cases if c.find("failure") is not None or c.find("error") is not None)
    skipped = sum(1 for c in cases if c.find("skipped") is not None)
    print(len(cases) - bad - skipped, bad)
except Exception:
    print(0, 1)
PY
)
  set -- $counts
  if [ "$status" != 0 ] && [ "$2" = 0 ]; then set -- "$1" 1; fi
  count "lit ($dir/test)" "$1" "$2"
}

run_fuzz() { # run_fuzz NAME SECONDS SEED_DIR... : one libFuzzer target
  local name=$1 seconds=$2 dir=build-fuzz
  shift 2
  local fuzzer=$dir/bin/$name
  if [ ! -x "$fuzzer" ]; then
    count "fuzzing ($name)" 0 1
    return
  fi
  # New inputs go to $dir/corpus-NAME; the seed folders only seed it.
  mkdir -p "$dir/corpus-$name" "$dir/artifacts"
  echo "== fuzzing with $name for ${seconds}s"
  if "$fuzzer" -max_total_time="$seconds" -timeout=2 -rss_limit_mb=2048 \
    -max_len=4096 -print_final_stats=1 -dict=test/fuzz/mojo.dict \
    -artifact_prefix="$dir/artifacts/$name-" "$dir/corpus-$name" "$@" \
    >"$dir/$name.log" 2>&1; then
    tail -n 12 "$dir/$name.log"
    count "fuzzing ($name)" 1 0
  else
    tail -n 60 "$dir/$name.log"
    echo "fuzz: crashing input saved under $dir/artifacts/"
    count "fuzzing ($name)" 0 1
  fi
}

if build build; then
  run_units build
  run_units build IgnisGpuRuntimeTests
  run_lit build
fi

if [ "$quick" = 0 ]; then
  if IGNIS_TARGETS="lex_parse_fuzzer sema_fuzzer format_fuzzer" build build-fuzz -DIGNIS_FUZZ=ON; then
    run_fuzz lex_parse_fuzzer "$fuzz_seconds" test/fuzz/corpus
    # Whole programs: the tests and examples are the seeds.
    run_fuzz sema_fuzzer "$fuzz_seconds" test/fuzz/corpus test/programs examples
    # Parsing inputs through the formatter: same AST, idempotent, comments kept.
    run_fuzz format_fuzzer "$fuzz_seconds" test/fuzz/corpus test/tools/format/Inputs examples
  fi
  if build build-asan "-DIGNIS_SANITIZE=Address;Undefined"; then
    run_units build-asan
    run_units build-asan IgnisGpuRuntimeTests
    run_lit build-asan
  fi
fi

echo
if [ "${#failures[@]}" != 0 ]; then
  echo "failed suites: ${failures[*]}"
fi
echo "$passed passed, $failed failed"
[ "$failed" = 0 ]
