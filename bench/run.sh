#!/usr/bin/env bash
# Benchmarks, not part of the test command. Build first: ./mvnw -B -ntp package -DskipTests
#   bench/run.sh            lists the benchmarks
#   bench/run.sh NAME [N]   runs one and prints "name: value unit" lines, with its baseline
#                           (matching also takes [OPENINGS [KM]] after N)
# BENCH_APP_OPTS passes JVM options to the application (e.g. -Xmx256m); BENCH_SKIP_BASELINE=1 skips
# the slow one-request-per-row baseline (for memory runs of 500,000 rows).
set -euo pipefail
cd "$(dirname "$0")/.."

list() {
  cat <<'LIST'
postcodes   in-process postcode look-ups per second and heap of the postcode table, against a HashMap baseline
screening   100,000-row bulk screening end to end through the HTTP API, against one HTTP look-up per row
matching    10,000 people to 2,000 Essex placements: candidate links and exact assignment, against greedy
audit       audited reads per second at 16 concurrent clients, against the same request unaudited ([SECONDS [ROUNDS]])
crash       kill -9 trials ([TRIALS], default 20): writes acknowledged and lost, restart time, audit chain after each
caseload    100,000 participants, 200 navigators: signed-in pages (BENCH_PAGES, default "/worklist /caseload /")
            at 16 clients against the anonymous home page (BENCH_ANONYMOUS_PAGE), rate, p50, p99 ([SECONDS [ROUNDS]])
warnings    early warnings for 10,000 participants ([PEOPLE [RUNS]]): set-based recomputation against person by person, equal flags
outcomes    outcome statuses of 100,000 job starts with 400,000 checks ([STARTS [PEOPLE_ONE_BY_ONE [RUNS]]]): set-based against person by person, equal
reporting   the 12-month funder funnel from kept counts for the largest of 20 programmes ([REFERRALS [RUNS]], default 3,400,000
            referrals, about 20,000,000 milestones), against a recount of the milestone log, equal; the write path's cost
outbox      [MESSAGES] (10,000) text messages through the outbox by [SENDERS] (2) senders to a local GOV.UK Notify: rate,
            none lost or twice, against the same sends straight through Notify's client
storage     a 1,000,000-row screening file written to and read from PostgreSQL pieces, against a local folder
pages       Lighthouse 12 (mobile) on each public page (the sitemap's, and BENCH_EXTRA_PAGES, default "/sign-in"), median
            of [RUNS] (3): performance, accessibility, best practices, SEO, KB of a first visit and of a second page (cache warm)
LIST
}

[ $# -ge 1 ] || { list; exit 0; }

if [ -z "${JAVA_HOME:-}" ]; then
  for home in /usr/lib/jvm/temurin-25-jdk-amd64 /usr/lib/jvm/*; do
    if [ -x "$home/bin/java" ] && "$home/bin/java" -version 2>&1 | grep -qE 'version "(2[1-9]|[3-9][0-9])'; then JAVA_HOME=$home; break; fi
  done
fi
JAVA="${JAVA_HOME:?set JAVA_HOME to a JDK 21+}/bin/java"
[ -f target/anchorage-0.1.0-SNAPSHOT.jar ] && [ -d target/test-classes ] || {
  echo "Build first: ./mvnw -B -ntp package -DskipTests" >&2; exit 1; }
[ -f target/bench.classpath ] || ./mvnw -B -ntp -q dependency:build-classpath -Dmdep.outputFile=target/bench.classpath >/dev/null
CP="target/classes:target/test-classes:$(cat target/bench.classpath)"

# Starts the application on a fresh home and a random port (demo data when $1 is true); stops it on exit.
start_app() {
  home=$(mktemp -d)
  port=$((20000 + RANDOM % 20000))
  ANCHORAGE_HOME="$home" ANCHORAGE_DEMO="$1" PORT=$port \
    ANCHORAGE_ADMIN_EMAIL=bench@anchorage.local ANCHORAGE_ADMIN_PASSWORD=quiet-harbour-sea-lantern \
    "$JAVA" ${BENCH_APP_OPTS:-} -jar target/anchorage-0.1.0-SNAPSHOT.jar > "$home/app.log" 2>&1 &
  app=$!
  # (the stopped application's 143 must not end the trap under set -e before it cleans up and exits with the bench's code)
  trap 'code=$?; kill $app 2>/dev/null; wait $app 2>/dev/null || true; rm -rf "$home"; exit $code' EXIT
  # Up to 2 minutes: demo data on a 2-core machine shared with other builds can take more than one.
  for _ in $(seq 1 240); do
    curl -sf "http://localhost:$port/actuator/health" | grep -q '"UP"' && return 0
    sleep 0.5
  done
  echo "The application did not start in 2 minutes; its log ends:" >&2
  tail -20 "$home/app.log" >&2
  return 1
}

case "$1" in
  postcodes)
    exec "$JAVA" -Xmx2g -XX:+UseSerialGC -cp "$CP" org.anchorage.bench.PostcodeBenchmark "${2:-2000000}"
    ;;
  screening)
    start_app true
    "$JAVA" -cp "$CP" org.anchorage.bench.ScreeningBenchmark "http://localhost:$port" "${2:-100000}"
    ;;
  crash)
    exec "$JAVA" -cp "$CP" org.anchorage.bench.CrashBenchmark target/anchorage-0.1.0-SNAPSHOT.jar "${2:-20}"
    ;;
  storage)
    start_app false
    db_port=$(grep -o 'on 127.0.0.1:[0-9]*' "$home/app.log" | head -1 | cut -d: -f2)
    "$JAVA" -cp "$CP" bench/storage/ScreeningStorageBench.java "jdbc:postgresql://127.0.0.1:$db_port/postgres" postgres \
      "$(cat "$home/postgres-superuser.secret")"
    ;;
  matching)
    exec "$JAVA" -Xmx2g -cp "$CP" org.anchorage.bench.MatchingBenchmark "${2:-10000}" "${@:3}"
    ;;
  audit)
    exec "$JAVA" ${BENCH_APP_OPTS:-} -cp "$CP" org.anchorage.bench.AuditBenchmark "${2:-5}" "${3:-3}"
    ;;
  warnings)
    exec "$JAVA" ${BENCH_APP_OPTS:-} -cp "$CP" org.anchorage.bench.WarningsBenchmark "${2:-10000}" "${3:-5}"
    ;;
  outcomes)
    exec "$JAVA" ${BENCH_APP_OPTS:-} -cp "$CP" org.anchorage.bench.OutcomesBenchmark "${2:-100000}" "${3:-${2:-100000}}" "${4:-5}"
    ;;
  reporting)
    exec "$JAVA" ${BENCH_APP_OPTS:-} -cp "$CP" org.anchorage.bench.ReportingBenchmark "${2:-3400000}" "${3:-20}"
    ;;
  outbox)
    exec "$JAVA" ${BENCH_APP_OPTS:-} -cp "$CP" org.anchorage.bench.OutboxBenchmark "${2:-10000}" "${3:-2}"
    ;;
  caseload)
    exec "$JAVA" ${BENCH_APP_OPTS:-} -cp "$CP" org.anchorage.bench.CaseloadBenchmark "${2:-5}" "${3:-2}"
    ;;
  pages)
    # Lighthouse with npm into a cache folder, once; Debian's chromium, as the browser tests use.
    lighthouse_dir="${BENCH_CACHE:-$HOME/.cache/anchorage-bench}/lighthouse-12.2.3"
    [ -x "$lighthouse_dir/node_modules/.bin/lighthouse" ] || {
      mkdir -p "$lighthouse_dir"
      npm install --prefix "$lighthouse_dir" --no-audit --no-fund --silent lighthouse@12.2.3 >&2; }
    export CHROME_PATH="${CHROME_PATH:-/usr/bin/chromium}"
    start_app true
    base="http://localhost:$port"
    # The pages are the sitemap's (careers' SearchEngines keeps the one list), so a new public page is measured
    # once it is listed there; the sign-in page is public but not for search engines.
    pages="$(curl -sf "$base/sitemap.xml" | grep -o '<loc>[^<]*' | sed "s|<loc>$base||") ${BENCH_EXTRA_PAGES-/sign-in}"
    mkdir -p "$home/lighthouse"
    runs="${2:-3}"
    i=0
    for page in $pages; do
      # Several runs a page, the median reported: Lighthouse's performance score moves with the machine's load.
      for run in $(seq 1 "$runs"); do
        echo "lighthouse $page ($run of $runs)" >&2
        "$lighthouse_dir/node_modules/.bin/lighthouse" "$base$page" --quiet --output=json \
          --output-path="$home/lighthouse/$i-$run.json" --chrome-flags="--headless=new --no-sandbox" || true
      done
      i=$((i + 1))
    done
    node bench/pages/report.mjs "$lighthouse_dir" "$base" "$home/lighthouse" "$runs" $pages
    ;;
  *)
    echo "Unknown benchmark: $1" >&2; list >&2; exit 2
    ;;
esac
