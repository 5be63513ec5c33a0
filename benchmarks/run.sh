#!/usr/bin/env bash
# Runs every benchmark of the gemini component against raw HttpClient 5, google-genai and langchain4j, on a stub
# Gemini server in its own JVM on 127.0.0.1, and writes docs/performance.md from the results.
#
#   benchmarks/run.sh                 everything (about 37 minutes on 2 cores, and up to 6 minutes more when
#                                     the per-call CPU figures of the JMH tables need a third fork)
#   benchmarks/run.sh --report-only   re-render docs/performance.md from the last run's results
#
# A harness can also run alone against a stub started by hand, e.g. MixedLoadHarness with small counts in under a
# minute: the command lines are in its javadoc.
#
# The component is built from this work tree and installed first (tests skipped), so the jar measured is the
# repository's code as it is. Results and each step's log: benchmarks/target/results/ (NAME.log per step). A step
# that fails stops the run, naming the step and showing the end of its log; any other command that fails stops it
# too, naming the line and the command.
set -Eeuo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
RESULTS="$ROOT/benchmarks/target/results"
FINDINGS="$ROOT/benchmarks/src/main/resources/findings.md"
REPORT="$ROOT/docs/performance.md"
COMMAND="benchmarks/run.sh"
JVM_OPTS="-Xmx1g -XX:+UseG1GC"

log() { printf '[run.sh %s] %s\n' "$(date +%H:%M:%S)" "$*"; }

# set -e alone stops silently when a command outside a step fails (e.g. in a $(...) of the summary below)
trap 'err_status=$?; log "stopped: line $LINENO failed with exit status $err_status: $BASH_COMMAND"' ERR

STUB_PID=""

# step NAME COMMAND...: runs a measuring step with its output in $RESULTS/NAME.log; on failure says which step
# failed, shows the end of its log and stops the run
step() {
  local name="$1"
  shift
  local status=0
  "$@" > "$RESULTS/$name.log" 2>&1 || status=$?
  if (( status != 0 )); then
    log "step '$name' failed (exit status $status); the end of $RESULTS/$name.log:"
    tail -40 "$RESULTS/$name.log"
    if [[ -n "$STUB_PID" ]] && ! kill -0 "$STUB_PID" 2>/dev/null; then
      log "the stub server is no longer running; the end of $RESULTS/stub.log:"
      tail -20 "$RESULTS/stub.log"
    fi
    exit 1
  fi
}

classpath() {
  echo "$ROOT/benchmarks/target/classes:$(cat "$ROOT/benchmarks/target/classpath.txt")"
}

if [[ "${1:-}" == "--report-only" ]]; then
  [[ -f "$ROOT/benchmarks/target/classpath.txt" ]] \
    || { log "benchmarks are not built: ./mvnw -B -q -Pbench -pl benchmarks package"; exit 1; }
  [[ -f "$RESULTS/env.properties" ]] || { log "no results of a complete run in $RESULTS: run $COMMAND"; exit 1; }
  java -cp "$(classpath)" com.cometapi.camel.gemini.benchmarks.Report "$RESULTS" "$FINDINGS" "$REPORT"
  log "wrote $REPORT from $RESULTS"
  exit 0
fi

START=$(date +%s)
LOAD_BEFORE="$(cut -d' ' -f1-3 /proc/loadavg)"

COMPONENT_JAR="$HOME/.m2/repository/com/cometapi/camel/camel-cometapi-gemini/0.1.0-SNAPSHOT/camel-cometapi-gemini-0.1.0-SNAPSHOT.jar"
log "building and installing the component from this work tree (tests skipped)"
./mvnw -B -q -pl camel-cometapi-gemini -am install -DskipTests
# the benchmarks resolve the component from ~/.m2: make sure that is the jar just built
if ! cmp -s "$ROOT/camel-cometapi-gemini/target/camel-cometapi-gemini-0.1.0-SNAPSHOT.jar" "$COMPONENT_JAR"; then
  log "$COMPONENT_JAR is not the jar just built in camel-cometapi-gemini/target"
  exit 1
