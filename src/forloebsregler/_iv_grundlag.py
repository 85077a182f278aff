"""Den nordjyske IV-rammeaftales grundlag (privat): fælles citater og hjælpere, ingen regler.

Kilde: *Rammeaftale mellem 11 nordjyske kommuner og Region Nordjylland om intravenøs
behandling i kommunalt regi*. Her står de citater, som flere af reglerne i `ivkategori`,
`iv_undtagelser`, `iv_finansiering`, `iv_opfoelgning` og `iv_opsigelse` bygger på (tabel 2's
kemokur-række, tabel 3, kommunernes forpligtelse, afsnit 5's 20 %-regel), og de små hjælpere,
de deler (øreafrunding, henvisning til fortolkningsloggen, de tekniske værn mod urimelige tal).
Reglerne selv står i modulerne for deres afsnit.
"""

from __future__ import annotations

from collections.abc import Mapping
from decimal import ROUND_HALF_UP, Decimal, localcontext
from types import MappingProxyType

from forloebsregler.kilder import RAMMEAFTALE_IV_NORDJYLLAND as _R
from forloebsregler.kilder import Kilde

__all__: list[str] = []

_OERE = Decimal("0.01")

# Teknisk værn mod åbenlyst urimelige tal (ikke en regel fra kilden): forhindrer
# Decimal-overløb ved ekstreme eksponenter.
MAKS_TIMER = Decimal(10) ** 9
MAKS_ANTAL = Decimal(10) ** 12

K_FORPLIGTELSE = _R.kilde(
    "4. Aktivitet, Undtagelser",
    "Kommunerne forpligter sig således til at varetage IV-behandlingen i alle relevante "
    "patientforløb på de nævnte IV-områder",
)
K_KEMOKUR = _R.kilde(
    "4. Aktivitet, tabel 2: Kemokur",
    "Kemokur 0,25 timer Opgaven medregnes ikke i fordelingen af IV opgaver, fordi det ikke "
    "registreres som forløb.",
)
K_TABEL_3 = _R.kilde(
    "5. Økonomi, tabel 3",
    "finansierer regionen med et fast beløb pr. behandlingsforløb afhængigt af hvilken "
    "tyngdekategori det pågældende forløb falder i",
)
K_TABEL_3_RAEKKER: Mapping[str, Kilde] = MappingProxyType(
    {
        "KEMOKUR": _R.kilde("5. Økonomi, tabel 3: Kemokur", "Kemokur 0,25 timer 200 kr."),
        "KATEGORI_1": _R.kilde(
            "5. Økonomi, tabel 3: Kategori 1", "Kategori 1 0-5 timer 50-60 % 1.225 kr."
        ),
        "KATEGORI_2": _R.kilde(
            "5. Økonomi, tabel 3: Kategori 2", "Kategori 2 5-15 timer 20-25 % 4.900 kr."
        ),
        "KATEGORI_3": _R.kilde(
            "5. Økonomi, tabel 3: Kategori 3", "Kategori 3 15-35 timer 10-20 % 12.250 kr."
        ),
        "KATEGORI_4": _R.kilde(
            "5. Økonomi, tabel 3: Kategori 4", "Kategori 4 35+ timer 5-10 % 29.400 kr."
        ),
    }
)
K_FORTSAT_FORPLIGTET = _R.kilde(
    "5. Økonomi",
    "er kommunerne forpligtede til fortsat at varetage IV-behandlingen i kommunalt regi, "
    "ligesom regionen er forpligtet til uændret at medvirke til finansieringen af "
    "opgaveløsningen",
)
K_20_PROCENT = _R.kilde(
    "5. Økonomi",
    "Hvis aktiviteten efter 6 måneder overskrider det forventede aktivitetsniveau med minimum "
    "20 % (vægtet i forhold til de fire grupper) optages dog forhandlinger mellem parterne",
)

NORDJYLLAND = (
    "rammeaftalen mellem Region Nordjylland og de 11 nordjyske kommuner (tabel 3; "
    "Syddanmarks IV-aftaler fastsætter intet beløb pr. forløb)"
)
"""Hvis beløb: nævnes i hver begrundelse, der viser et IV-beløb (issue 12, punkt 5)."""


def oere(d: Decimal, afrunding: str = ROUND_HALF_UP) -> Decimal:
    """Et beløb i øre: afrundet half-up (eller efter `afrunding`), aldrig -0,00 og aldrig
    eksponentnotation.

    Præcisionen følger tallets størrelse, så kvantiseringen aldrig fejler (fx en overskridelse
    på 10^34 %, når det forventede antal er ganske lille)."""
    with localcontext() as ctx:
        ctx.prec = max(28, d.adjusted() + 4)
        beloeb = d.quantize(_OERE, afrunding)
        return beloeb + Decimal("0.00") if beloeb == 0 else beloeb


def spor_tekst(spor: tuple[str, ...]) -> str:
    return f" (læsning, se fortolkningsloggen {', '.join(spor)})" if spor else ""
