"""Fælles testhjælp: stien til kildeteksterne i `shared/kilder/`."""

from __future__ import annotations

import os
import re
from pathlib import Path

import pytest
from hypothesis import settings

# CI kører egenskabstestene deterministisk (samme eksempler hver gang for den samme kode), så
# et grønt CI-løb kan gentages; lokalt udforsker Hypothesis med tilfældige frø som standard.
settings.register_profile("ci", derandomize=True, print_blob=True)
if os.environ.get("FORLOEBSREGLER_HYPOTHESIS_PROFIL"):
    settings.load_profile(os.environ["FORLOEBSREGLER_HYPOTHESIS_PROFIL"])

KILDEMAPPE = Path(
    os.environ.get(
        "FORLOEBSREGLER_KILDER",
        Path(__file__).resolve().parents[2] / "shared" / "kilder",
    )
)


def normaliser(tekst: str) -> str:
    """Saml whitespace til ét mellemrum, så citater kan sammenlignes på tværs af linjeskift."""
    return re.sub(r"\s+", " ", tekst).strip()


KILDER_KRAEVES = os.environ.get("FORLOEBSREGLER_KILDER_KRAEVES", "") not in ("", "0")
"""Sat i CI (`.ci/run`): uden kildeteksterne fejler kildetestene i stedet for at springes over."""


def kraev_kildemappe() -> None:
    """Spring kildetesten over uden kildeteksterne — eller fejl, når de kræves (CI)."""
    if KILDEMAPPE.is_dir():
        return
    besked = (
        f"kildeteksterne findes ikke i {KILDEMAPPE}; sæt FORLOEBSREGLER_KILDER til mappen "
        "med kildeteksterne (shared/kilder)"
    )
    if KILDER_KRAEVES:
        pytest.fail(besked)
    pytest.skip(besked)


@pytest.fixture(scope="session")
def kildetekster() -> dict[str, str]:
    """Kildefilernes tekst, normaliseret; testen springes over uden `shared/kilder/`."""
    kraev_kildemappe()
    return {p.name: normaliser(p.read_text(encoding="utf-8")) for p in KILDEMAPPE.glob("*.txt")}
