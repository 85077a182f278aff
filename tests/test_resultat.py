"""Resultat-mixin: str, til_dict og HTML."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from decimal import Decimal
from enum import Enum

import attrs
import pytest

from forloebsregler import ForloebsreglerFejl
from forloebsregler._resultat import Resultat, enkel_vaerdi
from forloebsregler.kilder import SAMARBEJDSAFTALE_LEDSAGELSE, Kilde


class Farve(Enum):
    ROED = "rød"


@attrs.frozen
class Linje:
    beloeb: Decimal


@attrs.frozen
class EtResultat(Resultat):
    farve: Farve
    tid: datetime
    linjer: tuple[Linje, ...]
    begrundelse: str
    kilder: tuple[Kilde, ...]


def _resultat() -> EtResultat:
    return EtResultat(
        farve=Farve.ROED,
        tid=datetime(2024, 1, 1, 12, tzinfo=UTC),
        linjer=(Linje(Decimal("1.50")),),
        begrundelse="Fordi <kilden> siger det.",
        kilder=(SAMARBEJDSAFTALE_LEDSAGELSE.kilde("Afregning", "Afregning"),),
    )


def test_str_er_begrundelsen() -> None:
    assert str(_resultat()) == "Fordi <kilden> siger det."


def test_til_dict_giver_simple_vaerdier() -> None:
    d = _resultat().til_dict()
    assert d["farve"] == "ROED"
    assert d["tid"] == "2024-01-01T12:00:00+00:00"
    assert d["linjer"] == [{"beloeb": Decimal("1.50")}]
    assert d["kilder"][0].startswith("Samarbejdsaftale om hjælp til kommunikation")


def test_html_er_escapet() -> None:
    h = _resultat()._repr_html_()
    assert h.startswith("<table>") and "&lt;kilden&gt;" in h and "<kilden>" not in h


def test_enkel_vaerdi() -> None:
    assert enkel_vaerdi(date(2024, 2, 29)) == "2024-02-29"
    assert enkel_vaerdi(timedelta(hours=1, microseconds=5)) == Decimal("3600.000005")
    assert enkel_vaerdi(frozenset({Farve.ROED})) == ["ROED"]
    assert enkel_vaerdi({Farve.ROED: (1, 2)}) == {"ROED": [1, 2]}
    assert enkel_vaerdi(None) is None
    assert enkel_vaerdi(object()).startswith("<object")


def test_resultater_gaar_i_en_dataframe() -> None:
    pd = pytest.importorskip("pandas")
    a, b = _resultat(), attrs.evolve(_resultat(), farve=Farve.ROED, begrundelse="Anden.")
    df = pd.DataFrame([a, b])
    assert list(df.columns) == ["farve", "tid", "linjer", "begrundelse", "kilder"]
    assert df.loc[1, "begrundelse"] == "Anden."
    assert df.loc[0, "farve"] == "ROED"


def test_mapping_svarer_til_til_dict() -> None:
    r = _resultat()
    assert dict(r) == r.til_dict()
    assert len(r) == 5 and "farve" in r and "findes_ikke" not in r
    with pytest.raises(KeyError):
        r["findes_ikke"]
    with pytest.raises(ForloebsreglerFejl, match="felt: fik 'x'; EtResultat har felterne farve"):
        r["x"]
    assert r.get("x") is None
    assert hash(r) == hash(_resultat()) and r == _resultat()


@attrs.frozen
class _MedPrivat(Resultat):
    vaerdier: frozenset[object]
    _skjult: int = 0


def test_private_felter_udelades_og_mapping_fejl_er_ordret() -> None:
    r = _MedPrivat(frozenset({1, "a"}), 7)
    assert r.til_dict() == {"vaerdier": [1, "a"]}  # sorteret som tekst, blandede typer
    assert str(r) == repr(r)  # uden begrundelse er str repr
    with pytest.raises(ForloebsreglerFejl) as info:
        _resultat()["x"]
    assert str(info.value) == (
        "felt: fik 'x'; EtResultat har felterne farve, tid, linjer, begrundelse, kilder"
    )


def test_ukendt_felt_fejl_som_tekst() -> None:
    from forloebsregler.fejl import UkendtFeltFejl

    assert str(UkendtFeltFejl("felt: fik 'x'")) == "felt: fik 'x'"
    assert str(UkendtFeltFejl()) == ""


def test_timedelta_som_sekunder() -> None:
    assert enkel_vaerdi(timedelta(days=1, seconds=5)) == Decimal(86405)


def test_html_er_ordret() -> None:
    r = _MedPrivat(frozenset({"b", "a"}))
    assert r._repr_html_() == (
        "<table><caption>_MedPrivat</caption><tr><th>vaerdier</th><td>a<br>b</td></tr></table>"
    )
    to = attrs.evolve(_resultat(), linjer=(), begrundelse="x")
    assert to._repr_html_().count("</tr><tr>") == 4
