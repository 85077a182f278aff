"""Grænsens hærdning (issue 14, punkt 2 og 3): tal og tider, der før slap igennem som
andet end en `ForloebsreglerFejl` eller blev til et forkert tidspunkt."""

from __future__ import annotations

import time
from collections.abc import Iterator
from datetime import UTC, date, datetime, timedelta, timezone
from decimal import Decimal
from zoneinfo import ZoneInfo

import pandas as pd
import pendulum
import pytest

from forloebsregler import (
    KOEBENHAVN,
    OFFICIEL_KALENDER,
    ForloebsreglerFejl,
    NaivtTidspunktFejl,
    UgyldigTypeFejl,
    UgyldigVaerdiFejl,
    batch,
    beregn_ledsagelse,
    lokal_dato,
    til_koebenhavn,
    tyngdekategori,
)
from forloebsregler._valider import kraev_aware, kraev_dato, kraev_decimal, kraev_varighed

# --------------------------------------------------------------------------- tal


@pytest.mark.parametrize(
    "vaerdi",
    [
        "1E+999999",
        Decimal("1E+999999"),
        "1e-999999",
        Decimal("1e-999999"),
        "1e999999999999999999",
        "-1E+31",
        Decimal("1E+30"),
        "0." + "0" * 100 + "1",
        "0." + "1" * 101,
        10**31,
        -(10**400),
        1e308,
        5e-324,
    ],
)
def test_kaempetal_afvises_hurtigt(vaerdi: object) -> None:
    # Afvist før enhver regning (as_tuple); tiden måles ikke her (tests tager aldrig tid: en
    # belastet maskine gjorde den tidligere grænse på 50 ms ustabil).
    with pytest.raises(UgyldigVaerdiFejl) as info:
        kraev_decimal(vaerdi, "beloeb")
    besked = str(info.value)
    assert besked.startswith("beloeb: fik ") and "10^30" in besked


@pytest.mark.parametrize(
    "vaerdi",
    [
        "NaN",
        "-nan",
        "sNaN",
        "Infinity",
        "-inf",
        Decimal("NaN"),
        Decimal("sNaN"),
        Decimal("-Infinity"),
        float("nan"),
        float("inf"),
    ],
)
def test_decimal_specialvaerdier_afvises(vaerdi: object) -> None:
    with pytest.raises(UgyldigVaerdiFejl, match="kun endelige tal"):
        kraev_decimal(vaerdi, "timer")


@pytest.mark.parametrize(
    ("vaerdi", "forventet"),
    [(Decimal("-0"), "0"), ("-0.00", "0.00"), (Decimal("0E+999999"), "0"), (-0.0, "0.0")],
)
def test_minus_nul_bliver_nul(vaerdi: object, forventet: str) -> None:
    tal = kraev_decimal(vaerdi, "x")
    assert str(tal) == forventet and not tal.is_signed()


def test_graensetal_accepteres() -> None:
    assert kraev_decimal("9" * 30, "x") == Decimal("9" * 30)
    assert kraev_decimal("0." + "0" * 99 + "1", "x") == Decimal("1E-100")
    # 1/3600 time, som en regel regner den med 28 cifre (31 decimaler)
    assert kraev_decimal("0.0002777777777777777777777777778", "x") > 0
    assert kraev_decimal(10**29, "x") == Decimal(10**29)


@pytest.mark.parametrize(
    "vaerdi", ["1E+999999", Decimal("sNaN"), Decimal("-Infinity"), "1e-999999", Decimal("NaN")]
)
def test_offentlige_funktioner_afviser_specialvaerdier(vaerdi: object) -> None:
    with pytest.raises(ForloebsreglerFejl):
        tyngdekategori(vaerdi)


# --------------------------------------------------------------------------- årskanter


@pytest.mark.parametrize(
    ("funktion", "vaerdi"),
    [
        (til_koebenhavn, "9999-12-31T23:30+00:00"),
        (lokal_dato, "9999-12-31T23:30+00:00"),
        (til_koebenhavn, "0001-01-01T00:00+14:00"),
        (lokal_dato, "0001-01-01T00:00+14:00"),
        (til_koebenhavn, datetime(9999, 12, 31, 23, 59, tzinfo=timezone(timedelta(hours=-5)))),
        (lokal_dato, datetime(1, 1, 1, 0, 30, tzinfo=KOEBENHAVN)),
    ],
)
def test_aarskanter_giver_domaenefejl(funktion: object, vaerdi: object) -> None:
    with pytest.raises(UgyldigVaerdiFejl) as info:
        funktion(vaerdi)  # type: ignore[operator]
    assert "år 1–9999" in str(info.value) and "tidspunkt: fik " in str(info.value)


