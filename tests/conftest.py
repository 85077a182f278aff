"""Fælles testhjælp: stien til kildeteksterne i `shared/kilder/`."""

from __future__ import annotations

import os
import re
from pathlib import Path

import pytest
from hypothesis import settings

# Hypothesis-profiler (vælg med FORLOEBSREGLER_HYPOTHESIS_PROFIL; se docs/kvalitet.md):
# - "lokal" (standard): 30 eksempler pr. egenskab med tilfældige frø;
# - "ci": de samme 30 eksempler deterministisk (samme eksempler hver gang for den samme kode),
#   så et grønt CI-løb kan gentages;
# - "grundig": 500 eksempler, til en grundig kørsel før en udgivelse.
# Ingen deadline: tid hører til benchmarks/, og en travl maskine gør deadlines ustabile.
# Test med egen `@settings(max_examples=...)` (de dyre differentielle test) beholder deres antal.
settings.register_profile("lokal", max_examples=30, deadline=None)
settings.register_profile("ci", max_examples=30, deadline=None, derandomize=True, print_blob=True)
settings.register_profile("grundig", max_examples=500, deadline=None)
settings.load_profile(os.environ.get("FORLOEBSREGLER_HYPOTHESIS_PROFIL") or "lokal")

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
