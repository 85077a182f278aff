"""Kalenderen: helligdage fra holidays-pakken, søndage, lokale kalendere, Københavnstid."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta, timezone
from zoneinfo import ZoneInfo

import pytest

from forloebsregler import (
    KOEBENHAVN,
    OFFICIEL_KALENDER,
    ForloebsreglerFejl,
    Kalender,
    NaivtTidspunktFejl,
    UgyldigTypeFejl,
    UgyldigVaerdiFejl,
    lokal_dato,
    til_koebenhavn,
)


@pytest.mark.parametrize(
    ("dag", "helligdag"),
    [
        (date(2023, 5, 5), True),  # Store bededag 2023 (sidste gang)
        (date(2024, 4, 26), False),  # Store bededag afskaffet fra 2024
        (date(2024, 3, 28), True),  # Skærtorsdag
        (date(2024, 3, 29), True),  # Langfredag
        (date(2024, 4, 1), True),  # 2. påskedag
        (date(2024, 5, 9), True),  # Kristi himmelfartsdag
        (date(2024, 5, 20), True),  # 2. pinsedag
        (date(2024, 12, 24), False),  # juleaften er ikke officiel helligdag
        (date(2024, 12, 25), True),
        (date(2024, 12, 26), True),
        (date(2025, 1, 1), True),
        (date(2024, 6, 5), False),  # grundlovsdag er ikke helligdag
        (date(2024, 3, 27), False),
    ],
)
def test_officielle_helligdage(dag: date, helligdag: bool) -> None:
    assert OFFICIEL_KALENDER.er_helligdag(dag) is helligdag


def test_helligdagsnavne_er_danske() -> None:
    assert OFFICIEL_KALENDER.helligdagsnavn(date(2023, 5, 5)) == "Store bededag"
    assert OFFICIEL_KALENDER.helligdagsnavn(date(2024, 4, 26)) is None


def test_soendage() -> None:
    soendag = date(2024, 4, 28)
    assert soendag.weekday() == 6
    assert not OFFICIEL_KALENDER.er_helligdag(soendag)
    assert OFFICIEL_KALENDER.er_soen_eller_helligdag(soendag)
    assert not OFFICIEL_KALENDER.er_soen_eller_helligdag(date(2024, 4, 27))  # lørdag


def test_kalender_med_tilfoejet_og_fjernet_dag() -> None:
    lokal = OFFICIEL_KALENDER.med_dage(date(2024, 12, 24)).uden_dage(date(2024, 12, 26))
    assert lokal.er_helligdag(date(2024, 12, 24))
    assert not lokal.er_helligdag(date(2024, 12, 26))
    assert lokal.er_helligdag(date(2024, 12, 25))
    assert lokal.helligdagsnavn(date(2024, 12, 24)) == "lokal helligdag"
    # ingen global tilstand: den officielle kalender er uændret
    assert not OFFICIEL_KALENDER.er_helligdag(date(2024, 12, 24))
    assert OFFICIEL_KALENDER.er_helligdag(date(2024, 12, 26))
    dage = lokal.helligdage(2024)
    assert date(2024, 12, 24) in dage and date(2024, 12, 26) not in dage
    assert list(dage) == sorted(dage)


def test_fjernet_soendag_er_stadig_soendag() -> None:
    paaskedag = date(2024, 3, 31)
    k = Kalender().uden_dage(paaskedag)
    assert not k.er_helligdag(paaskedag)
    assert k.er_soen_eller_helligdag(paaskedag)


def test_kalender_af_isostrenge() -> None:
    assert Kalender(tilfoejede=["2024-12-24"]).er_helligdag(date(2024, 12, 24))


@pytest.mark.parametrize("ugyldig", ["2024-13-01", 5, [datetime(2024, 1, 1, tzinfo=UTC)], None])
def test_kalender_afviser_ugyldige_dage(ugyldig: object) -> None:
    with pytest.raises(ForloebsreglerFejl):
        Kalender(tilfoejede=ugyldig)  # type: ignore[arg-type]


def test_naive_tidspunkter_afvises() -> None:
    with pytest.raises(NaivtTidspunktFejl, match="naive"):
        til_koebenhavn(datetime(2024, 1, 1, 12, 0))
    with pytest.raises(NaivtTidspunktFejl):
        lokal_dato(datetime(2024, 1, 1, 12, 0))
    with pytest.raises(NaivtTidspunktFejl):
        til_koebenhavn("2024-01-01T12:00")


def test_omregning_til_koebenhavn() -> None:
    utc = datetime(2024, 7, 1, 22, 30, tzinfo=UTC)
    lokal = til_koebenhavn(utc)
    assert lokal.tzinfo == KOEBENHAVN
    assert (lokal.hour, lokal.day) == (0, 2)  # sommertid: UTC+2
    vinter = til_koebenhavn(datetime(2024, 1, 1, 22, 30, tzinfo=UTC))
    assert (vinter.hour, vinter.day) == (23, 1)
    ny_york = datetime(2024, 1, 1, 17, 30, tzinfo=ZoneInfo("America/New_York"))
    assert lokal_dato(ny_york) == date(2024, 1, 1)
    assert lokal_dato(datetime(2024, 1, 1, 19, 0, tzinfo=ZoneInfo("America/New_York"))) == date(
        2024, 1, 2
    )
    assert lokal_dato(date(2024, 2, 29)) == date(2024, 2, 29)
    assert lokal_dato("2024-02-29") == date(2024, 2, 29)
    assert til_koebenhavn("2024-03-31T01:30+00:00").hour == 3  # sommertid begynder


def test_fast_offset_accepteres() -> None:
    dt = datetime(2024, 10, 27, 0, 30, tzinfo=timezone(timedelta(hours=5)))
    assert til_koebenhavn(dt) == dt
    assert til_koebenhavn(dt).utcoffset() == timedelta(hours=2)


@pytest.mark.parametrize("ugyldig", [None, 3, "i går", True, date(2024, 1, 1)])
def test_til_koebenhavn_afviser(ugyldig: object) -> None:
    with pytest.raises(ForloebsreglerFejl, match="tidspunkt"):
        til_koebenhavn(ugyldig)  # type: ignore[arg-type]


@pytest.mark.parametrize("ugyldig", [None, 3, "i går", 1.5])
def test_lokal_dato_afviser(ugyldig: object) -> None:
    with pytest.raises(ForloebsreglerFejl):
        lokal_dato(ugyldig)  # type: ignore[arg-type]


@pytest.mark.parametrize("ugyldig", [None, "x", datetime(2024, 1, 1, tzinfo=UTC), 20240101])
def test_er_helligdag_afviser(ugyldig: object) -> None:
    with pytest.raises(ForloebsreglerFejl):
        OFFICIEL_KALENDER.er_helligdag(ugyldig)  # type: ignore[arg-type]
    with pytest.raises(ForloebsreglerFejl):
        OFFICIEL_KALENDER.er_soen_eller_helligdag(ugyldig)  # type: ignore[arg-type]
    with pytest.raises(ForloebsreglerFejl):
        OFFICIEL_KALENDER.helligdagsnavn(ugyldig)  # type: ignore[arg-type]


@pytest.mark.parametrize("ugyldig", [True, "tyve", 1800, None, 2024.5])
def test_helligdage_afviser_ugyldigt_aar(ugyldig: object) -> None:
    with pytest.raises(ForloebsreglerFejl, match="aar"):
        OFFICIEL_KALENDER.helligdage(ugyldig)  # type: ignore[arg-type]


OFFICIELLE_2024 = {
    date(2024, 1, 1): "Nytårsdag",
    date(2024, 3, 28): "Skærtorsdag",
    date(2024, 3, 29): "Langfredag",
    date(2024, 3, 31): "Påskedag",
    date(2024, 4, 1): "Anden påskedag",
    date(2024, 5, 9): "Kristi himmelfartsdag",
    date(2024, 5, 19): "Pinsedag",
    date(2024, 5, 20): "Anden pinsedag",
    date(2024, 12, 25): "Juledag",
    date(2024, 12, 26): "Anden juledag",
}


def test_helligdage_2024_med_navne() -> None:
    assert OFFICIEL_KALENDER.helligdage(2024) == OFFICIELLE_2024
    lokal = Kalender(tilfoejede=[date(2024, 12, 24), date(2025, 12, 24)])
    assert lokal.helligdage(2024) == {**OFFICIELLE_2024, date(2024, 12, 24): "lokal helligdag"}
    assert lokal.helligdage("2024") == lokal.helligdage(2024)


@pytest.mark.parametrize(
    ("aar", "gyldigt"), [(1900, True), (2100, True), (1899, False), (2101, False)]
)
def test_helligdage_aarsgraenser(aar: int, gyldigt: bool) -> None:
    if gyldigt:
        assert date(aar, 12, 25) in OFFICIEL_KALENDER.helligdage(aar)
    else:
        with pytest.raises(ForloebsreglerFejl, match=r"^aar: fik "):
            OFFICIEL_KALENDER.helligdage(aar)


def test_med_dage_fjerner_fravalget() -> None:
    dag = date(2024, 12, 26)
    k = Kalender().uden_dage(dag).med_dage(dag)
    assert k.fjernede == frozenset() and k.tilfoejede == frozenset({dag})
    k2 = k.uden_dage(dag)
    assert k2.tilfoejede == frozenset() and k2.fjernede == frozenset({dag})


def test_kalenderens_metoder_tager_isodatoer_og_navngiver_fejl() -> None:
    assert OFFICIEL_KALENDER.er_helligdag("2024-12-25")  # type: ignore[arg-type]
    assert OFFICIEL_KALENDER.er_soen_eller_helligdag("2024-04-28")  # type: ignore[arg-type]
    assert OFFICIEL_KALENDER.helligdagsnavn("2024-12-25") == "Juledag"  # type: ignore[arg-type]
    besked = "dag: fik 'x' (type str), som ikke er en dato; accepterer en date eller en ISO-dato"
    for metode in (
        OFFICIEL_KALENDER.er_helligdag,
        OFFICIEL_KALENDER.er_soen_eller_helligdag,
        OFFICIEL_KALENDER.helligdagsnavn,
    ):
        with pytest.raises(ForloebsreglerFejl) as info:
            metode("x")  # type: ignore[arg-type]
        assert str(info.value).startswith(besked)


def test_kalender_fejlbeskeder() -> None:
    with pytest.raises(ForloebsreglerFejl) as info:
        Kalender(tilfoejede=5)  # type: ignore[arg-type]
    assert str(info.value) == (
        "dage: fik 5 (type int); accepterer en samling af date eller ISO-datoer"
    )
    with pytest.raises(ForloebsreglerFejl) as info:
        Kalender(fjernede=["x"])
    assert str(info.value).startswith("dage: fik 'x' (type str), som ikke er en dato")
    from forloebsregler.kalender import kraev_kalender

    assert kraev_kalender(None) is OFFICIEL_KALENDER
    lokal = Kalender(tilfoejede=[date(2024, 12, 24)])
    assert kraev_kalender(lokal) is lokal
    with pytest.raises(ForloebsreglerFejl) as info:
        kraev_kalender("lokal")
    assert str(info.value) == (
        "kalender: fik 'lokal' (type str); accepterer en Kalender eller None"
    )


def test_tidspunktets_navn_i_fejlbeskeder() -> None:
    with pytest.raises(ForloebsreglerFejl) as info:
        til_koebenhavn(5)  # type: ignore[arg-type]
    assert str(info.value).startswith("tidspunkt: fik 5 (type int)")
    for vaerdi in (5, "x", datetime(2024, 1, 1), "2024-01-01T12:00"):
        with pytest.raises(ForloebsreglerFejl) as info:
            lokal_dato(vaerdi)  # type: ignore[arg-type]
        assert str(info.value).startswith("tidspunkt: "), info.value
        with pytest.raises(ForloebsreglerFejl) as info:
            lokal_dato(vaerdi, "udskrivning")  # type: ignore[arg-type]
        assert str(info.value).startswith("udskrivning: "), info.value


@pytest.mark.parametrize(
    ("tekst", "dag"),
    [
        ("2024-02-29T23:30+00:00", date(2024, 3, 1)),
        ("2024-02-29 23:30+00:00", date(2024, 3, 1)),
        ("2024-02-29t23:30+00:00", date(2024, 3, 1)),
        (" 2024-02-29 ", date(2024, 2, 29)),
    ],
)
def test_lokal_dato_af_tekst(tekst: str, dag: date) -> None:
    assert lokal_dato(tekst) == dag


def test_aar_uden_helligdagsdata_kan_ikke_afgoeres() -> None:
    # holidays-pakken kender de danske helligdage til og med 2100; senere år må ikke
    # stiltiende blive til hverdage.
    for dag in (date(2101, 12, 25), date(1899, 12, 25)):
        with pytest.raises(ForloebsreglerFejl, match="kan ikke afgøres"):
            OFFICIEL_KALENDER.er_helligdag(dag)
    assert OFFICIEL_KALENDER.er_helligdag(date(2100, 12, 25))
    # en lokalt tilføjet dag afgøres uden data
    assert Kalender(tilfoejede=[date(2150, 1, 1)]).er_helligdag(date(2150, 1, 1))


def test_med_dage_beholder_andre_fravalg() -> None:
    d1, d2 = date(2024, 12, 25), date(2024, 12, 26)
    k = Kalender().uden_dage(d1, d2).med_dage(d1)
    assert k.fjernede == frozenset({d2}) and k.tilfoejede == frozenset({d1})


def test_fejlbesked_for_aar_uden_data() -> None:
    from forloebsregler.kalender import _kraev_aar

    assert _kraev_aar(1900) == 1900 and _kraev_aar(2100) == 2100
    for aar in (1899, 2101):
        with pytest.raises(ForloebsreglerFejl) as info:
            _kraev_aar(aar)
        assert str(info.value) == (
            f"dag: året {aar} ligger uden for 1900–2100, som kalenderen kender de officielle "
            "helligdage for; om dagen er helligdag, kan ikke afgøres"
        )


def test_store_bededags_afskaffelse_citeres_rigtigt() -> None:
    # Afskaffelsen er lov nr. 214 af 6. marts 2023 (lovforslaget blev vedtaget 28.2.2023).
    import forloebsregler.kalender as kalender

    assert kalender.__doc__ is not None
    tekst = " ".join(kalender.__doc__.split())
    assert "lov nr. 214 af 6. marts 2023" in tekst
    assert "lov nr. 50" not in tekst


def test_sidste_aar_er_den_danske_kalenders() -> None:
    """SIDSTE_AAR læses af `holidays`' konstant (importen bygger ingen kalender); den skal
    stemme med den danske kalenders eget sidste år (issue 18, punkt 5)."""
    import holidays

    from forloebsregler.kalender import SIDSTE_AAR, _dansk_sidste_aar

    assert min(2200, holidays.country_holidays("DK").end_year) == SIDSTE_AAR
    assert _dansk_sidste_aar() >= SIDSTE_AAR


def test_importen_bygger_ingen_helligdagskalender() -> None:
    """`import forloebsregler` indlæser ikke `holidays`' landemoduler (det gør første brug)."""
    import subprocess
    import sys

    kode = (
        "import sys, forloebsregler\n"
        "print('holidays.countries' in sys.modules)\n"
        "forloebsregler.OFFICIEL_KALENDER.er_helligdag(__import__('datetime').date(2024, 1, 1))\n"
        "print('holidays.countries' in sys.modules)\n"
    )
    ud = subprocess.run(
        [sys.executable, "-c", kode], capture_output=True, text=True, check=True
    ).stdout.split()
    assert ud == ["False", "True"]


