#!/usr/bin/env bash
# Makes the fast-start layout of target/packpress.jar, which ./packpress runs (the build's package phase calls it):
#   1. the jar unpacked into target/packpress/ (Spring Boot's extracted layout: classes load from plain jars,
#      not from jars nested in a jar);
#   2. unless --layout-only, target/packpress/packpress.jsa: a class-data archive (AppCDS) of every class the
#      commands load, listed by running them once on the sample bodies in a scratch store (import, the sample
#      pack, a KPI workbook, the checks, --help). A command maps the archive instead of loading those classes.
#      These runs also check the packaged jar itself: the build fails when one of them fails.
# The archive belongs to this build of the jar and this Java; ./packpress runs without it when it is older than
# the jar (the JVM ignores an archive that does not match).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/../.."
root="$PWD"
jar=target/packpress.jar
app="$root/target/packpress"
java="${JAVA_HOME:+$JAVA_HOME/bin/}java"

# unpacked beside it first, then moved into place: a run stopped half-way leaves no layout that looks complete
rm -rf "$app" "$app.unpacking"
"$java" -Djarmode=tools -jar "$jar" extract --destination "$app.unpacking" > /dev/null
mv "$app.unpacking" "$app"
if [ "${1:-}" = "--layout-only" ]; then
  exit 0
fi

work="$root/target/fast-start-training"
rm -rf "$work"
mkdir -p "$work"
train() {
  local name="$1"
  shift
  "$java" -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -XX:DumpLoadedClassList="$work/$name.classes" \
    -jar "$app/packpress.jar" "$@" \
    "--spring.datasource.url=jdbc:h2:file:$work/store/packpress;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH" \
    "--packpress.out-dir=$work/out" "--packpress.layout-cache-dir=$work/layouts" > "$work/$name.log" 2>&1 || {
      # the packaged application cannot do what build-samples.sh does (a library left out of the jar?)
      tail -n 30 "$work/$name.log" >&2
      echo "fast-start: the packaged application failed '$*' (log: $work/$name.log)" >&2
      exit 1
    }
}
train import import examples
train pack build agenda-pack wm-pcp/2024-01-15
train workbook build kpi-workbook pcp-2016 --year 2020/21
train check check wm-pcp
train help --help
# one list: every class once (the ids of a list mean nothing in another)
cat "$work"/*.classes | sed 's/ id: [0-9]*$//' | awk '!seen[$0]++' > "$work/all.classes"
"$java" -Xshare:dump -XX:SharedClassListFile="$work/all.classes" -XX:SharedArchiveFile="$app/packpress.jsa" \
  -cp "$app/packpress.jar" > "$work/dump.log" 2>&1 || {
    echo "fast-start: the class-data archive could not be written (see $work/dump.log)" >&2
    rm -f "$app/packpress.jsa"
    exit 0
  }
rm -rf "$work"
