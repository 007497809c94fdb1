#!/usr/bin/env bash
# Benchmark of copy-data against the physical baseline pg_dump --data-only | psql, on the same synthetic data, at one
# or more sizes.
#
#   bench/copy-benchmark.sh [INSUREES ...]          (default 1000000; e.g. 1000000 2000000 4000000 for the scale run)
#
# Needs PostgreSQL server binaries, pg_dump and psql (Debian: apt-get install postgresql; PGBIN to override
# /usr/lib/postgresql/15/bin). Starts a throwaway cluster on 127.0.0.1:$PORT (default 55499). For each size it builds
# the synthetic openIMIS database (org.openimis.schema.synthetic.SyntheticData, plugin test code) as the source, then
# moves it into fresh databases built from schema/openimis-postgresql.sql: with copy-data (its JVM held to -Xmx256m),
# with pg_dump --data-only | psql -1 (one transaction, so the deferred foreign keys are checked as the copier checks
# them) and, for reference, pg_dump --data-only --disable-triggers | psql -1 (no foreign key checked at all).
# Prints, per size, rows, seconds, rows/s, the ratios copy-data/baseline, the copier's phases and its peak heap (from its
# GC log), and at the end one line per size.
# BASELINES=first runs the two pg_dump baselines at the first size only (the larger sizes then measure copy-data alone);
# MVN overrides the Maven command (e.g. MVN="mvn -Dmaven.repo.local=/path/m2"); KEEP_WORK=1 keeps the work folder
# (copy-N.log, the copier's console output per size) instead of deleting it.
set -euo pipefail
SIZES=("${@:-1000000}")
PORT=${PORT:-55499}
PGBIN=${PGBIN:-/usr/lib/postgresql/15/bin}
MVN=${MVN:-mvn}
BASELINES=${BASELINES:-all}
case "$BASELINES" in all|first) ;; *) echo "BASELINES must be all or first, not '$BASELINES'" >&2; exit 2 ;; esac
for size in "${SIZES[@]}"; do
  [[ "$size" =~ ^[1-9][0-9]*$ ]] || { echo "a size is a number of insurees, not '$size'" >&2; exit 2; }
done
HERE=$(cd "$(dirname "$0")/.." && pwd)
WORK=$(mktemp -d /tmp/openimis-bench.XXXXXX)
DATA=$WORK/pgdata
export PGHOST=127.0.0.1 PGPORT=$PORT PGUSER=postgres

as_pg() { if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }
cleanup() {
  as_pg "$PGBIN/pg_ctl" -D "$DATA" -m immediate stop >/dev/null 2>&1 || true
  if [ -n "${KEEP_WORK:-}" ]; then echo "work folder kept: $WORK"; else rm -rf "$WORK"; fi
}
trap cleanup EXIT

for tool in "$PGBIN/initdb" "$PGBIN/pg_ctl" pg_dump psql java mvn bc; do
  command -v "$tool" >/dev/null || { echo "missing: $tool (apt-get install postgresql; JDK 17; Maven)" >&2; exit 1; }
done

echo "== building the project"
(cd "$HERE" && $MVN -B -q install -DskipTests)
# the synthetic data generator is test code of the plugin module (not shipped): run it from the test class path
(cd "$HERE/generator-maven-plugin" && $MVN -B -q dependency:build-classpath -Dmdep.includeScope=test \
  -Dmdep.outputFile="$WORK/classpath.txt")
CP="$HERE/generator-maven-plugin/target/test-classes:$HERE/generator-maven-plugin/target/classes:$(cat "$WORK/classpath.txt")"

echo "== starting PostgreSQL on port $PORT"
mkdir -p "$DATA"; [ "$(id -u)" = 0 ] && chown postgres: "$WORK" "$DATA"
as_pg "$PGBIN/initdb" -D "$DATA" -U postgres --auth=trust -E UTF8 --locale=C.UTF-8 >/dev/null
as_pg "$PGBIN/pg_ctl" -D "$DATA" -l "$WORK/server.log" -w -o "-p $PORT -c listen_addresses=127.0.0.1 \
  -c unix_socket_directories='' -c fsync=off -c synchronous_commit=off -c full_page_writes=off \
  -c max_wal_size=4GB -c shared_buffers=1GB -c maintenance_work_mem=512MB" start >/dev/null

fresh_database() {
  dropdb --if-exists "$1"
  createdb "$1"
  psql -q -X -v ON_ERROR_STOP=1 -d "$1" -f "$HERE/schema/openimis-postgresql.sql" >/dev/null
}
seconds_of() { local start; start=$(date +%s.%N); "$@"; echo "$(date +%s.%N) - $start" | bc; }
dump_into() { pg_dump --data-only "${@:2}" -d source 2>/dev/null | psql -X -q -1 -v ON_ERROR_STOP=1 -d "$1" >/dev/null; }
rate() { echo "$1 / $2" | bc -l; }

