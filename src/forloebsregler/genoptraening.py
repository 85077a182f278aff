"""Genoptræning efter udskrivning: retten til en plan og behovsvurderingen (Kap. 10).

Forløbsprogram for mennesker med depression, Kap. 10 »Genoptræning«, der gengiver BEK nr.
918 af 22. juni 2018 (genoptræningsplaner og patienters valg af genoptræningstilbud) og
Syddanmarks model for genoptræning i psykiatrien. Dette modul holder kapitlets indledning og
afsnittet om behovet; kapitlets øvrige afsnit har hver sit modul:

- **Ret til en plan** (`ret_til_genoptraeningsplan`), kapitlets indledning og høringssvaret
  (»Ad) Henvisning til almen genoptræning«): ret til en plan ved et lægefagligt begrundet
  behov, der relaterer sig til den aktuelle sygehuskontakt og har baggrund i et
  funktionsevnetab; kun regionen (sygehuset) kan henvise; planen er en lægehenvisning.
- **Behovsvurdering** (`vurder_genoptraeningsbehov`), afsnittet »Hvordan vurderes, om der er
  et behov?«: kalderens overordnede helhedsvurdering (dens tre punkter lægges frem, men intet
  af dem er et veto) og de fire grupper af funktionsevnenedsættelser
  (`Funktionsevnenedsaettelse`).
- **Kapitlets fælles ord**: svaret (`Genoptraeningsudfald`, det fælles `Svar`), kontakten
  planen kommer fra (`Genoptraeningskontakt`), planens og notaternes modtagere
  (`Genoptraeningsmodtager`) og henviseren (`Genoptraeningshenviser`).

Kapitlets øvrige afsnit:

- `forloebsregler.genoptraeningsfrist` — »Særligt om genoptræning i kommunerne«: 7-dagesfristen
  for opstart, sygehusets senere startdato og det frie valg af privat leverandør;
- `forloebsregler.genoptraeningsplan` — boksen, »Udarbejdelse af genoptræningsplaner
  (Sundhedsloven §84)«: planens udlevering og forsendelse;
- `forloebsregler.genoptraeningsindsatser` — boksen om sygehusets og kommunens ansvar
  (indsatser, ansvar, lovgrundlag), almen genoptræning på basalt eller avanceret niveau og
  psykiatrimodellens syv parametre.

Fortolkninger står i `docs/fortolkninger.md` (afsnit »Genoptræning«, ID'erne GEN-01 …); et
resultat, der hviler på en læsning, har ID'erne i feltet `fortolkninger` (her GEN-06, GEN-07
og GEN-10).
"""

from __future__ import annotations

from enum import Enum
from typing import TYPE_CHECKING

import attrs

from forloebsregler._genoptraening_grundlag import (
    BEHOV,
    GEN_HELHED,
    GEN_HENVISER,
    GEN_NEDSAETTELSER,
    KAP10,
    KOMMUNERNE,
    laesning,
)
from forloebsregler._resultat import DovenResultat, DovenTekst, Resultat
from forloebsregler._valider import kraev_enum, kraev_tekst, kraev_valgfri_bool, vis
from forloebsregler.fejl import UgyldigTypeFejl
from forloebsregler.kilder import FORLOEBSPROGRAM_DEPRESSION, HOERINGSSVAR_DEPRESSION, Kilde
from forloebsregler.svar import Svar, og, samlet

if TYPE_CHECKING:
    from forloebsregler.typer import GenoptraeningshenviserArg

__all__ = [
    "Funktionsevnenedsaettelse",
    "Genoptraeningsbehov",
    "Genoptraeningshenviser",
    "Genoptraeningskontakt",
    "Genoptraeningsmodtager",
    "Genoptraeningsudfald",
    "Nedsaettelsesgruppe",
    "RetTilGenoptraeningsplan",
    "ret_til_genoptraeningsplan",
    "vurder_genoptraeningsbehov",
]

# --- Kapitlets fælles ord -----------------------------------------------------------------

Genoptraeningsudfald = Svar
"""Genoptræningsreglernes svar: det fælles `forloebsregler.svar.Svar` (gammelt navn)."""


