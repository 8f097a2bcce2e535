#!/usr/bin/env bash
# Ingest speed with and without merging across documents (issue 10), measured in one run:
# N varied documents (WriteCorpus, seed 1) ingested into a new store with --no-merge, then into
# another new store with merging (the default), one after the other; prints both times and their ratio.
# usage: bench/merge-speed.sh [N=10000] [WORKDIR=/tmp/isnad-merge-speed] [bulk|batches]
# (into an empty store ingest takes the bulk path and merges once at the end; "batches" times
# --no-bulk, where every transaction of 1,000 documents merges what it stores)
set -euo pipefail
n=${1:-10000}
work=${2:-/tmp/isnad-merge-speed}
path=${3:-bulk}
bulk=(); [ "$path" = batches ] && bulk=(--no-bulk)
cd "$(dirname "$0")/.."
mvn -B -q package -DskipTests
mvn -B -q test-compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt
mkdir -p "$work"
java -cp "target/test-classes:target/classes:$(cat target/cp.txt)" org.isnad.bench.WriteCorpus "$work/corpus.jsonl" "$n"
declare -A seconds
for mode in no-merge merge; do
  rm -rf "$work/db-$mode"
  flag=(); [ "$mode" = no-merge ] && flag=(--no-merge)
  start=$(date +%s.%N)
  java -jar target/isnad.jar ingest --db "$work/db-$mode" -q "${bulk[@]}" "${flag[@]}" "$work/corpus.jsonl"
  seconds[$mode]=$(echo "$(date +%s.%N) - $start" | bc)
  echo "$mode: ${seconds[$mode]} s, $(du -sb "$work/db-$mode" | cut -f1) bytes, load $(cut -d' ' -f1-3 /proc/loadavg)"
done
echo "speed with merging / without: $(echo "scale=3; ${seconds[no-merge]} / ${seconds[merge]}" | bc)"
