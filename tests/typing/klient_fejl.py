"""Forkert brug: hver linje med `# fejl: <navn>` skal afvises af `mypy --strict`.

tests/test_typing.py kører mypy og kræver en fejl på netop de linjer (issue 19, punkt 3).
"""

from __future__ import annotations

from hypothesis import strategies as st

from forloebsregler import (
    ForloebsreglerFejl,
    Taksttabel,
    stratificer,
    tyngdekategori,
    vurder_forloeb,
)
from forloebsregler.testing import StratificeringsInput, stratificeringsinput, taksttabeller
from forloebsregler.typer import Beloeb, Tidspunkt, TyngdekategoriNavn

tyngdekategori([1])  # fejl: tyngdekategori_liste
Taksttabel(1, 2, 3, 4)  # fejl: taksttabel_tal
vurder_forloeb(42)  # fejl: vurder_forloeb_tal
stratificer("NEDTRYKTHED", [])  # fejl: stratificer_streng

navn: TyngdekategoriNavn = "KATEGORI_9"  # fejl: ukendt_enumnavn
beloeb: Beloeb = 1.5  # fejl: float_beloeb
tidspunkt: Tidspunkt = 5  # fejl: tal_som_tidspunkt
forkert: st.SearchStrategy[int] = taksttabeller()  # fejl: strategiens_type
ugyldig_strategi = stratificeringsinput(gyldig=False)
ugyldige: st.SearchStrategy[StratificeringsInput] = ugyldig_strategi  # fejl: ugyldige_utypede


def kode_som_tal(fejl: ForloebsreglerFejl) -> int:
    return fejl.kode  # fejl: kode_er_tekst
