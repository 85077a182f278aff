"""Dansk visning af beløb, tal og datoer i begrundelser (privat modul, fælles for alle områder).

Én formatering overalt:

- `kr(Decimal("6167.87"))` → ``6.167,87 kr.`` (altid øre, punktum som tusindtalsseparator,
  komma som decimaltegn; et beløb med brøkdele af øre afrundes halvt op til øre);
- `tal(Decimal("1234.5"))` → ``1.234,5`` (tallet, som det er, uden eksponent);
- `dato(date(2025, 2, 1))` → ``1.2.2025``;
- `tidspunkt(datetime(2025, 2, 1, 8, 5, tzinfo=...))` → ``1.2.2025 kl. 08:05`` (uret, som det
  står i tidspunktets egen zone; reglerne giver danske tidspunkter).
"""

from __future__ import annotations

from datetime import date, datetime
from decimal import ROUND_HALF_UP, Decimal

__all__ = ["dato", "kr", "tal", "tidspunkt"]

_OERE = Decimal("0.01")


def _dansk(tekst: str) -> str:
    """Engelsk ``1,234.5`` → dansk ``1.234,5``."""
    return tekst.replace(",", "§").replace(".", ",").replace("§", ".")


def kr(beloeb: Decimal | int) -> str:
    """Et beløb i kroner med øre: ``6.167,87 kr.``."""
    d = Decimal(beloeb).quantize(_OERE, ROUND_HALF_UP)
    return _dansk(f"{d:,.2f}") + " kr."


def tal(vaerdi: Decimal | int) -> str:
    """Et tal på dansk, med de decimaler det har: ``1.234,5``, ``10`` (ikke ``1E+1``)."""
    return _dansk(f"{Decimal(vaerdi):,f}")  # formatet »f« skriver aldrig en eksponent


def dato(dag: date) -> str:
    """En dato på dansk: ``1.2.2025``."""
    return f"{dag.day}.{dag.month}.{dag.year}"


def tidspunkt(t: datetime) -> str:
    """Et tidspunkt på dansk: ``1.2.2025 kl. 08:05``."""
    return f"{dato(t.date())} kl. {t:%H:%M}"
