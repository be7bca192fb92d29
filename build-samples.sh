#!/usr/bin/env bash
# Builds PackPress (if needed), imports the sample bodies into the embedded H2 database under data/,
# and writes the sample documents under out/. Run from the project root: ./build-samples.sh
set -euo pipefail
cd "$(dirname "$0")"

jar=target/packpress.jar
app=target/packpress       # the jar unpacked (Spring Boot's extracted layout): classes load from plain jars
cds=$app/packpress.jsa     # the class-data archive (AppCDS) of a command-line build, trained below
if [ ! -f "$jar" ] || [ -n "$(find src reports templates pom.xml -newer "$jar" -print -quit)" ]; then
  mvn -B -q package -DskipTests
fi
if [ ! -f "$app/packpress.jar" ] || [ "$jar" -nt "$app/packpress.jar" ]; then
  rm -rf "$app"
  java -Djarmode=tools -jar "$jar" extract --destination "$app" > /dev/null
fi

# Each command runs for seconds: the quick C1 compiler alone starts it about a quarter faster.
# Override with JAVA_OPTS (the benchmark's W5 times the command with the same options).
JAVA_OPTS="${JAVA_OPTS:--XX:TieredStopAtLevel=1}"
packpress() {
  if [ -f "$cds" ]; then
    java $JAVA_OPTS -XX:SharedArchiveFile="$cds" -Xlog:cds=off -jar "$app/packpress.jar" "$@"
  else
    java $JAVA_OPTS -jar "$app/packpress.jar" "$@"
  fi
}

packpress import examples
# Once per build of the jar: a build of the sample pack (into a scratch folder) records the classes a
# command loads into the archive, which every later command maps instead of loading them again.
if [ ! -f "$cds" ]; then
  java $JAVA_OPTS -XX:ArchiveClassesAtExit="$cds" -Xlog:cds=off -jar "$app/packpress.jar" \
    build agenda-pack wm-pcp/2024-01-15 --out target/cds-training > /dev/null
  rm -rf target/cds-training
fi
# The Panel: minutes of its last two meetings, the action tracker as of January 2024, and the pack
# of 15 January 2024 (which carries those minutes and the tracker as papers of items 4 and 5)
packpress build minutes wm-pcp/2023-11-13
packpress build minutes wm-pcp/2023-12-18
packpress build action-tracker wm-pcp --as-of 2024-01-15
packpress build agenda-pack wm-pcp/2024-01-15
# The Strategic Policing and Crime Board: notes of 27 September 2022, the KPI workbook of the Police
# and Crime Plan for 2020/21 and the review of the Commissioner's annual report for that year
packpress build minutes wm-spcb/2022-09-27
packpress build kpi-workbook pcp-2016 --year 2020/21
packpress build annual-review wm-spcb 2020/21
# The Northshire Police and Crime Panel (made up, examples/ns-pcp): another Panel's house style
# (docs/house-style.md): minutes of 22 July 2024, its actions log and the pack of 7 October 2024
packpress build minutes ns-pcp/2024-07-22
packpress build action-tracker ns-pcp --as-of 2024-10-07
packpress build agenda-pack ns-pcp/2024-10-07
