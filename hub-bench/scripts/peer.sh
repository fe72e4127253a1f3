#!/usr/bin/env bash
# Benchmark 5: the hub's SearchService vs PostgreSQL full-text search (Discourse's way), same run,
# plus Cranfield for the peer. Usage: hub-bench/scripts/peer.sh [POSTS] [SECONDS per run]
source "$(dirname "$0")/common.sh"
POSTS="${1:-100000}"
corpus "$POSTS"
java -Xmx1g -cp "$BENCH_JAR" org.hub.bench.PostgresPeer "$BENCH_DATA/$POSTS/data" "${2:-10}" 2>&1 | grep --line-buffered -E '^(peer|RESULT)|Exception|ERROR'
