#!/usr/bin/env bash
# Runs the whole matrix, interleaving the two queues so that background load hits both alike.
# Every result is one JSON line appended to results/results.jsonl.
set -u
cd "$(dirname "$0")"
mkdir -p results
OUT=results/results.jsonl
REPEATS=${REPEATS:-3}
# pg-boss "tuned": one job per fetch (like graphile-worker) but fetch again at once after a job.
BOSS='{"nudge":true,"pollingIntervalSeconds":0.5}'
run() { echo "# $(date +%T) $*" >&2; timeout 1500 node bench.mjs "$@" >> "$OUT" || echo "# FAILED: $*" >&2; }

e2e_round() {
  for h in cpu5 trivial; do
    for cfg in "1 1" "2 1" "1 4"; do
      set -- $cfg
      run e2e gw --handler=$h --procs=$1 --concurrency=$2
      run e2e boss --handler=$h --procs=$1 --concurrency=$2 --opts="$BOSS"
    done
  done
}

e2e_round
# pg-boss with its defaults for work() (batchSize 1, sleeps the poll interval after every fetch):
# only 200 jobs, it runs at ~2 jobs/s per work() loop.
for cfg in "1 1" "2 1" "1 4"; do
  set -- $cfg
  run e2e boss --handler=cpu5 --procs=$1 --concurrency=$2 --n=200 --opts='{"pollingIntervalSeconds":0.5}'
done
for r in 1 2 3; do run enqueue gw; run enqueue boss; done
run crash gw --timeout=120 --opts='{"resetLocked":[1000,2000]}'
for r in 1 2 3; do
  run crash boss --timeout=60 --queue='{"expireInSeconds":5,"retryLimit":3,"retryDelay":0}' \
    --opts='{"supervise":true,"maintenanceIntervalSeconds":1,"pollingIntervalSeconds":0.5}'
  run crash gw --timeout=30 --recover=backdate --opts='{"resetLocked":[1000,2000]}'
  run crash gw --timeout=30 --recover=force
done
for r in 1 2 3; do run latency gw --n=200; done
for r in 1 2; do run latency boss --n=200 --gap=600,1100 --opts='{"pollingIntervalSeconds":0.5}'; done
run latency boss --n=60 --gap=2100,4100 --opts='{"pollingIntervalSeconds":2}'
for r in $(seq 2 "$REPEATS"); do e2e_round; done
# Variants: graphile-worker with completion batching on (completeJobBatchDelay=0, which also makes
# stop() flush completions), pg-boss fetching 10 jobs at a time.
for r in 1 2; do
  for h in cpu5 trivial; do
    run e2e gw --handler=$h --procs=1 --concurrency=1 --opts='{"completeJobBatchDelay":0}'
    run e2e boss --handler=$h --procs=1 --concurrency=1 --opts='{"nudge":true,"pollingIntervalSeconds":0.5,"batchSize":10}'
  done
  run e2e gw --handler=cpu5 --procs=2 --concurrency=1 --opts='{"completeJobBatchDelay":0}'
done
# Two more paired rounds of CPU-bound 1-process / 2-process runs (the 2/1 ratio is the noisiest figure).
for r in 1 2; do
  for p in 1 2; do
    run e2e gw --handler=cpu5 --procs=$p --concurrency=1
    run e2e boss --handler=cpu5 --procs=$p --concurrency=1 --opts="$BOSS"
  done
done
echo "# $(date +%T) done" >&2
