#!/usr/bin/env python3
"""Fills a TempoClone database with generated articles for the benchmarks (search.sh, speed.sh, archive-speed.sh).
Run the app's migrations first (start it once on the database), then:
   generate-articles.py <sqlite-file> <count>
   generate-articles.py "Host=127.0.0.1;Port=5432;Database=tempo;Username=postgres" <count>   (or postgres://…)
Made-up words only, no real article text. Shaped like Tempo's archive: a dozen kanals, ~2,000 tags and ~300 reporters
drawn with a skew (a few busy, many rare), stories spread over 20 years (denser lately), ids rising with the date as
in an archive, 2 % known only by their summary (empty body), 5 % in English.
Fast at two million (minutes, not the 40 a word-by-word generator took): the texts are drawn from pools of sentences
made once, so a story costs a few random picks; the article indexes (and SQLite's FTS5 triggers) are dropped during
the fill and rebuilt once after it, SQLite's search index in one 'rebuild'; SQLite fills with journaling off,
PostgreSQL through psql's COPY (no Python driver needed) with foreign-key triggers off. Then ANALYZE, as the app's
start-up would do.
SearchStems is written as '' (the made-up words have no affixes to strip, and NULL would set the app's
SearchStemsBackfill to work on every row at start-up).
Prints, besides progress, "bench: rare word: W" and "bench: kanal: SLUG" for the scripts to pick up."""
import datetime, itertools, os, random, sqlite3, subprocess, sys, time

target, count = sys.argv[1], int(sys.argv[2])
postgres = target.startswith(("postgres://", "postgresql://")) or "Host=" in target
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
# 'jakarta', the benchmarks' common word, is in about half the stories, as in a Jakarta newsroom's archive.
vocabulary.remove("jakarta")
vocabulary.insert(20, "jakarta")
rare_word = vocabulary[-1]
cumulative = list(itertools.accumulate(1.0 / (rank + 8) for rank in range(len(vocabulary))))
def text(n):
    return " ".join(random.choices(vocabulary, cum_weights=cumulative, k=n))

# Pools the stories draw from: each story picks a title, a deck and two paragraphs (shorter bodies than real ones:
# the search index's size, not the prose, is what the benchmarks need). The rare word keeps a handful of stories.
POOL = 20_000
def pool(words, end=""):
    return [t for t in (text(words).capitalize() + end for _ in range(POOL)) if rare_word not in t.split()]
titles, decks, paragraphs = pool(8), pool(25, "."), pool(35, ".")

def skewed(n):
    """Cumulative weights for n items, item 0 the busiest."""
    return list(itertools.accumulate(1.0 / (rank + 2) for rank in range(n)))

KANALS = [("nasional", "Nasional"), ("internasional", "Internasional"), ("ekonomi", "Ekonomi"), ("bisnis", "Bisnis"),
          ("olahraga", "Olahraga"), ("metro", "Metro"), ("politik", "Politik"), ("hukum", "Hukum"), ("sains", "Sains"),
          ("teknologi", "Teknologi"), ("gaya-hidup", "Gaya Hidup"), ("otomotif", "Otomotif")]
TAGS, REPORTERS = 2000, 300
YEARS = 20
BATCH = 100_000
now = datetime.datetime.now(datetime.timezone.utc).replace(tzinfo=None)


