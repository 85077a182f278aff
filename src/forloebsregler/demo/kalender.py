"""Demo for kalenderen: officielle helligdage i Europe/Copenhagen (`forloebsregler demo`)."""

from __future__ import annotations

from datetime import date

from forloebsregler.kalender import OFFICIEL_KALENDER

__all__ = ["demo"]


def demo() -> list[str]:
    """Printbare linjer: to dage, den ene en afskaffet helligdag (store bededag)."""
    linjer = ["Kalender (Europe/Copenhagen, officielle helligdage fra holidays-pakken):"]
    for dag in (date(2023, 5, 5), date(2024, 4, 26)):
        navn = OFFICIEL_KALENDER.helligdagsnavn(dag)
        linjer.append(f"  {dag.isoformat()}: {navn or 'ikke helligdag'}")
    return linjer
