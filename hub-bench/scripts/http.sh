#!/usr/bin/env bash
# Benchmarks 2 (over HTTP), 4 (pages and reads vs a static file), 3 (freshness) and 6 (footprint), on one
# running server. Usage: hub-bench/scripts/http.sh [POSTS] [SECONDS per wrk run]
source "$(dirname "$0")/common.sh"
POSTS="${1:-100000}"
SECONDS_EACH="${2:-30}"
DIR="$BENCH_DATA/$POSTS"
corpus "$POSTS"
need_wrk
java -cp "$BENCH_JAR" org.hub.bench.WriteQueryPaths "$DIR/data" "$DIR" 2>&1 | grep '^wrote'
trap stop_server EXIT
start_server "$POSTS"
ready_ms=$READY_MS
TOKEN=$(viewer_token)
export TOKEN
LUA="$(dirname "$0")/paths.lua"
base="http://127.0.0.1:$SERVER_PORT"

run_wrk() { # name connections paths-file [url]
  local threads=$(( $2 < 2 ? $2 : 2 ))
  local out
  out=$(PATHS_FILE="$3" wrk -t "$threads" -c "$2" -d "${SECONDS_EACH}s" --timeout 10s -s "$LUA" "${4:-$base}" | tail -1)
  echo "RESULT http $1 connections=$2 $out"
}

# warm-up: JIT and page cache, not measured
PATHS_FILE="$DIR/search-paths.txt" wrk -t 2 -c 8 -d 15s -s "$LUA" "$base" > /dev/null
for c in 1 8 32; do run_wrk search "$c" "$DIR/search-paths.txt"; done
for c in 1 8; do run_wrk thread-read "$c" "$DIR/thread-paths.txt"; done
echo "/ping" > "$DIR/ping-paths.txt"
for c in 1 8; do run_wrk static-ping "$c" "$DIR/ping-paths.txt" "http://127.0.0.1:$ADMIN_PORT"; done

# 4: the pages a browser asks for, as the same viewer signed in with a session cookie, against a
# static file of the same server and port (the stylesheet) as the ceiling
sed 's#^/api/v1/threads/#/threads/#' "$DIR/thread-paths.txt" > "$DIR/thread-page-paths.txt"
sed 's#^/api/v1/search#/search#' "$DIR/search-paths.txt" > "$DIR/search-page-paths.txt"
echo "/assets/hub.css" > "$DIR/static-paths.txt"
SESSION=$(viewer_session)
export SESSION
for c in 1 8; do run_wrk thread-page "$c" "$DIR/thread-page-paths.txt"; done
for c in 1 8; do run_wrk search-page "$c" "$DIR/search-page-paths.txt"; done
for c in 1 8; do run_wrk static-asset "$c" "$DIR/static-paths.txt"; done
SESSION=""

java -cp "$BENCH_JAR" org.hub.bench.Freshness "$base" "$TOKEN" 5 60 2>&1 | grep --line-buffered -E 'RESULT|Exception'

jcmd "$SERVER_PID" GC.run > /dev/null
heap=$(jcmd "$SERVER_PID" GC.heap_info | grep -oE 'used [0-9]+K' | head -1 | grep -oE '[0-9]+')
echo "RESULT footprint heap_after_load_and_serving_mb=$(( heap / 1024 )) index_mb=$(du -sm "$DIR/data/index" | cut -f1) database_mb=$(du -sm "$DIR/data/db" | cut -f1)"
stop_server
# start-up with the existing index: median of three starts
starts=()
for _ in 1 2 3; do start_server "$POSTS"; starts+=("$READY_MS"); stop_server; done
sorted=($(printf '%s\n' "${starts[@]}" | sort -n))
echo "RESULT startup first_start_ms=$ready_ms restart_to_ready_ms=${sorted[1]} (runs: ${starts[*]})"
# the same with a class-data archive of the classes a start loads (README, "Faster start")
JSA="$BENCH_DATA/hub.jsa"
rm -f "$JSA"
SERVER_JAVA_OPTS="-XX:ArchiveClassesAtExit=$JSA" start_server "$POSTS"; stop_server
starts=()
for _ in 1 2 3; do SERVER_JAVA_OPTS="-XX:SharedArchiveFile=$JSA" start_server "$POSTS"; starts+=("$READY_MS"); stop_server; done
sorted=($(printf '%s\n' "${starts[@]}" | sort -n))
echo "RESULT startup_with_class_archive restart_to_ready_ms=${sorted[1]} (runs: ${starts[*]})"
