"""Benchmark: importtiden for `forloebsregler` mod dens afhængigheder (issue 18, punkt 5).

Mål: `import forloebsregler` højst 1,5 × tiden for at importere de afhængigheder, den bruger
(`import attrs, dateutil.relativedelta, holidays, zoneinfo`). Alle kommandoer måles som hele
processer (Python-opstart med), på skift i hver runde (A B … A B …), og forholdene tages
runde for runde (så en maskine, der skifter fart undervejs, ikke flytter dem); min og median
over runderne. Tiden er børnenes CPU-tid (bruger + system, fra `resource`) — vægtiden vises
også. I samme runder måles:

- *afhængighederne* (målet ovenfor);
- *afhængighederne, importen indlæser*: dem af de fire, der står i `sys.modules` efter
  `import forloebsregler` (`holidays` indlæses først ved første brug af en helligdag, så den
  er ikke med) — forholdet hertil er pakkens egen pris over det, den selv trækker ind;
- *gulvet*: `python -c pass` (Python-opstart alene); `netto` er tiden over gulvet;
- med ``--foer COMMIT``: samme pakke fra en ældre commit (`git archive`), så før og efter
  måles i samme kørsel.

Pakkerne kopieres til midlertidige mapper og oversættes til bytekode først: en installeret
pakke har sine .pyc-filer, mens et miljø med PYTHONDONTWRITEBYTECODE ellers ville oversætte
kildeteksten ved hver import og måle oversætteren i stedet for importen.

Kør: ``python benchmarks/bench_import.py [--hurtig] [--foer COMMIT]``.
"""

from __future__ import annotations

import compileall
import os
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from _maaling import HURTIG, maskine, pak_commit_ud

import forloebsregler

_A = "import forloebsregler"
_AFHAENGIGHEDER = ("attrs", "dateutil.relativedelta", "holidays", "zoneinfo")
_B = "import " + ", ".join(_AFHAENGIGHEDER)
_GULV = "pass"


def _koer(kode: str, miljoe: dict[str, str]) -> tuple[float, float]:
    """(CPU-sekunder, vægsekunder) for én proces."""
    foer = resource.getrusage(resource.RUSAGE_CHILDREN)
    t0 = time.perf_counter()
    subprocess.run([sys.executable, "-c", kode], env=miljoe, check=True)
    vaeg = time.perf_counter() - t0
    efter = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (efter.ru_utime - foer.ru_utime) + (efter.ru_stime - foer.ru_stime)
    return cpu, vaeg


def _miljoe(mappe: Path) -> dict[str, str]:
    miljoe = {**os.environ, "PYTHONPATH": str(mappe)}
    miljoe.pop("PYTHONDONTWRITEBYTECODE", None)
    return miljoe


def _kopier_pakke(mappe: Path) -> None:
    """Den importerede pakke (fx arbejdskopiens `src/`) kopieret til `mappe` og oversat."""
    shutil.copytree(Path(forloebsregler.__file__).parent, mappe / "forloebsregler")
    compileall.compile_dir(mappe, quiet=1)


def _indlaeste_afhaengigheder(miljoe: dict[str, str]) -> str:
    """`import …` af de afhængigheder, `import forloebsregler` selv indlæser."""
    kode = (
        "import sys, forloebsregler\n"
        f"print(','.join(m for m in {_AFHAENGIGHEDER!r} if m in sys.modules))"
    )
    ud = subprocess.run(
        [sys.executable, "-c", kode], env=miljoe, check=True, capture_output=True, text=True
    ).stdout.strip()
    return "import " + ", ".join(ud.split(",")) if ud else _GULV


def _linje(navn: str, cpu: list[float], vaeg: list[float], gulv: list[float]) -> str:
    m = statistics.median
    netto = [c - g for c, g in zip(cpu, gulv, strict=True)]
    return (
        f"{navn}: CPU median {m(cpu) * 1e3:.0f} ms (min {min(cpu) * 1e3:.0f}), "
        f"netto over gulvet median {m(netto) * 1e3:.0f} ms, væg median {m(vaeg) * 1e3:.0f} ms"
    )


def _forhold(navn: str, taeller: list[float], naevner: list[float], maal: bool) -> str:
    m = statistics.median
    forhold = [a / b for a, b in zip(taeller, naevner, strict=True)]
    tekst = (
        f"forhold {navn} (CPU, runde for runde): median {m(forhold):.2f} "
        f"(min {min(forhold):.2f}, max {max(forhold):.2f})"
    )
    if maal:
        tekst += f" — mål ≤ 1,5: {'nået' if m(forhold) <= 1.5 else 'IKKE nået'}"
    return tekst


def main() -> None:
    print(f"bench_import — {maskine()}")
    runder = 5 if HURTIG else 21
    foer = sys.argv[sys.argv.index("--foer") + 1] if "--foer" in sys.argv else None
    with tempfile.TemporaryDirectory() as mappe:
        nu = Path(mappe) / "nu"
        _kopier_pakke(nu)
        miljoe = _miljoe(nu)
        b_indlaest = _indlaeste_afhaengigheder(miljoe)
        kommandoer = {
            "A": (_A, miljoe),
            "B": (_B, miljoe),
            "B'": (b_indlaest, miljoe),
            "gulv": (_GULV, miljoe),
        }
        if foer is not None:
            src = pak_commit_ud(foer, Path(mappe) / "foer")
            (src / "forloebsregler").rename(Path(mappe) / "foer" / "forloebsregler")
            kommandoer["før"] = (_A, _miljoe(Path(mappe) / "foer"))
        for kode, m in kommandoer.values():  # opvarmning (filsystemets cache)
            _koer(kode, m)
        cpu: dict[str, list[float]] = {k: [] for k in kommandoer}
        vaeg: dict[str, list[float]] = {k: [] for k in kommandoer}
        for _ in range(runder):
            for navn, (kode, m) in kommandoer.items():
                c, v = _koer(kode, m)
                cpu[navn].append(c)
                vaeg[navn].append(v)
    print(f"{runder} runder; CPU = bruger + system for hele processen; gulv = `python -c pass`")
    beskrivelser = {"A": repr(_A), "B": repr(_B), "B'": repr(b_indlaest), "gulv": repr(_GULV)}
    if foer is not None:
        beskrivelser["før"] = f"{_A!r} fra commit {foer}"
    for navn, beskrivelse in beskrivelser.items():
        print(_linje(f"{navn} = {beskrivelse}", cpu[navn], vaeg[navn], cpu["gulv"]))
    print(_forhold("A/B", cpu["A"], cpu["B"], maal=True))
    print(_forhold("A/B'", cpu["A"], cpu["B'"], maal=False))
    if foer is not None:
        print(_forhold("før/B", cpu["før"], cpu["B"], maal=True))
        print(_forhold("A/før", cpu["A"], cpu["før"], maal=False))


if __name__ == "__main__":
    main()