fi
log "building benchmarks (-Pbench)"
./mvnw -B -q -Pbench -pl benchmarks package
CP="$(classpath)"

rm -rf "$RESULTS"
mkdir -p "$RESULTS"

cleanup() {
  if [[ -n "$STUB_PID" ]]; then
    kill "$STUB_PID" 2>/dev/null || true
    wait "$STUB_PID" 2>/dev/null || true
  fi
}
trap cleanup EXIT

log "starting the stub server"
java -Xmx512m -cp "$CP" com.cometapi.camel.gemini.benchmarks.StubServer 0 4 > "$RESULTS/stub.log" 2>&1 &
STUB_PID=$!
PORT=""
for _ in $(seq 1 100); do
  PORT="$(grep -o 'STUB_PORT=[0-9]*' "$RESULTS/stub.log" 2>/dev/null | cut -d= -f2 || true)"
  [[ -n "$PORT" ]] && break
  sleep 0.1
done
[[ -n "$PORT" ]] || { log "the stub server did not start"; cat "$RESULTS/stub.log"; exit 1; }
BASE_URL="http://127.0.0.1:$PORT"
log "stub server on $BASE_URL"

log "checking every library against the stub"
step check java $JVM_OPTS -cp "$CP" com.cometapi.camel.gemini.benchmarks.Check "$BASE_URL"
cat "$RESULTS/check.log"

# the stub's JIT warms up on the first library measured; without this, that library (raw) pays for it
log "warming up the stub server (20 s of calls, not measured)"
step warm-up java -cp "$CP" org.openjdk.jmh.Main 'UnaryBenchmark' -p library=raw -f 1 -wi 9 -w 1s -i 1 -r 1s \
  -jvmArgs "$JVM_OPTS -Dbench.baseUrl=$BASE_URL"

# the settings of every per-call fork, the extra ones below included (the report adds their forks up)
UNARY_OPTS=(-wi 20 -w 1s -i 5 -r 1s -prof com.cometapi.camel.gemini.benchmarks.CpuTimeProfiler -prof gc
  -jvmArgs "$JVM_OPTS -Dbench.baseUrl=$BASE_URL")
