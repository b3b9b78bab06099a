#!/usr/bin/env python3
"""Writes common-passwords.txt beside it: passwords of 10 characters or more (shorter ones are refused by length
already) that a guesser tries first. Typed from the shapes that lead every public breach list (SecLists' top lists,
the NCSC's 100k list, Have I Been Pwned's top entries): digit runs and repeats, keyboard walks, the most common words
(English, and Indonesian for this newsroom) with the suffixes people add, years and doubled words. Generated offline:
nothing is fetched at build or run time. Run it again after changing a list:
    python3 src/TempoClone.Web/Accounts/common-passwords.py"""
import os

MIN_LENGTH = 10

words = """password passw0rd p@ssword p@ssw0rd iloveyou princess rockyou sunshine football baseball basketball dragon
monkey letmein shadow master superman batman trustno1 michael jessica charlie jordan hunter buster soccer harley ranger
daniel starwars computer michelle pepper ginger summer chocolate welcome flower hello freedom whatever qwerty admin
administrator login secret samsung liverpool chelsea arsenal manchester barcelona realmadrid pokemon naruto minecraft
fortnite cookie butterfly purple anthony andrew joshua matthew loveyou lovely babygirl angel justin tigger internet
security sayang sayangku sayangkamu cinta cintaku cintakamu rahasia rahasiaku bismillah indonesia jakarta bandung
surabaya medan yogyakarta semarang makassar merdeka garuda persib persija doraemon katasandi sandi masuk semangat
alhamdulillah insyaallah mamapapa bunda ayah ibuku anakku kucing rindu kasih sahabat tempo tempoco tempoclone berita
redaksi wartawan jurnalis editor kontributor newsroom changeme default guest test tester testing access mustang
maggie ashley bailey thomas killer hockey george asshole fuckyou fuckoff football1 jennifer hannah nicole elizabeth
orange banana apple cherry diamond silver golden forever friends family mother father blessed jesus christ
lovers happy beautiful sweetheart honey angels august october november december january february march april june
july september spiderman ironman captain wolverine matrix gandalf hogwarts zxcvbnm asdfgh qazwsx abcdef abc123
welcome1 windows linux ubuntu oracle mysql postgres server network wordpress joomla drupal""".split()

suffixes = ["", "1", "12", "123", "1234", "12345", "123456", "1234567", "!", "1!", "12!", "123!", "@123", "#1", "01",
            "11", "13", "21", "22", "69", "77", "88", "99", "00", "007", "321", "111", "000", "2k", "123456789"]
suffixes += [str(year) for year in range(1960, 2031)]
suffixes += [str(year) + "!" for year in range(2015, 2031)]

found = set()


def add(candidate):
    if MIN_LENGTH <= len(candidate) <= 64:
        found.add(candidate.lower())


for word in words:
    for suffix in suffixes:
        add(word + suffix)
        add(word.capitalize() + suffix)
    add(word + word)
    add("my" + word + "123")
    add("i love " + word)
    add("iloveyou" + word)

digits = "01234567890"
for length in range(MIN_LENGTH, 21):
    add((digits * 3)[1:1 + length])           # 1234567890…
    add((digits * 3)[:length])                # 0123456789…
    add(("9876543210" * 3)[:length])          # 9876543210…
    for d in "0123456789":
        add(d * length)                       # 1111111111…
    for letter in "axqz":
        add(letter * length)
    for pattern in ("12", "123", "1234", "12345", "abc", "ab", "qwe", "asd", "1q", "a1", "69"):
        add((pattern * 20)[:length])
add("1122334455"); add("11223344556677"); add("0987654321"); add("1029384756"); add("1357924680")

walks = ["qwertyuiop", "asdfghjkl", "zxcvbnm", "qwertzuiop", "azertyuiop", "1qaz2wsx3edc", "1qaz2wsx", "qazwsxedc",
         "qazwsxedcrfv", "zaq12wsx", "zaq1xsw2", "1q2w3e4r", "1q2w3e4r5t", "1q2w3e4r5t6y", "q1w2e3r4t5", "q1w2e3r4t5y6",
         "qwerty", "qwert", "asdfgh", "zxcvbn", "1234qwer", "qwer1234", "1qazxsw2", "!qaz2wsx", "!qaz@wsx", "qweasdzxc",
         "qweasd", "asdqwe", "poiuytrewq", "mnbvcxz", "lkjhgfdsa", "qwertyuiopasdfghjkl", "zxcvbnm,./", "abcdefghij",
         "abcdefghijk", "abcdefghijklmnop", "abcdefghijklmnopqrstuvwxyz"]
for walk in walks:
    for suffix in ["", "1", "12", "123", "1234", "12345", "!", "!@#", "!@#$", "@1", "2024", "2025", "2026"]:
        add(walk + suffix)
        add(walk + walk + suffix)

# The short list this file replaced, kept whole.
for kept in """1234567890 12345678910 123456789012 0123456789 1111111111 0000000000 qwertyuiop password123 password1234
passw0rd123 iloveyou123 qwerty12345 qwertyuiop123 1q2w3e4r5t abcdefghij abc1234567 admin12345 administrator letmein123
welcome123 sayangkamu indonesia123 jakarta123 tempo12345 tempoclone tempoclone123 rahasia123 bismillah123 passwordpassword
aaaaaaaaaa zaq12wsxcde 1qaz2wsx3edc qazwsxedcrfv katasandi123""".split():
    add(kept)

target = os.path.join(os.path.dirname(os.path.abspath(__file__)), "common-passwords.txt")
with open(target, "w") as out:
    out.write("# Common passwords of 10+ characters, one a line, lower case (compared without regard to case).\n")
    out.write("# Generated by common-passwords.py beside this file; edit that, not this.\n")
    for password in sorted(found):
        out.write(password + "\n")
print(f"{len(found)} passwords written to {target}")
