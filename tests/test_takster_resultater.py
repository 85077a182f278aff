"""Takster og afregning: hele resultatet, batchposterne og de præcise fejlbeskeder.

Begrundelsen (det, en sagsbehandler læser op), kilderne, fakturalinjerne og posterne i en
afregning er en del af kontrakten og pinnes her for hver gren af reglerne, med tallene
regnet i hånden efter samarbejdsaftalens taksttabel (2019-niveau). Fejlbeskeden for dårligt
input skal nævne argumentet, hvad der blev givet, og hvad der accepteres.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal
from typing import Any

import attrs
import pytest

from forloebsregler import (
    afregning,
    fakturering,
    kilometergodtgoerelse,
    kontraktomfang,
    ledsagelse,
    ledsagelsespris,
    ledsagerforhold,
    takster,
    takstperioder,
)
from forloebsregler.afregning import Betaler, Forloebstype, afregn_forloeb, vurderingsfrist
from forloebsregler.fakturering import faktureringsvurdering
from forloebsregler.fejl import (
    ManglendeTakstFejl,
    NaivtTidspunktFejl,
    PeriodeFejl,
    UgyldigTypeFejl,
    UgyldigVaerdiFejl,
    UkendtNavnFejl,
)
from forloebsregler.kalender import KOEBENHAVN, Kalender
from forloebsregler.kilometergodtgoerelse import beregn_kilometergodtgoerelse, kilometersats
from forloebsregler.ledsagelsespris import beregn_ledsagelse, beregn_mange
from forloebsregler.takster import (
    KILDE_REGULERING,
    STANDARD_TAKSTREGISTER,
    TAKSTER_2019,
    Takstregister,
    Taksttabel,
)
from forloebsregler.takstperioder import Takstkategori, Tidsrum, takstkategori

K = KOEBENHAVN
_KILDENAVNE = {
    id(v): n
    for m in (
        takstperioder,
        takster,
        ledsagelsespris,
        kilometergodtgoerelse,
        afregning,
        fakturering,
        ledsagelse,
        kontraktomfang,
        ledsagerforhold,
    )
    for n, v in vars(m).items()
    if n.startswith("KILDE_")
}


def _enkel(v: Any) -> Any:
    """Resultater og poster som dicts, med kilderne som deres konstantnavne (KILDE_...)."""
    if attrs.has(type(v)) and not isinstance(v, Taksttabel):
        ud: dict[str, Any] = {}
        for a in attrs.fields(type(v)):
            if not a.init or a.name == "anvendte_parametre":
                # issue 16: de brugte parametre prøves i tests/test_takster_parametre.py
                continue
            x = getattr(v, a.name)
            if a.name == "kilder":
                x = tuple(_KILDENAVNE[id(k)] for k in x)
            elif a.name == "kilde":
                x = None if x is None else _KILDENAVNE[id(x)]
            else:
                x = _enkel(x)
            ud[a.name] = x
        return ud
    if isinstance(v, tuple):
        return tuple(_enkel(x) for x in v)
    return v


# 2020-tabellen: 2019-taksterne fremskrevet med 2,1 % (hver takst afrundet halvt op til øre).
REG = STANDARD_TAKSTREGISTER.med(
    TAKSTER_2019.fremskriv(
        Decimal("1.021"), niveau="2020-niveau", gyldig_fra="2020-01-01", gyldig_til="2020-12-31"
    )
)
S = datetime(2019, 5, 6, 8, 0, tzinfo=K)  # mandag
E = datetime(2019, 5, 6, 14, 0, tzinfo=K)

RESULTATER: list[tuple[str, Any, Any]] = [
    (
        "Afregning: fredag 16:59:59 er dag",
        lambda: takstkategori(datetime(2019, 3, 1, 16, 59, 59, tzinfo=K)),
        {
            "tidspunkt": datetime(2019, 3, 1, 16, 59, 59, tzinfo=KOEBENHAVN),
            "kategori": Takstkategori.GRUNDLOEN,
            "tidsrum": Tidsrum.DAG,
            "grunddag": date(2019, 3, 1),
            "begrundelse": (
                "01.03.2019 kl. 16:59 dansk tid hører til dagtimerne kl. 06-17 fredag "
                "01.03.2019 og afregnes som »Grundløn« (tillæg 0 %); tidsrummet er dag."
            ),
            "kilder": (
                "KILDE_TAKSTTABEL",
                "KILDE_TIDSRUM",
            ),
            "fortolkninger": (),
        },
    ),
    (
        "Afregning: fredag 17:00 er fredag aften/nat",
        lambda: takstkategori(datetime(2019, 3, 1, 17, 0, tzinfo=K)),
        {
            "tidspunkt": datetime(2019, 3, 1, 17, 0, tzinfo=KOEBENHAVN),
            "kategori": Takstkategori.FREDAG_AFTEN_NAT,
            "tidsrum": Tidsrum.AFTEN,
            "grunddag": date(2019, 3, 1),
            "begrundelse": (
                "01.03.2019 kl. 17:00 dansk tid hører til aftenen/natten, der begynder fredag "
                "01.03.2019 og afregnes som »Fredag aften / nat« (tillæg 50 %); tidsrummet er "
                "aften."
            ),
            "kilder": (
                "KILDE_TAKSTTABEL",
                "KILDE_TIDSRUM",
            ),
            "fortolkninger": (),
        },
    ),
    (
        "Afregning: lørdag 05:59 hører til fredag",
        lambda: takstkategori(datetime(2019, 3, 2, 5, 59, tzinfo=K)),
        {
            "tidspunkt": datetime(2019, 3, 2, 5, 59, tzinfo=KOEBENHAVN),
            "kategori": Takstkategori.FREDAG_AFTEN_NAT,
            "tidsrum": Tidsrum.NAT,
            "grunddag": date(2019, 3, 1),
            "begrundelse": (
                "02.03.2019 kl. 05:59 dansk tid hører til aftenen/natten, der begynder fredag "
                "01.03.2019 og afregnes som »Fredag aften / nat« (tillæg 50 %); tidsrummet er "
                "nat. Svaret hviler på læsninger i fortolkningsloggen (LED-01: en aften/nat "
                "hører til den dag, den begynder)."
            ),
            "kilder": (
                "KILDE_TAKSTTABEL",
                "KILDE_TIDSRUM",
            ),
            "fortolkninger": ("LED-01",),
        },
    ),
    (
        "Afregning: lørdag 06:00 er lørdag dag",
        lambda: takstkategori("2019-03-02T06:00:00+01:00"),
        {
            "tidspunkt": datetime(2019, 3, 2, 6, 0, tzinfo=KOEBENHAVN),
            "kategori": Takstkategori.LOERDAG_DAG,
            "tidsrum": Tidsrum.DAG,
            "grunddag": date(2019, 3, 2),
            "begrundelse": (
                "02.03.2019 kl. 06:00 dansk tid hører til dagtimerne kl. 06-17 lørdag "
                "02.03.2019 og afregnes som »Lørdag dag« (tillæg 50 %); tidsrummet er dag."
            ),
            "kilder": (
                "KILDE_TAKSTTABEL",
                "KILDE_TIDSRUM",
            ),
            "fortolkninger": (),
        },
    ),
    (
        "Afregning: lørdag 23:00 er nat",
        lambda: takstkategori(datetime(2019, 3, 2, 23, 0, tzinfo=K)),
        {
            "tidspunkt": datetime(2019, 3, 2, 23, 0, tzinfo=KOEBENHAVN),
            "kategori": Takstkategori.LOERDAG_AFTEN_NAT,
            "tidsrum": Tidsrum.NAT,
            "grunddag": date(2019, 3, 2),
            "begrundelse": (
                "02.03.2019 kl. 23:00 dansk tid hører til aftenen/natten, der begynder lørdag "
                "02.03.2019 og afregnes som »Lørdag aften/nat« (tillæg 75 %); tidsrummet er "
                "nat."
            ),
            "kilder": (
                "KILDE_TAKSTTABEL",
                "KILDE_TIDSRUM",
            ),
            "fortolkninger": (),
        },
    ),
    (
        "Afregning: søndag 22:59 er aften",
        lambda: takstkategori(datetime(2019, 3, 3, 22, 59, tzinfo=K)),
        {
            "tidspunkt": datetime(2019, 3, 3, 22, 59, tzinfo=KOEBENHAVN),
            "kategori": Takstkategori.SOEN_HELLIGDAG_AFTEN_NAT,
            "tidsrum": Tidsrum.AFTEN,
            "grunddag": date(2019, 3, 3),
            "begrundelse": (
                "03.03.2019 kl. 22:59 dansk tid hører til aftenen/natten, der begynder søndag "
                "03.03.2019 og afregnes som »Søn og helligdag aften/nat« (tillæg 125 %); "
                "tidsrummet er aften."
            ),
            "kilder": (
                "KILDE_TAKSTTABEL",
                "KILDE_TIDSRUM",
            ),
            "fortolkninger": (),
        },
    ),
    (
        "Afregning: mandag 05:00 hører til søndag",
        lambda: takstkategori(datetime(2019, 3, 4, 5, 0, tzinfo=K)),
        {
            "tidspunkt": datetime(2019, 3, 4, 5, 0, tzinfo=KOEBENHAVN),
            "kategori": Takstkategori.SOEN_HELLIGDAG_AFTEN_NAT,
            "tidsrum": Tidsrum.NAT,
            "grunddag": date(2019, 3, 3),
            "begrundelse": (
                "04.03.2019 kl. 05:00 dansk tid hører til aftenen/natten, der begynder søndag "
                "03.03.2019 og afregnes som »Søn og helligdag aften/nat« (tillæg 125 %); "
                "tidsrummet er nat. Svaret hviler på læsninger i fortolkningsloggen (LED-01: "
                "en aften/nat hører til den dag, den begynder)."
            ),
            "kilder": (
                "KILDE_TAKSTTABEL",
                "KILDE_TIDSRUM",
            ),
            "fortolkninger": ("LED-01",),
        },
    ),
    (
        "Afregning: tirsdag 20:00 er hverdag aften/nat",
        lambda: takstkategori(datetime(2019, 3, 5, 20, 0, tzinfo=UTC)),
        {
            "tidspunkt": datetime(2019, 3, 5, 21, 0, tzinfo=KOEBENHAVN),
            "kategori": Takstkategori.HVERDAG_AFTEN_NAT,
            "tidsrum": Tidsrum.AFTEN,
            "grunddag": date(2019, 3, 5),
            "begrundelse": (
                "05.03.2019 kl. 21:00 dansk tid hører til aftenen/natten, der begynder tirsdag "
                "05.03.2019 og afregnes som »Hverdag, aften/nat« (tillæg 25 %); tidsrummet er "
                "aften."
            ),
            "kilder": (
                "KILDE_TAKSTTABEL",
                "KILDE_TIDSRUM",
            ),
            "fortolkninger": (),
        },
    ),
    (
        "Afregning: Store bededag 2023",
        lambda: takstkategori(datetime(2023, 5, 5, 10, 0, tzinfo=K)),
        {
            "tidspunkt": datetime(2023, 5, 5, 10, 0, tzinfo=KOEBENHAVN),
            "kategori": Takstkategori.SOEN_HELLIGDAG_DAG,
            "tidsrum": Tidsrum.DAG,
            "grunddag": date(2023, 5, 5),
            "begrundelse": (
                "05.05.2023 kl. 10:00 dansk tid hører til dagtimerne kl. 06-17 fredag (Store "
                "bededag) 05.05.2023 og afregnes som »Søn og helligdag dag« (tillæg 100 %); "
                "tidsrummet er dag. Svaret hviler på læsninger i fortolkningsloggen (LED-02: "
                "søn- og helligdage går forud for hverdags- og lørdagskategorierne)."
            ),
            "kilder": (
                "KILDE_TAKSTTABEL",
                "KILDE_TIDSRUM",
            ),
            "fortolkninger": ("LED-02",),
        },
    ),
    (
        "Afregning: Store bededag 2024 afskaffet",
        lambda: takstkategori(datetime(2024, 4, 26, 10, 0, tzinfo=K)),
        {
            "tidspunkt": datetime(2024, 4, 26, 10, 0, tzinfo=KOEBENHAVN),
            "kategori": Takstkategori.GRUNDLOEN,
            "tidsrum": Tidsrum.DAG,
            "grunddag": date(2024, 4, 26),
            "begrundelse": (
                "26.04.2024 kl. 10:00 dansk tid hører til dagtimerne kl. 06-17 fredag "
                "26.04.2024 og afregnes som »Grundløn« (tillæg 0 %); tidsrummet er dag."
            ),
            "kilder": (
                "KILDE_TAKSTTABEL",
                "KILDE_TIDSRUM",
            ),
            "fortolkninger": (),
        },
    ),
    (
        "Afregning: lokal helligdag",
        lambda: takstkategori(
            datetime(2019, 3, 5, 10, 0, tzinfo=K),
            kalender=Kalender(tilfoejede=frozenset({date(2019, 3, 5)})),
        ),
        {
            "tidspunkt": datetime(2019, 3, 5, 10, 0, tzinfo=KOEBENHAVN),
            "kategori": Takstkategori.SOEN_HELLIGDAG_DAG,
            "tidsrum": Tidsrum.DAG,
            "grunddag": date(2019, 3, 5),
            "begrundelse": (
                "05.03.2019 kl. 10:00 dansk tid hører til dagtimerne kl. 06-17 tirsdag (lokal "
                "helligdag) 05.03.2019 og afregnes som »Søn og helligdag dag« (tillæg 100 %); "
                "tidsrummet er dag. Svaret hviler på læsninger i fortolkningsloggen (LED-02: "
                "søn- og helligdage går forud for hverdags- og lørdagskategorierne)."
            ),
            "kilder": (
                "KILDE_TAKSTTABEL",
                "KILDE_TIDSRUM",
            ),
            "fortolkninger": ("LED-02",),
        },
    ),
    (
        "Afregning: fredag–lørdag",
        lambda: beregn_ledsagelse(
            datetime(2019, 3, 1, 16, 0, tzinfo=K), datetime(2019, 3, 2, 8, 0, tzinfo=K)
        ),
        {
            "start": datetime(2019, 3, 1, 16, 0, tzinfo=KOEBENHAVN),
            "slut": datetime(2019, 3, 2, 8, 0, tzinfo=KOEBENHAVN),
            "varighed": timedelta(days=0, seconds=57600, microseconds=0),
            "timer": Decimal("16.0000"),
            "linjer": (
                {
                    "kategori": Takstkategori.GRUNDLOEN,
                    "niveau": "2019-niveau",
                    "varighed": timedelta(days=0, seconds=3600, microseconds=0),
                    "timer": Decimal("1.0000"),
                    "takst": Decimal("277.21"),
                    "beloeb": Decimal("277.21"),
                },
                {
                    "kategori": Takstkategori.FREDAG_AFTEN_NAT,
                    "niveau": "2019-niveau",
                    "varighed": timedelta(days=0, seconds=46800, microseconds=0),
                    "timer": Decimal("13.0000"),
                    "takst": Decimal("415.81"),
                    "beloeb": Decimal("5405.53"),
                },
                {
                    "kategori": Takstkategori.LOERDAG_DAG,
                    "niveau": "2019-niveau",
                    "varighed": timedelta(days=0, seconds=7200, microseconds=0),
                    "timer": Decimal("2.0000"),
                    "takst": Decimal("415.81"),
                    "beloeb": Decimal("831.62"),
                },
            ),
            "total": Decimal("6514.36"),
            "niveauer": ("2019-niveau",),
            "timer_dag": Decimal("3.0000"),
            "timer_aften": Decimal("6.0000"),
            "timer_nat": Decimal("7.0000"),
            "begrundelse": (
                "Ledsagelsen fra 01.03.2019 kl. 16:00 til 02.03.2019 kl. 08:00 varer 16,0000 "
                "timer (Grundløn 1,0000 t; Fredag aften / nat 13,0000 t; Lørdag dag 2,0000 t) "
                "og koster 6.514,36 kr. efter 2019-niveau. Svaret hviler på læsninger i "
                "fortolkningsloggen (LED-01: en aften/nat hører til den dag, den begynder; "
                "LED-05: tabellens offentliggjorte kronebeløb bruges, ikke tillægsprocenterne; "
                "LED-07: 2019-tabellen bruges for kalenderåret 2019)."
            ),
            "kilder": (
                "KILDE_TAKSTTABEL",
                "KILDE_TIDSRUM",
            ),
            "fortolkninger": (
                "LED-01",
                "LED-05",
                "LED-07",
            ),
        },
    ),
    (
        "Afregning: nul varighed",
        lambda: beregn_ledsagelse(
            datetime(2019, 6, 3, 12, 0, tzinfo=K),
            datetime(2019, 6, 3, 12, 0, tzinfo=UTC) + timedelta(hours=-2),
        ),
        {
            "start": datetime(2019, 6, 3, 12, 0, tzinfo=KOEBENHAVN),
            "slut": datetime(2019, 6, 3, 12, 0, tzinfo=KOEBENHAVN),
            "varighed": timedelta(days=0, seconds=0, microseconds=0),
            "timer": Decimal("0.0000"),
            "linjer": (),
            "total": Decimal("0.00"),
            "niveauer": ("2019-niveau",),
            "timer_dag": Decimal("0.0000"),
            "timer_aften": Decimal("0.0000"),
            "timer_nat": Decimal("0.0000"),
            "begrundelse": (
                "Ledsagelsen fra 03.06.2019 kl. 12:00 til 03.06.2019 kl. 12:00 varer 0,0000 "
                "timer (ingen timer) og koster 0,00 kr. efter 2019-niveau."
            ),
            "kilder": (
                "KILDE_TAKSTTABEL",
                "KILDE_TIDSRUM",
            ),
            "fortolkninger": (),
        },
    ),
    (
        "Afregning: efterårsnat 2019 (25 timer)",
        lambda: beregn_ledsagelse(
            datetime(2019, 10, 26, 12, 0, tzinfo=K), datetime(2019, 10, 27, 12, 0, tzinfo=K)
        ),
        {
            "start": datetime(2019, 10, 26, 12, 0, tzinfo=KOEBENHAVN),
            "slut": datetime(2019, 10, 27, 12, 0, tzinfo=KOEBENHAVN),
            "varighed": timedelta(days=1, seconds=3600, microseconds=0),
            "timer": Decimal("25.0000"),
            "linjer": (
                {
                    "kategori": Takstkategori.LOERDAG_DAG,
                    "niveau": "2019-niveau",
                    "varighed": timedelta(days=0, seconds=18000, microseconds=0),
                    "timer": Decimal("5.0000"),
                    "takst": Decimal("415.81"),
                    "beloeb": Decimal("2079.05"),
                },
                {
                    "kategori": Takstkategori.LOERDAG_AFTEN_NAT,
                    "niveau": "2019-niveau",
                    "varighed": timedelta(days=0, seconds=50400, microseconds=0),
                    "timer": Decimal("14.0000"),
                    "takst": Decimal("485.11"),
                    "beloeb": Decimal("6791.54"),
                },
                {
                    "kategori": Takstkategori.SOEN_HELLIGDAG_DAG,
                    "niveau": "2019-niveau",
                    "varighed": timedelta(days=0, seconds=21600, microseconds=0),
                    "timer": Decimal("6.0000"),
                    "takst": Decimal("554.41"),
                    "beloeb": Decimal("3326.46"),
                },
            ),
            "total": Decimal("12197.05"),
            "niveauer": ("2019-niveau",),
            "timer_dag": Decimal("11.0000"),
            "timer_aften": Decimal("6.0000"),
            "timer_nat": Decimal("8.0000"),
            "begrundelse": (
                "Ledsagelsen fra 26.10.2019 kl. 12:00 til 27.10.2019 kl. 12:00 varer 25,0000 "
                "timer (Lørdag dag 5,0000 t; Lørdag aften/nat 14,0000 t; Søn og helligdag dag "
                "6,0000 t) og koster 12.197,05 kr. efter 2019-niveau. Svaret hviler på "
                "læsninger i fortolkningsloggen (LED-01: en aften/nat hører til den dag, den "
                "begynder; LED-03: timerne er reel forløbet tid over sommertidsskiftet; "
                "LED-05: tabellens offentliggjorte kronebeløb bruges, ikke tillægsprocenterne; "
                "LED-07: 2019-tabellen bruges for kalenderåret 2019)."
            ),
            "kilder": (
                "KILDE_TAKSTTABEL",
                "KILDE_TIDSRUM",
            ),
            "fortolkninger": (
                "LED-01",
                "LED-03",
                "LED-05",
                "LED-07",
            ),
        },
    ),
    (
        "Afregning: nytår over to niveauer",
        lambda: beregn_ledsagelse(
            "2019-12-31T22:00:00+01:00", "2020-01-01T02:00:00+01:00", takster=REG
        ),
        {
            "start": datetime(2019, 12, 31, 22, 0, tzinfo=KOEBENHAVN),
            "slut": datetime(2020, 1, 1, 2, 0, tzinfo=KOEBENHAVN),
            "varighed": timedelta(days=0, seconds=14400, microseconds=0),
            "timer": Decimal("4.0000"),
            "linjer": (
                {
                    "kategori": Takstkategori.HVERDAG_AFTEN_NAT,
                    "niveau": "2019-niveau",
                    "varighed": timedelta(days=0, seconds=7200, microseconds=0),
                    "timer": Decimal("2.0000"),
                    "takst": Decimal("346.51"),
                    "beloeb": Decimal("693.02"),
                },
                {
                    "kategori": Takstkategori.HVERDAG_AFTEN_NAT,
                    "niveau": "2020-niveau",
                    "varighed": timedelta(days=0, seconds=7200, microseconds=0),
                    "timer": Decimal("2.0000"),
                    "takst": Decimal("353.79"),
                    "beloeb": Decimal("707.58"),
                },
            ),
            "total": Decimal("1400.60"),
            "niveauer": (
                "2019-niveau",
                "2020-niveau",
            ),
            "timer_dag": Decimal("0.0000"),
            "timer_aften": Decimal("1.0000"),
            "timer_nat": Decimal("3.0000"),
            "begrundelse": (
                "Ledsagelsen fra 31.12.2019 kl. 22:00 til 01.01.2020 kl. 02:00 varer 4,0000 "
                "timer (Hverdag, aften/nat 2,0000 t; Hverdag, aften/nat 2,0000 t) og koster "
                "1.400,60 kr. efter 2019-niveau, 2020-niveau. Svaret hviler på læsninger i "
                "fortolkningsloggen (LED-01: en aften/nat hører til den dag, den begynder; "
                "LED-05: tabellens offentliggjorte kronebeløb bruges, ikke tillægsprocenterne; "
                "LED-06: hver fremskrevet takst afrundes for sig til øre; LED-07: "
                "2019-tabellen bruges for kalenderåret 2019)."
            ),
            "kilder": (
                "KILDE_TAKSTTABEL",
                "KILDE_TIDSRUM",
                "KILDE_REGULERING",
            ),
            "fortolkninger": (
                "LED-01",
                "LED-05",
                "LED-06",
                "LED-07",
            ),
        },
    ),
    (
        "Afregning: et mikrosekund",
        lambda: beregn_ledsagelse(
            datetime(2019, 6, 4, 10, 0, tzinfo=K), datetime(2019, 6, 4, 10, 0, 0, 1, tzinfo=K)
        ),
        {
            "start": datetime(2019, 6, 4, 10, 0, tzinfo=KOEBENHAVN),
            "slut": datetime(2019, 6, 4, 10, 0, 0, 1, tzinfo=KOEBENHAVN),
            "varighed": timedelta(days=0, seconds=0, microseconds=1),
            "timer": Decimal("0.0000"),
            "linjer": (
                {
                    "kategori": Takstkategori.GRUNDLOEN,
                    "niveau": "2019-niveau",
                    "varighed": timedelta(days=0, seconds=0, microseconds=1),
                    "timer": Decimal("0.0000"),
                    "takst": Decimal("277.21"),
                    "beloeb": Decimal("0.00"),
                },
            ),
            "total": Decimal("0.00"),
            "niveauer": ("2019-niveau",),
            "timer_dag": Decimal("0.0000"),
            "timer_aften": Decimal("0.0000"),
            "timer_nat": Decimal("0.0000"),
            "begrundelse": (
                "Ledsagelsen fra 04.06.2019 kl. 10:00 til 04.06.2019 kl. 10:00 varer 0,0000 "
                "timer (Grundløn 0,0000 t) og koster 0,00 kr. efter 2019-niveau. Svaret hviler "
                "på læsninger i fortolkningsloggen (LED-04: hver fakturalinje afrundes halvt "
                "op til øre; LED-07: 2019-tabellen bruges for kalenderåret 2019)."
            ),
            "kilder": (
                "KILDE_TAKSTTABEL",
                "KILDE_TIDSRUM",
            ),
            "fortolkninger": (
                "LED-04",
                "LED-07",
            ),
        },
    ),
    (
        "Akutte forløb: frist i sommertidsnatten",
        lambda: vurderingsfrist(datetime(2024, 3, 30, 23, 30, tzinfo=K)),
        datetime(2024, 3, 31, 4, 30, tzinfo=KOEBENHAVN),
    ),
    (
        "Akutte forløb: frist i vintertidsnatten",
        lambda: vurderingsfrist("2023-10-28T23:30:00+02:00"),
        datetime(2023, 10, 29, 2, 30, tzinfo=KOEBENHAVN),
    ),
    (
        "Kilometer: første sats",
        lambda: kilometersats(date(2019, 1, 1)),
        {
            "dato": date(2019, 1, 1),
            "sats": Decimal("1.98"),
            "gyldig_fra": date(2019, 1, 1),
            "begrundelse": (
                "Den lave kilometertakst den 01.01.2019 er 1,98 kr./km (gældende fra 01.01.2019)."
            ),
            "kilder": ("KILDE_KILOMETER",),
        },
    ),
    (
        "Kilometer: dagen før skift",
        lambda: kilometersats("2022-04-30"),
        {
            "dato": date(2022, 4, 30),
            "sats": Decimal("1.98"),
            "gyldig_fra": date(2022, 1, 1),
            "begrundelse": (
                "Den lave kilometertakst den 30.04.2022 er 1,98 kr./km (gældende fra 01.01.2022)."
            ),
            "kilder": ("KILDE_KILOMETER",),
        },
    ),
    (
        "Kilometer: skift 1.5.2022",
        lambda: kilometersats(datetime(2022, 4, 30, 22, 30, tzinfo=UTC)),
        {
            "dato": date(2022, 5, 1),
            "sats": Decimal("2.17"),
            "gyldig_fra": date(2022, 5, 1),
            "begrundelse": (
                "Den lave kilometertakst den 01.05.2022 er 2,17 kr./km (gældende fra 01.05.2022)."
            ),
            "kilder": ("KILDE_KILOMETER",),
        },
    ),
    (
        "Kilometer: sidste dag",
        lambda: kilometersats("2024-12-31T23:59:00+01:00"),
        {
            "dato": date(2024, 12, 31),
            "sats": Decimal("2.23"),
            "gyldig_fra": date(2024, 1, 1),
            "begrundelse": (
                "Den lave kilometertakst den 31.12.2024 er 2,23 kr./km (gældende fra 01.01.2024)."
            ),
            "kilder": ("KILDE_KILOMETER",),
        },
    ),
    (
        "Kilometer: godtgørelse",
        lambda: beregn_kilometergodtgoerelse(Decimal("12.5"), date(2024, 3, 1)),
        {
            "kilometer": Decimal("12.5"),
            "sats": Decimal("2.23"),
            "beloeb": Decimal("27.88"),
            "begrundelse": (
                "12,5 km à 2,23 kr. (lav kilometertakst) giver 27,88 kr. Svaret hviler på "
                "læsninger i fortolkningsloggen (LED-13: statens lave kilometertakst efter "
                "Skatterådets satser)."
            ),
            "kilder": (
                "KILDE_KM_TIL_OG_FRA",
                "KILDE_KILOMETER",
            ),
            "fortolkninger": ("LED-13",),
        },
    ),
    (
        "Kilometer: egen sats",
        lambda: beregn_kilometergodtgoerelse(3, "2030-01-01", sats="3.79"),
        {
            "kilometer": Decimal("3"),
            "sats": Decimal("3.79"),
            "beloeb": Decimal("11.37"),
            "begrundelse": "3 km à 3,79 kr. (lav kilometertakst) giver 11,37 kr.",
            "kilder": (
                "KILDE_KM_TIL_OG_FRA",
                "KILDE_KILOMETER",
            ),
            "fortolkninger": (),
        },
    ),
    (
        "Kilometer: afrunding halvt op",
        lambda: beregn_kilometergodtgoerelse("0.5", date(2023, 1, 1), sats="0.01"),
        {
            "kilometer": Decimal("0.5"),
            "sats": Decimal("0.01"),
            "beloeb": Decimal("0.01"),
            "begrundelse": "0,5 km à 0,01 kr. (lav kilometertakst) giver 0,01 kr.",
            "kilder": (
                "KILDE_KM_TIL_OG_FRA",
                "KILDE_KILOMETER",
            ),
            "fortolkninger": (),
        },
    ),
    (
        "Kilometer: grænser",
        lambda: beregn_kilometergodtgoerelse(10_000_000, date(2023, 1, 1), sats=1000),
        {
            "kilometer": Decimal("10000000"),
            "sats": Decimal("1000.00"),
            "beloeb": Decimal("10000000000.00"),
            "begrundelse": (
                "10.000.000 km à 1.000,00 kr. (lav kilometertakst) giver 10.000.000.000,00 kr."
            ),
            "kilder": (
                "KILDE_KM_TIL_OG_FRA",
                "KILDE_KILOMETER",
            ),
            "fortolkninger": (),
        },
    ),
    (
        "Kilometer: nul",
        lambda: beregn_kilometergodtgoerelse(0, date(2023, 1, 1), sats=0),
        {
            "kilometer": Decimal("0"),
            "sats": Decimal("0.00"),
            "beloeb": Decimal("0.00"),
            "begrundelse": "0 km à 0,00 kr. (lav kilometertakst) giver 0,00 kr.",
            "kilder": (
                "KILDE_KM_TIL_OG_FRA",
                "KILDE_KILOMETER",
            ),
            "fortolkninger": (),
        },
    ),
    (
        "Afregning: planlagt med kontrakt efter afgang",
        lambda: afregn_forloeb(
            "PLANLAGT",
            datetime(2019, 5, 6, 8, 0, tzinfo=K),
            datetime(2019, 5, 6, 14, 0, tzinfo=K),
            kontrakt_indgaaet=datetime(2019, 5, 6, 9, 0, tzinfo=K),
            km_til_sygehus=20,
            km_hjem=20,
            km_vagtskifte=5,
            parkering=30,
            parkering_paakraevet=True,
            taxa=250,
            taxa_saerlig_situation=True,
        ),
        {
            "forloebstype": Forloebstype.PLANLAGT,
            "poster": (
                {
                    "beskrivelse": (
                        "ledsagelse før kontrakten (planlagt, kontrakt indgået efter afgang)"
                    ),
                    "betaler": Betaler.KAN_IKKE_AFGOERES,
                    "beloeb": Decimal("277.21"),
                    "fra": datetime(2019, 5, 6, 8, 0, tzinfo=KOEBENHAVN),
                    "til": datetime(2019, 5, 6, 9, 0, tzinfo=KOEBENHAVN),
                    "linjer": (
                        {
                            "kategori": Takstkategori.GRUNDLOEN,
                            "niveau": "2019-niveau",
                            "varighed": timedelta(days=0, seconds=3600, microseconds=0),
                            "timer": Decimal("1.0000"),
                            "takst": Decimal("277.21"),
                            "beloeb": Decimal("277.21"),
                        },
                    ),
                    "kilde": "KILDE_FORUD_FOR_PLANLAGT",
                    "fortolkninger": (
                        "LED-07",
                        "LED-11",
                    ),
                },
                {
                    "beskrivelse": "ledsagelse (planlagt, kontrakt)",
                    "betaler": Betaler.SYGEHUS,
                    "beloeb": Decimal("1386.05"),
                    "fra": datetime(2019, 5, 6, 9, 0, tzinfo=KOEBENHAVN),
                    "til": datetime(2019, 5, 6, 14, 0, tzinfo=KOEBENHAVN),
                    "linjer": (
                        {
                            "kategori": Takstkategori.GRUNDLOEN,
                            "niveau": "2019-niveau",
                            "varighed": timedelta(days=0, seconds=18000, microseconds=0),
                            "timer": Decimal("5.0000"),
                            "takst": Decimal("277.21"),
                            "beloeb": Decimal("1386.05"),
                        },
                    ),
                    "kilde": "KILDE_BETALINGSPERIODE",
                    "fortolkninger": ("LED-07",),
                },
                {
                    "beskrivelse": "kørsel bopæl → sygehus (før kontrakten)",
                    "betaler": Betaler.KAN_IKKE_AFGOERES,
                    "beloeb": Decimal("39.60"),
                    "fra": None,
                    "til": None,
                    "linjer": (),
                    "kilde": "KILDE_FORUD_FOR_PLANLAGT",
                    "fortolkninger": (
                        "LED-11",
                        "LED-13",
                    ),
                },
                {
                    "beskrivelse": "kørsel ved vagtskifte",
                    "betaler": Betaler.SYGEHUS,
                    "beloeb": Decimal("9.90"),
                    "fra": None,
                    "til": None,
                    "linjer": (),
                    "kilde": "KILDE_KILOMETER",
                    "fortolkninger": ("LED-13",),
                },
                {
                    "beskrivelse": "kørsel sygehus → bopæl",
                    "betaler": Betaler.SYGEHUS,
                    "beloeb": Decimal("39.60"),
                    "fra": None,
                    "til": None,
                    "linjer": (),
                    "kilde": "KILDE_KM_TIL_OG_FRA",
                    "fortolkninger": ("LED-13",),
                },
                {
                    "beskrivelse": "P-afgift på sygehus",
                    "betaler": Betaler.SYGEHUS,
                    "beloeb": Decimal("30.00"),
                    "fra": None,
                    "til": None,
                    "linjer": (),
                    "kilde": "KILDE_PARKERING",
                    "fortolkninger": (),
                },
                {
                    "beskrivelse": "taxa (hjemtransport)",
                    "betaler": Betaler.SYGEHUS,
                    "beloeb": Decimal("250.00"),
                    "fra": None,
                    "til": None,
                    "linjer": (),
                    "kilde": "KILDE_TAXA",
                    "fortolkninger": (),
                },
            ),
            "total_sygehus": Decimal("1715.55"),
            "total_kommune": Decimal("0.00"),
            "total_kan_ikke_afgoeres": Decimal("316.81"),
            "vurderingsfrist": None,
            "frist_overskredet": None,
            "beloeb_efter_frist": Decimal("0.00"),
            "bemaerkninger": (
                (
                    "Kontrakten er indgået efter afgang fra bopælen; aftalen skal indgås forud "
                    "for planlagt behandling, og kilderne siger ikke, hvem der betaler tiden "
                    "før kontrakten, så den betaler kan ikke afgøres (fortolkningsloggen "
                    "LED-11)."
                ),
            ),
            "begrundelse": (
                "Planlagt forløb med kontrakt: sygehuset betaler 1.715,55 kr., kommunen 0,00 "
                "kr.; for 316,81 kr. kan betaleren ikke afgøres. Svaret hviler på læsninger i "
                "fortolkningsloggen (LED-07: 2019-tabellen bruges for kalenderåret 2019; "
                "LED-11: tiden før en sen kontrakt i et planlagt forløb har ingen kendt "
                "betaler; LED-13: statens lave kilometertakst efter Skatterådets satser)."
            ),
            "kilder": (
                "KILDE_TAKSTTABEL",
                "KILDE_BETALINGSPERIODE",
                "KILDE_SYGEHUS_AFHOLDER",
                "KILDE_FORUD_FOR_PLANLAGT",
                "KILDE_KILOMETER",
                "KILDE_KM_TIL_OG_FRA",
                "KILDE_PARKERING",
                "KILDE_TAXA",
            ),
            "fortolkninger": (
                "LED-07",
                "LED-11",
                "LED-13",
            ),
        },
    ),
    (
        "Afregning: planlagt med kontrakt forud",
        lambda: afregn_forloeb(
            "PLANLAGT",
            datetime(2019, 5, 6, 8, 0, tzinfo=K),
            datetime(2019, 5, 6, 14, 0, tzinfo=K),
            kontrakt_indgaaet=datetime(2019, 5, 1, 9, 0, tzinfo=K),
            parkering=30,
            parkering_paakraevet=False,
            taxa=250,
            taxa_saerlig_situation=False,
        ),
        {
            "forloebstype": Forloebstype.PLANLAGT,
            "poster": (
                {
                    "beskrivelse": "ledsagelse (planlagt, kontrakt)",
                    "betaler": Betaler.SYGEHUS,
                    "beloeb": Decimal("1663.26"),
                    "fra": datetime(2019, 5, 6, 8, 0, tzinfo=KOEBENHAVN),
                    "til": datetime(2019, 5, 6, 14, 0, tzinfo=KOEBENHAVN),
                    "linjer": (
                        {
                            "kategori": Takstkategori.GRUNDLOEN,
                            "niveau": "2019-niveau",
                            "varighed": timedelta(days=0, seconds=21600, microseconds=0),
                            "timer": Decimal("6.0000"),
                            "takst": Decimal("277.21"),
                            "beloeb": Decimal("1663.26"),
                        },
                    ),
                    "kilde": "KILDE_BETALINGSPERIODE",
                    "fortolkninger": ("LED-07",),
                },
                {
                    "beskrivelse": "P-afgift på sygehus",
                    "betaler": Betaler.KOMMUNE,
                    "beloeb": Decimal("30.00"),
                    "fra": None,
                    "til": None,
                    "linjer": (),
                    "kilde": "KILDE_PARKERING",
                    "fortolkninger": ("LED-12",),
                },
                {
                    "beskrivelse": "taxa (hjemtransport)",
                    "betaler": Betaler.KAN_IKKE_AFGOERES,
                    "beloeb": Decimal("250.00"),
                    "fra": None,
                    "til": None,
                    "linjer": (),
                    "kilde": "KILDE_TAXA",
                    "fortolkninger": (),
                },
            ),
            "total_sygehus": Decimal("1663.26"),
            "total_kommune": Decimal("30.00"),
            "total_kan_ikke_afgoeres": Decimal("250.00"),
            "vurderingsfrist": None,
            "frist_overskredet": None,
            "beloeb_efter_frist": Decimal("0.00"),
            "bemaerkninger": (
                (
                    "Taxa kan udelukkende benyttes i særlige situationer; uden en særlig "
                    "situation siger kilderne ikke, hvem der betaler, så betaleren af taxaen "
                    "kan ikke afgøres."
                ),
            ),
            "begrundelse": (
                "Planlagt forløb med kontrakt: sygehuset betaler 1.663,26 kr., kommunen 30,00 "
                "kr.; for 250,00 kr. kan betaleren ikke afgøres. Svaret hviler på læsninger i "
                "fortolkningsloggen (LED-07: 2019-tabellen bruges for kalenderåret 2019; "
                "LED-12: ikke-påkrævet P-afgift bæres af kommunen)."
            ),
            "kilder": (
                "KILDE_TAKSTTABEL",
                "KILDE_BETALINGSPERIODE",
                "KILDE_SYGEHUS_AFHOLDER",
                "KILDE_PARKERING",
                "KILDE_TAXA",
            ),
            "fortolkninger": (
                "LED-07",
                "LED-12",
            ),
        },
    ),
    (
        "Afregning: planlagt uden kontrakt",
        lambda: afregn_forloeb(
            Forloebstype.PLANLAGT,
            datetime(2019, 5, 6, 8, 0, tzinfo=K),
            datetime(2019, 5, 6, 14, 0, tzinfo=K),
            km_til_sygehus=10,
            km_hjem=10,
            parkering=30,
            taxa=100,
        ),
        {
            "forloebstype": Forloebstype.PLANLAGT,
            "poster": (
                {
                    "beskrivelse": "ledsagelse uden kontrakt",
                    "betaler": Betaler.KOMMUNE,
                    "beloeb": Decimal("1663.26"),
                    "fra": datetime(2019, 5, 6, 8, 0, tzinfo=KOEBENHAVN),
                    "til": datetime(2019, 5, 6, 14, 0, tzinfo=KOEBENHAVN),
                    "linjer": (
                        {
                            "kategori": Takstkategori.GRUNDLOEN,
                            "niveau": "2019-niveau",
                            "varighed": timedelta(days=0, seconds=21600, microseconds=0),
                            "timer": Decimal("6.0000"),
                            "takst": Decimal("277.21"),
                            "beloeb": Decimal("1663.26"),
                        },
                    ),
                    "kilde": "KILDE_SKRIFTLIG_AFTALE",
                    "fortolkninger": ("LED-07",),
                },
                {
                    "beskrivelse": "kørsel bopæl → sygehus",
                    "betaler": Betaler.KOMMUNE,
                    "beloeb": Decimal("19.80"),
                    "fra": None,
                    "til": None,
                    "linjer": (),
                    "kilde": "KILDE_KILOMETER",
                    "fortolkninger": ("LED-13",),
                },
                {
                    "beskrivelse": "kørsel sygehus → bopæl",
                    "betaler": Betaler.KOMMUNE,
                    "beloeb": Decimal("19.80"),
                    "fra": None,
                    "til": None,
                    "linjer": (),
                    "kilde": "KILDE_KM_TIL_OG_FRA",
                    "fortolkninger": ("LED-13",),
                },
                {
                    "beskrivelse": "P-afgift på sygehus",
                    "betaler": Betaler.KAN_IKKE_AFGOERES,
                    "beloeb": Decimal("30.00"),
                    "fra": None,
                    "til": None,
                    "linjer": (),
                    "kilde": "KILDE_PARKERING",
                    "fortolkninger": (),
                },
                {
                    "beskrivelse": "taxa (hjemtransport)",
                    "betaler": Betaler.KAN_IKKE_AFGOERES,
                    "beloeb": Decimal("100.00"),
                    "fra": None,
                    "til": None,
                    "linjer": (),
                    "kilde": "KILDE_TAXA",
                    "fortolkninger": (),
                },
            ),
            "total_sygehus": Decimal("0.00"),
            "total_kommune": Decimal("1702.86"),
            "total_kan_ikke_afgoeres": Decimal("130.00"),
            "vurderingsfrist": None,
            "frist_overskredet": None,
            "beloeb_efter_frist": Decimal("0.00"),
            "bemaerkninger": (
                (
                    "Taxa kan udelukkende benyttes i særlige situationer; det er ikke oplyst, "
                    "om der var en særlig situation, så betaleren af taxaen kan ikke afgøres."
                ),
            ),
            "begrundelse": (
                "Planlagt forløb uden kontrakt: sygehuset betaler 0,00 kr., kommunen 1.702,86 "
                "kr.; for 130,00 kr. kan betaleren ikke afgøres. Svaret hviler på læsninger i "
                "fortolkningsloggen (LED-07: 2019-tabellen bruges for kalenderåret 2019; "
                "LED-13: statens lave kilometertakst efter Skatterådets satser)."
            ),
            "kilder": (
                "KILDE_TAKSTTABEL",
                "KILDE_BETALINGSPERIODE",
                "KILDE_SKRIFTLIG_AFTALE",
                "KILDE_KILOMETER",
                "KILDE_KM_TIL_OG_FRA",
                "KILDE_PARKERING",
                "KILDE_TAXA",
            ),
            "fortolkninger": (
                "LED-07",
                "LED-13",
            ),
        },
    ),
    (
        "Akutte forløb: kontrakt efter fristen",
        lambda: afregn_forloeb(
            "AKUT",
            datetime(2019, 5, 10, 15, 0, tzinfo=K),
            datetime(2019, 5, 11, 9, 0, tzinfo=K),
            ankomst=datetime(2019, 5, 10, 16, 0, tzinfo=K),
            kontrakt_indgaaet=datetime(2019, 5, 10, 22, 0, tzinfo=K),
            km_til_sygehus=15,
            km_hjem=15,
            km_sats="2",
        ),
        {
            "forloebstype": Forloebstype.AKUT,
            "poster": (
                {
                    "beskrivelse": "ledsagelse før kontrakt (akut)",
                    "betaler": Betaler.KOMMUNE,
                    "beloeb": Decimal("2633.47"),
                    "fra": datetime(2019, 5, 10, 15, 0, tzinfo=KOEBENHAVN),
                    "til": datetime(2019, 5, 10, 22, 0, tzinfo=KOEBENHAVN),
                    "linjer": (
                        {
                            "kategori": Takstkategori.GRUNDLOEN,
                            "niveau": "2019-niveau",
                            "varighed": timedelta(days=0, seconds=7200, microseconds=0),
                            "timer": Decimal("2.0000"),
                            "takst": Decimal("277.21"),
                            "beloeb": Decimal("554.42"),
                        },
                        {
                            "kategori": Takstkategori.FREDAG_AFTEN_NAT,
                            "niveau": "2019-niveau",
                            "varighed": timedelta(days=0, seconds=18000, microseconds=0),
                            "timer": Decimal("5.0000"),
                            "takst": Decimal("415.81"),
                            "beloeb": Decimal("2079.05"),
                        },
                    ),
                    "kilde": "KILDE_KOMMUNEN_BETALER_TIL_KONTRAKT",
                    "fortolkninger": (
                        "LED-05",
                        "LED-07",
                        "LED-09",
                    ),
                },
                {
                    "beskrivelse": "ledsagelse efter kontrakt (akut)",
                    "betaler": Betaler.SYGEHUS,
                    "beloeb": Decimal("4573.91"),
                    "fra": datetime(2019, 5, 10, 22, 0, tzinfo=KOEBENHAVN),
                    "til": datetime(2019, 5, 11, 9, 0, tzinfo=KOEBENHAVN),
                    "linjer": (
                        {
                            "kategori": Takstkategori.FREDAG_AFTEN_NAT,
                            "niveau": "2019-niveau",
                            "varighed": timedelta(days=0, seconds=28800, microseconds=0),
                            "timer": Decimal("8.0000"),
                            "takst": Decimal("415.81"),
                            "beloeb": Decimal("3326.48"),
                        },
                        {
                            "kategori": Takstkategori.LOERDAG_DAG,
                            "niveau": "2019-niveau",
                            "varighed": timedelta(days=0, seconds=10800, microseconds=0),
                            "timer": Decimal("3.0000"),
                            "takst": Decimal("415.81"),
                            "beloeb": Decimal("1247.43"),
                        },
                    ),
                    "kilde": "KILDE_BETALINGSPERIODE",
                    "fortolkninger": (
                        "LED-01",
                        "LED-05",
                        "LED-07",
                    ),
                },
                {
                    "beskrivelse": "kørsel bopæl → sygehus (akut, afregnes ikke)",
                    "betaler": Betaler.KOMMUNE,
                    "beloeb": Decimal("30.00"),
                    "fra": None,
                    "til": None,
                    "linjer": (),
                    "kilde": "KILDE_AKUT_IKKE_TRANSPORT",
                    "fortolkninger": ("LED-10",),
                },
                {
                    "beskrivelse": "kørsel sygehus → bopæl",
                    "betaler": Betaler.SYGEHUS,
                    "beloeb": Decimal("30.00"),
                    "fra": None,
                    "til": None,
                    "linjer": (),
                    "kilde": "KILDE_KM_TIL_OG_FRA",
                    "fortolkninger": (),
                },
            ),
            "total_sygehus": Decimal("4603.91"),
            "total_kommune": Decimal("2663.47"),
            "total_kan_ikke_afgoeres": Decimal("0.00"),
            "vurderingsfrist": datetime(2019, 5, 10, 20, 0, tzinfo=KOEBENHAVN),
            "frist_overskredet": True,
            "beloeb_efter_frist": Decimal("831.62"),
            "bemaerkninger": (
                (
                    "Kontrakten kom efter fristen 10.05.2019 kl. 20:00; tiden efter fristen "
                    "(831,62 kr.) betales efter aftalen stadig af kommunen (fortolkningsloggen "
                    "LED-08)."
                ),
            ),
            "begrundelse": (
                "Akut forløb med kontrakt: sygehuset betaler 4.603,91 kr., kommunen 2.663,47 "
                "kr. Sygehusets frist for vurderingen var 10.05.2019 kl. 20:00. Svaret hviler "
                "på læsninger i fortolkningsloggen (LED-01: en aften/nat hører til den dag, "
                "den begynder; LED-05: tabellens offentliggjorte kronebeløb bruges, ikke "
                "tillægsprocenterne; LED-07: 2019-tabellen bruges for kalenderåret 2019; "
                "LED-08: kommunen betaler til kontrakten, også efter firetimersfristen; "
                "LED-09: aftalens betalingsregel går forud for blankettens fodnote; LED-10: "
                "hverken timer eller kilometer for turen til sygehuset afregnes)."
            ),
            "kilder": (
                "KILDE_TAKSTTABEL",
                "KILDE_BETALINGSPERIODE",
                "KILDE_AKUT_FIRE_TIMER",
                "KILDE_KOMMUNEN_BETALER_TIL_KONTRAKT",
                "KILDE_HOERING_FIRE_TIMER",
                "KILDE_KILOMETER",
                "KILDE_KM_TIL_OG_FRA",
                "KILDE_AKUT_IKKE_TRANSPORT",
            ),
            "fortolkninger": (
                "LED-01",
                "LED-05",
                "LED-07",
                "LED-08",
                "LED-09",
                "LED-10",
            ),
        },
    ),
    (
        "Akutte forløb: kontrakt præcis ved fristen",
        lambda: afregn_forloeb(
            "AKUT",
            datetime(2019, 5, 10, 15, 0, tzinfo=K),
            datetime(2019, 5, 10, 23, 0, tzinfo=K),
            ankomst=datetime(2019, 5, 10, 16, 0, tzinfo=K),
            kontrakt_indgaaet=datetime(2019, 5, 10, 20, 0, tzinfo=K),
            foerst_vagtlaege=True,
        ),
        {
            "forloebstype": Forloebstype.AKUT,
            "poster": (
                {
                    "beskrivelse": "ledsagelse før kontrakt (akut)",
                    "betaler": Betaler.KOMMUNE,
                    "beloeb": Decimal("1801.85"),
                    "fra": datetime(2019, 5, 10, 15, 0, tzinfo=KOEBENHAVN),
                    "til": datetime(2019, 5, 10, 20, 0, tzinfo=KOEBENHAVN),
                    "linjer": (
                        {
                            "kategori": Takstkategori.GRUNDLOEN,
                            "niveau": "2019-niveau",
                            "varighed": timedelta(days=0, seconds=7200, microseconds=0),
                            "timer": Decimal("2.0000"),
                            "takst": Decimal("277.21"),
                            "beloeb": Decimal("554.42"),
                        },
                        {
                            "kategori": Takstkategori.FREDAG_AFTEN_NAT,
                            "niveau": "2019-niveau",
                            "varighed": timedelta(days=0, seconds=10800, microseconds=0),
                            "timer": Decimal("3.0000"),
                            "takst": Decimal("415.81"),
                            "beloeb": Decimal("1247.43"),
                        },
                    ),
                    "kilde": "KILDE_KOMMUNEN_BETALER_TIL_KONTRAKT",
                    "fortolkninger": (
                        "LED-05",
                        "LED-07",
                        "LED-09",
                    ),
                },
                {
                    "beskrivelse": "ledsagelse efter kontrakt (akut)",
                    "betaler": Betaler.SYGEHUS,
                    "beloeb": Decimal("1247.43"),
                    "fra": datetime(2019, 5, 10, 20, 0, tzinfo=KOEBENHAVN),
                    "til": datetime(2019, 5, 10, 23, 0, tzinfo=KOEBENHAVN),
                    "linjer": (
                        {
                            "kategori": Takstkategori.FREDAG_AFTEN_NAT,
                            "niveau": "2019-niveau",
                            "varighed": timedelta(days=0, seconds=10800, microseconds=0),
                            "timer": Decimal("3.0000"),
                            "takst": Decimal("415.81"),
                            "beloeb": Decimal("1247.43"),
                        },
                    ),
                    "kilde": "KILDE_BETALINGSPERIODE",
                    "fortolkninger": (
                        "LED-05",
                        "LED-07",
                    ),
                },
            ),
            "total_sygehus": Decimal("1247.43"),
            "total_kommune": Decimal("1801.85"),
            "total_kan_ikke_afgoeres": Decimal("0.00"),
            "vurderingsfrist": datetime(2019, 5, 10, 20, 0, tzinfo=KOEBENHAVN),
            "frist_overskredet": False,
            "beloeb_efter_frist": Decimal("0.00"),
            "bemaerkninger": (),
            "begrundelse": (
                "Akut forløb med kontrakt: sygehuset betaler 1.247,43 kr., kommunen 1.801,85 "
                "kr. Sygehusets frist for vurderingen var 10.05.2019 kl. 20:00. Svaret hviler "
                "på læsninger i fortolkningsloggen (LED-05: tabellens offentliggjorte "
                "kronebeløb bruges, ikke tillægsprocenterne; LED-07: 2019-tabellen bruges for "
                "kalenderåret 2019; LED-09: aftalens betalingsregel går forud for blankettens "
                "fodnote)."
            ),
            "kilder": (
                "KILDE_TAKSTTABEL",
                "KILDE_BETALINGSPERIODE",
                "KILDE_AKUT_FIRE_TIMER",
                "KILDE_KOMMUNEN_BETALER_TIL_KONTRAKT",
                "KILDE_VAGTLAEGE",
            ),
            "fortolkninger": (
                "LED-05",
                "LED-07",
                "LED-09",
            ),
        },
    ),
    (
        "Akutte forløb: kontrakt før afgang",
        lambda: afregn_forloeb(
            "AKUT",
            datetime(2019, 5, 10, 15, 0, tzinfo=K),
            datetime(2019, 5, 10, 18, 0, tzinfo=K),
            ankomst=datetime(2019, 5, 10, 15, 0, tzinfo=K),
            kontrakt_indgaaet=datetime(2019, 5, 9, 9, 0, tzinfo=K),
        ),
        {
            "forloebstype": Forloebstype.AKUT,
            "poster": (
                {
                    "beskrivelse": "ledsagelse efter kontrakt (akut)",
                    "betaler": Betaler.SYGEHUS,
                    "beloeb": Decimal("970.23"),
                    "fra": datetime(2019, 5, 10, 15, 0, tzinfo=KOEBENHAVN),
                    "til": datetime(2019, 5, 10, 18, 0, tzinfo=KOEBENHAVN),
                    "linjer": (
                        {
                            "kategori": Takstkategori.GRUNDLOEN,
                            "niveau": "2019-niveau",
                            "varighed": timedelta(days=0, seconds=7200, microseconds=0),
                            "timer": Decimal("2.0000"),
                            "takst": Decimal("277.21"),
                            "beloeb": Decimal("554.42"),
                        },
                        {
                            "kategori": Takstkategori.FREDAG_AFTEN_NAT,
                            "niveau": "2019-niveau",
                            "varighed": timedelta(days=0, seconds=3600, microseconds=0),
                            "timer": Decimal("1.0000"),
                            "takst": Decimal("415.81"),
                            "beloeb": Decimal("415.81"),
                        },
                    ),
                    "kilde": "KILDE_BETALINGSPERIODE",
                    "fortolkninger": (
                        "LED-05",
                        "LED-07",
                    ),
                },
            ),
            "total_sygehus": Decimal("970.23"),
            "total_kommune": Decimal("0.00"),
            "total_kan_ikke_afgoeres": Decimal("0.00"),
            "vurderingsfrist": datetime(2019, 5, 10, 19, 0, tzinfo=KOEBENHAVN),
            "frist_overskredet": False,
            "beloeb_efter_frist": Decimal("0.00"),
            "bemaerkninger": (),
            "begrundelse": (
                "Akut forløb med kontrakt: sygehuset betaler 970,23 kr., kommunen 0,00 kr. "
                "Sygehusets frist for vurderingen var 10.05.2019 kl. 19:00. Svaret hviler på "
                "læsninger i fortolkningsloggen (LED-05: tabellens offentliggjorte kronebeløb "
                "bruges, ikke tillægsprocenterne; LED-07: 2019-tabellen bruges for "
                "kalenderåret 2019; LED-09: aftalens betalingsregel går forud for blankettens "
                "fodnote)."
            ),
            "kilder": (
                "KILDE_TAKSTTABEL",
                "KILDE_BETALINGSPERIODE",
                "KILDE_AKUT_FIRE_TIMER",
                "KILDE_KOMMUNEN_BETALER_TIL_KONTRAKT",
            ),
            "fortolkninger": (
                "LED-05",
                "LED-07",
                "LED-09",
            ),
        },
    ),
    (
        "Akutte forløb: kontrakt efter hjemkomst",
        lambda: afregn_forloeb(
            "AKUT",
            datetime(2019, 5, 10, 15, 0, tzinfo=K),
            datetime(2019, 5, 10, 18, 0, tzinfo=K),
            ankomst=datetime(2019, 5, 10, 18, 0, tzinfo=K),
            kontrakt_indgaaet=datetime(2019, 5, 11, 9, 0, tzinfo=K),
        ),
        {
            "forloebstype": Forloebstype.AKUT,
            "poster": (
                {
                    "beskrivelse": "ledsagelse før kontrakt (akut)",
                    "betaler": Betaler.KOMMUNE,
                    "beloeb": Decimal("970.23"),
                    "fra": datetime(2019, 5, 10, 15, 0, tzinfo=KOEBENHAVN),
                    "til": datetime(2019, 5, 10, 18, 0, tzinfo=KOEBENHAVN),
                    "linjer": (
                        {
                            "kategori": Takstkategori.GRUNDLOEN,
                            "niveau": "2019-niveau",
                            "varighed": timedelta(days=0, seconds=7200, microseconds=0),
                            "timer": Decimal("2.0000"),
                            "takst": Decimal("277.21"),
                            "beloeb": Decimal("554.42"),
                        },
                        {
                            "kategori": Takstkategori.FREDAG_AFTEN_NAT,
                            "niveau": "2019-niveau",
                            "varighed": timedelta(days=0, seconds=3600, microseconds=0),
                            "timer": Decimal("1.0000"),
                            "takst": Decimal("415.81"),
                            "beloeb": Decimal("415.81"),
                        },
                    ),
                    "kilde": "KILDE_KOMMUNEN_BETALER_TIL_KONTRAKT",
                    "fortolkninger": (
                        "LED-05",
                        "LED-07",
                        "LED-09",
                    ),
                },
            ),
            "total_sygehus": Decimal("0.00"),
            "total_kommune": Decimal("970.23"),
            "total_kan_ikke_afgoeres": Decimal("0.00"),
            "vurderingsfrist": datetime(2019, 5, 10, 22, 0, tzinfo=KOEBENHAVN),
            "frist_overskredet": False,
            "beloeb_efter_frist": Decimal("0.00"),
            "bemaerkninger": (),
            "begrundelse": (
                "Akut forløb med kontrakt: sygehuset betaler 0,00 kr., kommunen 970,23 kr. "
                "Sygehusets frist for vurderingen var 10.05.2019 kl. 22:00. Svaret hviler på "
                "læsninger i fortolkningsloggen (LED-05: tabellens offentliggjorte kronebeløb "
                "bruges, ikke tillægsprocenterne; LED-07: 2019-tabellen bruges for "
                "kalenderåret 2019; LED-09: aftalens betalingsregel går forud for blankettens "
                "fodnote)."
            ),
            "kilder": (
                "KILDE_TAKSTTABEL",
                "KILDE_BETALINGSPERIODE",
                "KILDE_AKUT_FIRE_TIMER",
                "KILDE_KOMMUNEN_BETALER_TIL_KONTRAKT",
            ),
            "fortolkninger": (
                "LED-05",
                "LED-07",
                "LED-09",
            ),
        },
    ),
    (
        "Akutte forløb: uden kontrakt, ukendte udgifter",
        lambda: afregn_forloeb(
            "akut",
            datetime(2019, 5, 10, 15, 0, tzinfo=K),
            datetime(2019, 5, 10, 18, 0, tzinfo=K),
            ankomst=datetime(2019, 5, 10, 15, 30, tzinfo=K),
            km_til_sygehus=7,
            parkering=20,
            taxa=150,
        ),
        {
            "forloebstype": Forloebstype.AKUT,
            "poster": (
                {
                    "beskrivelse": "ledsagelse uden kontrakt",
                    "betaler": Betaler.KOMMUNE,
                    "beloeb": Decimal("970.23"),
                    "fra": datetime(2019, 5, 10, 15, 0, tzinfo=KOEBENHAVN),
                    "til": datetime(2019, 5, 10, 18, 0, tzinfo=KOEBENHAVN),
                    "linjer": (
                        {
                            "kategori": Takstkategori.GRUNDLOEN,
                            "niveau": "2019-niveau",
                            "varighed": timedelta(days=0, seconds=7200, microseconds=0),
                            "timer": Decimal("2.0000"),
                            "takst": Decimal("277.21"),
                            "beloeb": Decimal("554.42"),
                        },
                        {
                            "kategori": Takstkategori.FREDAG_AFTEN_NAT,
                            "niveau": "2019-niveau",
                            "varighed": timedelta(days=0, seconds=3600, microseconds=0),
                            "timer": Decimal("1.0000"),
                            "takst": Decimal("415.81"),
                            "beloeb": Decimal("415.81"),
                        },
                    ),
                    "kilde": "KILDE_SKRIFTLIG_AFTALE",
                    "fortolkninger": (
                        "LED-05",
                        "LED-07",
                    ),
                },
                {
                    "beskrivelse": "kørsel bopæl → sygehus (akut, afregnes ikke)",
                    "betaler": Betaler.KOMMUNE,
                    "beloeb": Decimal("13.86"),
                    "fra": None,
                    "til": None,
                    "linjer": (),
                    "kilde": "KILDE_AKUT_IKKE_TRANSPORT",
                    "fortolkninger": (
                        "LED-10",
                        "LED-13",
                    ),
                },
                {
                    "beskrivelse": "P-afgift på sygehus",
                    "betaler": Betaler.KAN_IKKE_AFGOERES,
                    "beloeb": Decimal("20.00"),
                    "fra": None,
                    "til": None,
                    "linjer": (),
                    "kilde": "KILDE_PARKERING",
                    "fortolkninger": (),
                },
                {
                    "beskrivelse": "taxa (hjemtransport)",
                    "betaler": Betaler.KAN_IKKE_AFGOERES,
                    "beloeb": Decimal("150.00"),
                    "fra": None,
                    "til": None,
                    "linjer": (),
                    "kilde": "KILDE_TAXA",
                    "fortolkninger": (),
                },
            ),
            "total_sygehus": Decimal("0.00"),
            "total_kommune": Decimal("984.09"),
            "total_kan_ikke_afgoeres": Decimal("170.00"),
            "vurderingsfrist": datetime(2019, 5, 10, 19, 30, tzinfo=KOEBENHAVN),
            "frist_overskredet": None,
            "beloeb_efter_frist": Decimal("0.00"),
            "bemaerkninger": (
                (
                    "Taxa kan udelukkende benyttes i særlige situationer; det er ikke oplyst, "
                    "om der var en særlig situation, så betaleren af taxaen kan ikke afgøres."
                ),
            ),
            "begrundelse": (
                "Akut forløb uden kontrakt: sygehuset betaler 0,00 kr., kommunen 984,09 kr.; "
                "for 170,00 kr. kan betaleren ikke afgøres. Sygehusets frist for vurderingen "
                "var 10.05.2019 kl. 19:30. Svaret hviler på læsninger i fortolkningsloggen "
                "(LED-05: tabellens offentliggjorte kronebeløb bruges, ikke "
                "tillægsprocenterne; LED-07: 2019-tabellen bruges for kalenderåret 2019; "
                "LED-10: hverken timer eller kilometer for turen til sygehuset afregnes; "
                "LED-13: statens lave kilometertakst efter Skatterådets satser)."
            ),
            "kilder": (
                "KILDE_TAKSTTABEL",
                "KILDE_BETALINGSPERIODE",
                "KILDE_AKUT_FIRE_TIMER",
                "KILDE_KOMMUNEN_BETALER_TIL_KONTRAKT",
                "KILDE_KILOMETER",
                "KILDE_AKUT_IKKE_TRANSPORT",
                "KILDE_PARKERING",
                "KILDE_TAXA",
            ),
            "fortolkninger": (
                "LED-05",
                "LED-07",
                "LED-10",
                "LED-13",
            ),
        },
    ),
    (
        "Afregning: register over nytår",
        lambda: afregn_forloeb(
            "PLANLAGT",
            datetime(2019, 12, 31, 22, 0, tzinfo=K),
            datetime(2020, 1, 1, 2, 0, tzinfo=K),
            kontrakt_indgaaet=datetime(2019, 12, 1, tzinfo=K),
            takster=REG,
        ),
        {
            "forloebstype": Forloebstype.PLANLAGT,
            "poster": (
                {
                    "beskrivelse": "ledsagelse (planlagt, kontrakt)",
                    "betaler": Betaler.SYGEHUS,
                    "beloeb": Decimal("1400.60"),
                    "fra": datetime(2019, 12, 31, 22, 0, tzinfo=KOEBENHAVN),
                    "til": datetime(2020, 1, 1, 2, 0, tzinfo=KOEBENHAVN),
                    "linjer": (
                        {
                            "kategori": Takstkategori.HVERDAG_AFTEN_NAT,
                            "niveau": "2019-niveau",
                            "varighed": timedelta(days=0, seconds=7200, microseconds=0),
                            "timer": Decimal("2.0000"),
                            "takst": Decimal("346.51"),
                            "beloeb": Decimal("693.02"),
                        },
                        {
                            "kategori": Takstkategori.HVERDAG_AFTEN_NAT,
                            "niveau": "2020-niveau",
                            "varighed": timedelta(days=0, seconds=7200, microseconds=0),
                            "timer": Decimal("2.0000"),
                            "takst": Decimal("353.79"),
                            "beloeb": Decimal("707.58"),
                        },
                    ),
                    "kilde": "KILDE_BETALINGSPERIODE",
                    "fortolkninger": (
                        "LED-01",
                        "LED-05",
                        "LED-06",
                        "LED-07",
                    ),
                },
            ),
            "total_sygehus": Decimal("1400.60"),
            "total_kommune": Decimal("0.00"),
            "total_kan_ikke_afgoeres": Decimal("0.00"),
            "vurderingsfrist": None,
            "frist_overskredet": None,
            "beloeb_efter_frist": Decimal("0.00"),
            "bemaerkninger": (),
            "begrundelse": (
                "Planlagt forløb med kontrakt: sygehuset betaler 1.400,60 kr., kommunen 0,00 "
                "kr. Svaret hviler på læsninger i fortolkningsloggen (LED-01: en aften/nat "
                "hører til den dag, den begynder; LED-05: tabellens offentliggjorte kronebeløb "
                "bruges, ikke tillægsprocenterne; LED-06: hver fremskrevet takst afrundes for "
                "sig til øre; LED-07: 2019-tabellen bruges for kalenderåret 2019)."
            ),
            "kilder": (
                "KILDE_TAKSTTABEL",
                "KILDE_BETALINGSPERIODE",
                "KILDE_SYGEHUS_AFHOLDER",
            ),
            "fortolkninger": (
                "LED-01",
                "LED-05",
                "LED-06",
                "LED-07",
            ),
        },
    ),
    (
        "Regnskabsår: rettidig",
        lambda: faktureringsvurdering(
            date(2019, 11, 30), skriftlig_aftale=True, fakturadato=date(2020, 2, 29)
        ),
        {
            "kan_faktureres": True,
            "anbefalet_senest": date(2020, 2, 29),
            "regnskabsaar_slut": date(2019, 12, 31),
            "rettidig": True,
            "samme_regnskabsaar": False,
            "begrundelse": (
                "Der er en skriftlig aftale, så forløbet kan faktureres; regningen bør sendes "
                "senest 29.02.2020 og så vidt muligt inden 31.12.2019 — fakturadatoen "
                "29.02.2020 er inden for de tre måneder. Svaret hviler på læsninger i "
                "fortolkningsloggen (LED-14: regnskabsåret er kalenderåret; tre måneder er en "
                "henstilling)."
            ),
            "kilder": (
                "KILDE_SKRIFTLIG_AFTALE",
                "KILDE_TRE_MAANEDER",
                "KILDE_EN_BLANKET",
            ),
            "fortolkninger": ("LED-14",),
        },
    ),
    (
        "Regnskabsår: en dag for sent",
        lambda: faktureringsvurdering(
            "2019-11-30", skriftlig_aftale=True, fakturadato="2020-03-01"
        ),
        {
            "kan_faktureres": True,
            "anbefalet_senest": date(2020, 2, 29),
            "regnskabsaar_slut": date(2019, 12, 31),
            "rettidig": False,
            "samme_regnskabsaar": False,
            "begrundelse": (
                "Der er en skriftlig aftale, så forløbet kan faktureres; regningen bør sendes "
                "senest 29.02.2020 og så vidt muligt inden 31.12.2019 — fakturadatoen "
                "01.03.2020 er efter de tre måneder. Svaret hviler på læsninger i "
                "fortolkningsloggen (LED-14: regnskabsåret er kalenderåret; tre måneder er en "
                "henstilling)."
            ),
            "kilder": (
                "KILDE_SKRIFTLIG_AFTALE",
                "KILDE_TRE_MAANEDER",
                "KILDE_EN_BLANKET",
            ),
            "fortolkninger": ("LED-14",),
        },
    ),
    (
        "Regnskabsår: uden aftale",
        lambda: faktureringsvurdering(
            datetime(2019, 12, 31, 23, 30, tzinfo=UTC), skriftlig_aftale=False
        ),
        {
            "kan_faktureres": False,
            "anbefalet_senest": date(2020, 4, 1),
            "regnskabsaar_slut": date(2020, 12, 31),
            "rettidig": None,
            "samme_regnskabsaar": None,
            "begrundelse": (
                "Uden skriftlig aftale kan kommunen ikke fremsende regning; regningen bør "
                "sendes senest 01.04.2020 og så vidt muligt inden 31.12.2020. Svaret hviler på "
                "læsninger i fortolkningsloggen (LED-14: regnskabsåret er kalenderåret; tre "
                "måneder er en henstilling)."
            ),
            "kilder": (
                "KILDE_SKRIFTLIG_AFTALE",
                "KILDE_TRE_MAANEDER",
                "KILDE_EN_BLANKET",
            ),
            "fortolkninger": ("LED-14",),
        },
    ),
    (
        "Regnskabsår: aftale ukendt, samme dag",
        lambda: faktureringsvurdering(
            date(2019, 3, 31), skriftlig_aftale=None, fakturadato=date(2019, 3, 31)
        ),
        {
            "kan_faktureres": None,
            "anbefalet_senest": date(2019, 6, 30),
            "regnskabsaar_slut": date(2019, 12, 31),
            "rettidig": True,
            "samme_regnskabsaar": True,
            "begrundelse": (
                "Om der er en skriftlig aftale, er ikke oplyst, så det kan ikke afgøres; "
                "regningen bør sendes senest 30.06.2019 og så vidt muligt inden 31.12.2019 — "
                "fakturadatoen 31.03.2019 er inden for de tre måneder. Svaret hviler på "
                "læsninger i fortolkningsloggen (LED-14: regnskabsåret er kalenderåret; tre "
                "måneder er en henstilling)."
            ),
            "kilder": (
                "KILDE_SKRIFTLIG_AFTALE",
                "KILDE_TRE_MAANEDER",
                "KILDE_EN_BLANKET",
            ),
            "fortolkninger": ("LED-14",),
        },
    ),
]


@pytest.mark.parametrize(
    ("kald", "forventet"), [r[1:] for r in RESULTATER], ids=[r[0] for r in RESULTATER]
)
def test_hele_resultatet(kald: Any, forventet: Any) -> None:
    resultat = kald()
    assert _enkel(resultat) == forventet
    if isinstance(forventet, dict):
        assert str(resultat) == forventet["begrundelse"]


VAERDIER: list[tuple[str, Any, Any]] = [
    (
        "Afregning: regulering 2,1 %",
        lambda: (
            TAKSTER_2019.fremskriv(
                "1.021", niveau="2020-niveau", gyldig_fra=date(2020, 1, 1), gyldig_til="2020-12-31"
            ).takster
        ),
        (
            Decimal("283.03"),
            Decimal("353.79"),
            Decimal("424.54"),
            Decimal("424.54"),
            Decimal("495.30"),
            Decimal("566.05"),
            Decimal("636.81"),
        ),
    ),
    (
        "Afregning: regulering halvt op",
        lambda: (
            Taksttabel(
                niveau="h", gyldig_fra="2019-01-01", gyldig_til="2019-12-31", takster=(100,) * 7
            )
            .fremskriv("1.00005", niveau="x", gyldig_fra="2020-01-01", gyldig_til="2020-12-31")
            .takster
        ),
        (
            Decimal("100.01"),
            Decimal("100.01"),
            Decimal("100.01"),
            Decimal("100.01"),
            Decimal("100.01"),
            Decimal("100.01"),
            Decimal("100.01"),
        ),
    ),
    (
        "Afregning: regulering har kilde",
        lambda: (
            TAKSTER_2019.fremskriv(
                1, niveau="x", gyldig_fra="2020-01-01", gyldig_til="2020-12-31"
            ).kilde
            is KILDE_REGULERING
        ),
        True,
    ),
    (
        "gaelder første dag",
        lambda: TAKSTER_2019.gaelder("2019-01-01"),
        True,
    ),
    (
        "gaelder sidste dag",
        lambda: TAKSTER_2019.gaelder(date(2019, 12, 31)),
        True,
    ),
    (
        "gaelder dagen før",
        lambda: TAKSTER_2019.gaelder("2018-12-31"),
        False,
    ),
    (
        "gaelder dagen efter",
        lambda: TAKSTER_2019.gaelder("2020-01-01"),
        False,
    ),
    (
        "takst pr. navn",
        lambda: [TAKSTER_2019.takst(k.name.lower()) for k in Takstkategori],
        [
            Decimal("277.21"),
            Decimal("346.51"),
            Decimal("415.81"),
            Decimal("415.81"),
            Decimal("485.11"),
            Decimal("554.41"),
            Decimal("623.71"),
        ],
    ),
    (
        "tabel fra dict",
        lambda: (
            Taksttabel(
                niveau="d",
                gyldig_fra="2019-01-01",
                gyldig_til="2019-01-01",
                takster={k.name: i + 1 for i, k in enumerate(Takstkategori)},
            ).takster
        ),
        (
            Decimal("1"),
            Decimal("2"),
            Decimal("3"),
            Decimal("4"),
            Decimal("5"),
            Decimal("6"),
            Decimal("7"),
        ),
    ),
    (
        "med erstatter samme periode",
        lambda: [
            t.niveau
            for t in REG.med(
                TAKSTER_2019.fremskriv(
                    2, niveau="ny 2019", gyldig_fra="2019-01-01", gyldig_til="2019-12-31"
                )
            ).tabeller
        ],
        ["ny 2019", "2020-niveau"],
    ),
    (
        "med sorterer",
        lambda: [
            t.niveau for t in Takstregister(()).med(REG.tabeller[1], REG.tabeller[0]).tabeller
        ],
        ["2019-niveau", "2020-niveau"],
    ),
    (
        "tabel_for",
        lambda: REG.tabel_for("2020-12-31").niveau,
        "2020-niveau",
    ),
    (
        "timer_i",
        lambda: [
            beregn_ledsagelse(
                "2019-12-31T16:00:00+01:00", "2020-01-01T07:00:00+01:00", takster=REG
            ).timer_i(k)
            for k in Takstkategori
        ],
        [
            Decimal("1.0000"),
            Decimal("13.0000"),
            Decimal("0.0000"),
            Decimal("0.0000"),
            Decimal("0.0000"),
            Decimal("1.0000"),
            Decimal("0.0000"),
        ],
    ),
    (
        "timer dag/aften/nat",
        lambda: [
            (b.timer_dag, b.timer_aften, b.timer_nat)
            for b in [
                beregn_ledsagelse(
                    "2019-12-31T16:00:00+01:00", "2020-01-01T07:00:00+01:00", takster=REG
                )
            ]
        ],
        [(Decimal("2.0000"), Decimal("6.0000"), Decimal("7.0000"))],
    ),
    (
        "vurderingsfrist UTC",
        lambda: vurderingsfrist(datetime(2019, 6, 1, 22, 0, tzinfo=UTC)),
        datetime(2019, 6, 2, 4, 0, tzinfo=KOEBENHAVN),
    ),
    (
        "batch",
        lambda: list(
            beregn_mange(
                [
                    (S, E),
                    {"start": "2019-12-31T22:00:00+01:00", "slut": "2020-01-01T02:00:00+01:00"},
                    (E, S),
                    {"start": S},
                    "x",
                    (datetime(2019, 5, 6), E),
                    [S, datetime(2019, 5, 6, 8, 0, 0, 1, tzinfo=UTC)],
                    (datetime(1900, 1, 1, tzinfo=UTC), E),
                ],
                takster=REG,
            )
        ),
        [
            {
                "raekke": 1,
                "start": "2019-05-06T08:00:00+02:00",
                "slut": "2019-05-06T14:00:00+02:00",
                "niveau": "2019-niveau",
                "timer": Decimal("6.0000"),
                "timer_GRUNDLOEN": Decimal("6.0000"),
                "timer_HVERDAG_AFTEN_NAT": Decimal("0.0000"),
                "timer_FREDAG_AFTEN_NAT": Decimal("0.0000"),
                "timer_LOERDAG_DAG": Decimal("0.0000"),
                "timer_LOERDAG_AFTEN_NAT": Decimal("0.0000"),
                "timer_SOEN_HELLIGDAG_DAG": Decimal("0.0000"),
                "timer_SOEN_HELLIGDAG_AFTEN_NAT": Decimal("0.0000"),
                "beloeb_GRUNDLOEN": Decimal("1663.26"),
                "beloeb_HVERDAG_AFTEN_NAT": Decimal("0.00"),
                "beloeb_FREDAG_AFTEN_NAT": Decimal("0.00"),
                "beloeb_LOERDAG_DAG": Decimal("0.00"),
                "beloeb_LOERDAG_AFTEN_NAT": Decimal("0.00"),
                "beloeb_SOEN_HELLIGDAG_DAG": Decimal("0.00"),
                "beloeb_SOEN_HELLIGDAG_AFTEN_NAT": Decimal("0.00"),
                "total": Decimal("1663.26"),
                "fejl": None,
            },
            {
                "raekke": 2,
                "start": "2019-12-31T22:00:00+01:00",
                "slut": "2020-01-01T02:00:00+01:00",
                "niveau": "2019-niveau, 2020-niveau",
                "timer": Decimal("4.0000"),
                "timer_GRUNDLOEN": Decimal("0.0000"),
                "timer_HVERDAG_AFTEN_NAT": Decimal("4.0000"),
                "timer_FREDAG_AFTEN_NAT": Decimal("0.0000"),
                "timer_LOERDAG_DAG": Decimal("0.0000"),
                "timer_LOERDAG_AFTEN_NAT": Decimal("0.0000"),
                "timer_SOEN_HELLIGDAG_DAG": Decimal("0.0000"),
                "timer_SOEN_HELLIGDAG_AFTEN_NAT": Decimal("0.0000"),
                "beloeb_GRUNDLOEN": Decimal("0.00"),
                "beloeb_HVERDAG_AFTEN_NAT": Decimal("1400.60"),
                "beloeb_FREDAG_AFTEN_NAT": Decimal("0.00"),
                "beloeb_LOERDAG_DAG": Decimal("0.00"),
                "beloeb_LOERDAG_AFTEN_NAT": Decimal("0.00"),
                "beloeb_SOEN_HELLIGDAG_DAG": Decimal("0.00"),
                "beloeb_SOEN_HELLIGDAG_AFTEN_NAT": Decimal("0.00"),
                "total": Decimal("1400.60"),
                "fejl": None,
            },
            {
                "raekke": 3,
                "start": None,
                "slut": None,
                "niveau": None,
                "timer": None,
                "timer_GRUNDLOEN": None,
                "timer_HVERDAG_AFTEN_NAT": None,
                "timer_FREDAG_AFTEN_NAT": None,
                "timer_LOERDAG_DAG": None,
                "timer_LOERDAG_AFTEN_NAT": None,
                "timer_SOEN_HELLIGDAG_DAG": None,
                "timer_SOEN_HELLIGDAG_AFTEN_NAT": None,
                "beloeb_GRUNDLOEN": None,
                "beloeb_HVERDAG_AFTEN_NAT": None,
                "beloeb_FREDAG_AFTEN_NAT": None,
                "beloeb_LOERDAG_DAG": None,
                "beloeb_LOERDAG_AFTEN_NAT": None,
                "beloeb_SOEN_HELLIGDAG_DAG": None,
                "beloeb_SOEN_HELLIGDAG_AFTEN_NAT": None,
                "total": None,
                "fejl": (
                    "slut: fik 2019-05-06T08:00:00+02:00, som er før start "
                    "2019-05-06T14:00:00+02:00; accepterer et sluttidspunkt samme tid som eller "
                    "efter start"
                ),
            },
            {
                "raekke": 4,
                "start": None,
                "slut": None,
                "niveau": None,
                "timer": None,
                "timer_GRUNDLOEN": None,
                "timer_HVERDAG_AFTEN_NAT": None,
                "timer_FREDAG_AFTEN_NAT": None,
                "timer_LOERDAG_DAG": None,
                "timer_LOERDAG_AFTEN_NAT": None,
                "timer_SOEN_HELLIGDAG_DAG": None,
                "timer_SOEN_HELLIGDAG_AFTEN_NAT": None,
                "beloeb_GRUNDLOEN": None,
                "beloeb_HVERDAG_AFTEN_NAT": None,
                "beloeb_FREDAG_AFTEN_NAT": None,
                "beloeb_LOERDAG_DAG": None,
                "beloeb_LOERDAG_AFTEN_NAT": None,
                "beloeb_SOEN_HELLIGDAG_DAG": None,
                "beloeb_SOEN_HELLIGDAG_AFTEN_NAT": None,
                "total": None,
                "fejl": (
                    "episode: fik en mapping uden 'start' og 'slut' (['start'] (type list)); "
                    "accepterer {'start': ..., 'slut': ...} eller (start, slut)"
                ),
            },
            {
                "raekke": 5,
                "start": None,
                "slut": None,
                "niveau": None,
                "timer": None,
                "timer_GRUNDLOEN": None,
                "timer_HVERDAG_AFTEN_NAT": None,
                "timer_FREDAG_AFTEN_NAT": None,
                "timer_LOERDAG_DAG": None,
                "timer_LOERDAG_AFTEN_NAT": None,
                "timer_SOEN_HELLIGDAG_DAG": None,
                "timer_SOEN_HELLIGDAG_AFTEN_NAT": None,
                "beloeb_GRUNDLOEN": None,
                "beloeb_HVERDAG_AFTEN_NAT": None,
                "beloeb_FREDAG_AFTEN_NAT": None,
                "beloeb_LOERDAG_DAG": None,
                "beloeb_LOERDAG_AFTEN_NAT": None,
                "beloeb_SOEN_HELLIGDAG_DAG": None,
                "beloeb_SOEN_HELLIGDAG_AFTEN_NAT": None,
                "total": None,
                "fejl": (
                    "episode: fik 'x' (type str); accepterer {'start': ..., 'slut': ...} eller "
                    "(start, slut)"
                ),
            },
            {
                "raekke": 6,
                "start": None,
                "slut": None,
                "niveau": None,
                "timer": None,
                "timer_GRUNDLOEN": None,
                "timer_HVERDAG_AFTEN_NAT": None,
                "timer_FREDAG_AFTEN_NAT": None,
                "timer_LOERDAG_DAG": None,
                "timer_LOERDAG_AFTEN_NAT": None,
                "timer_SOEN_HELLIGDAG_DAG": None,
                "timer_SOEN_HELLIGDAG_AFTEN_NAT": None,
                "beloeb_GRUNDLOEN": None,
                "beloeb_HVERDAG_AFTEN_NAT": None,
                "beloeb_FREDAG_AFTEN_NAT": None,
                "beloeb_LOERDAG_DAG": None,
                "beloeb_LOERDAG_AFTEN_NAT": None,
                "beloeb_SOEN_HELLIGDAG_DAG": None,
                "beloeb_SOEN_HELLIGDAG_AFTEN_NAT": None,
                "total": None,
                "fejl": (
                    "start: fik det naive tidspunkt 2019-05-06T00:00:00 uden tidszone; accepterer "
                    "kun tidszonebevidste tidspunkter (fx med ZoneInfo('Europe/Copenhagen'))"
                ),
            },
            {
                "raekke": 7,
                "start": "2019-05-06T08:00:00+02:00",
                "slut": "2019-05-06T10:00:00.000001+02:00",
                "niveau": "2019-niveau",
                "timer": Decimal("2.0000"),
                "timer_GRUNDLOEN": Decimal("2.0000"),
                "timer_HVERDAG_AFTEN_NAT": Decimal("0.0000"),
                "timer_FREDAG_AFTEN_NAT": Decimal("0.0000"),
                "timer_LOERDAG_DAG": Decimal("0.0000"),
                "timer_LOERDAG_AFTEN_NAT": Decimal("0.0000"),
                "timer_SOEN_HELLIGDAG_DAG": Decimal("0.0000"),
                "timer_SOEN_HELLIGDAG_AFTEN_NAT": Decimal("0.0000"),
                "beloeb_GRUNDLOEN": Decimal("554.42"),
                "beloeb_HVERDAG_AFTEN_NAT": Decimal("0.00"),
                "beloeb_FREDAG_AFTEN_NAT": Decimal("0.00"),
                "beloeb_LOERDAG_DAG": Decimal("0.00"),
                "beloeb_LOERDAG_AFTEN_NAT": Decimal("0.00"),
                "beloeb_SOEN_HELLIGDAG_DAG": Decimal("0.00"),
                "beloeb_SOEN_HELLIGDAG_AFTEN_NAT": Decimal("0.00"),
                "total": Decimal("554.42"),
                "fejl": None,
            },
            {
                "raekke": 8,
                "start": None,
                "slut": None,
                "niveau": None,
                "timer": None,
                "timer_GRUNDLOEN": None,
                "timer_HVERDAG_AFTEN_NAT": None,
                "timer_FREDAG_AFTEN_NAT": None,
                "timer_LOERDAG_DAG": None,
                "timer_LOERDAG_AFTEN_NAT": None,
                "timer_SOEN_HELLIGDAG_DAG": None,
                "timer_SOEN_HELLIGDAG_AFTEN_NAT": None,
                "beloeb_GRUNDLOEN": None,
                "beloeb_HVERDAG_AFTEN_NAT": None,
                "beloeb_FREDAG_AFTEN_NAT": None,
                "beloeb_LOERDAG_DAG": None,
                "beloeb_LOERDAG_AFTEN_NAT": None,
                "beloeb_SOEN_HELLIGDAG_DAG": None,
                "beloeb_SOEN_HELLIGDAG_AFTEN_NAT": None,
                "total": None,
                "fejl": (
                    "start: fik datetime.datetime(1900, 1, 1, 0, 0, tzinfo=datetime.timezone.utc) "
                    "(type datetime); accepterer kun tidspunkter fra 1900-01-02 til 2199-12-30"
                ),
            },
        ],
    ),
    (
        "batch standardregister",
        lambda: list(
            beregn_mange(
                iter([(S, E), (datetime(2020, 1, 1, tzinfo=K), datetime(2020, 1, 1, 1, tzinfo=K))])
            )
        ),
        [
            {
                "raekke": 1,
                "start": "2019-05-06T08:00:00+02:00",
                "slut": "2019-05-06T14:00:00+02:00",
                "niveau": "2019-niveau",
                "timer": Decimal("6.0000"),
                "timer_GRUNDLOEN": Decimal("6.0000"),
                "timer_HVERDAG_AFTEN_NAT": Decimal("0.0000"),
                "timer_FREDAG_AFTEN_NAT": Decimal("0.0000"),
                "timer_LOERDAG_DAG": Decimal("0.0000"),
                "timer_LOERDAG_AFTEN_NAT": Decimal("0.0000"),
                "timer_SOEN_HELLIGDAG_DAG": Decimal("0.0000"),
                "timer_SOEN_HELLIGDAG_AFTEN_NAT": Decimal("0.0000"),
                "beloeb_GRUNDLOEN": Decimal("1663.26"),
                "beloeb_HVERDAG_AFTEN_NAT": Decimal("0.00"),
                "beloeb_FREDAG_AFTEN_NAT": Decimal("0.00"),
                "beloeb_LOERDAG_DAG": Decimal("0.00"),
                "beloeb_LOERDAG_AFTEN_NAT": Decimal("0.00"),
                "beloeb_SOEN_HELLIGDAG_DAG": Decimal("0.00"),
                "beloeb_SOEN_HELLIGDAG_AFTEN_NAT": Decimal("0.00"),
                "total": Decimal("1663.26"),
                "fejl": None,
            },
            {
                "raekke": 2,
                "start": None,
                "slut": None,
                "niveau": None,
                "timer": None,
                "timer_GRUNDLOEN": None,
                "timer_HVERDAG_AFTEN_NAT": None,
                "timer_FREDAG_AFTEN_NAT": None,
                "timer_LOERDAG_DAG": None,
                "timer_LOERDAG_AFTEN_NAT": None,
                "timer_SOEN_HELLIGDAG_DAG": None,
                "timer_SOEN_HELLIGDAG_AFTEN_NAT": None,
                "beloeb_GRUNDLOEN": None,
                "beloeb_HVERDAG_AFTEN_NAT": None,
                "beloeb_FREDAG_AFTEN_NAT": None,
                "beloeb_LOERDAG_DAG": None,
                "beloeb_LOERDAG_AFTEN_NAT": None,
                "beloeb_SOEN_HELLIGDAG_DAG": None,
                "beloeb_SOEN_HELLIGDAG_AFTEN_NAT": None,
                "total": None,
                "fejl": (
                    "takster: ingen taksttabel gælder 2020-01-01 (kendte: 2019-niveau "
                    "(2019-01-01–2019-12-31)); "
                    "kilderne oplyser et prisniveau, ikke gyldighedsdatoer "
                    "(fortolkningsloggen LED-07); giv en Taksttabel eller et Takstregister med "
                    "takster=, fx TAKSTER_2019.fremskriv(faktor, niveau=..., gyldig_fra=..., "
                    "gyldig_til=...)"
                ),
            },
        ],
    ),
]


@pytest.mark.parametrize(
    ("kald", "forventet"), [r[1:] for r in VAERDIER], ids=[r[0] for r in VAERDIER]
)
def test_vaerdier(kald: Any, forventet: Any) -> None:
    assert kald() == forventet


GRAENSER: list[tuple[str, Any]] = [
    ("første tidspunkt", lambda: takstkategori(datetime(1900, 1, 2, tzinfo=UTC))),
    ("sidste tidspunkt", lambda: vurderingsfrist(datetime(2199, 12, 30, tzinfo=UTC))),
    (
        "første og sidste dato",
        lambda: Taksttabel(
            niveau="x", gyldig_fra="1900-01-01", gyldig_til="2199-12-31", takster=(1,) * 7
        ),
    ),
    (
        "største takst",
        lambda: Taksttabel(
            niveau="x", gyldig_fra="2019-01-01", gyldig_til="2019-01-01", takster=(10_000_000,) * 7
        ),
    ),
    (
        "største faktor",
        lambda: TAKSTER_2019.fremskriv(
            100, niveau="x", gyldig_fra="2020-01-01", gyldig_til="2020-01-01"
        ),
    ),
    (
        "største km og sats",
        lambda: beregn_kilometergodtgoerelse(10_000_000, "2019-01-01", sats=1000),
    ),
    (
        "største beløb i afregningen",
        lambda: afregn_forloeb(
            "PLANLAGT",
            S,
            E,
            km_til_sygehus=10_000_000,
            km_hjem=10_000_000,
            km_vagtskifte=10_000_000,
            km_sats=1000,
            parkering=10_000_000,
            taxa=10_000_000,
        ),
    ),
    ("nul i afregningen", lambda: afregn_forloeb("PLANLAGT", S, E, km_sats=0, parkering=0, taxa=0)),
    ("ankomst ved afgang", lambda: afregn_forloeb("AKUT", S, E, ankomst=S)),
    ("ankomst ved hjemkomst", lambda: afregn_forloeb("AKUT", S, E, ankomst=E)),
]


@pytest.mark.parametrize("kald", [r[1] for r in GRAENSER], ids=[r[0] for r in GRAENSER])
def test_graenserne_accepteres(kald: Any) -> None:
    assert kald() is not None


def test_enum_vaerdier() -> None:
    assert [t.value for t in Tidsrum] == ["Dag", "Aften", "Nat"]
    assert [b.value for b in Betaler] == ["sygehuset", "kommunen", "kan ikke afgøres"]
    assert Forloebstype.AKUT.value == "Akut behandling/undersøgelse"
    assert Forloebstype.PLANLAGT.value == "Planlagt behandling/undersøgelse"


FEJL: list[tuple[str, Any, type[Exception], str]] = [
    (
        "tabel med takst under øre",
        lambda: Taksttabel("x", "2019-01-01", "2019-12-31", [Decimal("100.005")] * 7),
        UgyldigVaerdiFejl,
        (
            "takster[GRUNDLOEN]: fik Decimal('100.005') (type Decimal), som har flere end to "
            "decimaler; accepterer kroner med højst to decimaler (øre), fx '12.50'"
        ),
    ),
    (
        "afregn parkering under øre",
        lambda: afregn_forloeb("PLANLAGT", S, E, parkering="12.345"),
        UgyldigVaerdiFejl,
        (
            "parkering: fik '12.345' (type str), som har flere end to decimaler; accepterer "
            "kroner med højst to decimaler (øre), fx '12.50'"
        ),
    ),
    (
        "takstkategori naiv",
        lambda: takstkategori(datetime(2019, 1, 1)),
        NaivtTidspunktFejl,
        (
            "tidspunkt: fik det naive tidspunkt 2019-01-01T00:00:00 uden tidszone; accepterer kun "
            "tidszonebevidste tidspunkter (fx med ZoneInfo('Europe/Copenhagen'))"
        ),
    ),
    (
        "takstkategori tekst",
        lambda: takstkategori("i går"),
        UgyldigVaerdiFejl,
        (
            "tidspunkt: fik 'i går' (type str), som ikke er et ISO 8601-tidspunkt; accepterer en "
            "datetime med tidszone (eller ISO 8601-streng med offset)"
        ),
    ),
    (
        "takstkategori før 1900",
        lambda: takstkategori(datetime(1900, 1, 1, tzinfo=UTC)),
        UgyldigVaerdiFejl,
        (
            "tidspunkt: fik datetime.datetime(1900, 1, 1, 0, 0, tzinfo=datetime.timezone.utc) "
            "(type datetime); accepterer kun tidspunkter fra 1900-01-02 til 2199-12-30"
        ),
    ),
    (
        "takstkategori efter 2199",
        lambda: takstkategori(datetime(2199, 12, 31, tzinfo=UTC)),
        UgyldigVaerdiFejl,
        (
            "tidspunkt: fik datetime.datetime(2199, 12, 31, 0, 0, tzinfo=datetime.timezone.utc) "
            "(type datetime); accepterer kun tidspunkter fra 1900-01-02 til 2199-12-30"
        ),
    ),
    (
        "takstkategori kalender",
        lambda: takstkategori(S, kalender="DK"),
        UgyldigTypeFejl,
        "kalender: fik 'DK' (type str); accepterer en Kalender eller None",
    ),
    (
        "beregn start",
        lambda: beregn_ledsagelse(None, E),
        UgyldigTypeFejl,
        (
            "start: fik None (type NoneType); accepterer en datetime med tidszone (eller ISO "
            "8601-streng med offset)"
        ),
    ),
    (
        "beregn slut naiv",
        lambda: beregn_ledsagelse(S, datetime(2019, 5, 6, 14)),
        NaivtTidspunktFejl,
        (
            "slut: fik det naive tidspunkt 2019-05-06T14:00:00 uden tidszone; accepterer kun "
            "tidszonebevidste tidspunkter (fx med ZoneInfo('Europe/Copenhagen'))"
        ),
    ),
    (
        "beregn baglæns",
        lambda: beregn_ledsagelse(E, S),
        PeriodeFejl,
        (
            "slut: fik 2019-05-06T08:00:00+02:00, som er før start 2019-05-06T14:00:00+02:00; "
            "accepterer et sluttidspunkt samme tid som eller efter start"
        ),
    ),
    (
        "beregn takster",
        lambda: beregn_ledsagelse(S, E, takster={"GRUNDLOEN": 1}),
        UgyldigTypeFejl,
        (
            "takster: fik {'GRUNDLOEN': 1} (type dict); accepterer en Taksttabel, et "
            "Takstregister, en takstfil som pathlib.Path eller None (standardregistret med "
            "2019-tabellen)"
        ),
    ),
    (
        "beregn uden tabel",
        lambda: beregn_ledsagelse(
            datetime(2020, 5, 6, 8, tzinfo=K), datetime(2020, 5, 6, 9, tzinfo=K)
        ),
        ManglendeTakstFejl,
        (
            "takster: ingen taksttabel gælder 2020-05-06 (kendte: 2019-niveau "
            "(2019-01-01–2019-12-31)); "
            "kilderne oplyser et prisniveau, ikke gyldighedsdatoer "
            "(fortolkningsloggen LED-07); giv en Taksttabel eller et Takstregister med "
            "takster=, fx "
            "TAKSTER_2019.fremskriv(faktor, niveau=..., gyldig_fra=..., gyldig_til=...)"
        ),
    ),
    (
        "beregn tabel slutter",
        lambda: beregn_ledsagelse(
            datetime(2019, 12, 31, 22, tzinfo=K), datetime(2020, 1, 1, 1, tzinfo=K)
        ),
        ManglendeTakstFejl,
        (
            "takster: ingen taksttabel gælder 2020-01-01 (kendte: 2019-niveau "
            "(2019-01-01–2019-12-31)); "
            "kilderne oplyser et prisniveau, ikke gyldighedsdatoer "
            "(fortolkningsloggen LED-07); giv en Taksttabel eller et Takstregister med "
            "takster=, fx "
            "TAKSTER_2019.fremskriv(faktor, niveau=..., gyldig_fra=..., gyldig_til=...)"
        ),
    ),
    (
        "beregn tomt register",
        lambda: beregn_ledsagelse(S, S, takster=Takstregister(())),
        ManglendeTakstFejl,
        (
            "takster: ingen taksttabel gælder 2019-05-06 (kendte: ingen); "
            "kilderne oplyser et prisniveau, ikke gyldighedsdatoer "
            "(fortolkningsloggen LED-07); giv en Taksttabel eller "
            "et Takstregister med takster=, fx TAKSTER_2019.fremskriv(faktor, niveau=..., "
            "gyldig_fra=..., gyldig_til=...)"
        ),
    ),
    (
        "timer_i kategori",
        lambda: beregn_ledsagelse(S, E).timer_i("NAT"),
        UkendtNavnFejl,
        (
            "kategori: ukendt navn 'NAT' (type str); accepterer et Takstkategori: GRUNDLOEN, "
            "HVERDAG_AFTEN_NAT, FREDAG_AFTEN_NAT, LOERDAG_DAG, LOERDAG_AFTEN_NAT, "
            "SOEN_HELLIGDAG_DAG, SOEN_HELLIGDAG_AFTEN_NAT"
        ),
    ),
    (
        "tabel niveau",
        lambda: Taksttabel(
            niveau="",
            gyldig_fra="2019-01-01",
            gyldig_til="2019-12-31",
            takster=TAKSTER_2019.takster,
        ),
        UgyldigVaerdiFejl,
        "niveau: fik en tom streng; accepterer en ikke-tom tekst",
    ),
    (
        "tabel dato",
        lambda: Taksttabel(
            niveau="x",
            gyldig_fra="01-01-2019",
            gyldig_til="2019-12-31",
            takster=TAKSTER_2019.takster,
        ),
        UgyldigVaerdiFejl,
        (
            "gyldig_fra/gyldig_til: fik '01-01-2019' (type str), som ikke er en dato; accepterer "
            "en date eller en ISO-dato 'ÅÅÅÅ-MM-DD'"
        ),
    ),
    (
        "tabel dato 1899",
        lambda: Taksttabel(
            niveau="x",
            gyldig_fra="1899-12-31",
            gyldig_til="2019-12-31",
            takster=TAKSTER_2019.takster,
        ),
        UgyldigVaerdiFejl,
        (
            "gyldig_fra/gyldig_til: fik '1899-12-31' (type str); accepterer kun datoer fra "
            "1900-01-01 til 2199-12-31"
        ),
    ),
    (
        "tabel baglæns",
        lambda: Taksttabel(
            niveau="x",
            gyldig_fra="2019-12-31",
            gyldig_til="2019-12-30",
            takster=TAKSTER_2019.takster,
        ),
        PeriodeFejl,
        (
            "gyldig_til: fik 2019-12-30, som er før gyldig_fra 2019-12-31; accepterer en dato "
            "samme dag eller senere"
        ),
    ),
    (
        "tabel seks takster",
        lambda: Taksttabel(
            niveau="x",
            gyldig_fra="2019-01-01",
            gyldig_til="2019-12-31",
            takster=TAKSTER_2019.takster[:6],
        ),
        UgyldigTypeFejl,
        (
            "takster: fik (Decimal('277.21'), Decimal('346.51'), Decimal('415.81'), "
            "Decimal('415.81'), De… (type tuple); accepterer en dict Takstkategori → beløb for "
            "alle syv kategorier eller en sekvens af syv beløb i tabellens rækkefølge"
        ),
    ),
    (
        "tabel takst nul",
        lambda: Taksttabel(
            niveau="x", gyldig_fra="2019-01-01", gyldig_til="2019-12-31", takster=(0,) * 7
        ),
        UgyldigVaerdiFejl,
        "takster[GRUNDLOEN]: fik 0 (type int); accepterer kun tal større end 0",
    ),
    (
        "tabel takst for stor",
        lambda: Taksttabel(
            niveau="x", gyldig_fra="2019-01-01", gyldig_til="2019-12-31", takster=(10_000_001,) * 7
        ),
        UgyldigVaerdiFejl,
        (
            "takster[GRUNDLOEN]: fik 10000001 (type int); accepterer kun tal mindre end eller lig "
            "10000000"
        ),
    ),
    (
        "tabel dict mangler",
        lambda: Taksttabel(
            niveau="x",
            gyldig_fra="2019-01-01",
            gyldig_til="2019-12-31",
            takster={"GRUNDLOEN": 1, "LOERDAG_DAG": 2},
        ),
        UgyldigVaerdiFejl,
        (
            "takster: mangler HVERDAG_AFTEN_NAT, FREDAG_AFTEN_NAT, LOERDAG_AFTEN_NAT, "
            "SOEN_HELLIGDAG_DAG, SOEN_HELLIGDAG_AFTEN_NAT; accepterer en takst for hver af de syv "
            "takstkategorier"
        ),
    ),
    (
        "tabel dict ukendt",
        lambda: Taksttabel(
            niveau="x", gyldig_fra="2019-01-01", gyldig_til="2019-12-31", takster={"NATTILLAEG": 1}
        ),
        UkendtNavnFejl,
        (
            "takster (nøgle): ukendt navn 'NATTILLAEG' (type str); accepterer et Takstkategori: "
            "GRUNDLOEN, HVERDAG_AFTEN_NAT, FREDAG_AFTEN_NAT, LOERDAG_DAG, LOERDAG_AFTEN_NAT, "
            "SOEN_HELLIGDAG_DAG, SOEN_HELLIGDAG_AFTEN_NAT"
        ),
    ),
    (
        "tabel dict nul",
        lambda: Taksttabel(
            niveau="x",
            gyldig_fra="2019-01-01",
            gyldig_til="2019-12-31",
            takster={k: 0 for k in Takstkategori},
        ),
        UgyldigVaerdiFejl,
        "takster[GRUNDLOEN]: fik 0 (type int); accepterer kun tal større end 0",
    ),
    (
        "tabel kilde",
        lambda: Taksttabel(
            niveau="x",
            gyldig_fra="2019-01-01",
            gyldig_til="2019-12-31",
            takster=TAKSTER_2019.takster,
            kilde="aftalen",
        ),
        UgyldigTypeFejl,
        "kilde: fik 'aftalen' (type str); accepterer en Kilde eller None",
    ),
    (
        "tabel takst kategori",
        lambda: TAKSTER_2019.takst("NAT"),
        UkendtNavnFejl,
        (
            "kategori: ukendt navn 'NAT' (type str); accepterer et Takstkategori: GRUNDLOEN, "
            "HVERDAG_AFTEN_NAT, FREDAG_AFTEN_NAT, LOERDAG_DAG, LOERDAG_AFTEN_NAT, "
            "SOEN_HELLIGDAG_DAG, SOEN_HELLIGDAG_AFTEN_NAT"
        ),
    ),
    (
        "tabel gaelder dag",
        lambda: TAKSTER_2019.gaelder(datetime(2019, 1, 1, tzinfo=K)),
        UgyldigTypeFejl,
        (
            "dag: fik et tidspunkt datetime.datetime(2019, 1, 1, 0, 0, "
            "tzinfo=zoneinfo.ZoneInfo(key='Europe/Copenh… (type datetime); accepterer en date "
            "eller en ISO-dato 'ÅÅÅÅ-MM-DD'"
        ),
    ),
    (
        "fremskriv faktor nul",
        lambda: TAKSTER_2019.fremskriv(
            0, niveau="x", gyldig_fra="2020-01-01", gyldig_til="2020-12-31"
        ),
        UgyldigVaerdiFejl,
        "faktor: fik 0 (type int); accepterer kun tal større end 0",
    ),
    (
        "fremskriv faktor stor",
        lambda: TAKSTER_2019.fremskriv(
            101, niveau="x", gyldig_fra="2020-01-01", gyldig_til="2020-12-31"
        ),
        UgyldigVaerdiFejl,
        "faktor: fik 101 (type int); accepterer kun tal mindre end eller lig 100",
    ),
    (
        "register tekst",
        lambda: Takstregister("2019"),
        UgyldigTypeFejl,
        "tabeller: fik '2019' (type str); accepterer en samling af Taksttabel",
    ),
    (
        "register element",
        lambda: Takstregister((TAKSTER_2019, "x")),
        UgyldigTypeFejl,
        "tabeller: fik 'x' (type str); accepterer kun Taksttabel",
    ),
    (
        "register overlap",
        lambda: Takstregister(
            (
                TAKSTER_2019,
                TAKSTER_2019.fremskriv(
                    1, niveau="dec", gyldig_fra="2019-12-31", gyldig_til="2020-01-31"
                ),
            )
        ),
        UgyldigVaerdiFejl,
        (
            "tabeller: 2019-niveau (2019-01-01–2019-12-31) og dec (2019-12-31–2020-01-31) "
            "overlapper; accepterer tabeller uden overlap"
        ),
    ),
    (
        "register med",
        lambda: STANDARD_TAKSTREGISTER.med("x"),
        UgyldigTypeFejl,
        "tabeller: fik 'x' (type str); accepterer kun Taksttabel",
    ),
    (
        "register tabel_for",
        lambda: STANDARD_TAKSTREGISTER.tabel_for("2020-01-01"),
        ManglendeTakstFejl,
        (
            "takster: ingen taksttabel gælder 2020-01-01 (kendte: 2019-niveau "
            "(2019-01-01–2019-12-31)); "
            "kilderne oplyser et prisniveau, ikke gyldighedsdatoer "
            "(fortolkningsloggen LED-07); giv en Taksttabel eller et Takstregister med "
            "takster=, fx "
            "TAKSTER_2019.fremskriv(faktor, niveau=..., gyldig_fra=..., gyldig_til=...)"
        ),
    ),
    (
        "register tabel_for dag",
        lambda: STANDARD_TAKSTREGISTER.tabel_for(None),
        UgyldigTypeFejl,
        "dag: fik None (type NoneType); accepterer en date eller en ISO-dato 'ÅÅÅÅ-MM-DD'",
    ),
    (
        "tomt register tabel_for",
        lambda: Takstregister(()).tabel_for("2019-01-01"),
        ManglendeTakstFejl,
        (
            "takster: ingen taksttabel gælder 2019-01-01 (kendte: ingen); "
            "kilderne oplyser et prisniveau, ikke gyldighedsdatoer "
            "(fortolkningsloggen LED-07); giv en Taksttabel eller "
            "et Takstregister med takster=, fx TAKSTER_2019.fremskriv(faktor, niveau=..., "
            "gyldig_fra=..., gyldig_til=...)"
        ),
    ),
    (
        "batch episoder",
        lambda: beregn_mange("abc"),
        UgyldigTypeFejl,
        (
            "episoder: fik 'abc' (type str); accepterer en iterable af episoder ({'start': ..., "
            "'slut': ...} eller (start, slut))"
        ),
    ),
    (
        "batch episoder dict",
        lambda: beregn_mange({"start": S, "slut": E}),
        UgyldigTypeFejl,
        (
            "episoder: fik {'start': datetime.datetime(2019, 5, 6, 8, 0, "
            "tzinfo=zoneinfo.ZoneInfo(key='Eur… (type dict); accepterer en iterable af episoder "
            "({'start': ..., 'slut': ...} eller (start, slut))"
        ),
    ),
    (
        "batch takster",
        lambda: beregn_mange([], takster="2019"),
        UgyldigTypeFejl,
        (
            "takster: fik '2019' (type str); accepterer en Taksttabel, et Takstregister, en "
            "takstfil som pathlib.Path eller None (standardregistret med 2019-tabellen)"
        ),
    ),
    (
        "vurderingsfrist",
        lambda: vurderingsfrist(date(2019, 1, 1)),
        UgyldigTypeFejl,
        (
            "ankomst: fik datetime.date(2019, 1, 1) (type date); accepterer en datetime med "
            "tidszone (eller ISO 8601-streng med offset)"
        ),
    ),
    (
        "kilometersats før",
        lambda: kilometersats(date(2018, 12, 31)),
        ManglendeTakstFejl,
        (
            "dato: ingen kendt lav kilometertakst for 2018-12-31; kendte satser gælder "
            "2019-01-01–2026-12-31; giv satsen direkte med sats="
        ),
    ),
    (
        "kilometersats efter",
        lambda: kilometersats("2027-01-01"),
        ManglendeTakstFejl,
        (
            "dato: ingen kendt lav kilometertakst for 2027-01-01; kendte satser gælder "
            "2019-01-01–2026-12-31; giv satsen direkte med sats="
        ),
    ),
    (
        "kilometersats naiv",
        lambda: kilometersats(datetime(2020, 1, 1)),
        NaivtTidspunktFejl,
        (
            "dato: fik det naive tidspunkt 2020-01-01T00:00:00 uden tidszone; accepterer kun "
            "tidszonebevidste tidspunkter (fx med ZoneInfo('Europe/Copenhagen'))"
        ),
    ),
    (
        "kilometersats tekst",
        lambda: kilometersats("2020-01-01T25:00"),
        UgyldigVaerdiFejl,
        (
            "dato: fik '2020-01-01T25:00' (type str), som ikke er et ISO 8601-tidspunkt; "
            "accepterer en datetime med tidszone (eller ISO 8601-streng med offset)"
        ),
    ),
    (
        "kilometersats type",
        lambda: kilometersats(2020),
        UgyldigTypeFejl,
        "dato: fik 2020 (type int); accepterer en date eller en ISO-dato 'ÅÅÅÅ-MM-DD'",
    ),
    (
        "km negativ",
        lambda: beregn_kilometergodtgoerelse(-1, date(2020, 1, 1)),
        UgyldigVaerdiFejl,
        "kilometer: fik -1 (type int); accepterer kun tal større end eller lig 0",
    ),
    (
        "km for stor",
        lambda: beregn_kilometergodtgoerelse(10_000_001, date(2020, 1, 1)),
        UgyldigVaerdiFejl,
        "kilometer: fik 10000001 (type int); accepterer kun tal mindre end eller lig 10000000",
    ),
    (
        "km sats negativ",
        lambda: beregn_kilometergodtgoerelse(1, date(2020, 1, 1), sats=-1),
        UgyldigVaerdiFejl,
        "sats: fik -1 (type int); accepterer kun tal større end eller lig 0",
    ),
    (
        "km sats for stor",
        lambda: beregn_kilometergodtgoerelse(1, date(2020, 1, 1), sats="1000.01"),
        UgyldigVaerdiFejl,
        "sats: fik '1000.01' (type str); accepterer kun tal mindre end eller lig 1000",
    ),
    (
        "km dato med sats",
        lambda: beregn_kilometergodtgoerelse(1, None, sats=2),
        UgyldigTypeFejl,
        "dato: fik None (type NoneType); accepterer en date eller en ISO-dato 'ÅÅÅÅ-MM-DD'",
    ),
    (
        "km dato naiv med sats",
        lambda: beregn_kilometergodtgoerelse(1, datetime(2030, 1, 1), sats=2),
        NaivtTidspunktFejl,
        (
            "dato: fik det naive tidspunkt 2030-01-01T00:00:00 uden tidszone; accepterer kun "
            "tidszonebevidste tidspunkter (fx med ZoneInfo('Europe/Copenhagen'))"
        ),
    ),
    (
        "afregn type",
        lambda: afregn_forloeb("AKUTT", S, E),
        UkendtNavnFejl,
        "forloebstype: ukendt navn 'AKUTT' (type str); accepterer et Forloebstype: AKUT, PLANLAGT",
    ),
    (
        "afregn takster",
        lambda: afregn_forloeb("PLANLAGT", S, E, takster=[TAKSTER_2019]),
        UgyldigTypeFejl,
        (
            "takster: fik [Taksttabel('2019-niveau', 2019-01-01–2019-12-31)] (type list); "
            "accepterer en Taksttabel, et Takstregister, en takstfil som "
            "pathlib.Path eller None (standardregistret med 2019-tabellen)"
        ),
    ),
    (
        "afregn kalender",
        lambda: afregn_forloeb("PLANLAGT", S, E, kalender=1),
        UgyldigTypeFejl,
        "kalender: fik 1 (type int); accepterer en Kalender eller None",
    ),
    (
        "afregn afgang",
        lambda: afregn_forloeb("PLANLAGT", "kl. 8", E),
        UgyldigVaerdiFejl,
        (
            "afgang_hjem: fik 'kl. 8' (type str), som ikke er et ISO 8601-tidspunkt; accepterer "
            "en datetime med tidszone (eller ISO 8601-streng med offset)"
        ),
    ),
    (
        "afregn baglæns",
        lambda: afregn_forloeb("PLANLAGT", E, S),
        PeriodeFejl,
        (
            "hjemkomst: fik 2019-05-06T08:00:00+02:00, som er før afgang_hjem "
            "2019-05-06T14:00:00+02:00; accepterer et sluttidspunkt samme tid som eller efter "
            "afgang_hjem"
        ),
    ),
    (
        "afregn kontrakt",
        lambda: afregn_forloeb("PLANLAGT", S, E, kontrakt_indgaaet=datetime(2019, 5, 6)),
        NaivtTidspunktFejl,
        (
            "kontrakt_indgaaet: fik det naive tidspunkt 2019-05-06T00:00:00 uden tidszone; "
            "accepterer kun tidszonebevidste tidspunkter (fx med ZoneInfo('Europe/Copenhagen'))"
        ),
    ),
    (
        "afregn ankomst",
        lambda: afregn_forloeb("PLANLAGT", S, E, ankomst="2019-05-06T09:00"),
        NaivtTidspunktFejl,
        (
            "ankomst: fik det naive tidspunkt 2019-05-06T09:00:00 uden tidszone; accepterer kun "
            "tidszonebevidste tidspunkter (fx med ZoneInfo('Europe/Copenhagen'))"
        ),
    ),
    (
        "afregn vagtlæge",
        lambda: afregn_forloeb("PLANLAGT", S, E, foerst_vagtlaege=None),
        UgyldigTypeFejl,
        "foerst_vagtlaege: fik None (type NoneType); accepterer True eller False",
    ),
    (
        "afregn km ud",
        lambda: afregn_forloeb("PLANLAGT", S, E, km_til_sygehus=-1),
        UgyldigVaerdiFejl,
        "km_til_sygehus: fik -1 (type int); accepterer kun tal større end eller lig 0",
    ),
    (
        "afregn km hjem",
        lambda: afregn_forloeb("PLANLAGT", S, E, km_hjem="NaN"),
        UgyldigVaerdiFejl,
        "km_hjem: fik 'NaN' (type str); accepterer kun endelige tal",
    ),
    (
        "afregn km skift",
        lambda: afregn_forloeb("PLANLAGT", S, E, km_vagtskifte=10_000_001),
        UgyldigVaerdiFejl,
        "km_vagtskifte: fik 10000001 (type int); accepterer kun tal mindre end eller lig 10000000",
    ),
    (
        "afregn km sats",
        lambda: afregn_forloeb("PLANLAGT", S, E, km_sats=1001),
        UgyldigVaerdiFejl,
        "km_sats: fik 1001 (type int); accepterer kun tal mindre end eller lig 1000",
    ),
    (
        "afregn parkering",
        lambda: afregn_forloeb("PLANLAGT", S, E, parkering=-5),
        UgyldigVaerdiFejl,
        "parkering: fik -5 (type int); accepterer kun tal større end eller lig 0",
    ),
    (
        "afregn parkering for stor",
        lambda: afregn_forloeb("PLANLAGT", S, E, parkering=10_000_001),
        UgyldigVaerdiFejl,
        "parkering: fik 10000001 (type int); accepterer kun tal mindre end eller lig 10000000",
    ),
    (
        "afregn parkering påkrævet",
        lambda: afregn_forloeb("PLANLAGT", S, E, parkering_paakraevet="ja"),
        UgyldigTypeFejl,
        "parkering_paakraevet: fik 'ja' (type str); accepterer True, False eller None (ukendt)",
    ),
    (
        "afregn taxa",
        lambda: afregn_forloeb("PLANLAGT", S, E, taxa=True),
        UgyldigTypeFejl,
        (
            "taxa: fik True (type bool); accepterer et tal som Decimal, int eller numerisk streng "
            "med punktum ('12.5'), ikke bool"
        ),
    ),
    (
        "afregn taxa for stor",
        lambda: afregn_forloeb("PLANLAGT", S, E, taxa=10_000_001),
        UgyldigVaerdiFejl,
        "taxa: fik 10000001 (type int); accepterer kun tal mindre end eller lig 10000000",
    ),
    (
        "afregn taxa særlig",
        lambda: afregn_forloeb("PLANLAGT", S, E, taxa_saerlig_situation=0),
        UgyldigTypeFejl,
        "taxa_saerlig_situation: fik 0 (type int); accepterer True, False eller None (ukendt)",
    ),
    (
        "afregn ankomst før afgang",
        lambda: afregn_forloeb("AKUT", S, E, ankomst=S - timedelta(microseconds=1)),
        PeriodeFejl,
        (
            "ankomst: fik 2019-05-06T07:59:59.999999+02:00, som ligger uden for forløbet "
            "2019-05-06T08:00:00+02:00 – 2019-05-06T14:00:00+02:00; accepterer et tidspunkt "
            "mellem afgang_hjem og hjemkomst"
        ),
    ),
    (
        "afregn ankomst efter hjemkomst",
        lambda: afregn_forloeb("PLANLAGT", S, E, ankomst=E + timedelta(minutes=1)),
        PeriodeFejl,
        (
            "ankomst: fik 2019-05-06T14:01:00+02:00, som ligger uden for forløbet "
            "2019-05-06T08:00:00+02:00 – 2019-05-06T14:00:00+02:00; accepterer et tidspunkt "
            "mellem afgang_hjem og hjemkomst"
        ),
    ),
    (
        "afregn akut uden ankomst",
        lambda: afregn_forloeb("AKUT", S, E),
        UgyldigVaerdiFejl,
        (
            "ankomst: fik None; et akut forløb kræver ankomsttidspunktet (ved vagtlæge: ankomst "
            "til akutmodtagelsen) for at regne firetimersfristen"
        ),
    ),
    (
        "afregn km uden sats",
        lambda: afregn_forloeb(
            "PLANLAGT",
            S.replace(year=2027),
            E.replace(year=2027),
            km_hjem=1,
            takster=TAKSTER_2019.uden_datograense(),
        ),
        ManglendeTakstFejl,
        (
            "dato: ingen kendt lav kilometertakst for 2027-05-06; kendte satser gælder "
            "2019-01-01–2026-12-31; giv satsen direkte med sats="
        ),
    ),
    (
        "fakturering slut",
        lambda: faktureringsvurdering(None, skriftlig_aftale=True),
        UgyldigTypeFejl,
        (
            "ledsagelse_slut: fik None (type NoneType); accepterer en date eller en ISO-dato "
            "'ÅÅÅÅ-MM-DD'"
        ),
    ),
    (
        "fakturering aftale",
        lambda: faktureringsvurdering("2019-01-01", skriftlig_aftale="ja"),
        UgyldigTypeFejl,
        "skriftlig_aftale: fik 'ja' (type str); accepterer True, False eller None (ukendt)",
    ),
    (
        "fakturering faktura før slut",
        lambda: faktureringsvurdering(
            "2019-01-02", skriftlig_aftale=True, fakturadato="2019-01-01"
        ),
        PeriodeFejl,
        (
            "fakturadato: fik 2019-01-01, som er før ledsagelsens slut 2019-01-02; accepterer en "
            "dato samme dag eller senere"
        ),
    ),
    (
        "fakturering fakturadato",
        lambda: faktureringsvurdering(
            "2019-01-02", skriftlig_aftale=True, fakturadato=datetime(2019, 2, 1)
        ),
        NaivtTidspunktFejl,
        (
            "fakturadato: fik det naive tidspunkt 2019-02-01T00:00:00 uden tidszone; accepterer "
            "kun tidszonebevidste tidspunkter (fx med ZoneInfo('Europe/Copenhagen'))"
        ),
    ),
]


@pytest.mark.parametrize(
    ("kald", "klasse", "besked"), [r[1:] for r in FEJL], ids=[r[0] for r in FEJL]
)
def test_praecis_fejlbesked(kald: Any, klasse: type[Exception], besked: str) -> None:
    with pytest.raises(klasse) as fejl:
        kald()
    assert type(fejl.value) is klasse
    assert str(fejl.value) == besked


class _DefektMapping(Mapping[str, object]):
    """En mapping, der fejler ved opslag (fx en defekt række fra en database)."""

    def __getitem__(self, noegle: str) -> object:
        raise ValueError("defekt række")

    def __iter__(self) -> Iterator[str]:
        return iter(["start", "slut"])

    def __len__(self) -> int:
        return 2


class _KanIkkeGennemloebes:
    def __iter__(self) -> Iterator[object]:
        raise RuntimeError("lukket")


def test_batch_beskriver_defekte_raekker() -> None:
    poster = list(beregn_mange([_DefektMapping(), "ab", {1, 2}, (S,), (S, E)]))
    assert [p["fejl"] for p in poster] == [
        "episode: kunne ikke læses (defekt række)",
        "episode: fik 'ab' (type str); accepterer {'start': ..., 'slut': ...} eller (start, slut)",
        "episode: fik {1, 2} (type set); accepterer {'start': ..., 'slut': ...} eller "
        "(start, slut)",
        "episode: fik (datetime.datetime(2019, 5, 6, 8, 0, tzinfo=zoneinfo.ZoneInfo(key='Europe/"
        "Copen… (type tuple); accepterer {'start': ..., 'slut': ...} eller (start, slut)",
        None,
    ]
    assert [p["raekke"] for p in poster] == [1, 2, 3, 4, 5]
    assert poster[4]["total"] == Decimal("1663.26")


def test_batch_der_ikke_kan_gennemloebes() -> None:
    with pytest.raises(UgyldigTypeFejl) as fejl:
        beregn_mange(_KanIkkeGennemloebes())  # type: ignore[arg-type]
    assert str(fejl.value).startswith("episoder: fik <")
    assert str(fejl.value).endswith(
        " (type _KanIkkeGennemloebes), som ikke kan gennemløbes; accepterer en iterable"
    )


def test_tabel_for_begge_ender_af_perioden() -> None:
    assert REG.tabel_for("2020-01-01").niveau == "2020-niveau"
    assert REG.tabel_for("2019-12-31").niveau == "2019-niveau"
    assert REG.tabel_for(date(2019, 1, 1)).niveau == "2019-niveau"


def test_manglende_takst_naevner_alle_kendte_tabeller() -> None:
    with pytest.raises(ManglendeTakstFejl) as fejl:
        REG.tabel_for("2021-01-01")
    assert str(fejl.value) == (
        "takster: ingen taksttabel gælder 2021-01-01 (kendte: 2019-niveau (2019-01-01–2019-12-31), "
        "2020-niveau (2020-01-01–2020-12-31)); "
        "kilderne oplyser et prisniveau, ikke gyldighedsdatoer "
        "(fortolkningsloggen LED-07); giv en Taksttabel eller et Takstregister med "
        "takster=, fx TAKSTER_2019.fremskriv(faktor, niveau=..., gyldig_fra=..., gyldig_til=...)"
    )


class _DaarligListe(list[object]):
    def __len__(self) -> int:
        raise RuntimeError("ingen længde")


def test_batch_uventet_fejl_i_en_raekke_stopper_ikke_batchen() -> None:
    start_utc = datetime(2019, 5, 6, 6, 0, tzinfo=UTC)  # 08:00 dansk sommertid
    poster = list(beregn_mange([_DaarligListe(), (start_utc, E)]))
    assert poster[0]["fejl"] == "episode: kunne ikke læses (RuntimeError: ingen længde)"
    assert poster[0]["total"] is None and poster[0]["raekke"] == 1
    assert (poster[1]["raekke"], poster[1]["start"], poster[1]["slut"]) == (
        2,
        "2019-05-06T08:00:00+02:00",
        "2019-05-06T14:00:00+02:00",
    )
    assert poster[1]["fejl"] is None and poster[1]["total"] == Decimal("1663.26")


_KATEGORISTART = {
    Takstkategori.GRUNDLOEN: datetime(2019, 5, 6, 10, 0, tzinfo=K),  # mandag
    Takstkategori.HVERDAG_AFTEN_NAT: datetime(2019, 5, 6, 20, 0, tzinfo=K),
    Takstkategori.FREDAG_AFTEN_NAT: datetime(2019, 5, 10, 20, 0, tzinfo=K),
    Takstkategori.LOERDAG_DAG: datetime(2019, 5, 11, 10, 0, tzinfo=K),
    Takstkategori.LOERDAG_AFTEN_NAT: datetime(2019, 5, 11, 20, 0, tzinfo=K),
    Takstkategori.SOEN_HELLIGDAG_DAG: datetime(2019, 5, 12, 10, 0, tzinfo=K),
    Takstkategori.SOEN_HELLIGDAG_AFTEN_NAT: datetime(2019, 5, 12, 20, 0, tzinfo=K),
}


@pytest.mark.parametrize("kategori", list(Takstkategori), ids=lambda k: k.name)
def test_timer_afrundes_halvt_op_paa_fjerde_decimal(kategori: Takstkategori) -> None:
    # 0,00005 time = 180.000 mikrosekunder: lige under rundes ned, præcis på rundes op.
    start = _KATEGORISTART[kategori]
    under, paa = beregn_mange(
        [
            (start, start + timedelta(microseconds=179_999)),
            (start, start + timedelta(microseconds=180_000)),
        ]
    )
    kolonne = f"timer_{kategori.name}"
    assert (under[kolonne], paa[kolonne]) == (Decimal("0.0000"), Decimal("0.0001"))
    enkelt = beregn_ledsagelse(start, start + timedelta(microseconds=179_999))
    assert enkelt.timer_i(kategori) == Decimal("0.0000")
    assert [ln.kategori for ln in enkelt.linjer] == [kategori]


def test_afregning_detaljer() -> None:
    for navn, vaerdi in (("km_sats", -1), ("taxa", -300)):
        with pytest.raises(UgyldigVaerdiFejl) as fejl:
            afregn_forloeb("PLANLAGT", S, E, **{navn: vaerdi})
        assert str(fejl.value) == (
            f"{navn}: fik {vaerdi} (type int); accepterer kun tal større end eller lig 0"
        )
    # kontrakt præcis ved afgang er ikke »efter afgang fra bopælen«
    assert afregn_forloeb("PLANLAGT", S, E, kontrakt_indgaaet=S).bemaerkninger == ()
    # en lokal helligdag gælder også i afregningen og i beløbet efter fristen
    kal = Kalender(tilfoejede=frozenset({date(2019, 5, 6)}))
    a = afregn_forloeb(
        "AKUT", S, E, ankomst=S, kontrakt_indgaaet=E, kalender=kal, takster=TAKSTER_2019
    )
    assert a.total_kommune == Decimal("3326.46")  # 6 t × 554,41 (søn- og helligdag dag)
    assert a.beloeb_efter_frist == Decimal("1108.82")  # 12:00–14:00
    # satsen vælges efter den danske dato for afgangen (00:30 1.1.2023 = 2,19 kr./km)
    nytaar = datetime(2023, 1, 1, 0, 30, tzinfo=K)
    b = afregn_forloeb(
        "PLANLAGT",
        nytaar,
        nytaar + timedelta(hours=1),
        km_hjem=100,
        takster=TAKSTER_2019.uden_datograense(),
    )
    assert b.poster[-1].beloeb == Decimal("219.00")
    assert "KILDE_KILOMETER" in _enkel(b)["kilder"]
    tom = afregn_forloeb("PLANLAGT", S, S)
    assert tom.poster == () and str(tom.total_kan_ikke_afgoeres) == "0.00"
    assert str(tom.total_sygehus) == "0.00" and str(tom.total_kommune) == "0.00"
