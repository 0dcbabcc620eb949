#!/usr/bin/env bash
# Runs every minutes4j benchmark and prints one Markdown table: each exporter against its engine
# (baseline) in the same run, as a ratio, with the targets of issue 6 met or missed.
#
#   benchmarks/run.sh                        everything: about 50 minutes on a quiet 2-core machine
#   STAGES="small pdf table" benchmarks/run.sh   only some stages (a later table stage reads the
#                                            results the earlier runs left in target/results)
#
# Stages:
#   build  ./mvnw package of the benchmarks jar and the CLI, without tests (offline first)
#   cold   the CLI renders one PDF in a fresh JVM: one untimed run that creates the class-data
#          archive, then 5 timed runs of the launcher and 5 of plain java -cp; medians
#   small  JMH: JSON write and read (read with a longer warm-up), HTML, validation and the
#          exporters as users call them (three forks each);
#          both reference documents and the large one
#   pdf    JMH: PDF export vs openhtmltopdf with built-in fonts, three forks each and paired in one;
#          1 vs 2 threads (HTML, PDF, the PDF engine alone), alternating within one fork each
#   large  JMH: the large document as PDF at 1,000, 5,000, 10,000 participants (single shot, warm)
#   heap   HeapProbe: peak live heap and allocation of those large PDFs, in HEAP_RUNS fresh JVMs
#          (default 5; the table takes each size's median)
#   batch  the CLI renders a folder of 2,000 generated documents (BatchDocuments) to PDF in a
#          fresh JVM, with --jobs 1, 2, 2, 1, BATCH_ROUNDS times (default 2): documents per
#          second (the median of each kind's runs) and the scaling (not part of the default
#          stages: about 8 minutes on a quiet 2-core machine)
#   table  ResultsTable: the Markdown table from all of the above, and the machine
#
# Results go to benchmarks/target/results/ (JMH JSON and logs, table.md, machine.txt).
# Environment: JAVA (default java), STAGES, JMH_EXTRA (more JMH options, such as -prof jfr),
# HEAP_RUNS (fresh JVMs of the heap stage, default 5),
# BATCH_COUNT (documents of the batch stage, default 2000), BATCH_ROUNDS (rounds of 1, 2, 2, 1
# jobs, default 2), BATCH_RUN (launcher, the default: the
# batch stage runs the CLI through cli/src/main/dist/minutes4j, with its JVM options and its
# class-data archive, as users do; java: java -cp the jar), BATCH_JAVA_OPTS (more JVM options of
# the batch stage's CLI, after the launcher's; with BATCH_RUN=java the only ones).
# JMH allows one run per machine at a time (/tmp/jmh.lock): another JMH run makes a stage fail.
# JMH runs one to three forks per benchmark, with warm-ups as long as each exporter needs (see each stage);
# ratios are taken within one run, and times are judged on the JVM's CPU time (see ResultsTable),
# which other processes' load changes much less than wall time.
set -euo pipefail
shopt -s extglob

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
  rm -f "$out/$name.json"
  echo "load before $name: $(cut -d' ' -f1-3 /proc/loadavg)" >>"$out/machine.txt"
  # shellcheck disable=SC2086
  "$java" -jar "$jar" "$@" -rf json -rff "$out/$name.json" $jmh_extra >"$out/$name.log" 2>&1 || {
    log "JMH $name failed; see $out/$name.log"
    tail -20 "$out/$name.log" >&2
    return 1
  }
  grep -E '^[A-Za-z]+Benchmark[.][A-Za-z0-9]+ ' "$out/$name.log" >&2 || true
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

# The machine, for the table; kept from the last run that measured something.
if [[ " $stages " == *" "@(cold|small|pdf|large|heap|batch)" "* ]]; then
  {
    echo "date: $(date -u +%Y-%m-%dT%H:%M:%SZ)"
    echo "stages: $stages"
    echo "nproc: $(nproc)"
    echo "cpu: $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2- | sed 's/^ *//')"
    echo "memory: $(free -m | awk '/^Mem:/ {print $2 " MB"}')"
    echo "jdk: $("$java" -version 2>&1 | sed -n 2p)"
    echo "commit: $(git -C "$root" rev-parse --short HEAD 2>/dev/null || echo unknown)"
    echo "load at start (1, 5, 15 min): $(cut -d' ' -f1-3 /proc/loadavg)"
  } >"$out/machine.txt"