# The host of this virtual machine slows it down for minutes at a time: each library's forks run in separate rounds,
# minutes apart (every library in turn, the second round in reverse order), and the report takes the median of a
# library's forks.
UNARY_LIBRARIES=(raw camel-raw camel-raw-pool component component-sync genai langchain4j)
REVERSED=()
for (( i=${#UNARY_LIBRARIES[@]}-1; i>=0; i-- )); do REVERSED+=("${UNARY_LIBRARIES[i]}"); done
join() { local IFS=,; echo "$*"; }
log "per call: JMH, 4 libraries (the component also with synchronous=true, and the raw floor inside a Camel route, also with a hand-off to a pool) x concurrency 1 and 16, 2 rounds of 1 fork each"
for ROUND in 1 2; do
  if (( ROUND == 1 )); then ROUND_LIBRARIES="$(join "${UNARY_LIBRARIES[@]}")"; else ROUND_LIBRARIES="$(join "${REVERSED[@]}")"; fi
  step "unary-$ROUND" java -cp "$CP" org.openjdk.jmh.Main 'UnaryBenchmark' -p library="$ROUND_LIBRARIES" -f 1 \
    "${UNARY_OPTS[@]}" -rf json -rff "$RESULTS/unary-$ROUND.json"
  grep -E '^UnaryBenchmark\.[a-z0-9]+ ' "$RESULTS/unary-$ROUND.log" || true
done

# Finding 3 rests on the CPU ratios of the component, the two route floors and google-genai to raw: where the forks of
# any of them are more than 10 % apart (ForkSpread), one fork more of each, once, in a third round (about 27 s per
# fork: at most 12 forks, under 6 minutes); the report takes the median of the three and says how many forks each
# library had.
UNSTABLE="$(java -cp "$CP" com.cometapi.camel.gemini.benchmarks.ForkCheck "$RESULTS/unary-1.json" \
  "$RESULTS/unary-2.json" raw camel-raw camel-raw-pool component component-sync genai)"
if [[ -n "$UNSTABLE" ]]; then
  log "per call: one fork more of raw, the route floors, the component and google-genai at $UNSTABLE (CPU per call more than 10% apart between forks)"
  step unary-extra java -cp "$CP" org.openjdk.jmh.Main "UnaryBenchmark\.(${UNSTABLE// /|})\$" \
    -p library=raw,camel-raw,camel-raw-pool,component,component-sync,genai -f 1 "${UNARY_OPTS[@]}" -rf json \
    -rff "$RESULTS/unary-extra.json"
  grep -E '^UnaryBenchmark\.[a-z0-9]+ ' "$RESULTS/unary-extra.log" || true
fi

# The same CPU per call with the libraries measured in turn, in 1 s slices: what finding 3 compares (JMH above gives
# the latencies, the allocation and the JIT; one library after the other, it puts a slow-down of the host on
# whichever libraries it measures at the time). About 6 minutes.
log "per call, in turn: one JVM per library, 20 rounds of 1 s slices at concurrency 1 and 16"
step interleaved java -Xmx256m -Dbench.jvmArgs="$JVM_OPTS" -cp "$CP" \
  com.cometapi.camel.gemini.benchmarks.InterleavedHarness "$BASE_URL" "$RESULTS/interleaved.jsonl" 10 20 1000 calls \
  raw camel-raw camel-raw-pool component component-sync genai
grep -E 'median' "$RESULTS/interleaved.log" || true

log "in flight: 2,000 concurrent calls, 1 s server delay, one JVM per library"
for LIB in raw component genai langchain4j; do
  step "inflight-$LIB" java $JVM_OPTS -cp "$CP" com.cometapi.camel.gemini.benchmarks.InFlightHarness \
    "$BASE_URL" "$LIB" 2000 1000 3 2000 "$RESULTS/inflight.jsonl"
done
# the component with Camel's default thread pool profile (queues of at most 1,000 tasks)
step inflight-component-defaults java $JVM_OPTS -cp "$CP" com.cometapi.camel.gemini.benchmarks.InFlightHarness \
  "$BASE_URL" component-defaults 2000 1000 1 2000 "$RESULTS/inflight.jsonl"

# two JVMs per library, one after the other: the report gives CPU per event as their mean and marks a figure whose
# JVMs are more than 10 % apart (the per-event comparison moved by over 10 µs between runs on this shared machine)
log "streaming: delivery latency, CPU per event, slow consumer of 100,000 events; two JVMs per library"
for JVM in 1 2; do
  for LIB in raw component component-sync genai langchain4j; do
    step "stream-$LIB-$JVM" java $JVM_OPTS -cp "$CP" com.cometapi.camel.gemini.benchmarks.StreamHarness \
      "$BASE_URL" "$LIB" "$RESULTS/stream.jsonl"
  done
done

# CPU per event with the libraries measured in turn, as per call above: what finding 4 compares (the harness above
# gives the delivery latency, the slow consumer and the sys, JIT, switches and allocation columns), with the raw
# floor's stream handed to a Camel route and split (camel-raw-split), the floor of any Camel component that makes
# each event an exchange. About 7 minutes.
log "CPU per event, in turn: one JVM per library, 20 rounds of 1 s slices of 500- and of 20,000-event streams"
step interleaved-streams java -Xmx256m -Dbench.jvmArgs="$JVM_OPTS" -cp "$CP" \
  com.cometapi.camel.gemini.benchmarks.InterleavedHarness "$BASE_URL" "$RESULTS/interleaved-streams.jsonl" 10 20 \
  1000 streams raw camel-raw-split component component-sync genai langchain4j
grep -E 'median' "$RESULTS/interleaved-streams.log" || true

log "Camel's splitter alone: 200,000 in-memory messages through .split(body()).streaming(), no network"
step split-floor java $JVM_OPTS -cp "$CP" com.cometapi.camel.gemini.benchmarks.SplitFloorHarness "$RESULTS/split.jsonl"
cat "$RESULTS/split-floor.log"

log "mixed load: 50 streams (10 with a slow consumer) and 500 calls at once, against the 40 streams alone"
step mixed java $JVM_OPTS -cp "$CP" com.cometapi.camel.gemini.benchmarks.MixedLoadHarness \
  "$BASE_URL" "$RESULTS/mixed.jsonl" 50 10 500 20 300 3
grep -E '^(alone|mixed) +round' "$RESULTS/mixed.log" || true

log "profiles: JFR execution samples"
for SPEC in "raw unary" "component unary" "raw stream" "component stream"; do
  read -r LIB MODE <<< "$SPEC"
  step "profile-$LIB-$MODE" java $JVM_OPTS -XX:FlightRecorderOptions:stackdepth=256 -cp "$CP" \
    com.cometapi.camel.gemini.benchmarks.ProfileHarness "$BASE_URL" "$LIB" "$MODE" 5 12 "$RESULTS/profile.jsonl"
done

LOAD_AFTER="$(cut -d' ' -f1-3 /proc/loadavg)"
ELAPSED=$(( $(date +%s) - START ))
MEM_GIB="$(awk '/MemTotal/ {printf "%.1f", $2/1024/1024}' /proc/meminfo)"
CPU_MODEL="$(awk -F': ' '/model name/ {print $2; exit}' /proc/cpuinfo)"
JAVA_VERSION="$(java -XshowSettings:properties -version 2>&1 | awk -F'= ' '/java.runtime.version/ {print $2}')"
JAVA_VM="$(java -XshowSettings:properties -version 2>&1 | awk -F'= ' '/java.vm.name/ {print $2}')"
GIT_COMMIT="$(git rev-parse --short HEAD 2>/dev/null || echo unknown)"
# (no grep here: with pipefail a clean work tree, where grep selects nothing, would fail the run)
GIT_DIRTY="$({ git status --porcelain --untracked-files=no -- . ":!docs/performance.md" 2>/dev/null || true; } | wc -l | tr -d " ")"
JAR_INFO="camel-cometapi-gemini-0.1.0-SNAPSHOT.jar from ~/.m2, built $(date -u -r "$COMPONENT_JAR" '+%Y-%m-%d %H:%M UTC'), sha256 $(sha256sum "$COMPONENT_JAR" | cut -c1-12); repository at commit $GIT_COMMIT ($GIT_DIRTY tracked files other than this report modified in the work tree)"
{
  echo "date=$(date -u '+%Y-%m-%d %H:%M UTC')"
  echo "machine=$(nproc) CPUs ($CPU_MODEL), $MEM_GIB GiB RAM, $(uname -sr), $JAVA_VM $JAVA_VERSION; every JVM $JVM_OPTS, stub server -Xmx512m with 4 worker threads"
  echo "loadBefore=$LOAD_BEFORE"
  echo "loadAfter=$LOAD_AFTER"
  echo "versions=gemini component 0.1.0-SNAPSHOT on Apache Camel 4.22.0, Apache HttpClient 5.6.3 / HttpCore 5.4.3, Jackson 2.22.1; com.google.genai:google-genai 2.0.0 (OkHttp 4.12.0); dev.langchain4j:langchain4j-google-ai-gemini 1.23.0 (JDK HttpClient); JMH 1.37"
  echo "jmh=1.37"
  echo "command=$COMMAND"
  echo "duration=$((ELAPSED / 60)) min $((ELAPSED % 60)) s"
  echo "componentJar=$JAR_INFO"
} > "$RESULTS/env.properties"

java -cp "$CP" com.cometapi.camel.gemini.benchmarks.Report "$RESULTS" "$FINDINGS" "$REPORT"
log "wrote $REPORT in $((ELAPSED / 60)) min $((ELAPSED % 60)) s"
