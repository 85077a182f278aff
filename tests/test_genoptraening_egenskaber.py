"""Egenskaber for genoptræningsreglerne (Hypothesis)."""

from __future__ import annotations

import contextlib
import itertools
from datetime import UTC, date, datetime, timedelta, timezone
from typing import Any
from zoneinfo import ZoneInfo

from hypothesis import example, given
from hypothesis import strategies as st

from forloebsregler import (
    KOEBENHAVN,
    ForloebsreglerFejl,
    Fristgrundlag,
    Genoptraeningsudfald,
    PeriodeFejl,
    almen_niveau,
    frit_leverandoervalg,
    kontroller_planoverdragelse,
    opstartsfrist,
    opstartsfrister,
    ret_til_genoptraeningsplan,
    vurder_genoptraeningsbehov,
)
from forloebsregler._valider import er_pladsholder
from forloebsregler.testing import datoer
from forloebsregler.testing.genoptraening import (
    behovssvar,
    niveausvar,
    plansvar,
    udskrivninger,
)

UKENDT = Genoptraeningsudfald.KAN_IKKE_AFGOERES

# Zonerne til fuzzing (vilkårlige tidspunkter, også naive og uden for kalenderen).
_ZONER = st.sampled_from(
    [
        UTC,
        KOEBENHAVN,
        ZoneInfo("America/New_York"),
        ZoneInfo("Asia/Tokyo"),
        timezone(timedelta(hours=-12)),
        timezone(timedelta(hours=14)),
        timezone(timedelta(hours=5, minutes=30)),
    ]
)
# De offentlige strategier (forloebsregler.testing), udvidet til 1950–2150: datoer, der
# favoriserer kantdatoerne og intervallets ender, og udskrivninger som tidszonebevidste
# tidspunkter i de samme syv zoner (København, UTC, −12, +14, +5.30, New York, Tokyo), der
# favoriserer sene aftener. Forskydninger i dage (startdato, tilbud) og sekunder (udlevering)
# er afstande til den trukne dato og bliver `st.`.
_FRA, _TIL = date(1950, 1, 1), date(2150, 12, 31)
_DATOER = datoer(fra=_FRA, til=_TIL)
# GEN-15: tekster, der kun siger, at begrundelsen er ukendt eller mangler, er ingen begrundelse
_TIDSPUNKTER = udskrivninger(tekst=False, fra=_FRA, til=_TIL).filter(
    lambda u: isinstance(u, datetime)
)


@given(_DATOER)
def test_uden_sygehusdato_er_fristen_syv_kalenderdage_efter(udskrivning: date) -> None:
    r = opstartsfrist(udskrivning)
    assert r.dato == udskrivning + timedelta(days=7)
    assert r.dato.weekday() == udskrivning.weekday()
    assert r.grundlag is Fristgrundlag.SYV_KALENDERDAGE


@given(_TIDSPUNKTER)
def test_tidspunkt_taeller_paa_lokal_dato(udskrivning: datetime) -> None:
    lokal = udskrivning.astimezone(KOEBENHAVN).date()
    assert opstartsfrist(udskrivning).dato == lokal + timedelta(days=7)
    # samme øjeblik i en anden zone giver samme frist
    assert opstartsfrist(udskrivning.astimezone(UTC)).dato == lokal + timedelta(days=7)


@given(
    _DATOER,
    st.integers(min_value=8, max_value=400),
    st.text(min_size=1).filter(lambda t: bool(t.strip()) and not er_pladsholder(t)),
)
def test_begrundet_senere_dato_er_fristen(udskrivning: date, dage: int, grund: str) -> None:
    start = udskrivning + timedelta(days=dage)
    r = opstartsfrist(udskrivning, sygehusets_startdato=start, begrundelse=grund)
    assert r.dato == start
    assert r.grundlag is Fristgrundlag.SYGEHUSETS_STARTDATO
    assert r.syvdagesfrist == udskrivning + timedelta(days=7)


@given(_DATOER, st.integers(min_value=0, max_value=7), st.one_of(st.none(), st.just("x")))
def test_sygehusdato_inden_for_fristen_aendrer_intet(
    udskrivning: date, dage: int, grund: str | None
) -> None:
    start = udskrivning + timedelta(days=dage)
    r = opstartsfrist(udskrivning, sygehusets_startdato=start, begrundelse=grund)
    assert r.dato == udskrivning + timedelta(days=7)


@given(_DATOER, st.integers(min_value=8, max_value=400))
def test_senere_dato_uden_begrundelse_kan_ikke_afgoeres(udskrivning: date, dage: int) -> None:
    # GEN-03: den manglende begrundelse er et manglende faktum, ikke en fejl
    r = opstartsfrist(udskrivning, sygehusets_startdato=udskrivning + timedelta(days=dage))
    assert r.dato is None and r.grundlag is None
    assert r.syvdagesfrist == udskrivning + timedelta(days=7)
    assert r.begrundelse.startswith("Kan ikke afgøres")


