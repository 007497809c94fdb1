#!/usr/bin/env bash
# Chaos test of copy-data: copies the synthetic benchmark data RUNS times and, at a random moment of each run, kills
# the copier's JVM, the writer's backend on the target or a reader's backend on the source (found by their
# application_name), or nothing. After each run the target must be untouched (empty, as apply left it) or exactly the
# source (same rows in every table). Prints one line per run and a total; exits 1 if any run broke the rule or hung.
#
#   bench/copy-chaos.sh [INSUREES] [RUNS]        (defaults 2000 and 20)
#
# Needs what bench/copy-benchmark.sh needs (PostgreSQL server binaries, psql, JDK 17, Maven). PORT (default 55498),
# PGBIN (default /usr/lib/postgresql/15/bin) and SEED (random) may be set; the same SEED repeats the same faults.
set -euo pipefail
INSUREES=${1:-2000}
RUNS=${2:-20}
PORT=${PORT:-55498}
PGBIN=${PGBIN:-/usr/lib/postgresql/15/bin}
SEED=${SEED:-$RANDOM}
RANDOM=$SEED
HERE=$(cd "$(dirname "$0")/.." && pwd)
WORK=$(mktemp -d /tmp/openimis-chaos.XXXXXX)
DATA=$WORK/pgdata
MVN=(mvn -B ${MAVEN_REPO_LOCAL:+-Dmaven.repo.local=$MAVEN_REPO_LOCAL})
export PGHOST=127.0.0.1 PGPORT=$PORT PGUSER=postgres PGTZ=UTC

as_pg() { if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }
cleanup() { as_pg "$PGBIN/pg_ctl" -D "$DATA" -m immediate stop >/dev/null 2>&1 || true; rm -rf "$WORK"; }
trap cleanup EXIT

for tool in "$PGBIN/initdb" "$PGBIN/pg_ctl" psql java mvn; do
  command -v "$tool" >/dev/null || { echo "missing: $tool" >&2; exit 1; }
done

echo "== building the project (seed $SEED)"
(cd "$HERE" && "${MVN[@]}" -q install -DskipTests)
(cd "$HERE/generator-maven-plugin" && "${MVN[@]}" -q dependency:build-classpath -Dmdep.includeScope=test \
  -Dmdep.outputFile="$WORK/classpath.txt")
CP="$HERE/generator-maven-plugin/target/test-classes:$HERE/generator-maven-plugin/target/classes:$(cat "$WORK/classpath.txt")"

mkdir -p "$DATA"; [ "$(id -u)" = 0 ] && chown postgres: "$WORK" "$DATA"
as_pg "$PGBIN/initdb" -D "$DATA" -U postgres --auth=trust -E UTF8 --locale=C.UTF-8 >/dev/null
as_pg "$PGBIN/pg_ctl" -D "$DATA" -l "$WORK/server.log" -w -o "-p $PORT -c listen_addresses=127.0.0.1 \
  -c unix_socket_directories='' -c fsync=off -c synchronous_commit=off" start >/dev/null

