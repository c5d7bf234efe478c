#!/usr/bin/env bash
# Engine benchmarks (JMH): dev articles per second on 1 and 2 threads, bytes allocated per article,
# 4 KB latency, and latency against length (1 KB .. 1 MB). JSON results go to target/bench/.
# Needs the bench build (see docs/performance.md).
set -euo pipefail
cd "$(dirname "$0")/../../.."
mkdir -p target/bench
CP="target/test-classes:target/classes:$(cat target/bench.classpath)"
java -cp "$CP" org.openjdk.jmh.Main 'EngineBenchmark' -prof gc -rf json -rff target/bench/jmh-engine.json "$@"
java -cp "$CP" org.openjdk.jmh.Main 'StageBenchmark' -rf json -rff target/bench/jmh-stages.json "$@"
java -cp "$CP" org.openjdk.jmh.Main 'ScalingBenchmark' -prof gc -rf json -rff target/bench/jmh-scaling.json "$@"
