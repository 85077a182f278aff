"""Ledsagelse: hele resultatet (svar, grunde, begrundelse og kilder) og de præcise fejlbeskeder.

Begrundelsen er det, en sagsbehandler læser op, og kilderne er reglens hjemmel; begge er en del
af kontrakten og pinnes her for hver gren af reglerne. Fejlbeskeden for dårligt input skal
nævne argumentet, hvad der blev givet, og hvad der accepteres.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta
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
from forloebsregler.afregning import Forloebstype
from forloebsregler.fakturering import betalingsmaerkning, kontroller_faktura
from forloebsregler.fejl import (
    ManglendeTakstFejl,
    NaivtTidspunktFejl,
    UgyldigTypeFejl,
    UgyldigVaerdiFejl,
    UkendtNavnFejl,
)
from forloebsregler.kalender import KOEBENHAVN
from forloebsregler.kontraktomfang import forventet_omfang, sammenlign_med_kontrakt
from forloebsregler.ledsagelse import (
    Daekning,
    afdelingsskift,
    kan_aftale_indgaas,
    omfattet_af_aftalen,
)
from forloebsregler.ledsagerforhold import (
    Aftalepart,
    Skadetype,
    ansvar_ved_skade,
    id_armbaand,
    personlige_hjaelpere,
)
from forloebsregler.takster import STANDARD_TAKSTREGISTER, TAKSTER_2019

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


def _felter(resultat: Any) -> dict[str, Any]:
    """Resultatets felter med kilderne som deres konstantnavne (KILDE_...)."""
    ud: dict[str, Any] = {}
    for a in attrs.fields(type(resultat)):
        if a.name == "anvendte_parametre":  # issue 16: prøves i tests/test_takster_parametre.py
            continue
        v = getattr(resultat, a.name)
        ud[a.name] = tuple(_KILDENAVNE[id(k)] for k in v) if a.name == "kilder" else v
    return ud


OMFATTET: dict[str, Any] = {
    "folkeregisteradresse_i_syddanmark": True,
    "sygehus_i_syddanmark": True,
    "i_maalgruppen": True,
    "kommunen_i_kontakt": True,
    "paaroerende_kan_foelge": False,
}
REG2020 = STANDARD_TAKSTREGISTER.med(
    TAKSTER_2019.fremskriv(
        Decimal("1.1"), niveau="2020-niveau", gyldig_fra="2020-01-01", gyldig_til="2020-12-31"
    )
)
OMFANG = forventet_omfang(start="2019-05-06", timer_i_alt=4)
# Natten til sommertid: fristen fire reelle timer efter 23:30 er kl. 04:30 sommertid.
ANKOMST = datetime(2024, 3, 30, 23, 30, tzinfo=KOEBENHAVN)

RESULTATER: list[tuple[str, Any, dict[str, Any]]] = [
    (
        "Målgruppe: omfattet",
        lambda: omfattet_af_aftalen(**OMFATTET),
        {
            "omfattet": Daekning.OPFYLDT,
            "grunde": (),
            "ukendte": (),
            "begrundelse": "Borgeren er omfattet af samarbejdsaftalen om ledsagelse.",
            "kilder": (
                "KILDE_SYDDANMARK",
                "KILDE_ALLE_ALDRE",
            ),
            "fortolkninger": (),
        },
    ),
    (
        "Målgruppe: alle grunde",
        lambda: omfattet_af_aftalen(
            folkeregisteradresse_i_syddanmark=False,
            sygehus_i_syddanmark=False,
            i_maalgruppen=False,
            kommunen_i_kontakt=False,
            paaroerende_kan_foelge=True,
            barn=True,
            foraeldre_kan_daekke_behovet=True,
            respirator=True,
            behandling_i_eget_hjem=True,
        ),
        {
            "omfattet": Daekning.IKKE_OPFYLDT,
            "grunde": (
                "borgeren har ikke folkeregisteradresse i Region Syddanmark",
                "behandlingen sker ikke på et sygehus i Region Syddanmark",
                "borgerens funktionsniveau/adfærd placerer ikke borgeren i målgruppen",
                "kommunen er ikke i kontakt med borgeren",
                "barnets behov kan dækkes af forældre eller tilsvarende omsorgspersoner",
                "borgeren har respirator (særskilt betalingsaftale)",
                "behandlingen sker i borgerens eget hjem, ikke på sygehuset",
            ),
            "ukendte": (),
            "begrundelse": (
                "Borgeren er ikke omfattet, fordi borgeren har ikke folkeregisteradresse i "
                "Region Syddanmark; behandlingen sker ikke på et sygehus i Region Syddanmark; "
                "borgerens funktionsniveau/adfærd placerer ikke borgeren i målgruppen; "
                "kommunen er ikke i kontakt med borgeren; barnets behov kan dækkes af forældre "
                "eller tilsvarende omsorgspersoner; borgeren har respirator (særskilt "
                "betalingsaftale); behandlingen sker i borgerens eget hjem, ikke på sygehuset. "
                "Svaret hviler på læsninger i fortolkningsloggen (LED-17: behandling i eget "
                "hjem er uden for aftalen; LED-18: for et barn afgør børneafsnittet, ikke "
                "pårørendebetingelsen)."
            ),
            "kilder": (
                "KILDE_SYDDANMARK",
                "KILDE_ALLE_ALDRE",
                "KILDE_BOERN",
                "KILDE_RESPIRATOR",
                "KILDE_EGET_HJEM",
            ),
            "fortolkninger": (
                "LED-17",
                "LED-18",
            ),
        },
    ),
    (
        "Målgruppe: alt ukendt",
        lambda: omfattet_af_aftalen(
            folkeregisteradresse_i_syddanmark=None,
            sygehus_i_syddanmark=None,
            i_maalgruppen=None,
            kommunen_i_kontakt=None,
            paaroerende_kan_foelge=None,
            barn=None,
            foraeldre_kan_daekke_behovet=None,
            respirator=None,
            behandling_i_eget_hjem=None,
        ),
        {
            "omfattet": Daekning.KAN_IKKE_AFGOERES,
            "grunde": (),
            "ukendte": (
                "folkeregisteradresse",
                "sygehusets region",
                "målgruppe",
                "kommunens kontakt",
                "pårørende",
                "om forældrene kan dække behovet",
                "respirator",
                "behandlingssted",
            ),
            "begrundelse": (
                "Det kan ikke afgøres, om borgeren er omfattet; ukendt: folkeregisteradresse, "
                "sygehusets region, målgruppe, kommunens kontakt, pårørende, om forældrene kan "
                "dække behovet, respirator, behandlingssted. Svaret hviler på læsninger i "
                "fortolkningsloggen (LED-18: for et barn afgør børneafsnittet, ikke "
                "pårørendebetingelsen)."
            ),
            "kilder": (
                "KILDE_SYDDANMARK",
                "KILDE_ALLE_ALDRE",
                "KILDE_BOERN",
                "KILDE_RESPIRATOR",
                "KILDE_EGET_HJEM",
            ),
            "fortolkninger": ("LED-18",),
        },
    ),
    (
        "Målgruppe: barn, forældre ukendt",
        lambda: omfattet_af_aftalen(**OMFATTET, barn=True, foraeldre_kan_daekke_behovet=None),
        {
            "omfattet": Daekning.KAN_IKKE_AFGOERES,
            "grunde": (),
            "ukendte": ("om forældrene kan dække behovet",),
            "begrundelse": (
                "Det kan ikke afgøres, om borgeren er omfattet; ukendt: om forældrene kan "
                "dække behovet. Svaret hviler på læsninger i fortolkningsloggen (LED-18: for "
                "et barn afgør børneafsnittet, ikke pårørendebetingelsen)."
            ),
            "kilder": (
                "KILDE_SYDDANMARK",
                "KILDE_ALLE_ALDRE",
                "KILDE_BOERN",
            ),
            "fortolkninger": ("LED-18",),
        },
    ),
    (
        "Målgruppe: barn omfattet",
        lambda: omfattet_af_aftalen(**OMFATTET, barn=True, foraeldre_kan_daekke_behovet=False),
        {
            "omfattet": Daekning.OPFYLDT,
            "grunde": (),
            "ukendte": (),
            "begrundelse": (
                "Barnet er omfattet af samarbejdsaftalen om ledsagelse, fordi dets behov ikke "
                "kan dækkes af forældre eller tilsvarende omsorgspersoner. Svaret hviler på "
                "læsninger i fortolkningsloggen (LED-18: for et barn afgør børneafsnittet, "
                "ikke pårørendebetingelsen)."
            ),
            "kilder": (
                "KILDE_SYDDANMARK",
                "KILDE_ALLE_ALDRE",
                "KILDE_BOERN",
            ),
            "fortolkninger": ("LED-18",),
        },
    ),
    (
        "Målgruppe: grund og ukendt",
        lambda: omfattet_af_aftalen(**{**OMFATTET, "i_maalgruppen": None}, respirator=True),
        {
            "omfattet": Daekning.IKKE_OPFYLDT,
            "grunde": ("borgeren har respirator (særskilt betalingsaftale)",),
            "ukendte": ("målgruppe",),
            "begrundelse": (
                "Borgeren er ikke omfattet, fordi borgeren har respirator (særskilt "
                "betalingsaftale)."
            ),
            "kilder": (
                "KILDE_SYDDANMARK",
                "KILDE_ALLE_ALDRE",
                "KILDE_RESPIRATOR",
            ),
            "fortolkninger": (),
        },
    ),
    (
        "Generelle forpligtelser: planlagt, kan indgås",
        lambda: kan_aftale_indgaas(
            "PLANLAGT",
            sygehuset_vurderer_behov=True,
            kommunen_har_personale=True,
            indgaaet_foer_behandling=True,
        ),
        {
            "kan_indgaas": Daekning.OPFYLDT,
            "beslutter": "sygehuset",
            "fortolkninger": (),
            "kommunens_pligter": (
                (
                    "gøre sygehuset opmærksom på behovet, så snart kommunen ved, hvor borgeren "
                    "skal behandles"
                ),
                "begrunde sin vurdering over for sygehuset",
            ),
            "grunde": (),
            "begrundelse": "Aftalen kan indgås; det er alene sygehuset, der træffer beslutningen.",
            "kilder": (
                "KILDE_SYGEHUSET_VURDERER",
                "KILDE_PERSONALE",
                "KILDE_IKKE_RELATERET",
                "KILDE_KOMMUNEN_GOER_OPMAERKSOM",
                "KILDE_FORUD_FOR_PLANLAGT",
            ),
        },
    ),
    (
        "Generelle forpligtelser: planlagt, alle grunde",
        lambda: kan_aftale_indgaas(
            "PLANLAGT",
            sygehuset_vurderer_behov=False,
            kommunen_har_personale=False,
            relateret_til_sygehusbehandling=False,
            indgaaet_foer_behandling=False,
        ),
        {
            "kan_indgaas": Daekning.IKKE_OPFYLDT,
            "beslutter": "sygehuset",
            "fortolkninger": (),
            "kommunens_pligter": (
                (
                    "gøre sygehuset opmærksom på behovet, så snart kommunen ved, hvor borgeren "
                    "skal behandles"
                ),
                "begrunde sin vurdering over for sygehuset",
            ),
            "grunde": (
                "sygehuset har ikke vurderet, at der er behov for ledsagelse",
                "kommunen har ikke det nødvendige personale til rådighed",
                (
                    "bistanden er ikke relateret til sygehusbehandlingen og er fortsat en "
                    "kommunal opgave"
                ),
                "aftalen skal indgås forud for planlagt behandling",
            ),
            "begrundelse": (
                "Aftalen kan ikke indgås, fordi sygehuset har ikke vurderet, at der er behov for "
                "ledsagelse; kommunen har ikke det nødvendige personale til rådighed; bistanden "
                "er ikke relateret til sygehusbehandlingen og er fortsat en kommunal opgave; "
                "aftalen skal indgås forud for planlagt behandling."
            ),
            "kilder": (
                "KILDE_SYGEHUSET_VURDERER",
                "KILDE_PERSONALE",
                "KILDE_IKKE_RELATERET",
                "KILDE_KOMMUNEN_GOER_OPMAERKSOM",
                "KILDE_FORUD_FOR_PLANLAGT",
            ),
        },
    ),
    (
        "Generelle forpligtelser: planlagt, forud ukendt",
        lambda: kan_aftale_indgaas(
            "PLANLAGT", sygehuset_vurderer_behov=True, kommunen_har_personale=True
        ),
        {
            "kan_indgaas": Daekning.OPFYLDT,
            "beslutter": "sygehuset",
            "fortolkninger": (),
            "kommunens_pligter": (
                (
                    "gøre sygehuset opmærksom på behovet, så snart kommunen ved, hvor borgeren "
                    "skal behandles"
                ),
                "begrunde sin vurdering over for sygehuset",
            ),
            "grunde": (),
            "begrundelse": "Aftalen kan indgås; det er alene sygehuset, der træffer beslutningen.",
            "kilder": (
                "KILDE_SYGEHUSET_VURDERER",
                "KILDE_PERSONALE",
                "KILDE_IKKE_RELATERET",
                "KILDE_KOMMUNEN_GOER_OPMAERKSOM",
                "KILDE_FORUD_FOR_PLANLAGT",
            ),
        },
    ),
    (
        "Akutte forløb: alt ukendt",
        lambda: kan_aftale_indgaas(
            "AKUT",
            sygehuset_vurderer_behov=None,
            kommunen_har_personale=None,
            relateret_til_sygehusbehandling=None,
            indgaaet_foer_behandling=False,
        ),
        {
            "kan_indgaas": Daekning.KAN_IKKE_AFGOERES,
            "beslutter": "sygehuset",
            "fortolkninger": (),
            "kommunens_pligter": (
                (
                    "vurdere behovet ved akut opstået behandlingsbehov og i givet fald sende "
                    "ledsager med"
                ),
            ),
            "grunde": (),
            "begrundelse": (
                "Det kan ikke afgøres, om aftalen kan indgås; ukendt: sygehusets vurdering, "
                "kommunens personale, om bistanden er relateret til sygehusbehandlingen."
            ),
            "kilder": (
                "KILDE_SYGEHUSET_VURDERER",
                "KILDE_PERSONALE",
                "KILDE_IKKE_RELATERET",
                "KILDE_AKUT_KOMMUNEN_VURDERER",
            ),
        },
    ),
    (
        "Akutte forløb: kan indgås",
        lambda: kan_aftale_indgaas(
            Forloebstype.AKUT, sygehuset_vurderer_behov=True, kommunen_har_personale=True
        ),
        {
            "kan_indgaas": Daekning.OPFYLDT,
            "beslutter": "sygehuset",
            "fortolkninger": (),
            "kommunens_pligter": (
                (
                    "vurdere behovet ved akut opstået behandlingsbehov og i givet fald sende "
                    "ledsager med"
                ),
            ),
            "grunde": (),
            "begrundelse": "Aftalen kan indgås; det er alene sygehuset, der træffer beslutningen.",
            "kilder": (
                "KILDE_SYGEHUSET_VURDERER",
                "KILDE_PERSONALE",
                "KILDE_IKKE_RELATERET",
                "KILDE_AKUT_KOMMUNEN_VURDERER",
            ),
        },
    ),
    (
        "Afdelingsskift: behov fortsat",
        lambda: afdelingsskift(behov_fortsat=True),
        {
            "aftalen_overtages": Daekning.OPFYLDT,
            "ansvar_for_kontaktoplysninger": "den overførende afdeling",
            "begrundelse": (
                "Den nye afdeling overtager den indgåede aftale om ledsagelse. Den overførende "
                "afdeling sørger for kontaktoplysningerne."
            ),
            "kilder": ("KILDE_AFDELINGSSKIFT",),
        },
    ),
    (
        "Afdelingsskift: intet behov",
        lambda: afdelingsskift(behov_fortsat=False),
        {
            "aftalen_overtages": Daekning.IKKE_OPFYLDT,
            "ansvar_for_kontaktoplysninger": "den overførende afdeling",
            "begrundelse": (
                "Behovet er ikke længere til stede, så aftalen overtages ikke. Den overførende "
                "afdeling sørger for kontaktoplysningerne."
            ),
            "kilder": ("KILDE_AFDELINGSSKIFT",),
        },
    ),
    (
        "Afdelingsskift: ukendt",
        lambda: afdelingsskift(behov_fortsat=None),
        {
            "aftalen_overtages": Daekning.KAN_IKKE_AFGOERES,
            "ansvar_for_kontaktoplysninger": "den overførende afdeling",
            "begrundelse": (
                "Om aftalen overtages, afhænger af, om behovet stadig vurderes at være til stede. "
                "Den overførende afdeling sørger for kontaktoplysningerne."
            ),
            "kilder": ("KILDE_AFDELINGSSKIFT",),
        },
    ),
    (
        "Punkt 6: A, 4 timer 2019",
        lambda: forventet_omfang(start="2019-05-06", timer_i_alt=4),
        {
            "form": "A",
            "forventede_timer": Decimal("4"),
            "niveau": "2019-niveau",
            "beloeb_grundtakst": Decimal("1108.84"),
            "beloeb_hoejeste_takst": Decimal("2494.84"),
            "begrundelse": (
                "Kontrakten forventer 4 timer (form A); efter 2019-niveau svarer det til "
                "1.108,84 kr. i grundtakst og højst 2.494,84 kr. med det største tillæg. "
                "Svaret hviler på læsninger i fortolkningsloggen (LED-15: loftet regnes med "
                "tabellens højeste takst)."
            ),
            "kilder": (
                "KILDE_OMFANG",
                "KILDE_OEKONOMI",
            ),
            "fortolkninger": ("LED-15",),
        },
    ),
    (
        "Punkt 6: B, 7,5 t × 3 døgn",
        lambda: forventet_omfang(start=date(2019, 5, 6), timer_pr_doegn="7.5", doegn=3),
        {
            "form": "B",
            "forventede_timer": Decimal("22.5"),
            "niveau": "2019-niveau",
            "beloeb_grundtakst": Decimal("6237.23"),
            "beloeb_hoejeste_takst": Decimal("14033.48"),
            "begrundelse": (
                "Kontrakten forventer 22,5 timer (form B); efter 2019-niveau svarer det til "
                "6.237,23 kr. i grundtakst og højst 14.033,48 kr. med det største tillæg. "
                "Svaret hviler på læsninger i fortolkningsloggen (LED-15: loftet regnes med "
                "tabellens højeste takst)."
            ),
            "kilder": (
                "KILDE_OMFANG",
                "KILDE_OEKONOMI",
            ),
            "fortolkninger": ("LED-15",),
        },
    ),
    (
        "Punkt 6: register 2020",
        lambda: forventet_omfang(start="2020-02-03", timer_i_alt=10, takster=REG2020),
        {
            "form": "A",
            "forventede_timer": Decimal("10"),
            "niveau": "2020-niveau",
            "beloeb_grundtakst": Decimal("3049.30"),
            "beloeb_hoejeste_takst": Decimal("6860.80"),
            "begrundelse": (
                "Kontrakten forventer 10 timer (form A); efter 2020-niveau svarer det til "
                "3.049,30 kr. i grundtakst og højst 6.860,80 kr. med det største tillæg. "
                "Svaret hviler på læsninger i fortolkningsloggen (LED-15: loftet regnes med "
                "tabellens højeste takst)."
            ),
            "kilder": (
                "KILDE_OMFANG",
                "KILDE_OEKONOMI",
            ),
            "fortolkninger": ("LED-15",),
        },
    ),
    (
        "Punkt 6: tabel gælder uanset dato",
        lambda: forventet_omfang(
            start="2031-02-03", timer_i_alt="2.5", takster=TAKSTER_2019.uden_datograense()
        ),
        {
            "form": "A",
            "forventede_timer": Decimal("2.5"),
            "niveau": "2019-niveau",
            "beloeb_grundtakst": Decimal("693.03"),
            "beloeb_hoejeste_takst": Decimal("1559.28"),
            "begrundelse": (
                "Kontrakten forventer 2,5 timer (form A); efter 2019-niveau svarer det til "
                "693,03 kr. i grundtakst og højst 1.559,28 kr. med det største tillæg. Svaret "
                "hviler på læsninger i fortolkningsloggen (LED-15: loftet regnes med tabellens "
                "højeste takst)."
            ),
            "kilder": (
                "KILDE_OMFANG",
                "KILDE_OEKONOMI",
            ),
            "fortolkninger": ("LED-15",),
        },
    ),
    (
        "Punkt 6: nul timer",
        lambda: forventet_omfang(start="2019-12-31", timer_pr_doegn=0, doegn=5),
        {
            "form": "B",
            "forventede_timer": Decimal("0"),
            "niveau": "2019-niveau",
            "beloeb_grundtakst": Decimal("0.00"),
            "beloeb_hoejeste_takst": Decimal("0.00"),
            "begrundelse": (
                "Kontrakten forventer 0 timer (form B); efter 2019-niveau svarer det til 0,00 "
                "kr. i grundtakst og højst 0,00 kr. med det største tillæg. Svaret hviler på "
                "læsninger i fortolkningsloggen (LED-15: loftet regnes med tabellens højeste "
                "takst)."
            ),
            "kilder": (
                "KILDE_OMFANG",
                "KILDE_OEKONOMI",
            ),
            "fortolkninger": ("LED-15",),
        },
    ),
    (
        "Punkt 6: over forventet",
        lambda: sammenlign_med_kontrakt(OMFANG, Decimal("5.25")),
        {
            "forventede_timer": Decimal("4"),
            "faktiske_timer": Decimal("5.25"),
            "forskel": Decimal("1.25"),
            "over_forventet": True,
            "begrundelse": (
                "Forløbet brugte 5,25 timer mod forventet 4 (over kontraktens forventede omfang)."
            ),
            "kilder": ("KILDE_OMFANG",),
        },
    ),
    (
        "Punkt 6: under forventet (timedelta)",
        lambda: sammenlign_med_kontrakt(OMFANG, timedelta(hours=3, minutes=30)),
        {
            "forventede_timer": Decimal("4"),
            "faktiske_timer": Decimal("3.5"),
            "forskel": Decimal("-0.5"),
            "over_forventet": False,
            "begrundelse": (
                "Forløbet brugte 3,5 timer mod forventet 4 (inden for kontraktens forventede "
                "omfang)."
            ),
            "kilder": ("KILDE_OMFANG",),
        },
    ),
    (
        "Punkt 6: præcis forventet",
        lambda: sammenlign_med_kontrakt(OMFANG, 4),
        {
            "forventede_timer": Decimal("4"),
            "faktiske_timer": Decimal("4"),
            "forskel": Decimal("0"),
            "over_forventet": False,
            "begrundelse": (
                "Forløbet brugte 4 timer mod forventet 4 (inden for kontraktens forventede omfang)."
            ),
            "kilder": ("KILDE_OMFANG",),
        },
    ),
    (
        "Punkt 6: lige over forventet",
        lambda: sammenlign_med_kontrakt(OMFANG, timedelta(hours=4, seconds=36)),
        {
            "forventede_timer": Decimal("4"),
            "faktiske_timer": Decimal("4.01"),
            "forskel": Decimal("0.01"),
            "over_forventet": True,
            "begrundelse": (
                "Forløbet brugte 4,01 timer mod forventet 4 (over kontraktens forventede omfang)."
            ),
            "kilder": ("KILDE_OMFANG",),
        },
    ),
    (
        "Personlige hjælpere: akut, opretholdes",
        lambda: personlige_hjaelpere(
            "AKUT", aflonnes_af="BORGER", ordningen_opretholdes=True, ankomst=ANKOMST
        ),
        {
            "beslutter": "den behandlende sygehusafdeling",
            "vurderingsfrist": datetime(2024, 3, 31, 4, 30, tzinfo=KOEBENHAVN),
            "sygehuset_betaler": Daekning.OPFYLDT,
            "aftalepart": Aftalepart.BORGER,
            "skal_skelne_foraeldreomsorg": False,
            "begrundelse": (
                "Den behandlende sygehusafdeling vurderer, om ordningen opretholdes, senest "
                "31.03.2024 kl. 04:30; den opretholdes, så sygehuset betaler og indgår aftalen "
                "med borgeren. Fra hvilket tidspunkt sygehuset betaler hjælperne i et akut "
                "forløb (før vurderingen og kontrakten), siger kilderne ikke; det kan ikke "
                "afgøres. Svaret hviler på læsninger i fortolkningsloggen (LED-20: kilderne "
                "siger ikke, fra hvornår sygehuset betaler hjælperne akut)."
            ),
            "kilder": (
                "KILDE_HJAELPERE",
                "KILDE_HJAELPERE_BETALING",
                "KILDE_HJAELPERE_AFTALEPART",
            ),
            "betalingsstart": Daekning.KAN_IKKE_AFGOERES,
            "fortolkninger": ("LED-20",),
        },
    ),
    (
        "Personlige hjælpere: planlagt, opretholdes ikke",
        lambda: personlige_hjaelpere(
            "PLANLAGT", aflonnes_af=Aftalepart.KOMMUNE, ordningen_opretholdes=False, ankomst=ANKOMST
        ),
        {
            "beslutter": "den behandlende sygehusafdeling",
            "vurderingsfrist": None,
            "sygehuset_betaler": Daekning.IKKE_OPFYLDT,
            "aftalepart": Aftalepart.KOMMUNE,
            "skal_skelne_foraeldreomsorg": False,
            "begrundelse": (
                "Den behandlende sygehusafdeling vurderer, om ordningen opretholdes; den "
                "opretholdes ikke under indlæggelsen."
            ),
            "kilder": (
                "KILDE_HJAELPERE",
                "KILDE_HJAELPERE_BETALING",
                "KILDE_HJAELPERE_AFTALEPART",
            ),
            "betalingsstart": Daekning.IKKE_OPFYLDT,
            "fortolkninger": (),
        },
    ),
    (
        "Personlige hjælpere: ukendt, forældre",
        lambda: personlige_hjaelpere(
            "planlagt",
            aflonnes_af="arbejdsgiver",
            ordningen_opretholdes=None,
            foraeldre_hjaelpere_for_barn_over_18=True,
        ),
        {
            "beslutter": "den behandlende sygehusafdeling",
            "vurderingsfrist": None,
            "sygehuset_betaler": Daekning.KAN_IKKE_AFGOERES,
            "aftalepart": Aftalepart.ARBEJDSGIVER,
            "skal_skelne_foraeldreomsorg": True,
            "begrundelse": (
                "Den behandlende sygehusafdeling vurderer, om ordningen opretholdes; "
                "vurderingen foreligger ikke, så betalingen kan ikke afgøres. Sygehuset skal "
                "tydeligt angive, hvornår forældrenes tilstedeværelse er betalt hjælp, og "
                "hvornår den er almindelig pårørendeomsorg."
            ),
            "kilder": (
                "KILDE_HJAELPERE",
                "KILDE_HJAELPERE_BETALING",
                "KILDE_HJAELPERE_AFTALEPART",
                "KILDE_FORAELDRE_HJAELPERE",
            ),
            "betalingsstart": Daekning.KAN_IKKE_AFGOERES,
            "fortolkninger": (),
        },
    ),
    (
        "ID-armbånd: akut, ledsager sendes",
        lambda: id_armbaand(
            "AKUT", kommunen_sender_ledsager=True, medarbejder_til_stede_forud=True
        ),
        {
            "kraeves": Daekning.IKKE_OPFYLDT,
            "begrundelse": "Kommunen sender ledsager med, så der kræves ikke ID-armbånd.",
            "kilder": ("KILDE_ID_AKUT",),
        },
    ),
    (
        "ID-armbånd: planlagt, ledsager sendes",
        lambda: id_armbaand("PLANLAGT", kommunen_sender_ledsager=True),
        {
            "kraeves": Daekning.IKKE_OPFYLDT,
            "begrundelse": "Kommunen sender ledsager med, så der kræves ikke ID-armbånd.",
            "kilder": ("KILDE_ID_PLANLAGT",),
        },
    ),
    (
        "ID-armbånd: planlagt uden ledsager",
        lambda: id_armbaand(
            "PLANLAGT", kommunen_sender_ledsager=False, medarbejder_til_stede_forud=False
        ),
        {
            "kraeves": Daekning.OPFYLDT,
            "begrundelse": (
                "Kommunen sender ikke ledsager med og skal give borgeren et ID-armbånd. Armbåndet "
                "skal have et kontakttelefonnummer til kommunen."
            ),
            "kilder": ("KILDE_ID_PLANLAGT",),
        },
    ),
    (
        "ID-armbånd: akut, ukendt",
        lambda: id_armbaand("AKUT", kommunen_sender_ledsager=False),
        {
            "kraeves": Daekning.KAN_IKKE_AFGOERES,
            "begrundelse": (
                "Ved akutte forløb kræves ID-armbånd, når en kommunal medarbejder er hos borgeren "
                "forud; det er ikke oplyst."
            ),
            "kilder": ("KILDE_ID_AKUT",),
        },
    ),
    (
        "ID-armbånd: akut, medarbejder til stede",
        lambda: id_armbaand(
            "AKUT", kommunen_sender_ledsager=False, medarbejder_til_stede_forud=True
        ),
        {
            "kraeves": Daekning.OPFYLDT,
            "begrundelse": (
                "En kommunal medarbejder var hos borgeren forud, så kommunen skal give et "
                "ID-armbånd. Armbåndet skal have et kontakttelefonnummer til kommunen."
            ),
            "kilder": ("KILDE_ID_AKUT",),
        },
    ),
    (
        "ID-armbånd: akut, ingen medarbejder",
        lambda: id_armbaand(
            "AKUT", kommunen_sender_ledsager=False, medarbejder_til_stede_forud=False
        ),
        {
            "kraeves": Daekning.IKKE_OPFYLDT,
            "begrundelse": (
                "Ingen kommunal medarbejder var hos borgeren forud, så kravet gælder ikke."
            ),
            "kilder": ("KILDE_ID_AKUT",),
        },
    ),
    (
        "Ansvar: ledsager skadet",
        lambda: ansvar_ved_skade("LEDSAGER_SKADET"),
        {
            "ansvarlig": "kommunen",
            "anmeldes_til": "kommunens arbejdsskadeforsikring",
            "begrundelse": (
                "Kommunen har ansvaret for ledsageren; når ledsageren er blevet skadet, anmeldes "
                "skaden til kommunens arbejdsskadeforsikring. Ledsageren må kun udføre de aftalte "
                "opgaver."
            ),
            "kilder": ("KILDE_ANSVAR", "KILDE_ARBEJDSSKADE", "KILDE_AFTALTE_OPGAVER"),
        },
    ),
    (
        "Ansvar: skade på andre",
        lambda: ansvar_ved_skade(Skadetype.SKADE_PAA_ANDRE),
        {
            "ansvarlig": "kommunen",
            "anmeldes_til": "kommunens ansvarsforsikring",
            "begrundelse": (
                "Kommunen har ansvaret for ledsageren; når ledsageren har skadet andres person "
                "eller ting, anmeldes skaden til kommunens ansvarsforsikring. Ledsageren må kun "
                "udføre de aftalte opgaver."
            ),
            "kilder": ("KILDE_ANSVAR", "KILDE_ANSVARSFORSIKRING", "KILDE_AFTALTE_OPGAVER"),
        },
    ),
    (
        "Faktura: i orden",
        lambda: kontroller_faktura(
            skriftlig_aftale=True,
            blanket_vedhaeftet=True,
            afdelinger={"Akutmodtagelsen": timedelta(hours=3), "Medicinsk": timedelta(hours=9)},
            aftaleafdeling="Akutmodtagelsen",
            ean_nummer=" 5798000000000 ",
        ),
        {
            "kan_afvises": Daekning.IKKE_OPFYLDT,
            "mangler": (),
            "ansvarlig_afdeling": "Akutmodtagelsen",
            "begrundelse": (
                "Der er skriftlig aftale, og blankettens oplysninger følger med regningen."
            ),
            "kilder": (
                "KILDE_AFVISNING",
                "KILDE_BLANKET_AFDELINGER",
                "KILDE_ANSVARLIG_AFDELING",
                "KILDE_EAN",
                "KILDE_EN_BLANKET",
                "KILDE_FLERE_PR_REGNING",
            ),
            "fortolkninger": (),
        },
    ),
    (
        "Faktura: afvises",
        lambda: kontroller_faktura(
            skriftlig_aftale=False,
            blanket_vedhaeftet=False,
            alle_blanketoplysninger_paa_regningen=False,
        ),
        {
            "kan_afvises": Daekning.OPFYLDT,
            "mangler": (
                "afdelinger og tiden på hver afdeling",
                "sygehusafdelingens EAN-nummer",
                "den ansvarlige afdeling (den, der indgik aftalen)",
            ),
            "ansvarlig_afdeling": None,
            "begrundelse": (
                "Sygehuset kan afvise regningen: der er ingen skriftlig aftale om ledsagelse, "
                "så der kan ikke sendes regning; blanketten er ikke vedhæftet, og dens "
                "oplysninger står ikke på regningen. Mangler: afdelinger og tiden på hver "
                "afdeling; sygehusafdelingens EAN-nummer; den ansvarlige afdeling (den, der "
                "indgik aftalen). Svaret hviler på læsninger i fortolkningsloggen (LED-19: en "
                "regning uden blanket kan afvises, medmindre oplysningerne står på den)."
            ),
            "kilder": (
                "KILDE_AFVISNING",
                "KILDE_BLANKET_AFDELINGER",
                "KILDE_ANSVARLIG_AFDELING",
                "KILDE_EAN",
                "KILDE_EN_BLANKET",
                "KILDE_FLERE_PR_REGNING",
            ),
            "fortolkninger": ("LED-19",),
        },
    ),
    (
        "Faktura: ukendt aftale og blanket",
        lambda: kontroller_faktura(skriftlig_aftale=None, blanket_vedhaeftet=None),
        {
            "kan_afvises": Daekning.KAN_IKKE_AFGOERES,
            "mangler": (
                "afdelinger og tiden på hver afdeling",
                "sygehusafdelingens EAN-nummer",
                "den ansvarlige afdeling (den, der indgik aftalen)",
            ),
            "ansvarlig_afdeling": None,
            "begrundelse": (
                "Det kan ikke afgøres, om regningen kan afvises; ukendt: skriftlig aftale, om "
                "blanketten er vedhæftet. Mangler: afdelinger og tiden på hver afdeling; "
                "sygehusafdelingens EAN-nummer; den ansvarlige afdeling (den, der indgik "
                "aftalen)."
            ),
            "kilder": (
                "KILDE_AFVISNING",
                "KILDE_BLANKET_AFDELINGER",
                "KILDE_ANSVARLIG_AFDELING",
                "KILDE_EAN",
                "KILDE_EN_BLANKET",
                "KILDE_FLERE_PR_REGNING",
            ),
            "fortolkninger": (),
        },
    ),
    (
        "Faktura: uden blanket, oplysninger ukendt",
        lambda: kontroller_faktura(
            skriftlig_aftale=True, blanket_vedhaeftet=False, afdelinger=[["M", timedelta(hours=1)]]
        ),
        {
            "kan_afvises": Daekning.KAN_IKKE_AFGOERES,
            "mangler": (
                "sygehusafdelingens EAN-nummer",
                "den ansvarlige afdeling (den, der indgik aftalen)",
            ),
            "ansvarlig_afdeling": None,
            "begrundelse": (
                "Det kan ikke afgøres, om regningen kan afvises; ukendt: om blankettens "
                "oplysninger står på regningen. Mangler: sygehusafdelingens EAN-nummer; den "
                "ansvarlige afdeling (den, der indgik aftalen). Svaret hviler på læsninger i "
                "fortolkningsloggen (LED-19: en regning uden blanket kan afvises, medmindre "
                "oplysningerne står på den)."
            ),
            "kilder": (
                "KILDE_AFVISNING",
                "KILDE_BLANKET_AFDELINGER",
                "KILDE_ANSVARLIG_AFDELING",
                "KILDE_EAN",
                "KILDE_EN_BLANKET",
                "KILDE_FLERE_PR_REGNING",
            ),
            "fortolkninger": ("LED-19",),
        },
    ),
    (
        "Faktura: uden blanket, oplysninger på regningen",
        lambda: kontroller_faktura(
            skriftlig_aftale=True,
            blanket_vedhaeftet=False,
            alle_blanketoplysninger_paa_regningen=True,
            aftaleafdeling="M",
        ),
        {
            "kan_afvises": Daekning.IKKE_OPFYLDT,
            "mangler": (
                "afdelinger og tiden på hver afdeling",
                "sygehusafdelingens EAN-nummer",
            ),
            "ansvarlig_afdeling": "M",
            "begrundelse": (
                "Der er skriftlig aftale, og blankettens oplysninger følger med regningen. "
                "Mangler: afdelinger og tiden på hver afdeling; sygehusafdelingens EAN-nummer. "
                "Svaret hviler på læsninger i fortolkningsloggen (LED-19: en regning uden "
                "blanket kan afvises, medmindre oplysningerne står på den)."
            ),
            "kilder": (
                "KILDE_AFVISNING",
                "KILDE_BLANKET_AFDELINGER",
                "KILDE_ANSVARLIG_AFDELING",
                "KILDE_EAN",
                "KILDE_EN_BLANKET",
                "KILDE_FLERE_PR_REGNING",
            ),
            "fortolkninger": ("LED-19",),
        },
    ),
]


@pytest.mark.parametrize(
    ("kald", "forventet"),
    [r[1:] for r in RESULTATER],
    ids=[r[0] for r in RESULTATER],
)
def test_hele_resultatet(kald: Any, forventet: dict[str, Any]) -> None:
    resultat = kald()
    assert _felter(resultat) == forventet
    assert str(resultat) == forventet["begrundelse"]


def test_betalingsmaerkning_fjerner_kantmellemrum() -> None:
    assert betalingsmaerkning("  Hans Hansen ", " 2. kvartal 2020 ") == (
        "ledsagelse – Hans Hansen – 2. kvartal 2020"
    )


FEJL: list[tuple[str, Any, type[Exception], str]] = [
    (
        "omfattet folkeregisteradresse_i_syddanmark",
        lambda: omfattet_af_aftalen(**{**OMFATTET, "folkeregisteradresse_i_syddanmark": "ja"}),
        UgyldigTypeFejl,
        (
            "folkeregisteradresse_i_syddanmark: fik 'ja' (type str); accepterer True, False eller "
            "None (ukendt)"
        ),
    ),
    (
        "omfattet sygehus_i_syddanmark",
        lambda: omfattet_af_aftalen(**{**OMFATTET, "sygehus_i_syddanmark": "ja"}),
        UgyldigTypeFejl,
        "sygehus_i_syddanmark: fik 'ja' (type str); accepterer True, False eller None (ukendt)",
    ),
    (
        "omfattet i_maalgruppen",
        lambda: omfattet_af_aftalen(**{**OMFATTET, "i_maalgruppen": "ja"}),
        UgyldigTypeFejl,
        "i_maalgruppen: fik 'ja' (type str); accepterer True, False eller None (ukendt)",
    ),
    (
        "omfattet kommunen_i_kontakt",
        lambda: omfattet_af_aftalen(**{**OMFATTET, "kommunen_i_kontakt": "ja"}),
        UgyldigTypeFejl,
        "kommunen_i_kontakt: fik 'ja' (type str); accepterer True, False eller None (ukendt)",
    ),
    (
        "omfattet paaroerende_kan_foelge",
        lambda: omfattet_af_aftalen(**{**OMFATTET, "paaroerende_kan_foelge": "ja"}),
        UgyldigTypeFejl,
        "paaroerende_kan_foelge: fik 'ja' (type str); accepterer True, False eller None (ukendt)",
    ),
    (
        "omfattet barn",
        lambda: omfattet_af_aftalen(**{**OMFATTET, "barn": "ja"}),
        UgyldigTypeFejl,
        "barn: fik 'ja' (type str); accepterer True, False eller None (ukendt)",
    ),
    (
        "omfattet foraeldre_kan_daekke_behovet",
        lambda: omfattet_af_aftalen(**{**OMFATTET, "foraeldre_kan_daekke_behovet": "ja"}),
        UgyldigTypeFejl,
        (
            "foraeldre_kan_daekke_behovet: fik 'ja' (type str); accepterer True, False eller None "
            "(ukendt)"
        ),
    ),
    (
        "omfattet respirator",
        lambda: omfattet_af_aftalen(**{**OMFATTET, "respirator": "ja"}),
        UgyldigTypeFejl,
        "respirator: fik 'ja' (type str); accepterer True, False eller None (ukendt)",
    ),
    (
        "omfattet behandling_i_eget_hjem",
        lambda: omfattet_af_aftalen(**{**OMFATTET, "behandling_i_eget_hjem": "ja"}),
        UgyldigTypeFejl,
        "behandling_i_eget_hjem: fik 'ja' (type str); accepterer True, False eller None (ukendt)",
    ),
    (
        "aftale forloebstype",
        lambda: kan_aftale_indgaas("X", sygehuset_vurderer_behov=True, kommunen_har_personale=True),
        UkendtNavnFejl,
        "forloebstype: ukendt navn 'X' (type str); accepterer et Forloebstype: AKUT, PLANLAGT",
    ),
    (
        "aftale forloebstype type",
        lambda: kan_aftale_indgaas(3, sygehuset_vurderer_behov=True, kommunen_har_personale=True),
        UgyldigTypeFejl,
        (
            "forloebstype: fik 3 (type int); accepterer et Forloebstype eller dets navn: AKUT, "
            "PLANLAGT"
        ),
    ),
    (
        "aftale behov",
        lambda: kan_aftale_indgaas("AKUT", sygehuset_vurderer_behov=0, kommunen_har_personale=True),
        UgyldigTypeFejl,
        "sygehuset_vurderer_behov: fik 0 (type int); accepterer True, False eller None (ukendt)",
    ),
    (
        "aftale personale",
        lambda: kan_aftale_indgaas(
            "AKUT", sygehuset_vurderer_behov=True, kommunen_har_personale="ja"
        ),
        UgyldigTypeFejl,
        "kommunen_har_personale: fik 'ja' (type str); accepterer True, False eller None (ukendt)",
    ),
    (
        "aftale relateret",
        lambda: kan_aftale_indgaas(
            "AKUT",
            sygehuset_vurderer_behov=True,
            kommunen_har_personale=True,
            relateret_til_sygehusbehandling=1,
        ),
        UgyldigTypeFejl,
        (
            "relateret_til_sygehusbehandling: fik 1 (type int); accepterer True, False eller None "
            "(ukendt)"
        ),
    ),
    (
        "aftale forud",
        lambda: kan_aftale_indgaas(
            "AKUT",
            sygehuset_vurderer_behov=True,
            kommunen_har_personale=True,
            indgaaet_foer_behandling="nej",
        ),
        UgyldigTypeFejl,
        (
            "indgaaet_foer_behandling: fik 'nej' (type str); accepterer True, False eller None "
            "(ukendt)"
        ),
    ),
    (
        "afdelingsskift",
        lambda: afdelingsskift(behov_fortsat="ja"),
        UgyldigTypeFejl,
        "behov_fortsat: fik 'ja' (type str); accepterer True, False eller None (ukendt)",
    ),
    (
        "omfang start",
        lambda: forventet_omfang(start=None, timer_i_alt=1),
        UgyldigTypeFejl,
        "start: fik None (type NoneType); accepterer en date eller en ISO-dato 'ÅÅÅÅ-MM-DD'",
    ),
    (
        "omfang start aar",
        lambda: forventet_omfang(start="1899-12-31", timer_i_alt=1),
        UgyldigVaerdiFejl,
        "start: fik '1899-12-31' (type str); accepterer kun datoer fra 1900-01-01 til 2199-12-31",
    ),
    (
        "omfang begge",
        lambda: forventet_omfang(start="2019-01-01", timer_i_alt=1, doegn=2),
        UgyldigVaerdiFejl,
        (
            "timer_i_alt: fik både A og B1/B2; accepterer enten timer_i_alt (A, ambulant) eller "
            "timer_pr_doegn og doegn (B1 og B2, indlæggelse)"
        ),
    ),
    (
        "omfang begge b1",
        lambda: forventet_omfang(start="2019-01-01", timer_i_alt=1, timer_pr_doegn=2),
        UgyldigVaerdiFejl,
        (
            "timer_i_alt: fik både A og B1/B2; accepterer enten timer_i_alt (A, ambulant) eller "
            "timer_pr_doegn og doegn (B1 og B2, indlæggelse)"
        ),
    ),
    (
        "omfang ingen",
        lambda: forventet_omfang(start="2019-01-01"),
        UgyldigVaerdiFejl,
        (
            "timer_pr_doegn/doegn: fik None (type NoneType) og None (type NoneType); accepterer "
            "enten timer_i_alt (A) eller både timer_pr_doegn og doegn (B1 og B2)"
        ),
    ),
    (
        "omfang kun B1",
        lambda: forventet_omfang(start="2019-01-01", timer_pr_doegn=2),
        UgyldigVaerdiFejl,
        (
            "timer_pr_doegn/doegn: fik 2 (type int) og None (type NoneType); accepterer enten "
            "timer_i_alt (A) eller både timer_pr_doegn og doegn (B1 og B2)"
        ),
    ),
    (
        "omfang kun B2",
        lambda: forventet_omfang(start="2019-01-01", doegn=2),
        UgyldigVaerdiFejl,
        (
            "timer_pr_doegn/doegn: fik None (type NoneType) og 2 (type int); accepterer enten "
            "timer_i_alt (A) eller både timer_pr_doegn og doegn (B1 og B2)"
        ),
    ),
    (
        "omfang negativ",
        lambda: forventet_omfang(start="2019-01-01", timer_i_alt=-1),
        UgyldigVaerdiFejl,
        "timer_i_alt: fik -1 (type int); accepterer kun tal større end eller lig 0",
    ),
    (
        "omfang A for stor",
        lambda: forventet_omfang(start="2019-01-01", timer_i_alt=1_000_001),
        UgyldigVaerdiFejl,
        "timer_i_alt: fik 1000001 (type int); accepterer kun tal mindre end eller lig 1000000",
    ),
    (
        "omfang B1 over",
        lambda: forventet_omfang(start="2019-01-01", timer_pr_doegn="25.01", doegn=1),
        UgyldigVaerdiFejl,
        "timer_pr_doegn: fik '25.01' (type str); accepterer kun tal mindre end eller lig 25",
    ),
    (
        "omfang B1 negativ",
        lambda: forventet_omfang(start="2019-01-01", timer_pr_doegn=-1, doegn=1),
        UgyldigVaerdiFejl,
        "timer_pr_doegn: fik -1 (type int); accepterer kun tal større end eller lig 0",
    ),
    (
        "omfang B2 negativ",
        lambda: forventet_omfang(start="2019-01-01", timer_pr_doegn=1, doegn=-1),
        UgyldigVaerdiFejl,
        "doegn: fik -1 (type int); accepterer kun tal større end eller lig 0",
    ),
    (
        "omfang B2 for stor",
        lambda: forventet_omfang(start="2019-01-01", timer_pr_doegn=1, doegn=100_001),
        UgyldigVaerdiFejl,
        "doegn: fik 100001 (type int); accepterer kun tal mindre end eller lig 100000",
    ),
    (
        "omfang takster",
        lambda: forventet_omfang(start="2019-01-01", timer_i_alt=1, takster="2019"),
        UgyldigTypeFejl,
        (
            "takster: fik '2019' (type str); accepterer en Taksttabel, et Takstregister, en "
            "takstfil som pathlib.Path eller None"
        ),
    ),
    (
        "omfang uden tabel",
        lambda: forventet_omfang(start="2020-01-01", timer_i_alt=1),
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
        "sammenlign omfang",
        lambda: sammenlign_med_kontrakt("4", 3),
        UgyldigTypeFejl,
        "omfang: fik '4' (type str); accepterer et ForventetOmfang",
    ),
    (
        "sammenlign negativ",
        lambda: sammenlign_med_kontrakt(OMFANG, -1),
        UgyldigVaerdiFejl,
        "faktiske_timer: fik -1 (type int); accepterer kun tal større end eller lig 0",
    ),
    (
        "sammenlign for stor",
        lambda: sammenlign_med_kontrakt(OMFANG, 10_000_001),
        UgyldigVaerdiFejl,
        "faktiske_timer: fik 10000001 (type int); accepterer kun tal mindre end eller lig 10000000",
    ),
    (
        "sammenlign negativ tid",
        lambda: sammenlign_med_kontrakt(OMFANG, timedelta(hours=-1)),
        UgyldigVaerdiFejl,
        "faktiske_timer: fik en negativ varighed; accepterer ≥ 0",
    ),
    (
        "sammenlign tekst",
        lambda: sammenlign_med_kontrakt(OMFANG, "fire"),
        UgyldigVaerdiFejl,
        (
            "faktiske_timer: fik 'fire' (type str), som ikke er et tal; accepterer et tal som "
            "Decimal, int eller numerisk streng med punktum ('12.5')"
        ),
    ),
    (
        "hjælpere type",
        lambda: personlige_hjaelpere("X", aflonnes_af="BORGER", ordningen_opretholdes=True),
        UkendtNavnFejl,
        "forloebstype: ukendt navn 'X' (type str); accepterer et Forloebstype: AKUT, PLANLAGT",
    ),
    (
        "hjælpere part",
        lambda: personlige_hjaelpere("PLANLAGT", aflonnes_af="REGION", ordningen_opretholdes=True),
        UkendtNavnFejl,
        (
            "aflonnes_af: ukendt navn 'REGION' (type str); accepterer et Aftalepart: KOMMUNE, "
            "BORGER, ARBEJDSGIVER"
        ),
    ),
    (
        "hjælpere opretholdes",
        lambda: personlige_hjaelpere("PLANLAGT", aflonnes_af="BORGER", ordningen_opretholdes="ja"),
        UgyldigTypeFejl,
        "ordningen_opretholdes: fik 'ja' (type str); accepterer True, False eller None (ukendt)",
    ),
    (
        "hjælpere akut uden ankomst",
        lambda: personlige_hjaelpere("AKUT", aflonnes_af="BORGER", ordningen_opretholdes=True),
        UgyldigVaerdiFejl,
        "ankomst: fik None; et akut forløb kræver ankomsttidspunktet for firetimersfristen",
    ),
    (
        "hjælpere naiv ankomst akut",
        lambda: personlige_hjaelpere(
            "AKUT", aflonnes_af="BORGER", ordningen_opretholdes=True, ankomst=datetime(2019, 1, 1)
        ),
        NaivtTidspunktFejl,
        (
            "ankomst: fik det naive tidspunkt 2019-01-01T00:00:00 uden tidszone; accepterer kun "
            "tidszonebevidste tidspunkter (fx med ZoneInfo('Europe/Copenhagen'))"
        ),
    ),
    (
        "hjælpere naiv ankomst planlagt",
        lambda: personlige_hjaelpere(
            "PLANLAGT",
            aflonnes_af="BORGER",
            ordningen_opretholdes=True,
            ankomst=datetime(2019, 1, 1),
        ),
        NaivtTidspunktFejl,
        (
            "ankomst: fik det naive tidspunkt 2019-01-01T00:00:00 uden tidszone; accepterer kun "
            "tidszonebevidste tidspunkter (fx med ZoneInfo('Europe/Copenhagen'))"
        ),
    ),
    (
        "hjælpere forældre",
        lambda: personlige_hjaelpere(
            "PLANLAGT",
            aflonnes_af="BORGER",
            ordningen_opretholdes=True,
            foraeldre_hjaelpere_for_barn_over_18=None,
        ),
        UgyldigTypeFejl,
        (
            "foraeldre_hjaelpere_for_barn_over_18: fik None (type NoneType); accepterer True "
            "eller False"
        ),
    ),
    (
        "armbånd type",
        lambda: id_armbaand("X", kommunen_sender_ledsager=True),
        UkendtNavnFejl,
        "forloebstype: ukendt navn 'X' (type str); accepterer et Forloebstype: AKUT, PLANLAGT",
    ),
    (
        "armbånd sender",
        lambda: id_armbaand("AKUT", kommunen_sender_ledsager=None),
        UgyldigTypeFejl,
        "kommunen_sender_ledsager: fik None (type NoneType); accepterer True eller False",
    ),
    (
        "armbånd til stede",
        lambda: id_armbaand("AKUT", kommunen_sender_ledsager=False, medarbejder_til_stede_forud=1),
        UgyldigTypeFejl,
        "medarbejder_til_stede_forud: fik 1 (type int); accepterer True, False eller None (ukendt)",
    ),
    (
        "skade",
        lambda: ansvar_ved_skade("BRAND"),
        UkendtNavnFejl,
        (
            "skade: ukendt navn 'BRAND' (type str); accepterer et Skadetype: LEDSAGER_SKADET, "
            "SKADE_PAA_ANDRE"
        ),
    ),
    (
        "faktura aftale",
        lambda: kontroller_faktura(skriftlig_aftale="ja", blanket_vedhaeftet=True),
        UgyldigTypeFejl,
        "skriftlig_aftale: fik 'ja' (type str); accepterer True, False eller None (ukendt)",
    ),
    (
        "faktura blanket",
        lambda: kontroller_faktura(skriftlig_aftale=True, blanket_vedhaeftet=1),
        UgyldigTypeFejl,
        "blanket_vedhaeftet: fik 1 (type int); accepterer True, False eller None (ukendt)",
    ),
    (
        "faktura på regning",
        lambda: kontroller_faktura(
            skriftlig_aftale=True,
            blanket_vedhaeftet=False,
            alle_blanketoplysninger_paa_regningen="ja",
        ),
        UgyldigTypeFejl,
        (
            "alle_blanketoplysninger_paa_regningen: fik 'ja' (type str); accepterer True, False "
            "eller None (ukendt)"
        ),
    ),
    (
        "faktura afdelinger",
        lambda: kontroller_faktura(
            skriftlig_aftale=True, blanket_vedhaeftet=True, afdelinger="Medicinsk"
        ),
        UgyldigTypeFejl,
        (
            "afdelinger: fik 'Medicinsk' (type str); accepterer en dict afdeling → timedelta "
            "eller en liste af (afdeling, timedelta)"
        ),
    ),
    (
        "faktura afdelinger tal",
        lambda: kontroller_faktura(skriftlig_aftale=True, blanket_vedhaeftet=True, afdelinger=5),
        UgyldigTypeFejl,
        (
            "afdelinger: fik 5 (type int); accepterer en dict afdeling → timedelta eller en liste "
            "af (afdeling, timedelta)"
        ),
    ),
    (
        "faktura afdeling par",
        lambda: kontroller_faktura(
            skriftlig_aftale=True,
            blanket_vedhaeftet=True,
            afdelinger=[("A", timedelta(hours=1)), ("M",)],
        ),
        UgyldigTypeFejl,
        "afdelinger[1]: fik ('M',) (type tuple); accepterer (afdeling, timedelta)",
    ),
    (
        "faktura afdeling navn",
        lambda: kontroller_faktura(
            skriftlig_aftale=True, blanket_vedhaeftet=True, afdelinger={"": timedelta(hours=1)}
        ),
        UgyldigVaerdiFejl,
        "afdelinger[0] (afdeling): fik en tom streng; accepterer en ikke-tom tekst",
    ),
    (
        "faktura afdeling tid",
        lambda: kontroller_faktura(
            skriftlig_aftale=True, blanket_vedhaeftet=True, afdelinger=[("M", 3)]
        ),
        UgyldigTypeFejl,
        "afdelinger[0] (tid): fik 3 (type int); accepterer en timedelta",
    ),
    (
        "faktura afdeling nul",
        lambda: kontroller_faktura(
            skriftlig_aftale=True, blanket_vedhaeftet=True, afdelinger=[["M", timedelta(0)]]
        ),
        UgyldigVaerdiFejl,
        (
            "afdelinger[0] (tid): fik datetime.timedelta(0) (type timedelta); accepterer kun en "
            "positiv varighed"
        ),
    ),
    (
        "faktura aftaleafdeling",
        lambda: kontroller_faktura(
            skriftlig_aftale=True, blanket_vedhaeftet=True, aftaleafdeling=7
        ),
        UgyldigTypeFejl,
        "aftaleafdeling: fik 7 (type int); accepterer en tekststreng",
    ),
    (
        "faktura ean",
        lambda: kontroller_faktura(
            skriftlig_aftale=True, blanket_vedhaeftet=True, ean_nummer="123"
        ),
        UgyldigVaerdiFejl,
        "ean_nummer: fik '123' (type str); accepterer et EAN-nummer med 13 cifre",
    ),
    (
        "faktura ean 14",
        lambda: kontroller_faktura(
            skriftlig_aftale=True, blanket_vedhaeftet=True, ean_nummer="57980000000001"
        ),
        UgyldigVaerdiFejl,
        "ean_nummer: fik '57980000000001' (type str); accepterer et EAN-nummer med 13 cifre",
    ),
    (
        "faktura ean bogstaver",
        lambda: kontroller_faktura(
            skriftlig_aftale=True, blanket_vedhaeftet=True, ean_nummer="579800000000A"
        ),
        UgyldigVaerdiFejl,
        "ean_nummer: fik '579800000000A' (type str); accepterer et EAN-nummer med 13 cifre",
    ),
    (
        "faktura ean type",
        lambda: kontroller_faktura(
            skriftlig_aftale=True, blanket_vedhaeftet=True, ean_nummer=5798000000000
        ),
        UgyldigTypeFejl,
        "ean_nummer: fik 5798000000000 (type int); accepterer en tekststreng",
    ),
    (
        "mærkning patient",
        lambda: betalingsmaerkning("", "2020"),
        UgyldigVaerdiFejl,
        "patient: fik en tom streng; accepterer en ikke-tom tekst",
    ),
    (
        "mærkning periode",
        lambda: betalingsmaerkning("Hans", None),
        UgyldigTypeFejl,
        "periode: fik None (type NoneType); accepterer en tekststreng",
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


def test_sammenligning_med_nul_og_meget_lange_forloeb() -> None:
    nul = sammenlign_med_kontrakt(OMFANG, timedelta(0))
    assert (nul.faktiske_timer, nul.forskel, nul.over_forventet) == (0, -4, False)
    assert sammenlign_med_kontrakt(OMFANG, 0).faktiske_timer == 0
    assert sammenlign_med_kontrakt(OMFANG, 10_000_000).faktiske_timer == 10_000_000
    # eksakt heltalsregning i mikrosekunder, også ud over float-præcisionen
    lang = sammenlign_med_kontrakt(OMFANG, timedelta(days=150_000, microseconds=1))
    assert lang.faktiske_timer == Decimal(12_960_000_000_000_001) / 3_600_000_000