fi

if has_stage cold; then
  # One CLI PDF render in a fresh JVM, timed from outside with bash's time (no install step):
  # the launcher with its class-data archive (what users run; the target), and plain java -cp
  # with the JVM's defaults (for comparison). Each: 5 runs, the medians of the wall time and of
  # the CPU time (user + system, the JVM and its children), which other processes' load changes
  # much less.
  cli_jar=$(ls -t "$root"/cli/target/minutes4j-cli-*-all.jar | head -1)
  input=$root/examples/reference/src/main/resources/io/github/minutes4j/examples/reference/minutes-2022-06-02.json
  cold_out=$(mktemp -d)
  export XDG_CACHE_HOME=$out/cds-cache # a fresh class-data archive for this jar
  rm -rf "$XDG_CACHE_HOME"
  launcher=(bash "$root/cli/src/main/dist/minutes4j" render "$input" --format pdf --out "$cold_out")
  plain=("$java" -cp "$cli_jar" io.github.minutes4j.cli.Minutes4jCli render "$input" --format pdf
    --out "$cold_out")
  log "cold start: a first render, which creates the class-data archive (not timed)"
  "${launcher[@]}" >/dev/null
  [ -s "$cold_out/minutes-2022-06-02.pdf" ] || { log "the CLI wrote no PDF"; exit 1; }
  echo "load before cold: $(cut -d' ' -f1-3 /proc/loadavg)" >>"$out/machine.txt"
  TIMEFORMAT='%3R %3U %3S'
  for variant in launcher plain; do
    walls=()
    cpus=()
    for _ in 1 2 3 4 5; do
      rm -f "$cold_out/minutes-2022-06-02.pdf"
      if [ $variant = launcher ]; then command=("${launcher[@]}"); else command=("${plain[@]}"); fi
      # time's report to the capture, the CLI's own errors to standard error.
      measured=$({ time "${command[@]}" >/dev/null 2>&3; } 3>&2 2>&1)
      read -r wall user system <<<"$measured"
      walls+=("$wall")
      cpus+=("$(awk -v u="$user" -v s="$system" 'BEGIN {printf "%.3f", u + s}')")
      [ -s "$cold_out/minutes-2022-06-02.pdf" ] || { log "the CLI wrote no PDF"; exit 1; }
    done
    wall=$(printf '%s\n' "${walls[@]}" | sort -n | paste -sd, -)
    cpu=$(printf '%s\n' "${cpus[@]}" | sort -n | paste -sd, -)
    median=$(echo "$wall" | cut -d, -f3)
    cpu_median=$(echo "$cpu" | cut -d, -f3)
    echo "{\"results\":[{\"median\":$median,\"times\":[$wall],\"cpuMedian\":$cpu_median,\"cpuTimes\":[$cpu]}]}" \
      >"$out/cold-$variant.json"
    log "cold start, $variant: median $median s wall ($wall), $cpu_median s CPU ($cpu)"
  done
  unset TIMEFORMAT
  rm -rf "$cold_out"
fi

cpu=(-prof io.github.minutes4j.benchmarks.CpuTimeProfiler)

