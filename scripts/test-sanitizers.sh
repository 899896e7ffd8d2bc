#!/usr/bin/env bash
# Builds core, tare-cli and their tests under AddressSanitizer + UBSan, and under ThreadSanitizer,
# and runs them: every core test under ASan/UBSan, the threaded ones (run engine, run job, HTTP)
# under TSan. Part of CI; also run it before touching threads or memory-heavy code.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
"$root/scripts/install-deps.sh"
jobs="$(nproc)"
common=(-G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DTARE_BUILD_GUI=OFF -DTARE_BUILD_BENCH=OFF)

echo "== AddressSanitizer + UndefinedBehaviorSanitizer" >&2
cmake -S "$root" -B "$root/build/asan" "${common[@]}" -DTARE_SANITIZER=address >/dev/null
cmake --build "$root/build/asan" -j "$jobs"
(cd "$root/build/asan" && ASAN_OPTIONS=detect_leaks=1:abort_on_error=1 UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1 \
    ctest --output-on-failure -j "$jobs")

echo "== ThreadSanitizer (threaded tests)" >&2
cmake -S "$root" -B "$root/build/tsan" "${common[@]}" -DTARE_SANITIZER=thread >/dev/null
tsan_tests=(tst_runengine tst_httpclient tst_llmjudge)
[ -f "$root/tests/core/tst_runjob.cpp" ] && tsan_tests+=(tst_runjob)
cmake --build "$root/build/tsan" -j "$jobs" --target "${tsan_tests[@]}"
regex="^($(IFS='|'; echo "${tsan_tests[*]}"))\$"
(cd "$root/build/tsan" && TSAN_OPTIONS=halt_on_error=1:second_deadlock_stack=1 ctest --output-on-failure -R "$regex")