class Genoptraeningskontakt(Enum):
    """Den sygehuskontakt, planen kommer fra: en udskrivning eller behandling på ambulatoriet.

    Kilden nævner begge (»efter udskrivelse eller behandling på ambulatoriet«), men angiver
    7-dagesfristen og udleveringstidspunktet kun for udskrivningen (fortolkningsloggen GEN-11).
    """

    UDSKRIVNING = "udskrivning fra sygehuset"
    AMBULANT = "behandling på ambulatoriet"


class Genoptraeningsmodtager(Enum):
    """Modtagere af genoptræningsplanen, handlingsplanen eller afslutningsnotatet."""

    PATIENTEN = "patienten"
    BOPAELSKOMMUNEN = "patientens bopælskommune"
    PRAKTISERENDE_LAEGE = "patientens praktiserende læge"
    SYGEHUSET = "sygehuset"


class Genoptraeningshenviser(Enum):
    """Hvem der henviser til genoptræning (kun regionen, dvs. sygehuset, kan det)."""

    SYGEHUS = "sygehus (regionen)"
    PRAKTISERENDE_LAEGE = "praktiserende læge"
    KOMMUNE = "kommune"


# --- Ret til en genoptræningsplan (kapitlets indledning og høringssvaret) ------------------

_KILDE_RET_TIL_PLAN = FORLOEBSPROGRAM_DEPRESSION.kilde(
    KAP10,
    "Patienter har ret til at få en genoptræningsplan på udskrivningstidspunktet, når der "
    "foreligger et lægefagligt begrundet behov for genoptræning, der relaterer sig til den "
    "aktuelle sygehuskontakt, og som har baggrund i et funktionsevnetab.",
)
_KILDE_PSYKIATRI_SOM_SOMATIK = FORLOEBSPROGRAM_DEPRESSION.kilde(
    KAP10,
    "Patienter, som udskrives fra psykiatrien, har på samme måde som somatiske patienter ret til "
    "at få vurderet deres genoptræningsbehov ved udskrivning fra sygehuset.",
)
_KILDE_REGIONEN_HENVISER = HOERINGSSVAR_DEPRESSION.kilde(
    "Ad) Henvisning til almen genoptræning",
    "Ifølge lovgivning er det regionen, der kan henvise til genoptræning.",
)
_KILDE_LAEGEHENVISNING = FORLOEBSPROGRAM_DEPRESSION.kilde(
    KOMMUNERNE, "Genoptræningsplanen er en lægehenvisning, som ikke kan tilsidesættes."
)
_KILDE_BEK_918 = FORLOEBSPROGRAM_DEPRESSION.kilde(
    KAP10,
    "De nærmere regler om udarbejdelsen af genoptræningsplaner er fastsat i Bekendtgørelse om "
    "genoptræningsplaner og om patienters valg af genoptræningstilbud efter udskrivning fra "
    "sygehus (BEK nr. 918 af 22. juni 2018).",
)


@attrs.frozen
class RetTilGenoptraeningsplan(Resultat):
    """Om patienten har ret til en genoptræningsplan, og om henvisningen kan bruges.

    `kan_tilsidesaettes_af_kommunen` er altid False: planen er en lægehenvisning.
    """

    ret_til_plan: Svar
    henviser: Genoptraeningshenviser
    kan_tilsidesaettes_af_kommunen: bool
    begrundelse: str
    kilder: tuple[Kilde, ...]
    fortolkninger: tuple[str, ...] = ()


