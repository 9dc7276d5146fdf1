# The peer of bench:import (issue 16): what a 30-line script does with the same archive.
# python3 bench/naive-python-loader.py ARCHIVE.zip DB_FILE  → prints one JSON line
# Every CSV of the zip into a plain table of text columns, one transaction, no keys, no merging.
import csv, io, json, re, resource, sqlite3, sys, time, zipfile

started = time.perf_counter()
archive, db_file = sys.argv[1], sys.argv[2]
db = sqlite3.connect(db_file)
rows = 0
csv.field_size_limit(1 << 30)
with zipfile.ZipFile(archive) as z:
    for info in z.infolist():
        if not info.filename.lower().endswith('.csv'):
            continue
        table = re.sub(r'\W', '_', info.filename.rsplit('/', 1)[-1][:-4]).lower()
        with z.open(info) as raw:
            reader = csv.reader(io.TextIOWrapper(raw, encoding='utf-8', errors='replace', newline=''))
            header = next(reader, None)
            # LinkedIn puts a "Notes:" preamble before some headers; skip to the widest row.
            while header is not None and len(header) < 2:
                header = next(reader, None)
            if header is None:
                continue
            n = len(header)
            cols = ', '.join(f'c{i} text' for i in range(n))
            db.execute(f'create table if not exists "{table}" ({cols})')
            marks = ', '.join('?' * n)
            batch = ((r + [''] * n)[:n] for r in reader)
            cur = db.executemany(f'insert into "{table}" values ({marks})', batch)
            rows += cur.rowcount
db.commit()
db.close()
peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
print(json.dumps({'rows': rows, 'seconds': time.perf_counter() - started, 'peakRssMb': peak}))
