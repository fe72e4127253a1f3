#!/usr/bin/env bash
# Benchmark 1: full reindex throughput vs bare Lucene. Usage: hub-bench/scripts/indexing.sh [POSTS] [RUNS]
source "$(dirname "$0")/common.sh"
POSTS="${1:-100000}"
corpus "$POSTS"
cat "$BENCH_DATA/$POSTS/reindex.log"
java -Xmx3g -cp "$BENCH_JAR" org.hub.bench.IndexingBenchmark "$BENCH_DATA/$POSTS/data" "${2:-3}" 2>&1 | grep --line-buffered -E '^(indexing|run|RESULT)|Exception|ERROR'