def test_aarskanten_selv_er_gyldig() -> None:
    assert lokal_dato("9999-12-31T20:00+00:00") == date(9999, 12, 31)
    assert lokal_dato("0001-01-01T12:00+00:00") == date(1, 1, 1)


# --------------------------------------------------------------------------- sommertid

_KBH = ZoneInfo("Europe/Copenhagen")


@pytest.mark.parametrize(
    "vaerdi",
    [
        datetime(2024, 3, 31, 2, 30, tzinfo=_KBH),
        datetime(2024, 3, 31, 2, 0, tzinfo=_KBH),
        datetime(2024, 3, 31, 2, 59, 59, 999999, tzinfo=_KBH, fold=1),
        datetime(2019, 3, 31, 2, 30, tzinfo=ZoneInfo("Europe/Berlin")),
    ],
)
def test_ikke_eksisterende_lokal_tid_afvises(vaerdi: datetime) -> None:
    with pytest.raises(UgyldigVaerdiFejl, match=r"findes ikke.*FAE-03"):
        til_koebenhavn(vaerdi, "start")


def test_ikke_eksisterende_tid_i_en_regel() -> None:
    # Før: accepteret som 01:30 + 1 time. Nu: en klar fejl.
    with pytest.raises(UgyldigVaerdiFejl, match=r"slut: .*findes ikke"):
        beregn_ledsagelse(
            datetime(2019, 3, 31, 1, 30, tzinfo=_KBH), datetime(2019, 3, 31, 2, 30, tzinfo=_KBH)
        )


def test_kanterne_om_springet_accepteres() -> None:
    assert til_koebenhavn(datetime(2024, 3, 31, 1, 59, 59, tzinfo=_KBH)).hour == 1
    assert til_koebenhavn(datetime(2024, 3, 31, 3, 0, tzinfo=_KBH)).hour == 3


def test_tvetydig_time_er_det_tidspunkt_fold_udpeger() -> None:
    foerste = datetime(2024, 10, 27, 2, 30, tzinfo=_KBH)
    anden = foerste.replace(fold=1)
    a, b = kraev_aware(foerste, "a"), kraev_aware(anden, "b")
    assert a.utcoffset() == timedelta(hours=2) and b.utcoffset() == timedelta(hours=1)
    # som tidspunkter, ikke vægurstid: den anden 02:30 er en time senere
    assert b - a == timedelta(hours=1) and a < b
    assert til_koebenhavn(anden).astimezone(UTC) == datetime(2024, 10, 27, 1, 30, tzinfo=UTC)
    r = beregn_ledsagelse(
        datetime(2019, 10, 27, 2, 30, tzinfo=_KBH),
        datetime(2019, 10, 27, 2, 30, tzinfo=_KBH, fold=1),
    )
    assert r.varighed == timedelta(hours=1)


# --------------------------------------------------------------------------- underklasser


def test_pendulum_og_pandas_accepteres_som_datetime() -> None:
    forventet = datetime(2024, 1, 15, 10, 0, tzinfo=KOEBENHAVN)
    for vaerdi in (
        pendulum.datetime(2024, 1, 15, 10, 0, tz="Europe/Copenhagen"),
        pendulum.datetime(2024, 1, 15, 9, 0, tz="UTC"),
        pd.Timestamp("2024-01-15 10:00", tz="Europe/Copenhagen"),
        pd.Timestamp("2024-01-15 09:00", tz="UTC"),
        pd.Timestamp("2024-01-15T10:00+01:00"),
    ):
        t = til_koebenhavn(vaerdi)  # type: ignore[arg-type]
        assert type(t) is datetime and t == forventet and t.tzinfo is KOEBENHAVN
        assert type(kraev_aware(vaerdi, "x")) is datetime
        assert lokal_dato(vaerdi) == date(2024, 1, 15)  # type: ignore[arg-type]


def test_pandas_tvetydig_time_bevarer_tidspunktet() -> None:
    t = pd.Timestamp("2024-10-27 02:30").tz_localize("Europe/Copenhagen", ambiguous=False)
    assert til_koebenhavn(t).astimezone(UTC) == datetime(2024, 10, 27, 1, 30, tzinfo=UTC)


