#!/usr/bin/env bash
# Regenerates the samples with the project's own tools. They are sealed with a published,
# NOT secret key, so anyone can check them: IRM_SECRET_KEY=irm-samples-public-key-not-secret
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
jar="$here/../pipeline/target/irm.jar"
[ -f "$jar" ] || (cd "$here/.." && mvn -q -B package -DskipTests)
export IRM_SECRET_KEY=irm-samples-public-key-not-secret
work="$(mktemp -d)"
cd "$work"
java -jar "$jar" checklist --state KEN --language en --deadline 2027-03-31 --out "$work/KEN"
java -jar "$jar" checklist --state EGY --language ar --deadline 2027-03-31 --out "$work/EGY"
java -jar "$jar" checklist --state KEN --language en --deadline 2027-03-31 --agency "Ministry of Justice" --provisions 9,10,13 --out "$work/KEN-MOJ"
java -jar "$jar" sample-fill "$work/KEN/checklist-KEN-uncac2-en.docx" --seed 1 --out "$work/KEN-en-filled.docx"
java -jar "$jar" sample-fill "$work/EGY/checklist-EGY-uncac2-ar.docx" --seed 2 --out "$work/EGY-ar-filled.docx"
java -jar "$jar" sample-fill "$work/KEN-MOJ/checklist-KEN-uncac2-en-ministry-of-justice.docx" --seed 3 \
  --track-changes "Ministry of Justice (KEN)" --out "$work/KEN-en-ministry-of-justice-filled.docx"
# The samples are the project's own files: replacing them is regeneration, not a State's file.
cp -f "$work"/*-filled.docx "$here/"
rm -rf "$work"
echo "Samples written to $here"
