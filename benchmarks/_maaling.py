"""Fælles måleværktøj for benchmarkene (issue 18, punkt 6).

Et tal fra en delt maskine siger kun noget sammen med en målestok fra samme kørsel. Hver
måling kører derfor flere runder og viser min og median (medianen er tallet; min og max viser
spredningen), målt i processens CPU-tid (`time.process_time`: tiden på én kerne, uanset hvad
de andre processer laver), og hvert tal vises også som forhold til en målestok målt i samme
kørsel: *gulvet* (et tomt Python-kald med de samme argumenter — hurtigere kan et kald ikke
blive; det kaldes i den samme løkke som funktionen) og, hvor det findes, en *naiv
reference* (fx den læsbare regel uden hurtig vej).

`--hurtig` på kommandolinjen giver en kort kørsel (færre og mindre runder).
"""

from __future__ import annotations

import compileall
import gc
import io
import os
import platform
import statistics
import subprocess
import sys
import tarfile
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

HURTIG = "--hurtig" in sys.argv[1:]
RUNDER = 3 if HURTIG else 7


def maskine() -> str:
    """Maskinen og belastningen, til overskriften."""
    belastning = ", ".join(f"{x:.2f}" for x in os.getloadavg())
    return (
        f"{platform.machine()}, {os.cpu_count()} kerner, Python {platform.python_version()}; "
        f"belastning (1/5/15 min) {belastning}"
    )


def _runde(kald: Callable[[], Any], antal: int) -> float:
    """CPU-sekunder for `antal` kald af `kald` (gc slået fra under runden, som `timeit`)."""
    gc_var_til = gc.isenabled()
    gc.disable()
    try:
        c0 = time.process_time()
        for _ in range(antal):
            kald()
        return time.process_time() - c0
    finally:
        if gc_var_til:
            gc.enable()


def _batchrunde(kald: Callable[[], Any]) -> float:
    c0 = time.process_time()
    kald()
    return time.process_time() - c0


class Maaling:
    """Runderne for én måling: rater (pr. CPU-sekund) med min/median/max."""

    def __init__(self, navn: str, rater: Sequence[float]) -> None:
        self.navn = navn
        self.rater = sorted(rater)

    @property
    def median(self) -> float:
        return statistics.median(self.rater)

    def linje(self, *, gulv: Maaling | None = None, reference: Maaling | None = None) -> str:
        tekst = (
            f"{self.navn:<58} median {self.median:>12,.0f}/s "
            f"(min {self.rater[0]:,.0f}, max {self.rater[-1]:,.0f}; {len(self.rater)} runder)"
        )
        if reference is not None:
            tekst += f"; {self.median / reference.median:.2f}× referencen"
        if gulv is not None:
            tekst += f"; {gulv.median / self.median:.1f}× gulvets tid"
        return tekst


def pr_kald(navn: str, loekke: Callable[[Sequence[Any]], Any], args: Sequence[Any]) -> Maaling:
    """Kald pr. CPU-sekund: `loekke(args)` kalder funktionen én gang pr. element i `args`
    (en almindelig for-løkke, som `timeit`; gc slået fra under runden)."""
    if HURTIG:
        args = args[: max(1, len(args) // 10)]
    loekke(args[:1000])  # opvarmning: caches fyldes
    return Maaling(
        navn, [len(args) / max(_runde(lambda: loekke(args), 1), 1e-9) for _ in range(RUNDER)]
    )


def pr_raekke(navn: str, batch: Callable[[Sequence[Any]], Any], raekker: Sequence[Any]) -> Maaling:
    """Rækker pr. CPU-sekund for en batchfunktion over `raekker` (gc slået til, som i brug)."""
    if HURTIG:
        raekker = raekker[: max(1, len(raekker) // 10)]
    batch(raekker[:1000])  # opvarmning
    return Maaling(
        navn, [len(raekker) / max(_batchrunde(lambda: batch(raekker)), 1e-9) for _ in range(RUNDER)]
    )


def status(maaling: Maaling, maal: float) -> str:
    """»nået« eller »IKKE nået« for et mål i kald (eller rækker) pr. CPU-sekund."""
    ok = "nået" if maaling.median >= maal else "IKKE nået"
    return f"  mål ≥ {maal:,.0f}/s på én kerne: {ok} (median {maaling.median:,.0f}/s)"


def pak_commit_ud(commit: str, mappe: Path) -> Path:
    """`src/forloebsregler` fra `commit` pakket ud under `mappe` og oversat til bytekode (som i
    en installeret pakke); stien til `src` (målinger mod en ældre commit, `--foer`)."""
    rod = Path(__file__).resolve().parent.parent
    arkiv = subprocess.run(
        ["git", "-C", str(rod), "archive", commit, "src/forloebsregler"],
        check=True,
        capture_output=True,
    ).stdout
    with tarfile.open(fileobj=io.BytesIO(arkiv)) as tar:
        if hasattr(tarfile, "data_filter"):  # Python ≥ 3.11.4
            tar.extractall(mappe, filter="data")
        else:  # pragma: no cover
            tar.extractall(mappe)
    compileall.compile_dir(mappe, quiet=1)
    return mappe / "src"