def ret_til_genoptraeningsplan(
    *,
    laegefagligt_begrundet_behov: bool | None,
    relaterer_sig_til_aktuel_sygehuskontakt: bool | None,
    baggrund_i_funktionsevnetab: bool | None,
    henviser: GenoptraeningshenviserArg = Genoptraeningshenviser.SYGEHUS,
) -> RetTilGenoptraeningsplan:
    """Retten til en genoptræningsplan ved udskrivning (Kap. 10 og høringssvaret).

    »Patienter har ret til at få en genoptræningsplan på udskrivningstidspunktet, når der
    foreligger et lægefagligt begrundet behov for genoptræning, der relaterer sig til den
    aktuelle sygehuskontakt, og som har baggrund i et funktionsevnetab.« Kun regionen
    (sygehuset) kan henvise — ikke den praktiserende læge — og planen er en lægehenvisning,
    som ikke kan tilsidesættes. Betingelser med svaret `None` (ukendt) giver »kan ikke
    afgøres«, medmindre en anden betingelse allerede afviser retten.
    """
    betingelser = {
        "der er et lægefagligt begrundet behov": kraev_valgfri_bool(
            laegefagligt_begrundet_behov, "laegefagligt_begrundet_behov"
        ),
        "behovet relaterer sig til den aktuelle sygehuskontakt": kraev_valgfri_bool(
            relaterer_sig_til_aktuel_sygehuskontakt, "relaterer_sig_til_aktuel_sygehuskontakt"
        ),
        "behovet har baggrund i et funktionsevnetab": kraev_valgfri_bool(
            baggrund_i_funktionsevnetab, "baggrund_i_funktionsevnetab"
        ),
    }
    hvem = kraev_enum(Genoptraeningshenviser, henviser, "henviser")
    ider: tuple[str, ...] = ()
    if hvem is not Genoptraeningshenviser.SYGEHUS:
        udfald, tekst = _henvist_af_andre_end_regionen(hvem)
        ider = (GEN_HENVISER,)
    else:
        udfald, tekst = _betingelserne_for_en_plan(betingelser)
    return RetTilGenoptraeningsplan(
        ret_til_plan=udfald,
        henviser=hvem,
        kan_tilsidesaettes_af_kommunen=False,
        begrundelse=tekst,
        kilder=(
            _KILDE_RET_TIL_PLAN,
            _KILDE_PSYKIATRI_SOM_SOMATIK,
            _KILDE_REGIONEN_HENVISER,
            _KILDE_LAEGEHENVISNING,
            _KILDE_BEK_918,
        ),
        fortolkninger=ider,
    )


def _betingelserne_for_en_plan(betingelser: dict[str, bool | None]) -> tuple[Svar, str]:
    """Grundreglen: ret til en plan, når alle tre betingelser er opfyldt; et nej afviser, ellers
    gør en ukendt betingelse svaret ukendt (`samlet`)."""
    mangler = [t for t, s in betingelser.items() if s is False]
    ukendt = [t for t, s in betingelser.items() if s is None]
    udfald = samlet(mangler, ukendt)
    if udfald is Svar.IKKE_OPFYLDT:
        return udfald, (
            "Ingen ret til en genoptræningsplan: det er ikke opfyldt, at "
            + " og at ".join(mangler)
            + "."
        )
    if udfald is Svar.KAN_IKKE_AFGOERES:
        return udfald, "Kan ikke afgøres: det vides ikke, om " + " og om ".join(ukendt) + "."
    return udfald, (
        "Patienten har ret til en genoptræningsplan ved udskrivningen; planen er en "
        "lægehenvisning, som kommunen ikke kan tilsidesætte."
    )


def _henvist_af_andre_end_regionen(hvem: Genoptraeningshenviser) -> tuple[Svar, str]:
    """Høringssvaret: »Ifølge lovgivning er det regionen, der kan henvise til genoptræning.«
    En henvisning fra andre giver ingen plan (docs/fortolkninger.md, GEN-10)."""
    return Svar.IKKE_OPFYLDT, (
        f"Henvisning fra {hvem.value} giver ikke en genoptræningsplan: ifølge lovgivningen "
        f"er det regionen (sygehuset), der kan henvise til genoptræning "
        f"{laesning(GEN_HENVISER)}."
    )


# --- Behovsvurdering (»Hvordan vurderes, om der er et behov?«) -----------------------------

_KILDE_HELHEDSVURDERING = FORLOEBSPROGRAM_DEPRESSION.kilde(
    BEHOV,
    "skal der indledningsvis foretages en overordnet helhedsvurdering af: … Om patienten er "
    "motiveret for en genoptræningsindsats og har et potentiale, der kan realiseres gennem "
    "genoptræning; … Om patienten lige så vel kan klare sig ved egen hjælp; … Om patientens "
    "behov er diffuse og bedre imødekommes af anden kommunal indsats.",
)

_KILDE_SPECIFIKKE_SPOERGSMAAL = FORLOEBSPROGRAM_DEPRESSION.kilde(
    BEHOV,
    "Hvis den overordnede helhedsvurdering peger på, at en genoptræningsplan kan være relevant, "
    "skal følgende mere specifikke spørgsmål overvejes:",
)

