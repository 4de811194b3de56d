#!/usr/bin/env bash
# Runs ratsinfo's benchmarks and prints the table: the JMH benchmarks of the three renderers against
# their baselines (one thread, then ratsinfo on two threads), the scale series, the cold start, the
# whole `ratsinfo render` process, and the batch of excerpts in a 256 MB heap.
#
#   benchmarks/run.sh --quick   a few minutes on two cores: short warm-ups, two threads on the
#                               reference only, 1,000 excerpts in the batch
#   benchmarks/run.sh           the full run: 3 x 10 s warm-up, 5 x 5 s measurement per benchmark,
#                               10,000 excerpts in the batch (about an hour on two cores)
#
# Options: --no-build (use the jars built before). Results: benchmarks/target/results/.
set -euo pipefail

root="$(cd "$(dirname "$0")/.." && pwd)"
quick=false
build=true
for arg in "$@"; do
  case "$arg" in
    --quick) quick=true ;;
    --no-build) build=false ;;
    *) echo "usage: benchmarks/run.sh [--quick] [--no-build]" >&2; exit 2 ;;
  esac
done

if [ -n "${JAVA_HOME:-}" ] && [ -x "$JAVA_HOME/bin/java" ]; then java="$JAVA_HOME/bin/java"; else java=java; fi
if $build; then
  "$root/mvnw" -B -q -f "$root/pom.xml" -pl benchmarks,cli -am package \
    -DskipTests -Dmaven.javadoc.skip=true -Dmaven.source.skip=true
fi
jar="$root/benchmarks/target/benchmarks.jar"
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
  batch=1000
else
  jmh=()                                    # the annotations: 3 x 10 s warm-up, 5 x 5 s measurement
  scale=()
  # Two threads on two cores leave the JIT no core of its own: C2 compiled openhtmltopdf for about
  # 65 s before the PDF settled (jstack: the compiler thread busy as long as each worker), so the
  # two-thread run warms up for 80 s.
  two=(-wi 8 -w 10s '(Html|Pdf|Docx)Benchmark.ratsinfo$')
  runs=11
  batch=10000
fi

echo "== machine: $(nproc) cores, $(lscpu | sed -n 's/^Model name: *//p'), $("$java" -version 2>&1 | head -1)"
echo "== load before: $(uptime)"
echo "== JMH, one thread, every format, input and baseline, with -prof gc"
"$java" -jar "$jar" "${jmh[@]}" -t 1 -prof gc -rf json -rff "$out/jmh-1t.json" \
  'HtmlBenchmark|PdfBenchmark|DocxBenchmark' > "$out/jmh-1t.log"
echo "== JMH, two threads, ratsinfo"
"$java" -jar "$jar" "${jmh[@]}" -t 2 -prof gc -rf json -rff "$out/jmh-2t.json" "${two[@]}" \
  > "$out/jmh-2t.log"
echo "== JMH, scale: 1, 10, 100, 1,000 questions"
"$java" -jar "$jar" "${scale[@]}" -t 1 -prof gc -rf json -rff "$out/scale.json" 'ScaleBenchmark' > "$out/scale.log"
echo "== load after JMH: $(uptime)"

echo "== cold start: first PDF in a fresh JVM, $runs runs"
"$java" -cp "$jar" org.ratsinfo.benchmarks.ColdStart "$runs" "first PDF" -- \
  "$java" -cp "$jar" org.ratsinfo.benchmarks.FirstPdf "$out/first.pdf" | tee "$out/coldstart.txt"
echo "== whole process: ./ratsinfo render of the reference excerpt in all three formats, $runs runs"
"$root/ratsinfo" --version > /dev/null   # the launcher checks its jar against the sources once, untimed
"$java" -cp "$jar" org.ratsinfo.benchmarks.ColdStart "$runs" "ratsinfo render" -- \
  "$root/ratsinfo" render --locale=de --out "$out/render" "$reference" | tee -a "$out/coldstart.txt"

echo "== batch: $batch excerpts of the meeting sample, HTML + PDF + DOCX, -Xmx256m"
"$java" -Xmx256m -cp "$jar" org.ratsinfo.benchmarks.Batch "$batch" | tee "$out/batch.txt"

echo "== load at the end: $(uptime)"
"$java" -cp "$jar" org.ratsinfo.benchmarks.Report "$out/jmh-1t.json" "$out/jmh-2t.json" "$out/scale.json" \
  | tee "$out/report.md"
awk '/median/ { v = $NF; t = ($1 == "first") ? 1000 : 2500;
  printf "%s: median %s ms (target < %d ms): %s\n", ($1 == "first") ? "first PDF from JVM start" : "ratsinfo render, all three formats", v, t, (v < t) ? "met" : "NOT MET" }' \
  "$out/coldstart.txt" | tee -a "$out/report.md"
grep '^batch' "$out/batch.txt" >> "$out/report.md"
