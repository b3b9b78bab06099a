#!/usr/bin/env python3
"""Writes N archive text files in the Tempo text format (docs/seed-format.md), in our own words: varied kanal,
dates 2005-2025, some English pages, some with related stories, "Baca juga" and an editor's pick, some without a
date. Deterministic (seeded), so two runs give the same folder. Usage: generate-archive.py FOLDER [N]"""
import os
import random
import sys

folder = sys.argv[1]
count = int(sys.argv[2]) if len(sys.argv) > 2 else 20000
rng = random.Random(19)
os.makedirs(folder, exist_ok=True)

KANAL = ["Nasional", "Metro", "Bisnis", "Olahraga", "Internasional", "Tekno", "Seleb", "Gaya", "Travel", "Otomotif", "Sains", "Bola"]
HARI = ["Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu"]
BULAN = ["Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus", "September", "Oktober", "November", "Desember"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"]
SUBJEK = ["Pemerintah kota", "Warga pesisir", "Tim nasional", "Bank sentral", "Petani kopi", "Dinas perhubungan", "Peneliti kampus",
          "Komunitas seniman", "Pedagang pasar", "Kepolisian daerah", "Pengelola taman", "Dewan kota", "Perusahaan rintisan", "Relawan banjir"]
KERJA = ["meresmikan", "menunda", "membahas", "menolak", "mengkaji", "memperluas", "menata ulang", "mengumumkan", "menguji", "membuka"]
OBJEK = ["jalur sepeda baru", "jadwal kereta malam", "anggaran air bersih", "pasar ikan terapung", "sistem parkir digital",
         "festival musik pantai", "program beasiswa desa", "gudang beras darurat", "jembatan gantung", "layanan bus listrik",
         "kebun raya kota", "stadion mini", "perpustakaan keliling", "rumah susun nelayan"]
TEMPAT = ["Jakarta", "Surabaya", "Medan", "Makassar", "Bandung", "Denpasar", "Padang", "Pontianak", "Ambon", "Kupang", "Palu", "Semarang"]
NAMA = ["Sari Lestari", "Budi Hartono", "Dewi Anggraini", "Rudi Pratama", "Maya Kusuma", "Andi Saputra", "Lina Marlina",
        "Yusuf Hakim", "Rina Wulandari", "Agus Setiawan", "Fitri Handayani", "Joko Susilo", "Nia Rahmawati", "Hendra Wijaya"]
EN_SUBJECT = ["The city council", "Coastal residents", "The national team", "The central bank", "Coffee farmers", "A campus lab"]
EN_VERB = ["opens", "delays", "reviews", "rejects", "expands", "announces", "tests"]


def title(i):
    r = random.Random(i * 7919)
    return f"{r.choice(SUBJEK)} {r.choice(TEMPAT)} {r.choice(KERJA)} {r.choice(OBJEK)} ke-{i}"


def paragraph(r):
    words = [r.choice(SUBJEK).lower(), r.choice(KERJA), r.choice(OBJEK), "di", r.choice(TEMPAT)]
    extra = " ".join(r.choice(["menurut", "warga", "pada", "pekan", "ini", "rencana", "itu", "dinilai", "penting", "bagi",
                               "kota", "dan", "sekitarnya", "sejak", "lama", "sudah", "ditunggu"]) for _ in range(r.randint(25, 60)))
    return (" ".join(words) + " " + extra).capitalize() + "."


for i in range(count):
    r = random.Random(i)
    english = r.random() < 0.08
    dated = r.random() >= 0.05
    year, month, day = r.randint(2005, 2025), r.randint(1, 12), r.randint(1, 28)
    hour, minute = r.randint(0, 23), r.randint(0, 59)
    kanal = r.choice(KANAL)
    lines = []
    if english:
        lines += [f"Kanal: {kanal}", f"{r.choice(EN_SUBJECT)} {r.choice(EN_VERB)} plan number {i} in {r.choice(TEMPAT)}",
                  "Reporter", r.choice(NAMA), "Editor", r.choice(NAMA)]
        if dated:
            lines.append(f"{day} {MONTHS[month - 1]} {year} {hour:02}:{minute:02} WIB")
        lines.append(f"TEMPO.CO, Jakarta - The plan was discussed for weeks, officials said, and residents were asked for their views on item {i}.")
        lines += ["Officials said the next step would follow after a public hearing in the coming month." for _ in range(r.randint(2, 5))]
    else:
        lines += [f"Kanal: {kanal}", title(i), "Reporter", r.choice(NAMA), "Editor", r.choice(NAMA)]
        if dated:
            lines.append(f"{HARI[r.randrange(7)]}, {day} {BULAN[month - 1]} {year} {hour:02}:{minute:02} WIB")
        lines.append(f"Warga menunggu keputusan itu di {r.choice(TEMPAT)}. TEMPO/{r.choice(NAMA).replace(' ', '')}")
        lines.append(f"TEMPO.CO, {r.choice(TEMPAT)} - " + paragraph(r))
        for p in range(r.randint(3, 9)):
            lines.append(paragraph(r))
            if p == 1 and r.random() < 0.3:
                lines.append(f"Baca juga: {title(r.randrange(count))}")
        lines.append(r.choice(["ANTARA", "REUTERS", r.choice(NAMA).upper()]))
        if r.random() < 0.3:
            lines.append(f"Pilihan Editor: {title(r.randrange(count))}")
        if r.random() < 0.4:
            lines.append("Berita terkait")
            for _ in range(r.randint(2, 5)):
                t = title(r.randrange(count))
                lines += [t, f"{r.randint(1, 23)} jam lalu", t, "Ringkasan singkat tentang " + t.lower() + ".", "Baca Selengkapnya"]
    with open(os.path.join(folder, f"arsip-{i:06}.txt"), "w", encoding="utf-8") as out:
        out.write("\n\n".join(lines) + "\n")
