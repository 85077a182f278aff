"""Den danske kalender: lokal tid i Europe/Copenhagen, søndage og helligdage.

De officielle helligdage kommer fra `holidays`-pakken (kategorien *public*), så Store
bededag er helligdag til og med 2023 og ikke fra 2024 (lov nr. 214 af 6. marts 2023 om
afskaffelse af store bededag som helligdag; lovforslaget blev vedtaget 28. februar 2023).
En `Kalender` kan tilføje eller fjerne dage — fx en lokal aftale, der behandler
24. december som helligdag — uden global tilstand. Hver regel, der afhænger af
helligdage, tager et valgfrit `kalender=`, som standard `OFFICIEL_KALENDER`.

Naive tidspunkter afvises altid; tidspunkter i enhver zone omregnes til København. En lokal
tid, der ikke findes (forårets overspringede time), afvises; en tid i efterårets gentagne
time er det øjeblik, `fold` udpeger (fortolkningsloggen FAE-03). `pendulum`- og
`pandas`-tidspunkter og -datoer tages imod som almindelige `datetime`/`date`.
"""

from __future__ import annotations

import functools
from collections.abc import Iterable
from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

import attrs

from forloebsregler._valider import kraev_aware, kraev_dato, kraev_heltal, vis
from forloebsregler.fejl import ForloebsreglerFejl, UgyldigTypeFejl, UgyldigVaerdiFejl

__all__ = [
    "FOERSTE_AAR",
    "KOEBENHAVN",
    "OFFICIEL_KALENDER",
    "SIDSTE_AAR",
    "Kalender",
    "kraev_lokal_dato",
    "lokal_dato",
    "til_koebenhavn",
]

KOEBENHAVN = ZoneInfo("Europe/Copenhagen")
"""Tidszonen, som alle lokale regler anvendes i."""


FOERSTE_AAR = 1900
"""Første år, kalenderen kender helligdagene for."""
SIDSTE_AAR = 2100
"""Sidste år, `holidays`-pakken kender helligdagene for (dens standard, `DEFAULT_END_YEAR`,
som den danske kalender arver); senere år afvises, for uden data ville alle dage stiltiende
se ud som hverdage. Tallet står her, så `import forloebsregler` ikke importerer `holidays`
(pakken indlæses ved første brug af en helligdag); tests/test_kalender.py tjekker, at det er
pakkens konstant, og ved første brug tjekkes også den danske kalenders eget sidste år
(`_kraev_aar`)."""


def _kraev_aar(aar: int) -> int:
    sidste = min(SIDSTE_AAR, _dansk_sidste_aar())
    if not FOERSTE_AAR <= aar <= sidste:
        raise UgyldigVaerdiFejl(
            f"dag: året {aar} ligger uden for {FOERSTE_AAR}–{sidste}, som kalenderen kender "
            "de officielle helligdage for; om dagen er helligdag, kan ikke afgøres"
        )
    return aar


@functools.cache
def _dansk_sidste_aar() -> int:
    """Den danske kalenders eget sidste år (bygges ved første brug, ikke ved importen)."""
    import holidays  # først ved første brug: importen koster mere end resten af kalenderen

    return int(getattr(holidays.country_holidays("DK"), "end_year", SIDSTE_AAR))


@functools.lru_cache(maxsize=512)
def _officielle_helligdage(aar: int) -> dict[date, str]:
    """De officielle danske helligdage i et år, med danske navne."""
    _kraev_aar(aar)
    import holidays

    return dict(holidays.country_holidays("DK", years=aar, language="da").items())


def _til_datoer(vaerdier: Iterable[object]) -> frozenset[date]:
    if isinstance(vaerdier, str | bytes) or not isinstance(vaerdier, Iterable):
        raise UgyldigTypeFejl(
            f"dage: fik {vis(vaerdier)}; accepterer en samling af date eller ISO-datoer"
        )
    return frozenset(kraev_dato(v, "dage") for v in vaerdier)


@attrs.frozen(cache_hash=True)
class Kalender:
    """En helligdagskalender: de officielle danske helligdage med lokale tilføjelser/fravalg.

    Søndage er altid søndage; `fjernede` fjerner kun helligdage, ikke søndage.

    >>> from datetime import date
    >>> k = OFFICIEL_KALENDER.med_dage(date(2024, 12, 24))
    >>> k.er_helligdag(date(2024, 12, 24)), OFFICIEL_KALENDER.er_helligdag(date(2024, 12, 24))
    (True, False)
    """

    tilfoejede: frozenset[date] = attrs.field(default=frozenset(), converter=_til_datoer)
    fjernede: frozenset[date] = attrs.field(default=frozenset(), converter=_til_datoer)

    def med_dage(self, *dage: date | str) -> Kalender:
        """En ny kalender, hvor `dage` også er helligdage."""
        nye = _til_datoer(dage)
        return Kalender(tilfoejede=self.tilfoejede | nye, fjernede=self.fjernede - nye)

    def uden_dage(self, *dage: date | str) -> Kalender:
        """En ny kalender, hvor `dage` ikke er helligdage (søndage forbliver søndage)."""
        nye = _til_datoer(dage)
        return Kalender(tilfoejede=self.tilfoejede - nye, fjernede=self.fjernede | nye)

    def er_helligdag(self, dag: date) -> bool:
        """Om `dag` er helligdag i denne kalender (søndage tæller ikke med her)."""
        if type(dag) is not date:
            dag = kraev_dato(dag, "dag")
        if dag in self.tilfoejede:
            return True
        if dag in self.fjernede:
            return False
        return dag in _officielle_helligdage(dag.year)

    def helligdagsnavn(self, dag: date) -> str | None:
        """Helligdagens danske navn, 'lokal helligdag' for en tilføjet dag, ellers None."""
        dag = kraev_dato(dag, "dag")
        if not self.er_helligdag(dag):
            return None
        return _officielle_helligdage(dag.year).get(dag, "lokal helligdag")

    def er_soen_eller_helligdag(self, dag: date) -> bool:
        """Om `dag` er en søndag eller en helligdag."""
        if type(dag) is not date:
            dag = kraev_dato(dag, "dag")
        return dag.weekday() == 6 or self.er_helligdag(dag)

    def helligdage(self, aar: int) -> dict[date, str]:
        """Årets helligdage i denne kalender, sorteret efter dato."""
        aar = kraev_heltal(aar, "aar", min_vaerdi=FOERSTE_AAR, maks_vaerdi=SIDSTE_AAR)
        dage = {d: n for d, n in _officielle_helligdage(aar).items() if d not in self.fjernede}
        for d in self.tilfoejede:
            if d.year == aar:
                dage.setdefault(d, "lokal helligdag")
        return dict(sorted(dage.items()))


