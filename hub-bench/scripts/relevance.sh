#!/usr/bin/env bash
# Benchmark 5b: Cranfield nDCG@10 and MAP through the application's own write, index and search path.
# Usage: hub-bench/scripts/relevance.sh [CRANFIELD_DIR]
source "$(dirname "$0")/common.sh"
build
java -cp "$BENCH_JAR" org.hub.bench.CranfieldThroughApp ${1:+"$1"} 2>&1 | grep --line-buffered -E '^(cranfield|RESULT)|Exception|ERROR'
