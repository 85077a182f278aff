"""Kommandolinjen `forloebsregler`.

`forloebsregler --version`, `forloebsregler demo` (et gennemregnet eksempel pr.
regelområde med kildernes egne tal) og en underkommando pr. regelområde. Fejl skrives
som én linje på stderr, og kommandoen afslutter med status 2.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable, Sequence
from datetime import date

from forloebsregler import __version__
from forloebsregler.fejl import ForloebsreglerFejl
from forloebsregler.kalender import OFFICIEL_KALENDER

__all__ = ["main"]


def _demo_kalender() -> list[str]:
    linjer = ["Kalender (Europe/Copenhagen, officielle helligdage fra holidays-pakken):"]
    for dag in (date(2023, 5, 5), date(2024, 4, 26)):
        navn = OFFICIEL_KALENDER.helligdagsnavn(dag)
        linjer.append(f"  {dag.isoformat()}: {navn or 'ikke helligdag'}")
    return linjer


DEMOER: list[Callable[[], list[str]]] = [_demo_kalender]


def _demo(_args: argparse.Namespace) -> int:
    for afsnit in DEMOER:
        print("\n".join(afsnit()))
        print()
    return 0


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="forloebsregler",
        description="Forløbsregler for Region Syddanmark og kommunerne.",
    )
    parser.add_argument("--version", action="version", version=f"forloebsregler {__version__}")
    under = parser.add_subparsers(dest="kommando", metavar="KOMMANDO")
    demo = under.add_parser("demo", help="gennemregnede eksempler fra kilderne")
    demo.set_defaults(funktion=_demo)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Kør kommandolinjen; returnerer exit-status."""
    parser = _parser()
    args = parser.parse_args(argv)
    funktion = getattr(args, "funktion", None)
    if funktion is None:
        parser.print_help()
        return 2
    try:
        status: int = funktion(args)
    except ForloebsreglerFejl as fejl:
        print(f"forloebsregler: fejl: {fejl}", file=sys.stderr)
        return 2
    return status


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