def test_naive_underklasser_afvises() -> None:
    with pytest.raises(NaivtTidspunktFejl):
        til_koebenhavn(pd.Timestamp("2024-01-15 10:00"))
    with pytest.raises(NaivtTidspunktFejl):
        til_koebenhavn(pendulum.naive(2024, 1, 15, 10))


@pytest.mark.parametrize(
    ("vaerdi", "fejl", "tekst"),
    [
        (pd.NaT, UgyldigVaerdiFejl, "ikke er et gyldigt tidspunkt"),
        (pd.Timestamp("2024-01-01T10:00:00.000000001+01:00"), UgyldigVaerdiFejl, "nanosekunder"),
    ],
)
def test_pandas_kanter(vaerdi: object, fejl: type[Exception], tekst: str) -> None:
    with pytest.raises(fejl, match=tekst):
        til_koebenhavn(vaerdi)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    "tekst",
    [
        "2019-03-04T08:00:00.0000001+01:00",
        "2019-03-04T08:00:00.000000001+01:00",
        "2019-03-04T08:00:00,1234561+01:00",
        "2019-03-04T08:00:00+01:00:00.0000001",
    ],
)
def test_iso_tekst_med_brok_under_et_mikrosekund_afvises(tekst: str) -> None:
    # FAE-03: tidspunkter med nanosekunder afvises. `datetime.fromisoformat` (Python 3.11)
    # skærer cifre efter det sjette stiltiende væk; en halv time fra 08:00:00.0000001 er
    # 0,49999… t (138,60 kr.), ikke 0,5 t (138,61 kr.), så teksten afvises som et
    # pandas.Timestamp med nanosekunder.
    with pytest.raises(UgyldigVaerdiFejl, match="under et mikrosekund") as fejl:
        kraev_aware(tekst, "start")
    assert fejl.value.argument == "start" and fejl.value.vaerdi == tekst
    post = next(batch.ledsagelse([{"start": tekst, "slut": "2019-03-04T08:30:00+01:00"}]))
    assert post["total"] is None and post["fejlfelt"] == "start"


def test_iso_tekst_med_nuller_efter_sjette_decimal_er_det_samme_tidspunkt() -> None:
    # Nuller efter sjette decimal ændrer intet: 08:00:00.123456000 er 08:00:00.123456, og en
    # time derfra mandag 4.3.2019 er 1 time Grundløn, 277,21 kr. (Afregning).
    assert kraev_aware("2019-03-04T08:00:00.123456000+01:00", "x") == datetime(
        2019, 3, 4, 7, 0, 0, 123456, tzinfo=UTC
    )
    total = beregn_ledsagelse(
        "2019-03-04T08:00:00.123456000+01:00", "2019-03-04T09:00:00.123456+01:00"
    ).total
    assert total == Decimal("277.21")


def test_numpy_datetime64_afvises_klart() -> None:
    np = pytest.importorskip("numpy")
    with pytest.raises(UgyldigTypeFejl, match=r"numpy\.datetime64 har ingen tidszone"):
        til_koebenhavn(np.datetime64("2024-01-01T10:00"))


def test_date_og_timedelta_underklasser() -> None:
    d = kraev_dato(pendulum.date(2024, 12, 24), "dag")
    assert type(d) is date and d == date(2024, 12, 24)
    assert OFFICIEL_KALENDER.er_helligdag(pendulum.date(2024, 12, 25))
    assert type(lokal_dato(pendulum.date(2024, 1, 1))) is date
    v = kraev_varighed(pd.Timedelta(hours=2), "varighed")
    assert type(v) is timedelta and v == timedelta(hours=2)
    assert type(kraev_varighed(pendulum.duration(hours=3), "varighed")) is timedelta
    with pytest.raises(UgyldigVaerdiFejl, match="mikrosekunder"):
        kraev_varighed(pd.Timedelta(1, unit="ns"), "varighed")
    with pytest.raises(ForloebsreglerFejl):
        kraev_varighed(pd.NaT, "varighed")
    assert tyngdekategori(pd.Timedelta(hours=5)).kategori.name == "KATEGORI_2"


# --------------------------------------------------------------------------- grænserne præcist

