"""Egenskaber for sværhedsgrad og stratificering (Hypothesis)."""

from __future__ import annotations

from collections.abc import Iterable
from enum import Enum
from random import Random

from hypothesis import given
from hypothesis import strategies as st

from forloebsregler import (
    Afgoerelse,
    Fortolkning,
    Kernesymptom,
    KomplicerendeFaktor,
    Ledsagesymptom,
    Stratificeringsniveau,
    StyrkendeFaktor,
    Svaerhedsgrad,
    stratificer,
    vurder_diagnose,
    vurder_svaerhedsgrad,
)
from forloebsregler.testing import (
    enum_vaerdier,
    fortolkninger,
    kernesymptomer,
    kliniske_vurderinger,
    ledsagesymptomer,
    medlemsmaengder,
)

# De offentlige strategier (forloebsregler.testing). Mængdelæren (`k | {ny}`) kræver mængder af
# medlemmer; symptomet, der lægges til, og læsningen kommer i alle de former, biblioteket tager
# (medlem, navn med store eller små bogstaver, tekstværdi).
kerne = medlemsmaengder(Kernesymptom)
ledsage = medlemsmaengder(Ledsagesymptom)
komplicerende = medlemsmaengder(KomplicerendeFaktor)
styrkende = medlemsmaengder(StyrkendeFaktor)
fortolkning = fortolkninger()
hoej = kliniske_vurderinger()


def _laesning(f: object) -> Fortolkning:
    """Læsningen, som `f` (medlem, navn eller tekstværdi) står for."""
    if isinstance(f, Fortolkning):
        return f
    noegle = str(f).strip().upper()
    return next(m for m in Fortolkning if noegle in (m.name, m.value.upper()))


def _smaa_bogstaver(v: object) -> str:
    """Et symptom som navn med små bogstaver (en tekst beholder sin form, med små bogstaver)."""
    return v.name.lower() if isinstance(v, Enum) else str(v).lower()


@given(kerne, ledsage, fortolkning, enum_vaerdier(Kernesymptom))
def test_et_kernesymptom_mere_saenker_aldrig(
    k: frozenset[Kernesymptom],
    ledsg: frozenset[Ledsagesymptom],
    f: Fortolkning | str,
    ny: Kernesymptom | str,
) -> None:
    foer = vurder_svaerhedsgrad(k, ledsg, fortolkning=f).svaerhedsgrad
    efter = vurder_svaerhedsgrad(k | {ny}, ledsg, fortolkning=f).svaerhedsgrad
    assert efter >= foer


@given(kerne, ledsage, fortolkning, enum_vaerdier(Ledsagesymptom))
def test_et_ledsagesymptom_mere_saenker_aldrig(
    k: frozenset[Kernesymptom],
    ledsg: frozenset[Ledsagesymptom],
    f: Fortolkning | str,
    ny: Ledsagesymptom | str,
) -> None:
    foer = vurder_svaerhedsgrad(k, ledsg, fortolkning=f).svaerhedsgrad
    efter = vurder_svaerhedsgrad(k, ledsg | {ny}, fortolkning=f).svaerhedsgrad
    assert efter >= foer


@given(kerne, ledsage)
def test_bogstavelig_er_aldrig_strengere_end_icd10_omvendt(
    k: frozenset[Kernesymptom], ledsg: frozenset[Ledsagesymptom]
) -> None:
    # Kap. 5's bogstavelige krav (2+2, 2+4, 3+5) medfører ICD-10's (i alt 4, 6, 8)
    icd = vurder_svaerhedsgrad(k, ledsg).svaerhedsgrad
    bogst = vurder_svaerhedsgrad(k, ledsg, fortolkning="BOGSTAVELIG").svaerhedsgrad
    assert bogst <= icd


@given(kernesymptomer(), ledsagesymptomer(), st.randoms(), fortolkning)
def test_orden_og_dubletter_er_ligegyldige(
    kernesamling: Iterable[Kernesymptom | str],
    ledsagesamling: Iterable[Ledsagesymptom | str],
    rnd: Random,
    f: Fortolkning | str,
) -> None:
    # samlingerne kommer som mængde, tuple eller liste (med gentagelser) af medlemmer og navne
    k = list(kernesamling)
    ledsg = list(ledsagesamling)
    blandet_k = [*k, *k]
    blandet_l = [*ledsg, *ledsg]
    rnd.shuffle(blandet_k)
    rnd.shuffle(blandet_l)
    a = stratificer(k, ledsg, fortolkning=f)
    b = stratificer(blandet_k, [_smaa_bogstaver(m) for m in blandet_l], fortolkning=f)
    c = stratificer(frozenset(k), frozenset(ledsg), fortolkning=f)
    assert a == b == c


