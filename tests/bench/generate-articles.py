#!/usr/bin/env python3
"""Fills a TempoClone SQLite database with generated articles for the benchmarks (search.sh, speed.sh, archive-speed.sh).
Run the app's migrations first (start it once on the database), then:
   generate-articles.py <database> <count>
Made-up words only, no real article text. Shaped like Tempo's archive: a dozen kanals, ~2,000 tags and ~300 reporters
drawn with a skew (a few busy, many rare), stories spread over 20 years (denser lately), ids rising with the date as
in an archive, 2 % known only by their summary (empty body). Fast at two million: one big transaction per 100,000
rows with journaling off, the article indexes and the FTS5 triggers dropped during the fill, then the indexes rebuilt
and the search index built once ('rebuild'), and ANALYZE, as the app's own start-up would do.
SearchStems is written as '' (the made-up words have no affixes to strip, and NULL would set the app's
SearchStemsBackfill to work on every row at start-up).
Prints, besides progress, "bench: rare word: W" and "bench: kanal: SLUG" for the scripts to pick up."""
import bisect, datetime, itertools, random, sqlite3, sys, time

db, count = sys.argv[1], int(sys.argv[2])
random.seed(42)
words = ("jakarta banjir pemilu presiden menteri ekonomi harga beras rupiah saham bursa gempa sekolah guru "
         "kesehatan rumah sakit vaksin polisi korupsi pengadilan hakim jaksa partai koalisi kampanye desa kota "
         "provinsi gubernur bupati jalan tol kereta bandara pelabuhan nelayan petani pupuk sawit tambang nikel "
         "listrik energi surya iklim hutan kebakaran asap sungai laut pantai wisata bali lombok papua sumatra "
         "kalimantan sulawesi jawa timur barat tengah utara selatan olahraga sepak bola liga timnas pelatih "
         "pemain gol juara musik film festival budaya bahasa sastra teknologi aplikasi internet data siber").split()
# A newsroom-like vocabulary: the topic words above plus 6,000 made-up words, drawn with a Zipf-like skew,
# so common words match many stories and rare ones a handful (a tiny vocabulary would match everything).
syllables = "ba be bi bo bu da de di do du ga ge gi go gu ka ke ki ko ku la le li lo lu ma me mi mo mu na ne ni no nu pa pe pi po pu ra re ri ro ru sa se si so su ta te ti to tu".split()
made_up = sorted({random.choice(syllables) + random.choice(syllables) + random.choice(syllables) for _ in range(9000)})[:6000]
vocabulary = words + made_up
random.shuffle(vocabulary)
cumulative = list(itertools.accumulate(1.0 / (rank + 8) for rank in range(len(vocabulary))))
def text(n):
    return " ".join(random.choices(vocabulary, cum_weights=cumulative, k=n))

def skewed(n):
    """Cumulative weights for n items, item 0 the busiest."""
    return list(itertools.accumulate(1.0 / (rank + 2) for rank in range(n)))

KANALS = [("nasional", "Nasional"), ("internasional", "Internasional"), ("ekonomi", "Ekonomi"), ("bisnis", "Bisnis"),
          ("olahraga", "Olahraga"), ("metro", "Metro"), ("politik", "Politik"), ("hukum", "Hukum"), ("sains", "Sains"),
          ("teknologi", "Teknologi"), ("gaya-hidup", "Gaya Hidup"), ("otomotif", "Otomotif")]
TAGS, REPORTERS = 2000, 300
YEARS = 20
BATCH = 100_000

conn = sqlite3.connect(db, isolation_level=None)
conn.execute("PRAGMA journal_mode=OFF")
conn.execute("PRAGMA synchronous=OFF")
conn.execute("PRAGMA cache_size=-400000")
conn.execute("PRAGMA temp_store=MEMORY")
now = datetime.datetime.now(datetime.timezone.utc).replace(tzinfo=None)
stamp = now.strftime("%Y-%m-%d %H:%M:%S")

conn.execute("BEGIN")
for slug, name in KANALS:
    conn.execute("INSERT OR IGNORE INTO Kanals (Slug, Name) VALUES (?, ?)", (slug, name))
kanal_ids = [conn.execute("SELECT Id FROM Kanals WHERE Slug = ?", (slug,)).fetchone()[0] for slug, _ in KANALS]
tag_columns = [r[1] for r in conn.execute("PRAGMA table_info(Tags)")]
reporter_columns = [r[1] for r in conn.execute("PRAGMA table_info(Reporters)")]
def fill(table, columns, slug, name):
    values = {"Slug": slug, "Name": name}
    # Columns later migrations added with defaults stay at their defaults; text columns without one get ''.
    for column, kind, notnull, default in ((r[1], r[2], r[3], r[4]) for r in conn.execute(f"PRAGMA table_info({table})")):
        if column not in values and column != "Id" and notnull and default is None:
            values[column] = 0 if kind.upper() == "INTEGER" else ""
    names = ", ".join(values)
    conn.execute(f"INSERT OR IGNORE INTO {table} ({names}) VALUES ({', '.join('?' * len(values))})", list(values.values()))
    return conn.execute(f"SELECT Id FROM {table} WHERE Slug = ?", (slug,)).fetchone()[0]