_KILDE_PLAN_UDARBEJDES = FORLOEBSPROGRAM_DEPRESSION.kilde(
    BEHOV,
    "Såfremt det konstateres, at patienten har en eller flere af de nævnte "
    "funktionsevnenedsættelser, udarbejdes en genoptræningsplan.",
)


def _teksttuple(vaerdi: object, navn: str) -> tuple[str, ...]:
    if isinstance(vaerdi, str | bytes) or not isinstance(vaerdi, tuple):
        raise UgyldigTypeFejl(f"{navn}: fik {vis(vaerdi)}; accepterer en tuple af tekst")
    return tuple(kraev_tekst(v, f"{navn}[{i}]") for i, v in enumerate(vaerdi))


def _kraev_kilde(vaerdi: object, navn: str) -> Kilde:
    if not isinstance(vaerdi, Kilde):
        raise UgyldigTypeFejl(f"{navn}: fik {vis(vaerdi)}; accepterer en Kilde")
    return vaerdi


@attrs.frozen
class Nedsaettelsesgruppe:
    """En gruppe af funktionsevnenedsættelser: kildens spørgsmål og dens eksempler (ordret)."""

    betegnelse: str
    spoergsmaal: str
    eksempler: tuple[str, ...]
    kilde: Kilde

    def __attrs_post_init__(self) -> None:
        kraev_tekst(self.betegnelse, "betegnelse")
        kraev_tekst(self.spoergsmaal, "spoergsmaal")
        _teksttuple(self.eksempler, "eksempler")
        _kraev_kilde(self.kilde, "kilde")


class Funktionsevnenedsaettelse(Enum):
    """De fire grupper af funktionsevnenedsættelser i Kap. 10 med kildens eksempler."""

    BEVAEGELSESMAESSIG = Nedsaettelsesgruppe(
        "bevægelsesmæssig",
        "Har patienten en bevægelsesmæssig funktionsevnenedsættelse?",
        (
            "På grund af en somatisk lidelse eller fysisk skade fx fraktur fra fald, nerveskader "
            "i forbindelse med selvmordsforsøg",
            "Som følge af længere tids inaktivitet/isolering afledt af den psykiatriske diagnose "
            "fx målbar og/eller synlig nedsat balanceevne, nedsat bevægelighed, muskelkraft, "
            "koordination",
            "Som følge af smerter, uro, åndedrætsbesvær, anspændthed.",
        ),
        FORLOEBSPROGRAM_DEPRESSION.kilde(
            BEHOV, "Har patienten en bevægelsesmæssig funktionsevnenedsættelse?"
        ),
    )
    AKTIVITETSMAESSIG = Nedsaettelsesgruppe(
        "aktivitetsmæssig",
        "Har patienten en aktivitetsmæssig funktionsevnenedsættelse?",
        (
            "Patienten kan ikke problemløse i hverdagens aktiviteter og/eller træffe valg pga. af "
            "udfordringer i relation til læring og anvendelse af viden, fx ambivalens",
            "Patienten kan ikke holde aftaler og opretholde struktur/daglige rutiner/meningsfulde "
            "aktiviteter pga. længere tids inaktivitet, isolation og/eller "
            "sygdomsbelastning/karakter",
            "Patienten kan have problemer med at forstå meddelelser, samtale og fremstille "
            "meddelelser, pga. sygdommens karakter og/eller længere tids isolation",
            "Patienten har svært ved at færdes med transportmidler pga. angst eller andre "
            "psykiatriske diagnoser",
            "Patienten har svært ved at tage omsorg for sig selv, fx bade, spise og/eller "
            "varetage egen sundhed og desuden almindelig husførelse pga. kognitive "
            "forstyrrelser, angst, spiseforstyrrelser, vrangforestillinger og/eller længere "
            "tids inaktivitet.",
        ),
        FORLOEBSPROGRAM_DEPRESSION.kilde(
            BEHOV, "Har patienten en aktivitetsmæssig funktionsevnenedsættelse?"
        ),
    )
    MENTAL = Nedsaettelsesgruppe(
        "mental (kognitiv eller emotionel)",
        "Har patienten en mental (kognitiv eller emotionel) funktionsevnenedsættelse, som kommer "
        "til udtryk i kropslige reaktioner og konkrete aktiviteter?",
        (
            "I forhold til at orientere sig",
            "Patienten har svært ved at tage initiativ, energiniveau, handlekraft, impulskontrol",
            "Hukommelse og opmærksomhed",
            "Psykomotoriske funktioner fx reduceret kropssprog, rastløshed, ændret motorik og "
            "tempo",
            "Tænkning fx negative automatiske tanker",
            "Oplevelse af egen krop og selvet fx. forstyrret kropsopfattelse, vrangforestillinger, "
            "depersonalisering.",
        ),
        FORLOEBSPROGRAM_DEPRESSION.kilde(
            BEHOV,
            "Har patienten en mental (kognitiv eller emotionel) funktionsevnenedsættelse, som "
            "kommer til udtryk i kropslige reaktioner og konkrete aktiviteter?",
        ),
    )
    SOCIAL = Nedsaettelsesgruppe(
        "social",
        "Har patienten en social funktionsevnenedsættelse, som kommer til udtryk i kropslige "
        "reaktioner og konkrete aktiviteter?",
        (
            "Patienten har svært ved sociale færdigheder fx konflikthåndtering og "
            "samtalefærdigheder, interpersonelt samspil og kontakt, pga. sygdommens karakter, "
            "kognitive deficits, angst og/eller længere tids isolation.",
        ),
        FORLOEBSPROGRAM_DEPRESSION.kilde(
            BEHOV,
            "Har patienten en social funktionsevnenedsættelse, som kommer til udtryk i kropslige "
            "reaktioner og konkrete aktiviteter?",
        ),
    )


