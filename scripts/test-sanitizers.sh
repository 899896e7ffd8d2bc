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
# tst_runjob is left out: Debian's Qt is not built with TSan, so the synchronisation inside
# QThread::start(), the event dispatcher and queued invocations is invisible to it and every
# cross-thread signal shows up as a race (all frames inside libQt6Core). The engine it drives is
# covered by tst_runengine (std::thread workers). For the same reason accesses made by Qt's own
# code (QtTest's watchdog thread waking a condition the main thread then destroys) are ignored:
# ignore_noninstrumented_modules keeps TSan to the code it can see.
tsan_tests=(tst_runengine tst_httpclient tst_llmjudge)
cmake --build "$root/build/tsan" -j "$jobs" --target "${tsan_tests[@]}"
regex="^($(IFS='|'; echo "${tsan_tests[*]}"))\$"
(cd "$root/build/tsan" && TSAN_OPTIONS=halt_on_error=1:second_deadlock_stack=1:ignore_noninstrumented_modules=1 ctest --output-on-failure -R "$regex")