@given(kerne, ledsage, komplicerende, styrkende, hoej, fortolkning)
def test_hvert_resultat_har_kilder_og_begrundelse(
    k: frozenset[Kernesymptom],
    ledsg: frozenset[Ledsagesymptom],
    komp: frozenset[KomplicerendeFaktor],
    styrk: frozenset[StyrkendeFaktor],
    h: bool | None,
    f: Fortolkning | str,
) -> None:
    r = stratificer(
        k, ledsg, komplicerende=komp, styrkende=styrk, hoej_kompleksitet=h, fortolkning=f
    )
    for resultat in (r, r.svaerhedsvurdering, r.kompleksitetsvurdering):
        assert len(resultat.kilder) >= 1
        assert str(resultat).strip()
    assert r.kompleksitetsvurdering.komplicerende_faktorer == tuple(
        x for x in KomplicerendeFaktor if x in komp
    )


@given(kerne, ledsage, komplicerende, hoej, fortolkning)
def test_niveauet_foelger_reglen(
    k: frozenset[Kernesymptom],
    ledsg: frozenset[Ledsagesymptom],
    komp: frozenset[KomplicerendeFaktor],
    h: bool | None,
    f: Fortolkning | str,
) -> None:
    r = stratificer(k, ledsg, komplicerende=komp, hoej_kompleksitet=h, fortolkning=f)
    grad = r.svaerhedsvurdering.svaerhedsgrad
    sv = Stratificeringsniveau.SVAER_ELLER_HOEJ_KOMPLEKSITET
    if grad is Svaerhedsgrad.INGEN:
        assert r.niveau is None and r.afgjort
    elif grad is Svaerhedsgrad.SVAER or h is True:
        assert r.niveau is sv
    elif h is None:
        # aldrig et gæt: faktorerne alene afgør ikke kompleksiteten
        assert r.niveau is None and not r.afgjort and sv in r.mulige_niveauer
        assert r.kompleksitetsvurdering.hoej_kompleksitet is Afgoerelse.KAN_IKKE_AFGOERES
    else:
        assert r.niveau is not None and r.niveau is not sv
    assert r.afgjort == (r.niveau is not None or grad is Svaerhedsgrad.INGEN)


@given(kerne, ledsage, fortolkning)
def test_ukendt_varighed_gaetter_aldrig(
    k: frozenset[Kernesymptom], ledsg: frozenset[Ledsagesymptom], f: Fortolkning | str
) -> None:
    r = vurder_diagnose(k, ledsg, None, fortolkning=f)
    if r.svaerhedsvurdering.svaerhedsgrad is Svaerhedsgrad.INGEN:
        assert r.diagnose is Afgoerelse.IKKE_OPFYLDT
    else:
        assert r.diagnose is Afgoerelse.KAN_IKKE_AFGOERES


@given(kerne, ledsage, fortolkning, hoej)
def test_stratificering_naevner_laesningen_naar_niveauet_afhaenger_af_den(
    k: frozenset[Kernesymptom],
    ledsg: frozenset[Ledsagesymptom],
    f: Fortolkning | str,
    h: bool | None,
) -> None:
    anden = Fortolkning.BOGSTAVELIG if _laesning(f) is Fortolkning.ICD10 else Fortolkning.ICD10
    r = stratificer(k, ledsg, hoej_kompleksitet=h, fortolkning=f)
    o = stratificer(k, ledsg, hoej_kompleksitet=h, fortolkning=anden)
    forskellig = (r.niveau, r.mulige_niveauer) != (o.niveau, o.mulige_niveauer)
    assert ("DEP-01" in r.fortolkninger) is forskellig
    assert ("DEP-01" in o.fortolkninger) is forskellig
    assert ("DEP-03" in r.fortolkninger) is (not r.afgjort)