@given(_DATOER, st.integers(min_value=1, max_value=400))
def test_sygehusdato_foer_udskrivning_er_fejl(udskrivning: date, dage: int) -> None:
    try:
        opstartsfrist(
            udskrivning, sygehusets_startdato=udskrivning - timedelta(days=dage), begrundelse="x"
        )
    except PeriodeFejl:
        return
    raise AssertionError("en startdato før udskrivningen skal afvises")


@given(_DATOER, st.integers(min_value=0, max_value=60), st.integers(min_value=0, max_value=60))
def test_frit_valg_naar_tilbuddet_er_efter_fristen(
    udskrivning: date, sygehus_dage: int, tilbud_dage: int
) -> None:
    start = udskrivning + timedelta(days=sygehus_dage)
    tilbudt = udskrivning + timedelta(days=tilbud_dage)
    r = frit_leverandoervalg(udskrivning, tilbudt, sygehusets_startdato=start, begrundelse="x")
    frist = max(start, udskrivning + timedelta(days=7))
    assert r.frist.dato == frist
    assert (r.ret_til_frit_valg is Genoptraeningsudfald.OPFYLDT) is (tilbudt > frist)
    assert r.dage_for_sent == max(0, (tilbudt - frist).days)


@given(_TIDSPUNKTER, st.integers(min_value=-(10**6), max_value=10**6))
@example(datetime(1999, 3, 28, 3, 0, tzinfo=ZoneInfo("Europe/Copenhagen")), -1)  # fandt CI
@example(datetime(2024, 10, 27, 2, 30, fold=1, tzinfo=ZoneInfo("Europe/Copenhagen")), -1800)
def test_plan_rettidig_naar_udleveret_senest_ved_udskrivning(
    udskrivning: datetime, sekunder: int
) -> None:
    # Reel forløbet tid (øjeblikke), ikke vægurstid: udskrivning + timedelta med samme ZoneInfo
    # ville lægge sekunderne til vægurstiden og kunne lande i forårets manglende time.
    udleveret = (udskrivning.astimezone(UTC) + timedelta(seconds=sekunder)).astimezone(
        udskrivning.tzinfo
    )
    r = kontroller_planoverdragelse(udskrivning, udleveret)
    forventet = Genoptraeningsudfald.OPFYLDT if sekunder <= 0 else Genoptraeningsudfald.IKKE_OPFYLDT
    assert r.rettidig is forventet


_BEHOVSNAVNE = (
    "helhedsvurdering",
    "motiveret_med_potentiale",
    "kan_klare_sig_ved_egen_hjaelp",
    "behov_diffuse_eller_bedre_anden_indsats",
    "bevaegelsesmaessig",
    "aktivitetsmaessig",
    "mental",
    "social",
)


@given(behovssvar())
def test_behov_afgjort_svar_aendres_ikke_af_ukendte(svar: dict[str, bool | None]) -> None:
    r = vurder_genoptraeningsbehov(**svar)
    # helhedsvurderingens tre punkter afgør intet alene (GEN-06)
    for punkter in itertools.product([True, False, None], repeat=3):
        andre = dict(zip(_BEHOVSNAVNE[1:4], punkter, strict=True))
        assert vurder_genoptraeningsbehov(**{**svar, **andre}).plan_indiceret is r.plan_indiceret
    afgoerende = [_BEHOVSNAVNE[0], *_BEHOVSNAVNE[4:]]
    ukendte = [n for n in afgoerende if svar[n] is None]
    if not ukendte:
        assert r.plan_indiceret is not UKENDT
        forventet = svar["helhedsvurdering"] is True and any(svar[n] for n in _BEHOVSNAVNE[4:])
        assert (r.plan_indiceret is Genoptraeningsudfald.OPFYLDT) is forventet
        return
    # hver udfyldning af de ukendte svar giver et svar, der er foreneligt med resultatet
    udfald = set()
    for fyld in itertools.product([True, False], repeat=len(ukendte)):
        fuld = {**svar, **dict(zip(ukendte, fyld, strict=True))}
        udfald.add(vurder_genoptraeningsbehov(**fuld).plan_indiceret)
    if r.plan_indiceret is UKENDT:
        assert len(udfald) == 2
    else:
        assert udfald == {r.plan_indiceret}


_PLANNAVNE = (
    "laegefagligt_begrundet_behov",
    "relaterer_sig_til_aktuel_sygehuskontakt",
    "baggrund_i_funktionsevnetab",
)


@given(plansvar())
def test_ret_til_plan_afgjort_svar_aendres_ikke_af_ukendte(svar: dict[str, Any]) -> None:
    # `plansvar` giver de tre betingelser (True/False/None) og evt. en henviser, som står fast
    r = ret_til_genoptraeningsplan(**svar)
    ukendte = [n for n in _PLANNAVNE if svar[n] is None]
    udfald = {
        ret_til_genoptraeningsplan(**{**svar, **dict(zip(ukendte, fyld, strict=True))}).ret_til_plan
        for fyld in itertools.product([True, False], repeat=len(ukendte))
    }
    if r.ret_til_plan is UKENDT:
        assert len(udfald) == 2
    else:
        assert udfald == {r.ret_til_plan}