OFFICIEL_KALENDER = Kalender()
"""De officielle danske helligdage uden lokale ændringer."""


def kraev_kalender(kalender: object) -> Kalender:
    """`kalender`-argumentet: `None` betyder de officielle helligdage."""
    if kalender is None:
        return OFFICIEL_KALENDER
    if not isinstance(kalender, Kalender):
        raise UgyldigTypeFejl(f"kalender: fik {vis(kalender)}; accepterer en Kalender eller None")
    return kalender


def til_koebenhavn(tidspunkt: datetime | str, navn: str = "tidspunkt") -> datetime:
    """Et tidszonebevidst tidspunkt omregnet til Københavns lokale tid.

    Naive tidspunkter afvises med `NaivtTidspunktFejl`.
    """
    tid = kraev_aware(tidspunkt, navn)
    try:
        return tid.astimezone(KOEBENHAVN)
    except (OverflowError, ValueError):
        raise  # uden for kalenderen: den, der kalder, siger hvad der accepteres
    except Exception:  # en defekt tzinfo, der først fejler ved omregningen
        raise UgyldigVaerdiFejl(
            f"{navn}: fik {vis(tidspunkt)}, som ikke kan omregnes til dansk tid (tidszonen "
            "fejler); accepterer et tidszonebevidst tidspunkt med en virkende tidszone",
            argument=navn,
            vaerdi=tidspunkt,
        ) from None


def lokal_dato(tidspunkt: date | datetime | str, navn: str = "tidspunkt") -> date:
    """Den lokale kalenderdato i København for en `date` eller et tidszonebevidst tidspunkt.

    En `date` er allerede en lokal dato; et tidspunkt omregnes til København først, så
    23:30 dansk tid er samme dag, uanset hvilken zone tidspunktet blev givet i.
    """
    if isinstance(tidspunkt, datetime):
        return til_koebenhavn(tidspunkt, navn).date()
    if isinstance(tidspunkt, date):
        return kraev_dato(tidspunkt, navn)  # en date-underklasse bliver en almindelig date
    if isinstance(tidspunkt, str) and len(tidspunkt.strip()) <= len("ÅÅÅÅ-MM-DD"):
        return kraev_dato(tidspunkt, navn)
    return til_koebenhavn(tidspunkt, navn).date()


_MAKS_PLADS_DAGE = 36_500


def kraev_lokal_dato(vaerdi: object, navn: str, *, plads_dage: int = 0) -> date:
    """En lokal dato i København af en `date`, et tidszonebevidst tidspunkt eller en ISO-streng.

    Den ene datokonvertering for regler, der tager »en dag«: et tidspunkt omregnes til dansk
    tid først (`lokal_dato`), og alt andet afvises med en fejl, der siger, hvad der
    accepteres. Datoen skal kunne lægges `plads_dage` dage til uden at løbe ud over
    kalenderen.
    """
    if type(plads_dage) is not int or not 0 <= plads_dage <= _MAKS_PLADS_DAGE:
        raise UgyldigTypeFejl(
            f"plads_dage: fik {vis(plads_dage)}; accepterer et heltal fra 0 til {_MAKS_PLADS_DAGE}",
            argument="plads_dage",
            vaerdi=plads_dage,
        )
    accepteret = "en date, et tidszonebevidst datetime eller en ISO-streng"
    if not isinstance(vaerdi, date | str):
        raise UgyldigTypeFejl(
            f"{navn}: fik {vis(vaerdi)}; accepterer {accepteret}", argument=navn, vaerdi=vaerdi
        )
    try:
        dag = lokal_dato(vaerdi, navn)
    except UgyldigVaerdiFejl:
        if not isinstance(vaerdi, str):
            raise
        raise UgyldigVaerdiFejl(
            f"{navn}: fik {vis(vaerdi)}, som hverken er en ISO-dato 'ÅÅÅÅ-MM-DD' eller et "
            f"ISO 8601-tidspunkt med offset; accepterer {accepteret}",
            argument=navn,
            vaerdi=vaerdi,
        ) from None
    except ForloebsreglerFejl:
        raise
    except (OverflowError, ValueError):
        raise UgyldigVaerdiFejl(
            f"{navn}: fik {vis(vaerdi)}, som ligger uden for kalenderen; accepterer {accepteret}",
            argument=navn,
            vaerdi=vaerdi,
        ) from None
    if dag > date.max - timedelta(days=plads_dage):
        raise UgyldigVaerdiFejl(
            f"{navn}: fik {vis(vaerdi)}; accepterer kun datoer til og med "
            f"{date.max - timedelta(days=plads_dage)}",
            argument=navn,
            vaerdi=vaerdi,
        )
    return dag
