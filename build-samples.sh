#!/usr/bin/env bash
# Builds PackPress (if needed), imports the sample bodies into the embedded H2 database under data/,
# and writes the sample documents under out/. Run from the project root: ./build-samples.sh
set -euo pipefail
cd "$(dirname "$0")"

# The build also makes the fast-start layout ./packpress runs: the jar unpacked and a class-data archive
# trained on the sample bodies (src/build/fast-start.sh).
jar=target/packpress.jar
if [ ! -f "$jar" ] || [ -n "$(find src reports templates pom.xml -newer "$jar" -print -quit)" ]; then
  mvn -B -q package -DskipTests
fi

./packpress import examples
# The Panel: minutes of its last two meetings, the action tracker as of January 2024, and the pack
# of 15 January 2024 (which carries those minutes and the tracker as papers of items 4 and 5)
./packpress build minutes wm-pcp/2023-11-13
./packpress build minutes wm-pcp/2023-12-18
./packpress build action-tracker wm-pcp --as-of 2024-01-15
./packpress build agenda-pack wm-pcp/2024-01-15
# The Strategic Policing and Crime Board: notes of 27 September 2022, the KPI workbook of the Police
# and Crime Plan for 2020/21 and the review of the Commissioner's annual report for that year
./packpress build minutes wm-spcb/2022-09-27
./packpress build kpi-workbook pcp-2016 --year 2020/21
./packpress build annual-review wm-spcb 2020/21
# The Northshire Police and Crime Panel (made up, examples/ns-pcp): another Panel's house style
# (docs/house-style.md): minutes of 22 July 2024, its actions log and the pack of 7 October 2024
./packpress build minutes ns-pcp/2024-07-22
./packpress build action-tracker ns-pcp --as-of 2024-10-07
./packpress build agenda-pack ns-pcp/2024-10-07