@attrs.frozen(repr=False)
class Genoptraeningsbehov(DovenResultat):
    """Behovsvurderingen: helhedsvurderingen, funktionsevnenedsættelserne og om en plan er
    indiceret (hvert felt tre-tilstands).

    `helhedsvurdering` er kalderens overordnede helhedsvurdering (OPFYLDT: peger på, at en plan
    kan være relevant; IKKE_OPFYLDT: peger ikke på det; KAN_IKKE_AFGOERES: ikke givet).
    `helhedspunkter` lægger kildens tre punkter frem med kalderens svar (ja, nej, ukendt);
    de indgår i vurderingen, men intet enkelt punkt afgør den (GEN-06). `begrundelse` skrives
    første gang, den læses (issue 18, punkt 1); konstruktøren tager den som tekst
    (`begrundelse=`) som før.
    """

    plan_indiceret: Svar
    helhedsvurdering: Svar
    funktionsevnenedsaettelse: Svar
    tilstedevaerende: frozenset[Funktionsevnenedsaettelse]
    ukendte: frozenset[Funktionsevnenedsaettelse]
    _begrundelse: str | DovenTekst = attrs.field(alias="begrundelse")
    kilder: tuple[Kilde, ...]
    helhedspunkter: tuple[str, ...] = ()
    fortolkninger: tuple[str, ...] = ()


_KILDE_HENSYN_TIL_MOTIVATION = FORLOEBSPROGRAM_DEPRESSION.kilde(
    KAP10,
    "Vurderingen af genoptræningsbehovet er konkret og individuel og skal tage hensyn til "
    "patientens ressourcer og motivation for genoptræning.",
)

_HELHEDSPUNKTER = (
    "patienten er motiveret for en genoptræningsindsats og har et potentiale, der kan "
    "realiseres gennem genoptræning",
    "patienten kan lige så vel klare sig ved egen hjælp",
    "patientens behov er diffuse og bedre imødekommes af anden kommunal indsats",
)


def _svar(vaerdi: bool | None) -> str:
    return "ukendt" if vaerdi is None else ("ja" if vaerdi else "nej")


