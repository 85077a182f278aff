"""Fælles testhjælp: stien til kildeteksterne i `shared/kilder/`."""

from __future__ import annotations

import os
import re
from pathlib import Path

import pytest

KILDEMAPPE = Path(
    os.environ.get(
        "FORLOEBSREGLER_KILDER",
        Path(__file__).resolve().parents[2] / "shared" / "kilder",
    )
)


def normaliser(tekst: str) -> str:
    """Saml whitespace til ét mellemrum, så citater kan sammenlignes på tværs af linjeskift."""
    return re.sub(r"\s+", " ", tekst).strip()


@pytest.fixture(scope="session")
def kildetekster() -> dict[str, str]:
    """Kildefilernes tekst, normaliseret; testen springes over uden `shared/kilder/`."""
    if not KILDEMAPPE.is_dir():
        pytest.skip(f"kildeteksterne findes ikke i {KILDEMAPPE}")
    return {p.name: normaliser(p.read_text(encoding="utf-8")) for p in KILDEMAPPE.glob("*.txt")}
