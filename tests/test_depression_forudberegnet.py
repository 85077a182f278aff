"""De forudberegnede depressionstabeller er byggefunktionernes output (ingen forældede værdier).

Sværhedsvurderingerne (`svaerhedsgrad._SVAERHED`), niveaudelene (`stratificering._STRATADELE`),
skemaets celler (`STRATIFICERINGSMODEL`) og de gemte kompleksitetsvurderinger bygges ved import
eller ved første kald og genbruges derefter. Svarene i tabellerne prøves mod kilden i
sagstabellerne (`tests/sager/depression.toml`) og i `test_stratificering.py`; her prøves, at en
ny bygning giver præcis de samme værdier — så det er byggefunktionerne selv, der står bag
svarene, og ikke kun en tabel bygget én gang (det var en blind plet for mutationstesten, der
slår en mutant til efter importen; se docs/kvalitet.md).
"""

from __future__ import annotations

import pytest

import forloebsregler.kompleksitet as kompleksitet
import forloebsregler.stratificering as s
import forloebsregler.stratificeringsmodel as model
import forloebsregler.svaerhedsgrad as sv
from forloebsregler import (
    Fortolkning,
    Kernesymptom,
    KomplicerendeFaktor,
    Ledsagesymptom,
    StyrkendeFaktor,
    Svar,
    vurder_antal_symptomer,
)
from forloebsregler._depression_grundlag import anden_laesning

_TAELLINGER = [
    (nk, nl) for nk in range(len(Kernesymptom) + 1) for nl in range(len(Ledsagesymptom) + 1)
]


@pytest.mark.parametrize("fortolkning", list(Fortolkning))
def test_svaerhedsvurderingerne_bygges_ens(fortolkning: Fortolkning) -> None:
    bogstavelig = fortolkning is Fortolkning.BOGSTAVELIG
    for nk, nl in _TAELLINGER:
        ny = sv._lav_svaerhedsvurdering(nk, nl, fortolkning)
        assert ny == sv._SVAERHED[(nk, nl, fortolkning)], (nk, nl)
        assert str(ny) == str(sv._SVAERHED[(nk, nl, fortolkning)])
        assert sv._SVAERHED_HURTIG[(nk, nl, bogstavelig)] is sv._SVAERHED[(nk, nl, fortolkning)]
    assert len(sv._SVAERHED) == 2 * len(_TAELLINGER)


@pytest.mark.parametrize(
    ("hoej", "afgoerelse"),
    [(True, Svar.OPFYLDT), (False, Svar.IKKE_OPFYLDT), (None, Svar.KAN_IKKE_AFGOERES)],
)
@pytest.mark.parametrize("fortolkning", list(Fortolkning))
def test_niveaudelene_bygges_ens(
    fortolkning: Fortolkning, hoej: bool | None, afgoerelse: Svar
) -> None:
    bogstavelig = fortolkning is Fortolkning.BOGSTAVELIG
    for nk, nl in _TAELLINGER:
        ny = s._stratadel(
            vurder_antal_symptomer(nk, nl, fortolkning=fortolkning),
            afgoerelse,
            vurder_antal_symptomer(nk, nl, fortolkning=anden_laesning(fortolkning)),
        )
        assert ny == s._STRATADELE[(nk, nl, bogstavelig, hoej)], (nk, nl)


def test_skemaets_celler_bygges_ens() -> None:
    for celle in model.STRATIFICERINGSMODEL:
        assert model._fase(celle.niveau, celle.fase, celle.aktoerer, celle.indsatser) == celle
        assert celle.kilde is model.KILDE_MODEL


@pytest.mark.parametrize("hoej", [True, False, None])
def test_gemte_kompleksitetsvurderinger_er_som_nye(hoej: bool | None) -> None:
    """`kompleksitet_for` gemmer vurderingen pr. faktorsæt; en gemt vurdering er den samme som
    en nybygget (også når lageret var fyldt, før testen begyndte)."""
    saet = [
        (frozenset(), frozenset()),
        (frozenset({KomplicerendeFaktor.ALVORLIGT_MISBRUG}), frozenset()),
        (frozenset(KomplicerendeFaktor), frozenset(StyrkendeFaktor)),
        (frozenset(), frozenset({next(iter(StyrkendeFaktor))})),
    ]
    for komp, styrk in saet:
        gemt = kompleksitet.kompleksitet_for(komp, styrk, hoej)
        ny = kompleksitet._lav_kompleksitet(komp, styrk, hoej)
        assert ny == gemt
        assert str(ny) == str(gemt)
        assert kompleksitet.kompleksitet_for(komp, styrk, hoej) is gemt


def test_niveaudelene_regnes_ved_foerste_opslag_ikke_ved_importen() -> None:
    """Issue 18 punkt 5: intet regnes ved importen, som kan regnes ved første brug. Efter
    `import forloebsregler` er ingen niveaudel regnet; et kald regner (og gemmer) netop den
    niveaudel, det bruger. Et kald med to kernesymptomer og to ledsagesymptomer under ICD-10
    er let depression (mindst 2 kerne og i alt 4, Kap. 5); uden klinisk vurdering af
    kompleksiteten er niveauet ikke afgjort."""
    import subprocess
    import sys

    kode = (
        "import forloebsregler\n"
        "from forloebsregler import stratificering as s\n"
        "print(len(s._STRATADELE))\n"
        "r = forloebsregler.stratificer(['NEDTRYKTHED', 'NEDSAT_LYST_ELLER_INTERESSE'],\n"
        "    ['SOEVNFORSTYRRELSER', 'AGITATION_ELLER_HAEMNING'])\n"
        "print(r.svaerhedsvurdering.svaerhedsgrad.name, r.afgjort, list(s._STRATADELE))\n"
    )
    foer, efter = subprocess.run(
        [sys.executable, "-c", kode], capture_output=True, text=True, check=True
    ).stdout.splitlines()
    assert foer == "0"
    assert efter == "LET False [(2, 2, False, None)]"
