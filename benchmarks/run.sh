#!/usr/bin/env bash
# Runs every minutes4j benchmark and prints one Markdown table: each exporter against its engine
# (baseline) in the same run, as a ratio, with the targets of issue 6 met or missed.
#
#   benchmarks/run.sh                 everything: about 12-13 minutes on 2 cores at load 2-5
#   STAGES="small pdf" benchmarks/run.sh    only some stages (build cold small pdf large heap table)
#
# Stages:
#   build  ./mvnw package of the benchmarks jar and the CLI (offline first, online if that fails)
#   cold   the CLI renders one PDF in a fresh JVM: one run to create the class-data archive,
#          then hyperfine, 5 runs, median
#   small  JMH: JSON write and read, validation, HTML; 3 documents (avgt, -prof gc)
#   pdf    JMH: PDF export vs openhtmltopdf with built-in fonts; 1 vs 2 threads (HTML, PDF)
#   large  JMH: the large document as PDF at 1,000, 5,000, 10,000 participants (single shot)
#   heap   HeapProbe: live heap and allocation of those large PDFs
#   table  ResultsTable: the Markdown table from all of the above
#
# Results go to benchmarks/target/results/ (JMH JSON and logs, table.md, machine.txt).
# Environment: JAVA (default java), STAGES, JMH_EXTRA (more JMH options, such as -prof jfr).
set -euo pipefail

script_start=$(date +%s)
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
root=$(cd "$here/.." && pwd)
out=$here/target/results
jar=$here/target/benchmarks.jar
java=${JAVA:-java}
stages=${STAGES:-build cold small pdf large heap table}
jmh_extra=${JMH_EXTRA:-}

has_stage() { [[ " $stages " == *" $1 "* ]]; }
log() { printf '[%s] %s\n' "$(date +%H:%M:%S)" "$*" >&2; }
elapsed() { echo $(( $(date +%s) - script_start )); }

# Prints JMH's progress as one line per benchmark, and keeps the whole log.
jmh() {
  local name=$1
  shift
  log "JMH $name: $*"
  echo "load before $name: $(cut -d' ' -f1-3 /proc/loadavg)" >>"$out/machine.txt"
  # shellcheck disable=SC2086
  "$java" -jar "$jar" "$@" -rf json -rff "$out/$name.json" $jmh_extra >"$out/$name.log" 2>&1 || {
    log "JMH $name failed; see $out/$name.log"
    tail -20 "$out/$name.log" >&2
    return 1
  }
  grep -E '^(Json|Html|Pdf|Large|Valid|Throughput)[A-Za-z]*Benchmark[.][A-Za-z0-9]+ ' "$out/$name.log" >&2 || true
}

cd "$root"

if has_stage build; then
  log "build"
  # -Dmaven.test.skip: the benchmarks need no test classes (and the tests of a module being
  # written may not compile); -DskipTests also keeps export-html from installing Chromium.
  build=(./mvnw -B -q -DskipTests -Dmaven.test.skip=true package -pl benchmarks,cli -am)
  "${build[@]}" -o || "${build[@]}"
fi
mkdir -p "$out"
[ -f "$jar" ] || { log "no $jar: run the build stage"; exit 1; }

{
  echo "date: $(date -u +%Y-%m-%dT%H:%M:%SZ)"
  echo "nproc: $(nproc)"
  echo "cpu: $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2- | sed 's/^ *//')"
  echo "memory: $(free -m | awk '/^Mem:/ {print $2 " MB"}')"
  echo "jdk: $("$java" -version 2>&1 | sed -n 2p)"
  echo "commit: $(git -C "$root" rev-parse --short HEAD 2>/dev/null || echo unknown)"
  echo "load at start: $(cut -d' ' -f1-3 /proc/loadavg)"
} >"$out/machine.txt"

