"""IV: begrundelser, kilder, felter og fejlbeskeder ordret.

Begrundelsen er det, sagsbehandleren læser op, og fejlbeskeden (argument, hvad der blev givet,
hvad der accepteres) er en del af kontrakten; derfor fastholdes de her ordret for hvert udfald
af reglerne. Kilderne vises forkortet som »dokument | afsnit | citatets første ord«; at
citaterne står ordret i kilden, prøver `tests/test_kilder.py`.

Tilfældene dækker hver gren: alle tyngdekategorier og visningen af timer (afkortet, aldrig
over en grænse), tabel 1-rækkerne, undtagelserne (afsnit 4) i alle kombinationer,
aktivitetsopfølgningen (afsnit 5) før/efter 6 måneder og omkring 20 %, Syddanmarks
overdragelsesbetingelser, behandlingsansvar og halvårsdata, batchen og grænserne for
værdier, der netop accepteres (fx 10^12 forløb, 10^9 timer).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta
from decimal import Decimal
from typing import Any

import pytest

import forloebsregler.ivkategori as ivkategori
from forloebsregler.fejl import (
    ForloebsreglerFejl,
    UgyldigTypeFejl,
    UgyldigVaerdiFejl,
    UkendtNavnFejl,
)
from forloebsregler.iv_finansiering import regional_finansiering, vurder_forloeb
from forloebsregler.iv_opfoelgning import Vaegtning, aktivitetsopfoelgning, kvartalsopgoerelse
from forloebsregler.iv_opsigelse import Opsigelsesgrund, forsoegsperiode, opsigelse
from forloebsregler.iv_syddanmark import IVBehandling, overdragelsesbetingelser
from forloebsregler.iv_syddanmark_ansvar import behandlingsansvar
from forloebsregler.iv_syddanmark_monitorering import halvaarsopgoerelse
from forloebsregler.iv_undtagelser import hospitalsundtagelser
from forloebsregler.ivkategori import (
    IVOmraade,
    Tyngdekategori,
    aktivitetsestimat,
    standardforloeb,
    timer_fra_besoeg,
    tyngdekategori,
)


class _UdenRepr:
    """Et id, hvis str() fejler: batchen må ikke vælte, men viser repr."""

    def __str__(self) -> str:
        raise RuntimeError("ingen str")

    def __repr__(self) -> str:
        return "<uden str>"


def _kort(kilde: str) -> str:
    if kilde.startswith("Rammeaftale"):
        tag, rest = "rammeaftale", kilde.split("kommunalt regi, ", 1)[1]
    else:
        titel, rest = kilde.split(", ", 1)
        tag = "væske" if titel.endswith("med væske") else "antibiotika"
    afsnit, citat = rest.rsplit(": »", 1)
    return f"{tag} | {afsnit} | {' '.join(citat.rstrip('«').split()[:6])}"


def _udfald(vaerdi: Any) -> Any:
    if isinstance(vaerdi, dict):
        return {
            k: [_kort(x) for x in v] if k == "kilder" else _udfald(v) for k, v in vaerdi.items()
        }
    if isinstance(vaerdi, list):
        return [_udfald(x) for x in vaerdi]
    return vaerdi


RESULTATER = [
    pytest.param(
        lambda: tyngdekategori("0.01"),
        {
            "begrundelse": "0,01 timer samlet behandlingstid ligger i kategori 1 (over 0 "
            "timer og under 5 timer); efter rammeaftalen mellem Region "
            "Nordjylland og de 11 nordjyske kommuner (tabel 3; "
            "Syddanmarks IV-aftaler fastsætter intet beløb pr. forløb) "
            "betaler Region Nordjylland 1.225,00 kr. pr. forløb.",
            "fortolkninger": [],
            "kategori": "KATEGORI_1",
            "kilder": [
                "rammeaftale | 4. Aktivitet, tabel 2: Kategori 1 | Kategori 1 0-5 timer 50-60 %",
                "rammeaftale | 4. Aktivitet, tabel 1–3 (fodnote) | Det estimerede "
                "tidsforbrug på behandlingen angiver",
                "rammeaftale | 5. Økonomi, tabel 3: Kategori 1 | Kategori 1 0-5 timer 50-60 %",
            ],
            "regional_finansiering": Decimal("1225.00"),
            "timer": Decimal("0.01"),
        },
        id="tabel 2: 0,01 timer er kategori 1",
    ),
    pytest.param(
        lambda: tyngdekategori("4.99"),
        {
            "begrundelse": "4,99 timer samlet behandlingstid ligger i kategori 1 (over 0 "
            "timer og under 5 timer); efter rammeaftalen mellem Region "
            "Nordjylland og de 11 nordjyske kommuner (tabel 3; "
            "Syddanmarks IV-aftaler fastsætter intet beløb pr. forløb) "
            "betaler Region Nordjylland 1.225,00 kr. pr. forløb.",
            "fortolkninger": [],
            "kategori": "KATEGORI_1",
            "kilder": [
                "rammeaftale | 4. Aktivitet, tabel 2: Kategori 1 | Kategori 1 0-5 timer 50-60 %",
                "rammeaftale | 4. Aktivitet, tabel 1–3 (fodnote) | Det estimerede "
                "tidsforbrug på behandlingen angiver",
                "rammeaftale | 5. Økonomi, tabel 3: Kategori 1 | Kategori 1 0-5 timer 50-60 %",
            ],
            "regional_finansiering": Decimal("1225.00"),
            "timer": Decimal("4.99"),
        },
        id="tabel 2: 4,99 timer er kategori 1",
    ),
    pytest.param(
        lambda: tyngdekategori("4.999"),
        {
            "begrundelse": "Ca. 4,99 timer samlet behandlingstid ligger i kategori 1 "
            "(over 0 timer og under 5 timer); efter rammeaftalen mellem "
            "Region Nordjylland og de 11 nordjyske kommuner (tabel 3; "
            "Syddanmarks IV-aftaler fastsætter intet beløb pr. forløb) "
            "betaler Region Nordjylland 1.225,00 kr. pr. forløb.",
            "fortolkninger": [],
            "kategori": "KATEGORI_1",
            "kilder": [
                "rammeaftale | 4. Aktivitet, tabel 2: Kategori 1 | Kategori 1 0-5 timer 50-60 %",
                "rammeaftale | 4. Aktivitet, tabel 1–3 (fodnote) | Det estimerede "
                "tidsforbrug på behandlingen angiver",
                "rammeaftale | 5. Økonomi, tabel 3: Kategori 1 | Kategori 1 0-5 timer 50-60 %",
            ],
            "regional_finansiering": Decimal("1225.00"),
            "timer": Decimal("4.999"),
        },
        id="tabel 2: 4,999 timer vises afkortet",
    ),
    pytest.param(
        lambda: tyngdekategori("0.001"),
        {
            "begrundelse": "Under 0,01 timer samlet behandlingstid ligger i kategori 1 "
            "(over 0 timer og under 5 timer); efter rammeaftalen mellem "
            "Region Nordjylland og de 11 nordjyske kommuner (tabel 3; "
            "Syddanmarks IV-aftaler fastsætter intet beløb pr. forløb) "
            "betaler Region Nordjylland 1.225,00 kr. pr. forløb.",
            "fortolkninger": [],
            "kategori": "KATEGORI_1",
            "kilder": [
                "rammeaftale | 4. Aktivitet, tabel 2: Kategori 1 | Kategori 1 0-5 timer 50-60 %",
                "rammeaftale | 4. Aktivitet, tabel 1–3 (fodnote) | Det estimerede "
                "tidsforbrug på behandlingen angiver",
                "rammeaftale | 5. Økonomi, tabel 3: Kategori 1 | Kategori 1 0-5 timer 50-60 %",
            ],
            "regional_finansiering": Decimal("1225.00"),
            "timer": Decimal("0.001"),
        },
        id="tabel 2: under 0,01 timer",
    ),
    pytest.param(
        lambda: tyngdekategori(5),
        {
            "begrundelse": "5 timer samlet behandlingstid ligger i kategori 2 (fra 5 "
            "timer og under 15 timer); tabel 2 sætter 5 timer i to "
            "kategorier, og her læses grænsen som starten af kategori 2 "
            "(læsning, se fortolkningsloggen IV-01); efter rammeaftalen "
            "mellem Region Nordjylland og de 11 nordjyske kommuner (tabel "
            "3; Syddanmarks IV-aftaler fastsætter intet beløb pr. forløb) "
            "betaler Region Nordjylland 4.900,00 kr. pr. forløb.",
            "fortolkninger": ["IV-01"],
            "kategori": "KATEGORI_2",
            "kilder": [
                "rammeaftale | 4. Aktivitet, tabel 2: Kategori 2 | Kategori 2 5-15 timer 20-25 %",
                "rammeaftale | 4. Aktivitet, tabel 1–3 (fodnote) | Det estimerede "
                "tidsforbrug på behandlingen angiver",
                "rammeaftale | 5. Økonomi, tabel 3: Kategori 2 | Kategori 2 5-15 timer 20-25 %",
            ],
            "regional_finansiering": Decimal("4900.00"),
            "timer": Decimal("5"),
        },
        id="tabel 2: 5 timer er kategori 2",
    ),
    pytest.param(
        lambda: tyngdekategori("2.50"),
        {
            "begrundelse": "2,50 timer samlet behandlingstid ligger i kategori 1 (over 0 "
            "timer og under 5 timer); efter rammeaftalen mellem Region "
            "Nordjylland og de 11 nordjyske kommuner (tabel 3; "
            "Syddanmarks IV-aftaler fastsætter intet beløb pr. forløb) "
            "betaler Region Nordjylland 1.225,00 kr. pr. forløb.",
            "fortolkninger": [],
            "kategori": "KATEGORI_1",
            "kilder": [
                "rammeaftale | 4. Aktivitet, tabel 2: Kategori 1 | Kategori 1 0-5 timer 50-60 %",
                "rammeaftale | 4. Aktivitet, tabel 1–3 (fodnote) | Det estimerede "
                "tidsforbrug på behandlingen angiver",
                "rammeaftale | 5. Økonomi, tabel 3: Kategori 1 | Kategori 1 0-5 timer 50-60 %",
            ],
            "regional_finansiering": Decimal("1225.00"),
            "timer": Decimal("2.50"),
        },
        id="tabel 2: 2,5 timer",
    ),
    pytest.param(
        lambda: tyngdekategori(timedelta(hours=15)),
        {
            "begrundelse": "15 timer samlet behandlingstid ligger i kategori 3 (fra 15 "
            "timer og under 35 timer); tabel 2 sætter 15 timer i to "
            "kategorier, og her læses grænsen som starten af kategori 3 "
            "(læsning, se fortolkningsloggen IV-01); efter rammeaftalen "
            "mellem Region Nordjylland og de 11 nordjyske kommuner (tabel "
            "3; Syddanmarks IV-aftaler fastsætter intet beløb pr. forløb) "
            "betaler Region Nordjylland 12.250,00 kr. pr. forløb.",
            "fortolkninger": ["IV-01"],
            "kategori": "KATEGORI_3",
            "kilder": [
                "rammeaftale | 4. Aktivitet, tabel 2: Kategori 3 | Kategori 3 15-35 timer 10-20 %",
                "rammeaftale | 4. Aktivitet, tabel 1–3 (fodnote) | Det estimerede "
                "tidsforbrug på behandlingen angiver",
                "rammeaftale | 5. Økonomi, tabel 3: Kategori 3 | Kategori 3 15-35 timer 10-20 %",
            ],
            "regional_finansiering": Decimal("12250.00"),
            "timer": Decimal("15"),
        },
        id="tabel 2: 15 timer som timedelta",
    ),
    pytest.param(
        lambda: tyngdekategori(timedelta(minutes=7)),
        {
            "begrundelse": "Ca. 0,11 timer samlet behandlingstid ligger i kategori 1 "
            "(over 0 timer og under 5 timer); efter rammeaftalen mellem "
            "Region Nordjylland og de 11 nordjyske kommuner (tabel 3; "
            "Syddanmarks IV-aftaler fastsætter intet beløb pr. forløb) "
            "betaler Region Nordjylland 1.225,00 kr. pr. forløb.",
            "fortolkninger": [],
            "kategori": "KATEGORI_1",
            "kilder": [
                "rammeaftale | 4. Aktivitet, tabel 2: Kategori 1 | Kategori 1 0-5 timer 50-60 %",
                "rammeaftale | 4. Aktivitet, tabel 1–3 (fodnote) | Det estimerede "
                "tidsforbrug på behandlingen angiver",
                "rammeaftale | 5. Økonomi, tabel 3: Kategori 1 | Kategori 1 0-5 timer 50-60 %",
            ],
            "regional_finansiering": Decimal("1225.00"),
            "timer": Decimal("0.1166666666666666666666666667"),
        },
        id="tabel 2: 7 minutter som timedelta",
    ),
    pytest.param(
        lambda: tyngdekategori("35"),
        {
            "begrundelse": "35 timer samlet behandlingstid ligger i kategori 4 (fra 35 "
            "timer); tabel 2 sætter 35 timer i to kategorier, og her "
            "læses grænsen som starten af kategori 4 (læsning, se "
            "fortolkningsloggen IV-01); efter rammeaftalen mellem Region "
            "Nordjylland og de 11 nordjyske kommuner (tabel 3; "
            "Syddanmarks IV-aftaler fastsætter intet beløb pr. forløb) "
            "betaler Region Nordjylland 29.400,00 kr. pr. forløb.",
            "fortolkninger": ["IV-01"],
            "kategori": "KATEGORI_4",
            "kilder": [
                "rammeaftale | 4. Aktivitet, tabel 2: Kategori 4 | Kategori 4 35+ timer 5-10 %",
                "rammeaftale | 4. Aktivitet, tabel 1–3 (fodnote) | Det estimerede "
                "tidsforbrug på behandlingen angiver",
                "rammeaftale | 5. Økonomi, tabel 3: Kategori 4 | Kategori 4 35+ timer 5-10 %",
            ],
            "regional_finansiering": Decimal("29400.00"),
            "timer": Decimal("35"),
        },
        id="tabel 2: 35 timer er kategori 4",
    ),
    pytest.param(
        lambda: tyngdekategori(Decimal("1234.5")),
        {
            "begrundelse": "1.234,5 timer samlet behandlingstid ligger i kategori 4 (fra "
            "35 timer); efter rammeaftalen mellem Region Nordjylland og "
            "de 11 nordjyske kommuner (tabel 3; Syddanmarks IV-aftaler "
            "fastsætter intet beløb pr. forløb) betaler Region "
            "Nordjylland 29.400,00 kr. pr. forløb.",
            "fortolkninger": [],
            "kategori": "KATEGORI_4",
            "kilder": [
                "rammeaftale | 4. Aktivitet, tabel 2: Kategori 4 | Kategori 4 35+ timer 5-10 %",
                "rammeaftale | 4. Aktivitet, tabel 1–3 (fodnote) | Det estimerede "
                "tidsforbrug på behandlingen angiver",
                "rammeaftale | 5. Økonomi, tabel 3: Kategori 4 | Kategori 4 35+ timer 5-10 %",
            ],
            "regional_finansiering": Decimal("29400.00"),
            "timer": Decimal("1234.5"),
        },
        id="tabel 2: 1.234,5 timer",
    ),
    pytest.param(
        lambda: tyngdekategori(None, afslutning_af_kemokur=True),
        {
            "begrundelse": "Afslutning af kemokur er sin egen tyngdekategori, valgt "
            "efter behandlingstypen og ikke efter tidsforbruget (læsning, "
            "se fortolkningsloggen IV-02); efter rammeaftalen mellem "
            "Region Nordjylland og de 11 nordjyske kommuner (tabel 3; "
            "Syddanmarks IV-aftaler fastsætter intet beløb pr. forløb) "
            "betaler Region Nordjylland 200,00 kr. pr. tilfælde.",
            "fortolkninger": ["IV-02"],
            "kategori": "KEMOKUR",
            "kilder": [
                "rammeaftale | 4. Aktivitet, tabel 2: Kemokur | Derfor behandles "
                "afslutning af kemokur som",
                "rammeaftale | 4. Aktivitet, tabel 2: Kemokur | Kemokur 0,25 timer Opgaven "
                "medregnes ikke",
                "rammeaftale | 5. Økonomi, tabel 3: Kemokur | Kemokur 0,25 timer 200 kr.",
            ],
            "regional_finansiering": Decimal("200.00"),
            "timer": None,
        },
        id="tabel 2: kemokur uden timer",
    ),
    pytest.param(
        lambda: tyngdekategori("50", afslutning_af_kemokur=True),
        {
            "begrundelse": "Afslutning af kemokur er sin egen tyngdekategori, valgt "
            "efter behandlingstypen og ikke efter tidsforbruget (læsning, "
            "se fortolkningsloggen IV-02); efter rammeaftalen mellem "
            "Region Nordjylland og de 11 nordjyske kommuner (tabel 3; "
            "Syddanmarks IV-aftaler fastsætter intet beløb pr. forløb) "
            "betaler Region Nordjylland 200,00 kr. pr. tilfælde.",
            "fortolkninger": ["IV-02"],
            "kategori": "KEMOKUR",
            "kilder": [
                "rammeaftale | 4. Aktivitet, tabel 2: Kemokur | Derfor behandles "
                "afslutning af kemokur som",
                "rammeaftale | 4. Aktivitet, tabel 2: Kemokur | Kemokur 0,25 timer Opgaven "
                "medregnes ikke",
                "rammeaftale | 5. Økonomi, tabel 3: Kemokur | Kemokur 0,25 timer 200 kr.",
            ],
            "regional_finansiering": Decimal("200.00"),
            "timer": Decimal("50"),
        },
        id="tabel 2: kemokur med timer",
    ),
    pytest.param(
        lambda: tyngdekategori(timedelta(hours=2), afslutning_af_kemokur=True),
        {
            "begrundelse": "Afslutning af kemokur er sin egen tyngdekategori, valgt "
            "efter behandlingstypen og ikke efter tidsforbruget (læsning, "
            "se fortolkningsloggen IV-02); efter rammeaftalen mellem "
            "Region Nordjylland og de 11 nordjyske kommuner (tabel 3; "
            "Syddanmarks IV-aftaler fastsætter intet beløb pr. forløb) "
            "betaler Region Nordjylland 200,00 kr. pr. tilfælde.",
            "fortolkninger": ["IV-02"],
            "kategori": "KEMOKUR",
            "kilder": [
                "rammeaftale | 4. Aktivitet, tabel 2: Kemokur | Derfor behandles "
                "afslutning af kemokur som",
                "rammeaftale | 4. Aktivitet, tabel 2: Kemokur | Kemokur 0,25 timer Opgaven "
                "medregnes ikke",
                "rammeaftale | 5. Økonomi, tabel 3: Kemokur | Kemokur 0,25 timer 200 kr.",
            ],
            "regional_finansiering": Decimal("200.00"),
            "timer": Decimal("2"),
        },
        id="tabel 2: kemokur med timedelta",
    ),
    pytest.param(
        lambda: tyngdekategori(timedelta(days=1, hours=11, microseconds=5)),
        {
            "begrundelse": "Ca. 35,00 timer samlet behandlingstid ligger i kategori 4 "
            "(fra 35 timer); efter rammeaftalen mellem Region Nordjylland "
            "og de 11 nordjyske kommuner (tabel 3; Syddanmarks IV-aftaler "
            "fastsætter intet beløb pr. forløb) betaler Region "
            "Nordjylland 29.400,00 kr. pr. forløb.",
            "fortolkninger": [],
            "kategori": "KATEGORI_4",
            "kilder": [
                "rammeaftale | 4. Aktivitet, tabel 2: Kategori 4 | Kategori 4 35+ timer 5-10 %",
                "rammeaftale | 4. Aktivitet, tabel 1–3 (fodnote) | Det estimerede "
                "tidsforbrug på behandlingen angiver",
                "rammeaftale | 5. Økonomi, tabel 3: Kategori 4 | Kategori 4 35+ timer 5-10 %",
            ],
            "regional_finansiering": Decimal("29400.00"),
            "timer": Decimal("35.00000000138888888888888889"),
        },
        id="tabel 2: 35 timer og 5 µs som timedelta",
    ),
    pytest.param(
        lambda: regional_finansiering("KEMOKUR"),
        {
            "afledt_afrundet": False,
            "afledt_kommunal_andel": None,
            "afledt_samlet_udgift": None,
            "begrundelse": "Efter rammeaftalen mellem Region Nordjylland og de 11 "
            "nordjyske kommuner (tabel 3; Syddanmarks IV-aftaler "
            "fastsætter intet beløb pr. forløb) betaler Region "
            "Nordjylland 200,00 kr. pr. afslutning af kemokur. Samlet "
            "udgift og kommunal andel kan ikke afgøres: afslutning af "
            "kemokur registreres ikke som forløb, og kilden siger ikke, "
            "at fordelingen 70/30 også gælder her (læsning, se "
            "fortolkningsloggen IV-04).",
            "fortolkninger": ["IV-04"],
            "kategori": "KEMOKUR",
            "kilder": [
                "rammeaftale | 5. Økonomi, tabel 3: Kemokur | Kemokur 0,25 timer 200 kr.",
                "rammeaftale | 4. Aktivitet, tabel 2: Kemokur | Kemokur 0,25 timer Opgaven "
                "medregnes ikke",
                "rammeaftale | 5. Økonomi, tabel 3 | Finansieringsfordelingen mellem "
                "Region og kommuner er",
            ],
            "regional_beloeb": Decimal("200.00"),
        },
        id="tabel 3: kemokur",
    ),
    pytest.param(
        lambda: regional_finansiering(Tyngdekategori.KATEGORI_1),
        {
            "afledt_afrundet": False,
            "afledt_kommunal_andel": Decimal("525.00"),
            "afledt_samlet_udgift": Decimal("1750.00"),
            "begrundelse": "Efter rammeaftalen mellem Region Nordjylland og de 11 "
            "nordjyske kommuner (tabel 3; Syddanmarks IV-aftaler "
            "fastsætter intet beløb pr. forløb) betaler Region "
            "Nordjylland 1.225,00 kr. pr. forløb i kategori 1. Afledt af "
            "fordelingen 70/30 og ikke trykt i kilden: samlet udgift "
            "1.750,00 kr. og kommunal andel 525,00 kr. (læsning, se "
            "fortolkningsloggen IV-03).",
            "fortolkninger": ["IV-03"],
            "kategori": "KATEGORI_1",
            "kilder": [
                "rammeaftale | 5. Økonomi, tabel 3: Kategori 1 | Kategori 1 0-5 timer 50-60 %",
                "rammeaftale | 5. Økonomi, tabel 3 | finansierer regionen med et fast beløb",
                "rammeaftale | 5. Økonomi, tabel 3 | Finansieringsfordelingen mellem "
                "Region og kommuner er",
            ],
            "regional_beloeb": Decimal("1225.00"),
        },
        id="tabel 3: kategori 1",
    ),
    pytest.param(
        lambda: regional_finansiering("kategori_4"),
        {
            "afledt_afrundet": False,
            "afledt_kommunal_andel": Decimal("12600.00"),
            "afledt_samlet_udgift": Decimal("42000.00"),
            "begrundelse": "Efter rammeaftalen mellem Region Nordjylland og de 11 "
            "nordjyske kommuner (tabel 3; Syddanmarks IV-aftaler "
            "fastsætter intet beløb pr. forløb) betaler Region "
            "Nordjylland 29.400,00 kr. pr. forløb i kategori 4. Afledt af "
            "fordelingen 70/30 og ikke trykt i kilden: samlet udgift "
            "42.000,00 kr. og kommunal andel 12.600,00 kr. (læsning, se "
            "fortolkningsloggen IV-03).",
            "fortolkninger": ["IV-03"],
            "kategori": "KATEGORI_4",
            "kilder": [
                "rammeaftale | 5. Økonomi, tabel 3: Kategori 4 | Kategori 4 35+ timer 5-10 %",
                "rammeaftale | 5. Økonomi, tabel 3 | finansierer regionen med et fast beløb",
                "rammeaftale | 5. Økonomi, tabel 3 | Finansieringsfordelingen mellem "
                "Region og kommuner er",
            ],
            "regional_beloeb": Decimal("29400.00"),
        },
        id="tabel 3: kategori 4",
    ),
    pytest.param(
        lambda: standardforloeb("VAESKE_DEHYDRERING"),
        {
            "afviger": True,
            "antal_besoeg": 4,
            "begrundelse": "Standardforløbet for væske - dehydrering er 4 besøg à 30 minutter, 4 "
            "timer i alt (kategori 1), med ca. 370 forløb om året. Bemærk: 4 × 30 "
            "minutter er 2 timer, ikke de trykte 4; tabellens tal er bevaret "
            "(læsning, se fortolkningsloggen IV-05).",
            "beregnede_timer": Decimal("2"),
            "estimeret_aarligt_antal": 370,
            "fortolkninger": ["IV-05"],
            "kategori": "KATEGORI_1",
            "kategori_efter_beregnede_timer": "KATEGORI_1",
            "kilder": [
                "rammeaftale | 4. Aktivitet, tabel 1 | Tabel 1: Estimeret årligt "
                "aktivitetsomfang og",
                "rammeaftale | 4. Aktivitet, tabel 1: antal besøg pr. forløb | 24 156 4 4 4 1",
                "rammeaftale | 4. Aktivitet, tabel 1: minutter pr. besøg | pr. besøg* 50 10 30 30",
                "rammeaftale | 4. Aktivitet, tabel 1: timer i alt pr. forløb | pr. forløb* "
                "20 26 2 4",
                "rammeaftale | 4. Aktivitet, tabel 1: estimeret årligt antal forløb | 725 "
                "30 240 370 70 700",
                "rammeaftale | 3. Målgrupper for aftalen | Væskebehandling til dehydrerede "
                "patienter",
            ],
            "minutter_pr_besoeg": 30,
            "omraade": "VAESKE_DEHYDRERING",
            "publicerede_timer": Decimal("4"),
        },
        id="tabel 1: dehydrering",
    ),
    pytest.param(
        lambda: standardforloeb(IVOmraade.KEMOKUR_OG_MAGNESIUM),
        {
            "afviger": False,
            "antal_besoeg": 1,
            "begrundelse": "Standardforløbet for afslutte kemokur + magnesium er 1 besøg à 15 "
            "minutter, 0,25 timer i alt (kemokur), med ca. 700 forløb om året.",
            "beregnede_timer": Decimal("0.25"),
            "estimeret_aarligt_antal": 700,
            "fortolkninger": [],
            "kategori": "KEMOKUR",
            "kategori_efter_beregnede_timer": "KEMOKUR",
            "kilder": [
                "rammeaftale | 4. Aktivitet, tabel 1 | Tabel 1: Estimeret årligt "
                "aktivitetsomfang og",
                "rammeaftale | 4. Aktivitet, tabel 1: antal besøg pr. forløb | 24 156 4 4 4 1",
                "rammeaftale | 4. Aktivitet, tabel 1: minutter pr. besøg | pr. besøg* 50 10 30 30",
                "rammeaftale | 4. Aktivitet, tabel 1: timer i alt pr. forløb | pr. forløb* "
                "20 26 2 4",
                "rammeaftale | 4. Aktivitet, tabel 1: estimeret årligt antal forløb | 725 "
                "30 240 370 70 700",
                "rammeaftale | 3. Målgrupper for aftalen | Afslutning af kemokur og "
                "magnesium behandling",
            ],
            "minutter_pr_besoeg": 15,
            "omraade": "KEMOKUR_OG_MAGNESIUM",
            "publicerede_timer": Decimal("0.25"),
        },
        id="tabel 1: kemokur",
    ),
    pytest.param(
        lambda: standardforloeb(IVOmraade.VAESKE_KORTTARM),
        {
            "afviger": False,
            "antal_besoeg": 156,
            "begrundelse": "Standardforløbet for væske - korttarmspatienter er 156 besøg à 10 "
            "minutter, 26 timer i alt (kategori 3), med ca. 30 forløb om året.",
            "beregnede_timer": Decimal("26"),
            "estimeret_aarligt_antal": 30,
            "fortolkninger": [],
            "kategori": "KATEGORI_3",
            "kategori_efter_beregnede_timer": "KATEGORI_3",
            "kilder": [
                "rammeaftale | 4. Aktivitet, tabel 1 | Tabel 1: Estimeret årligt "
                "aktivitetsomfang og",
                "rammeaftale | 4. Aktivitet, tabel 1: antal besøg pr. forløb | 24 156 4 4 4 1",
                "rammeaftale | 4. Aktivitet, tabel 1: minutter pr. besøg | pr. besøg* 50 10 30 30",
                "rammeaftale | 4. Aktivitet, tabel 1: timer i alt pr. forløb | pr. forløb* "
                "20 26 2 4",
                "rammeaftale | 4. Aktivitet, tabel 1: estimeret årligt antal forløb | 725 "
                "30 240 370 70 700",
                "rammeaftale | 3. Målgrupper for aftalen | Væskebehandling til "
                "korttarmspatienter (Patienter, der i",
            ],
            "minutter_pr_besoeg": 10,
            "omraade": "VAESKE_KORTTARM",
            "publicerede_timer": Decimal("26"),
        },
        id="tabel 1: korttarm",
    ),
    pytest.param(
        lambda: ivkategori._standardforloeb(IVOmraade.ANTIBIOTIKA, 24, 50, "20", 725),
        {
            "afviger": False,
            "antal_besoeg": 24,
            "begrundelse": "Standardforløbet for antibiotikabehandling er 24 besøg à 50 minutter, "
            "20 timer i alt (kategori 3), med ca. 725 forløb om året.",
            "beregnede_timer": Decimal("20"),
            "estimeret_aarligt_antal": 725,
            "fortolkninger": [],
            "kategori": "KATEGORI_3",
            "kategori_efter_beregnede_timer": "KATEGORI_3",
            "kilder": [
                "rammeaftale | 4. Aktivitet, tabel 1 | Tabel 1: Estimeret årligt "
                "aktivitetsomfang og",
                "rammeaftale | 4. Aktivitet, tabel 1: antal besøg pr. forløb | 24 156 4 4 4 1",
                "rammeaftale | 4. Aktivitet, tabel 1: minutter pr. besøg | pr. besøg* 50 10 30 30",
                "rammeaftale | 4. Aktivitet, tabel 1: timer i alt pr. forløb | pr. forløb* "
                "20 26 2 4",
                "rammeaftale | 4. Aktivitet, tabel 1: estimeret årligt antal forløb | 725 "
                "30 240 370 70 700",
                "rammeaftale | 3. Målgrupper for aftalen | Intravenøs "
                "antibiotikabehandling (Patienter med akutte eller",
            ],
            "minutter_pr_besoeg": 50,
            "omraade": "ANTIBIOTIKA",
            "publicerede_timer": Decimal("20"),
        },
        id="tabel 1: række 1 bygges",
    ),
    pytest.param(
        lambda: ivkategori._standardforloeb(IVOmraade.VAESKE_KORTTARM, 156, 10, "26", 30),
        {
            "afviger": False,
            "antal_besoeg": 156,
            "begrundelse": "Standardforløbet for væske - korttarmspatienter er 156 besøg à 10 "
            "minutter, 26 timer i alt (kategori 3), med ca. 30 forløb om året.",
            "beregnede_timer": Decimal("26"),
            "estimeret_aarligt_antal": 30,
            "fortolkninger": [],
            "kategori": "KATEGORI_3",
            "kategori_efter_beregnede_timer": "KATEGORI_3",
            "kilder": [
                "rammeaftale | 4. Aktivitet, tabel 1 | Tabel 1: Estimeret årligt "
                "aktivitetsomfang og",
                "rammeaftale | 4. Aktivitet, tabel 1: antal besøg pr. forløb | 24 156 4 4 4 1",
                "rammeaftale | 4. Aktivitet, tabel 1: minutter pr. besøg | pr. besøg* 50 10 30 30",
                "rammeaftale | 4. Aktivitet, tabel 1: timer i alt pr. forløb | pr. forløb* "
                "20 26 2 4",
                "rammeaftale | 4. Aktivitet, tabel 1: estimeret årligt antal forløb | 725 "
                "30 240 370 70 700",
                "rammeaftale | 3. Målgrupper for aftalen | Væskebehandling til "
                "korttarmspatienter (Patienter, der i",
            ],
            "minutter_pr_besoeg": 10,
            "omraade": "VAESKE_KORTTARM",
            "publicerede_timer": Decimal("26"),
        },
        id="tabel 1: række 2 bygges",
    ),
    pytest.param(
        lambda: ivkategori._standardforloeb(IVOmraade.VAESKE_AKUT_GASTROENTERITIS, 4, 30, "2", 240),
        {
            "afviger": False,
            "antal_besoeg": 4,
            "begrundelse": "Standardforløbet for væske - akut gastroenteritis er 4 besøg à 30 "
            "minutter, 2 timer i alt (kategori 1), med ca. 240 forløb om året.",
            "beregnede_timer": Decimal("2"),
            "estimeret_aarligt_antal": 240,
            "fortolkninger": [],
            "kategori": "KATEGORI_1",
            "kategori_efter_beregnede_timer": "KATEGORI_1",
            "kilder": [
                "rammeaftale | 4. Aktivitet, tabel 1 | Tabel 1: Estimeret årligt "
                "aktivitetsomfang og",
                "rammeaftale | 4. Aktivitet, tabel 1: antal besøg pr. forløb | 24 156 4 4 4 1",
                "rammeaftale | 4. Aktivitet, tabel 1: minutter pr. besøg | pr. besøg* 50 10 30 30",
                "rammeaftale | 4. Aktivitet, tabel 1: timer i alt pr. forløb | pr. forløb* "
                "20 26 2 4",
                "rammeaftale | 4. Aktivitet, tabel 1: estimeret årligt antal forløb | 725 "
                "30 240 370 70 700",
                "rammeaftale | 3. Målgrupper for aftalen | Væskebehandling til patienter "
                "med akut gastroenteritis",
            ],
            "minutter_pr_besoeg": 30,
            "omraade": "VAESKE_AKUT_GASTROENTERITIS",
            "publicerede_timer": Decimal("2"),
        },
        id="tabel 1: række 3 bygges",
    ),
    pytest.param(
        lambda: ivkategori._standardforloeb(IVOmraade.VAESKE_DEHYDRERING, 4, 30, "4", 370),
        {
            "afviger": True,
            "antal_besoeg": 4,
            "begrundelse": "Standardforløbet for væske - dehydrering er 4 besøg à 30 minutter, 4 "
            "timer i alt (kategori 1), med ca. 370 forløb om året. Bemærk: 4 × 30 "
            "minutter er 2 timer, ikke de trykte 4; tabellens tal er bevaret "
            "(læsning, se fortolkningsloggen IV-05).",
            "beregnede_timer": Decimal("2"),
            "estimeret_aarligt_antal": 370,
            "fortolkninger": ["IV-05"],
            "kategori": "KATEGORI_1",
            "kategori_efter_beregnede_timer": "KATEGORI_1",
            "kilder": [
                "rammeaftale | 4. Aktivitet, tabel 1 | Tabel 1: Estimeret årligt "
                "aktivitetsomfang og",
                "rammeaftale | 4. Aktivitet, tabel 1: antal besøg pr. forløb | 24 156 4 4 4 1",
                "rammeaftale | 4. Aktivitet, tabel 1: minutter pr. besøg | pr. besøg* 50 10 30 30",
                "rammeaftale | 4. Aktivitet, tabel 1: timer i alt pr. forløb | pr. forløb* "
                "20 26 2 4",
                "rammeaftale | 4. Aktivitet, tabel 1: estimeret årligt antal forløb | 725 "
                "30 240 370 70 700",
                "rammeaftale | 3. Målgrupper for aftalen | Væskebehandling til dehydrerede "
                "patienter",
            ],
            "minutter_pr_besoeg": 30,
            "omraade": "VAESKE_DEHYDRERING",
            "publicerede_timer": Decimal("4"),
        },
        id="tabel 1: række 4 bygges",
    ),
    pytest.param(
        lambda: ivkategori._standardforloeb(IVOmraade.VANDDRIVENDE_HJERTESVIGT, 4, 15, "1", 70),
        {
            "afviger": False,
            "antal_besoeg": 4,
            "begrundelse": "Standardforløbet for vanddrivende til hjertesvigtpatienter er 4 besøg "
            "à 15 minutter, 1 timer i alt (kategori 1), med ca. 70 forløb om året.",
            "beregnede_timer": Decimal("1"),
            "estimeret_aarligt_antal": 70,
            "fortolkninger": [],
            "kategori": "KATEGORI_1",
            "kategori_efter_beregnede_timer": "KATEGORI_1",
            "kilder": [
                "rammeaftale | 4. Aktivitet, tabel 1 | Tabel 1: Estimeret årligt "
                "aktivitetsomfang og",
                "rammeaftale | 4. Aktivitet, tabel 1: antal besøg pr. forløb | 24 156 4 4 4 1",
                "rammeaftale | 4. Aktivitet, tabel 1: minutter pr. besøg | pr. besøg* 50 10 30 30",
                "rammeaftale | 4. Aktivitet, tabel 1: timer i alt pr. forløb | pr. forløb* "
                "20 26 2 4",
                "rammeaftale | 4. Aktivitet, tabel 1: estimeret årligt antal forløb | 725 "
                "30 240 370 70 700",
                "rammeaftale | 3. Målgrupper for aftalen | Vanddrivende behandling til "
                "hjertesvigtpatienter",
            ],
            "minutter_pr_besoeg": 15,
            "omraade": "VANDDRIVENDE_HJERTESVIGT",
            "publicerede_timer": Decimal("1"),
        },
        id="tabel 1: række 5 bygges",
    ),
    pytest.param(
        lambda: ivkategori._standardforloeb(IVOmraade.KEMOKUR_OG_MAGNESIUM, 1, 15, "0.25", 700),
        {
            "afviger": False,
            "antal_besoeg": 1,
            "begrundelse": "Standardforløbet for afslutte kemokur + magnesium er 1 besøg à 15 "
            "minutter, 0,25 timer i alt (kemokur), med ca. 700 forløb om året.",
            "beregnede_timer": Decimal("0.25"),
            "estimeret_aarligt_antal": 700,
            "fortolkninger": [],
            "kategori": "KEMOKUR",
            "kategori_efter_beregnede_timer": "KEMOKUR",
            "kilder": [
                "rammeaftale | 4. Aktivitet, tabel 1 | Tabel 1: Estimeret årligt "
                "aktivitetsomfang og",
                "rammeaftale | 4. Aktivitet, tabel 1: antal besøg pr. forløb | 24 156 4 4 4 1",
                "rammeaftale | 4. Aktivitet, tabel 1: minutter pr. besøg | pr. besøg* 50 10 30 30",
                "rammeaftale | 4. Aktivitet, tabel 1: timer i alt pr. forløb | pr. forløb* "
                "20 26 2 4",
                "rammeaftale | 4. Aktivitet, tabel 1: estimeret årligt antal forløb | 725 "
                "30 240 370 70 700",
                "rammeaftale | 3. Målgrupper for aftalen | Afslutning af kemokur og "
                "magnesium behandling",
            ],
            "minutter_pr_besoeg": 15,
            "omraade": "KEMOKUR_OG_MAGNESIUM",
            "publicerede_timer": Decimal("0.25"),
        },
        id="tabel 1: række 6 bygges",
    ),
    pytest.param(
        lambda: aktivitetsestimat(),
        {
            "antal_forloeb": 2135,
            "begrundelse": "Tabel 1 summerer til 2.135 forløb om året (»godt 2100«), heraf 700 "
            "afslutninger af kemokur, som ikke registreres som forløb (læsning, se "
            "fortolkningsloggen IV-06).",
            "estimat_interval": [1200, 2200],
            "fortolkninger": ["IV-06"],
            "kilder": [
                "rammeaftale | 4. Aktivitet | I alt er aftalen estimeret til",
                "rammeaftale | 4. Aktivitet, tabel 1: estimeret årligt antal forløb | 725 "
                "30 240 370 70 700",
                "rammeaftale | 4. Aktivitet, tabel 2: Kemokur | Kemokur 0,25 timer Opgaven "
                "medregnes ikke",
            ],
            "medregnet_kemokur": True,
        },
        id="4. Aktivitet: estimat med kemokur",
    ),
    pytest.param(
        lambda: aktivitetsestimat(medregn_kemokur=False),
        {
            "antal_forloeb": 1435,
            "begrundelse": "Uden de 700 afslutninger af kemokur, som ikke registreres som forløb, "
            "summerer tabel 1 til 1.435 forløb om året (læsning, se "
            "fortolkningsloggen IV-06).",
            "estimat_interval": [1200, 2200],
            "fortolkninger": ["IV-06"],
            "kilder": [
                "rammeaftale | 4. Aktivitet | I alt er aftalen estimeret til",
                "rammeaftale | 4. Aktivitet, tabel 1: estimeret årligt antal forløb | 725 "
                "30 240 370 70 700",
                "rammeaftale | 4. Aktivitet, tabel 2: Kemokur | Kemokur 0,25 timer Opgaven "
                "medregnes ikke",
            ],
            "medregnet_kemokur": False,
        },
        id="4. Aktivitet: estimat uden kemokur",
    ),
    pytest.param(
        lambda: hospitalsundtagelser(
            besoeg_pr_doegn=3, indgift_i_lukket_system=True, ophold_pr_indgift=60
        ),
        {
            "begrundelse": "Ingen af de tre undtagelser gælder, så kommunen varetager forløbet, "
            "som den har forpligtet sig til for alle relevante forløb på "
            "IV-områderne.",
            "fortolkninger": [],
            "kilder": [
                "rammeaftale | 4. Aktivitet, Undtagelser | Kommunerne forpligter sig således til at"
            ],
            "ukendte": [],
            "undtagelser": [],
            "varetagelse": "KOMMUNALT_REGI",
        },
        id="Undtagelser: ingen gælder",
    ),
    pytest.param(
        lambda: hospitalsundtagelser(
            besoeg_pr_doegn="4",
            indgift_i_lukket_system=False,
            ophold_pr_indgift=timedelta(hours=1, microseconds=1),
        ),
        {
            "begrundelse": "Forløbet varetages som udgangspunkt i hospitalsregi: mere end 3 besøg "
            "pr. døgn, indgiften kan ikke håndteres i lukkede systemer, mere end "
            "én times ophold pr. indgift. En konkret aftale mellem kommune og "
            "hospital kan flytte det til kommunen.",
            "fortolkninger": [],
            "kilder": [
                "rammeaftale | 4. Aktivitet, Undtagelser | Kommunerne forpligter sig "
                "således til at",
                "rammeaftale | 4. Aktivitet, Undtagelser | IV-behandlingsforløb med behov "
                "for mere end",
                "rammeaftale | 4. Aktivitet, Undtagelser | IV-behandlingsforløb, hvor det "
                "ikke er muligt",
                "rammeaftale | 4. Aktivitet, Undtagelser | hvor den enkelte indgift indebærer at",
                "rammeaftale | 4. Aktivitet, Undtagelser | men efter konkret aftale mellem kommune",
            ],
            "ukendte": [],
            "undtagelser": [
                "FLERE_END_3_BESOEG_PR_DOEGN",
                "IKKE_LUKKET_SYSTEM",
                "OPHOLD_OVER_EN_TIME_PR_INDGIFT",
            ],
            "varetagelse": "HOSPITALSREGI",
        },
        id="Undtagelser: alle tre",
    ),
    pytest.param(
        lambda: hospitalsundtagelser(
            besoeg_pr_doegn=Decimal(5),
            indgift_i_lukket_system=True,
            ophold_pr_indgift="60.0001",
            konkret_aftale_om_kommunal_varetagelse=True,
        ),
        {
            "begrundelse": "Forløbet er en undtagelse (mere end 3 besøg pr. døgn, mere end én "
            "times ophold pr. indgift), men efter konkret aftale mellem kommune og "
            "hospital varetages det i kommunalt regi inden for aftalens økonomiske "
            "ramme.",
            "fortolkninger": [],
            "kilder": [
                "rammeaftale | 4. Aktivitet, Undtagelser | Kommunerne forpligter sig "
                "således til at",
                "rammeaftale | 4. Aktivitet, Undtagelser | IV-behandlingsforløb med behov "
                "for mere end",
                "rammeaftale | 4. Aktivitet, Undtagelser | hvor den enkelte indgift indebærer at",
                "rammeaftale | 4. Aktivitet, Undtagelser | men efter konkret aftale mellem kommune",
            ],
            "ukendte": [],
            "undtagelser": ["FLERE_END_3_BESOEG_PR_DOEGN", "OPHOLD_OVER_EN_TIME_PR_INDGIFT"],
            "varetagelse": "KOMMUNALT_REGI",
        },
        id="Undtagelser: to og konkret aftale",
    ),
    pytest.param(
        lambda: hospitalsundtagelser(
            besoeg_pr_doegn=4,
            indgift_i_lukket_system=True,
            ophold_pr_indgift=30,
            konkret_aftale_om_kommunal_varetagelse=None,
        ),
        {
            "begrundelse": "Kan ikke afgøres: forløbet er en undtagelse (mere end 3 besøg pr. "
            "døgn) og varetages som udgangspunkt i hospitalsregi, men det er "
            "ukendt, om der er en konkret aftale mellem kommune og hospital om "
            "kommunal varetagelse.",
            "fortolkninger": [],
            "kilder": [
                "rammeaftale | 4. Aktivitet, Undtagelser | Kommunerne forpligter sig "
                "således til at",
                "rammeaftale | 4. Aktivitet, Undtagelser | IV-behandlingsforløb med behov "
                "for mere end",
                "rammeaftale | 4. Aktivitet, Undtagelser | men efter konkret aftale mellem kommune",
            ],
            "ukendte": [],
            "undtagelser": ["FLERE_END_3_BESOEG_PR_DOEGN"],
            "varetagelse": "KAN_IKKE_AFGOERES",
        },
        id="Undtagelser: konkret aftale ukendt",
    ),
    pytest.param(
        lambda: hospitalsundtagelser(
            besoeg_pr_doegn=4,
            indgift_i_lukket_system=None,
            ophold_pr_indgift=30,
            kommunen_afviser_af_hensyn_til_patientsikkerhed=True,
        ),
        {
            "begrundelse": "Kommunen afviser undtagelsesvist forløbet af hensyn til "
            "patientsikkerheden, så det varetages i hospitalsregi.",
            "fortolkninger": [],
            "kilder": [
                "rammeaftale | 4. Aktivitet, Undtagelser | Kommunerne forpligter sig "
                "således til at",
                "rammeaftale | 4. Aktivitet, Undtagelser | IV-behandlingsforløb med behov "
                "for mere end",
                "rammeaftale | 4. Aktivitet, Undtagelser | er muligt for kommunen at afvise",
            ],
            "ukendte": ["IKKE_LUKKET_SYSTEM"],
            "undtagelser": ["FLERE_END_3_BESOEG_PR_DOEGN"],
            "varetagelse": "HOSPITALSREGI",
        },
        id="Undtagelser: afvisning",
    ),
    pytest.param(
        lambda: hospitalsundtagelser(
            besoeg_pr_doegn=None, indgift_i_lukket_system=None, ophold_pr_indgift=None
        ),
        {
            "begrundelse": "Kan ikke afgøres: ingen undtagelse er påvist, men disse oplysninger "
            "mangler: antal besøg pr. døgn; om indgiften kan håndteres i lukkede "
            "systemer; personalets ophold pr. indgift.",
            "fortolkninger": [],
            "kilder": [
                "rammeaftale | 4. Aktivitet, Undtagelser | Kommunerne forpligter sig "
                "således til at",
                "rammeaftale | 4. Aktivitet, Undtagelser | IV-behandlingsforløb med behov "
                "for mere end",
                "rammeaftale | 4. Aktivitet, Undtagelser | IV-behandlingsforløb, hvor det "
                "ikke er muligt",
                "rammeaftale | 4. Aktivitet, Undtagelser | hvor den enkelte indgift indebærer at",
            ],
            "ukendte": [
                "FLERE_END_3_BESOEG_PR_DOEGN",
                "IKKE_LUKKET_SYSTEM",
                "OPHOLD_OVER_EN_TIME_PR_INDGIFT",
            ],
            "undtagelser": [],
            "varetagelse": "KAN_IKKE_AFGOERES",
        },
        id="Undtagelser: ukendte",
    ),
    pytest.param(
        lambda: hospitalsundtagelser(
            besoeg_pr_doegn=1,
            indgift_i_lukket_system=None,
            ophold_pr_indgift=timedelta(minutes=60),
            konkret_aftale_om_kommunal_varetagelse=None,
        ),
        {
            "begrundelse": "Kan ikke afgøres: ingen undtagelse er påvist, men disse oplysninger "
            "mangler: om indgiften kan håndteres i lukkede systemer.",
            "fortolkninger": [],
            "kilder": [
                "rammeaftale | 4. Aktivitet, Undtagelser | Kommunerne forpligter sig "
                "således til at",
                "rammeaftale | 4. Aktivitet, Undtagelser | IV-behandlingsforløb, hvor det "
                "ikke er muligt",
            ],
            "ukendte": ["IKKE_LUKKET_SYSTEM"],
            "undtagelser": [],
            "varetagelse": "KAN_IKKE_AFGOERES",
        },
        id="Undtagelser: ukendt, aftale ukendt",
    ),
    pytest.param(
        lambda: hospitalsundtagelser(
            besoeg_pr_doegn=None,
            indgift_i_lukket_system=True,
            ophold_pr_indgift=None,
            konkret_aftale_om_kommunal_varetagelse=True,
        ),
        {
            "begrundelse": "Efter konkret aftale mellem kommune og hospital varetages forløbet i "
            "kommunalt regi.",
            "fortolkninger": [],
            "kilder": [
                "rammeaftale | 4. Aktivitet, Undtagelser | Kommunerne forpligter sig "
                "således til at",
                "rammeaftale | 4. Aktivitet, Undtagelser | men efter konkret aftale mellem kommune",
            ],
            "ukendte": ["FLERE_END_3_BESOEG_PR_DOEGN", "OPHOLD_OVER_EN_TIME_PR_INDGIFT"],
            "undtagelser": [],
            "varetagelse": "KOMMUNALT_REGI",
        },
        id="Undtagelser: ukendt, men konkret aftale",
    ),
    pytest.param(
        lambda: aktivitetsopfoelgning(
            {"KATEGORI_1": 100, "KEMOKUR": 3},
            {"KATEGORI_1": 130},
            aftalestart="2020-01-31",
            opgoerelsesdato="2020-07-30",
        ),
        {
            "begrundelse": "Der er endnu ikke gået 6 måneder (tidligst 2020-07-31), så "
            "forhandlinger optages ikke; den vægtede aktivitet er 30,00 % "
            "i forhold til det forventede (finansieringskroner). Svaret "
            "hviler på en læsning (læsning, se fortolkningsloggen IV-07). "
            "Finansieringskronerne er Region Nordjyllands efter "
            "rammeaftalen mellem Region Nordjylland og de 11 nordjyske "
            "kommuner (tabel 3; Syddanmarks IV-aftaler fastsætter intet "
            "beløb pr. forløb).",
            "forhandlinger_skal_optages": False,
            "fortolkninger": ["IV-07"],
            "kemokur_udeladt": True,
            "kilder": [
                "rammeaftale | 5. Økonomi | Hvis aktiviteten efter 6 måneder overskrider",
                "rammeaftale | 5. Økonomi | er kommunerne forpligtede til fortsat at",
                "rammeaftale | 4. Aktivitet, tabel 2: Kemokur | Kemokur 0,25 timer Opgaven "
                "medregnes ikke",
                "rammeaftale | 5. Økonomi, tabel 3 | finansierer regionen med et fast beløb",
            ],
            "overskridelse_procent": Decimal("30.00"),
            "seks_maaneder_gaaet": False,
            "tidligste_vurderingsdato": "2020-07-31",
            "vaegtet_faktisk": Decimal("159250.00"),
            "vaegtet_forventet": Decimal("122500.00"),
            "vaegtning": "REGIONAL_FINANSIERING",
        },
        id="5. Økonomi: før 6 måneder",
    ),
    pytest.param(
        lambda: aktivitetsopfoelgning(
            {Tyngdekategori.KATEGORI_2: 10},
            {"KATEGORI_2": 12, "KEMOKUR": 1},
            aftalestart="2020-01-31",
            opgoerelsesdato="2020-07-31",
        ),
        {
            "begrundelse": "Efter 6 måneder er den vægtede aktivitet 20,00 % over det "
            "forventede (finansieringskroner), mindst 20 %, så "
            "forhandlinger mellem region og kommune optages; opgaven og "
            "finansieringen fortsætter imens. Svaret hviler på en læsning "
            "(læsning, se fortolkningsloggen IV-07, IV-09). "
            "Finansieringskronerne er Region Nordjyllands efter "
            "rammeaftalen mellem Region Nordjylland og de 11 nordjyske "
            "kommuner (tabel 3; Syddanmarks IV-aftaler fastsætter intet "
            "beløb pr. forløb).",
            "forhandlinger_skal_optages": True,
            "fortolkninger": ["IV-07", "IV-09"],
            "kemokur_udeladt": True,
            "kilder": [
                "rammeaftale | 5. Økonomi | Hvis aktiviteten efter 6 måneder overskrider",
                "rammeaftale | 5. Økonomi | er kommunerne forpligtede til fortsat at",
                "rammeaftale | 4. Aktivitet, tabel 2: Kemokur | Kemokur 0,25 timer Opgaven "
                "medregnes ikke",
                "rammeaftale | 5. Økonomi, tabel 3 | finansierer regionen med et fast beløb",
            ],
            "overskridelse_procent": Decimal("20.00"),
            "seks_maaneder_gaaet": True,
            "tidligste_vurderingsdato": "2020-07-31",
            "vaegtet_faktisk": Decimal("58800.00"),
            "vaegtet_forventet": Decimal("49000.00"),
            "vaegtning": "REGIONAL_FINANSIERING",
        },
        id="5. Økonomi: præcis 20 % efter 6 måneder",
    ),
    pytest.param(
        lambda: aktivitetsopfoelgning(
            {"KATEGORI_1": 3, "KATEGORI_3": 0},
            {"KATEGORI_1": "3.5"},
            aftalestart=date(2020, 1, 1),
            opgoerelsesdato=date(2020, 1, 1) + timedelta(days=400),
            vaegtning="ANTAL_FORLOEB",
        ),
        {
            "begrundelse": "Efter 6 måneder er den vægtede aktivitet 16,67 % i forhold til det "
            "forventede (forløb), under 20 % over, så forhandlinger optages ikke.",
            "forhandlinger_skal_optages": False,
            "fortolkninger": [],
            "kemokur_udeladt": False,
            "kilder": [
                "rammeaftale | 5. Økonomi | Hvis aktiviteten efter 6 måneder overskrider",
                "rammeaftale | 5. Økonomi | er kommunerne forpligtede til fortsat at",
                "rammeaftale | 4. Aktivitet, tabel 2: Kemokur | Kemokur 0,25 timer Opgaven "
                "medregnes ikke",
                "rammeaftale | 5. Økonomi, tabel 3 | finansierer regionen med et fast beløb",
            ],
            "overskridelse_procent": Decimal("16.67"),
            "seks_maaneder_gaaet": True,
            "tidligste_vurderingsdato": "2020-07-01",
            "vaegtet_faktisk": Decimal("3.5"),
            "vaegtet_forventet": Decimal("3"),
            "vaegtning": "ANTAL_FORLOEB",
        },
        id="5. Økonomi: under 20 %, uvægtet",
    ),
    pytest.param(
        lambda: aktivitetsopfoelgning(
            {"KATEGORI_1": 1},
            {"KATEGORI_4": 2},
            aftalestart="2020-03-01",
            opgoerelsesdato="2020-03-01",
            vaegtning=Vaegtning.ANTAL_FORLOEB,
        ),
        {
            "begrundelse": "Der er endnu ikke gået 6 måneder (tidligst 2020-09-01), så "
            "forhandlinger optages ikke; den vægtede aktivitet er 100,00 "
            "% i forhold til det forventede (forløb).",
            "forhandlinger_skal_optages": False,
            "fortolkninger": [],
            "kemokur_udeladt": False,
            "kilder": [
                "rammeaftale | 5. Økonomi | Hvis aktiviteten efter 6 måneder overskrider",
                "rammeaftale | 5. Økonomi | er kommunerne forpligtede til fortsat at",
                "rammeaftale | 4. Aktivitet, tabel 2: Kemokur | Kemokur 0,25 timer Opgaven "
                "medregnes ikke",
                "rammeaftale | 5. Økonomi, tabel 3 | finansierer regionen med et fast beløb",
            ],
            "overskridelse_procent": Decimal("100.00"),
            "seks_maaneder_gaaet": False,
            "tidligste_vurderingsdato": "2020-09-01",
            "vaegtet_faktisk": Decimal("2"),
            "vaegtet_forventet": Decimal("1"),
            "vaegtning": "ANTAL_FORLOEB",
        },
        id="5. Økonomi: ét forløb uvægtet, samme dag",
    ),
    pytest.param(
        lambda: aktivitetsopfoelgning(
            {"KATEGORI_1": 8},
            {"KATEGORI_1": "8.01"},
            aftalestart="2020-01-01",
            opgoerelsesdato="2021-01-01",
            vaegtning="ANTAL_FORLOEB",
        ),
        {
            "begrundelse": "Efter 6 måneder er den vægtede aktivitet 0,13 % i forhold til det "
            "forventede (forløb), under 20 % over, så forhandlinger optages ikke.",
            "forhandlinger_skal_optages": False,
            "fortolkninger": [],
            "kemokur_udeladt": False,
            "kilder": [
                "rammeaftale | 5. Økonomi | Hvis aktiviteten efter 6 måneder overskrider",
                "rammeaftale | 5. Økonomi | er kommunerne forpligtede til fortsat at",
                "rammeaftale | 4. Aktivitet, tabel 2: Kemokur | Kemokur 0,25 timer Opgaven "
                "medregnes ikke",
                "rammeaftale | 5. Økonomi, tabel 3 | finansierer regionen med et fast beløb",
            ],
            "overskridelse_procent": Decimal("0.13"),
            "seks_maaneder_gaaet": True,
            "tidligste_vurderingsdato": "2020-07-01",
            "vaegtet_faktisk": Decimal("8.01"),
            "vaegtet_forventet": Decimal("8"),
            "vaegtning": "ANTAL_FORLOEB",
        },
        id="5. Økonomi: overskridelse afrundes half-up",
    ),
    pytest.param(
        lambda: opsigelse("2020-08-31", grund="ALMINDELIG"),
        {
            "begrundelse": "Ved almindelig opsigelse er varslet 6 måneder, så aftalen ophører "
            "tidligst 2021-02-28 ved varsel givet 2020-08-31. Måneder lægges til "
            "som kalendermåneder (læsning, se fortolkningsloggen IV-09).",
            "fortolkninger": ["IV-09"],
            "forudsaetninger": "OPFYLDT",
            "grund": "ALMINDELIG",
            "kilder": [
                "rammeaftale | 8. Aftalens løbetid og opsigelse | Begge parter har mulighed for at"
            ],
            "ophoersdato": "2021-02-28",
            "varsel_maaneder": 6,
            "varslingsdato": "2020-08-31",
        },
        id="8: almindelig opsigelse",
    ),
    pytest.param(
        lambda: opsigelse(date(2021, 11, 30), grund=Opsigelsesgrund.UENIGHED_OM_MERAKTIVITET),
        {
            "begrundelse": "Kan ikke afgøres, om det korte varsel på 3 måneder gælder; ukendt: om "
            "aktiviteten efter 6 måneder har overskredet det forventede med mindst "
            "20 %; om forhandlingerne endte uden enighed om finansieringen af "
            "meraktiviteten (se fortolkningsloggen IV-10).",
            "fortolkninger": ["IV-10"],
            "forudsaetninger": "KAN_IKKE_AFGOERES",
            "grund": "UENIGHED_OM_MERAKTIVITET",
            "kilder": [
                "rammeaftale | 5. Økonomi | Hvis aktiviteten efter 6 måneder overskrider",
                "rammeaftale | 5. Økonomi | Hvis der ikke kan opnås enighed",
            ],
            "ophoersdato": None,
            "varsel_maaneder": None,
            "varslingsdato": "2021-11-30",
        },
        id="5: opsigelse ved uenighed",
    ),
    pytest.param(
        lambda: forsoegsperiode("2020-02-29"),
        {
            "begrundelse": "Forsøgsperioden løber i 2 år fra 2020-02-29 til og med 2022-02-28; "
            "midtvejsevalueringen er efter et år, 2021-02-28 (læsning, se "
            "fortolkningsloggen IV-11).",
            "fortolkninger": ["IV-11"],
            "kilder": [
                "rammeaftale | 8. Aftalens løbetid og opsigelse | Aftalen løber i første omgang i",
                "rammeaftale | 6. Opfølgning og monitorering | Der foretages en "
                "midtvejsevaluering efter et",
            ],
            "midtvejsevaluering": "2021-02-28",
            "sidste_dag": "2022-02-28",
            "startdato": "2020-02-29",
        },
        id="8: forsøgsperiode",
    ),
    pytest.param(
        lambda: kvartalsopgoerelse(
            aar="2021",
            kvartal=Decimal(3),
            antal_pr_kategori={"KATEGORI_1": 3, "KATEGORI_2": 1, "KEMOKUR": 2},
            antal_pr_omraade={"ANTIBIOTIKA": 3, IVOmraade.VAESKE_DEHYDRERING: 1},
            samlet_behandlingstid_timer="10.005",
            antal_besoeg=6,
            genindlaeggelser=1,
            komplikationer=0,
            utilsigtede_haendelser=2,
            kontakter_almen_praksis=3,
            kontakter_vagtlaege=4,
            kontakter_behandlingsansvarlig_laege=5,
        ),
        {
            "aar": 2021,
            "antal_besoeg": 6,
            "antal_pr_kategori": {"KATEGORI_1": 3, "KATEGORI_2": 1, "KEMOKUR": 2},
            "antal_pr_omraade": {"ANTIBIOTIKA": 3, "VAESKE_DEHYDRERING": 1},
            "begrundelse": "2021, 3. kvartal: 4 forløb i kategori 1–4 i kommunalt regi; "
            "regional finansiering i alt 8.975,00 kr. efter rammeaftalen "
            "mellem Region Nordjylland og de 11 nordjyske kommuner (tabel "
            "3; Syddanmarks IV-aftaler fastsætter intet beløb pr. "
            "forløb); afslutninger af kemokur tæller med i "
            "finansieringen, men ikke som forløb (læsning, se "
            "fortolkningsloggen IV-07). Behandlingstid pr. forløb: 2,50 "
            "timer.",
            "behandlingstid_pr_forloeb_timer": Decimal("2.50"),
            "besoeg_pr_forloeb": Decimal("1.50"),
            "fortolkninger": ["IV-07"],
            "genindlaeggelser": 1,
            "kilder": [
                "rammeaftale | 6. Opfølgning og monitorering | Hver 3. måned følges der derfor",
                "rammeaftale | 6. Opfølgning og monitorering | Samlet antal forløb med "
                "IV-behandling håndteret",
                "rammeaftale | 6. Opfølgning og monitorering | Antal forløb fordelt på de 4",
                "rammeaftale | 6. Opfølgning og monitorering | Status på den samlede økonomi",
                "rammeaftale | 6. Opfølgning og monitorering | Samlet behandlingsvarighed "
                "pr. forløb",
                "rammeaftale | 6. Opfølgning og monitorering | Antal besøg pr. forløb og "
                "gennemsnitlig",
                "rammeaftale | 6. Opfølgning og monitorering | Audit på kvalitetsparametre "
                "(herunder eksempelvis genindlæggelser,",
                "rammeaftale | 5. Økonomi | Den løbende dialog tager udgangspunkt i",
                "rammeaftale | 5. Økonomi, tabel 3 | finansierer regionen med et fast beløb",
            ],
            "komplikationer": 0,
            "kontakter_almen_praksis": 3,
            "kontakter_behandlingsansvarlig_laege": 5,
            "kontakter_vagtlaege": 4,
            "kvartal": 3,
            "regional_finansiering_i_alt": Decimal("8975.00"),
            "samlet_antal_forloeb": 4,
            "samlet_behandlingstid_timer": Decimal("10.005"),
            "utilsigtede_haendelser": 2,
            "varighed_pr_besoeg_minutter": Decimal("100.05"),
        },
        id="6: kvartal med tal",
    ),
    pytest.param(
        lambda: kvartalsopgoerelse(aar=2021, kvartal=4, antal_pr_kategori={"KATEGORI_4": 1000}),
        {
            "aar": 2021,
            "antal_besoeg": None,
            "antal_pr_kategori": {"KATEGORI_4": 1000},
            "antal_pr_omraade": None,
            "begrundelse": "2021, 4. kvartal: 1000 forløb i kategori 1–4 i kommunalt "
            "regi; regional finansiering i alt 29.400.000,00 kr. efter "
            "rammeaftalen mellem Region Nordjylland og de 11 nordjyske "
            "kommuner (tabel 3; Syddanmarks IV-aftaler fastsætter intet "
            "beløb pr. forløb).",
            "behandlingstid_pr_forloeb_timer": None,
            "besoeg_pr_forloeb": None,
            "fortolkninger": [],
            "genindlaeggelser": None,
            "kilder": [
                "rammeaftale | 6. Opfølgning og monitorering | Hver 3. måned følges der derfor",
                "rammeaftale | 6. Opfølgning og monitorering | Samlet antal forløb med "
                "IV-behandling håndteret",
                "rammeaftale | 6. Opfølgning og monitorering | Antal forløb fordelt på de 4",
                "rammeaftale | 6. Opfølgning og monitorering | Status på den samlede økonomi",
                "rammeaftale | 6. Opfølgning og monitorering | Samlet behandlingsvarighed "
                "pr. forløb",
                "rammeaftale | 6. Opfølgning og monitorering | Antal besøg pr. forløb og "
                "gennemsnitlig",
                "rammeaftale | 6. Opfølgning og monitorering | Audit på kvalitetsparametre "
                "(herunder eksempelvis genindlæggelser,",
                "rammeaftale | 5. Økonomi | Den løbende dialog tager udgangspunkt i",
                "rammeaftale | 5. Økonomi, tabel 3 | finansierer regionen med et fast beløb",
            ],
            "komplikationer": None,
            "kontakter_almen_praksis": None,
            "kontakter_behandlingsansvarlig_laege": None,
            "kontakter_vagtlaege": None,
            "kvartal": 4,
            "regional_finansiering_i_alt": Decimal("29400000.00"),
            "samlet_antal_forloeb": 1000,
            "samlet_behandlingstid_timer": None,
            "utilsigtede_haendelser": None,
            "varighed_pr_besoeg_minutter": None,
        },
        id="6: kvartal uden tid",
    ),
    pytest.param(
        lambda: kvartalsopgoerelse(
            aar=1,
            kvartal=1,
            antal_pr_kategori={"KEMOKUR": 1},
            samlet_behandlingstid_timer=2,
            antal_besoeg=0,
        ),
        {
            "aar": 1,
            "antal_besoeg": 0,
            "antal_pr_kategori": {"KEMOKUR": 1},
            "antal_pr_omraade": None,
            "begrundelse": "1, 1. kvartal: 0 forløb i kategori 1–4 i kommunalt regi; "
            "regional finansiering i alt 200,00 kr. efter rammeaftalen "
            "mellem Region Nordjylland og de 11 nordjyske kommuner (tabel "
            "3; Syddanmarks IV-aftaler fastsætter intet beløb pr. "
            "forløb); afslutninger af kemokur tæller med i "
            "finansieringen, men ikke som forløb (læsning, se "
            "fortolkningsloggen IV-07).",
            "behandlingstid_pr_forloeb_timer": None,
            "besoeg_pr_forloeb": None,
            "fortolkninger": ["IV-07"],
            "genindlaeggelser": None,
            "kilder": [
                "rammeaftale | 6. Opfølgning og monitorering | Hver 3. måned følges der derfor",
                "rammeaftale | 6. Opfølgning og monitorering | Samlet antal forløb med "
                "IV-behandling håndteret",
                "rammeaftale | 6. Opfølgning og monitorering | Antal forløb fordelt på de 4",
                "rammeaftale | 6. Opfølgning og monitorering | Status på den samlede økonomi",
                "rammeaftale | 6. Opfølgning og monitorering | Samlet behandlingsvarighed "
                "pr. forløb",
                "rammeaftale | 6. Opfølgning og monitorering | Antal besøg pr. forløb og "
                "gennemsnitlig",
                "rammeaftale | 6. Opfølgning og monitorering | Audit på kvalitetsparametre "
                "(herunder eksempelvis genindlæggelser,",
                "rammeaftale | 5. Økonomi | Den løbende dialog tager udgangspunkt i",
                "rammeaftale | 5. Økonomi, tabel 3 | finansierer regionen med et fast beløb",
            ],
            "komplikationer": None,
            "kontakter_almen_praksis": None,
            "kontakter_behandlingsansvarlig_laege": None,
            "kontakter_vagtlaege": None,
            "kvartal": 1,
            "regional_finansiering_i_alt": Decimal("200.00"),
            "samlet_antal_forloeb": 0,
            "samlet_behandlingstid_timer": Decimal("2"),
            "utilsigtede_haendelser": None,
            "varighed_pr_besoeg_minutter": None,
        },
        id="6: kvartal med tid uden forløb",
    ),
    pytest.param(
        lambda: kvartalsopgoerelse(
            aar=2022,
            kvartal=2,
            antal_pr_kategori={"KATEGORI_1": 8},
            samlet_behandlingstid_timer=1,
            antal_besoeg=1,
        ),
        {
            "aar": 2022,
            "antal_besoeg": 1,
            "antal_pr_kategori": {"KATEGORI_1": 8},
            "antal_pr_omraade": None,
            "begrundelse": "2022, 2. kvartal: 8 forløb i kategori 1–4 i kommunalt regi; "
            "regional finansiering i alt 9.800,00 kr. efter rammeaftalen "
            "mellem Region Nordjylland og de 11 nordjyske kommuner (tabel "
            "3; Syddanmarks IV-aftaler fastsætter intet beløb pr. "
            "forløb). Behandlingstid pr. forløb: 0,13 timer.",
            "behandlingstid_pr_forloeb_timer": Decimal("0.13"),
            "besoeg_pr_forloeb": Decimal("0.13"),
            "fortolkninger": [],
            "genindlaeggelser": None,
            "kilder": [
                "rammeaftale | 6. Opfølgning og monitorering | Hver 3. måned følges der derfor",
                "rammeaftale | 6. Opfølgning og monitorering | Samlet antal forløb med "
                "IV-behandling håndteret",
                "rammeaftale | 6. Opfølgning og monitorering | Antal forløb fordelt på de 4",
                "rammeaftale | 6. Opfølgning og monitorering | Status på den samlede økonomi",
                "rammeaftale | 6. Opfølgning og monitorering | Samlet behandlingsvarighed "
                "pr. forløb",
                "rammeaftale | 6. Opfølgning og monitorering | Antal besøg pr. forløb og "
                "gennemsnitlig",
                "rammeaftale | 6. Opfølgning og monitorering | Audit på kvalitetsparametre "
                "(herunder eksempelvis genindlæggelser,",
                "rammeaftale | 5. Økonomi | Den løbende dialog tager udgangspunkt i",
                "rammeaftale | 5. Økonomi, tabel 3 | finansierer regionen med et fast beløb",
            ],
            "komplikationer": None,
            "kontakter_almen_praksis": None,
            "kontakter_behandlingsansvarlig_laege": None,
            "kontakter_vagtlaege": None,
            "kvartal": 2,
            "regional_finansiering_i_alt": Decimal("9800.00"),
            "samlet_antal_forloeb": 8,
            "samlet_behandlingstid_timer": Decimal("1"),
            "utilsigtede_haendelser": None,
            "varighed_pr_besoeg_minutter": Decimal("60.00"),
        },
        id="6: kvartal, gennemsnit afrundes half-up",
    ),
    pytest.param(
        lambda: overdragelsesbetingelser(
            "ANTIBIOTIKA",
            laegefagligt_egnet=True,
            hjem_egnet=True,
            kommunal_kapacitet=True,
            blandes_i_lukket_system=True,
            behandlinger_paa_sygehus="2",
            iv_adgang_alder=timedelta(hours=23, minutes=30),
            iv_adgang_velfungerende=True,
            administreres_af_sygeplejerske=True,
            kontakttelefon_doegnet_rundt=True,
            informeret_mundtligt_og_skriftligt=True,
        ),
        {
            "begrundelse": "Alle 10 betingelser i samarbejdsaftalen om IV-behandling med "
            "antibiotika er opfyldt; kommunen kan overtage administrationen.",
            "behandling": "ANTIBIOTIKA",
            "fortolkninger": [],
            "ikke_opfyldte": [],
            "kilder": [
                "antibiotika | Målgruppen for samarbejdsaftalen | som lægefagligt vurderes "
                "egnet til at",
                "antibiotika | Målgruppen for samarbejdsaftalen | Patientens hjem skal "
                "ligeledes være egnet.",
                "antibiotika | Grundprincipper for samarbejdet | Den kommunale "
                "akutfunktion vurderer om de",
                "antibiotika | Grundprincipper for samarbejdet | defineret som en ”kan” opgave",
                "antibiotika | Grundprincipper for samarbejdet | Samarbejdsaftalen gælder "
                "kun antibiotiske præparater, som",
                "antibiotika | Grundprincipper for samarbejdet | skal have modtaget "
                "minimum to behandlinger",
                "antibiotika | Grundprincipper for samarbejdet | velfungerende IV-adgang "
                "(under 1 døgn gammel)",
                "antibiotika | Grundprincipper for samarbejdet | Administration af "
                "IV-behandling med antibiotika kræver",
                "antibiotika | Det lægefaglige behandlingsansvar | At etablere en 24/7 hotline som",
                "antibiotika | Information forud for overdragelse | herunder et "
                "telefonnummer, som er tilgængeligt",
                "antibiotika | Det lægefaglige behandlingsansvar | At patienten er "
                "informeret mundtlig og",
            ],
            "opfyldelse": "OPFYLDT",
            "opfyldte": [
                {
                    "begrundelse": "Opfyldt: patienten er stabil og lægefagligt vurderet egnet.",
                    "betingelse": "LAEGEFAGLIGT_EGNET",
                    "fortolkninger": [],
                    "kilder": [
                        "antibiotika | Målgruppen for samarbejdsaftalen | som "
                        "lægefagligt vurderes egnet til at"
                    ],
                    "opfyldelse": "OPFYLDT",
                },
                {
                    "begrundelse": "Opfyldt: patientens hjem er egnet (vurderet i en samtale).",
                    "betingelse": "HJEM_EGNET",
                    "fortolkninger": [],
                    "kilder": [
                        "antibiotika | Målgruppen for samarbejdsaftalen | Patientens "
                        "hjem skal ligeledes være egnet."
                    ],
                    "opfyldelse": "OPFYLDT",
                },
                {
                    "begrundelse": "Opfyldt: den kommunale akutfunktion har kapacitet.",
                    "betingelse": "KOMMUNAL_KAPACITET",
                    "fortolkninger": [],
                    "kilder": [
                        "antibiotika | Grundprincipper for samarbejdet | Den "
                        "kommunale akutfunktion vurderer om de",
                        "antibiotika | Grundprincipper for samarbejdet | defineret "
                        "som en ”kan” opgave",
                    ],
                    "opfyldelse": "OPFYLDT",
                },
                {
                    "begrundelse": "Opfyldt: præparatet kan blandes i lukkede systemer.",
                    "betingelse": "LUKKET_SYSTEM",
                    "fortolkninger": [],
                    "kilder": [
                        "antibiotika | Grundprincipper for samarbejdet | "
                        "Samarbejdsaftalen gælder kun antibiotiske præparater, som"
                    ],
                    "opfyldelse": "OPFYLDT",
                },
                {
                    "begrundelse": "2 behandling(er) på sygehuset før udskrivelse; kræver "
                    "mindst 2.",
                    "betingelse": "BEHANDLINGER_PAA_SYGEHUS",
                    "fortolkninger": [],
                    "kilder": [
                        "antibiotika | Grundprincipper for samarbejdet | skal have "
                        "modtaget minimum to behandlinger"
                    ],
                    "opfyldelse": "OPFYLDT",
                },
                {
                    "begrundelse": "IV-adgangen er 23,5 timer gammel; den skal være under 1 "
                    "døgn (24 timer).",
                    "betingelse": "IV_ADGANG_UNDER_ET_DOEGN",
                    "fortolkninger": [],
                    "kilder": [
                        "antibiotika | Grundprincipper for samarbejdet | "
                        "velfungerende IV-adgang (under 1 døgn gammel)"
                    ],
                    "opfyldelse": "OPFYLDT",
                },
                {
                    "begrundelse": "Opfyldt: IV-adgangen er velfungerende.",
                    "betingelse": "IV_ADGANG_VELFUNGERENDE",
                    "fortolkninger": [],
                    "kilder": [
                        "antibiotika | Grundprincipper for samarbejdet | "
                        "velfungerende IV-adgang (under 1 døgn gammel)"
                    ],
                    "opfyldelse": "OPFYLDT",
                },
                {
                    "begrundelse": "Administrationen sker ved personale med sygeplejefaglig "
                    "baggrund.",
                    "betingelse": "ADMINISTRATION_VED_SYGEPLEJERSKE",
                    "fortolkninger": [],
                    "kilder": [
                        "antibiotika | Grundprincipper for samarbejdet | "
                        "Administration af IV-behandling med antibiotika kræver"
                    ],
                    "opfyldelse": "OPFYLDT",
                },
                {
                    "begrundelse": "Opfyldt: sygehusets telefonnummer er tilgængeligt "
                    "døgnet rundt.",
                    "betingelse": "KONTAKT_DOEGNET_RUNDT",
                    "fortolkninger": [],
                    "kilder": [
                        "antibiotika | Det lægefaglige behandlingsansvar | At "
                        "etablere en 24/7 hotline som",
                        "antibiotika | Information forud for overdragelse | herunder "
                        "et telefonnummer, som er tilgængeligt",
                    ],
                    "opfyldelse": "OPFYLDT",
                },
                {
                    "begrundelse": "Opfyldt: patienten er informeret mundtligt og skriftligt.",
                    "betingelse": "PATIENT_INFORMERET",
                    "fortolkninger": [],
                    "kilder": [
                        "antibiotika | Det lægefaglige behandlingsansvar | At "
                        "patienten er informeret mundtlig og"
                    ],
                    "opfyldelse": "OPFYLDT",
                },
            ],
            "ukendte": [],
        },
        id="Syddanmark: antibiotika, alt opfyldt",
    ),
    pytest.param(
        lambda: overdragelsesbetingelser(
            "VAESKE",
            laegefagligt_egnet=True,
            hjem_egnet=True,
            kommunal_kapacitet=True,
            vaeske_faerdigblandet=True,
            behandlinger_paa_sygehus=1,
            iv_adgang_alder=0,
            iv_adgang_velfungerende=True,
            administreres_af_sygeplejerske=False,
            lokal_videredelegation=True,
            kontakttelefon_doegnet_rundt=True,
            informeret_mundtligt_og_skriftligt=True,
        ),
        {
            "begrundelse": "IV-behandling med væske kan ikke overdrages til kommunen; ikke "
            "opfyldt: administration ved personale med sygeplejefaglig baggrund. "
            "(Hviler på en læsning, se fortolkningsloggen IV-13.)",
            "behandling": "VAESKE",
            "fortolkninger": ["IV-13"],
            "ikke_opfyldte": [
                {
                    "begrundelse": "Administration af IV-behandling med væske kræver "
                    "sygeplejefaglig baggrund og må ikke delegeres til "
                    "andre faggrupper. Lokal videredelegation gælder "
                    "kun dele af arbejdsopgaven, ikke selve "
                    "administrationen (læsning, se fortolkningsloggen "
                    "IV-13).",
                    "betingelse": "ADMINISTRATION_VED_SYGEPLEJERSKE",
                    "fortolkninger": ["IV-13"],
                    "kilder": [
                        "væske | Grundprincipper for samarbejdet | "
                        "Administration af IV-behandling med væske kræver",
                        "væske | Grundprincipper for samarbejdet | Der kan på "
                        "lokalt initiativ tages",
                    ],
                    "opfyldelse": "IKKE_OPFYLDT",
                }
            ],
            "kilder": [
                "væske | Grundprincipper for samarbejdet | Administration af IV-behandling "
                "med væske kræver",
                "væske | Grundprincipper for samarbejdet | Der kan på lokalt initiativ tages",
            ],
            "opfyldelse": "IKKE_OPFYLDT",
            "opfyldte": [
                {
                    "begrundelse": "Opfyldt: patienten er stabil og lægefagligt vurderet egnet.",
                    "betingelse": "LAEGEFAGLIGT_EGNET",
                    "fortolkninger": [],
                    "kilder": [
                        "væske | Målgruppen for samarbejdsaftalen | som lægefagligt "
                        "vurderes egnet til at"
                    ],
                    "opfyldelse": "OPFYLDT",
                },
                {
                    "begrundelse": "Opfyldt: patientens hjem er egnet (vurderet i en samtale).",
                    "betingelse": "HJEM_EGNET",
                    "fortolkninger": [],
                    "kilder": [
                        "væske | Målgruppen for samarbejdsaftalen | Patientens hjem "
                        "skal ligeledes være egnet."
                    ],
                    "opfyldelse": "OPFYLDT",
                },
                {
                    "begrundelse": "Opfyldt: den kommunale akutfunktion har kapacitet.",
                    "betingelse": "KOMMUNAL_KAPACITET",
                    "fortolkninger": [],
                    "kilder": [
                        "væske | Grundprincipper for samarbejdet | Den kommunale "
                        "akutfunktion vurderer om de",
                        "væske | Grundprincipper for samarbejdet | defineret som en ”kan” opgave",
                    ],
                    "opfyldelse": "OPFYLDT",
                },
                {
                    "begrundelse": "1 behandling(er) på sygehuset før udskrivelse; kræver "
                    "mindst 1 (læsning, se fortolkningsloggen IV-12).",
                    "betingelse": "BEHANDLINGER_PAA_SYGEHUS",
                    "fortolkninger": ["IV-12"],
                    "kilder": [
                        "væske | Grundprincipper for samarbejdet | Patienter starter "
                        "behandlingen på sygehuset inden"
                    ],
                    "opfyldelse": "OPFYLDT",
                },
                {
                    "begrundelse": "IV-adgangen er 0,0 timer gammel; den skal være under 1 "
                    "døgn (24 timer).",
                    "betingelse": "IV_ADGANG_UNDER_ET_DOEGN",
                    "fortolkninger": [],
                    "kilder": [
                        "væske | Grundprincipper for samarbejdet | ny anlagt "
                        "velfungerende IV-adgang (under 1"
                    ],
                    "opfyldelse": "OPFYLDT",
                },
                {
                    "begrundelse": "Opfyldt: IV-adgangen er velfungerende.",
                    "betingelse": "IV_ADGANG_VELFUNGERENDE",
                    "fortolkninger": [],
                    "kilder": [
                        "væske | Grundprincipper for samarbejdet | ny anlagt "
                        "velfungerende IV-adgang (under 1"
                    ],
                    "opfyldelse": "OPFYLDT",
                },
                {
                    "begrundelse": "Opfyldt: væsken leveres færdigblandet.",
                    "betingelse": "VAESKE_FAERDIGBLANDET",
                    "fortolkninger": [],
                    "kilder": [
                        "væske | Grundprincipper for samarbejdet | Væsken leveres færdigblandet."
                    ],
                    "opfyldelse": "OPFYLDT",
                },
                {
                    "begrundelse": "Opfyldt: sygehusets telefonnummer er tilgængeligt "
                    "døgnet rundt.",
                    "betingelse": "KONTAKT_DOEGNET_RUNDT",
                    "fortolkninger": [],
                    "kilder": [
                        "væske | Information forud for overdragelse | herunder et "
                        "telefonnummer, der er tilgængeligt"
                    ],
                    "opfyldelse": "OPFYLDT",
                },
                {
                    "begrundelse": "Opfyldt: patienten er informeret mundtligt og skriftligt.",
                    "betingelse": "PATIENT_INFORMERET",
                    "fortolkninger": [],
                    "kilder": [
                        "væske | Information forud for overdragelse | Sygehuset skal "
                        "endvidere sikre, at patienten"
                    ],
                    "opfyldelse": "OPFYLDT",
                },
            ],
            "ukendte": [],
        },
        id="Syddanmark: væske med delegation",
    ),
    pytest.param(
        lambda: overdragelsesbetingelser(
            IVBehandling.ANTIBIOTIKA,
            laegefagligt_egnet=False,
            hjem_egnet=None,
            behandlinger_paa_sygehus=1,
            iv_adgang_alder="24",
            administreres_af_sygeplejerske=False,
            kontakttelefon_doegnet_rundt=True,
        ),
        {
            "begrundelse": "IV-behandling med antibiotika kan ikke overdrages til kommunen; ikke "
            "opfyldt: patienten er stabil og lægefagligt vurderet egnet; nok "
            "behandlinger på sygehuset før udskrivelse; IV-adgangen er under 1 "
            "døgn gammel; administration ved personale med sygeplejefaglig "
            "baggrund. (Hviler på en læsning, se fortolkningsloggen IV-15.)",
            "behandling": "ANTIBIOTIKA",
            "fortolkninger": ["IV-15"],
            "ikke_opfyldte": [
                {
                    "begrundelse": "Ikke opfyldt: patienten er stabil og lægefagligt "
                    "vurderet egnet.",
                    "betingelse": "LAEGEFAGLIGT_EGNET",
                    "fortolkninger": [],
                    "kilder": [
                        "antibiotika | Målgruppen for samarbejdsaftalen | som "
                        "lægefagligt vurderes egnet til at"
                    ],
                    "opfyldelse": "IKKE_OPFYLDT",
                },
                {
                    "begrundelse": "1 behandling(er) på sygehuset før udskrivelse; "
                    "kræver mindst 2.",
                    "betingelse": "BEHANDLINGER_PAA_SYGEHUS",
                    "fortolkninger": [],
                    "kilder": [
                        "antibiotika | Grundprincipper for samarbejdet | skal "
                        "have modtaget minimum to behandlinger"
                    ],
                    "opfyldelse": "IKKE_OPFYLDT",
                },
                {
                    "begrundelse": "IV-adgangen er 24,0 timer gammel; den skal være "
                    "under 1 døgn (24 timer) (læsning, se "
                    "fortolkningsloggen IV-15).",
                    "betingelse": "IV_ADGANG_UNDER_ET_DOEGN",
                    "fortolkninger": ["IV-15"],
                    "kilder": [
                        "antibiotika | Grundprincipper for samarbejdet | "
                        "velfungerende IV-adgang (under 1 døgn gammel)"
                    ],
                    "opfyldelse": "IKKE_OPFYLDT",
                },
                {
                    "begrundelse": "Administration af IV-behandling med antibiotika "
                    "kræver sygeplejefaglig baggrund og må ikke "
                    "delegeres til andre faggrupper.",
                    "betingelse": "ADMINISTRATION_VED_SYGEPLEJERSKE",
                    "fortolkninger": [],
                    "kilder": [
                        "antibiotika | Grundprincipper for samarbejdet | "
                        "Administration af IV-behandling med antibiotika "
                        "kræver"
                    ],
                    "opfyldelse": "IKKE_OPFYLDT",
                },
            ],
            "kilder": [
                "antibiotika | Målgruppen for samarbejdsaftalen | som lægefagligt vurderes "
                "egnet til at",
                "antibiotika | Grundprincipper for samarbejdet | skal have modtaget "
                "minimum to behandlinger",
                "antibiotika | Grundprincipper for samarbejdet | velfungerende IV-adgang "
                "(under 1 døgn gammel)",
                "antibiotika | Grundprincipper for samarbejdet | Administration af "
                "IV-behandling med antibiotika kræver",
            ],
            "opfyldelse": "IKKE_OPFYLDT",
            "opfyldte": [
                {
                    "begrundelse": "Opfyldt: sygehusets telefonnummer er tilgængeligt "
                    "døgnet rundt.",
                    "betingelse": "KONTAKT_DOEGNET_RUNDT",
                    "fortolkninger": [],
                    "kilder": [
                        "antibiotika | Det lægefaglige behandlingsansvar | At "
                        "etablere en 24/7 hotline som",
                        "antibiotika | Information forud for overdragelse | herunder "
                        "et telefonnummer, som er tilgængeligt",
                    ],
                    "opfyldelse": "OPFYLDT",
                }
            ],
            "ukendte": [
                {
                    "begrundelse": "Ukendt: patientens hjem er egnet (vurderet i en samtale).",
                    "betingelse": "HJEM_EGNET",
                    "fortolkninger": [],
                    "kilder": [
                        "antibiotika | Målgruppen for samarbejdsaftalen | Patientens "
                        "hjem skal ligeledes være egnet."
                    ],
                    "opfyldelse": "KAN_IKKE_AFGOERES",
                },
                {
                    "begrundelse": "Ukendt: den kommunale akutfunktion har kapacitet.",
                    "betingelse": "KOMMUNAL_KAPACITET",
                    "fortolkninger": [],
                    "kilder": [
                        "antibiotika | Grundprincipper for samarbejdet | Den "
                        "kommunale akutfunktion vurderer om de",
                        "antibiotika | Grundprincipper for samarbejdet | defineret "
                        "som en ”kan” opgave",
                    ],
                    "opfyldelse": "KAN_IKKE_AFGOERES",
                },
                {
                    "begrundelse": "Ukendt: præparatet kan blandes i lukkede systemer.",
                    "betingelse": "LUKKET_SYSTEM",
                    "fortolkninger": [],
                    "kilder": [
                        "antibiotika | Grundprincipper for samarbejdet | "
                        "Samarbejdsaftalen gælder kun antibiotiske præparater, som"
                    ],
                    "opfyldelse": "KAN_IKKE_AFGOERES",
                },
                {
                    "begrundelse": "Ukendt: IV-adgangen er velfungerende.",
                    "betingelse": "IV_ADGANG_VELFUNGERENDE",
                    "fortolkninger": [],
                    "kilder": [
                        "antibiotika | Grundprincipper for samarbejdet | "
                        "velfungerende IV-adgang (under 1 døgn gammel)"
                    ],
                    "opfyldelse": "KAN_IKKE_AFGOERES",
                },
                {
                    "begrundelse": "Ukendt: patienten er informeret mundtligt og skriftligt.",
                    "betingelse": "PATIENT_INFORMERET",
                    "fortolkninger": [],
                    "kilder": [
                        "antibiotika | Det lægefaglige behandlingsansvar | At "
                        "patienten er informeret mundtlig og"
                    ],
                    "opfyldelse": "KAN_IKKE_AFGOERES",
                },
            ],
        },
        id="Syddanmark: antibiotika, flere ikke opfyldt",
    ),
    pytest.param(
        lambda: overdragelsesbetingelser(
            "antibiotika", iv_adgang_alder=Decimal("1.25"), behandlinger_paa_sygehus=3
        ),
        {
            "begrundelse": "Kan ikke afgøres for IV-behandling med antibiotika; ukendt: patienten "
            "er stabil og lægefagligt vurderet egnet; patientens hjem er egnet "
            "(vurderet i en samtale); den kommunale akutfunktion har kapacitet; "
            "præparatet kan blandes i lukkede systemer; IV-adgangen er "
            "velfungerende; administration ved personale med sygeplejefaglig "
            "baggrund; sygehusets telefonnummer er tilgængeligt døgnet rundt; "
            "patienten er informeret mundtligt og skriftligt.",
            "behandling": "ANTIBIOTIKA",
            "fortolkninger": [],
            "ikke_opfyldte": [],
            "kilder": [
                "antibiotika | Målgruppen for samarbejdsaftalen | som lægefagligt vurderes "
                "egnet til at",
                "antibiotika | Målgruppen for samarbejdsaftalen | Patientens hjem skal "
                "ligeledes være egnet.",
                "antibiotika | Grundprincipper for samarbejdet | Den kommunale "
                "akutfunktion vurderer om de",
                "antibiotika | Grundprincipper for samarbejdet | defineret som en ”kan” opgave",
                "antibiotika | Grundprincipper for samarbejdet | Samarbejdsaftalen gælder "
                "kun antibiotiske præparater, som",
                "antibiotika | Grundprincipper for samarbejdet | velfungerende IV-adgang "
                "(under 1 døgn gammel)",
                "antibiotika | Grundprincipper for samarbejdet | Administration af "
                "IV-behandling med antibiotika kræver",
                "antibiotika | Det lægefaglige behandlingsansvar | At etablere en 24/7 hotline som",
                "antibiotika | Information forud for overdragelse | herunder et "
                "telefonnummer, som er tilgængeligt",
                "antibiotika | Det lægefaglige behandlingsansvar | At patienten er "
                "informeret mundtlig og",
            ],
            "opfyldelse": "KAN_IKKE_AFGOERES",
            "opfyldte": [
                {
                    "begrundelse": "3 behandling(er) på sygehuset før udskrivelse; kræver "
                    "mindst 2.",
                    "betingelse": "BEHANDLINGER_PAA_SYGEHUS",
                    "fortolkninger": [],
                    "kilder": [
                        "antibiotika | Grundprincipper for samarbejdet | skal have "
                        "modtaget minimum to behandlinger"
                    ],
                    "opfyldelse": "OPFYLDT",
                },
                {
                    "begrundelse": "IV-adgangen er 1,2 timer gammel; den skal være under 1 "
                    "døgn (24 timer).",
                    "betingelse": "IV_ADGANG_UNDER_ET_DOEGN",
                    "fortolkninger": [],
                    "kilder": [
                        "antibiotika | Grundprincipper for samarbejdet | "
                        "velfungerende IV-adgang (under 1 døgn gammel)"
                    ],
                    "opfyldelse": "OPFYLDT",
                },
            ],
            "ukendte": [
                {
                    "begrundelse": "Ukendt: patienten er stabil og lægefagligt vurderet egnet.",
                    "betingelse": "LAEGEFAGLIGT_EGNET",
                    "fortolkninger": [],
                    "kilder": [
                        "antibiotika | Målgruppen for samarbejdsaftalen | som "
                        "lægefagligt vurderes egnet til at"
                    ],
                    "opfyldelse": "KAN_IKKE_AFGOERES",
                },
                {
                    "begrundelse": "Ukendt: patientens hjem er egnet (vurderet i en samtale).",
                    "betingelse": "HJEM_EGNET",
                    "fortolkninger": [],
                    "kilder": [
                        "antibiotika | Målgruppen for samarbejdsaftalen | Patientens "
                        "hjem skal ligeledes være egnet."
                    ],
                    "opfyldelse": "KAN_IKKE_AFGOERES",
                },
                {
                    "begrundelse": "Ukendt: den kommunale akutfunktion har kapacitet.",
                    "betingelse": "KOMMUNAL_KAPACITET",
                    "fortolkninger": [],
                    "kilder": [
                        "antibiotika | Grundprincipper for samarbejdet | Den "
                        "kommunale akutfunktion vurderer om de",
                        "antibiotika | Grundprincipper for samarbejdet | defineret "
                        "som en ”kan” opgave",
                    ],
                    "opfyldelse": "KAN_IKKE_AFGOERES",
                },
                {
                    "begrundelse": "Ukendt: præparatet kan blandes i lukkede systemer.",
                    "betingelse": "LUKKET_SYSTEM",
                    "fortolkninger": [],
                    "kilder": [
                        "antibiotika | Grundprincipper for samarbejdet | "
                        "Samarbejdsaftalen gælder kun antibiotiske præparater, som"
                    ],
                    "opfyldelse": "KAN_IKKE_AFGOERES",
                },
                {
                    "begrundelse": "Ukendt: IV-adgangen er velfungerende.",
                    "betingelse": "IV_ADGANG_VELFUNGERENDE",
                    "fortolkninger": [],
                    "kilder": [
                        "antibiotika | Grundprincipper for samarbejdet | "
                        "velfungerende IV-adgang (under 1 døgn gammel)"
                    ],
                    "opfyldelse": "KAN_IKKE_AFGOERES",
                },
                {
                    "begrundelse": "Det er ukendt, om administrationen sker ved personale "
                    "med sygeplejefaglig baggrund.",
                    "betingelse": "ADMINISTRATION_VED_SYGEPLEJERSKE",
                    "fortolkninger": [],
                    "kilder": [
                        "antibiotika | Grundprincipper for samarbejdet | "
                        "Administration af IV-behandling med antibiotika kræver"
                    ],
                    "opfyldelse": "KAN_IKKE_AFGOERES",
                },
                {
                    "begrundelse": "Ukendt: sygehusets telefonnummer er tilgængeligt døgnet rundt.",
                    "betingelse": "KONTAKT_DOEGNET_RUNDT",
                    "fortolkninger": [],
                    "kilder": [
                        "antibiotika | Det lægefaglige behandlingsansvar | At "
                        "etablere en 24/7 hotline som",
                        "antibiotika | Information forud for overdragelse | herunder "
                        "et telefonnummer, som er tilgængeligt",
                    ],
                    "opfyldelse": "KAN_IKKE_AFGOERES",
                },
                {
                    "begrundelse": "Ukendt: patienten er informeret mundtligt og skriftligt.",
                    "betingelse": "PATIENT_INFORMERET",
                    "fortolkninger": [],
                    "kilder": [
                        "antibiotika | Det lægefaglige behandlingsansvar | At "
                        "patienten er informeret mundtlig og"
                    ],
                    "opfyldelse": "KAN_IKKE_AFGOERES",
                },
            ],
        },
        id="Syddanmark: antibiotika, administration ukendt",
    ),
    pytest.param(
        lambda: overdragelsesbetingelser(
            "VAESKE",
            administreres_af_sygeplejerske=False,
            lokal_videredelegation=False,
            iv_adgang_alder=timedelta(days=1000, seconds=1800),
        ),
        {
            "begrundelse": "IV-behandling med væske kan ikke overdrages til kommunen; ikke "
            "opfyldt: IV-adgangen er under 1 døgn gammel; administration ved "
            "personale med sygeplejefaglig baggrund.",
            "behandling": "VAESKE",
            "fortolkninger": [],
            "ikke_opfyldte": [
                {
                    "begrundelse": "IV-adgangen er 24000,5 timer gammel; den skal være "
                    "under 1 døgn (24 timer).",
                    "betingelse": "IV_ADGANG_UNDER_ET_DOEGN",
                    "fortolkninger": [],
                    "kilder": [
                        "væske | Grundprincipper for samarbejdet | ny anlagt "
                        "velfungerende IV-adgang (under 1"
                    ],
                    "opfyldelse": "IKKE_OPFYLDT",
                },
                {
                    "begrundelse": "Administration af IV-behandling med væske kræver "
                    "sygeplejefaglig baggrund og må ikke delegeres til "
                    "andre faggrupper.",
                    "betingelse": "ADMINISTRATION_VED_SYGEPLEJERSKE",
                    "fortolkninger": [],
                    "kilder": [
                        "væske | Grundprincipper for samarbejdet | "
                        "Administration af IV-behandling med væske kræver",
                        "væske | Grundprincipper for samarbejdet | Der kan på "
                        "lokalt initiativ tages",
                    ],
                    "opfyldelse": "IKKE_OPFYLDT",
                },
            ],
            "kilder": [
                "væske | Grundprincipper for samarbejdet | ny anlagt velfungerende "
                "IV-adgang (under 1",
                "væske | Grundprincipper for samarbejdet | Administration af IV-behandling "
                "med væske kræver",
                "væske | Grundprincipper for samarbejdet | Der kan på lokalt initiativ tages",
            ],
            "opfyldelse": "IKKE_OPFYLDT",
            "opfyldte": [],
            "ukendte": [
                {
                    "begrundelse": "Ukendt: patienten er stabil og lægefagligt vurderet egnet.",
                    "betingelse": "LAEGEFAGLIGT_EGNET",
                    "fortolkninger": [],
                    "kilder": [
                        "væske | Målgruppen for samarbejdsaftalen | som lægefagligt "
                        "vurderes egnet til at"
                    ],
                    "opfyldelse": "KAN_IKKE_AFGOERES",
                },
                {
                    "begrundelse": "Ukendt: patientens hjem er egnet (vurderet i en samtale).",
                    "betingelse": "HJEM_EGNET",
                    "fortolkninger": [],
                    "kilder": [
                        "væske | Målgruppen for samarbejdsaftalen | Patientens hjem "
                        "skal ligeledes være egnet."
                    ],
                    "opfyldelse": "KAN_IKKE_AFGOERES",
                },
                {
                    "begrundelse": "Ukendt: den kommunale akutfunktion har kapacitet.",
                    "betingelse": "KOMMUNAL_KAPACITET",
                    "fortolkninger": [],
                    "kilder": [
                        "væske | Grundprincipper for samarbejdet | Den kommunale "
                        "akutfunktion vurderer om de",
                        "væske | Grundprincipper for samarbejdet | defineret som en ”kan” opgave",
                    ],
                    "opfyldelse": "KAN_IKKE_AFGOERES",
                },
                {
                    "begrundelse": "Antal behandlinger på sygehuset er ukendt.",
                    "betingelse": "BEHANDLINGER_PAA_SYGEHUS",
                    "fortolkninger": [],
                    "kilder": [
                        "væske | Grundprincipper for samarbejdet | Patienter starter "
                        "behandlingen på sygehuset inden"
                    ],
                    "opfyldelse": "KAN_IKKE_AFGOERES",
                },
                {
                    "begrundelse": "Ukendt: IV-adgangen er velfungerende.",
                    "betingelse": "IV_ADGANG_VELFUNGERENDE",
                    "fortolkninger": [],
                    "kilder": [
                        "væske | Grundprincipper for samarbejdet | ny anlagt "
                        "velfungerende IV-adgang (under 1"
                    ],
                    "opfyldelse": "KAN_IKKE_AFGOERES",
                },
                {
                    "begrundelse": "Ukendt: væsken leveres færdigblandet.",
                    "betingelse": "VAESKE_FAERDIGBLANDET",
                    "fortolkninger": [],
                    "kilder": [
                        "væske | Grundprincipper for samarbejdet | Væsken leveres færdigblandet."
                    ],
                    "opfyldelse": "KAN_IKKE_AFGOERES",
                },
                {
                    "begrundelse": "Ukendt: sygehusets telefonnummer er tilgængeligt døgnet rundt.",
                    "betingelse": "KONTAKT_DOEGNET_RUNDT",
                    "fortolkninger": [],
                    "kilder": [
                        "væske | Information forud for overdragelse | herunder et "
                        "telefonnummer, der er tilgængeligt"
                    ],
                    "opfyldelse": "KAN_IKKE_AFGOERES",
                },
                {
                    "begrundelse": "Ukendt: patienten er informeret mundtligt og skriftligt.",
                    "betingelse": "PATIENT_INFORMERET",
                    "fortolkninger": [],
                    "kilder": [
                        "væske | Information forud for overdragelse | Sygehuset skal "
                        "endvidere sikre, at patienten"
                    ],
                    "opfyldelse": "KAN_IKKE_AFGOERES",
                },
            ],
        },
        id="Syddanmark: væske uden delegation",
    ),
    pytest.param(
        lambda: overdragelsesbetingelser(
            "VAESKE", lokal_videredelegation=True, behandlinger_paa_sygehus=0
        ),
        {
            "begrundelse": "IV-behandling med væske kan ikke overdrages til kommunen; ikke "
            "opfyldt: nok behandlinger på sygehuset før udskrivelse.",
            "behandling": "VAESKE",
            "fortolkninger": [],
            "ikke_opfyldte": [
                {
                    "begrundelse": "0 behandling(er) på sygehuset før udskrivelse; "
                    "kræver mindst 1.",
                    "betingelse": "BEHANDLINGER_PAA_SYGEHUS",
                    "fortolkninger": [],
                    "kilder": [
                        "væske | Grundprincipper for samarbejdet | Patienter "
                        "starter behandlingen på sygehuset inden"
                    ],
                    "opfyldelse": "IKKE_OPFYLDT",
                }
            ],
            "kilder": [
                "væske | Grundprincipper for samarbejdet | Patienter starter behandlingen "
                "på sygehuset inden"
            ],
            "opfyldelse": "IKKE_OPFYLDT",
            "opfyldte": [],
            "ukendte": [
                {
                    "begrundelse": "Ukendt: patienten er stabil og lægefagligt vurderet egnet.",
                    "betingelse": "LAEGEFAGLIGT_EGNET",
                    "fortolkninger": [],
                    "kilder": [
                        "væske | Målgruppen for samarbejdsaftalen | som lægefagligt "
                        "vurderes egnet til at"
                    ],
                    "opfyldelse": "KAN_IKKE_AFGOERES",
                },
                {
                    "begrundelse": "Ukendt: patientens hjem er egnet (vurderet i en samtale).",
                    "betingelse": "HJEM_EGNET",
                    "fortolkninger": [],
                    "kilder": [
                        "væske | Målgruppen for samarbejdsaftalen | Patientens hjem "
                        "skal ligeledes være egnet."
                    ],
                    "opfyldelse": "KAN_IKKE_AFGOERES",
                },
                {
                    "begrundelse": "Ukendt: den kommunale akutfunktion har kapacitet.",
                    "betingelse": "KOMMUNAL_KAPACITET",
                    "fortolkninger": [],
                    "kilder": [
                        "væske | Grundprincipper for samarbejdet | Den kommunale "
                        "akutfunktion vurderer om de",
                        "væske | Grundprincipper for samarbejdet | defineret som en ”kan” opgave",
                    ],
                    "opfyldelse": "KAN_IKKE_AFGOERES",
                },
                {
                    "begrundelse": "IV-adgangens alder er ukendt.",
                    "betingelse": "IV_ADGANG_UNDER_ET_DOEGN",
                    "fortolkninger": [],
                    "kilder": [
                        "væske | Grundprincipper for samarbejdet | ny anlagt "
                        "velfungerende IV-adgang (under 1"
                    ],
                    "opfyldelse": "KAN_IKKE_AFGOERES",
                },
                {
                    "begrundelse": "Ukendt: IV-adgangen er velfungerende.",
                    "betingelse": "IV_ADGANG_VELFUNGERENDE",
                    "fortolkninger": [],
                    "kilder": [
                        "væske | Grundprincipper for samarbejdet | ny anlagt "
                        "velfungerende IV-adgang (under 1"
                    ],
                    "opfyldelse": "KAN_IKKE_AFGOERES",
                },
                {
                    "begrundelse": "Ukendt: væsken leveres færdigblandet.",
                    "betingelse": "VAESKE_FAERDIGBLANDET",
                    "fortolkninger": [],
                    "kilder": [
                        "væske | Grundprincipper for samarbejdet | Væsken leveres færdigblandet."
                    ],
                    "opfyldelse": "KAN_IKKE_AFGOERES",
                },
                {
                    "begrundelse": "Det er ukendt, om administrationen sker ved personale "
                    "med sygeplejefaglig baggrund.",
                    "betingelse": "ADMINISTRATION_VED_SYGEPLEJERSKE",
                    "fortolkninger": ["IV-13"],
                    "kilder": [
                        "væske | Grundprincipper for samarbejdet | Administration af "
                        "IV-behandling med væske kræver",
                        "væske | Grundprincipper for samarbejdet | Der kan på lokalt "
                        "initiativ tages",
                    ],
                    "opfyldelse": "KAN_IKKE_AFGOERES",
                },
                {
                    "begrundelse": "Ukendt: sygehusets telefonnummer er tilgængeligt døgnet rundt.",
                    "betingelse": "KONTAKT_DOEGNET_RUNDT",
                    "fortolkninger": [],
                    "kilder": [
                        "væske | Information forud for overdragelse | herunder et "
                        "telefonnummer, der er tilgængeligt"
                    ],
                    "opfyldelse": "KAN_IKKE_AFGOERES",
                },
                {
                    "begrundelse": "Ukendt: patienten er informeret mundtligt og skriftligt.",
                    "betingelse": "PATIENT_INFORMERET",
                    "fortolkninger": [],
                    "kilder": [
                        "væske | Information forud for overdragelse | Sygehuset skal "
                        "endvidere sikre, at patienten"
                    ],
                    "opfyldelse": "KAN_IKKE_AFGOERES",
                },
            ],
        },
        id="Syddanmark: væske, sygeplejerske ukendt",
    ),
    pytest.param(
        lambda: overdragelsesbetingelser("VAESKE", iv_adgang_alder="23.9999999999"),
        {
            "begrundelse": "Kan ikke afgøres for IV-behandling med væske; ukendt: patienten er "
            "stabil og lægefagligt vurderet egnet; patientens hjem er egnet "
            "(vurderet i en samtale); den kommunale akutfunktion har kapacitet; "
            "nok behandlinger på sygehuset før udskrivelse; IV-adgangen er "
            "velfungerende; væsken leveres færdigblandet; administration ved "
            "personale med sygeplejefaglig baggrund; sygehusets telefonnummer er "
            "tilgængeligt døgnet rundt; patienten er informeret mundtligt og "
            "skriftligt.",
            "behandling": "VAESKE",
            "fortolkninger": [],
            "ikke_opfyldte": [],
            "kilder": [
                "væske | Målgruppen for samarbejdsaftalen | som lægefagligt vurderes egnet til at",
                "væske | Målgruppen for samarbejdsaftalen | Patientens hjem skal ligeledes "
                "være egnet.",
                "væske | Grundprincipper for samarbejdet | Den kommunale akutfunktion "
                "vurderer om de",
                "væske | Grundprincipper for samarbejdet | defineret som en ”kan” opgave",
                "væske | Grundprincipper for samarbejdet | Patienter starter behandlingen "
                "på sygehuset inden",
                "væske | Grundprincipper for samarbejdet | ny anlagt velfungerende "
                "IV-adgang (under 1",
                "væske | Grundprincipper for samarbejdet | Væsken leveres færdigblandet.",
                "væske | Grundprincipper for samarbejdet | Administration af IV-behandling "
                "med væske kræver",
                "væske | Grundprincipper for samarbejdet | Der kan på lokalt initiativ tages",
                "væske | Information forud for overdragelse | herunder et telefonnummer, "
                "der er tilgængeligt",
                "væske | Information forud for overdragelse | Sygehuset skal endvidere "
                "sikre, at patienten",
            ],
            "opfyldelse": "KAN_IKKE_AFGOERES",
            "opfyldte": [
                {
                    "begrundelse": "IV-adgangen er 23,9 timer gammel; den skal være under 1 "
                    "døgn (24 timer).",
                    "betingelse": "IV_ADGANG_UNDER_ET_DOEGN",
                    "fortolkninger": [],
                    "kilder": [
                        "væske | Grundprincipper for samarbejdet | ny anlagt "
                        "velfungerende IV-adgang (under 1"
                    ],
                    "opfyldelse": "OPFYLDT",
                }
            ],
            "ukendte": [
                {
                    "begrundelse": "Ukendt: patienten er stabil og lægefagligt vurderet egnet.",
                    "betingelse": "LAEGEFAGLIGT_EGNET",
                    "fortolkninger": [],
                    "kilder": [
                        "væske | Målgruppen for samarbejdsaftalen | som lægefagligt "
                        "vurderes egnet til at"
                    ],
                    "opfyldelse": "KAN_IKKE_AFGOERES",
                },
                {
                    "begrundelse": "Ukendt: patientens hjem er egnet (vurderet i en samtale).",
                    "betingelse": "HJEM_EGNET",
                    "fortolkninger": [],
                    "kilder": [
                        "væske | Målgruppen for samarbejdsaftalen | Patientens hjem "
                        "skal ligeledes være egnet."
                    ],
                    "opfyldelse": "KAN_IKKE_AFGOERES",
                },
                {
                    "begrundelse": "Ukendt: den kommunale akutfunktion har kapacitet.",
                    "betingelse": "KOMMUNAL_KAPACITET",
                    "fortolkninger": [],
                    "kilder": [
                        "væske | Grundprincipper for samarbejdet | Den kommunale "
                        "akutfunktion vurderer om de",
                        "væske | Grundprincipper for samarbejdet | defineret som en ”kan” opgave",
                    ],
                    "opfyldelse": "KAN_IKKE_AFGOERES",
                },
                {
                    "begrundelse": "Antal behandlinger på sygehuset er ukendt.",
                    "betingelse": "BEHANDLINGER_PAA_SYGEHUS",
                    "fortolkninger": [],
                    "kilder": [
                        "væske | Grundprincipper for samarbejdet | Patienter starter "
                        "behandlingen på sygehuset inden"
                    ],
                    "opfyldelse": "KAN_IKKE_AFGOERES",
                },
                {
                    "begrundelse": "Ukendt: IV-adgangen er velfungerende.",
                    "betingelse": "IV_ADGANG_VELFUNGERENDE",
                    "fortolkninger": [],
                    "kilder": [
                        "væske | Grundprincipper for samarbejdet | ny anlagt "
                        "velfungerende IV-adgang (under 1"
                    ],
                    "opfyldelse": "KAN_IKKE_AFGOERES",
                },
                {
                    "begrundelse": "Ukendt: væsken leveres færdigblandet.",
                    "betingelse": "VAESKE_FAERDIGBLANDET",
                    "fortolkninger": [],
                    "kilder": [
                        "væske | Grundprincipper for samarbejdet | Væsken leveres færdigblandet."
                    ],
                    "opfyldelse": "KAN_IKKE_AFGOERES",
                },
                {
                    "begrundelse": "Det er ukendt, om administrationen sker ved personale "
                    "med sygeplejefaglig baggrund.",
                    "betingelse": "ADMINISTRATION_VED_SYGEPLEJERSKE",
                    "fortolkninger": [],
                    "kilder": [
                        "væske | Grundprincipper for samarbejdet | Administration af "
                        "IV-behandling med væske kræver",
                        "væske | Grundprincipper for samarbejdet | Der kan på lokalt "
                        "initiativ tages",
                    ],
                    "opfyldelse": "KAN_IKKE_AFGOERES",
                },
                {
                    "begrundelse": "Ukendt: sygehusets telefonnummer er tilgængeligt døgnet rundt.",
                    "betingelse": "KONTAKT_DOEGNET_RUNDT",
                    "fortolkninger": [],
                    "kilder": [
                        "væske | Information forud for overdragelse | herunder et "
                        "telefonnummer, der er tilgængeligt"
                    ],
                    "opfyldelse": "KAN_IKKE_AFGOERES",
                },
                {
                    "begrundelse": "Ukendt: patienten er informeret mundtligt og skriftligt.",
                    "betingelse": "PATIENT_INFORMERET",
                    "fortolkninger": [],
                    "kilder": [
                        "væske | Information forud for overdragelse | Sygehuset skal "
                        "endvidere sikre, at patienten"
                    ],
                    "opfyldelse": "KAN_IKKE_AFGOERES",
                },
            ],
        },
        id="Syddanmark: IV-adgang lige under et døgn",
    ),
    pytest.param(
        lambda: overdragelsesbetingelser(
            "ANTIBIOTIKA", iv_adgang_alder=timedelta(0), administreres_af_sygeplejerske=True
        ),
        {
            "begrundelse": "Kan ikke afgøres for IV-behandling med antibiotika; ukendt: patienten "
            "er stabil og lægefagligt vurderet egnet; patientens hjem er egnet "
            "(vurderet i en samtale); den kommunale akutfunktion har kapacitet; "
            "præparatet kan blandes i lukkede systemer; nok behandlinger på "
            "sygehuset før udskrivelse; IV-adgangen er velfungerende; sygehusets "
            "telefonnummer er tilgængeligt døgnet rundt; patienten er informeret "
            "mundtligt og skriftligt.",
            "behandling": "ANTIBIOTIKA",
            "fortolkninger": [],
            "ikke_opfyldte": [],
            "kilder": [
                "antibiotika | Målgruppen for samarbejdsaftalen | som lægefagligt vurderes "
                "egnet til at",
                "antibiotika | Målgruppen for samarbejdsaftalen | Patientens hjem skal "
                "ligeledes være egnet.",
                "antibiotika | Grundprincipper for samarbejdet | Den kommunale "
                "akutfunktion vurderer om de",
                "antibiotika | Grundprincipper for samarbejdet | defineret som en ”kan” opgave",
                "antibiotika | Grundprincipper for samarbejdet | Samarbejdsaftalen gælder "
                "kun antibiotiske præparater, som",
                "antibiotika | Grundprincipper for samarbejdet | skal have modtaget "
                "minimum to behandlinger",
                "antibiotika | Grundprincipper for samarbejdet | velfungerende IV-adgang "
                "(under 1 døgn gammel)",
                "antibiotika | Det lægefaglige behandlingsansvar | At etablere en 24/7 hotline som",
                "antibiotika | Information forud for overdragelse | herunder et "
                "telefonnummer, som er tilgængeligt",
                "antibiotika | Det lægefaglige behandlingsansvar | At patienten er "
                "informeret mundtlig og",
            ],
            "opfyldelse": "KAN_IKKE_AFGOERES",
            "opfyldte": [
                {
                    "begrundelse": "IV-adgangen er 0,0 timer gammel; den skal være under 1 "
                    "døgn (24 timer).",
                    "betingelse": "IV_ADGANG_UNDER_ET_DOEGN",
                    "fortolkninger": [],
                    "kilder": [
                        "antibiotika | Grundprincipper for samarbejdet | "
                        "velfungerende IV-adgang (under 1 døgn gammel)"
                    ],
                    "opfyldelse": "OPFYLDT",
                },
                {
                    "begrundelse": "Administrationen sker ved personale med sygeplejefaglig "
                    "baggrund.",
                    "betingelse": "ADMINISTRATION_VED_SYGEPLEJERSKE",
                    "fortolkninger": [],
                    "kilder": [
                        "antibiotika | Grundprincipper for samarbejdet | "
                        "Administration af IV-behandling med antibiotika kræver"
                    ],
                    "opfyldelse": "OPFYLDT",
                },
            ],
            "ukendte": [
                {
                    "begrundelse": "Ukendt: patienten er stabil og lægefagligt vurderet egnet.",
                    "betingelse": "LAEGEFAGLIGT_EGNET",
                    "fortolkninger": [],
                    "kilder": [
                        "antibiotika | Målgruppen for samarbejdsaftalen | som "
                        "lægefagligt vurderes egnet til at"
                    ],
                    "opfyldelse": "KAN_IKKE_AFGOERES",
                },
                {
                    "begrundelse": "Ukendt: patientens hjem er egnet (vurderet i en samtale).",
                    "betingelse": "HJEM_EGNET",
                    "fortolkninger": [],
                    "kilder": [
                        "antibiotika | Målgruppen for samarbejdsaftalen | Patientens "
                        "hjem skal ligeledes være egnet."
                    ],
                    "opfyldelse": "KAN_IKKE_AFGOERES",
                },
                {
                    "begrundelse": "Ukendt: den kommunale akutfunktion har kapacitet.",
                    "betingelse": "KOMMUNAL_KAPACITET",
                    "fortolkninger": [],
                    "kilder": [
                        "antibiotika | Grundprincipper for samarbejdet | Den "
                        "kommunale akutfunktion vurderer om de",
                        "antibiotika | Grundprincipper for samarbejdet | defineret "
                        "som en ”kan” opgave",
                    ],
                    "opfyldelse": "KAN_IKKE_AFGOERES",
                },
                {
                    "begrundelse": "Ukendt: præparatet kan blandes i lukkede systemer.",
                    "betingelse": "LUKKET_SYSTEM",
                    "fortolkninger": [],
                    "kilder": [
                        "antibiotika | Grundprincipper for samarbejdet | "
                        "Samarbejdsaftalen gælder kun antibiotiske præparater, som"
                    ],
                    "opfyldelse": "KAN_IKKE_AFGOERES",
                },
                {
                    "begrundelse": "Antal behandlinger på sygehuset er ukendt.",
                    "betingelse": "BEHANDLINGER_PAA_SYGEHUS",
                    "fortolkninger": [],
                    "kilder": [
                        "antibiotika | Grundprincipper for samarbejdet | skal have "
                        "modtaget minimum to behandlinger"
                    ],
                    "opfyldelse": "KAN_IKKE_AFGOERES",
                },
                {
                    "begrundelse": "Ukendt: IV-adgangen er velfungerende.",
                    "betingelse": "IV_ADGANG_VELFUNGERENDE",
                    "fortolkninger": [],
                    "kilder": [
                        "antibiotika | Grundprincipper for samarbejdet | "
                        "velfungerende IV-adgang (under 1 døgn gammel)"
                    ],
                    "opfyldelse": "KAN_IKKE_AFGOERES",
                },
                {
                    "begrundelse": "Ukendt: sygehusets telefonnummer er tilgængeligt døgnet rundt.",
                    "betingelse": "KONTAKT_DOEGNET_RUNDT",
                    "fortolkninger": [],
                    "kilder": [
                        "antibiotika | Det lægefaglige behandlingsansvar | At "
                        "etablere en 24/7 hotline som",
                        "antibiotika | Information forud for overdragelse | herunder "
                        "et telefonnummer, som er tilgængeligt",
                    ],
                    "opfyldelse": "KAN_IKKE_AFGOERES",
                },
                {
                    "begrundelse": "Ukendt: patienten er informeret mundtligt og skriftligt.",
                    "betingelse": "PATIENT_INFORMERET",
                    "fortolkninger": [],
                    "kilder": [
                        "antibiotika | Det lægefaglige behandlingsansvar | At "
                        "patienten er informeret mundtlig og"
                    ],
                    "opfyldelse": "KAN_IKKE_AFGOERES",
                },
            ],
        },
        id="Syddanmark: IV-adgang nyanlagt",
    ),
    pytest.param(
        lambda: behandlingsansvar(
            iv_behandling_afsluttet=False, relateret_til_iv_behandlingen=True
        ),
        {
            "ansvarlig": "SYGEHUSAFDELING",
            "begrundelse": "Under en igangværende IV-behandling har den ordinerende/udskrivende "
            "sygehusafdeling det lægefaglige ansvar for alt, der relaterer sig til "
            "den.",
            "fortolkninger": [],
            "kilder": [
                "væske | Det lægefaglige behandlingsansvar | Det er den "
                "ordinerende/udskrivende sygehusafdeling, der",
                "væske | Det lægefaglige behandlingsansvar | At udarbejde en plan for "
                "behandlingen,",
            ],
        },
        id="Ansvar: igangværende",
    ),
    pytest.param(
        lambda: behandlingsansvar(
            iv_behandling_afsluttet=False,
            relateret_til_iv_behandlingen=True,
            behandling="ANTIBIOTIKA",
        ),
        {
            "ansvarlig": "SYGEHUSAFDELING",
            "begrundelse": "Under en igangværende IV-behandling har den ordinerende/udskrivende "
            "sygehusafdeling det lægefaglige ansvar for alt, der relaterer sig til "
            "den.",
            "fortolkninger": [],
            "kilder": [
                "antibiotika | Det lægefaglige behandlingsansvar | Det er den "
                "ordinerende/udskrivende sygehusafdeling, der",
                "antibiotika | Det lægefaglige behandlingsansvar | At udarbejde en plan "
                "for behandlingen,",
            ],
        },
        id="Ansvar: igangværende, antibiotika",
    ),
    pytest.param(
        lambda: behandlingsansvar(
            iv_behandling_afsluttet=True,
            relateret_til_iv_behandlingen=None,
            behandling="ANTIBIOTIKA",
        ),
        {
            "ansvarlig": "PRAKTISERENDE_LAEGE",
            "begrundelse": "Patientens praktiserende læge har ansvaret, fordi IV-behandlingen er "
            "afsluttet.",
            "fortolkninger": [],
            "kilder": [
                "antibiotika | Det lægefaglige behandlingsansvar | Efter afslutning af IV "
                "behandling og"
            ],
        },
        id="Ansvar: afsluttet",
    ),
    pytest.param(
        lambda: behandlingsansvar(
            iv_behandling_afsluttet=None, relateret_til_iv_behandlingen=False
        ),
        {
            "ansvarlig": "PRAKTISERENDE_LAEGE",
            "begrundelse": "Patientens praktiserende læge har ansvaret, fordi sygdommen er ikke "
            "relateret til IV-behandlingen.",
            "fortolkninger": [],
            "kilder": [
                "væske | Det lægefaglige behandlingsansvar | Efter afslutning af IV behandling og"
            ],
        },
        id="Ansvar: anden sygdom",
    ),
    pytest.param(
        lambda: behandlingsansvar(
            iv_behandling_afsluttet=None,
            relateret_til_iv_behandlingen=True,
            behandling="ANTIBIOTIKA",
        ),
        {
            "ansvarlig": "KAN_IKKE_AFGOERES",
            "begrundelse": "Kan ikke afgøres: det er ukendt, om IV-behandlingen er afsluttet, "
            "eller om spørgsmålet relaterer sig til den.",
            "fortolkninger": [],
            "kilder": [
                "antibiotika | Det lægefaglige behandlingsansvar | Det er den "
                "ordinerende/udskrivende sygehusafdeling, der",
                "antibiotika | Det lægefaglige behandlingsansvar | Efter afslutning af IV "
                "behandling og",
            ],
        },
        id="Ansvar: ukendt",
    ),
    pytest.param(
        lambda: halvaarsopgoerelse(
            "VAESKE",
            aar="2019",
            halvaar=Decimal(1),
            enhed="Vejle Kommune",
            antal_borgere_henvist=10,
            gennemsnitlig_behandlingsvarighed_dage=4,
            ordinerende_sygehusafdelinger=(" Lunge ", "Geriatri", "Lunge"),
            antal_borgere_med_komplikationer=10,
        ),
        {
            "aar": 2019,
            "antal_borgere_henvist": 10,
            "antal_borgere_med_komplikationer": 10,
            "begrundelse": "Halvårsdata for IV-behandling med væske, 2019 1. halvår (Vejle "
            "Kommune): 10 borgere henvist, 10 med komplikationer. Den "
            "gennemsnitlige behandlingsvarighed er opgjort i dage (læsning, se "
            "fortolkningsloggen IV-16).",
            "behandling": "VAESKE",
            "enhed": "Vejle Kommune",
            "fortolkninger": ["IV-16"],
            "gennemsnitlig_behandlingsvarighed_dage": Decimal("4"),
            "halvaar": 1,
            "kilder": [
                "væske | Plan for kvalitetssikring og monitorering | præsenteres "
                "halvårligt for data for aftalens",
                "væske | Plan for kvalitetssikring og monitorering | Antal borgere henvist "
                "til IV-behandling med",
                "væske | Plan for kvalitetssikring og monitorering | Gennemsnitlig "
                "behandlingsvarighed",
                "væske | Plan for kvalitetssikring og monitorering | Ordinerende sygehusafdelinger",
                "væske | Plan for kvalitetssikring og monitorering | Antal borgere med "
                "komplikationer",
            ],
            "ordinerende_sygehusafdelinger": ["Geriatri", "Lunge"],
        },
        id="Halvår: alle tal",
    ),
    pytest.param(
        lambda: halvaarsopgoerelse(
            IVBehandling.ANTIBIOTIKA, aar=2020, halvaar=2, ordinerende_sygehusafdelinger=[]
        ),
        {
            "aar": 2020,
            "antal_borgere_henvist": None,
            "antal_borgere_med_komplikationer": None,
            "begrundelse": "Halvårsdata for IV-behandling med antibiotika, 2020 2. halvår: antal "
            "henviste ikke opgjort, komplikationer ikke opgjort.",
            "behandling": "ANTIBIOTIKA",
            "enhed": None,
            "fortolkninger": [],
            "gennemsnitlig_behandlingsvarighed_dage": None,
            "halvaar": 2,
            "kilder": [
                "antibiotika | Plan for kvalitetssikring og monitorering | præsenteres "
                "halvårligt for data for aftalens",
                "antibiotika | Plan for kvalitetssikring og monitorering | Antal borgere "
                "henvist til IV-behandling med",
                "antibiotika | Plan for kvalitetssikring og monitorering | Gennemsnitlig "
                "behandlingsvarighed",
                "antibiotika | Plan for kvalitetssikring og monitorering | Ordinerende "
                "sygehusafdelinger",
                "antibiotika | Plan for kvalitetssikring og monitorering | Antal borgere "
                "med komplikationer",
            ],
            "ordinerende_sygehusafdelinger": [],
        },
        id="Halvår: intet opgjort",
    ),
    pytest.param(
        lambda: halvaarsopgoerelse(
            "ANTIBIOTIKA", aar=2020, halvaar=2, antal_borgere_med_komplikationer=0
        ),
        {
            "aar": 2020,
            "antal_borgere_henvist": None,
            "antal_borgere_med_komplikationer": 0,
            "begrundelse": "Halvårsdata for IV-behandling med antibiotika, 2020 2. halvår: antal "
            "henviste ikke opgjort, 0 med komplikationer.",
            "behandling": "ANTIBIOTIKA",
            "enhed": None,
            "fortolkninger": [],
            "gennemsnitlig_behandlingsvarighed_dage": None,
            "halvaar": 2,
            "kilder": [
                "antibiotika | Plan for kvalitetssikring og monitorering | præsenteres "
                "halvårligt for data for aftalens",
                "antibiotika | Plan for kvalitetssikring og monitorering | Antal borgere "
                "henvist til IV-behandling med",
                "antibiotika | Plan for kvalitetssikring og monitorering | Gennemsnitlig "
                "behandlingsvarighed",
                "antibiotika | Plan for kvalitetssikring og monitorering | Ordinerende "
                "sygehusafdelinger",
                "antibiotika | Plan for kvalitetssikring og monitorering | Antal borgere "
                "med komplikationer",
            ],
            "ordinerende_sygehusafdelinger": None,
        },
        id="Halvår: kun komplikationer",
    ),
]
BATCH = [
    pytest.param(
        lambda: vurder_forloeb(
            [
                {"id": "a", "timer": "20"},
                {
                    "id": Decimal("2.5"),
                    "antal_besoeg": 4,
                    "minutter_pr_besoeg": 15,
                    "afslutning_af_kemokur": False,
                },
                {"id": date(2020, 1, 2), "afslutning_af_kemokur": True},
                {"id": True, "timer": timedelta(hours=35)},
                {"id": object.__new__(_UdenRepr), "timer": 1},
                {"id": ["x"], "timer": 1},
                {"timer": 0},
                "ikke en dict",
                {"timer": 1, "minutter_pr_besoeg": 3},
                {"antal_besoeg": 2, "timer": 1},
                {"antal_besoeg": 2},
                {"minutter_pr_besoeg": 2},
                {"id": 7},
                {"timer": 1, "x": 1, 3: 4},
                {"timer": 1, "afslutning_af_kemokur": "ja"},
                (("timer", 1),),
            ]
        ),
        [
            {
                "afledt_kommunal_andel": Decimal("5250.00"),
                "afledt_samlet_udgift": Decimal("17500.00"),
                "begrundelse": "20 timer samlet behandlingstid ligger i kategori 3 (fra "
                "15 timer og under 35 timer); efter rammeaftalen mellem "
                "Region Nordjylland og de 11 nordjyske kommuner (tabel 3; "
                "Syddanmarks IV-aftaler fastsætter intet beløb pr. "
                "forløb) betaler Region Nordjylland 12.250,00 kr. pr. "
                "forløb.",
                "fejl": None,
                "fortolkninger": "IV-03",
                "id": "a",
                "kategori": "KATEGORI_3",
                "regional_finansiering": Decimal("12250.00"),
                "timer": Decimal("20"),
            },
            {
                "afledt_kommunal_andel": Decimal("525.00"),
                "afledt_samlet_udgift": Decimal("1750.00"),
                "begrundelse": "1 timer samlet behandlingstid ligger i kategori 1 (over "
                "0 timer og under 5 timer); efter rammeaftalen mellem "
                "Region Nordjylland og de 11 nordjyske kommuner (tabel 3; "
                "Syddanmarks IV-aftaler fastsætter intet beløb pr. "
                "forløb) betaler Region Nordjylland 1.225,00 kr. pr. "
                "forløb.",
                "fejl": None,
                "fortolkninger": "IV-03",
                "id": Decimal("2.5"),
                "kategori": "KATEGORI_1",
                "regional_finansiering": Decimal("1225.00"),
                "timer": Decimal("1"),
            },
            {
                "afledt_kommunal_andel": None,
                "afledt_samlet_udgift": None,
                "begrundelse": "Afslutning af kemokur er sin egen tyngdekategori, valgt "
                "efter behandlingstypen og ikke efter tidsforbruget "
                "(læsning, se fortolkningsloggen IV-02); efter "
                "rammeaftalen mellem Region Nordjylland og de 11 "
                "nordjyske kommuner (tabel 3; Syddanmarks IV-aftaler "
                "fastsætter intet beløb pr. forløb) betaler Region "
                "Nordjylland 200,00 kr. pr. tilfælde.",
                "fejl": None,
                "fortolkninger": "IV-02, IV-04",
                "id": "2020-01-02",
                "kategori": "KEMOKUR",
                "regional_finansiering": Decimal("200.00"),
                "timer": None,
            },
            {
                "afledt_kommunal_andel": Decimal("12600.00"),
                "afledt_samlet_udgift": Decimal("42000.00"),
                "begrundelse": "35 timer samlet behandlingstid ligger i kategori 4 (fra "
                "35 timer); tabel 2 sætter 35 timer i to kategorier, og "
                "her læses grænsen som starten af kategori 4 (læsning, se "
                "fortolkningsloggen IV-01); efter rammeaftalen mellem "
                "Region Nordjylland og de 11 nordjyske kommuner (tabel 3; "
                "Syddanmarks IV-aftaler fastsætter intet beløb pr. "
                "forløb) betaler Region Nordjylland 29.400,00 kr. pr. "
                "forløb.",
                "fejl": None,
                "fortolkninger": "IV-01, IV-03",
                "id": True,
                "kategori": "KATEGORI_4",
                "regional_finansiering": Decimal("29400.00"),
                "timer": Decimal("35"),
            },
            {
                "afledt_kommunal_andel": Decimal("525.00"),
                "afledt_samlet_udgift": Decimal("1750.00"),
                "begrundelse": "1 timer samlet behandlingstid ligger i kategori 1 (over "
                "0 timer og under 5 timer); efter rammeaftalen mellem "
                "Region Nordjylland og de 11 nordjyske kommuner (tabel 3; "
                "Syddanmarks IV-aftaler fastsætter intet beløb pr. "
                "forløb) betaler Region Nordjylland 1.225,00 kr. pr. "
                "forløb.",
                "fejl": None,
                "fortolkninger": "IV-03",
                "id": "<uden str> (type _UdenRepr)",
                "kategori": "KATEGORI_1",
                "regional_finansiering": Decimal("1225.00"),
                "timer": Decimal("1"),
            },
            {
                "afledt_kommunal_andel": Decimal("525.00"),
                "afledt_samlet_udgift": Decimal("1750.00"),
                "begrundelse": "1 timer samlet behandlingstid ligger i kategori 1 (over "
                "0 timer og under 5 timer); efter rammeaftalen mellem "
                "Region Nordjylland og de 11 nordjyske kommuner (tabel 3; "
                "Syddanmarks IV-aftaler fastsætter intet beløb pr. "
                "forløb) betaler Region Nordjylland 1.225,00 kr. pr. "
                "forløb.",
                "fejl": None,
                "fortolkninger": "IV-03",
                "id": "['x']",
                "kategori": "KATEGORI_1",
                "regional_finansiering": Decimal("1225.00"),
                "timer": Decimal("1"),
            },
            {
                "afledt_kommunal_andel": None,
                "afledt_samlet_udgift": None,
                "begrundelse": None,
                "fejl": "timer: fik 0 (type int); accepterer kun tal større end 0",
                "fortolkninger": None,
                "id": None,
                "kategori": None,
                "regional_finansiering": None,
                "timer": None,
            },
            {
                "afledt_kommunal_andel": None,
                "afledt_samlet_udgift": None,
                "begrundelse": None,
                "fejl": "raekke: fik 'ikke en dict' (type str); accepterer en dict med "
                "'timer' eller 'antal_besoeg' og 'minutter_pr_besoeg' (og evt. 'id', "
                "'afslutning_af_kemokur')",
                "fortolkninger": None,
                "id": None,
                "kategori": None,
                "regional_finansiering": None,
                "timer": None,
            },
            {
                "afledt_kommunal_andel": None,
                "afledt_samlet_udgift": None,
                "begrundelse": None,
                "fejl": "raekke: giv enten 'timer' eller 'antal_besoeg' og 'minutter_pr_besoeg', "
                "ikke begge",
                "fortolkninger": None,
                "id": None,
                "kategori": None,
                "regional_finansiering": None,
                "timer": None,
            },
            {
                "afledt_kommunal_andel": None,
                "afledt_samlet_udgift": None,
                "begrundelse": None,
                "fejl": "raekke: giv enten 'timer' eller 'antal_besoeg' og 'minutter_pr_besoeg', "
                "ikke begge",
                "fortolkninger": None,
                "id": None,
                "kategori": None,
                "regional_finansiering": None,
                "timer": None,
            },
            {
                "afledt_kommunal_andel": None,
                "afledt_samlet_udgift": None,
                "begrundelse": None,
                "fejl": "minutter_pr_besoeg: fik None (type NoneType); accepterer et tal som "
                "Decimal, int eller numerisk streng med punktum ('12.5')",
                "fortolkninger": None,
                "id": None,
                "kategori": None,
                "regional_finansiering": None,
                "timer": None,
            },
            {
                "afledt_kommunal_andel": None,
                "afledt_samlet_udgift": None,
                "begrundelse": None,
                "fejl": "antal_besoeg: fik None (type NoneType); accepterer et helt tal (int, "
                "heltallig Decimal eller streng)",
                "fortolkninger": None,
                "id": None,
                "kategori": None,
                "regional_finansiering": None,
                "timer": None,
            },
            {
                "afledt_kommunal_andel": None,
                "afledt_samlet_udgift": None,
                "begrundelse": None,
                "fejl": "timer: fik None (type NoneType); accepterer timer som Decimal, int, "
                "numerisk streng eller en timedelta",
                "fortolkninger": None,
                "id": 7,
                "kategori": None,
                "regional_finansiering": None,
                "timer": None,
            },
            {
                "afledt_kommunal_andel": None,
                "afledt_samlet_udgift": None,
                "begrundelse": None,
                "fejl": "raekke: ukendte felter ['3', 'x']; accepterer ['afslutning_af_kemokur', "
                "'antal_besoeg', 'id', 'minutter_pr_besoeg', 'timer']",
                "fortolkninger": None,
                "id": None,
                "kategori": None,
                "regional_finansiering": None,
                "timer": None,
            },
            {
                "afledt_kommunal_andel": None,
                "afledt_samlet_udgift": None,
                "begrundelse": None,
                "fejl": "afslutning_af_kemokur: fik 'ja' (type str); accepterer True eller False",
                "fortolkninger": None,
                "id": None,
                "kategori": None,
                "regional_finansiering": None,
                "timer": None,
            },
            {
                "afledt_kommunal_andel": None,
                "afledt_samlet_udgift": None,
                "begrundelse": None,
                "fejl": "raekke: fik (('timer', 1),) (type tuple); accepterer en dict med 'timer' "
                "eller 'antal_besoeg' og 'minutter_pr_besoeg' (og evt. 'id', "
                "'afslutning_af_kemokur')",
                "fortolkninger": None,
                "id": None,
                "kategori": None,
                "regional_finansiering": None,
                "timer": None,
            },
        ],
        id="batch",
    ),
]
FEJL = [
    pytest.param(
        lambda: tyngdekategori(True),
        UgyldigTypeFejl,
        (
            "timer: fik True (type bool); accepterer et tal som Decimal, int eller "
            "numerisk streng med punktum ('12.5'), ikke bool"
        ),
        id="timer: bool",
    ),
    pytest.param(
        lambda: tyngdekategori(None),
        UgyldigTypeFejl,
        (
            "timer: fik None (type NoneType); accepterer timer som Decimal, int, numerisk "
            "streng eller en timedelta"
        ),
        id="timer: None",
    ),
    pytest.param(
        lambda: tyngdekategori([5]),
        UgyldigTypeFejl,
        (
            "timer: fik [5] (type list); accepterer timer som Decimal, int, numerisk "
            "streng eller en timedelta"
        ),
        id="timer: liste",
    ),
    pytest.param(
        lambda: tyngdekategori(0),
        UgyldigVaerdiFejl,
        "timer: fik 0 (type int); accepterer kun tal større end 0",
        id="timer: nul",
    ),
    pytest.param(
        lambda: tyngdekategori("1000000000.1"),
        UgyldigVaerdiFejl,
        (
            "timer: fik '1000000000.1' (type str); accepterer kun tal mindre end eller "
            "lig 1000000000"
        ),
        id="timer: over 10^9",
    ),
    pytest.param(
        lambda: tyngdekategori(timedelta(hours=10**9, microseconds=1)),
        UgyldigVaerdiFejl,
        (
            "timer: fik datetime.timedelta(days=41666666, seconds=57600, microseconds=1) "
            "(type timedelta); accepterer højst 1000000000 timer"
        ),
        id="timer: timedelta over 10^9 timer",
    ),
    pytest.param(
        lambda: tyngdekategori(timedelta(hours=-1)),
        UgyldigVaerdiFejl,
        (
            "timer: fik datetime.timedelta(days=-1, seconds=82800) (type timedelta); "
            "accepterer kun en positiv varighed"
        ),
        id="timer: negativ timedelta",
    ),
    pytest.param(
        lambda: tyngdekategori("x", afslutning_af_kemokur=True),
        UgyldigVaerdiFejl,
        (
            "timer: fik 'x' (type str), som ikke er et tal; accepterer et tal som "
            "Decimal, int eller numerisk streng med punktum ('12.5')"
        ),
        id="kemokur: timer ugyldig",
    ),
    pytest.param(
        lambda: tyngdekategori(5, afslutning_af_kemokur="ja"),
        UgyldigTypeFejl,
        "afslutning_af_kemokur: fik 'ja' (type str); accepterer True eller False",
        id="kemokur: ikke bool",
    ),
    pytest.param(
        lambda: timer_fra_besoeg(0, 10),
        UgyldigVaerdiFejl,
        "antal_besoeg: fik 0 (type int); accepterer kun hele tal fra 1",
        id="antal_besoeg: 0",
    ),
    pytest.param(
        lambda: timer_fra_besoeg(10**12 + 1, 10),
        UgyldigVaerdiFejl,
        "antal_besoeg: fik 1000000000001 (type int); accepterer højst 10^12",
        id="antal_besoeg: over 10^12",
    ),
    pytest.param(
        lambda: timer_fra_besoeg(1, "1000000000.5"),
        UgyldigVaerdiFejl,
        (
            "minutter_pr_besoeg: fik '1000000000.5' (type str); accepterer kun tal mindre "
            "end eller lig 1000000000"
        ),
        id="minutter: over 10^9",
    ),
    pytest.param(
        lambda: timer_fra_besoeg(1, 0),
        UgyldigVaerdiFejl,
        "minutter_pr_besoeg: fik 0 (type int); accepterer kun tal større end 0",
        id="minutter: 0",
    ),
    pytest.param(
        lambda: regional_finansiering("KATEGORI_5"),
        UkendtNavnFejl,
        (
            "kategori: ukendt navn 'KATEGORI_5' (type str); accepterer et Tyngdekategori: "
            "KEMOKUR, KATEGORI_1, KATEGORI_2, KATEGORI_3, KATEGORI_4"
        ),
        id="kategori: ukendt",
    ),
    pytest.param(
        lambda: standardforloeb("dialyse"),
        UkendtNavnFejl,
        (
            "omraade: ukendt navn 'dialyse' (type str); accepterer et IVOmraade: "
            "ANTIBIOTIKA, VAESKE_KORTTARM, VAESKE_AKUT_GASTROENTERITIS, "
            "VAESKE_DEHYDRERING, VANDDRIVENDE_HJERTESVIGT, KEMOKUR_OG_MAGNESIUM"
        ),
        id="omraade: ukendt",
    ),
    pytest.param(
        lambda: aktivitetsestimat(medregn_kemokur=1),
        UgyldigTypeFejl,
        "medregn_kemokur: fik 1 (type int); accepterer True eller False",
        id="medregn_kemokur",
    ),
    pytest.param(
        lambda: hospitalsundtagelser(
            besoeg_pr_doegn=0, indgift_i_lukket_system=True, ophold_pr_indgift=1
        ),
        UgyldigVaerdiFejl,
        "besoeg_pr_doegn: fik 0 (type int); accepterer kun hele tal fra 1",
        id="besoeg_pr_doegn",
    ),
    pytest.param(
        lambda: hospitalsundtagelser(
            besoeg_pr_doegn=1, indgift_i_lukket_system="ja", ophold_pr_indgift=1
        ),
        UgyldigTypeFejl,
        (
            "indgift_i_lukket_system: fik 'ja' (type str); accepterer True, False eller "
            "None (ukendt)"
        ),
        id="indgift_i_lukket_system",
    ),
    pytest.param(
        lambda: hospitalsundtagelser(
            besoeg_pr_doegn=1, indgift_i_lukket_system=True, ophold_pr_indgift=timedelta(0)
        ),
        UgyldigVaerdiFejl,
        (
            "ophold_pr_indgift: fik datetime.timedelta(0) (type timedelta); accepterer "
            "kun en positiv varighed"
        ),
        id="ophold: timedelta 0",
    ),
    pytest.param(
        lambda: hospitalsundtagelser(
            besoeg_pr_doegn=1, indgift_i_lukket_system=True, ophold_pr_indgift="1000000001"
        ),
        UgyldigVaerdiFejl,
        (
            "ophold_pr_indgift: fik '1000000001' (type str); accepterer kun tal mindre "
            "end eller lig 1000000000"
        ),
        id="ophold: over 10^9",
    ),
    pytest.param(
        lambda: hospitalsundtagelser(
            besoeg_pr_doegn=1,
            indgift_i_lukket_system=True,
            ophold_pr_indgift=1,
            konkret_aftale_om_kommunal_varetagelse="ja",
        ),
        UgyldigTypeFejl,
        (
            "konkret_aftale_om_kommunal_varetagelse: fik 'ja' (type str); accepterer "
            "True, False eller None (ukendt)"
        ),
        id="konkret aftale",
    ),
    pytest.param(
        lambda: hospitalsundtagelser(
            besoeg_pr_doegn=1,
            indgift_i_lukket_system=True,
            ophold_pr_indgift=1,
            kommunen_afviser_af_hensyn_til_patientsikkerhed=None,
        ),
        UgyldigTypeFejl,
        (
            "kommunen_afviser_af_hensyn_til_patientsikkerhed: fik None (type NoneType); "
            "accepterer True eller False"
        ),
        id="afvisning",
    ),
    pytest.param(
        lambda: aktivitetsopfoelgning(
            [1], {}, aftalestart="2020-01-01", opgoerelsesdato="2020-07-01"
        ),
        UgyldigTypeFejl,
        (
            "forventet: fik [1] (type list); accepterer en dict fra Tyngdekategori (eller "
            "navn) til antal forløb"
        ),
        id="forventet: ikke dict",
    ),
    pytest.param(
        lambda: aktivitetsopfoelgning(
            {"KATEGORI_1": 0, "KEMOKUR": 5},
            {},
            aftalestart="2020-01-01",
            opgoerelsesdato="2020-07-01",
        ),
        UgyldigVaerdiFejl,
        (
            "forventet: fik {'KATEGORI_1': 0, 'KEMOKUR': 5} (type dict); accepterer kun "
            "en forventning med mindst ét forløb i kategori 1–4"
        ),
        id="forventet: nul",
    ),
    pytest.param(
        lambda: aktivitetsopfoelgning(
            {"KATEGORI_1": 1}, {"K9": 1}, aftalestart="2020-01-01", opgoerelsesdato="2020-07-01"
        ),
        UkendtNavnFejl,
        (
            "faktisk-nøgle: ukendt navn 'K9' (type str); accepterer et Tyngdekategori: "
            "KEMOKUR, KATEGORI_1, KATEGORI_2, KATEGORI_3, KATEGORI_4"
        ),
        id="faktisk: ukendt nøgle",
    ),
    pytest.param(
        lambda: aktivitetsopfoelgning(
            {"KATEGORI_1": 1},
            {"KATEGORI_2": -1},
            aftalestart="2020-01-01",
            opgoerelsesdato="2020-07-01",
        ),
        UgyldigVaerdiFejl,
        ("faktisk[KATEGORI_2]: fik -1 (type int); accepterer kun tal større end eller lig 0"),
        id="faktisk: negativ",
    ),
    pytest.param(
        lambda: aktivitetsopfoelgning(
            {"KATEGORI_1": 1},
            {"KATEGORI_2": 10**12 + 1},
            aftalestart="2020-01-01",
            opgoerelsesdato="2020-07-01",
        ),
        UgyldigVaerdiFejl,
        (
            "faktisk[KATEGORI_2]: fik 1000000000001 (type int); accepterer kun tal mindre "
            "end eller lig 1000000000000"
        ),
        id="faktisk: over 10^12",
    ),
    pytest.param(
        lambda: aktivitetsopfoelgning(
            {"KATEGORI_1": 1},
            {"KATEGORI_1": 1, Tyngdekategori.KATEGORI_1: 2},
            aftalestart="2020-01-01",
            opgoerelsesdato="2020-07-01",
        ),
        UgyldigVaerdiFejl,
        "faktisk: KATEGORI_1 er givet mere end én gang",
        id="faktisk: dobbelt",
    ),
    pytest.param(
        lambda: aktivitetsopfoelgning(
            {"KATEGORI_1": 1}, {}, aftalestart=None, opgoerelsesdato="2020-07-01"
        ),
        UgyldigTypeFejl,
        (
            "aftalestart: fik None (type NoneType); accepterer en date eller en ISO-dato "
            "'ÅÅÅÅ-MM-DD'"
        ),
        id="aftalestart",
    ),
    pytest.param(
        lambda: aktivitetsopfoelgning(
            {"KATEGORI_1": 1}, {}, aftalestart="2020-01-01", opgoerelsesdato="2020-02-30"
        ),
        UgyldigVaerdiFejl,
        (
            "opgoerelsesdato: fik '2020-02-30' (type str), som ikke er en dato; "
            "accepterer en date eller en ISO-dato 'ÅÅÅÅ-MM-DD'"
        ),
        id="opgoerelsesdato: ugyldig",
    ),
    pytest.param(
        lambda: aktivitetsopfoelgning(
            {"KATEGORI_1": 1}, {}, aftalestart="2020-07-01", opgoerelsesdato="2020-06-30"
        ),
        UgyldigVaerdiFejl,
        (
            "opgoerelsesdato: fik 2020-06-30, som ligger før aftalestart 2020-07-01; "
            "accepterer en dato fra aftalestart"
        ),
        id="opgoerelsesdato: før start",
    ),
    pytest.param(
        lambda: aktivitetsopfoelgning(
            {"KATEGORI_1": 1},
            {},
            aftalestart="2020-01-01",
            opgoerelsesdato="2020-07-01",
            vaegtning="KRONER",
        ),
        UkendtNavnFejl,
        (
            "vaegtning: ukendt navn 'KRONER' (type str); accepterer et Vaegtning: "
            "REGIONAL_FINANSIERING, ANTAL_FORLOEB"
        ),
        id="vaegtning",
    ),
    pytest.param(
        lambda: opsigelse("2020-13-01", grund="ALMINDELIG"),
        UgyldigVaerdiFejl,
        (
            "varslingsdato: fik '2020-13-01' (type str), som ikke er en dato; accepterer "
            "en date eller en ISO-dato 'ÅÅÅÅ-MM-DD'"
        ),
        id="varslingsdato",
    ),
    pytest.param(
        lambda: opsigelse(date(9999, 7, 1), grund="ALMINDELIG"),
        UgyldigVaerdiFejl,
        ("varslingsdato: fik datetime.date(9999, 7, 1) (type date); ophøret ligger efter år 9999"),
        id="varslingsdato: efter 9999",
    ),
    pytest.param(
        lambda: opsigelse(
            date(9999, 10, 1),
            grund="UENIGHED_OM_MERAKTIVITET",
            overskridelse_mindst_20_procent_efter_6_maaneder=True,
            enighed_om_finansiering_af_meraktivitet=False,
        ),
        UgyldigVaerdiFejl,
        ("varslingsdato: fik datetime.date(9999, 10, 1) (type date); ophøret ligger efter år 9999"),
        id="varslingsdato: 3 mdr efter 9999",
    ),
    pytest.param(
        lambda: opsigelse("2020-01-01", grund=None),
        UgyldigTypeFejl,
        (
            "grund: fik None (type NoneType); accepterer et Opsigelsesgrund eller dets "
            "navn: ALMINDELIG, UENIGHED_OM_MERAKTIVITET"
        ),
        id="grund",
    ),
    pytest.param(
        lambda: forsoegsperiode(20200101),
        UgyldigTypeFejl,
        ("startdato: fik 20200101 (type int); accepterer en date eller en ISO-dato 'ÅÅÅÅ-MM-DD'"),
        id="startdato",
    ),
    pytest.param(
        lambda: forsoegsperiode(date(9998, 6, 1)),
        UgyldigVaerdiFejl,
        (
            "startdato: fik datetime.date(9998, 6, 1) (type date); forsøgsperioden rækker "
            "ud over år 9999"
        ),
        id="startdato: efter 9999",
    ),
    pytest.param(
        lambda: forsoegsperiode(date.min),
        UgyldigVaerdiFejl,
        (
            "startdato: fik datetime.date(1, 1, 1) (type date); forsøgsperioden rækker ud "
            "over år 9999"
        ),
        id="startdato: date.min",
    ),
    pytest.param(
        lambda: kvartalsopgoerelse(aar=0, kvartal=1, antal_pr_kategori={}),
        UgyldigVaerdiFejl,
        "aar: fik 0 (type int); accepterer kun hele tal fra 1",
        id="aar: 0",
    ),
    pytest.param(
        lambda: kvartalsopgoerelse(aar=10000, kvartal=1, antal_pr_kategori={}),
        UgyldigVaerdiFejl,
        "aar: fik 10000 (type int); accepterer kun hele tal til og med 9999",
        id="aar: 10000",
    ),
    pytest.param(
        lambda: kvartalsopgoerelse(aar=2020, kvartal=0, antal_pr_kategori={}),
        UgyldigVaerdiFejl,
        "kvartal: fik 0 (type int); accepterer kun hele tal fra 1",
        id="kvartal: 0",
    ),
    pytest.param(
        lambda: kvartalsopgoerelse(aar=2020, kvartal=5, antal_pr_kategori={}),
        UgyldigVaerdiFejl,
        "kvartal: fik 5 (type int); accepterer kun hele tal til og med 4",
        id="kvartal: 5",
    ),
    pytest.param(
        lambda: kvartalsopgoerelse(aar=2020, kvartal=1, antal_pr_kategori=[]),
        UgyldigTypeFejl,
        (
            "antal_pr_kategori: fik [] (type list); accepterer en dict fra Tyngdekategori "
            "(eller navn) til et antal"
        ),
        id="antal_pr_kategori: liste",
    ),
    pytest.param(
        lambda: kvartalsopgoerelse(aar=2020, kvartal=1, antal_pr_kategori={"X": 1}),
        UkendtNavnFejl,
        (
            "antal_pr_kategori-nøgle: ukendt navn 'X' (type str); accepterer et "
            "Tyngdekategori: KEMOKUR, KATEGORI_1, KATEGORI_2, KATEGORI_3, KATEGORI_4"
        ),
        id="antal_pr_kategori: nøgle",
    ),
    pytest.param(
        lambda: kvartalsopgoerelse(
            aar=2020, kvartal=1, antal_pr_kategori={"KATEGORI_1": 1, "kategori_1": 1}
        ),
        UgyldigVaerdiFejl,
        "antal_pr_kategori: KATEGORI_1 er givet mere end én gang",
        id="antal_pr_kategori: dobbelt",
    ),
    pytest.param(
        lambda: kvartalsopgoerelse(aar=2020, kvartal=1, antal_pr_kategori={"KATEGORI_1": -1}),
        UgyldigVaerdiFejl,
        ("antal_pr_kategori[KATEGORI_1]: fik -1 (type int); accepterer kun hele tal fra 0"),
        id="antal_pr_kategori: negativ",
    ),
    pytest.param(
        lambda: kvartalsopgoerelse(
            aar=2020, kvartal=1, antal_pr_kategori={"KATEGORI_1": 10**12 + 1}
        ),
        UgyldigVaerdiFejl,
        (
            "antal_pr_kategori[KATEGORI_1]: fik 1000000000001 (type int); accepterer kun "
            "hele tal til og med 1000000000000"
        ),
        id="antal_pr_kategori: over 10^12",
    ),
    pytest.param(
        lambda: kvartalsopgoerelse(
            aar=2020, kvartal=1, antal_pr_kategori={}, antal_pr_omraade={"X": 1}
        ),
        UkendtNavnFejl,
        (
            "antal_pr_omraade-nøgle: ukendt navn 'X' (type str); accepterer et IVOmraade: "
            "ANTIBIOTIKA, VAESKE_KORTTARM, VAESKE_AKUT_GASTROENTERITIS, "
            "VAESKE_DEHYDRERING, VANDDRIVENDE_HJERTESVIGT, KEMOKUR_OG_MAGNESIUM"
        ),
        id="antal_pr_omraade: nøgle",
    ),
    pytest.param(
        lambda: kvartalsopgoerelse(aar=2020, kvartal=1, antal_pr_kategori={}, antal_pr_omraade=[1]),
        UgyldigTypeFejl,
        (
            "antal_pr_omraade: fik [1] (type list); accepterer en dict fra IVOmraade "
            "(eller navn) til et antal"
        ),
        id="antal_pr_omraade: liste",
    ),
    pytest.param(
        lambda: kvartalsopgoerelse(
            aar=2020, kvartal=1, antal_pr_kategori={}, samlet_behandlingstid_timer=-1
        ),
        UgyldigVaerdiFejl,
        (
            "samlet_behandlingstid_timer: fik -1 (type int); accepterer kun tal større "
            "end eller lig 0"
        ),
        id="samlet_behandlingstid_timer: negativ",
    ),
    pytest.param(
        lambda: kvartalsopgoerelse(
            aar=2020, kvartal=1, antal_pr_kategori={}, samlet_behandlingstid_timer=10**9 + 1
        ),
        UgyldigVaerdiFejl,
        (
            "samlet_behandlingstid_timer: fik 1000000001 (type int); accepterer kun tal "
            "mindre end eller lig 1000000000"
        ),
        id="samlet_behandlingstid_timer: over 10^9",
    ),
    pytest.param(
        lambda: kvartalsopgoerelse(aar=2020, kvartal=1, antal_pr_kategori={}, antal_besoeg=-1),
        UgyldigVaerdiFejl,
        "antal_besoeg: fik -1 (type int); accepterer kun hele tal fra 0",
        id="antal_besoeg: negativ",
    ),
    pytest.param(
        lambda: kvartalsopgoerelse(
            aar=2020, kvartal=1, antal_pr_kategori={}, antal_besoeg=10**12 + 1
        ),
        UgyldigVaerdiFejl,
        (
            "antal_besoeg: fik 1000000000001 (type int); accepterer kun hele tal til og "
            "med 1000000000000"
        ),
        id="antal_besoeg: over 10^12",
    ),
    pytest.param(
        lambda: kvartalsopgoerelse(aar=2020, kvartal=1, antal_pr_kategori={}, genindlaeggelser=-1),
        UgyldigVaerdiFejl,
        "genindlaeggelser: fik -1 (type int); accepterer kun hele tal fra 0",
        id="genindlaeggelser",
    ),
    pytest.param(
        lambda: kvartalsopgoerelse(aar=2020, kvartal=1, antal_pr_kategori={}, komplikationer="x"),
        UgyldigVaerdiFejl,
        (
            "komplikationer: fik 'x' (type str), som ikke er et tal; accepterer et tal "
            "som Decimal, int eller numerisk streng med punktum ('12.5')"
        ),
        id="komplikationer",
    ),
    pytest.param(
        lambda: kvartalsopgoerelse(
            aar=2020, kvartal=1, antal_pr_kategori={}, utilsigtede_haendelser=True
        ),
        UgyldigTypeFejl,
        (
            "utilsigtede_haendelser: fik True (type bool); accepterer et helt tal (int, "
            "heltallig Decimal eller streng), ikke bool"
        ),
        id="utilsigtede_haendelser",
    ),
    pytest.param(
        lambda: kvartalsopgoerelse(
            aar=2020, kvartal=1, antal_pr_kategori={}, kontakter_almen_praksis=1.5
        ),
        UgyldigTypeFejl,
        (
            "kontakter_almen_praksis: fik 1.5 (type float); accepterer et helt tal (int, "
            "heltallig Decimal eller streng)"
        ),
        id="kontakter_almen_praksis",
    ),
    pytest.param(
        lambda: kvartalsopgoerelse(
            aar=2020, kvartal=1, antal_pr_kategori={}, kontakter_vagtlaege=-2
        ),
        UgyldigVaerdiFejl,
        "kontakter_vagtlaege: fik -2 (type int); accepterer kun hele tal fra 0",
        id="kontakter_vagtlaege",
    ),
    pytest.param(
        lambda: kvartalsopgoerelse(
            aar=2020, kvartal=1, antal_pr_kategori={}, kontakter_behandlingsansvarlig_laege=-3
        ),
        UgyldigVaerdiFejl,
        ("kontakter_behandlingsansvarlig_laege: fik -3 (type int); accepterer kun hele tal fra 0"),
        id="kontakter_behandlingsansvarlig_laege",
    ),
    pytest.param(
        lambda: overdragelsesbetingelser("blod"),
        UkendtNavnFejl,
        (
            "behandling: ukendt navn 'blod' (type str); accepterer et IVBehandling: "
            "VAESKE, ANTIBIOTIKA"
        ),
        id="behandling: ukendt",
    ),
    pytest.param(
        lambda: overdragelsesbetingelser("VAESKE", laegefagligt_egnet=1),
        UgyldigTypeFejl,
        ("laegefagligt_egnet: fik 1 (type int); accepterer True, False eller None (ukendt)"),
        id="laegefagligt_egnet",
    ),
    pytest.param(
        lambda: overdragelsesbetingelser("VAESKE", hjem_egnet="ja"),
        UgyldigTypeFejl,
        "hjem_egnet: fik 'ja' (type str); accepterer True, False eller None (ukendt)",
        id="hjem_egnet",
    ),
    pytest.param(
        lambda: overdragelsesbetingelser("VAESKE", kommunal_kapacitet=0),
        UgyldigTypeFejl,
        ("kommunal_kapacitet: fik 0 (type int); accepterer True, False eller None (ukendt)"),
        id="kommunal_kapacitet",
    ),
    pytest.param(
        lambda: overdragelsesbetingelser("ANTIBIOTIKA", blandes_i_lukket_system="ja"),
        UgyldigTypeFejl,
        (
            "blandes_i_lukket_system: fik 'ja' (type str); accepterer True, False eller "
            "None (ukendt)"
        ),
        id="blandes_i_lukket_system: type",
    ),
    pytest.param(
        lambda: overdragelsesbetingelser("VAESKE", blandes_i_lukket_system=False),
        UgyldigVaerdiFejl,
        (
            "blandes_i_lukket_system: gælder kun IV-behandling med antibiotika, ikke "
            "væske; accepterer None her"
        ),
        id="blandes_i_lukket_system: væske",
    ),
    pytest.param(
        lambda: overdragelsesbetingelser("ANTIBIOTIKA", vaeske_faerdigblandet=True),
        UgyldigVaerdiFejl,
        (
            "vaeske_faerdigblandet: gælder kun IV-behandling med væske, ikke antibiotika; "
            "accepterer None her"
        ),
        id="vaeske_faerdigblandet: antibiotika",
    ),
    pytest.param(
        lambda: overdragelsesbetingelser("ANTIBIOTIKA", lokal_videredelegation=False),
        UgyldigVaerdiFejl,
        (
            "lokal_videredelegation: gælder kun IV-behandling med væske, ikke "
            "antibiotika; accepterer None her"
        ),
        id="lokal_videredelegation: antibiotika",
    ),
    pytest.param(
        lambda: overdragelsesbetingelser("VAESKE", iv_adgang_velfungerende="ja"),
        UgyldigTypeFejl,
        (
            "iv_adgang_velfungerende: fik 'ja' (type str); accepterer True, False eller "
            "None (ukendt)"
        ),
        id="iv_adgang_velfungerende",
    ),
    pytest.param(
        lambda: overdragelsesbetingelser("VAESKE", vaeske_faerdigblandet="ja"),
        UgyldigTypeFejl,
        ("vaeske_faerdigblandet: fik 'ja' (type str); accepterer True, False eller None (ukendt)"),
        id="vaeske_faerdigblandet: type",
    ),
    pytest.param(
        lambda: overdragelsesbetingelser("VAESKE", administreres_af_sygeplejerske="ja"),
        UgyldigTypeFejl,
        (
            "administreres_af_sygeplejerske: fik 'ja' (type str); accepterer True, False "
            "eller None (ukendt)"
        ),
        id="administreres_af_sygeplejerske",
    ),
    pytest.param(
        lambda: overdragelsesbetingelser("VAESKE", lokal_videredelegation="ja"),
        UgyldigTypeFejl,
        ("lokal_videredelegation: fik 'ja' (type str); accepterer True, False eller None (ukendt)"),
        id="lokal_videredelegation: type",
    ),
    pytest.param(
        lambda: overdragelsesbetingelser("VAESKE", kontakttelefon_doegnet_rundt="ja"),
        UgyldigTypeFejl,
        (
            "kontakttelefon_doegnet_rundt: fik 'ja' (type str); accepterer True, False "
            "eller None (ukendt)"
        ),
        id="kontakttelefon_doegnet_rundt",
    ),
    pytest.param(
        lambda: overdragelsesbetingelser("VAESKE", informeret_mundtligt_og_skriftligt="ja"),
        UgyldigTypeFejl,
        (
            "informeret_mundtligt_og_skriftligt: fik 'ja' (type str); accepterer True, "
            "False eller None (ukendt)"
        ),
        id="informeret_mundtligt_og_skriftligt",
    ),
    pytest.param(
        lambda: overdragelsesbetingelser("VAESKE", behandlinger_paa_sygehus=-1),
        UgyldigVaerdiFejl,
        "behandlinger_paa_sygehus: fik -1 (type int); accepterer kun hele tal fra 0",
        id="behandlinger_paa_sygehus: negativ",
    ),
    pytest.param(
        lambda: overdragelsesbetingelser("VAESKE", behandlinger_paa_sygehus=10**12 + 1),
        UgyldigVaerdiFejl,
        (
            "behandlinger_paa_sygehus: fik 1000000000001 (type int); accepterer kun hele "
            "tal til og med 1000000000000"
        ),
        id="behandlinger_paa_sygehus: over 10^12",
    ),
    pytest.param(
        lambda: overdragelsesbetingelser("VAESKE", iv_adgang_alder=-1),
        UgyldigVaerdiFejl,
        "iv_adgang_alder: fik -1 (type int); accepterer kun tal større end eller lig 0",
        id="iv_adgang_alder: negativ",
    ),
    pytest.param(
        lambda: overdragelsesbetingelser("VAESKE", iv_adgang_alder=10**9 + 1),
        UgyldigVaerdiFejl,
        (
            "iv_adgang_alder: fik 1000000001 (type int); accepterer kun tal mindre end "
            "eller lig 1000000000"
        ),
        id="iv_adgang_alder: over 10^9",
    ),
    pytest.param(
        lambda: overdragelsesbetingelser("VAESKE", iv_adgang_alder=timedelta(hours=-1)),
        UgyldigVaerdiFejl,
        (
            "iv_adgang_alder: fik datetime.timedelta(days=-1, seconds=82800) (type "
            "timedelta); accepterer kun en varighed fra 0"
        ),
        id="iv_adgang_alder: negativ timedelta",
    ),
    pytest.param(
        lambda: overdragelsesbetingelser("VAESKE", iv_adgang_alder="et døgn"),
        UgyldigVaerdiFejl,
        (
            "iv_adgang_alder: fik 'et døgn' (type str), som ikke er et tal; accepterer et "
            "tal som Decimal, int eller numerisk streng med punktum ('12.5')"
        ),
        id="iv_adgang_alder: tekst",
    ),
    pytest.param(
        lambda: behandlingsansvar(
            iv_behandling_afsluttet=True, relateret_til_iv_behandlingen=True, behandling="blod"
        ),
        UkendtNavnFejl,
        (
            "behandling: ukendt navn 'blod' (type str); accepterer et IVBehandling: "
            "VAESKE, ANTIBIOTIKA"
        ),
        id="ansvar: behandling",
    ),
    pytest.param(
        lambda: behandlingsansvar(
            iv_behandling_afsluttet="nej", relateret_til_iv_behandlingen=None
        ),
        UgyldigTypeFejl,
        (
            "iv_behandling_afsluttet: fik 'nej' (type str); accepterer True, False eller "
            "None (ukendt)"
        ),
        id="ansvar: afsluttet",
    ),
    pytest.param(
        lambda: behandlingsansvar(iv_behandling_afsluttet=None, relateret_til_iv_behandlingen=1),
        UgyldigTypeFejl,
        (
            "relateret_til_iv_behandlingen: fik 1 (type int); accepterer True, False "
            "eller None (ukendt)"
        ),
        id="ansvar: relateret",
    ),
    pytest.param(
        lambda: halvaarsopgoerelse("blod", aar=2020, halvaar=1),
        UkendtNavnFejl,
        (
            "behandling: ukendt navn 'blod' (type str); accepterer et IVBehandling: "
            "VAESKE, ANTIBIOTIKA"
        ),
        id="halvår: behandling",
    ),
    pytest.param(
        lambda: halvaarsopgoerelse("VAESKE", aar=0, halvaar=1),
        UgyldigVaerdiFejl,
        "aar: fik 0 (type int); accepterer kun hele tal fra 1",
        id="halvår: aar",
    ),
    pytest.param(
        lambda: halvaarsopgoerelse("VAESKE", aar=10000, halvaar=1),
        UgyldigVaerdiFejl,
        "aar: fik 10000 (type int); accepterer kun hele tal til og med 9999",
        id="halvår: aar 10000",
    ),
    pytest.param(
        lambda: halvaarsopgoerelse("VAESKE", aar=2020, halvaar=0),
        UgyldigVaerdiFejl,
        "halvaar: fik 0 (type int); accepterer kun hele tal fra 1",
        id="halvår: halvaar 0",
    ),
    pytest.param(
        lambda: halvaarsopgoerelse("VAESKE", aar=2020, halvaar=3),
        UgyldigVaerdiFejl,
        "halvaar: fik 3 (type int); accepterer kun hele tal til og med 2",
        id="halvår: halvaar 3",
    ),
    pytest.param(
        lambda: halvaarsopgoerelse("VAESKE", aar=2020, halvaar=1, enhed=" "),
        UgyldigVaerdiFejl,
        "enhed: fik en tom streng; accepterer en ikke-tom tekst",
        id="halvår: enhed",
    ),
    pytest.param(
        lambda: halvaarsopgoerelse("VAESKE", aar=2020, halvaar=1, antal_borgere_henvist=-1),
        UgyldigVaerdiFejl,
        "antal_borgere_henvist: fik -1 (type int); accepterer kun hele tal fra 0",
        id="halvår: henvist",
    ),
    pytest.param(
        lambda: halvaarsopgoerelse("VAESKE", aar=2020, halvaar=1, antal_borgere_henvist=10**12 + 1),
        UgyldigVaerdiFejl,
        (
            "antal_borgere_henvist: fik 1000000000001 (type int); accepterer kun hele tal "
            "til og med 1000000000000"
        ),
        id="halvår: henvist over 10^12",
    ),
    pytest.param(
        lambda: halvaarsopgoerelse(
            "VAESKE", aar=2020, halvaar=1, antal_borgere_med_komplikationer="to"
        ),
        UgyldigVaerdiFejl,
        (
            "antal_borgere_med_komplikationer: fik 'to' (type str), som ikke er et tal; "
            "accepterer et tal som Decimal, int eller numerisk streng med punktum "
            "('12.5')"
        ),
        id="halvår: komplikationer",
    ),
    pytest.param(
        lambda: halvaarsopgoerelse(
            "VAESKE",
            aar=2020,
            halvaar=1,
            antal_borgere_henvist=1,
            antal_borgere_med_komplikationer=2,
        ),
        UgyldigVaerdiFejl,
        (
            "antal_borgere_med_komplikationer: fik 2, flere end de 1 henviste; accepterer "
            "højst antal henviste"
        ),
        id="halvår: flere komplikationer end henviste",
    ),
    pytest.param(
        lambda: halvaarsopgoerelse(
            "VAESKE", aar=2020, halvaar=1, gennemsnitlig_behandlingsvarighed_dage=-1
        ),
        UgyldigVaerdiFejl,
        (
            "gennemsnitlig_behandlingsvarighed_dage: fik -1 (type int); accepterer kun "
            "tal større end eller lig 0"
        ),
        id="halvår: varighed negativ",
    ),
    pytest.param(
        lambda: halvaarsopgoerelse(
            "VAESKE", aar=2020, halvaar=1, gennemsnitlig_behandlingsvarighed_dage=10**6 + 1
        ),
        UgyldigVaerdiFejl,
        (
            "gennemsnitlig_behandlingsvarighed_dage: fik 1000001 (type int); accepterer "
            "kun tal mindre end eller lig 1000000"
        ),
        id="halvår: varighed over 10^6",
    ),
    pytest.param(
        lambda: halvaarsopgoerelse(
            "VAESKE", aar=2020, halvaar=1, ordinerende_sygehusafdelinger="Lunge"
        ),
        UgyldigTypeFejl,
        (
            "ordinerende_sygehusafdelinger: fik 'Lunge' (type str); accepterer en liste "
            "af afdelingsnavne"
        ),
        id="halvår: afdelinger streng",
    ),
    pytest.param(
        lambda: halvaarsopgoerelse("VAESKE", aar=2020, halvaar=1, ordinerende_sygehusafdelinger=3),
        UgyldigTypeFejl,
        ("ordinerende_sygehusafdelinger: fik 3 (type int); accepterer en liste af afdelingsnavne"),
        id="halvår: afdelinger tal",
    ),
    pytest.param(
        lambda: halvaarsopgoerelse(
            "VAESKE", aar=2020, halvaar=1, ordinerende_sygehusafdelinger=["Lunge", ""]
        ),
        UgyldigVaerdiFejl,
        ("ordinerende_sygehusafdelinger[1]: fik en tom streng; accepterer en ikke-tom tekst"),
        id="halvår: afdeling tom",
    ),
    pytest.param(
        lambda: vurder_forloeb("timer"),
        UgyldigTypeFejl,
        ("raekker: fik 'timer' (type str); accepterer en liste (eller anden samling) af dicts"),
        id="raekker: streng",
    ),
    pytest.param(
        lambda: vurder_forloeb({"timer": 5}),
        UgyldigTypeFejl,
        (
            "raekker: fik {'timer': 5} (type dict); accepterer en liste (eller anden "
            "samling) af dicts"
        ),
        id="raekker: dict",
    ),
    pytest.param(
        lambda: vurder_forloeb(None),
        UgyldigTypeFejl,
        ("raekker: fik None (type NoneType); accepterer en liste (eller anden samling) af dicts"),
        id="raekker: None",
    ),
]
GRAENSER_OK = [
    pytest.param(
        lambda: tyngdekategori(10**9),
        (
            "1.000.000.000 timer samlet behandlingstid ligger i kategori 4 (fra 35 "
            "timer); efter rammeaftalen mellem Region Nordjylland og de 11 nordjyske "
            "kommuner (tabel 3; Syddanmarks IV-aftaler fastsætter intet beløb pr. "
            "forløb) betaler Region Nordjylland 29.400,00 kr. pr. forløb."
        ),
        id="timer: præcis 10^9",
    ),
    pytest.param(
        lambda: tyngdekategori(timedelta(hours=10**9)),
        (
            "1.000.000.000 timer samlet behandlingstid ligger i kategori 4 (fra 35 "
            "timer); efter rammeaftalen mellem Region Nordjylland og de 11 nordjyske "
            "kommuner (tabel 3; Syddanmarks IV-aftaler fastsætter intet beløb pr. "
            "forløb) betaler Region Nordjylland 29.400,00 kr. pr. forløb."
        ),
        id="timer: timedelta præcis 10^9 timer",
    ),
    pytest.param(
        lambda: timer_fra_besoeg(10**12, 1),
        "16666666666.66666666666666666",
        id="antal_besoeg: præcis 10^12",
    ),
    pytest.param(
        lambda: timer_fra_besoeg(1, 10**9),
        "16666666.66666666666666666666",
        id="minutter: præcis 10^9",
    ),
    pytest.param(
        lambda: hospitalsundtagelser(
            besoeg_pr_doegn=1, indgift_i_lukket_system=True, ophold_pr_indgift=10**9
        ),
        (
            "Forløbet varetages som udgangspunkt i hospitalsregi: mere end én times "
            "ophold pr. indgift. En konkret aftale mellem kommune og hospital kan flytte "
            "det til kommunen."
        ),
        id="ophold: præcis 10^9 minutter",
    ),
    pytest.param(
        lambda: aktivitetsopfoelgning(
            {"KATEGORI_1": 10**12, "KATEGORI_2": 0},
            {"KATEGORI_1": 0},
            aftalestart="2020-01-01",
            opgoerelsesdato="2020-07-01",
        ),
        (
            "Efter 6 måneder er den vægtede aktivitet -100,00 % i forhold til det "
            "forventede (finansieringskroner), under 20 % over, så forhandlinger optages "
            "ikke. Svaret hviler på en læsning (læsning, se fortolkningsloggen IV-09). "
            "Finansieringskronerne er Region Nordjyllands efter rammeaftalen mellem "
            "Region Nordjylland og de 11 nordjyske kommuner (tabel 3; Syddanmarks "
            "IV-aftaler fastsætter intet beløb pr. forløb)."
        ),
        id="antal: 0 og 10^12",
    ),
    pytest.param(
        lambda: kvartalsopgoerelse(
            aar=9999,
            kvartal=4,
            antal_pr_kategori={"KATEGORI_1": 0, "KATEGORI_2": 10**12},
            antal_pr_omraade={"ANTIBIOTIKA": 0},
            samlet_behandlingstid_timer=10**9,
            antal_besoeg=10**12,
            genindlaeggelser=0,
            komplikationer=10**12,
        ),
        (
            "9999, 4. kvartal: 1000000000000 forløb i kategori 1–4 i kommunalt regi; "
            "regional finansiering i alt 4.900.000.000.000.000,00 kr. efter rammeaftalen "
            "mellem Region Nordjylland og de 11 nordjyske kommuner (tabel 3; Syddanmarks "
            "IV-aftaler fastsætter intet beløb pr. forløb). Behandlingstid pr. forløb: "
            "0,00 timer."
        ),
        id="kvartal: 0 og 10^12",
    ),
    pytest.param(
        lambda: overdragelsesbetingelser(
            "VAESKE", iv_adgang_alder=10**9, behandlinger_paa_sygehus=10**12
        ),
        (
            "IV-behandling med væske kan ikke overdrages til kommunen; ikke opfyldt: "
            "IV-adgangen er under 1 døgn gammel."
        ),
        id="iv_adgang_alder: præcis 10^9 timer",
    ),
    pytest.param(
        lambda: halvaarsopgoerelse(
            "VAESKE",
            aar=9999,
            halvaar=2,
            antal_borgere_henvist=10**12,
            antal_borgere_med_komplikationer=0,
            gennemsnitlig_behandlingsvarighed_dage=10**6,
        ),
        (
            "Halvårsdata for IV-behandling med væske, 9999 2. halvår: 1000000000000 borgere "
            "henvist, 0 med komplikationer. Den gennemsnitlige behandlingsvarighed er opgjort i "
            "dage (læsning, se fortolkningsloggen IV-16)."
        ),
        id="halvår: grænser",
    ),
    pytest.param(
        lambda: halvaarsopgoerelse("VAESKE", aar=1, halvaar=1),
        (
            "Halvårsdata for IV-behandling med væske, 1 1. halvår: antal henviste ikke "
            "opgjort, komplikationer ikke opgjort."
        ),
        id="halvår: år 1",
    ),
    pytest.param(
        lambda: kvartalsopgoerelse(aar=1, kvartal=1, antal_pr_kategori={}),
        (
            "1, 1. kvartal: 0 forløb i kategori 1–4 i kommunalt regi; regional "
            "finansiering i alt 0,00 kr. efter rammeaftalen mellem Region Nordjylland og "
            "de 11 nordjyske kommuner (tabel 3; Syddanmarks IV-aftaler fastsætter intet "
            "beløb pr. forløb)."
        ),
        id="kvartal: år 1",
    ),
]


@pytest.mark.parametrize(("kald", "forventet"), RESULTATER)
def test_resultat_ordret(kald: Callable[[], Any], forventet: dict[str, Any]) -> None:
    resultat = kald()
    assert _udfald(resultat.til_dict()) == forventet
    assert str(resultat) == forventet["begrundelse"]


@pytest.mark.parametrize(("kald", "forventet"), BATCH)
def test_batch_ordret(kald: Callable[[], Any], forventet: list[dict[str, Any]]) -> None:
    assert kald() == forventet


@pytest.mark.parametrize(("kald", "fejltype", "besked"), FEJL)
def test_fejlbesked_ordret(
    kald: Callable[[], Any], fejltype: type[ForloebsreglerFejl], besked: str
) -> None:
    with pytest.raises(fejltype) as info:
        kald()
    assert str(info.value) == besked


@pytest.mark.parametrize(("kald", "begrundelse"), GRAENSER_OK)
def test_graenseværdi_accepteres(kald: Callable[[], Any], begrundelse: str) -> None:
    assert str(kald()) == begrundelse


def test_timer_fra_besoeg_ved_loftet() -> None:
    # Divisionen med 60 rundes ned (issue 14), så resultatet aldrig ligger over den sande tid.
    assert timer_fra_besoeg(10**12, 1) == Decimal("16666666666.66666666666666666")
    assert timer_fra_besoeg(1, 10**9) == Decimal("16666666.66666666666666666666")
