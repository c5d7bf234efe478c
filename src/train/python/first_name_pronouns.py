"""Writes first-name-pronouns.tsv, the pronoun a first name tells, from the 1990 US Census's first-name files
(dist.male.first and dist.female.first, public domain), as Debian's libtext-names-perl packages them in Text/Names.pm:

  apt-get download libtext-names-perl && dpkg-deb -x libtext-names-perl_*.deb /tmp/text-names
  /usr/bin/python3 src/train/python/first_name_pronouns.py /tmp/text-names/usr/share/perl5/Text/Names.pm \
      > src/main/resources/dev/standpoint/analysis/words/first-name-pronouns.tsv

A name is kept when the census finds it at least RATIO times as often among one sex as the other (share of that
sex's population), so "Leslie" and "Jordan" say nothing; the most common are listed as they come.
"""
import re, sys

RATIO = 10.0


def table(source, variable):
    body = source.split(f"${variable} = <<ENDNAMES;\n", 1)[1].split("\nENDNAMES", 1)[0]
    rows = (re.split(r"\s+", line.strip()) for line in body.splitlines() if line.strip())
    return {row[0].lower(): float(row[1]) for row in rows}


def main(path):
    source = open(path, encoding="latin-1").read()
    male, female = table(source, "COMMON_MALE_FIRSTNAMES"), table(source, "COMMON_FEMALE_FIRSTNAMES")
    print("# The pronoun a first name tells: a person named \"David Axelrod\" is \"he\", so a \"she\" in the next sentence")
    print("# is someone else. name<TAB>pronoun. A name is listed when the 1990 US Census finds it at least"
          f" {RATIO:g} times as")
    print("# often among one sex as the other (as a share of each), so \"Leslie\" and \"Jordan\" are not.")
    print("# Source: the US Census Bureau's 1990 first-name files dist.male.first and dist.female.first (public domain,")
    print("# a work of the US government), read from Debian's libtext-names-perl by src/train/python/first_name_pronouns.py.")
    print("# Licence: public domain (the census tables); this file Apache-2.0.")
    for name in sorted(set(male) | set(female)):
        m, f = male.get(name, 0.0), female.get(name, 0.0)
        if m >= RATIO * f:
            print(f"{name}\the")
        elif f >= RATIO * m:
            print(f"{name}\tshe")


if __name__ == "__main__":
    main(sys.argv[1])
