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
