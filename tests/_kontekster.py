"""Fjendtlige `decimal`-kontekster til testene: en kalder, der har ændret præcision,
afrunding, fælder og flag, må hverken ændre bibliotekets svar eller få sin kontekst ændret."""

from __future__ import annotations

import decimal

from hypothesis import strategies as st

SIGNALER = [
    decimal.Clamped,
    decimal.DivisionByZero,
    decimal.Inexact,
    decimal.InvalidOperation,
    decimal.FloatOperation,
    decimal.Overflow,
    decimal.Rounded,
    decimal.Subnormal,
    decimal.Underflow,
]
AFRUNDINGER = [
    decimal.ROUND_05UP,
    decimal.ROUND_CEILING,
    decimal.ROUND_DOWN,
    decimal.ROUND_FLOOR,
    decimal.ROUND_HALF_DOWN,
    decimal.ROUND_HALF_EVEN,
    decimal.ROUND_HALF_UP,
    decimal.ROUND_UP,
]


@st.composite
def fjendtlige_kontekster(draw: st.DrawFn) -> decimal.Context:
    """En kontekst med lav præcision, enhver afrunding, små eksponentgrænser og tilfældige
    fælder og flag; i halvdelen er de farligste fælder (Inexact, Rounded, InvalidOperation) sat."""
    traps = draw(st.lists(st.sampled_from(SIGNALER), unique=True))
    if draw(st.booleans()):
        traps = list({*traps, decimal.Inexact, decimal.Rounded, decimal.InvalidOperation})
    return decimal.Context(
        prec=draw(st.integers(1, 5)),
        rounding=draw(st.sampled_from(AFRUNDINGER)),
        Emax=draw(st.sampled_from([5, 999_999])),
        Emin=draw(st.sampled_from([-5, -999_999])),
        capitals=draw(st.integers(0, 1)),
        clamp=draw(st.integers(0, 1)),
        traps=traps,
        flags=draw(st.lists(st.sampled_from(SIGNALER), unique=True)),
    )


def tilstand(ctx: decimal.Context) -> tuple[object, ...]:
    """Alt ved en kontekst, en kalder kan se: præcision, afrunding, grænser, fælder og flag."""
    return (
        ctx.prec,
        ctx.rounding,
        ctx.Emin,
        ctx.Emax,
        ctx.capitals,
        ctx.clamp,
        dict(ctx.traps),
        dict(ctx.flags),
    )
