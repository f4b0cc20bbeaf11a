"""Run news-entities as a streaming stage of Apache Spark.

Each partition of a JSON Lines dataset is piped through one `news-entities extract`
process (`RDD.pipe`): the binary reads the partition's lines on stdin and writes exactly
one JSON line per input line, in order. The records come back as Python dicts, are
flattened to one row per entity and written as Parquet with a fixed schema.

    python pipe_extract.py --binary target/release/news-entities \
        --input DATASET_DIR --output OUT.parquet [--master local[2]]

On a cluster, ship the binary with the job (`spark-submit --files news-entities`) and pass
`--binary ./news-entities`; see README.md, section "Archives at scale".
"""
import argparse
import json

from pyspark.sql import SparkSession
from pyspark.sql.types import DoubleType, LongType, StringType, StructField, StructType

SCHEMA = StructType([
    StructField("doc_id", StringType()),
    StructField("kind", StringType()),
    StructField("text", StringType()),
    StructField("start", LongType()),
    StructField("end", LongType()),
    StructField("name", StringType()),
    StructField("currency", StringType()),
    StructField("value", DoubleType()),
    StructField("country", StringType()),
    StructField("error", StringType()),
])


def rows(record):
    """One row per entity of a document; an error record gives one `error` row."""
    doc_id = record.get("id")
    doc_id = None if doc_id is None else str(doc_id)
    if "error" in record:
        yield (doc_id, "error", None, None, None, None, None, None, None, record["error"]["kind"])
        return
    for e in record["entities"]:
        value = e.get("value")
        yield (
            doc_id, e["kind"], e["text"], e["start"], e["end"], e.get("name"),
            e.get("currency"), float(value) if isinstance(value, (int, float)) else None,
            e.get("country"), None,
        )


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--binary", required=True, help="path to the news-entities binary")
    ap.add_argument("--input", required=True, help="a JSON Lines file or directory of part files")
    ap.add_argument("--output", required=True, help="where to write the Parquet dataset")
    ap.add_argument("--master", default="local[2]")
    args = ap.parse_args()

    spark = SparkSession.builder.master(args.master).appName("news-entities").getOrCreate()
    lines = spark.sparkContext.textFile(args.input)
    # One process per partition; -j 1 because Spark already runs partitions in parallel.
    out = lines.pipe(f"{args.binary} extract -j 1 --quiet")
    records = out.map(json.loads).cache()
    n_in, n_out = lines.count(), records.count()
    if n_in != n_out:
        raise SystemExit(f"{n_in} input lines but {n_out} output lines")
    df = spark.createDataFrame(records.flatMap(rows), SCHEMA)
    df.write.mode("overwrite").parquet(args.output)
    back = spark.read.parquet(args.output)
    kinds = {r["kind"]: r["count"] for r in back.groupBy("kind").count().collect()}
    print(json.dumps({"documents": n_out, "rows": back.count(), "by_kind": kinds}, sort_keys=True))
    spark.stop()


if __name__ == "__main__":
    main()
