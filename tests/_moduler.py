"""Pakkens moduler til tests, der skal dække dem alle (kontrakt, kontekst): fundet af
`pkgutil`, så et nyt modul ikke kan glemmes."""

from __future__ import annotations

import pkgutil

import forloebsregler

KANTER = frozenset({"cli", "batch", "dataframe", "testing", "demo", "typer", "__main__"})
"""Moduler, der bruger reglerne (og typerne), men ikke selv er regler eller bund."""


def offentlige_moduler() -> list[str]:
    """Pakkens offentlige moduler uden kanterne, fx »forloebsregler.koordinator«."""
    return sorted(
        f"forloebsregler.{m.name}"
        for m in pkgutil.iter_modules(forloebsregler.__path__)
        if not m.name.startswith("_") and m.name not in KANTER
    )
