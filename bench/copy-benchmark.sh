#!/usr/bin/env bash
# Benchmark of copy-data against the physical baseline pg_dump --data-only | psql, on the same synthetic data.
#
#   bench/copy-benchmark.sh [INSUREES]          (default 1000000)
#
# Needs PostgreSQL server binaries, pg_dump and psql (Debian: apt-get install postgresql; PGBIN to override
# /usr/lib/postgresql/15/bin). Starts a throwaway cluster on 127.0.0.1:$PORT (default 55499), builds the synthetic
# openIMIS database (org.openimis.schema.synthetic.SyntheticData, plugin test code) as the source, then moves it into two fresh
# databases built from schema/openimis-postgresql.sql: once with copy-data (its JVM held to -Xmx256m), once with
# pg_dump --data-only | psql -1 (one transaction, so the deferred foreign keys are checked as the copier checks them),
# and, for reference, pg_dump --data-only --disable-triggers | psql -1 (no foreign key checked at all).
# Prints rows, seconds, rows/s, the ratio copier/baseline, and the copier's peak heap (from its GC log).
# MVN overrides the Maven command (e.g. MVN="mvn -Dmaven.repo.local=/path/m2"); KEEP_WORK=1 keeps the work folder
# (copy.log, the copier's console output) instead of deleting it.
set -euo pipefail
INSUREES=${1:-1000000}
PORT=${PORT:-55499}
PGBIN=${PGBIN:-/usr/lib/postgresql/15/bin}
MVN=${MVN:-mvn}
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

for db in source copied baseline unchecked; do
  createdb "$db"
  psql -q -X -v ON_ERROR_STOP=1 -d "$db" -f "$HERE/schema/openimis-postgresql.sql" >/dev/null
done

echo "== synthetic source: $INSUREES insurees"
java -Xmx512m -cp "$CP" org.openimis.schema.synthetic.SyntheticData \
  "jdbc:postgresql://127.0.0.1:$PORT/source" postgres "" "$INSUREES" | tail -n 3
psql -X -q -d source -c "vacuum analyze" >/dev/null
ROWS=$(psql -X -At -d source -c "select sum((xpath('/row/c/text()', query_to_xml(format('select count(*) as c from %I', relname), false, true, '')))[1]::text::bigint) from pg_class where relnamespace = 'public'::regnamespace and relkind = 'r'")

echo "== copy-data (-Xmx256m)"
export MAVEN_OPTS="-Xmx256m -Xlog:gc:file=$WORK/gc.log"
(cd "$WORK" && $MVN -B org.openimis.schema:openimis-maven-plugin:0.1.0-SNAPSHOT:copy-data \
  -Dopenimis.source.url="jdbc:postgresql://127.0.0.1:$PORT/source" -Dopenimis.source.user=postgres \
  -Dopenimis.target.url="jdbc:postgresql://127.0.0.1:$PORT/copied" -Dopenimis.target.user=postgres \
  -Dopenimis.copy.progressSeconds=30 > "$WORK/copy.log" 2>&1) || { tail -n 40 "$WORK/copy.log"; exit 1; }
unset MAVEN_OPTS
COPY_SECONDS=$(grep -o 'Copy committed: [0-9,]* rows in [0-9.]* s' "$WORK/copy.log" | awk '{print $6}')
COPY_ROWS=$(grep -o 'Copy committed: [0-9,]* rows' "$WORK/copy.log" | awk '{print $3}' | tr -d ,)
PEAK_HEAP=$(grep -o '[0-9]*M->[0-9]*M' "$WORK/gc.log" | sed 's/M->.*//' | sort -n | tail -n 1)

echo "== pg_dump --data-only | psql -1"
START=$(date +%s.%N)
pg_dump --data-only -d source 2>/dev/null | psql -X -q -1 -v ON_ERROR_STOP=1 -d baseline >/dev/null
END=$(date +%s.%N)
BASE_SECONDS=$(echo "$END - $START" | bc)

echo "== pg_dump --data-only --disable-triggers | psql -1 (no foreign key checks at all, for reference)"
START=$(date +%s.%N)
pg_dump --data-only --disable-triggers -d source 2>/dev/null | psql -X -q -1 -v ON_ERROR_STOP=1 -d unchecked >/dev/null
END=$(date +%s.%N)
UNCHECKED_SECONDS=$(echo "$END - $START" | bc)

for t in tblInsuree tblClaimItems tblPremium; do
  a=$(psql -X -At -d copied -c "select count(*) from \"$t\"")
  b=$(psql -X -At -d baseline -c "select count(*) from \"$t\"")
  [ "$a" = "$b" ] || { echo "row counts differ in $t: copy-data $a, baseline $b" >&2; exit 1; }
done

echo
printf 'rows in source:            %12d\n' "$ROWS"
printf 'copy-data:                 %12d rows  %8.1f s  %10.0f rows/s  (copy phase, from its log)\n' "$COPY_ROWS" "$COPY_SECONDS" "$(echo "$COPY_ROWS / $COPY_SECONDS" | bc -l)"
printf 'pg_dump --data-only|psql:  %12d rows  %8.1f s  %10.0f rows/s\n' "$ROWS" "$BASE_SECONDS" "$(echo "$ROWS / $BASE_SECONDS" | bc -l)"
printf 'ratio copy-data/baseline:  %12.2f\n' "$(echo "($COPY_ROWS / $COPY_SECONDS) / ($ROWS / $BASE_SECONDS)" | bc -l)"
printf 'reference, no FK checks:   %12d rows  %8.1f s  %10.0f rows/s  (pg_dump --disable-triggers; ratio %.2f)\n' "$ROWS" "$UNCHECKED_SECONDS" "$(echo "$ROWS / $UNCHECKED_SECONDS" | bc -l)" "$(echo "($COPY_ROWS / $COPY_SECONDS) / ($ROWS / $UNCHECKED_SECONDS)" | bc -l)"
printf 'copy-data peak heap:       %12s MB (of -Xmx256m, GC log)\n' "${PEAK_HEAP:-?}"