schema() { createdb "$1"; psql -q -X -v ON_ERROR_STOP=1 -d "$1" -f "$HERE/schema/openimis-postgresql.sql" >/dev/null; }
# One digest over every table's rows in text form, sorted: equal digests, equal content.
digest() {
  psql -X -At -d "$1" -c "select md5(string_agg(d, E'\n' order by d)) from (select relname || ':' || (xpath('/row/d/text()',
    query_to_xml(format('select count(*) || '':'' || coalesce(md5(string_agg(x::text, E''\n'' order by x::text)), '''') as d
    from %I x', relname), false, true, '')))[1]::text as d from pg_class
    where relnamespace = 'public'::regnamespace and relkind = 'r') s"
}

schema source
java -Xmx512m -cp "$CP" org.openimis.schema.synthetic.SyntheticData "jdbc:postgresql://127.0.0.1:$PORT/source" postgres "" \
  "$INSUREES" >/dev/null
SOURCE=$(digest source)
schema empty
EMPTY=$(digest empty)

copy() { # copy-data into database $1, output to $2, in the background; sets COPY_PID
  (cd "$WORK" && exec "${MVN[@]}" -o org.openimis.schema:openimis-maven-plugin:0.1.0-SNAPSHOT:copy-data \
    -Dopenimis.source.url="jdbc:postgresql://127.0.0.1:$PORT/source" -Dopenimis.source.user=postgres \
    -Dopenimis.target.url="jdbc:postgresql://127.0.0.1:$PORT/$1" -Dopenimis.target.user=postgres \
    -Dopenimis.copy.batchSize=500 > "$2" 2>&1) 2>/dev/null &
  COPY_PID=$!
}
terminate() { # terminates the backends of the given application_name; prints how many
  psql -X -At -d postgres -c "select count(pg_terminate_backend(pid)) from (select pid from pg_stat_activity
    where application_name = '$1' order by random() limit 1) s"
}

echo "== a clean copy to time it"
schema timing
START=$(date +%s%N)
copy timing "$WORK/timing.log"
wait "$COPY_PID" || { tail -n 30 "$WORK/timing.log"; exit 1; }
CLEAN_MS=$(( ($(date +%s%N) - START) / 1000000 ))
[ "$(digest timing)" = "$SOURCE" ] || { echo "the clean copy is not exact" >&2; exit 1; }
echo "   $CLEAN_MS ms including Maven's start"

ok=0; bad=0; committed=0; untouched=0
for run in $(seq 1 "$RUNS"); do
  schema "run$run"
  fault=$(printf 'jvm\nwriter\nreader\nnone' | sed -n "$((RANDOM % 4 + 1))p")
  delay=$((RANDOM % CLEAN_MS))
  copy "run$run" "$WORK/run$run.log"
  sleep "$(printf '%d.%03d' $((delay / 1000)) $((delay % 1000)))"
  case $fault in
    jvm) if kill -9 "$COPY_PID" 2>/dev/null; then hit=yes; wait "$COPY_PID" 2>/dev/null || true; else hit="no (ended before)"; fi ;;
    writer) hit=$( [ "$(terminate 'openimis copy-data writer')" = 1 ] && echo yes || echo "no (no writer then)") ;;
    reader) hit=$( [ "$(terminate 'openimis copy-data reader')" = 1 ] && echo yes || echo "no (no reader then)") ;;
    none) hit=- ;;
  esac
  waited=0
  while kill -0 "$COPY_PID" 2>/dev/null && [ $waited -lt 300 ]; do sleep 1; waited=$((waited + 1)); done
  if kill -0 "$COPY_PID" 2>/dev/null; then
    outcome="HUNG"; kill -9 "$COPY_PID"
  elif grep -q "Copy committed" "$WORK/run$run.log"; then outcome="committed"
  else outcome="failed: $(grep -m1 -o '\(The copy failed\|Reading\|Cannot\|Verification\|Waited\)[^.]*' "$WORK/run$run.log" \
    || echo 'killed, no message')"
  fi
  state=$(digest "run$run")
  if [ "$outcome" != HUNG ] && [ "$state" = "$SOURCE" ]; then verdict="OK, target = source"; ok=$((ok + 1)); committed=$((committed + 1))
  elif [ "$outcome" != HUNG ] && [ "$state" = "$EMPTY" ]; then verdict="OK, target untouched"; ok=$((ok + 1)); untouched=$((untouched + 1))
  else verdict="BAD, target neither untouched nor the source"; bad=$((bad + 1)); fi
  printf 'run %2d/%d: kill %-6s at %5d ms (hit: %s) -> %s -> %s\n' "$run" "$RUNS" "$fault" "$delay" "$hit" \
    "${outcome:0:90}" "$verdict"
  dropdb "run$run"
done
echo "total: $RUNS runs, $ok OK ($committed copied exactly, $untouched untouched), $bad BAD (seed $SEED, $INSUREES insurees)"
[ "$bad" = 0 ]