def test_importen_importerer_ikke_holidays() -> None:
    """`import forloebsregler` importerer slet ikke `holidays` (issue 18, punkt 5): pakken
    indlæses ved første brug af en helligdag, og `SIDSTE_AAR` står som tal i modulet."""
    import subprocess
    import sys

    kode = (
        "import sys, forloebsregler\n"
        "print('holidays' in sys.modules)\n"
        "forloebsregler.OFFICIEL_KALENDER.helligdage(2024)\n"
        "print('holidays' in sys.modules)\n"
    )
    ud = subprocess.run(
        [sys.executable, "-c", kode], capture_output=True, text=True, check=True
    ).stdout.split()
    assert ud == ["False", "True"]


def test_sidste_aar_er_holidays_standard() -> None:
    """Tallet `SIDSTE_AAR` er `holidays`' `DEFAULT_END_YEAR` (højst 2200)."""
    import holidays

    from forloebsregler.kalender import SIDSTE_AAR

    assert min(2200, holidays.DEFAULT_END_YEAR) == SIDSTE_AAR


def test_kraev_lokal_dato_er_den_ene_datokonvertering() -> None:
    from datetime import UTC, date, datetime

    from forloebsregler import ForloebsreglerFejl
    from forloebsregler.kalender import kraev_lokal_dato

    # 23:30 UTC nytårsaften er 00:30 dansk tid nytårsdag
    assert kraev_lokal_dato(datetime(2024, 12, 31, 23, 30, tzinfo=UTC), "dag") == date(2025, 1, 1)
    assert kraev_lokal_dato("2025-03-30", "dag") == date(2025, 3, 30)
    assert kraev_lokal_dato("2025-03-30T12:00:00+02:00", "dag") == date(2025, 3, 30)
    with pytest.raises(ForloebsreglerFejl, match="naive"):
        kraev_lokal_dato(datetime(2025, 1, 1, 12), "dag")
    with pytest.raises(ForloebsreglerFejl, match="dag: fik 5"):
        kraev_lokal_dato(5, "dag")
    with pytest.raises(ForloebsreglerFejl, match="til og med 9999-12-24"):
        kraev_lokal_dato(date(9999, 12, 30), "dag", plads_dage=7)
    with pytest.raises(ForloebsreglerFejl, match="plads_dage"):
        kraev_lokal_dato(date(2025, 1, 1), "dag", plads_dage=-1)


