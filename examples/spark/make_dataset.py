"""Build a small partitioned JSON Lines dataset from the fixture articles.

    python make_dataset.py FIXTURES_DIR OUT_DIR PARTS COPIES
"""
import json
import os
import sys

fixtures, out, parts, copies = sys.argv[1], sys.argv[2], int(sys.argv[3]), int(sys.argv[4])
texts = [
    (name[:-4], open(os.path.join(fixtures, name), encoding="utf-8").read())
    for name in sorted(os.listdir(fixtures)) if name.endswith(".txt")
]
os.makedirs(out, exist_ok=True)
files = [open(os.path.join(out, f"part-{k:05d}.jsonl"), "w", encoding="utf-8") for k in range(parts)]
n = 0
for copy in range(copies):
    for slug, text in texts:
        files[n % parts].write(json.dumps({"id": f"{slug}-{copy}", "text": text}) + "\n")
        n += 1
for f in files:
    f.close()
print(f"{n} documents in {parts} parts under {out}")