if has_stage small; then
  # The warm-up and measured iterations are the benchmark classes' own annotations: 5 one-second
  # warm-up iterations, in which validation (Hibernate Validator) and the JSON writer alone reach
  # their compiled speed, 8 for the HTML page (see HtmlBenchmark), and 12 for the exporters as users call them, whose fork compiles
  # validation and a writer both (see JsonWriteBenchmark#exporter). CPU time is what the table
  # judges.
  jmh small 'io.github.minutes4j.benchmarks.(JsonWrite|Html)Benchmark' -e '[.]exporter$' \
    -f 1 -prof gc "${cpu[@]}"
  # The exporters as users call them in three forks, for the reason validation has three below:
  # their fork compiles validation and a writer both, and the JIT's choices differ between forks
  # (HTML, june2022: 97-103 us in one fork of the 23:37 run of bab07e5, where the page alone took
  # 45-54 us and validation 9-15 us; 0.91-1.07x of the baseline in the run before); the table's
  # median is the middle fork's.
  jmh users 'io.github.minutes4j.benchmarks.(JsonWrite|Html)Benchmark[.]exporter$' \
    -f 3 -prof gc "${cpu[@]}"
  # Validation in three forks: in some JVMs the compiler inlines the text check's character loop
  # into the walk, where it runs far slower (agm2026: 4.9-5.2 us in most forks, 6.1-8.5 us in
  # others, the same code), so one fork could decide the row; the table's median is the middle
  # fork's.
  jmh validation 'io.github.minutes4j.benchmarks.ValidationBenchmark' \
    -f 3 -prof gc "${cpu[@]}"
  # The reader's fork compiles the parser and Hibernate Validator both: at a load of 2-4 on 2 cores
  # it is still compiling after 5 s, and the CPU time (compiler threads included) of the measured
  # iterations is then several times its compiled speed. 12 warm-up iterations; its baseline runs
  # in the same class, so the ratio stays within one run. Three forks: with one, the rows of the
  # 05:45 run of d9df9d9 spread by a third (parsing alone slower than parsing and validating), and
  # the table's median is the middle fork's.
  jmh read 'io.github.minutes4j.benchmarks.JsonReadBenchmark' \
    -f 3 -wi 12 -i 3 -w 1s -r 1s -prof gc "${cpu[@]}"
  # The parser and readTree read alternately in one fork, timed on the reading thread (see
  # JsonReadPairBenchmark), so that their ratio is not that of two forks.
  jmh read-pair 'io.github.minutes4j.benchmarks.JsonReadPairBenchmark' -f 1 -wi 20 -i 10 -w 1s -r 1s
fi

if has_stage pdf; then
  # PDFBox and openhtmltopdf need far longer to reach their compiled speed than the small
  # exporters: after 8 s of warm-up a PDF export still took 45 ms of CPU (the optimising compiler
  # held the second core, so CPU time was twice the wall time), after 50 s about 20 ms, at one
  # core. The exporter runs more code than its baseline and warms up later, so a short warm-up
  # also biases the ratio; and two threads cannot scale while the compiler takes a core.
  # Three forks each: the same code's baseline took 5.2, 7.5, 4.9, 5.5 and 3.6 ms per render in
  # single forks of five runs (the compiler's choices differ from fork to fork), so one fork could
  # move the ratio by a third either way; the table's median of the 15 iterations is the middle
  # fork's, whichever fork strays.
  jmh pdf 'io.github.minutes4j.benchmarks.PdfBenchmark' \
    -f 3 -wi 25 -i 5 -w 2s -r 2s -prof gc "${cpu[@]}"
  # The same two, rendered alternately in one fork, so that their ratio does not inherit the
  # difference in speed between two forks minutes apart (see PdfPairBenchmark). Each side renders
  # about half as often per second as in its own fork, hence the longer warm-up.
  jmh pdf-pair 'io.github.minutes4j.benchmarks.PdfPairBenchmark' -f 1 -wi 35 -i 10 -w 2s -r 2s
  # HTML, PDF, and the PDF engine alone on the PDF's page (pdf-engine): the reference for how
  # far a PDF render can scale on this machine. One fork per format on two threads, whose
  # iterations alternate one and two exporting threads (1, 2, 2, 1, ...; see ThroughputBenchmark):
  # two runs minutes apart, one per thread count, differed in speed by a third on this machine's
  # shared cores. 110 s of warm-up: with both cores rendering, the compiler gets a third of a core,
  # and the PDF export on two threads was still getting faster until about 110 s (100 exports per
  # second at 30 s, 150 at 55 s, 200 at 85 s, 230 at 115 s), while one thread levelled off at 30 s.
  # 24 measured iterations, 12 of each kind: with 6 of each, the PDF's ratio came out at 1.71x and
  # 2.13x in two quiet runs of one afternoon (the two-thread over the one-thread throughput of
  # neighbouring iterations spread from 1.38x to 2.33x within one run), so the medians need more.
  jmh threads 'io.github.minutes4j.benchmarks.ThroughputBenchmark' -f 1 -wi 55 -i 24 -w 2s -r 2s