_TAL = "et tal som Decimal, int eller numerisk streng med punktum ('12.5')"
_TID = "en datetime med tidszone (eller ISO 8601-streng med offset)"


def test_stoerrelsesgraenserne_paa_cifferet() -> None:
    # 2^99 (100 bit) er under 10^30 og accepteres; 2^100 (101 bit) er over og afvises, før
    # der bygges en Decimal (den korte besked); 2^100 - 1 (100 bit) afvises af FAE-04-grænsen.
    assert kraev_decimal(2**99, "x") == Decimal(633825300114114700748351602688)
    with pytest.raises(UgyldigVaerdiFejl) as info:
        kraev_decimal(2**100, "x")
    assert str(info.value).endswith("(type int); accepterer kun tal mindre end 10^30")
    with pytest.raises(UgyldigVaerdiFejl) as info:
        kraev_decimal(2**100 - 1, "x")
    assert str(info.value).endswith("og 100 cifre (se fortolkningsloggen FAE-04)")
    # præcis 100 cifre og 100 decimaler er inden for grænserne
    hundrede = "0." + "1" * 100
    assert kraev_decimal(hundrede, "x") == Decimal(hundrede)


@pytest.mark.parametrize(
    ("vaerdi", "tekst"),
    [
        ("0E+1", "0"),  # nul med positiv eksponent bliver 0
        (Decimal("0E-100"), "0E-100"),  # 100 decimaler er tilladt og beholdes
        (Decimal("-0E-100"), "0E-100"),
        (Decimal("0E-101"), "0"),  # flere decimaler end tilladt: nul bliver 0
        ("0", "0"),
    ],
)
def test_nul_med_eksponent(vaerdi: object, tekst: str) -> None:
    tal = kraev_decimal(vaerdi, "x")
    assert str(tal) == tekst and not tal.is_signed()


def test_dagen_med_overgangen_beholder_zonen_uden_for_den_gentagne_time() -> None:
    # 27.10.2024 har en overgang, men 12:00 er ikke tvetydig: zonen beholdes.
    middag = datetime(2024, 10, 27, 12, 0, tzinfo=_KBH)
    assert kraev_aware(middag, "t").tzinfo is _KBH
    # den gentagne time: fast offset efter fold, og fold er 0 (et fast offset er entydigt)
    foerste = kraev_aware(datetime(2024, 10, 27, 2, 30, tzinfo=_KBH), "t")
    anden = kraev_aware(datetime(2024, 10, 27, 2, 30, tzinfo=_KBH, fold=1), "t")
    assert foerste.tzinfo == timezone(timedelta(hours=2)) and foerste.fold == 0
    assert anden.tzinfo == timezone(timedelta(hours=1)) and anden.fold == 0


def test_underklasser_beholder_sekunder_og_zoneinfo() -> None:
    t = pd.Timestamp("2024-01-15 10:00:05.123456", tz=_KBH)
    a = kraev_aware(t, "t")
    assert type(a) is datetime and a.tzinfo is _KBH
    assert a == datetime(2024, 1, 15, 10, 0, 5, 123456, tzinfo=_KBH)
    # en fremmed tzinfo (dateutil) bliver et fast offset med samme tidspunkt
    d = kraev_aware(pd.Timestamp("2024-07-01 10:00", tz="dateutil/Europe/Copenhagen"), "t")
    assert type(d) is datetime and d.tzinfo == timezone(timedelta(hours=2))
    assert d == datetime(2024, 7, 1, 8, 0, tzinfo=UTC)


def test_underklasse_med_tzinfo_uden_offset_er_naiv() -> None:
    from datetime import tzinfo

    class Ingen(tzinfo):
        def utcoffset(self, dt: datetime | None) -> None:
            return None

    class MinTid(datetime):
        pass

    t = MinTid(2024, 1, 1, 8, 0, tzinfo=Ingen())
    with pytest.raises(NaivtTidspunktFejl) as info:
        kraev_aware(t, "t")
    assert str(info.value) == (
        "t: fik det naive tidspunkt 2024-01-01T08:00:00 uden tidszone; accepterer kun "
        "tidszonebevidste tidspunkter (fx med ZoneInfo('Europe/Copenhagen'))"
    )