tag_ids = [fill("Tags", tag_columns, f"topik-{i}", f"Topik {text(2).title()} {i}") for i in range(TAGS)]
reporter_ids = [fill("Reporters", reporter_columns, f"wartawan-{i}", f"Wartawan {text(1).title()} {i}") for i in range(REPORTERS)]
conn.execute("COMMIT")

# Indexes and the search triggers go while the rows go in, and come back afterwards (their SQL kept from the schema).
kept = conn.execute("SELECT type, name, sql FROM sqlite_master WHERE tbl_name IN ('Articles', 'ArticleTag', 'ArticleByline') "
                    "AND sql IS NOT NULL AND type IN ('index', 'trigger')").fetchall()
for kind, name, _ in kept:
    conn.execute(f'DROP {kind.upper()} "{name}"')

first_id = (conn.execute("SELECT max(Id) FROM Articles").fetchone()[0] or 0) + 1
span = datetime.timedelta(days=365 * YEARS)
oldest = now - datetime.timedelta(hours=1) - span
kanal_weights, tag_weights, reporter_weights = skewed(len(kanal_ids)), skewed(TAGS), skewed(REPORTERS)
started = time.time()
article_sql = ("INSERT INTO Articles (Id, Title, Slug, Deck, BodyMarkdown, BodyHtml, SourceLine, Status, PublishedAtUtc, "
               "FirstPublishedAtUtc, UpdatedAtUtc, KanalId, Version, SearchStems) VALUES (?,?,?,?,?,?,?,1,?,?,?,?,1,'')")
conn.execute("BEGIN")
articles, tags, bylines = [], [], []
for i in range(count):
    article_id = first_id + i
    # Oldest first so ids rise with the date; (i/count)^0.7 puts more stories in the later years, as archives grow.
    when = oldest + span * ((i + random.random()) / count) ** 0.7
    # As EF Core writes it: no trailing zeros in the fraction, so a cursor names the exact stored value.
    when_text = when.strftime("%Y-%m-%d %H:%M:%S.%f").rstrip("0").rstrip(".")
    title = text(8).capitalize() + f" {article_id}"
    deck = text(25).capitalize() + "."
    if random.random() < 0.02:
        body, html = "", ""
    else:
        paragraphs = [text(35).capitalize() + "." for _ in range(4)]
        body = "\n\n".join(paragraphs)
        # What ArticleWriter stores beside the Markdown: plain paragraphs render to <p> elements.
        html = "\n".join(f"<p>{p}</p>" for p in paragraphs)
    kanal = random.choices(kanal_ids, cum_weights=kanal_weights)[0]
    articles.append((article_id, title, f"bench-{article_id}", deck, body, html, "", when_text, when_text, when_text, kanal))
    for position, tag in enumerate(dict.fromkeys(random.choices(tag_ids, cum_weights=tag_weights, k=random.randint(0, 4)))):
        tags.append((article_id, tag, position))
    for position, reporter in enumerate(dict.fromkeys(random.choices(reporter_ids, cum_weights=reporter_weights, k=random.randint(1, 2)))):
        bylines.append((article_id, reporter, 0, position))
    if (i + 1) % BATCH == 0 or i + 1 == count:
        conn.executemany(article_sql, articles)
        conn.executemany("INSERT INTO ArticleTag (ArticleId, TagId, Position) VALUES (?,?,?)", tags)
        conn.executemany("INSERT INTO ArticleByline (ArticleId, ReporterId, Role, Position) VALUES (?,?,?,?)", bylines)
        conn.execute("COMMIT")
        conn.execute("BEGIN")
        articles, tags, bylines = [], [], []
        print(f"bench: {i + 1}/{count} articles ({time.time() - started:.0f} s)", flush=True)
conn.execute("COMMIT")

print("bench: rebuilding indexes and the search index", flush=True)
for kind, name, sql in kept:
    conn.execute(sql)
conn.execute("INSERT INTO ArticleSearch(ArticleSearch) VALUES ('rebuild')")
conn.execute("ANALYZE")
conn.execute("PRAGMA journal_mode=WAL")
print(f"bench: done in {time.time() - started:.0f} s")

print(f"bench: rare word: {vocabulary[-1]}")
print(f"bench: kanal: {KANALS[0][0]}")
for word in ("jakarta", "gempa", "pemil*"):
    print(f"bench: {conn.execute('SELECT count(*) FROM ArticleSearch WHERE ArticleSearch MATCH ?', (word,)).fetchone()[0]} articles match {word}")
