#!/usr/bin/env bash
# Measures `conventio validate` where scripts feel it, with hyperfine:
#   1. one document validated from a cold JVM (the reference history);
#   2. 10 000 documents validated by one `conventio validate` process, side by side with one `ajv`
#      process checking the same files against the JSON Schema alone.
# Run benchmarks/cli/setup.sh once first. From anywhere:
#   benchmarks/cli/run.sh [COUNT]
# AJV_RELAX adds ajv options; empty (the default) is the strict mode the comparison asks for, which
# both shipped schemas compile under. NICE=-19 runs the measurements at that priority (root
# only), so that other work on the machine, such as builds sharing its cores, weighs less on both
# sides of the comparison. Results go to benchmarks/cli/target/.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
count="${1:-10000}"
out="$here/target"
mkdir -p "$out"

cd "$root"
./mvnw -q -B -ntp -pl cli,benchmarks -am package -DskipTests -Dmaven.javadoc.skip
jar="$(ls "$root"/cli/target/conventio-cli-*-all.jar)"
corpus="$out/corpus-$count"
if [ ! -d "$corpus" ]; then
    java -cp "$root/benchmarks/target/benchmarks.jar" dev.conventio.benchmarks.cli.CliCorpus "$corpus" "$count"
fi
schema="$out/conventio-format.schema.json"
java -jar "$jar" schema > "$schema"
one="$root/cli/src/test/resources/documents/history.json"
launcher="$root/cli/src/main/sh/conventio"
export CONVENTIO_JAR="$jar"
ajv="$here/node_modules/.bin/ajv"
ajv_options="--spec=draft2020 -c ajv-formats --strict=true ${AJV_RELAX:-}"

echo "== the schema under ajv $ajv_options"
"$ajv" compile -s "$schema" $ajv_options || true

echo "== both judge the corpus valid (a benchmark of a failing run would measure nothing)"
java -jar "$jar" validate "$corpus" | tail -1
"$ajv" validate -s "$schema" -d "$corpus/*.json" $ajv_options 2>&1 | grep -vc ' valid$' || true

nice_cmd=""
if [ -n "${NICE:-}" ]; then nice_cmd="nice -n $NICE"; fi
echo "== $(java -version 2>&1 | head -1); $(nproc) cores; load $(cut -d' ' -f1-3 /proc/loadavg); priority ${NICE:-0}"
rm -f "${jar%.jar}.jsa"
$nice_cmd hyperfine --warmup 3 --runs 20 --export-markdown "$out/cold-start.md" --export-json "$out/cold-start.json" \
    -n "java -jar, 1 document" "java -jar $jar validate $one" \
    -n "launcher, 1 document" "$launcher validate $one"
"$root/cli/src/main/sh/conventio-cds"
$nice_cmd hyperfine --warmup 3 --runs 20 --export-markdown "$out/cold-start-cds.md" --export-json "$out/cold-start-cds.json" \
    -n "launcher with its CDS archive, 1 document" "$launcher validate $one"
$nice_cmd hyperfine --warmup 3 --runs 10 --export-markdown "$out/corpus.md" --export-json "$out/corpus.json" \
    -n "java -jar, $count documents" "java -jar $jar validate $corpus" \
    -n "launcher with its CDS archive, $count documents" "$launcher validate $corpus" \
    -n "ajv validate ($count documents, schema only)" "$ajv validate -s $schema -d '$corpus/*.json' $ajv_options"
