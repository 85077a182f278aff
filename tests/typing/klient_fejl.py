"""Forkert brug: hver linje med `# fejl: <navn>` skal afvises af `mypy --strict`.

tests/test_typing.py kører mypy og kræver en fejl på netop de linjer (issue 19, punkt 3).
"""

from __future__ import annotations

from hypothesis import strategies as st

from forloebsregler import (
    ForloebsreglerFejl,
    Rehabiliteringselement,
    Taksttabel,
    halvaarsopgoerelse,
    kontroller_faktura,
    overdragelsesbetingelser,
    regional_finansiering,
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
regional_finansiering("KATEGORI_9")  # fejl: ukendt_kategorinavn
overdragelsesbetingelser("VAESKE", hjem_egnet="ja")  # fejl: tekst_som_bool
Rehabiliteringselement(1, 2, 3, 4)  # fejl: rehabiliteringselement_tal
halvaarsopgoerelse("VAESKE", aar=2026, halvaar=1, enhed=5)  # fejl: tal_som_tekst
kontroller_faktura(skriftlig_aftale=True, blanket_vedhaeftet=True, afdelinger="M")  # fejl: afd

navn: TyngdekategoriNavn = "KATEGORI_9"  # fejl: ukendt_enumnavn
beloeb: Beloeb = 1.5  # fejl: float_beloeb
tidspunkt: Tidspunkt = 5  # fejl: tal_som_tidspunkt
forkert: st.SearchStrategy[int] = taksttabeller()  # fejl: strategiens_type
ugyldig_strategi = stratificeringsinput(gyldig=False)
ugyldige: st.SearchStrategy[StratificeringsInput] = ugyldig_strategi  # fejl: ugyldige_utypede


def kode_som_tal(fejl: ForloebsreglerFejl) -> int:
    return fejl.kode  # fejl: kode_er_tekst