def stories(first_id, kanal_ids, tag_ids, reporter_ids):
    """Yields (article row, tag rows, byline rows) per story, oldest first so ids rise with the date."""
    span = datetime.timedelta(days=365 * YEARS)
    oldest = now - datetime.timedelta(hours=1) - span
    kanal_weights, tag_weights, reporter_weights = skewed(len(kanal_ids)), skewed(len(tag_ids)), skewed(len(reporter_ids))
    # Drawn in blocks: one random.choices call per block is far cheaper than one per story.
    block = 10_000
    for start in range(0, count, block):
        n = min(block, count - start)
        kanals = random.choices(kanal_ids, cum_weights=kanal_weights, k=n)
        tag_draws = random.choices(tag_ids, cum_weights=tag_weights, k=4 * n)
        reporter_draws = random.choices(reporter_ids, cum_weights=reporter_weights, k=2 * n)
        for j in range(n):
            i = start + j
            article_id = first_id + i
            # (i/count)^0.7 puts more stories in the later years, as archives grow.
            when = oldest + span * ((i + random.random()) / count) ** 0.7
            # As EF Core writes it: no trailing zeros in the fraction, so a cursor names the exact stored value.
            when_text = when.strftime("%Y-%m-%d %H:%M:%S.%f").rstrip("0").rstrip(".")
            title = f"{random.choice(titles)} {article_id}"
            if i % max(1, count // 5) == 7:
                title += f" {rare_word}"
            roll = random.random()
            if roll < 0.02:
                body, html = "", ""
            else:
                chosen = random.sample(paragraphs, 2)
                body = "\n\n".join(chosen)
                # What ArticleWriter stores beside the Markdown: plain paragraphs render to <p> elements.
                html = f"<p>{chosen[0]}</p>\n<p>{chosen[1]}</p>"
            language = "en" if roll > 0.95 else "id"
            article = (article_id, title, f"bench-{article_id}", random.choice(decks), body, html, when_text, kanals[j], language)
            tags = [(article_id, tag, position) for position, tag in
                    enumerate(dict.fromkeys(tag_draws[4 * j: 4 * j + random.randint(0, 4)]))]
            bylines = [(article_id, reporter, position) for position, reporter in
                       enumerate(dict.fromkeys(reporter_draws[2 * j: 2 * j + random.randint(1, 2)]))]
            yield article, tags, bylines


def progress(done, started):
    print(f"bench: {done}/{count} articles ({time.time() - started:.0f} s)", flush=True)


def fill_sqlite():
    conn = sqlite3.connect(target, isolation_level=None)
    conn.execute("PRAGMA journal_mode=OFF")
    conn.execute("PRAGMA synchronous=OFF")
    conn.execute("PRAGMA cache_size=-400000")
    conn.execute("PRAGMA temp_store=FILE")
    conn.execute("BEGIN")
    for slug, name in KANALS:
        conn.execute("INSERT OR IGNORE INTO Kanals (Slug, Name) VALUES (?, ?)", (slug, name))
    kanal_ids = [conn.execute("SELECT Id FROM Kanals WHERE Slug = ?", (slug,)).fetchone()[0] for slug, _ in KANALS]
    def fill(table, slug, name):
        values = {"Slug": slug, "Name": name}
        # Columns later migrations added with defaults stay at their defaults; text columns without one get ''.
        for column, kind, notnull, default in ((r[1], r[2], r[3], r[4]) for r in conn.execute(f"PRAGMA table_info({table})")):
            if column not in values and column != "Id" and notnull and default is None:
                values[column] = 0 if kind.upper() == "INTEGER" else ""
        names = ", ".join(values)
        conn.execute(f"INSERT OR IGNORE INTO {table} ({names}) VALUES ({', '.join('?' * len(values))})", list(values.values()))
        return conn.execute(f"SELECT Id FROM {table} WHERE Slug = ?", (slug,)).fetchone()[0]
    tag_ids = [fill("Tags", f"topik-{i}", f"Topik {text(2).title()} {i}") for i in range(TAGS)]
    reporter_ids = [fill("Reporters", f"wartawan-{i}", f"Wartawan {text(1).title()} {i}") for i in range(REPORTERS)]
    conn.execute("COMMIT")

    # Indexes and the search triggers go while the rows go in, and come back afterwards (their SQL kept from the schema).
    kept = conn.execute("SELECT type, name, sql FROM sqlite_master WHERE tbl_name IN ('Articles', 'ArticleTag', 'ArticleByline') "
                        "AND sql IS NOT NULL AND type IN ('index', 'trigger')").fetchall()
    for kind, name, _ in kept:
        conn.execute(f'DROP {kind.upper()} "{name}"')

    first_id = (conn.execute("SELECT max(Id) FROM Articles").fetchone()[0] or 0) + 1
    started = time.time()
    article_sql = ("INSERT INTO Articles (Id, Title, Slug, Deck, BodyMarkdown, BodyHtml, SourceLine, Status, PublishedAtUtc, "
                   "FirstPublishedAtUtc, UpdatedAtUtc, KanalId, Language, Version, SearchStems) VALUES (?1,?2,?3,?4,?5,?6,'',1,?7,?7,?7,?8,?9,1,'')")
    conn.execute("BEGIN")
    articles, tags, bylines = [], [], []
    for done, (article, tag_rows, byline_rows) in enumerate(stories(first_id, kanal_ids, tag_ids, reporter_ids), 1):
        articles.append(article)
        tags += tag_rows
        bylines += byline_rows
        if done % BATCH == 0 or done == count:
            conn.executemany(article_sql, articles)
            conn.executemany("INSERT INTO ArticleTag (ArticleId, TagId, Position) VALUES (?,?,?)", tags)
            conn.executemany("INSERT INTO ArticleByline (ArticleId, ReporterId, Role, Position) VALUES (?,?,0,?)", bylines)
            articles, tags, bylines = [], [], []
            progress(done, started)
    conn.execute("COMMIT")

    print(f"bench: rebuilding {sum(k == 'index' for k, _, _ in kept)} indexes", flush=True)
    for kind, name, sql in kept:
        conn.execute(sql)
    print(f"bench: building the search index ({time.time() - started:.0f} s)", flush=True)
    conn.execute("INSERT INTO ArticleSearch(ArticleSearch) VALUES ('rebuild')")
    print(f"bench: ANALYZE ({time.time() - started:.0f} s)", flush=True)
    conn.execute("ANALYZE")
    conn.execute("PRAGMA journal_mode=WAL")
    print(f"bench: done in {time.time() - started:.0f} s")
    print(f"bench: rare word: {rare_word}")
    print(f"bench: kanal: {KANALS[0][0]}")
    for word in ("jakarta", "gempa", "pemil*"):
        print(f"bench: {conn.execute('SELECT count(*) FROM ArticleSearch WHERE ArticleSearch MATCH ?', (word,)).fetchone()[0]} articles match {word}")


def psql_arguments():
    """psql's connection arguments from a postgres:// URL (passed as is) or an Npgsql connection string."""
    if target.startswith(("postgres://", "postgresql://")):
        return [target], {}
    parts = dict(p.split("=", 1) for p in target.split(";") if "=" in p)
    parts = {k.strip().lower(): v.strip() for k, v in parts.items()}
    arguments = ["-h", parts.get("host", "127.0.0.1"), "-p", parts.get("port", "5432"), "-U", parts.get("username", "postgres"),
                 "-d", parts.get("database", "postgres")]
    environment = {"PGPASSWORD": parts["password"]} if "password" in parts else {}
    return arguments, environment


def fill_postgres():
    arguments, environment = psql_arguments()
    environment = {**os.environ, **environment}
    def psql(sql):
        return subprocess.run(["psql", "-X", "-q", "-t", "-A", "-v", "ON_ERROR_STOP=1", *arguments, "-c", sql],
                              check=True, capture_output=True, text=True, env=environment).stdout.strip()
    def ids(table, slugs):
        rows = dict(line.split("|") for line in psql(f'SELECT "Slug", "Id" FROM "{table}"').splitlines())
        return [int(rows[slug]) for slug in slugs]
    def literal(value):
        return "'" + value.replace("'", "''") + "'"
    kanal_values = ", ".join(f"({literal(slug)}, {literal(name)})" for slug, name in KANALS)
    psql(f'INSERT INTO "Kanals" ("Slug", "Name") VALUES {kanal_values} ON CONFLICT DO NOTHING')
    kanal_ids = ids("Kanals", [slug for slug, _ in KANALS])
    for table, prefix, label, n in (("Tags", "topik", "Topik", TAGS), ("Reporters", "wartawan", "Wartawan", REPORTERS)):
        values = ", ".join(f"({literal(f'{prefix}-{i}')}, {literal(f'{label} {text(1).title()} {i}')})" for i in range(n))
        psql(f'INSERT INTO "{table}" ("Slug", "Name") VALUES {values} ON CONFLICT DO NOTHING')
    tag_ids = ids("Tags", [f"topik-{i}" for i in range(TAGS)])
    reporter_ids = ids("Reporters", [f"wartawan-{i}" for i in range(REPORTERS)])

    # The indexes (not the keys) go during the fill and come back after it, their definitions kept from the catalogue.
    kept = psql("""SELECT indexname || '|' || indexdef FROM pg_indexes WHERE tablename IN ('Articles', 'ArticleTag', 'ArticleByline')
                   AND indexname NOT IN (SELECT conname FROM pg_constraint)""").splitlines()
    kept = [line.split("|", 1) for line in kept]
    psql("; ".join(f'DROP INDEX "{name}"' for name, _ in kept))
    first_id = int(psql('SELECT coalesce(max("Id"), 0) FROM "Articles"')) + 1
    started = time.time()

    def escape(value):
        return str(value).replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n").replace("\r", "\\r")
    files = {name: open(f"/tmp/generate-articles-{os.getpid()}-{name}.tsv", "w") for name in ("articles", "tags", "bylines")}
    for done, (article, tag_rows, byline_rows) in enumerate(stories(first_id, kanal_ids, tag_ids, reporter_ids), 1):
        article_id, title, slug, deck, body, html, when, kanal, language = article
        when = when + "+00"
        files["articles"].write("\t".join(escape(v) for v in (article_id, title, slug, deck, body, html, "", 1, when, when, when, kanal, language, 1, "")) + "\n")
        for row in tag_rows:
            files["tags"].write("%d\t%d\t%d\n" % row)
        for article_id, reporter, position in byline_rows:
            files["bylines"].write("%d\t%d\t0\t%d\n" % (article_id, reporter, position))
        if done % BATCH == 0 or done == count:
            progress(done, started)
    for file in files.values():
        file.close()
    print(f"bench: copying into PostgreSQL ({time.time() - started:.0f} s)", flush=True)
    # Foreign keys are checked by triggers: off during the copy (the rows name kanals, tags and reporters made above).
    copy = f"""SET session_replication_role = replica;
\\copy "Articles" ("Id", "Title", "Slug", "Deck", "BodyMarkdown", "BodyHtml", "SourceLine", "Status", "PublishedAtUtc", "FirstPublishedAtUtc", "UpdatedAtUtc", "KanalId", "Language", "Version", "SearchStems") FROM '{files["articles"].name}'
\\copy "ArticleTag" ("ArticleId", "TagId", "Position") FROM '{files["tags"].name}'
\\copy "ArticleByline" ("ArticleId", "ReporterId", "Role", "Position") FROM '{files["bylines"].name}'
SELECT setval(pg_get_serial_sequence('"Articles"', 'Id'), (SELECT max("Id") FROM "Articles"));
"""
    subprocess.run(["psql", "-X", "-q", "-v", "ON_ERROR_STOP=1", *arguments], input=copy, text=True, check=True, env=environment, stdout=subprocess.DEVNULL)
    for file in files.values():
        os.remove(file.name)
    print(f"bench: rebuilding {len(kept)} indexes ({time.time() - started:.0f} s)", flush=True)
    psql("SET maintenance_work_mem = '512MB'; " + "; ".join(definition for _, definition in kept))
    print(f"bench: ANALYZE ({time.time() - started:.0f} s)", flush=True)
    psql("VACUUM ANALYZE")
    print(f"bench: done in {time.time() - started:.0f} s")
    print(f"bench: rare word: {rare_word}")
    print(f"bench: kanal: {KANALS[0][0]}")
    for word in ("jakarta", "gempa"):
        matches = psql(f"""SELECT count(*) FROM "Articles" WHERE "SearchVector" @@ to_tsquery('tempo_search', '{word}')""")
        print(f"bench: {matches} articles match {word}")


fill_postgres() if postgres else fill_sqlite()
