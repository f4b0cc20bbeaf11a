#!/usr/bin/env bash
# End to end: build the binary, install PySpark in a virtualenv under target/, make a
# partitioned dataset from the fixtures, pipe it through news-entities with Spark in
# local mode, write Parquet and read it back. CI runs this after the tests.
set -euo pipefail
cd "$(dirname "$0")/../.."
cargo build --release --quiet
venv=target/spark-venv
if [ ! -x "$venv/bin/python" ]; then
  python3 -m venv "$venv"
fi
"$venv/bin/pip" install --quiet --disable-pip-version-check "pyspark==3.5.3"
data=target/spark-data
rm -rf "$data"
python3 examples/spark/make_dataset.py fixtures "$data/in" 4 5
# The binary is where cargo put it (CARGO_TARGET_DIR when set).
bin="$(cd "${CARGO_TARGET_DIR:-target}" && pwd)/release/news-entities"
"$venv/bin/python" examples/spark/pipe_extract.py \
  --binary "$bin" --input "$data/in" --output "$data/out.parquet" \
  | tee "$data/summary.json"
python3 - "$data/summary.json" <<'PY'
import json, sys
s = json.loads(open(sys.argv[1]).read().strip().splitlines()[-1])
assert s["documents"] > 0 and s["rows"] > s["documents"], s
assert s["by_kind"].get("amount", 0) > 0 and s["by_kind"].get("signatory", 0) > 0, s
print("spark example: ok")
PY