fi

if has_stage large; then
  # Per size, one fork: one warm-up iteration (smaller documents, see LargePdfBenchmark), then
  # one measured render of the large document. The baseline at the largest size only.
  jmh large 'io.github.minutes4j.benchmarks.LargePdfBenchmark.exporter' -bm ss -f 1 -wi 1 -i 1 \
    "${cpu[@]}"
  jmh large-baseline 'io.github.minutes4j.benchmarks.LargePdfBenchmark.builtinFontsBaseline' \
    -p participants=10000 -bm ss -f 1 -wi 1 -i 1 "${cpu[@]}"
fi

if has_stage heap; then
  # HEAP_RUNS fresh JVMs (default 5), each probing every size once: one probe's peak depends on
  # where its samples fall (137-249 MB for the same code at 10,000 participants in single runs),
  # so the table shows each size's median of the runs and the range. About 30 s per run on a
  # quiet 2-core machine.
  heap_runs=${HEAP_RUNS:-5}
  echo "load before heap: $(cut -d' ' -f1-3 /proc/loadavg)" >>"$out/machine.txt"
  rm -f "$out"/heap.json "$out"/heap-[0-9]*.json
  for run in $(seq 1 "$heap_runs"); do
    log "heap: HeapProbe 1000 5000 10000, run $run of $heap_runs"
    "$java" -Xms2g -Xmx2g -cp "$jar" io.github.minutes4j.benchmarks.HeapProbe "$out/heap-$run.json" \
      1000 5000 10000 2>"$out/heap-$run.log" | tee "$out/heap-$run.out" >&2
  done
  echo "load after heap: $(cut -d' ' -f1-3 /proc/loadavg)" >>"$out/machine.txt"
fi

