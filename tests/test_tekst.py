"""Den ene danske visning af beløb, tal, datoer og tidspunkter i begrundelser (`_tekst`)."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given
from hypothesis import strategies as st

from forloebsregler._tekst import dato, kr, tal, tidspunkt


@pytest.mark.parametrize(
    ("beloeb", "tekst"),
    [
        (Decimal("6167.87"), "6.167,87 kr."),
        (Decimal("2000"), "2.000,00 kr."),
        (Decimal("0.005"), "0,01 kr."),  # halvt op til øre
        (Decimal("0.125"), "0,13 kr."),  # halvt op, ikke til lige (0,12)
        (Decimal("-2.345"), "-2,35 kr."),
        (Decimal("-1234567.891"), "-1.234.567,89 kr."),
        (325, "325,00 kr."),
    ],
)
def test_kr(beloeb: Decimal | int, tekst: str) -> None:
    assert kr(beloeb) == tekst


def test_tal_og_dato_og_tidspunkt() -> None:
    assert tal(Decimal("1E+1")) == "10"
    assert tal(Decimal("1234.50")) == "1.234,50"
    assert dato(date(2025, 2, 1)) == "1.2.2025"
    kbh = ZoneInfo("Europe/Copenhagen")
    assert tidspunkt(datetime(2019, 3, 5, 12, 30, tzinfo=kbh)) == "5.3.2019 kl. 12:30"


@given(st.decimals(min_value=-(10**9), max_value=10**9, places=2))
def test_kr_kan_laeses_tilbage(beloeb: Decimal) -> None:
    tekst = kr(beloeb)
    assert tekst.endswith(" kr.")
    assert Decimal(tekst.removesuffix(" kr.").replace(".", "").replace(",", ".")) == beloeb