def vurder_genoptraeningsbehov(
    *,
    bevaegelsesmaessig: bool | None,
    aktivitetsmaessig: bool | None,
    mental: bool | None,
    social: bool | None,
    helhedsvurdering: bool | None = None,
    motiveret_med_potentiale: bool | None = None,
    kan_klare_sig_ved_egen_hjaelp: bool | None = None,
    behov_diffuse_eller_bedre_anden_indsats: bool | None = None,
) -> Genoptraeningsbehov:
    """Vurdering af, om en genoptræningsplan er indiceret (Kap. 10, »Hvordan vurderes, om der er
    et behov?«).

    Kilden kræver først »en overordnet helhedsvurdering« af tre punkter (motivation og
    potentiale; om patienten lige så vel kan klare sig ved egen hjælp; om behovene er diffuse
    og bedre imødekommes af anden kommunal indsats), og vurderingen skal »tage hensyn til«
    motivationen — intet punkt er et veto (nedsat handlekraft er selv et depressionssymptom).
    `helhedsvurdering` er den faglige helhedsvurdering (True: peger på, at en plan kan være
    relevant); uden den kan helhedsvurderingen ikke afgøres, og de tre punkter lægges frem i
    resultatet (GEN-06). Har patienten en eller flere af de fire funktionsevnenedsættelser, og
    peger helhedsvurderingen på en plan, udarbejdes en plan; fire kendte »nej« giver »ikke
    indiceret« (GEN-07). Hvert svar er `True`, `False` eller `None` (ukendt).
    """
    helhed_svar = kraev_valgfri_bool(helhedsvurdering, "helhedsvurdering")
    helhedspunkter = _helhedspunkterne(
        motiveret_med_potentiale,
        kan_klare_sig_ved_egen_hjaelp,
        behov_diffuse_eller_bedre_anden_indsats,
    )
    svar = _nedsaettelsessvar(bevaegelsesmaessig, aktivitetsmaessig, mental, social)
    til_stede = frozenset(g for g, s in svar.items() if s is True)
    ukendte = frozenset(g for g, s in svar.items() if s is None)
    helhed, helhedstekst = _helhedsvurderingen(helhed_svar)
    nedsat = _funktionsevnenedsaettelserne(til_stede, ukendte)
    plan, ider = _planen(helhed, nedsat)
    return Genoptraeningsbehov(
        plan_indiceret=plan,
        helhedsvurdering=helhed,
        funktionsevnenedsaettelse=nedsat,
        tilstedevaerende=til_stede,
        ukendte=ukendte,
        begrundelse=DovenTekst(
            lambda: _behovstekst(
                plan, helhed, helhedstekst, nedsat, til_stede, helhedspunkter, ider
            )
        ),
        kilder=(
            _KILDE_HELHEDSVURDERING,
            _KILDE_HENSYN_TIL_MOTIVATION,
            _KILDE_SPECIFIKKE_SPOERGSMAAL,
            _KILDE_PLAN_UDARBEJDES,
        ),
        helhedspunkter=helhedspunkter,
        fortolkninger=ider,
    )


def _helhedspunkterne(
    motiveret_med_potentiale: object,
    kan_klare_sig_ved_egen_hjaelp: object,
    behov_diffuse_eller_bedre_anden_indsats: object,
) -> tuple[str, ...]:
    """Helhedsvurderingens tre punkter med kalderens svar (ja, nej, ukendt), i kildens orden."""
    punkter = (
        kraev_valgfri_bool(motiveret_med_potentiale, "motiveret_med_potentiale"),
        kraev_valgfri_bool(kan_klare_sig_ved_egen_hjaelp, "kan_klare_sig_ved_egen_hjaelp"),
        kraev_valgfri_bool(
            behov_diffuse_eller_bedre_anden_indsats, "behov_diffuse_eller_bedre_anden_indsats"
        ),
    )
    return tuple(f"{tekst}: {_svar(v)}" for tekst, v in zip(_HELHEDSPUNKTER, punkter, strict=True))


def _nedsaettelsessvar(
    bevaegelsesmaessig: object, aktivitetsmaessig: object, mental: object, social: object
) -> dict[Funktionsevnenedsaettelse, bool | None]:
    """Svaret (ja, nej, ukendt) på hver af de fire gruppers spørgsmål."""
    return {
        Funktionsevnenedsaettelse.BEVAEGELSESMAESSIG: kraev_valgfri_bool(
            bevaegelsesmaessig, "bevaegelsesmaessig"
        ),
        Funktionsevnenedsaettelse.AKTIVITETSMAESSIG: kraev_valgfri_bool(
            aktivitetsmaessig, "aktivitetsmaessig"
        ),
        Funktionsevnenedsaettelse.MENTAL: kraev_valgfri_bool(mental, "mental"),
        Funktionsevnenedsaettelse.SOCIAL: kraev_valgfri_bool(social, "social"),
    }