if has_stage batch; then
  # What a user of the CLI sees: one fresh JVM per run, rendering a folder of generated documents
  # to PDF. BATCH_RUN=launcher (the default): through the launcher, with its JVM options and its
  # class-data archive, which one untimed render makes first (as in the cold stage), and
  # BATCH_JAVA_OPTS after them; BATCH_RUN=java: java -cp the executable jar with BATCH_JAVA_OPTS
  # only (the JVM's default collector and compilers if empty). Wall time (from outside, with GNU time) gives documents per second, JIT
  # warm-up included; the scaling is the rate with 2 jobs over the rate with 1, in the same
  # script run. CPU time (user + system) and the peak resident memory come from the same
  # measurement; the GC log gives the largest heap after a collection, which an unbounded queue
  # of parsed documents would make grow with the batch.
  # A copy of the jar: a build during the run must not change the classes under it.
  cli_jar=$out/batch-cli.jar
  cp "$(ls -t "$root"/cli/target/minutes4j-cli-*-all.jar | head -1)" "$cli_jar"
  count=${BATCH_COUNT:-2000}
  inputs=$out/batch-inputs-$count
  if [ ! -d "$inputs" ]; then
    log "batch: writing $count generated documents to $inputs"
    "$java" -cp "$jar" io.github.minutes4j.benchmarks.BatchDocuments "$inputs.part" "$count" 2>/dev/null
    mv "$inputs.part" "$inputs"
  fi
  batch_run=${BATCH_RUN:-launcher}
  case $batch_run in
    launcher)
      # Its own archive, made for this copy of the jar by one render of one input.
      export MINUTES4J_JAR=$cli_jar XDG_CACHE_HOME=$out/batch-cds-cache
      # The launcher runs JAVA_HOME's java: the one this script was told to use.
      JAVA_HOME=$(dirname "$(dirname "$(readlink -f "$(command -v "$java")")")")
      export JAVA_HOME
      rm -rf "$XDG_CACHE_HOME" "$out/batch-out"
      # Any one input; -quit rather than a pipe into head, which pipefail would end the script on.
      first_input=$(find "$inputs" -name '*.json' -print -quit)
      log "batch: a first render through the launcher, which creates its class-data archive (not timed)"
      bash "$root/cli/src/main/dist/minutes4j" render "$first_input" --format pdf \
        --out "$out/batch-out" >/dev/null
      ;;
    java) ;;
    *) log "BATCH_RUN is launcher or java, not $batch_run"; exit 2 ;;
  esac
  echo "batch run: $batch_run${BATCH_JAVA_OPTS:+, BATCH_JAVA_OPTS=$BATCH_JAVA_OPTS}" >>"$out/machine.txt"
  # The runs go 1, 2, 2, 1 jobs (ABBA), BATCH_ROUNDS times (default 2): this machine's speed
  # drifts over minutes, and a drift that is even over a round weighs on both halves of the ratio
  # alike. A spell of a slower machine can still take one run (a 2-job run of the 14:26 run of
  # 154b00e took 35.5 ms of CPU per document against 26.2 in the other, and alone moved the
  # scaling from 1.97x to 1.76x): so each rate is the median of its runs' rates, which one
  # stray run of four does not move, and the scaling is the ratio of the two medians.
  rounds=${BATCH_ROUNDS:-2}
  runs=()
  letters=(a b c d e f g h i j k l m n o p q r s t)
  [ "$rounds" -ge 1 ] && [ "$rounds" -le 10 ] || { log "BATCH_ROUNDS is 1 to 10, not $rounds"; exit 2; }
  for round in $(seq 0 $((rounds - 1))); do
    first=${letters[$((2 * round))]}
    second=${letters[$((2 * round + 1))]}
    runs+=("1-$first" "2-$first" "2-$second" "1-$second")
  done
  declare -A batch_rates=([1]="" [2]="")
  for run in "${runs[@]}"; do
    jobs=${run%-*}
    rendered=$out/batch-out
    rm -rf "$rendered"
    echo "load before batch-$run: $(cut -d' ' -f1-3 /proc/loadavg)" >>"$out/machine.txt"
    log "batch: $count documents to PDF, --jobs $jobs (load $(cut -d' ' -f1 /proc/loadavg))"
    gc_log=-Xlog:gc:file=$out/batch-$run.gc.log
    if [ "$batch_run" = launcher ]; then
      command=(env "MINUTES4J_JAVA_OPTS=${BATCH_JAVA_OPTS:-} $gc_log"
        bash "$root/cli/src/main/dist/minutes4j")
    else
      # shellcheck disable=SC2206
      command=("$java" ${BATCH_JAVA_OPTS:-} "$gc_log" -cp "$cli_jar"
        io.github.minutes4j.cli.Minutes4jCli)
    fi
    /usr/bin/time -f '%e %U %S %M' -o "$out/batch-$run.time" \
      "${command[@]}" render "$inputs" --format pdf --out "$rendered" \
      --jobs "$jobs" --progress none 2>"$out/batch-$run.log" || {
      log "batch --jobs $jobs failed; see $out/batch-$run.log"
      tail -5 "$out/batch-$run.log" >&2
      exit 1
    }
    pdfs=$(find "$rendered" -name '*.pdf' | wc -l)
    [ "$pdfs" -eq "$count" ] || { log "batch: $pdfs PDFs, not $count"; exit 1; }
    read -r wall user system rss <"$out/batch-$run.time"
    # The largest heap after a collection: "... 123M->45M(256M) ..." gives 45.
    heap=$(grep -o '[0-9]*M->[0-9]*M' "$out/batch-$run.gc.log" | sed 's/.*->//; s/M//' | sort -n | tail -1)
    # The collector's pauses, which stop every job: their number and total in ms.
    read -r pauses gc_ms < <(awk '/Pause/ {sub("ms", "", $NF); total += $NF; n++}
      END {printf "%d %.0f\n", n, total}' "$out/batch-$run.gc.log")
    rate=$(awk -v n="$count" -v w="$wall" 'BEGIN {printf "%.1f", n / w}')
    cpu_ms=$(awk -v n="$count" -v u="$user" -v s="$system" 'BEGIN {printf "%.1f", 1000 * (u + s) / n}')
    echo "batch-$run: $rate docs/s, CPU $cpu_ms ms per document, GC $pauses pauses ($gc_ms ms)" \
      >>"$out/machine.txt"
    batch_rates[$jobs]+="$rate "
    log "batch --jobs $jobs ($run): $wall s wall, $rate docs/s; CPU $user s user + $system s system ($cpu_ms ms per document); peak RSS $((rss / 1024)) MB; largest heap after GC ${heap:-?} MB; GC $pauses pauses, $gc_ms ms"
    echo "{\"jobs\":$jobs,\"documents\":$count,\"wallSeconds\":$wall,\"docsPerSecond\":$rate,\"userSeconds\":$user,\"systemSeconds\":$system,\"cpuMsPerDocument\":$cpu_ms,\"peakRssKb\":$rss,\"maxHeapAfterGcMb\":${heap:-0},\"gcPauses\":$pauses,\"gcPauseMs\":$gc_ms}" \
      >"$out/batch-$run.json"
  done
  rm -rf "$out/batch-out"
  # The median of rates: the middle one, or the mean of the middle two.
  median() { printf '%s\n' "$@" | sort -g | awk '{v[NR] = $1} END {printf "%.1f", (v[int((NR + 1) / 2)] + v[int(NR / 2) + 1]) / 2}'; }
  # shellcheck disable=SC2086
  one=$(median ${batch_rates[1]})
  # shellcheck disable=SC2086
  two=$(median ${batch_rates[2]})
  scaling=$(awk -v one="$one" -v two="$two" 'BEGIN {printf "%.2f", two / one}')
  verdict=$(awk -v s="$scaling" 'BEGIN {print (s >= 1.8 ? "met" : "missed")}')
  log "batch: median $one docs/s with 1 job (${batch_rates[1]% }), $two with 2 (${batch_rates[2]% }): scaling ${scaling}x (target >= 1.8x: $verdict)"
  echo "batch: $one docs/s (1 job, median of ${batch_rates[1]% }), $two docs/s (2 jobs, median of ${batch_rates[2]% }), scaling ${scaling}x" >>"$out/machine.txt"
fi

if [[ " $stages " == *" "@(cold|small|pdf|large|heap|batch)" "* ]]; then
  echo "load at end: $(cut -d' ' -f1-3 /proc/loadavg)" >>"$out/machine.txt"
  echo "script time: $(elapsed) s" >>"$out/machine.txt"
fi

if has_stage table; then
  heap_files=()
  for file in "$out"/heap-[0-9]*.json; do
    if [ -f "$file" ]; then heap_files+=(--heap "$file"); fi
  done
  "$java" -cp "$jar" io.github.minutes4j.benchmarks.ResultsTable \
    --jmh "$out/small.json" --jmh "$out/users.json" --jmh "$out/validation.json" --jmh "$out/read.json" \
    --jmh "$out/read-pair.json" \
    --jmh "$out/pdf.json" --jmh "$out/pdf-pair.json" \
    --jmh "$out/threads.json" --jmh "$out/large.json" \
    --jmh "$out/large-baseline.json" "${heap_files[@]}" \
    --cold "$out/cold-launcher.json" --cold-plain "$out/cold-plain.json" --out "$out/table.md"
  {
    echo
    echo "Machine and run:"
    echo
    sed 's/^/    /' "$out/machine.txt"
    # The highest 1-minute load average seen; above the number of cores, other processes had the
    # CPU for much of the run.
    peak=$(grep -o 'load [^:]*: [0-9.]*' "$out/machine.txt" | awk '{print $NF}' | sort -n | tail -1)
    if awk -v peak="${peak:-0}" -v cores="$(nproc)" 'BEGIN {exit !(peak > cores)}'; then
      echo
      echo "Note: the 1-minute load average reached $peak on $(nproc) cores during this run. Other"
      echo "processes had the CPU much of the time: wall times are inflated, and benchmarks with"
      echo "time-based warm-up got fewer operations to warm up on, so CPU times are inflated too."
      echo "Read the figures as upper bounds and the verdicts as provisional; re-run on a quiet machine."
    fi
  } | tee -a "$out/table.md"
fi
log "done in $(elapsed) s; results in $out"
