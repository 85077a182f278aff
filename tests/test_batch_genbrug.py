"""Batchkørslen genbruger svaret for rækker med de samme argumenter (issue 18: et register har
mange ens rækker). Genbruget må aldrig ændre et svar: hver række skal give præcis den post, den
ville give alene — også når to værdier er lige uden at være ens (`Decimal("1.0")` og
`Decimal("1.00")`, det samme øjeblik i to zoner), som kan give forskellig tekst."""

from __future__ import annotations

import math
from datetime import UTC, date, datetime, timedelta, timezone, tzinfo
from decimal import Context, Decimal, getcontext, setcontext
from typing import Any
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given
from hypothesis import strategies as st

from forloebsregler import batch
from forloebsregler._batchkoersel import Felt, Genbrug, Omraadespec, _Koersel, _noegle
from forloebsregler._kontekst import KONTEKST
from forloebsregler.fejl import UgyldigVaerdiFejl
from forloebsregler.genoptraening import Genoptraeningskontakt
from forloebsregler.genoptraeningsfrist import opstartsfrister
from forloebsregler.iv_finansiering import vurder_forloeb
from forloebsregler.kilder import Dokument
from forloebsregler.testing import batchraekker, enum_vaerdier, iv_forloeb, opstartsraekker

KBH = ZoneInfo("Europe/Copenhagen")