def _helhedsvurderingen(helhed: bool | None) -> tuple[Svar, str]:
    """»… skal der indledningsvis foretages en overordnet helhedsvurdering«: den er kalderens;
    intet enkelt punkt afgør den (docs/fortolkninger.md, GEN-06)."""
    if helhed is None:
        return Svar.KAN_IKKE_AFGOERES, "den overordnede helhedsvurdering er ikke givet"
    if helhed:
        return Svar.OPFYLDT, "helhedsvurderingen peger på, at en plan kan være relevant"
    return Svar.IKKE_OPFYLDT, "helhedsvurderingen peger ikke på, at en plan kan være relevant"


def _funktionsevnenedsaettelserne(
    til_stede: frozenset[Funktionsevnenedsaettelse],
    ukendte: frozenset[Funktionsevnenedsaettelse],
) -> Svar:
    """»… en eller flere af de nævnte funktionsevnenedsættelser«: ét »ja« er nok; fire kendte
    »nej« afgør (GEN-07)."""
    if til_stede:
        return Svar.OPFYLDT
    if ukendte:
        return Svar.KAN_IKKE_AFGOERES
    return Svar.IKKE_OPFYLDT


def _nedsaettelsestekst(nedsat: Svar, til_stede: frozenset[Funktionsevnenedsaettelse]) -> str:
    """Begrundelsens del om funktionsevnenedsættelserne (`_funktionsevnenedsaettelserne`)."""
    if nedsat is Svar.OPFYLDT:
        navne = ", ".join(g.value.betegnelse for g in Funktionsevnenedsaettelse if g in til_stede)
        return f"funktionsevnenedsættelse til stede ({navne})"
    if nedsat is Svar.KAN_IKKE_AFGOERES:
        return "det vides ikke, om der er en funktionsevnenedsættelse"
    return "ingen af de fire funktionsevnenedsættelser er til stede"


def _planen(helhed: Svar, nedsat: Svar) -> tuple[Svar, tuple[str, ...]]:
    """»Såfremt det konstateres, at patienten har en eller flere af de nævnte
    funktionsevnenedsættelser, udarbejdes en genoptræningsplan« — når helhedsvurderingen peger
    på en plan: begge skal være opfyldt (`og`). Svaret og læsningerne (GEN-06, GEN-07)."""
    med_nedsaettelser = (GEN_HELHED, GEN_NEDSAETTELSER)
    plan = og(helhed, nedsat)
    if helhed is Svar.IKKE_OPFYLDT:
        return plan, (GEN_HELHED,)
    if nedsat is Svar.IKKE_OPFYLDT:
        return plan, med_nedsaettelser
    if plan is Svar.OPFYLDT:
        return plan, (GEN_HELHED,)
    return plan, med_nedsaettelser if nedsat is Svar.KAN_IKKE_AFGOERES else (GEN_HELHED,)


def _behovstekst(
    plan: Svar,
    helhed: Svar,
    helhedstekst: str,
    nedsat: Svar,
    til_stede: frozenset[Funktionsevnenedsaettelse],
    helhedspunkter: tuple[str, ...],
    ider: tuple[str, ...],
) -> str:
    """Begrundelsen for `vurder_genoptraeningsbehov` (skrives, når den læses) for svaret
    `plan` fra `_planen`, i dens tilfælde: svaret, helhedsvurderingens punkter og
    læsningerne."""
    nedsat_tekst = _nedsaettelsestekst(nedsat, til_stede)
    if helhed is Svar.IKKE_OPFYLDT:
        tekst = f"En genoptræningsplan er ikke indiceret: {helhedstekst}"
    elif nedsat is Svar.IKKE_OPFYLDT:
        tekst = f"En genoptræningsplan er ikke indiceret: {nedsat_tekst}"
    elif plan is Svar.OPFYLDT:
        tekst = f"En genoptræningsplan udarbejdes: {helhedstekst}, og {nedsat_tekst}"
    else:
        tekst = f"Kan ikke afgøres, om en plan er indiceret: {helhedstekst}; {nedsat_tekst}"
    tekst += f" (helhedsvurderingens punkter: {'; '.join(helhedspunkter)})"
    return f"{tekst} {laesning(*ider)}."