SUMMARY=()
for INSUREES in "${SIZES[@]}"; do
  echo
  echo "== synthetic source: $INSUREES insurees"
  for db in source copied baseline unchecked; do dropdb --if-exists "$db"; done
  fresh_database source
  java -Xmx512m -cp "$CP" org.openimis.schema.synthetic.SyntheticData \
    "jdbc:postgresql://127.0.0.1:$PORT/source" postgres "" "$INSUREES" | tail -n 1
  psql -X -q -d source -c "vacuum analyze" >/dev/null
  ROWS=$(psql -X -At -d source -c "select sum((xpath('/row/c/text()', query_to_xml(format('select count(*) as c from %I', relname), false, true, '')))[1]::text::bigint) from pg_class where relnamespace = 'public'::regnamespace and relkind = 'r'")

  echo "== copy-data (-Xmx256m)"
  fresh_database copied
  LOG=$WORK/copy-$INSUREES.log GC=$WORK/gc-$INSUREES.log
  export MAVEN_OPTS="-Xmx256m -Xlog:gc:file=$GC"
  WALL_START=$(date +%s.%N)
  (cd "$WORK" && $MVN -B org.openimis.schema:openimis-maven-plugin:0.1.0-SNAPSHOT:copy-data \
    -Dopenimis.source.url="jdbc:postgresql://127.0.0.1:$PORT/source" -Dopenimis.source.user=postgres \
    -Dopenimis.target.url="jdbc:postgresql://127.0.0.1:$PORT/copied" -Dopenimis.target.user=postgres \
    -Dopenimis.copy.progressSeconds=60 > "$LOG" 2>&1) || { tail -n 40 "$LOG"; exit 1; }
  WALL_SECONDS=$(echo "$(date +%s.%N) - $WALL_START" | bc)
  unset MAVEN_OPTS
  COPY_SECONDS=$(grep -o 'Copy committed: [0-9,]* rows in [0-9.]* s' "$LOG" | awk '{print $6}')
  COPY_ROWS=$(grep -o 'Copy committed: [0-9,]* rows' "$LOG" | awk '{print $3}' | tr -d ,)
  PEAK_HEAP=$(grep -o '[0-9]*M->[0-9]*M' "$GC" | sed 's/M->.*//' | sort -n | tail -n 1)
  PHASES=$(grep -o 'phases: .*' "$LOG" | head -n 1)
  dropdb copied

  BASE_SECONDS="" UNCHECKED_SECONDS=""
  if [ "$BASELINES" = all ] || [ "$INSUREES" = "${SIZES[0]}" ]; then
    echo "== pg_dump --data-only | psql -1"
    fresh_database baseline
    BASE_SECONDS=$(seconds_of dump_into baseline)
    echo "== pg_dump --data-only --disable-triggers | psql -1 (no foreign key checks at all, for reference)"
    fresh_database unchecked
    UNCHECKED_SECONDS=$(seconds_of dump_into unchecked --disable-triggers)
    for db in baseline unchecked; do
      n=$(psql -X -At -d "$db" -c 'select count(*) from "tblInsuree"')
      [ "$n" = "$INSUREES" ] || { echo "$db holds $n insurees, not $INSUREES" >&2; exit 1; }
      dropdb "$db"
    done
  fi

  echo
  printf 'rows in source:            %12d\n' "$ROWS"
  printf 'copy-data:                 %12d rows  %8.1f s  %10.0f rows/s  (%.1f s with Maven start-up)\n' "$COPY_ROWS" \
    "$COPY_SECONDS" "$(rate "$COPY_ROWS" "$COPY_SECONDS")" "$WALL_SECONDS"
  printf '  %s\n' "$PHASES"
  printf 'copy-data peak heap:       %12s MB (of -Xmx256m, GC log)\n' "${PEAK_HEAP:-?}"
  LINE=$(printf '%9d insurees %11d rows  copy-data %7.1f s %9.0f rows/s  peak heap %4s MB' "$INSUREES" "$COPY_ROWS" \
    "$COPY_SECONDS" "$(rate "$COPY_ROWS" "$COPY_SECONDS")" "${PEAK_HEAP:-?}")
  if [ -n "$BASE_SECONDS" ]; then
    printf 'pg_dump --data-only|psql:  %12d rows  %8.1f s  %10.0f rows/s\n' "$ROWS" "$BASE_SECONDS" "$(rate "$ROWS" "$BASE_SECONDS")"
    printf 'ratio copy-data/baseline:  %12.2f  (%.2f with Maven start-up)\n' "$(echo "$BASE_SECONDS / $COPY_SECONDS" | bc -l)" \
      "$(echo "$BASE_SECONDS / $WALL_SECONDS" | bc -l)"
    printf 'reference, no FK checks:   %12d rows  %8.1f s  %10.0f rows/s  (pg_dump --disable-triggers; ratio %.2f, %.2f with Maven start-up)\n' \
      "$ROWS" "$UNCHECKED_SECONDS" "$(rate "$ROWS" "$UNCHECKED_SECONDS")" "$(echo "$UNCHECKED_SECONDS / $COPY_SECONDS" | bc -l)" \
      "$(echo "$UNCHECKED_SECONDS / $WALL_SECONDS" | bc -l)"
    LINE+=$(printf '  ratio %.2f to pg_dump|psql -1, %.2f to --disable-triggers' \
      "$(echo "$BASE_SECONDS / $COPY_SECONDS" | bc -l)" "$(echo "$UNCHECKED_SECONDS / $COPY_SECONDS" | bc -l)")
  fi
  SUMMARY+=("$LINE")
done

echo
echo "== summary (copy-data at -Xmx256m; seconds from its 'Copy committed' line)"
printf '%s\n' "${SUMMARY[@]}"
