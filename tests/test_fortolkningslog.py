"""Fortolkningsloggen som helhed: hver post har et ID og den fulde form, og hvert ID, koden
nævner, findes i loggen."""

from __future__ import annotations

import re
from pathlib import Path

ROD = Path(__file__).resolve().parents[1]
LOG = (ROD / "docs" / "fortolkninger.md").read_text(encoding="utf-8")
_ID = re.compile(r"\b(?:FAE|DEP|KOO|LED|IV|GEN)-\d{2}\b")
_OVERSKRIFT = re.compile(r"^### (.+)$", re.MULTILINE)
_DELE = ("Kilder", "Læsning", "Hvorfor", "Anden læsning")


def _poster() -> dict[str, str]:
    """ID → postens tekst (fra overskriften til den næste overskrift)."""
    poster: dict[str, str] = {}
    fund = list(_OVERSKRIFT.finditer(LOG))
    for i, m in enumerate(fund):
        slut = fund[i + 1].start() if i + 1 < len(fund) else len(LOG)
        tekst = LOG[m.start() : slut].split("\n## ")[0]
        ident = _ID.match(m.group(1))
        assert ident, f"posten {m.group(1)!r} har intet ID (fx »LED-03 · …«)"
        assert ident.group(0) not in poster, f"{ident.group(0)} står to gange"
        poster[ident.group(0)] = tekst
    return poster


def test_hver_post_har_id_og_den_fulde_form() -> None:
    poster = _poster()
    assert len(poster) >= 80
    mangler = [
        f"{ident}: {del_}"
        for ident, tekst in poster.items()
        for del_ in _DELE
        if f"**{del_}.**" not in tekst and f"**{del_}**" not in tekst
    ]
    assert not mangler, "poster uden den fulde form:\n" + "\n".join(mangler)


def test_hvert_id_i_koden_findes_i_loggen() -> None:
    poster = _poster()
    kode = "\n".join(
        p.read_text(encoding="utf-8") for p in (ROD / "src" / "forloebsregler").rglob("*.py")
    )
    brugte = set(_ID.findall(kode))
    assert brugte, "koden nævner ingen fortolkninger"
    ukendte = sorted(brugte - set(poster))
    assert not ukendte, f"ID'er i koden uden en post i loggen: {ukendte}"
