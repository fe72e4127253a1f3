#!/usr/bin/env bash
# Benchmark 2 in-process: JMH over SearchService with the query mix, 1 and 2 threads (2 cores).
# Usage: hub-bench/scripts/search-jmh.sh [POSTS]
source "$(dirname "$0")/common.sh"
POSTS="${1:-100000}"
corpus "$POSTS"
for threads in 1 2; do
  java -Dhub.bench.data="$BENCH_DATA/$POSTS/data" -jar "$BENCH_JAR" SearchLatency -t "$threads" \
      -jvmArgsAppend "-Dhub.bench.data=$BENCH_DATA/$POSTS/data" -rf json -rff "$BENCH_DATA/$POSTS/jmh-t$threads.json" \
      2>&1 | grep -E '^(Benchmark|SearchLatency)'
done