def test_fejl_fra_underklasser_ordret() -> None:
    # navnet »årstal« læses ikke af beskeden, så argument skal komme fra valideringen
    with pytest.raises(UgyldigVaerdiFejl) as info:
        kraev_aware(pd.NaT, "årstal")
    assert str(info.value) == (
        f"årstal: fik NaT (type NaTType), som ikke er et gyldigt tidspunkt; accepterer {_TID}"
    )
    assert info.value.argument == "årstal" and info.value.vaerdi is pd.NaT
    nano = pd.Timestamp("2024-01-01T10:00:00.000000001+01:00")
    with pytest.raises(UgyldigVaerdiFejl) as info:
        kraev_aware(nano, "årstal")
    assert str(info.value) == (
        "årstal: fik Timestamp('2024-01-01 10:00:00.000000001+0100', tz='UTC+01:00') "
        "(type Timestamp) med 1 nanosekunder; accepterer kun tidspunkter i hele mikrosekunder"
    )
    assert info.value.argument == "årstal" and info.value.vaerdi is nano
    ns = pd.Timedelta(1, unit="ns")
    with pytest.raises(UgyldigVaerdiFejl) as info:
        kraev_varighed(ns, "årstal")
    assert str(info.value) == (
        "årstal: fik Timedelta('0 days 00:00:00.000000001') (type Timedelta); accepterer kun "
        "varigheder i hele mikrosekunder"
    )
    assert info.value.argument == "årstal" and info.value.vaerdi is ns


def test_numpy_datetime64_ordret() -> None:
    np = pytest.importorskip("numpy")
    t = np.datetime64("2024-01-01T10:00")
    with pytest.raises(UgyldigTypeFejl) as info:
        kraev_aware(t, "årstal")
    assert str(info.value) == (
        f"årstal: fik {t!r} (type datetime64); en numpy.datetime64 har ingen tidszone; "
        f"accepterer {_TID}, fx pandas.Timestamp(x, tz='Europe/Copenhagen')"
    )
    assert info.value.argument == "årstal" and info.value.vaerdi is t


def test_varighed_af_underklasse_beholder_dage_og_mikrosekunder() -> None:
    v = kraev_varighed(pd.Timedelta(days=2, seconds=3, microseconds=5), "v")
    assert type(v) is timedelta and v == timedelta(days=2, seconds=3, microseconds=5)


def test_defekt_varighed_giver_en_klar_fejl() -> None:
    class Defekt(timedelta):
        @property
        def days(self) -> int:  # type: ignore[override]
            raise RuntimeError("ingen dage")

    v = Defekt(hours=1)
    with pytest.raises(UgyldigVaerdiFejl) as info:
        kraev_varighed(v, "årstal")
    assert str(info.value) == (
        f"årstal: fik {v!r} (type Defekt), som ikke er en gyldig varighed; accepterer en timedelta"
    )
    assert info.value.argument == "årstal" and info.value.vaerdi is v


@pytest.fixture
def maskinens_zone_plus_14(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """Maskinens lokale tidszone sat til UTC+14 (POSIX-form, kræver ingen tzdata)."""
    monkeypatch.setenv("TZ", "<+14>-14")
    time.tzset()
    try:
        yield
    finally:
        monkeypatch.undo()
        time.tzset()


@pytest.mark.usefixtures("maskinens_zone_plus_14")
def test_maskinens_lokale_tidszone_er_uden_betydning() -> None:
    # Omregningerne går over UTC, aldrig over maskinens zone: år 9999 kl. 20 UTC er 21 dansk
    # tid (samme år), også når maskinens zone er 14 timer foran UTC.
    assert lokal_dato("9999-12-31T20:00+00:00") == date(9999, 12, 31)
    sent = datetime(9999, 12, 31, 21, 0, tzinfo=_KBH)
    assert kraev_aware(sent, "t") is sent


@pytest.mark.parametrize(
    "tekst",
    [
        "2019-03-04T08:00:00.0000009+01:00",  # et 9-tal som syvende ciffer
        "2019-03-04T08:00:00.0000001+01:00:00.000001",  # to brøker: den første er for fin
    ],
)
def test_iso_tekst_med_brok_under_et_mikrosekund_afvises_ogsaa_her(tekst: str) -> None:
    # FAE-03 (som ovenfor): ethvert ciffer efter sjette decimal, der ikke er 0, også 9, og
    # også når en senere brøk (i offsettet) er i orden.
    with pytest.raises(UgyldigVaerdiFejl, match="under et mikrosekund"):
        kraev_aware(tekst, "start")