if has_stage cold; then
  cli_jar=$(ls "$root"/cli/target/minutes4j-cli-*-all.jar | head -1)
  input=$root/examples/reference/src/main/resources/io/github/minutes4j/examples/reference/minutes-2022-06-02.json
  cold_out=$(mktemp -d)
  extra_cp=
  if ! "$java" -jar "$cli_jar" formats 2>/dev/null | grep -q 'application/pdf'; then
    # The CLI's jar has no PDF exporter yet: add it and its engine, as a user would add a format.
    extra_cp=$(cat "$here/target/pdf-classpath.txt")
    log "cold start: the CLI jar has no PDF exporter; adding export-pdf with MINUTES4J_CLASSPATH"
  fi
  export MINUTES4J_CLASSPATH=$extra_cp
  export XDG_CACHE_HOME=$out/cds-cache # a fresh class-data archive for this jar and class path
  rm -rf "$XDG_CACHE_HOME"
  launcher=(bash "$root/cli/src/main/dist/minutes4j" render "$input" --format pdf --out "$cold_out")
  plain=("$java" -cp "$cli_jar${extra_cp:+:$extra_cp}" io.github.minutes4j.cli.Minutes4jCli
    render "$input" --format pdf --out "$cold_out")
  "${launcher[@]}" # also creates the class-data archive, as the first run of a user would
  [ -s "$cold_out/minutes-2022-06-02.pdf" ] || { log "the CLI wrote no PDF"; exit 1; }
  if command -v hyperfine >/dev/null; then
    log "cold start: hyperfine, 5 runs each"
    hyperfine -N --style basic --warmup 0 --runs 5 --export-json "$out/cold-launcher.json" \
      "$(printf '%q ' "${launcher[@]}")" >&2
    hyperfine -N --style basic --warmup 0 --runs 5 --export-json "$out/cold-plain.json" \
      "$(printf '%q ' "${plain[@]}")" >&2
  else
    log "cold start: no hyperfine (apt-get install -y hyperfine); timing with date"
    for variant in launcher plain; do
      times=()
      for _ in 1 2 3 4 5; do
        start=$(date +%s%N)
        if [ $variant = launcher ]; then "${launcher[@]}"; else "${plain[@]}"; fi
        times+=("$(( $(date +%s%N) - start ))")
      done
      sorted=$(printf '%s\n' "${times[@]}" | sort -n | tr '\n' ' ')
      median=$(echo "$sorted" | awk '{printf "%.4f", $3 / 1e9}')
      list=$(echo "$sorted" | awk '{for (i = 1; i <= NF; i++) printf "%s%.4f", (i > 1 ? "," : ""), $i / 1e9}')
      echo "{\"results\":[{\"median\":$median,\"times\":[$list]}]}" >"$out/cold-$variant.json"
      log "cold start $variant: median $median s"
    done
  fi
  rm -rf "$cold_out"
fi

cpu=(-prof io.github.minutes4j.benchmarks.CpuTimeProfiler)

if has_stage small; then
  # 8 s of warm-up: an exporter that validates (Hibernate Validator) and writes keeps getting
  # faster for about 10 s of 1-second iterations on a busy machine; 4 s left it at 2-8x its speed.
  jmh small 'io.github.minutes4j.benchmarks.(JsonWrite|JsonRead|Validation|Html)Benchmark' \
    -f 1 -wi 8 -i 3 -w 1s -r 1s -prof gc "${cpu[@]}"
fi

if has_stage pdf; then
  # PDFBox and openhtmltopdf need longer to reach their compiled speed: after 8 s of warm-up at
  # load 5 the exporter still ran 2.5x slower than at load 3, while the baseline did not.
  jmh pdf 'io.github.minutes4j.benchmarks.(Pdf|Throughput)Benchmark' \
    -f 1 -wi 15 -i 4 -w 1s -r 1s -prof gc "${cpu[@]}"
fi

if has_stage large; then
  # Per fork, one warm-up iteration (smaller documents, see LargePdfBenchmark) and one measured
  # render of the large document: two forks for the exporter, one for the baseline.
  jmh large 'io.github.minutes4j.benchmarks.LargePdfBenchmark.exporter' -bm ss -f 2 -wi 1 -i 1 \
    "${cpu[@]}"
  jmh large-baseline 'io.github.minutes4j.benchmarks.LargePdfBenchmark.builtinFontsBaseline' \
    -bm ss -f 1 -wi 1 -i 1 "${cpu[@]}"
fi

if has_stage heap; then
  log "heap: HeapProbe 1000 5000 10000"
  echo "load before heap: $(cut -d' ' -f1-3 /proc/loadavg)" >>"$out/machine.txt"
  "$java" -Xms2g -Xmx2g -cp "$jar" io.github.minutes4j.benchmarks.HeapProbe "$out/heap.json" \
    1000 5000 10000 2>"$out/heap.log" | tee "$out/heap.out" >&2
fi

echo "load at end: $(cut -d' ' -f1-3 /proc/loadavg)" >>"$out/machine.txt"
echo "script time: $(elapsed) s" >>"$out/machine.txt"

if has_stage table; then
  "$java" -cp "$jar" io.github.minutes4j.benchmarks.ResultsTable \
    --jmh "$out/small.json" --jmh "$out/pdf.json" --jmh "$out/large.json" \
    --jmh "$out/large-baseline.json" --heap "$out/heap.json" \
    --cold "$out/cold-launcher.json" --cold-plain "$out/cold-plain.json" --out "$out/table.md"
  echo
  cat "$out/machine.txt"
fi
log "done in $(elapsed) s; results in $out"