_ACCEPTERET_DAG = "en date, et tidszonebevidst datetime eller en ISO-streng"


@pytest.mark.parametrize(
    ("vaerdi", "navn", "fejltype", "besked"),
    [
        (5, "årstal", UgyldigTypeFejl,
         f"årstal: fik 5 (type int); accepterer {_ACCEPTERET_DAG}"),
        ("2024-13-01", "årstal", UgyldigVaerdiFejl,
         "årstal: fik '2024-13-01' (type str), som hverken er en ISO-dato 'ÅÅÅÅ-MM-DD' eller et "
         f"ISO 8601-tidspunkt med offset; accepterer {_ACCEPTERET_DAG}"),
        ("2024-01-01T25:00+01:00", "årstal", UgyldigVaerdiFejl,
         "årstal: fik '2024-01-01T25:00+01:00' (type str), som hverken er en ISO-dato "
         f"'ÅÅÅÅ-MM-DD' eller et ISO 8601-tidspunkt med offset; accepterer {_ACCEPTERET_DAG}"),
        # et naivt tidspunkt som tekst: fejlen fra tidsvalideringen, med argumentets navn
        ("2024-01-01T10:00", "årstal", NaivtTidspunktFejl,
         "årstal: fik det naive tidspunkt 2024-01-01T10:00:00 uden tidszone; accepterer kun "
         "tidszonebevidste tidspunkter (fx med ZoneInfo('Europe/Copenhagen'))"),
        # et tidspunkt (ikke tekst), der ikke findes: tidsvalideringens egen besked
        (datetime(2024, 3, 31, 2, 30, tzinfo=KOEBENHAVN), "start",
         UgyldigVaerdiFejl,
         "start: fik datetime.datetime(2024, 3, 31, 2, 30, "
         "tzinfo=zoneinfo.ZoneInfo(key='Europe/Cope…"
         " (type datetime); den lokale tid 2024-03-31T02:30:00 findes ikke i Europe/Copenhagen "
         "(uret springer frem ved overgangen til sommertid); accepterer kun eksisterende lokale "
         "tider eller et tidspunkt med fast offset (se fortolkningsloggen FAE-03)"),
        (date(9999, 12, 27), "årstal", UgyldigVaerdiFejl,
         "årstal: fik datetime.date(9999, 12, 27) (type date); accepterer kun datoer til og med "
         "9999-12-26"),
    ],
)  # fmt: skip
def test_kraev_lokal_dato_fejl_ordret(
    vaerdi: object, navn: str, fejltype: type, besked: str
) -> None:
    from forloebsregler.kalender import kraev_lokal_dato

    with pytest.raises(fejltype) as info:
        kraev_lokal_dato(vaerdi, navn, plads_dage=5)
    f = info.value
    assert type(f) is fejltype and str(f) == besked
    # »årstal« kan ikke læses af beskeden; argumentet skal komme fra valideringen
    assert f.argument == navn and f.har_vaerdi
    if fejltype is not NaivtTidspunktFejl:  # den naive fejl bærer det læste tidspunkt
        assert f.vaerdi is vaerdi


