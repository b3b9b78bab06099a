#!/usr/bin/env python3
"""Fills a TempoClone SQLite database with generated articles for the benchmarks (search.sh, speed.sh).
Rows go in through the same FTS5 triggers editors' saves go through. Made-up words only, no real article text.
   generate-articles.py <database> <count>
Prints, besides progress, "bench: rare word: W" and "bench: kanal: SLUG" for the scripts to pick up."""
import random, sqlite3, sys, datetime
db, count = sys.argv[1], int(sys.argv[2])
random.seed(42)
words = ("jakarta banjir pemilu presiden menteri ekonomi harga beras rupiah saham bursa gempa sekolah guru "
         "kesehatan rumah sakit vaksin polisi korupsi pengadilan hakim jaksa partai koalisi kampanye desa kota "
         "provinsi gubernur bupati jalan tol kereta bandara pelabuhan nelayan petani pupuk sawit tambang nikel "
         "listrik energi surya iklim hutan kebakaran asap sungai laut pantai wisata bali lombok papua sumatra "
         "kalimantan sulawesi jawa timur barat tengah utara selatan olahraga sepak bola liga timnas pelatih "
         "pemain gol juara musik film festival budaya bahasa sastra teknologi aplikasi internet data siber").split()
# A newsroom-like vocabulary: the topic words above plus 6,000 made-up words, drawn with a Zipf-like skew,
# so common words match thousands of stories and rare ones a handful (a tiny vocabulary would match everything).
syllables = "ba be bi bo bu da de di do du ga ge gi go gu ka ke ki ko ku la le li lo lu ma me mi mo mu na ne ni no nu pa pe pi po pu ra re ri ro ru sa se si so su ta te ti to tu".split()
made_up = sorted({random.choice(syllables) + random.choice(syllables) + random.choice(syllables) for _ in range(9000)})[:6000]
vocabulary = words + made_up
random.shuffle(vocabulary)
weights = [1.0 / (rank + 8) for rank in range(len(vocabulary))]
def text(n):
    return " ".join(random.choices(vocabulary, weights=weights, k=n))
conn = sqlite3.connect(db)
kanal = conn.execute("SELECT Id FROM Kanals ORDER BY Id LIMIT 1").fetchone()[0]
start = datetime.datetime(2026, 11, 20)
rows = []
for i in range(count):
    title = text(8).capitalize() + f" {i}"
    paragraphs = [text(60) + "." for _ in range(6)]
    body = "\n\n".join(paragraphs)
    # What ArticleWriter stores beside the Markdown: plain paragraphs render to <p> elements.
    html = "\n".join(f"<p>{p}</p>" for p in paragraphs)
    when = (start - datetime.timedelta(minutes=7 * i)).strftime("%Y-%m-%d %H:%M:%S")
    rows.append((title, f"bench-{i}", body[:200], body, html, "", 1, when, when, kanal, 1))
    if (i + 1) % 1000 == 0:
        conn.executemany("INSERT INTO Articles (Title, Slug, Deck, BodyMarkdown, BodyHtml, SourceLine, Status, PublishedAtUtc, UpdatedAtUtc, KanalId, Version) VALUES (?,?,?,?,?,?,?,?,?,?,?)", rows)
        conn.commit()
        rows = []
        print(f"bench: {i + 1}/{count} articles", flush=True)
if rows:
    conn.executemany("INSERT INTO Articles (Title, Slug, Deck, BodyMarkdown, BodyHtml, SourceLine, Status, PublishedAtUtc, UpdatedAtUtc, KanalId, Version) VALUES (?,?,?,?,?,?,?,?,?,?,?)", rows)
    conn.commit()
print(f"bench: rare word: {vocabulary[-1]}")
print(f"bench: kanal: {conn.execute('SELECT Slug FROM Kanals WHERE Id = ?', (kanal,)).fetchone()[0]}")
for word in ("jakarta", "gempa", "pemil*"):
    print(f"bench: {conn.execute('SELECT count(*) FROM ArticleSearch WHERE ArticleSearch MATCH ?', (word,)).fetchone()[0]} articles match {word}")
