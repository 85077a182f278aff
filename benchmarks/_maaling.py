"""Fælles måleværktøj for benchmarkene (issue 18, punkt 6).

Et tal fra en delt maskine siger kun noget sammen med en målestok fra samme kørsel. Hver
måling kører derfor flere runder og viser min og median (medianen er tallet; min og max viser
spredningen), målt i processens CPU-tid (`time.process_time`: tiden på én kerne, uanset hvad
de andre processer laver), og hvert tal vises også som forhold til en målestok målt i samme
kørsel: *gulvet* (et tomt Python-kald med de samme argumenter — hurtigere kan et kald ikke
blive; det kaldes i den samme løkke som funktionen) og, hvor det findes, en *naiv
reference* (fx den læsbare regel uden hurtig vej).

Målinger, der skal sammenlignes, kan køres på skift (`paa_skift`): én runde af hver ad
gangen, og forholdet regnes runde for runde, så en maskine, der skifter tempo midt i en
kørsel, ikke giver den ene måling de hurtige runder og den anden de langsomme.

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
from typing import Any, NamedTuple

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

    def __init__(self, navn: str, rater: Sequence[float], skift: object | None = None) -> None:
        self.navn = navn
        self.i_orden = list(rater)
        self.rater = sorted(rater)
        self._skift = skift

    @property
    def median(self) -> float:
        return statistics.median(self.rater)

    def forhold(self, reference: Maaling) -> float:
        """Hvor mange gange `reference`s rate denne måling har. For målinger kørt på skift
        (`paa_skift`) er det medianen af forholdet runde for runde — skifter maskinen tempo
        undervejs, rammer det begge målinger i runden; ellers forholdet mellem medianerne."""
        if self._skift is not None and self._skift is reference._skift:
            return statistics.median(
                a / b for a, b in zip(self.i_orden, reference.i_orden, strict=True)
            )
        return self.median / reference.median

    def linje(self, *, gulv: Maaling | None = None, reference: Maaling | None = None) -> str:
        tekst = (
            f"{self.navn:<58} median {self.median:>12,.0f}/s "
            f"(min {self.rater[0]:,.0f}, max {self.rater[-1]:,.0f}; {len(self.rater)} runder)"
        )
        if reference is not None:
            tekst += f"; {self.forhold(reference):.2f}× referencen"
        if gulv is not None:
            tekst += f"; {1 / self.forhold(gulv):.1f}× gulvets tid"
        return tekst


class Opgave(NamedTuple):
    """Én måling, klar til at køre: `runde()` kører én runde og giver dens rate (kald eller
    rækker pr. CPU-sekund). `kald` og `raekker` bygger de almindelige; et script kan bygge sin
    egen, fx en batch, der får en ny bid data i hver runde."""

    navn: str
    runde: Callable[[], float]


def rate(antal: int, sekunder: float) -> float:
    """`antal` kald eller rækker på `sekunder` CPU-sekunder, pr. CPU-sekund."""
    return antal / max(sekunder, 1e-9)


def kald(navn: str, loekke: Callable[[Sequence[Any]], Any], args: Sequence[Any]) -> Opgave:
    """Kald pr. CPU-sekund: `loekke(args)` kalder funktionen én gang pr. element i `args`
    (en almindelig for-løkke, som `timeit`; gc slået fra under runden)."""
    if HURTIG:
        args = args[: max(1, len(args) // 10)]
    loekke(args[:1000])  # opvarmning: caches fyldes
    return Opgave(navn, lambda: rate(len(args), _runde(lambda: loekke(args), 1)))


def raekker(navn: str, batch: Callable[[Sequence[Any]], Any], data: Sequence[Any]) -> Opgave:
    """Rækker pr. CPU-sekund for en batchfunktion over `data` (gc slået til, som i brug)."""
    if HURTIG:
        data = data[: max(1, len(data) // 10)]
    batch(data[:1000])  # opvarmning
    return Opgave(navn, lambda: rate(len(data), _batchrunde(lambda: batch(data))))


def paa_skift(*opgaver: Opgave, runder: int = RUNDER) -> list[Maaling]:
    """Kør målingerne på skift: første runde af hver, så anden runde af hver, … (`runder`
    gange, som standard `RUNDER`). Målingerne kan så sammenlignes runde for runde
    (`Maaling.forhold`)."""
    skift = object()
    rater: list[list[float]] = [[] for _ in opgaver]
    for _ in range(runder):
        for opgave, liste in zip(opgaver, rater, strict=True):
            liste.append(opgave.runde())
    return [
        Maaling(opgave.navn, liste, skift) for opgave, liste in zip(opgaver, rater, strict=True)
    ]


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
