#!/usr/bin/env bash
# Builds PackPress (if needed), imports the sample bodies into the embedded H2 database under data/,
# and writes the sample documents under out/. Run from the project root: ./build-samples.sh
set -euo pipefail
cd "$(dirname "$0")"

jar=target/packpress.jar
if [ ! -f "$jar" ] || [ -n "$(find src reports templates pom.xml -newer "$jar" -print -quit)" ]; then
  mvn -B -q package -DskipTests
fi

packpress() { java -jar "$jar" "$@"; }

packpress import examples
packpress build agenda-pack wm-pcp/2024-01-15