def _alene(omraade: str, raekker: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Hver række kørt i sin egen batch (intet at genbruge), med rækkens nummer."""
    return [
        next(batch.koer_batch(omraade, [r], foerste_raekke=i + 1)) for i, r in enumerate(raekker)
    ]


# Rækkerne kommer fra de offentlige strategier (forloebsregler.testing), samlet som i et register:
# få forskellige rækker, der gentager sig, nogle gange med én celle skrevet anderledes, men lige
# (Decimal("1.0")/Decimal("1.00")/1/"1", en tekst med mellemrum efter, det samme øjeblik i en
# anden zone eller som ISO-tekst). Puljens størrelse og skrivemåderne er testens struktur.


def _skrivemaader(vaerdi: object) -> list[object]:
    """`vaerdi` og lige store, men anderledes skrevne celler (genbruget må ikke slå dem sammen)."""
    try:
        return _andre_skrivemaader(vaerdi)
    except (ArithmeticError, OverflowError, ValueError):  # fx datetime.max i en anden zone
        return [vaerdi]


def _andre_skrivemaader(vaerdi: object) -> list[object]:
    if isinstance(vaerdi, bool) or vaerdi is None:
        return [vaerdi]
    if isinstance(vaerdi, Decimal) and vaerdi.is_finite():
        former: list[object] = [vaerdi, str(vaerdi), str(vaerdi).replace(".", ",")]
        former.append(vaerdi.quantize(Decimal(1).scaleb(vaerdi.as_tuple().exponent - 1)))
        if vaerdi == vaerdi.to_integral_value():
            former.append(int(vaerdi))
        return former
    if isinstance(vaerdi, int):
        return [vaerdi, str(vaerdi), Decimal(vaerdi), Decimal(vaerdi).quantize(Decimal("0.0"))]
    if isinstance(vaerdi, str):
        return [vaerdi, f"{vaerdi} ", f" {vaerdi}"]
    if isinstance(vaerdi, datetime):
        return [vaerdi, vaerdi.astimezone(UTC), vaerdi.astimezone(KBH), vaerdi.isoformat()]
    if isinstance(vaerdi, date):
        return [vaerdi, vaerdi.isoformat()]
    return [vaerdi]


# Faste strategier (en ny strategi pr. træk koster mere end selve trækket); et indeks i en
# liste trækkes som et tal modulo listens længde.
_ANTAL = st.integers(0, 25)
_INDEKS = st.integers(0, 2**16)
_ID = st.integers(0, 3)
_BOOL = st.booleans()


@st.composite
def _register(draw: st.DrawFn, raekker: st.SearchStrategy[Any], ider: bool) -> list[Any]:
    """Op til 25 rækker trukket fra en pulje på 1–4 rækker fra `raekker`; hver gentagelse får
    evt. én celle skrevet anderledes (og med `ider` et id 0–3)."""
    pulje = draw(st.lists(raekker, min_size=1, max_size=4))
    ud: list[Any] = []
    for _ in range(draw(_ANTAL)):
        raekke = pulje[draw(_INDEKS) % len(pulje)]
        if isinstance(raekke, dict):
            raekke = dict(raekke)
            if raekke and draw(_BOOL):
                felter = sorted(raekke)
                felt = felter[draw(_INDEKS) % len(felter)]
                former = _skrivemaader(raekke[felt])
                raekke[felt] = former[draw(_INDEKS) % len(former)]
            if ider:
                raekke["id"] = draw(_ID)
        ud.append(raekke)
    return ud


def _mappings_med_regelfelter(omraade: str) -> st.SearchStrategy[dict[str, Any]]:
    """Gyldige og ugyldige rækker fra `batchraekker`, der er mappings med områdets regelfelter
    (en række, der ikke er en mapping, eller en ekstra kolonne ændrer, hvilke kolonner der
    føres igennem, og dermed postens nøgler — det er ikke genbrugets sag)."""
    felter = {f.navn for f in batch.OMRAADER[omraade].felter}
    return st.one_of(batchraekker(omraade), batchraekker(omraade, gyldig=False)).filter(
        lambda r: isinstance(r, dict) and set(r) <= felter
    )


@given(_register(_mappings_med_regelfelter("iv"), ider=True))
def test_iv_genbrug_som_hver_raekke_alene(raekker: list[dict[str, Any]]) -> None:
    assert list(batch.koer_batch("iv", raekker)) == _alene("iv", raekker)


@given(_register(_mappings_med_regelfelter("koordinator"), ider=False))
def test_koordinator_genbrug_som_hver_raekke_alene(raekker: list[dict[str, Any]]) -> None:
    assert list(batch.koer_batch("koordinator", raekker)) == _alene("koordinator", raekker)


def test_samme_oejeblik_i_to_zoner_giver_hver_sin_post() -> None:
    # Lige som øjeblikke, men tidspunkterne i posten står i hver sin zone.
    start_utc = datetime(2019, 3, 4, 7, 0, tzinfo=UTC)
    start_kbh = start_utc.astimezone(KBH)
    assert start_utc == start_kbh
    raekker = [
        {"start": start_utc, "slut": start_utc + timedelta(hours=5)},
        {"start": start_kbh, "slut": start_kbh + timedelta(hours=5)},
        {"start": start_utc, "slut": start_utc + timedelta(hours=5)},
    ]
    assert list(batch.koer_batch("ledsagelse", raekker)) == _alene("ledsagelse", raekker)


def test_lige_decimaler_med_forskellig_eksponent_giver_hver_sin_tekst() -> None:
    # »1,0 timer« og »1,00 timer«: et genbrug efter lighed ville vise den første tekst to gange.
    poster = list(batch.koer_batch("iv", [{"timer": "1.0"}, {"timer": "1.00"}]))
    assert poster[0]["begrundelse"].startswith("1,0 timer")
    assert poster[1]["begrundelse"].startswith("1,00 timer")


def test_noeglen_skelner_lige_men_forskellige_vaerdier() -> None:
    assert _noegle({"timer": Decimal("1.0")}) != _noegle({"timer": Decimal("1.00")})
    assert _noegle({"t": True}) != _noegle({"t": 1})
    t = datetime(2019, 3, 4, 7, 0, tzinfo=UTC)
    assert _noegle({"t": t}) != _noegle({"t": t.astimezone(KBH)})
    assert _noegle({"t": t}) != _noegle({"t": t.astimezone(timezone(timedelta(hours=1)))})
    assert _noegle({"t": t}) == _noegle({"t": datetime(2019, 3, 4, 7, 0, tzinfo=UTC)})


def test_ukendte_typer_genbruges_ikke() -> None:
    class Tid(datetime):
        pass

    assert _noegle({"t": Tid(2019, 1, 1, tzinfo=UTC)}) is None
    assert _noegle({"t": [object()]}) is None


def test_genbruget_slaar_fra_uden_at_aendre_et_svar() -> None:
    # 1.100 forskellige timetal (0,01 … 11,00 timer) og så tre rækker, hvor to er ens: efter
    # de første 1.024 nye nøgler uden en eneste gentagelse leder kørslen ikke længere efter ens
    # rækker, og hver række giver stadig sin egen tekst.
    forskellige = [{"timer": f"{(i + 1) / 100:.2f}"} for i in range(1100)]
    raekker = [*forskellige, {"timer": "1.0"}, {"timer": "1.00"}, {"timer": "1.0"}]
    koersel = _Koersel(batch.OMRAADER["iv"], True, {})
    koersel.byg(raekker[0])
    poster = [koersel.post(nr, r) for nr, r in enumerate(raekker, start=1)]
    assert koersel.genbrug.aktiv is False
    assert poster[-3]["begrundelse"].startswith("1,0 timer")
    assert poster[-2]["begrundelse"].startswith("1,00 timer")
    assert {**poster[-1], "raekke": None} == {**poster[-3], "raekke": None}
    # tabel 2: 0-5 timer er kategori 1, 5-15 timer kategori 2 (grænsen [nedre, øvre), IV-01)
    assert [poster[i]["kategori"] for i in (0, 498, 499, 1099)] == [
        "KATEGORI_1",
        "KATEGORI_1",
        "KATEGORI_2",
        "KATEGORI_2",
    ]


def test_genbruget_bliver_ved_naar_raekkerne_gentager_sig() -> None:
    raekker = [{"timer": f"{i % 40 + 1}"} for i in range(2000)]
    koersel = _Koersel(batch.OMRAADER["iv"], True, {})
    koersel.byg(raekker[0])
    for nr, r in enumerate(raekker, start=1):
        koersel.post(nr, r)
    assert koersel.genbrug.aktiv is True
    assert koersel.genbrug.opslag == 40


def test_kildecellen_foelger_kildeobjekterne() -> None:
    dok = Dokument("Et dokument", "x.txt")
    a, b = dok.kilde("1. Afsnit", "citat"), dok.kilde("2. Afsnit", "citat")
    try:
        assert batch._kilder((a, b, a)) == "Et dokument, 1. Afsnit; Et dokument, 2. Afsnit"
        assert batch._kilder((b,)) == "Et dokument, 2. Afsnit"
        assert batch._kilder([a]) == "Et dokument, 1. Afsnit"
        assert batch._kilder((a, b, a)) == "Et dokument, 1. Afsnit; Et dokument, 2. Afsnit"
    finally:
        # den opdigtede kilde må ikke blive i den fælles cache (test_kilder finder den ellers)
        batch._KILDETEKSTER.clear()


@given(_register(st.one_of(iv_forloeb(), iv_forloeb(gyldig=False)), ider=True))
def test_vurder_forloeb_genbrug_som_hver_raekke_alene(raekker: list[Any]) -> None:
    assert vurder_forloeb(raekker) == [vurder_forloeb([r])[0] for r in raekker]


def test_vurder_forloeb_ens_raekker_med_hver_sit_id() -> None:
    poster = vurder_forloeb(
        [{"id": 1, "timer": "1.0"}, {"id": 2, "timer": "1.00"}, {"id": 3, "timer": "1.0"}]
    )
    assert [p["id"] for p in poster] == [1, 2, 3]
    assert poster[0]["begrundelse"].startswith("1,0 timer")
    assert poster[1]["begrundelse"].startswith("1,00 timer")
    assert {**poster[2], "id": 1} == poster[0]


# opstartsraekker har ingen sygehuskontakt; den lægges til som medlem, navn eller et ugyldigt navn
_OPSTARTSRAEKKER = st.builds(
    lambda r, kontakt, med: {**r, "kontakt": kontakt} if med and isinstance(r, dict) else r,
    st.one_of(opstartsraekker(), opstartsraekker(gyldig=False)),
    st.one_of(
        enum_vaerdier(Genoptraeningskontakt),
        enum_vaerdier(Genoptraeningskontakt, gyldig=False),
    ),
    st.booleans(),
)


@given(_register(_OPSTARTSRAEKKER, ider=True))
def test_opstartsfrister_genbrug_som_hver_raekke_alene(raekker: list[Any]) -> None:
    alene = []
    for i, r in enumerate(raekker):
        post = {**opstartsfrister([r])[0], "raekke": i + 1}
        if post["fejl"] is not None:  # beskeden nævner rækkens indeks i listen
            post["fejl"] = post["fejl"].replace("raekker[0]", f"raekker[{i}]")
        alene.append(post)
    assert opstartsfrister(raekker) == alene


def test_opstartsfrister_ens_raekker_med_hver_sit_id() -> None:
    # Kap. 10: senest 7 kalenderdage efter udskrivningen; 22.2.2024 + 7 dage = 29.2.2024
    raekker = [
        {"id": i, "udskrivning": "2024-02-22", "tilbudt_opstart": "2024-03-01"} for i in (7, 8)
    ]
    poster = opstartsfrister(raekker)
    assert [
        (p["raekke"], p["id"], p["frist"], p["frit_valg"], p["dage_for_sent"]) for p in poster
    ] == [
        (1, 7, "2024-02-29", "OPFYLDT", 1),
        (2, 8, "2024-02-29", "OPFYLDT", 1),
    ]


def test_en_afvist_raekke_genbruges_med_samme_fejl() -> None:
    # Samme argumenter giver samme afvisning (reglerne er rene): den anden og tredje række
    # får fejlen fra den første uden at regne igen, og med samme tekst og felt.
    raekker = [
        {"id": i, "kernesymptomer": "FORKERT", "ledsagesymptomer": "SOEVNFORSTYRRELSER"}
        for i in range(3)
    ]
    koersel = _Koersel(batch.OMRAADER["depression"], True, {})
    koersel.byg(raekker[0])
    poster = [koersel.post(nr, r) for nr, r in enumerate(raekker, start=1)]
    assert koersel.genbrug.fundne == 2
    alene = _alene("depression", raekker[:1])[0]
    for post in poster:
        assert post["fejl"] == alene["fejl"] and "FORKERT" in post["fejl"]
        assert post["fejlfelt"] == alene["fejlfelt"] == "kernesymptomer"
    assert [p["id"] for p in poster] == [0, 1, 2]


# Tests fra mutationstesten efter issue 18: `Genbrug` alene og kørslens egne dele.


def test_genbrug_taeller_fund_og_gemmer_kun_delbare_svar() -> None:
    g = Genbrug()
    assert g.noegle({"a": 1}) == (("a", (int, "1")),)
    g.gem("x", {"svar": "A", "antal": 2})
    g.gem("liste", {"svar": ["kan", "ændres"]})  # en liste kan ændres: gemmes ikke
    g.gem("tid", {"svar": datetime(2019, 1, 1, tzinfo=UTC)})
    assert set(g.gemte) == {"x", "tid"}
    assert g.hent("x") == {"svar": "A", "antal": 2}
    assert g.hent("x") == {"svar": "A", "antal": 2}
    assert (g.fundne, g.opslag) == (2, 0)
    assert g.hent("y") is None
    assert (g.fundne, g.opslag) == (2, 1)
    g.aktiv = False
    assert g.noegle({"a": 1}) is None
    g.gem("z", {"svar": "B"})
    g.gem_afvisning("z", UgyldigVaerdiFejl("a: fik 1"))
    assert set(g.gemte) == {"x", "tid"}
    assert g.afviste == {}


@pytest.mark.parametrize(("fund", "aktiv"), [(63, False), (64, True)])
def test_genbrug_slaar_fra_ved_praecis_1024_nye_noegler(fund: int, aktiv: bool) -> None:
    """Efter 1.024 nye nøgler slår genbruget fra, når under hver 16. række var en gentagelse:
    63 · 16 = 1.008 < 1.024 slår fra, 64 · 16 = 1.024 gør ikke. Før den 1.024. nye nøgle
    vurderes intet."""
    g = Genbrug()
    g.gem("x", {"svar": "A"})
    g.gem_afvisning("f", UgyldigVaerdiFejl("a: fik 1"))
    for _ in range(fund):
        assert g.hent("x") is not None
    for i in range(1023):
        assert g.hent(i) is None
    assert g.aktiv is True
    assert g.hent(1023) is None
    assert g.aktiv is aktiv
    assert (len(g.gemte), len(g.afviste)) == ((1, 1) if aktiv else (0, 0))


def test_genbrugets_lagre_toemmes_ved_graensen(monkeypatch: pytest.MonkeyPatch) -> None:
    import forloebsregler._batchkoersel as bk

    monkeypatch.setattr(bk, "_MAKS_GEMTE", 2)
    g = Genbrug()
    fejl = [UgyldigVaerdiFejl(f"a: fik {i}") for i in range(3)]
    for i in range(3):
        g.gem(i, {"svar": str(i)})
        g.gem_afvisning(i, fejl[i])
    assert g.gemte == {2: {"svar": "2"}}
    assert g.afviste == {2: fejl[2]}


class _EgenZone(tzinfo):
    def utcoffset(self, dt: datetime | None) -> timedelta:
        return timedelta(hours=1)


def test_noeglen_for_tidspunkter_efter_zone() -> None:
    """Kun naive tidspunkter og zoner fra `zoneinfo` eller `timezone` har en repr, der siger
    alt; en egen `tzinfo` bruges ikke som nøgle."""
    assert _noegle({"t": datetime(2019, 1, 1)}) == (
        ("t", (datetime, "datetime.datetime(2019, 1, 1, 0, 0)")),
    )
    assert _noegle({"t": datetime(2019, 1, 1, tzinfo=KBH)}) is not None
    assert _noegle({"t": datetime(2019, 1, 1, tzinfo=UTC)}) is not None
    assert _noegle({"t": datetime(2019, 1, 1, tzinfo=_EgenZone())}) is None


def test_efter_fraslaaet_genbrug_ledes_der_ikke_mere() -> None:
    """1.100 forskellige rækker: genbruget slår fra ved den 1.024. nye nøgle, og de sidste 76
    rækker slås ikke op."""
    raekker = [{"timer": f"{(i + 1) / 100:.2f}"} for i in range(1100)]
    koersel = _Koersel(batch.OMRAADER["iv"], True, {})
    koersel.byg(raekker[0])
    for nr, r in enumerate(raekker, start=1):
        koersel.post(nr, r)
    assert (koersel.genbrug.aktiv, koersel.genbrug.opslag) == (False, 1024)


def _proeve(**kw: Any) -> dict[str, Any]:
    return {"svar": repr(sorted(kw.items())), "kontekst": getcontext() is KONTEKST}


_PROEVESPEC = Omraadespec(
    navn="proeve",
    felter=(Felt("a", "tekst"), Felt("t", "tal"), Felt("tid", "tidspunkt")),
    beregn=_proeve,
    kolonner=(("svar", "tekst"), ("kontekst", "bool")),
)


class _Tidsstempel(datetime):
    """Som `pandas.Timestamp`: en underklasse med `to_pydatetime`."""

    def to_pydatetime(self) -> datetime:
        return datetime(self.year, self.month, self.day, tzinfo=self.tzinfo)


def test_hvert_felt_laeses_efter_sin_slags() -> None:
    """Tekst renses for mellemrum (andre værdier gives videre), et kommatal bliver den
    korteste Decimal, et tidsstempel en almindelig `datetime`."""
    koersel = _Koersel(_PROEVESPEC, False, {})
    koersel.byg(None)
    tid = _Tidsstempel(2019, 3, 4, tzinfo=UTC)
    post = koersel.post(1, {"a": " x ", "t": 0.1, "tid": tid})
    forventet = [("a", "x"), ("t", Decimal("0.1")), ("tid", datetime(2019, 3, 4, tzinfo=UTC))]
    assert post["svar"] == repr(forventet)
    assert koersel.post(2, {"a": 5})["svar"] == repr([("a", 5)])
    fejl = koersel.post(3, {"t": math.inf})
    assert fejl["fejl"] == "t: fik inf (type float); accepterer et endeligt tal"


def test_beregningen_koerer_i_bibliotekets_kontekst_med_valgene() -> None:
    for kontekst in (Context(prec=2), KONTEKST):
        gammel = getcontext()
        setcontext(kontekst)
        try:
            koersel = _Koersel(_PROEVESPEC, False, {"valg": 1})
            koersel.byg(None)
            post = koersel.post(1, {"a": "x"})
            assert getcontext() is kontekst
        finally:
            setcontext(gammel)
        assert post["svar"] == repr([("a", "x"), ("valg", 1)])
        assert post["kontekst"] is True


def test_fejlbeskeder_for_raekkens_form() -> None:
    """Beskederne efter skabelonen i `_Koersel._data`."""
    uden = _Koersel(_PROEVESPEC, False, {})
    uden.byg(None)
    assert uden.post(1, 5)["fejl"] == (
        "raekke: fik 5 (type int); accepterer en mapping (dict, DataFrame-række) med felterne "
        "a, t, tid"
    )
    assert uden.post(2, {"a": "x", "b": 1})["fejl"] == (
        "b: ukendt kolonne; accepterer felterne a, t, tid (ukendte kolonner føres ikke igennem "
        "med gennemfoer=False)"
    )
    med = _Koersel(_PROEVESPEC, ["x", "y"], {})
    med.byg(None)
    assert med.post(1, {"a": "x", "b": 1})["fejl"] == (
        "b: ukendt kolonne; accepterer felterne a, t, tid og de gennemførte kolonner x, y"
    )
    # gennemfoer=True, men den første mapping havde ingen øvrige kolonner (eller der var
    # ingen mapping blandt de første 1.000 rækker); gennemfoer=[]: intet er nævnt
    sand = _Koersel(_PROEVESPEC, True, {})
    sand.byg({"a": "x"})
    assert sand.post(1, {"a": "x", "b": 1})["fejl"] == (
        "b: ukendt kolonne; accepterer felterne a, t, tid (med gennemfoer=True føres de øvrige "
        "kolonner i den første mapping blandt de første 1.000 rækker igennem; her var der ingen)"
    )
    tom = _Koersel(_PROEVESPEC, [], {})
    tom.byg(None)
    assert tom.post(1, {"a": "x", "b": 1})["fejl"] == (
        "b: ukendt kolonne; accepterer felterne a, t, tid (kun kolonnerne nævnt i gennemfoer "
        "føres igennem)"
    )
