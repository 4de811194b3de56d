#!/usr/bin/env bash
# Runs ratsinfo's benchmarks and prints the table: the JMH benchmarks of the three renderers against
# their baselines (one thread, then ratsinfo on two threads), the scale series, reading and writing the
# native JSON format, the cold start, the whole `ratsinfo render` process, the batch of excerpts and
# the OParl import of a crawl, each in a 256 MB heap.
#
#   benchmarks/run.sh --quick   a few minutes on two cores: short warm-ups, two threads on the
#                               reference only, 1,000 excerpts in the batch, a crawl of 10,000 items
#   benchmarks/run.sh           the full run: 3 x 10 s warm-up, 5 x 5 s measurement per benchmark,
#                               10,000 excerpts in the batch, a crawl of 50,000 items (about an hour
#                               on two cores)
#
#   benchmarks/run.sh --cold-start   only the cold start: the first PDF in a fresh JVM and the whole
#                               `ratsinfo render` process (21 and 11 runs; with --quick 11 and 5)
#
# Options: --no-build (use the jars built before). Results: benchmarks/target/results/.
set -euo pipefail

root="$(cd "$(dirname "$0")/.." && pwd)"
quick=false
build=true
cold_only=false
for arg in "$@"; do
  case "$arg" in
    --quick) quick=true ;;
    --no-build) build=false ;;
    --cold-start) cold_only=true ;;
    *) echo "usage: benchmarks/run.sh [--quick] [--cold-start] [--no-build]" >&2; exit 2 ;;
  esac
done

if [ -n "${JAVA_HOME:-}" ] && [ -x "$JAVA_HOME/bin/java" ]; then java="$JAVA_HOME/bin/java"; else java=java; fi
if $build; then
  # dependency:build-classpath writes each module's runtime class path to target/runtime.classpath:
  # render-pdf's is what an integrator's build puts next to ratsinfo-render-pdf (the cold start).
  "$root/mvnw" -B -q -f "$root/pom.xml" -pl benchmarks,cli -am package dependency:build-classpath \
    -Dmdep.outputFile=target/runtime.classpath -DincludeScope=runtime \
    -DskipTests -Dmaven.javadoc.skip=true -Dmaven.source.skip=true
fi
jar="$root/benchmarks/target/benchmarks.jar"
# The class path of the cold start: the benchmarks' own classes (FirstPdf and the samples), the
# render-pdf jar and its runtime dependencies, as Maven resolves them for an integrator; not the
# benchmarks jar, which also holds JMH, FreeMarker, POI and log4j-api.
module_jar() {
  local m
  for m in "$root/$1/target/ratsinfo-$1-"*.jar; do
    case "$m" in *-tests.jar | *-sources.jar | *-javadoc.jar) ;; *) printf '%s' "$m"; return 0 ;; esac
  done
  echo "benchmarks/run.sh: no jar of $1 in $1/target; run without --no-build" >&2
  exit 1
}
if [ ! -s "$root/render-pdf/target/runtime.classpath" ]; then
  echo "benchmarks/run.sh: render-pdf/target/runtime.classpath is missing; run without --no-build" >&2
  exit 1
fi
bench_jar="$(module_jar benchmarks)"
pdf_jar="$(module_jar render-pdf)"
first_pdf_cp="$bench_jar:$pdf_jar:$(cat "$root/render-pdf/target/runtime.classpath")"
out="$root/benchmarks/target/results"
rm -rf "$out" && mkdir -p "$out"
reference="$root/examples/samples/herne-rat-2017-02-28-top-19.1.json"

if $quick; then
  # Short: PDF is far from settled after a few seconds (openhtmltopdf needs 20-30 s), so the quick
  # run shows the ratios roughly; the full run is the one to quote.
  jmh=(-f 1 -wi 1 -w 3s -i 2 -r 2s)
  scale=(-f 1 -wi 1 -w 2s -i 1 -r 2s)
  two=('(Html|Pdf|Docx)Benchmark.ratsinfo$' -p input=REFERENCE)
  runs=5
  first_runs=11
  batch=1000
  crawl=10000
else
  jmh=()                                    # the annotations: 3 x 10 s warm-up, 5 x 5 s measurement
  scale=()
  # Two threads on two cores leave the JIT no core of its own: C2 compiled openhtmltopdf for about
  # 65 s before the PDF settled (jstack: the compiler thread busy as long as each worker), so the
  # two-thread run warms up for 80 s.
  two=(-wi 8 -w 10s '(Html|Pdf|Docx)Benchmark.ratsinfo$')
  runs=11
  first_runs=21
  batch=10000
  crawl=50000
fi