def test_kraev_lokal_dato_plads_dage_graenser() -> None:
    from forloebsregler.kalender import kraev_lokal_dato

    assert kraev_lokal_dato(date.max, "dag") == date.max  # standard: ingen plads krævet
    assert kraev_lokal_dato(date(9999, 12, 26), "dag", plads_dage=5) == date(9999, 12, 26)
    assert kraev_lokal_dato(date(1, 1, 1), "dag", plads_dage=36_500) == date(1, 1, 1)
    for plads in (-1, 36_501, True, 2.0):
        with pytest.raises(UgyldigTypeFejl) as info:
            kraev_lokal_dato(date(2025, 1, 1), "dag", plads_dage=plads)  # type: ignore[arg-type]
        assert str(info.value) == (
            f"plads_dage: fik {plads!r} (type {type(plads).__name__}); accepterer et heltal "
            "fra 0 til 36500"
        )
        assert info.value.argument == "plads_dage" and info.value.vaerdi is plads


def test_kraev_lokal_dato_omregning_der_loeber_over() -> None:
    # En tzinfo, hvis omregning løber over (her ved andet kald), giver en domænefejl.
    from datetime import tzinfo

    from forloebsregler.kalender import kraev_lokal_dato

    class Skroebelig(tzinfo):
        kald = 0

        def utcoffset(self, dt: datetime | None) -> timedelta:
            Skroebelig.kald += 1
            if Skroebelig.kald > 1:
                raise OverflowError("uden for kalenderen")
            return timedelta(0)

        def __repr__(self) -> str:
            return "Skroebelig()"

    t = datetime(2024, 1, 1, tzinfo=Skroebelig())
    with pytest.raises(UgyldigVaerdiFejl) as info:
        kraev_lokal_dato(t, "årstal")
    assert str(info.value) == (
        "årstal: fik datetime.datetime(2024, 1, 1, 0, 0, tzinfo=Skroebelig()) (type datetime), "
        f"som ligger uden for kalenderen; accepterer {_ACCEPTERET_DAG}"
    )
    assert info.value.argument == "årstal" and info.value.vaerdi is t


