"""Hvert python-kodeeksempel i README.md og docs/ bliver kørt."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

ROD = Path(__file__).resolve().parents[1]
_BLOK = re.compile(r"^```python\n(.*?)^```", re.DOTALL | re.MULTILINE)


def _eksempler() -> list[tuple[str, int, str]]:
    filer = [ROD / "README.md", *sorted((ROD / "docs").rglob("*.md"))]
    fundne = []
    for fil in filer:
        tekst = fil.read_text(encoding="utf-8")
        for nr, match in enumerate(_BLOK.finditer(tekst), start=1):
            fundne.append((str(fil.relative_to(ROD)), nr, match.group(1)))
    return fundne


EKSEMPLER = _eksempler()


def test_der_er_eksempler() -> None:
    assert any(fil == "README.md" for fil, _, _ in EKSEMPLER)


@pytest.mark.parametrize(
    ("fil", "nr", "kode"), EKSEMPLER, ids=[f"{f}#{n}" for f, n, _ in EKSEMPLER]
)
def test_eksempel_koerer(fil: str, nr: int, kode: str) -> None:
    exec(compile(kode, f"{fil}#{nr}", "exec"), {"__name__": f"eksempel_{nr}"})
