"""Genoptræningens opstartsfrist og det frie valg af leverandør (depressionsprogrammet, Kap. 10).

Forløbsprogram for mennesker med depression, Kap. 10, afsnittet »Særligt om genoptræning i
kommunerne«, der gengiver BEK nr. 918 af 22. juni 2018:

- **Opstartsfrist** (`opstartsfrist`): »Udgangspunktet er, at kommunen igangsætter
  genoptræningsforløbet inden for 7 kalenderdage efter at borgeren udskrives fra sygehuset.«
  Undtagelsen: »Hvis en patient har et sundhedsfagligt begrundet behov for at begynde
  genoptræningsforløbet senere end de 7 dage, angiver sygehuset en startdato og en
  sundhedsfaglig begrundelse herfor« (uden begrundelse: kan ikke afgøres). En plan fra
  ambulatoriet (`Genoptraeningskontakt.AMBULANT`, boksen om sygehusets og kommunens ansvar,
  SUL § 84) har ingen frist i kilden.
- **Frit valg** (`frit_leverandoervalg`): »Hvis kommunen ikke kan tilbyde opstart af
  genoptræningen inden for 7 kalenderdage, har patienten ret til frit at vælge en privat
  leverandør, som KL har indgået aftale med.«
- **Batch** (`opstartsfrister`): mange udskrivninger som DataFrame-klare rækker.

Fortolkninger: docs/fortolkninger.md, GEN-01 … GEN-04 og GEN-11. Det frie valgs begrundelser
skrives, når de læses, af det private ledsagermodul `_genoptraeningsfrist_tekst`.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from datetime import date, datetime, timedelta
from enum import Enum
from typing import TYPE_CHECKING, Any

import attrs

from forloebsregler import _genoptraeningsfrist_tekst as tekst
from forloebsregler._batchkoersel import Genbrug, ikke_oplyst
from forloebsregler._genoptraening_grundlag import (
    BOKS_PLANER,
    GEN_AMBULANT,
    GEN_FRIST,
    GEN_FRIT_VALG,
    GEN_PLADSHOLDER,
    GEN_TIDLIG_START,
    GEN_UDEN_BEGRUNDELSE,
    KOMMUNERNE,
    fjern_ukendt_begrundelse,
    laesning,
    lokal_udskrivningsdato,
)
from forloebsregler._resultat import DovenResultat, DovenTekst
from forloebsregler._tekst import dato
from forloebsregler._valider import er_pladsholder, kraev_enum, kraev_tekst, vis
from forloebsregler.fejl import (
    ForloebsreglerFejl,
    PeriodeFejl,
    UgyldigTypeFejl,
    UgyldigVaerdiFejl,
)
from forloebsregler.genoptraening import Genoptraeningskontakt
from forloebsregler.kilder import FORLOEBSPROGRAM_DEPRESSION, Kilde
from forloebsregler.svar import Svar

if TYPE_CHECKING:
    from forloebsregler.typer import GenoptraeningskontaktArg

__all__ = [
    "OPSTARTSFRIST_KALENDERDAGE",
    "Fristgrundlag",
    "FritLeverandoervalg",
    "Opstartsfrist",
    "frit_leverandoervalg",
    "opstartsfrist",
    "opstartsfrister",
]

OPSTARTSFRIST_KALENDERDAGE = 7
"""Kommunen igangsætter genoptræningen inden for 7 kalenderdage efter udskrivningen
(Kap. 10, Særligt om genoptræning i kommunerne; BEK nr. 918 af 22. juni 2018)."""

_KILDE_7_DAGE = FORLOEBSPROGRAM_DEPRESSION.kilde(
    KOMMUNERNE,
    "I BEK nr. 918 af 22. juni 2018 fremgår det bl.a., at: … Udgangspunktet er, at kommunen "
    "igangsætter genoptræningsforløbet inden for 7 kalenderdage "
    "efter at borgeren udskrives fra sygehuset.",
)
_KILDE_SENERE_START = FORLOEBSPROGRAM_DEPRESSION.kilde(
    KOMMUNERNE,
    "Hvis en patient har et sundhedsfagligt begrundet behov for at begynde genoptræningsforløbet "
    "senere end de 7 dage, angiver sygehuset en startdato og en sundhedsfaglig begrundelse "
    "herfor.",
)
_KILDE_AMBULATORIET = FORLOEBSPROGRAM_DEPRESSION.kilde(
    BOKS_PLANER,
    "Den patientansvarlige læge har ansvaret for at vurdere, om patienten efter udskrivelse eller "
    "behandling på ambulatoriet har et behov for tilbud om genoptræning.",
)
_KILDE_FRIT_VALG = FORLOEBSPROGRAM_DEPRESSION.kilde(
    KOMMUNERNE,
    "Hvis kommunen ikke kan tilbyde opstart af genoptræningen inden for 7 kalenderdage, har "
    "patienten ret til frit at vælge en privat leverandør, som KL har indgået aftale med.",
)


def _dag(vaerdi: object, navn: str) -> date:
    """En lokal dato i København, som 7-dagesfristen kan lægges til."""
    return lokal_udskrivningsdato(vaerdi, navn, plads_dage=OPSTARTSFRIST_KALENDERDAGE)


class Fristgrundlag(Enum):
    """Hvad opstartsfristen bygger på."""

    SYV_KALENDERDAGE = "7 kalenderdage efter udskrivningen"
    SYGEHUSETS_STARTDATO = "sygehusets startdato med sundhedsfaglig begrundelse"


# --- Opstartsfristen ----------------------------------------------------------------------


@attrs.frozen(repr=False)
class Opstartsfrist(DovenResultat):
    """Den seneste dato, kommunen skal igangsætte genoptræningen.

    `dato` er fristen, eller None, når den ikke kan afgøres (en senere startdato fra sygehuset
    uden sundhedsfaglig begrundelse, eller et ambulant forløb); `grundlag` er da også None.
    `syvdagesfrist` er udskrivningsdato + 7 kalenderdage (None for et ambulant forløb);
    `sundhedsfaglig_begrundelse` er sygehusets begrundelse for en senere startdato (argumentet
    `begrundelse` til `opstartsfrist`), mens `begrundelse` forklarer resultatet.
    `udskrivningsdato` er for et ambulant forløb datoen for kontakten på ambulatoriet.
    `fortolkninger` er ID'erne på de læsninger i fortolkningsloggen, resultatet hviler på.
    """

    dato: date | None
    grundlag: Fristgrundlag | None
    udskrivningsdato: date
    syvdagesfrist: date | None
    sygehusets_startdato: date | None
    sundhedsfaglig_begrundelse: str | None
    _begrundelse: str | DovenTekst = attrs.field(alias="begrundelse")
    kilder: tuple[Kilde, ...]
    kontakt: Genoptraeningskontakt = Genoptraeningskontakt.UDSKRIVNING
    fortolkninger: tuple[str, ...] = ()

    # begrundelsen skrives, når den læses (issue 18, punkt 1); serialisering og repr i orden:


def opstartsfrist(
    udskrivning: date | datetime | str,
    *,
    sygehusets_startdato: date | datetime | str | None = None,
    begrundelse: str | None = None,
    kontakt: GenoptraeningskontaktArg = Genoptraeningskontakt.UDSKRIVNING,
) -> Opstartsfrist:
    """Fristen for kommunens opstart af genoptræningen efter udskrivning.

    Kap. 10: »Udgangspunktet er, at kommunen igangsætter genoptræningsforløbet inden for
    7 kalenderdage efter at borgeren udskrives fra sygehuset.« Weekender og helligdage tæller
    som alle andre dage. Udskrivningsdagen er dag 0, og et tidspunkt tæller på sin lokale
    dato i København (udskrivning kl. 23.30 dansk tid er den dag, uanset hvilken zone
    tidspunktet er givet i) — læsningen GEN-01 i fortolkningsloggen.

    »Hvis en patient har et sundhedsfagligt begrundet behov for at begynde
    genoptræningsforløbet senere end de 7 dage, angiver sygehuset en startdato og en
    sundhedsfaglig begrundelse herfor.« En senere startdato med `begrundelse` erstatter
    fristen; en senere startdato uden begrundelse kan ikke afgøres (GEN-03). En startdato
    inden for de 7 dage ændrer ikke fristen (GEN-02). En startdato før udskrivningen er en
    fejl.

    `kontakt=Genoptraeningskontakt.AMBULANT` (eller ``"AMBULANT"``) er en plan fra
    ambulatoriet uden udskrivning; `udskrivning` er da kontaktens dato. Kilden angiver ingen
    frist for det tilfælde, så fristen kan ikke afgøres (GEN-11).

    >>> from datetime import date
    >>> opstartsfrist(date(2024, 2, 22)).dato
    datetime.date(2024, 2, 29)
    """
    udskrevet = _dag(udskrivning, "udskrivning")
    hvilken = kraev_enum(Genoptraeningskontakt, kontakt, "kontakt")
    start, grund = _startdato_og_begrundelse(udskrevet, sygehusets_startdato, begrundelse)
    if hvilken is Genoptraeningskontakt.AMBULANT:
        return _ambulant_uden_frist(udskrevet, start, grund)
    # udskrivningsdagen er dag 0 (docs/fortolkninger.md, GEN-01)
    syv = udskrevet + timedelta(days=OPSTARTSFRIST_KALENDERDAGE)
    if start is None:
        return _syv_kalenderdage(udskrevet, syv)
    if start <= syv:
        return _startdato_inden_for_fristen(udskrevet, syv, start, grund)
    if grund is None:
        return _senere_startdato_uden_begrundelse(udskrevet, syv, start)
    return _senere_startdato_med_begrundelse(udskrevet, syv, start, grund)


def _startdato_og_begrundelse(
    udskrevet: date, sygehusets_startdato: object, begrundelse: object
) -> tuple[date | None, str | None]:
    """Sygehusets startdato og den sundhedsfaglige begrundelse, valideret.

    En startdato før udskrivningen er en fejl, og en begrundelse uden startdato hører ingen
    steder hjemme.
    """
    grund = None if begrundelse is None else kraev_tekst(begrundelse, "begrundelse").strip()
    if grund is not None and er_pladsholder(grund):
        raise UgyldigVaerdiFejl(
            f"begrundelse: fik {vis(begrundelse)}, som ikke er en sundhedsfaglig begrundelse, "
            f"men en pladsholder ({GEN_PLADSHOLDER}); accepterer begrundelsens tekst, eller "
            "None, hvis begrundelsen ikke kendes"
        )
    if sygehusets_startdato is None:
        if grund is not None:
            raise UgyldigVaerdiFejl(
                f"begrundelse: fik {vis(begrundelse)} uden sygehusets_startdato; en "
                "sundhedsfaglig begrundelse hører til en startdato fra sygehuset — angiv "
                "sygehusets_startdato eller udelad begrundelse"
            )
        return None, None
    start = _dag(sygehusets_startdato, "sygehusets_startdato")
    if start < udskrevet:
        raise PeriodeFejl(
            f"sygehusets_startdato: fik {start.isoformat()}, som ligger før udskrivningen "
            f"{udskrevet.isoformat()}; accepterer kun en startdato på eller efter "
            "udskrivningen"
        )
    return start, grund


def _syv_kalenderdage(udskrevet: date, syv: date) -> Opstartsfrist:
    """Grundreglen: »inden for 7 kalenderdage efter at borgeren udskrives« (GEN-01)."""
    return Opstartsfrist(
        dato=syv,
        grundlag=Fristgrundlag.SYV_KALENDERDAGE,
        udskrivningsdato=udskrevet,
        syvdagesfrist=syv,
        sygehusets_startdato=None,
        sundhedsfaglig_begrundelse=None,
        begrundelse=DovenTekst(
            lambda: (
                f"Udskrevet {dato(udskrevet)}: kommunen skal igangsætte genoptræningen "
                f"senest {dato(syv)}, 7 kalenderdage efter udskrivningen; weekender og "
                "helligdage tæller med, og udskrivningsdagen er dag 0 "
                f"{laesning(GEN_FRIST)}."
            )
        ),
        kilder=(_KILDE_7_DAGE,),
        fortolkninger=(GEN_FRIST,),
    )


def _senere_startdato_med_begrundelse(
    udskrevet: date, syv: date, start: date, grund: str
) -> Opstartsfrist:
    """Undtagelsen: sygehuset angiver en senere startdato »og en sundhedsfaglig begrundelse
    herfor«; fristen er startdatoen."""
    return Opstartsfrist(
        dato=start,
        grundlag=Fristgrundlag.SYGEHUSETS_STARTDATO,
        udskrivningsdato=udskrevet,
        syvdagesfrist=syv,
        sygehusets_startdato=start,
        sundhedsfaglig_begrundelse=grund,
        begrundelse=DovenTekst(
            lambda: (
                f"Sygehuset har med en sundhedsfaglig begrundelse angivet startdatoen "
                f"{dato(start)}, senere end 7-dagesfristen {dato(syv)}; "
                f"genoptræningen skal derfor igangsættes senest {dato(start)} "
                f"{laesning(GEN_FRIST)}."
            )
        ),
        kilder=(_KILDE_SENERE_START, _KILDE_7_DAGE),
        fortolkninger=(GEN_FRIST,),
    )


def _senere_startdato_uden_begrundelse(udskrevet: date, syv: date, start: date) -> Opstartsfrist:
    """En senere startdato uden den begrundelse, kilden kræver sammen med den: et manglende
    faktum, ikke en inputfejl — kan ikke afgøres (docs/fortolkninger.md, GEN-03)."""
    return Opstartsfrist(
        dato=None,
        grundlag=None,
        udskrivningsdato=udskrevet,
        syvdagesfrist=syv,
        sygehusets_startdato=start,
        sundhedsfaglig_begrundelse=None,
        begrundelse=DovenTekst(
            lambda: (
                f"Kan ikke afgøres: sygehuset har angivet startdatoen {dato(start)}, "
                f"senere end 7-dagesfristen {dato(syv)}, men ingen sundhedsfaglig "
                "begrundelse, som kilden kræver sammen med startdatoen; med begrundelsen er "
                f"fristen {dato(start)}, uden den {dato(syv)} (se "
                f"fortolkningsloggen {GEN_UDEN_BEGRUNDELSE})."
            )
        ),
        kilder=(_KILDE_SENERE_START, _KILDE_7_DAGE),
        fortolkninger=(GEN_FRIST, GEN_UDEN_BEGRUNDELSE),
    )


def _startdato_inden_for_fristen(
    udskrevet: date, syv: date, start: date, grund: str | None
) -> Opstartsfrist:
    """Sygehusets startdato inden for de 7 dage ændrer ikke fristen: kilden giver kun sygehuset
    ret til en senere startdato (docs/fortolkninger.md, GEN-02)."""
    return Opstartsfrist(
        dato=syv,
        grundlag=Fristgrundlag.SYV_KALENDERDAGE,
        udskrivningsdato=udskrevet,
        syvdagesfrist=syv,
        sygehusets_startdato=start,
        sundhedsfaglig_begrundelse=grund,
        begrundelse=DovenTekst(
            lambda: (
                f"Sygehusets startdato {dato(start)} ligger inden for 7-dagesfristen; kilden "
                "giver kun sygehuset ret til at angive en senere startdato, så kommunen skal "
                f"igangsætte genoptræningen senest {dato(syv)} "
                f"{laesning(GEN_FRIST, GEN_TIDLIG_START)}."
            )
        ),
        kilder=(_KILDE_7_DAGE, _KILDE_SENERE_START),
        fortolkninger=(GEN_FRIST, GEN_TIDLIG_START),
    )


def _ambulant_uden_frist(udskrevet: date, start: date | None, grund: str | None) -> Opstartsfrist:
    """En plan »efter … behandling på ambulatoriet« (SUL § 84): kilden angiver kun
    7-dagesfristen efter udskrivning, så fristen kan ikke afgøres (GEN-11)."""
    return Opstartsfrist(
        dato=None,
        grundlag=None,
        udskrivningsdato=udskrevet,
        syvdagesfrist=None,
        sygehusets_startdato=start,
        sundhedsfaglig_begrundelse=grund,
        begrundelse=DovenTekst(
            lambda: (
                f"Kan ikke afgøres: planen kommer fra behandling på ambulatoriet "
                f"{dato(udskrevet)}, ikke fra en udskrivning; kilden angiver kun "
                "7-dagesfristen efter udskrivning fra sygehuset "
                f"{laesning(GEN_AMBULANT)}."
            )
        ),
        kilder=(_KILDE_AMBULATORIET, _KILDE_7_DAGE),
        kontakt=Genoptraeningskontakt.AMBULANT,
        fortolkninger=(GEN_AMBULANT,),
    )


# --- Frit valg af privat leverandør -------------------------------------------------------


@attrs.frozen(repr=False)
class FritLeverandoervalg(DovenResultat):
    """Om patienten må vælge en privat leverandør, som KL har indgået aftale med.

    `ret_til_frit_valg` er OPFYLDT (retten er udløst), IKKE_OPFYLDT (kommunen tilbyder opstart
    inden for fristen) eller KAN_IKKE_AFGOERES (kommunens tilbudte opstart eller fristen er
    ukendt). `dage_for_sent` er antal kalenderdage efter fristen (0, hvis rettidigt; None, hvis
    ukendt). `fortolkninger` er ID'erne på de læsninger i fortolkningsloggen, resultatet
    hviler på (GEN-04, når fristen er sygehusets senere startdato). `begrundelse` skrives
    første gang, den læses (issue 18, punkt 1); konstruktøren tager den som tekst som før.
    """

    ret_til_frit_valg: Svar
    frist: Opstartsfrist
    tilbudt_opstart: date | None
    dage_for_sent: int | None
    _begrundelse: str | DovenTekst = attrs.field(alias="begrundelse")
    kilder: tuple[Kilde, ...]
    fortolkninger: tuple[str, ...] = ()


def frit_leverandoervalg(
    udskrivning: date | datetime | str,
    tilbudt_opstart: date | datetime | str | None,
    *,
    sygehusets_startdato: date | datetime | str | None = None,
    begrundelse: str | None = None,
    kontakt: GenoptraeningskontaktArg = Genoptraeningskontakt.UDSKRIVNING,
) -> FritLeverandoervalg:
    """Om patienten har ret til frit at vælge en privat leverandør.

    Kap. 10: »Hvis kommunen ikke kan tilbyde opstart af genoptræningen inden for 7
    kalenderdage, har patienten ret til frit at vælge en privat leverandør, som KL har indgået
    aftale med.« Fristen er den fra `opstartsfrist` — med en begrundet senere startdato fra
    sygehuset er det den dato, og resultatet siger, at det er en læsning (GEN-04).
    `tilbudt_opstart=None` betyder, at kommunens tilbud ikke kendes: kan ikke afgøres. Kan
    fristen ikke afgøres (senere startdato uden begrundelse, ambulant forløb), er et tilbud
    inden for de 7 dage efter udskrivningen rettidigt under enhver læsning; ellers kan det
    ikke afgøres. En tilbudt opstart før udskrivningen er en fejl.
    """
    frist = opstartsfrist(
        udskrivning,
        sygehusets_startdato=sygehusets_startdato,
        begrundelse=begrundelse,
        kontakt=kontakt,
    )
    kilder = (_KILDE_FRIT_VALG, *frist.kilder)
    if tilbudt_opstart is None:
        return _tilbud_ukendt(frist, kilder)
    tilbudt = _dag(tilbudt_opstart, "tilbudt_opstart")
    if tilbudt < frist.udskrivningsdato:
        raise PeriodeFejl(
            f"tilbudt_opstart: fik {tilbudt.isoformat()}, som ligger før udskrivningen "
            f"{frist.udskrivningsdato.isoformat()}; accepterer kun en opstart på eller efter "
            "udskrivningen"
        )
    if frist.dato is None:
        return _frit_valg_uden_frist(frist, tilbudt, kilder)
    return _frit_valg_mod_fristen(frist, frist.dato, tilbudt, kilder)


def _fristens_laesninger(frist: Opstartsfrist) -> tuple[str, ...]:
    """Fristens læsninger, og GEN-04, når der måles mod sygehusets begrundede senere dato."""
    if frist.grundlag is Fristgrundlag.SYGEHUSETS_STARTDATO:
        return (*frist.fortolkninger, GEN_FRIT_VALG)
    return frist.fortolkninger


def _tilbud_ukendt(frist: Opstartsfrist, kilder: tuple[Kilde, ...]) -> FritLeverandoervalg:
    """Kommunens tilbudte opstart kendes ikke: kan ikke afgøres."""
    return FritLeverandoervalg(
        ret_til_frit_valg=Svar.KAN_IKKE_AFGOERES,
        frist=frist,
        tilbudt_opstart=None,
        dage_for_sent=None,
        begrundelse=DovenTekst(lambda: tekst.tilbud_ukendt(frist.dato)),
        kilder=kilder,
        fortolkninger=_fristens_laesninger(frist),
    )


def _frit_valg_mod_fristen(
    frist: Opstartsfrist, senest: date, tilbudt: date, kilder: tuple[Kilde, ...]
) -> FritLeverandoervalg:
    """Grundreglen: en opstart efter fristen udløser retten til frit valg (GEN-04 ved
    sygehusets senere startdato)."""
    ider = _fristens_laesninger(frist)
    forsinkelse = (tilbudt - senest).days
    if forsinkelse > 0:
        return FritLeverandoervalg(
            ret_til_frit_valg=Svar.OPFYLDT,
            frist=frist,
            tilbudt_opstart=tilbudt,
            dage_for_sent=forsinkelse,
            begrundelse=DovenTekst(lambda: tekst.for_sent(tilbudt, forsinkelse, senest, ider)),
            kilder=kilder,
            fortolkninger=ider,
        )
    return FritLeverandoervalg(
        ret_til_frit_valg=Svar.IKKE_OPFYLDT,
        frist=frist,
        tilbudt_opstart=tilbudt,
        dage_for_sent=0,
        begrundelse=DovenTekst(lambda: tekst.rettidig(tilbudt, senest, ider)),
        kilder=kilder,
        fortolkninger=ider,
    )


def _frit_valg_uden_frist(
    frist: Opstartsfrist, tilbudt: date, kilder: tuple[Kilde, ...]
) -> FritLeverandoervalg:
    """Frit valg, når fristen selv ikke kan afgøres (GEN-03, GEN-11)."""
    syv = frist.udskrivningsdato + timedelta(days=OPSTARTSFRIST_KALENDERDAGE)
    if frist.kontakt is Genoptraeningskontakt.UDSKRIVNING and tilbudt <= syv:
        # inden for 7 dage er rettidigt, uanset om sygehusets senere dato gælder
        return FritLeverandoervalg(
            ret_til_frit_valg=Svar.IKKE_OPFYLDT,
            frist=frist,
            tilbudt_opstart=tilbudt,
            dage_for_sent=0,
            begrundelse=DovenTekst(lambda: tekst.inden_for_syv_dage(tilbudt, syv)),
            kilder=kilder,
            fortolkninger=(GEN_FRIST,),
        )
    return FritLeverandoervalg(
        ret_til_frit_valg=Svar.KAN_IKKE_AFGOERES,
        frist=frist,
        tilbudt_opstart=tilbudt,
        dage_for_sent=None,
        begrundelse=DovenTekst(lambda: tekst.uden_frist(tilbudt, frist.begrundelse)),
        kilder=kilder,
        fortolkninger=frist.fortolkninger,
    )


# --- Batch --------------------------------------------------------------------------------

_BATCH_NOEGLER = frozenset(
    {"id", "udskrivning", "tilbudt_opstart", "sygehusets_startdato", "begrundelse", "kontakt"}
)
_BATCH_FELTNAVNE = tuple(sorted(_BATCH_NOEGLER - {"id"}))  # enkeltkaldets felter


def _iso(dag: date | None) -> str | None:
    return None if dag is None else dag.isoformat()


def _batchraekke(nr: int, raekke: object, genbrug: Genbrug) -> Mapping[str, Any]:
    """Rækkens felter som simple værdier; ens rækker (uden `id`) får samme svar (`genbrug`)."""
    if not isinstance(raekke, Mapping):
        raise UgyldigTypeFejl(
            f"raekker[{nr}]: fik {vis(raekke)}; accepterer en mapping (dict) med nøglerne "
            + ", ".join(sorted(_BATCH_NOEGLER))
        )
    if not _BATCH_NOEGLER.issuperset(raekke):
        ukendte = sorted(str(k) for k in raekke if k not in _BATCH_NOEGLER)
        raise UgyldigVaerdiFejl(
            f"raekker[{nr}]: ukendte nøgler {ukendte}; accepterer "
            + ", ".join(sorted(_BATCH_NOEGLER))
        )
    if "udskrivning" not in raekke or ikke_oplyst(raekke["udskrivning"]):
        raise UgyldigVaerdiFejl(f"raekker[{nr}]: 'udskrivning' mangler; den er påkrævet")
    felter: dict[str, Any] = {
        k: (None if ikke_oplyst(v := raekke.get(k)) else v) for k in _BATCH_FELTNAVNE
    }
    noegle = genbrug.noegle(felter)  # før »ukendt« læses: posten nævner da også GEN-15
    gemt = None if noegle is None else genbrug.hent(noegle)
    if gemt is not None:
        return gemt
    ukendt = fjern_ukendt_begrundelse(felter)  # som i batchkontrakten (GEN-15)
    valg = frit_leverandoervalg(
        felter["udskrivning"],
        felter["tilbudt_opstart"],
        sygehusets_startdato=felter["sygehusets_startdato"],
        begrundelse=felter.get("begrundelse"),
        kontakt=(
            Genoptraeningskontakt.UDSKRIVNING if felter["kontakt"] is None else felter["kontakt"]
        ),
    )
    frist = valg.frist
    svar = {  # som `serialisering.enkel_vaerdi`: datoer i ISO, enum-værdier som navn
        "frist": _iso(frist.dato),
        "fristgrundlag": None if frist.grundlag is None else frist.grundlag.name,
        "udskrivningsdato": frist.udskrivningsdato.isoformat(),
        "syvdagesfrist": _iso(frist.syvdagesfrist),
        "sygehusets_startdato": _iso(frist.sygehusets_startdato),
        "tilbudt_opstart": _iso(valg.tilbudt_opstart),
        "dage_for_sent": valg.dage_for_sent,
        "frit_valg": valg.ret_til_frit_valg.name,
        "begrundelse": valg.begrundelse,
        "fortolkninger": ", ".join((*valg.fortolkninger, *(GEN_PLADSHOLDER,) * ukendt)) or None,
    }
    if noegle is not None:
        genbrug.gem(noegle, svar)
    return svar


_BATCH_FELTER = (  # postens felter i rækkefølge
    *("raekke", "id", "udskrivningsdato", "frist", "fristgrundlag", "syvdagesfrist"),
    *("sygehusets_startdato", "tilbudt_opstart", "dage_for_sent", "frit_valg", "begrundelse"),
    *("fortolkninger", "fejl"),
)


def _batch_id(ident: object) -> int | str | None:
    """Rækkens `id` som en simpel værdi (int eller str), None hvis den mangler."""
    if ikke_oplyst(ident):
        return None
    if isinstance(ident, int | str) and not isinstance(ident, bool):
        return ident
    try:
        return str(ident)
    except Exception:  # en fremmed __str__ må ikke vælte batchen
        return vis(ident)


def opstartsfrister(raekker: Iterable[Mapping[str, object]]) -> list[dict[str, Any]]:
    """Opstartsfrist og frit valg for mange udskrivninger — DataFrame-klare rækker.

    Bibliotekets ene batchkontrakt er `forloebsregler.batch` (`batch.genoptraening`: alle
    ubrugte kolonner ført igennem, `kilder`, `fejlfelt` og `fejlkode`); denne funktion er
    områdets genvej med sine egne, faste felter og følger kontraktens konventioner for
    rækkenumre og manglende værdier.

    Hver række er en mapping med `udskrivning` (påkrævet) og valgfrit `tilbudt_opstart`,
    `sygehusets_startdato`, `begrundelse`, `kontakt` og `id` (føres uændret igennem, hvis det
    er en simpel værdi). None, NaN og pandas' NaT tæller som manglende. Hver post har de samme
    felter: `raekke` (1-baseret, som i `forloebsregler.batch` og på kommandolinjen),
    `id`, `udskrivningsdato`, `frist`, `fristgrundlag`, `syvdagesfrist`,
    `sygehusets_startdato`, `tilbudt_opstart`, `dage_for_sent`, `frit_valg` (enum-navn),
    `begrundelse`, `fortolkninger` (ID'erne i fortolkningsloggen, kommasepareret) og `fejl`
    (None, eller fejlbeskeden for en ugyldig række, hvis øvrige felter så er None). Datoer er
    ISO-strenge.
    """
    if isinstance(raekker, str | bytes | Mapping) or not isinstance(raekker, Iterable):
        raise UgyldigTypeFejl(
            f"raekker: fik {vis(raekker)}; accepterer en samling (liste, generator) af mappings"
        )
    poster: list[dict[str, Any]] = []
    genbrug = Genbrug()
    for nr, raekke in enumerate(raekker, start=1):
        post: dict[str, Any] = dict.fromkeys(_BATCH_FELTER)
        post["raekke"] = nr
        if isinstance(raekke, Mapping):
            post["id"] = _batch_id(raekke.get("id"))
        try:
            felter = _batchraekke(nr - 1, raekke, genbrug)  # beskeden nævner indekset raekker[i]
        except ForloebsreglerFejl as fejl:
            post["fejl"] = str(fejl)
        else:
            post.update(felter)
        poster.append(post)
    return poster