def test_en_tidszone_der_foerst_fejler_ved_omregningen_giver_en_klar_fejl() -> None:
    # Nothing but ForloebsreglerFejl escapes: a tzinfo whose utcoffset works once (the
    # validation) and then breaks (the conversion to Danish time).
    from datetime import tzinfo

    from forloebsregler.fejl import UgyldigVaerdiFejl
    from forloebsregler.kalender import kraev_lokal_dato

    class Lunefuld(tzinfo):
        def __init__(self) -> None:
            self.kald = 0

        def utcoffset(self, dt: datetime | None) -> timedelta:
            self.kald += 1
            if self.kald > 1:
                raise RuntimeError("tidszonen er gået i stykker")
            return timedelta(hours=1)

        def dst(self, dt: datetime | None) -> timedelta:
            return timedelta(0)

    tidspunkt = datetime(2024, 5, 1, 12, tzinfo=Lunefuld())
    with pytest.raises(UgyldigVaerdiFejl, match="ikke kan omregnes til dansk tid") as fejl:
        kraev_lokal_dato(tidspunkt, "dag")
    assert fejl.value.argument == "dag"
    assert fejl.value.vaerdi is tidspunkt
    besked = str(fejl.value)
    assert besked.startswith("dag: fik ") and "2024" in besked  # tidspunktet vises
    assert besked.endswith(
        ", som ikke kan omregnes til dansk tid (tidszonen fejler); accepterer et "
        "tidszonebevidst tidspunkt med en virkende tidszone"
    )