echo "== machine: $(nproc) cores, $(lscpu | sed -n 's/^Model name: *//p'), $("$java" -version 2>&1 | head -1)"
echo "== load before: $(uptime)"
if ! $cold_only; then
  echo "== JMH, one thread, every format, input and baseline, with -prof gc"
  "$java" -jar "$jar" "${jmh[@]}" -t 1 -prof gc -rf json -rff "$out/jmh-1t.json" \
    'HtmlBenchmark|PdfBenchmark|DocxBenchmark' > "$out/jmh-1t.log"
  echo "== JMH, two threads, ratsinfo"
  "$java" -jar "$jar" "${jmh[@]}" -t 2 -prof gc -rf json -rff "$out/jmh-2t.json" "${two[@]}" \
    > "$out/jmh-2t.log"
  echo "== JMH, scale: 1, 10, 100, 1,000 questions"
  "$java" -jar "$jar" "${scale[@]}" -t 1 -prof gc -rf json -rff "$out/scale.json" '\.ScaleBenchmark' > "$out/scale.log"
  echo "== JMH, scale: 1, 3, 10 votes of 1, 10, 60 roll-call members"
  "$java" -jar "$jar" "${scale[@]}" -t 1 -prof gc -rf json -rff "$out/votes.json" 'VoteScaleBenchmark' > "$out/votes.log"
  echo "== JMH, minutes: 10, 30, 60, 120 items; the Musterstadt minutes against its 26 excerpts"
  "$java" -jar "$jar" "${scale[@]}" -t 1 -prof gc -rf json -rff "$out/minutes.json" \
    'Minutes(Scale|Cost)Benchmark' > "$out/minutes.log"
  echo "== JMH, the native JSON format: read (bytes, string) and write (bytes, string), one thread"
  "$java" -jar "$jar" "${jmh[@]}" -t 1 -prof gc -rf json -rff "$out/json.json" 'JsonBenchmark' > "$out/json.log"
  # The summary: time per document and bytes allocated per document.
  sed -n '/^Benchmark /,$p' "$out/json.log" | grep -E '^Benchmark |[a-zA-Z] +(avgt)|alloc\.rate\.norm' \
    | tee "$out/json.txt"
  echo "== load after JMH: $(uptime)"
fi

echo "== cold start: first PDF in a fresh JVM (default JVM options; FirstPdf on render-pdf's runtime class path), $first_runs runs"
"$java" -cp "$jar" org.ratsinfo.benchmarks.ColdStart "$first_runs" "first PDF" -- \
  "$java" -cp "$first_pdf_cp" org.ratsinfo.benchmarks.FirstPdf "$out/first.pdf" | tee "$out/coldstart.txt"
echo "== the same, as a deployment option: C1 only and the serial collector (no class data archive), $first_runs runs"
"$java" -cp "$jar" org.ratsinfo.benchmarks.ColdStart "$first_runs" "first PDF, -XX:TieredStopAtLevel=1 -XX:+UseSerialGC" -- \
  "$java" -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -cp "$first_pdf_cp" org.ratsinfo.benchmarks.FirstPdf \
  "$out/first-c1.pdf" | tee -a "$out/coldstart.txt"
echo "== whole process: ./ratsinfo render of the reference excerpt in all three formats, $runs runs"
"$root/ratsinfo" --version > /dev/null   # the launcher checks its jar against the sources once, untimed
"$java" -cp "$jar" org.ratsinfo.benchmarks.ColdStart "$runs" "ratsinfo render" -- \
  "$root/ratsinfo" render --locale=de --out "$out/render" "$reference" | tee -a "$out/coldstart.txt"

if ! $cold_only; then
  echo "== batch: $batch excerpts of the meeting sample, HTML + PDF + DOCX, -Xmx256m"
  "$java" -Xmx256m -cp "$jar" org.ratsinfo.benchmarks.Batch "$batch" | tee "$out/batch.txt"
  echo "== minutes of 120 items as PDF, -Xmx512m"
  "$java" -Xmx512m -cp "$jar" org.ratsinfo.benchmarks.MinutesHeap 120 3 | tee "$out/minutes-heap.txt"
  echo "== OParl import: a crawl of $crawl agenda items in list pages, -Xmx256m"
  "$java" -Xmx256m -cp "$jar" org.ratsinfo.benchmarks.CrawlImport "$crawl" | tee "$out/crawl.txt"
fi

echo "== load at the end: $(uptime)"
if ! $cold_only; then
  "$java" -cp "$jar" org.ratsinfo.benchmarks.Report "$out/jmh-1t.json" "$out/jmh-2t.json" "$out/scale.json" \
    | tee "$out/report.md"
  "$java" -cp "$jar" org.ratsinfo.benchmarks.VoteScaleReport "$out/votes.json" | tee -a "$out/report.md"
  "$java" -cp "$jar" org.ratsinfo.benchmarks.MinutesReport "$out/minutes.json" | tee -a "$out/report.md"
fi
awk '
  function name(label) {
    if (label == "first PDF") return "first PDF from JVM start";
    if (label == "ratsinfo render") return "ratsinfo render, all three formats";
    return label;
  }
  / CPU median [0-9]+$/ { label = $0; sub(/ CPU median [0-9]+$/, "", label);
    printf "%s: CPU time (user + system, all threads) median %s ms\n", name(label), $NF; next }
  / median [0-9]+$/ { label = $0; sub(/ median [0-9]+$/, "", label); v = $NF;
    t = (label == "first PDF") ? 1000 : (label == "ratsinfo render") ? 2500 : 0;
    if (t > 0) printf "%s: median %s ms (target < %d ms): %s\n", name(label), v, t, (v < t) ? "met" : "NOT MET";
    else printf "%s: median %s ms\n", name(label), v }' \
  "$out/coldstart.txt" | tee -a "$out/report.md"
if ! $cold_only; then
  grep '^batch' "$out/batch.txt" >> "$out/report.md"
  grep '^crawl' "$out/crawl.txt" >> "$out/report.md"
fi