@given(niveausvar())
def test_almen_niveau_afgjort_svar_aendres_ikke_af_ukendte(svar: dict[str, Any]) -> None:
    a = svar["omfattende_funktionsevnenedsaettelser"]
    b = svar["komplikationer_af_betydning"]
    r = almen_niveau(omfattende_funktionsevnenedsaettelser=a, komplikationer_af_betydning=b)
    fyldte = {
        almen_niveau(
            omfattende_funktionsevnenedsaettelser=a if a is not None else x,
            komplikationer_af_betydning=b if b is not None else y,
        ).niveau
        for x in (True, False)
        for y in (True, False)
    }
    if r.niveau is None:
        assert len(fyldte) == 2
    else:
        assert fyldte == {r.niveau}


# --- Fuzzing: kun ForloebsreglerFejl må slippe ud -----------------------------------------------

_ALT: st.SearchStrategy[Any] = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(),
    st.floats(),
    st.decimals(),
    st.text(max_size=30),
    st.binary(max_size=10),
    st.dates(),
    st.datetimes(),
    st.datetimes(timezones=_ZONER),
    st.lists(st.integers(), max_size=3),
    st.dictionaries(st.text(max_size=5), st.integers(), max_size=3),
    st.sampled_from(["2024-03-01", "2024-03-01T23:30:00+00:00", "9999-12-31", "JA"]),
)


def _kun_egne_fejl(funktion: Any, *args: Any, **kwargs: Any) -> None:
    with contextlib.suppress(ForloebsreglerFejl):
        funktion(*args, **kwargs)


@given(_ALT, _ALT, _ALT, _ALT)
def test_fuzz_frister(a: Any, b: Any, c: Any, d: Any) -> None:
    _kun_egne_fejl(opstartsfrist, a)
    _kun_egne_fejl(opstartsfrist, a, sygehusets_startdato=b, begrundelse=c)
    _kun_egne_fejl(frit_leverandoervalg, a, b, sygehusets_startdato=c, begrundelse=d)
    _kun_egne_fejl(kontroller_planoverdragelse, a, b, samtykke_til_praktiserende_laege=c)
    _kun_egne_fejl(opstartsfrist, a, kontakt=b)
    _kun_egne_fejl(frit_leverandoervalg, a, b, kontakt=c)
    _kun_egne_fejl(kontroller_planoverdragelse, a, b, kontakt=d)


@given(st.lists(_ALT, min_size=8, max_size=8), _ALT)
def test_fuzz_vurderinger(svar: list[Any], henviser: Any) -> None:
    _kun_egne_fejl(vurder_genoptraeningsbehov, **dict(zip(_BEHOVSNAVNE, svar, strict=True)))
    _kun_egne_fejl(
        ret_til_genoptraeningsplan,
        laegefagligt_begrundet_behov=svar[0],
        relaterer_sig_til_aktuel_sygehuskontakt=svar[1],
        baggrund_i_funktionsevnetab=svar[2],
        henviser=henviser,
    )
    _kun_egne_fejl(
        almen_niveau,
        omfattende_funktionsevnenedsaettelser=svar[3],
        komplikationer_af_betydning=svar[4],
    )


_NOEGLER = st.sampled_from(
    ["id", "udskrivning", "tilbudt_opstart", "sygehusets_startdato", "begrundelse", "kontakt", "x"]
)


@given(st.lists(st.one_of(_ALT, st.dictionaries(_NOEGLER, _ALT, max_size=5)), max_size=6))
def test_fuzz_batch_giver_en_post_pr_raekke(raekker: list[Any]) -> None:
    poster = opstartsfrister(raekker)
    assert len(poster) == len(raekker)
    for nr, post in enumerate(poster, start=1):
        assert post["raekke"] == nr
        if post["fejl"] is not None:
            assert post["frist"] is None and post["udskrivningsdato"] is None
        else:
            assert post["udskrivningsdato"] is not None


@given(
    st.lists(
        st.tuples(_DATOER, st.one_of(st.none(), st.integers(min_value=0, max_value=30))),
        max_size=5,
    )
)
def test_batch_svarer_til_enkeltkald(raekker: list[tuple[date, int | None]]) -> None:
    data = [
        {"udskrivning": u, "tilbudt_opstart": None if d is None else u + timedelta(days=d)}
        for u, d in raekker
    ]
    for post, raekke in zip(opstartsfrister(data), data, strict=True):
        enkelt = frit_leverandoervalg(raekke["udskrivning"], raekke["tilbudt_opstart"])
        assert enkelt.frist.dato is not None
        assert post["frist"] == enkelt.frist.dato.isoformat()
        assert post["dage_for_sent"] == enkelt.dage_for_sent
        assert post["frit_valg"] == enkelt.ret_til_frit_valg.name
        assert post["fejl"] is None
