"""Ét svar i tre tilstande for alle områder — og svaret »uden for målgruppen«.

Alle regler, der svarer ja/nej på et spørgsmål, svarer med `Svar`:

- `OPFYLDT` — teksten giver et ja;
- `IKKE_OPFYLDT` — teksten giver et nej;
- `KAN_IKKE_AFGOERES` — en nødvendig oplysning mangler, eller teksten stopper; svaret
  gættes aldrig, og resultatets begrundelse siger, hvad der mangler;
- `UDEN_FOR_MAALGRUPPEN` — personen er uden for det forløbsprogram, reglen hører til
  (depressionsprogrammets voksne over 18 år), så programmet siger intet om personen.

De fire gamle navne (`Afgoerelse`, `Opfyldelse`, `Daekning`, `Genoptraeningsudfald`) er
samme type, så kode skrevet mod dem virker uændret.

Kombinatorerne er de eneste måder, reglerne lægger svar sammen på:

- `ja_nej(True/False/None)` — en enkelt oplysning som svar;
- `og(...)` — alle skal være opfyldt: et nej afgør sagen, ellers gør et ukendt svaret ukendt;
- `eller(...)` — mindst én skal være opfyldt: et ja afgør sagen, ellers gør et ukendt svaret
  ukendt;
- `som_bool(svar)` — det omvendte af `ja_nej` (OPFYLDT → True, IKKE_OPFYLDT → False, ellers
  None);
- `samlet(grunde, ukendte)` — samme regel, når reglen har samlet grunde til nej og ukendte
  forhold som tekster (så begrundelsen kan nævne dem alle).
"""

from __future__ import annotations

from collections.abc import Sized
from enum import Enum

from forloebsregler._valider import vis
from forloebsregler.fejl import UgyldigTypeFejl

__all__ = ["Svar", "eller", "ja_nej", "og", "samlet", "som_bool"]


class Svar(Enum):
    """Et svar: opfyldt, ikke opfyldt, kan ikke afgøres — eller uden for målgruppen."""

    OPFYLDT = "opfyldt"
    IKKE_OPFYLDT = "ikke opfyldt"
    KAN_IKKE_AFGOERES = "kan ikke afgøres"
    UDEN_FOR_MAALGRUPPEN = "uden for målgruppen"


def ja_nej(vaerdi: bool | None) -> Svar:
    """`True` → OPFYLDT, `False` → IKKE_OPFYLDT, `None` (ikke oplyst) → KAN_IKKE_AFGOERES."""
    if vaerdi is None:
        return Svar.KAN_IKKE_AFGOERES
    if vaerdi is True:
        return Svar.OPFYLDT
    if vaerdi is False:
        return Svar.IKKE_OPFYLDT
    raise UgyldigTypeFejl(
        f"vaerdi: fik {vis(vaerdi)}; accepterer True, False eller None (ikke oplyst)",
        argument="vaerdi",
        vaerdi=vaerdi,
    )


def og(*svar: bool | Svar | None) -> Svar:
    """Alle skal være opfyldt: et nej afgør sagen; ellers gør et ukendt svaret ukendt.

    Hvert led er en oplysning (`True`/`False`/`None`) eller et `Svar`. Et led uden for
    målgruppen gør hele svaret uden for målgruppen, medmindre et andet led er nej.
    """
    led = [s if isinstance(s, Svar) else _led(s, i) for i, s in enumerate(svar)]
    if Svar.IKKE_OPFYLDT in led:
        return Svar.IKKE_OPFYLDT
    if Svar.UDEN_FOR_MAALGRUPPEN in led:
        return Svar.UDEN_FOR_MAALGRUPPEN
    if Svar.KAN_IKKE_AFGOERES in led:
        return Svar.KAN_IKKE_AFGOERES
    return Svar.OPFYLDT


def eller(*svar: bool | Svar | None) -> Svar:
    """Mindst én skal være opfyldt: et ja afgør sagen; ellers gør et ukendt svaret ukendt.

    Hvert led er en oplysning (`True`/`False`/`None`) eller et `Svar`. Uden et ja gør et led
    uden for målgruppen hele svaret uden for målgruppen.
    """
    led = [s if isinstance(s, Svar) else _led(s, i) for i, s in enumerate(svar)]
    if Svar.OPFYLDT in led:
        return Svar.OPFYLDT
    if Svar.UDEN_FOR_MAALGRUPPEN in led:
        return Svar.UDEN_FOR_MAALGRUPPEN
    if Svar.KAN_IKKE_AFGOERES in led:
        return Svar.KAN_IKKE_AFGOERES
    return Svar.IKKE_OPFYLDT


def som_bool(svar: Svar) -> bool | None:
    """OPFYLDT → True, IKKE_OPFYLDT → False; ellers None (ukendt eller uden for målgruppen)."""
    if not isinstance(svar, Svar):
        raise UgyldigTypeFejl(
            f"svar: fik {vis(svar)}; accepterer et Svar", argument="svar", vaerdi=svar
        )
    return {Svar.OPFYLDT: True, Svar.IKKE_OPFYLDT: False}.get(svar)


def _led(vaerdi: object, i: int) -> Svar:
    if vaerdi is None or vaerdi is True or vaerdi is False:
        return ja_nej(vaerdi)
    raise UgyldigTypeFejl(
        f"svar[{i}]: fik {vis(vaerdi)}; accepterer True, False, None eller et Svar",
        argument=f"svar[{i}]",
        vaerdi=vaerdi,
    )


def samlet(grunde: Sized, ukendte: Sized) -> Svar:
    """Et nej, hvis der er en grund til nej; ellers ukendt, hvis noget er ukendt; ellers ja.

    `grunde` og `ukendte` er samlinger (fx lister af tekster til begrundelsen).
    """
    for navn, samling in (("grunde", grunde), ("ukendte", ukendte)):
        if not isinstance(samling, Sized) or isinstance(samling, str | bytes):
            raise UgyldigTypeFejl(
                f"{navn}: fik {vis(samling)}; accepterer en liste, tuple eller mængde",
                argument=navn,
                vaerdi=samling,
            )
    if len(grunde):
        return Svar.IKKE_OPFYLDT
    if len(ukendte):
        return Svar.KAN_IKKE_AFGOERES
    return Svar.OPFYLDT
