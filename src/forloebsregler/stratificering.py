"""Depression: stratificeringen — niveauet ud fra sværhedsgrad og kompleksitet (Kap. 5).

Kilde: *Forløbsprogram for mennesker med depression* (Region Syddanmark), Kap. 5
Stratificering: »Depressionens sværhedsgrad og kompleksitet er de afgørende
stratificeringsfaktorer«, og »Det konkrete borgerforløb er tilrettelagt ud fra den enkelte
borgers behov på opstartstidspunktet.«

- Svær depression → »Svær depression og/eller høj kompleksitet«, uanset kompleksiteten.
- Let eller moderat depression med høj kompleksitet (klinisk vurderet) → samme niveau; uden
  høj kompleksitet → »Let depression/ikke komplekse« / »Moderat depression«.
- Er kompleksiteten ikke klinisk vurderet, er niveauet ikke afgjort (DEP-03); under let
  depression er der intet niveau. Niveauet får modellens faser fra Kap. 5's skema.
- `stratificer_mange` er områdets hurtige batchgenvej (følger `forloebsregler.batch`).

Depressionsprogrammets moduler: `svaerhedsgrad` (Kap. 5: symptomer og sværhedsgrad),
`kompleksitet` (Kap. 5: faktorer og klinisk vurdering), `stratificeringsmodel` (Kap. 5's
skema), dette modul (niveauet), `diagnose` (Kap. 6), `maalgruppe` (Kap. 1), `behandling`
(Kap. 7: medicinopstart, internetbehandling, behandlingsregler), `psykiatri` (Kap. 6 og 7),
`apotek` (Kap. 7), `sygefravaer` (Kap. 9), `livsstil` (Kap. 11: alkohol, rygestop) og
`screening` (PHQ-2, screeningsredskaber), `koordinator` (Kap. 8: den koordinerende
kontaktperson), `samtykke` (Kap. 8: informationsudveksling), `rehabilitering` (Kap. 11 og
regneeksemplet) og `udskrivning` (Kap. 7: afslutning af psykiatrisk behandling); fælles
byggesten står i `_depression_grundlag`.

Hurtig vej: niveaudelen er forudberegnet pr. (tællinger, læsning, klinisk vurdering);
kompleksitetsvurderingen slås først op, når den bruges. Resultaterne er frosne, så de kan
deles. De almindelige input (lister, tupler og mængder af enum-medlemmer eller deres navne)
afgøres af det private modul `_stratificering_hurtig` uden den generelle validering og uden
kontekstskift; funktionerne her er de læsbare regler, som alt andet går igennem. Når niveauet
ville være et andet under den anden læsning af Kap. 5's tal (3 + 1, 3 + 3), siger
begrundelsen det, og `fortolkninger` nævner DEP-01; flaget er forudberegnet.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from enum import Enum
from typing import TYPE_CHECKING, Any

import attrs

from forloebsregler._batchkoersel import ikke_oplyst, skalar
from forloebsregler._depression_grundlag import (
    KAP5,
    Afgoerelse,
    Fortolkning,
    Svaerhedsgrad,
    anden_laesning,
)
from forloebsregler._kontekst import decimalfri, hurtig_vej
from forloebsregler._resultat import Resultat, enkel_vaerdi
from forloebsregler._stratificering_hurtig import (
    ingen,
    lav_hurtig_raekke,
    lav_hurtig_stratificer,
)
from forloebsregler._valider import (
    vis,
)
from forloebsregler.fejl import ForloebsreglerFejl, UgyldigTypeFejl, UgyldigVaerdiFejl
from forloebsregler.kilder import (
    FORLOEBSPROGRAM_DEPRESSION,
    Kilde,
)
from forloebsregler.kompleksitet import (
    FORTOLKNING_KOMPLEKSITET,
    KOMPLICERENDE_TABEL,
    STYRKENDE_TABEL,
    Kompleksitetsvurdering,
    KomplicerendeFaktor,
    StyrkendeFaktor,
    kompleksitet_for,
    kraev_faktorer,
)
from forloebsregler.stratificeringsmodel import (
    KILDE_MODEL,
    Forloebsfase,
    Stratificeringsniveau,
    faser_for_niveau,
)
from forloebsregler.svaerhedsgrad import (
    FORTOLKNING_SVAERHEDSGRAD,
    KERNESYMPTOM_TABEL,
    LEDSAGESYMPTOM_TABEL,
    Svaerhedsvurdering,
    vurder_antal_symptomer,
    vurder_svaerhedsgrad,
)
from forloebsregler.svar import Svar

if TYPE_CHECKING:
    from forloebsregler.typer import (
        FortolkningArg,
        KernesymptomArg,
        KomplicerendeFaktorArg,
        LedsagesymptomArg,
        StyrkendeFaktorArg,
    )

__all__ = [
    "Afgoerelse",
    "Stratificering",
    "stratificer",
    "stratificer_mange",
]

# --------------------------------------------------------------------------- kilder

KILDE_STRATIFICERINGSFAKTORER = FORLOEBSPROGRAM_DEPRESSION.kilde(
    KAP5, "Depressionens sværhedsgrad og kompleksitet er de afgørende stratificeringsfaktorer"
)
KILDE_MODEL_FORMAAL = FORLOEBSPROGRAM_DEPRESSION.kilde(
    KAP5,
    "Det konkrete borgerforløb er tilrettelagt ud fra den enkelte borgers behov på "
    "opstartstidspunktet.",
)

# --------------------------------------------------------------------------- stratificeringen


@attrs.frozen
class Niveaudel:
    """Den del af en stratificering, der kun afhænger af tællingerne, læsningen og den
    kliniske vurdering (forudberegnet og delt mellem resultater; den er frossen)."""

    niveau: Stratificeringsniveau | None
    mulige_niveauer: tuple[Stratificeringsniveau, ...]
    afgjort: bool
    svaerhedsvurdering: Svaerhedsvurdering
    faser: tuple[Forloebsfase, ...]
    begrundelse: str
    kilder: tuple[Kilde, ...]
    fortolkninger: tuple[str, ...] = ()


@attrs.frozen
class Stratificering(Resultat):
    """Stratificeringsniveauet ud fra sværhedsgrad og kompleksitet, med modellens faser.

    `afgjort` er False, når niveauet afhænger af en kompleksitetsvurdering, der ikke er
    foretaget; så er `niveau` None, og `mulige_niveauer` siger, hvad det kan blive. Når
    symptomerne ikke svarer til depression, er `afgjort` True og `niveau` None: modellen
    omfatter patienter med depression.

    Værdien består af niveaudelen (niveau, faser, begrundelse, kilder), som er forudberegnet
    og deles mellem resultater, og de validerede faktorer, som kompleksitetsvurderingen
    (også delt) slås op ud fra, når den bruges.
    """

    _niveaudel: Niveaudel
    _komplicerende: frozenset[KomplicerendeFaktor]
    _styrkende: frozenset[StyrkendeFaktor]
    _hoej_kompleksitet: bool | None

    # de offentlige værdier er egenskaber; serialiseringen læser dem i denne orden
    _offentlige_felter = (
        "niveau",
        "mulige_niveauer",
        "afgjort",
        "svaerhedsvurdering",
        "kompleksitetsvurdering",
        "faser",
        "begrundelse",
        "kilder",
        "fortolkninger",
    )

    @property
    @decimalfri
    def kompleksitetsvurdering(self) -> Kompleksitetsvurdering:
        """Faktorerne og den kliniske vurdering af kompleksiteten."""
        return kompleksitet_for(self._komplicerende, self._styrkende, self._hoej_kompleksitet)

    @property
    @decimalfri
    def niveau(self) -> Stratificeringsniveau | None:
        """Niveauet, eller None (ikke afgjort, eller ikke depression)."""
        return self._niveaudel.niveau

    @property
    @decimalfri
    def mulige_niveauer(self) -> tuple[Stratificeringsniveau, ...]:
        """De niveauer, sagen kan ende i, givet det der vides."""
        return self._niveaudel.mulige_niveauer

    @property
    @decimalfri
    def afgjort(self) -> bool:
        """Om niveauspørgsmålet er afgjort."""
        return self._niveaudel.afgjort

    @property
    @decimalfri
    def svaerhedsvurdering(self) -> Svaerhedsvurdering:
        """Sværhedsvurderingen, stratificeringen bygger på."""
        return self._niveaudel.svaerhedsvurdering

    @property
    @decimalfri
    def faser(self) -> tuple[Forloebsfase, ...]:
        """Modellens faser for niveauet (tom, når niveauet ikke er afgjort)."""
        return self._niveaudel.faser

    @property
    @decimalfri
    def begrundelse(self) -> str:
        """Begrundelsen, som en sagsbehandler kan læse højt."""
        return self._niveaudel.begrundelse

    @property
    @decimalfri
    def kilder(self) -> tuple[Kilde, ...]:
        """De anvendte kilder."""
        return self._niveaudel.kilder

    @property
    @decimalfri
    def fortolkninger(self) -> tuple[str, ...]:
        """Fortolkningsloggens læsninger, svaret hviler på (DEP-01: niveauet ville være et
        andet under den anden læsning af sværhedsgraden; DEP-03: kompleksiteten er ikke
        klinisk vurderet)."""
        return self._niveaudel.fortolkninger


_NY = object.__new__
_SAET = object.__setattr__


def _ny_stratificering(
    niveaudel: Niveaudel,
    komplicerende: frozenset[KomplicerendeFaktor],
    styrkende: frozenset[StyrkendeFaktor],
    hoej: bool | None,
) -> Stratificering:
    """`Stratificering(niveaudel, komplicerende, styrkende, hoej)` uden den offentlige
    konstruktørs indpakning og efterkontrol: felterne er allerede frosne værdier (en frossen
    niveaudel, to frozensets og en bool/None), så efterkontrollen ville intet ændre."""
    r = _NY(Stratificering)
    _SAET(r, "_niveaudel", niveaudel)
    _SAET(r, "_komplicerende", komplicerende)
    _SAET(r, "_styrkende", styrkende)
    _SAET(r, "_hoej_kompleksitet", hoej)
    return r


_L = Stratificeringsniveau.LET_IKKE_KOMPLEKS
_M = Stratificeringsniveau.MODERAT
_S = Stratificeringsniveau.SVAER_ELLER_HOEJ_KOMPLEKSITET

_NIVEAU_FOR_GRAD = {
    Svaerhedsgrad.LET: _L,
    Svaerhedsgrad.MODERAT: _M,
    Svaerhedsgrad.SVAER: _S,
}


def _niveaudel(
    sv: Svaerhedsvurdering, hoej: Svar
) -> tuple[
    Stratificeringsniveau | None, tuple[Stratificeringsniveau, ...], bool, str, tuple[Kilde, ...]
]:
    grad = sv.svaerhedsgrad
    kilder = (KILDE_STRATIFICERINGSFAKTORER, KILDE_MODEL, KILDE_MODEL_FORMAAL, *sv.kilder)
    if grad is Svaerhedsgrad.INGEN:
        return (
            None,
            (),
            True,
            f"Intet stratificeringsniveau: {sv.begrundelse} Modellen gælder patienter med "
            "depression.",
            kilder,
        )
    if grad is Svaerhedsgrad.SVAER:
        return (
            _S,
            (_S,),
            True,
            f"Niveau »{_S.value}«: {sv.begrundelse} Svær depression hører til dette niveau "
            "uanset kompleksiteten.",
            kilder,
        )
    eget = _NIVEAU_FOR_GRAD[grad]
    if hoej is Svar.OPFYLDT:
        return (
            _S,
            (_S,),
            True,
            f"Niveau »{_S.value}«: {grad.value} med høj kompleksitet efter klinisk vurdering. "
            f"{sv.begrundelse}",
            kilder,
        )
    if hoej is Svar.IKKE_OPFYLDT:
        return (
            eget,
            (eget,),
            True,
            f"Niveau »{eget.value}«: {sv.begrundelse} Kompleksiteten er klinisk vurderet som "
            "ikke høj.",
            kilder,
        )
    return (
        None,
        (eget, _S),
        False,
        f"Niveau »{eget.value}« eller »{_S.value}« — kan ikke afgøres: {sv.begrundelse} "
        "Kompleksiteten er ikke klinisk vurderet, og programmet overlader høj kompleksitet "
        f"til den kliniske vurdering (se fortolkningsloggen {FORTOLKNING_KOMPLEKSITET}).",
        kilder,
    )


def _beskriv_niveau(
    niveau: Stratificeringsniveau | None, mulige: tuple[Stratificeringsniveau, ...]
) -> str:
    if niveau is not None:
        return f"»{niveau.value}«"
    if mulige:
        return " eller ".join(f"»{n.value}«" for n in mulige) + " (ikke afgjort)"
    return "intet niveau (ikke depression)"


def _stratadel(sv: Svaerhedsvurdering, hoej: Svar, anden: Svaerhedsvurdering) -> Niveaudel:
    """Niveaudelen under `sv`'s læsning; `anden` er samme tælling under den anden læsning."""
    niveau, mulige, afgjort, begrundelse, kilder = _niveaudel(sv, hoej)
    andet_niveau, andre_mulige, _, _, _ = _niveaudel(anden, hoej)
    fortolkninger: tuple[str, ...] = ()
    if (andet_niveau, andre_mulige) != (niveau, mulige):
        begrundelse += (
            f" Efter {anden.fortolkning.value} ville niveauet være: "
            f"{_beskriv_niveau(andet_niveau, andre_mulige)} (læsning, se fortolkningsloggen "
            f"{FORTOLKNING_SVAERHEDSGRAD})."
        )
        fortolkninger = (FORTOLKNING_SVAERHEDSGRAD,)
    if not afgjort:
        fortolkninger = (*fortolkninger, FORTOLKNING_KOMPLEKSITET)
    faser = faser_for_niveau(niveau) if niveau is not None else ()
    return Niveaudel(niveau, mulige, afgjort, sv, faser, begrundelse, kilder, fortolkninger)


# Alt andet end kompleksitetsvurderingen afhænger kun af (antal kerne, antal ledsage, læsning,
# klinisk vurdering); nøglen bruger tal og enums, så opslaget er billigt. Hver af de 192
# niveaudele regnes første gang, den slås op, og gemmes (ikke ved importen).
_BOGST = Fortolkning.BOGSTAVELIG
_SVAR_FOR_VURDERING = {True: Svar.OPFYLDT, False: Svar.IKKE_OPFYLDT, None: Svar.KAN_IKKE_AFGOERES}


class _Stratadele(dict[tuple[int, int, bool, bool | None], Niveaudel]):
    """Niveaudelene pr. (antal kerne, antal ledsage, bogstavelig læsning, klinisk vurdering)."""

    __slots__ = ()

    def __missing__(self, noegle: tuple[int, int, bool, bool | None]) -> Niveaudel:
        nk, nl, bogstavelig, hoej = noegle
        f = _BOGST if bogstavelig else Fortolkning.ICD10
        niveaudel = _stratadel(
            vurder_antal_symptomer(nk, nl, fortolkning=f),
            _SVAR_FOR_VURDERING[hoej],
            vurder_antal_symptomer(nk, nl, fortolkning=anden_laesning(f)),
        )
        self[noegle] = niveaudel
        return niveaudel


_STRATADELE = _Stratadele()


_stratificer_fabrik = lav_hurtig_stratificer(
    _STRATADELE,
    _ny_stratificering,
    KERNESYMPTOM_TABEL,
    LEDSAGESYMPTOM_TABEL,
    KOMPLICERENDE_TABEL,
    STYRKENDE_TABEL,
)
_hurtig_stratificer = _stratificer_fabrik(ingen)  # den hurtige vej alene (None: ikke afgjort)


@hurtig_vej(_stratificer_fabrik)
def stratificer(
    kernesymptomer: Iterable[KernesymptomArg],
    ledsagesymptomer: Iterable[LedsagesymptomArg],
    *,
    komplicerende: Iterable[KomplicerendeFaktorArg] = frozenset(),
    styrkende: Iterable[StyrkendeFaktorArg] = frozenset(),
    hoej_kompleksitet: bool | None = None,
    fortolkning: FortolkningArg = Fortolkning.ICD10,
) -> Stratificering:
    """Stratificeringsniveauet (Kap. 5) ud fra symptomer og kompleksitet.

    - Svær depression → »Svær depression og/eller høj kompleksitet«.
    - Let eller moderat depression med høj kompleksitet (klinisk vurderet) → samme niveau.
    - Let/moderat uden høj kompleksitet → »Let depression/ikke komplekse« / »Moderat«.
    - Let/moderat, hvor kompleksiteten ikke er vurderet (`hoej_kompleksitet=None`) → ikke
      afgjort; `mulige_niveauer` nævner de to muligheder.
    - Under let depression → intet niveau.
    """
    # Den hurtige vej for almindelige samlinger står i `_stratificering_hurtig`.
    sv = vurder_svaerhedsgrad(kernesymptomer, ledsagesymptomer, fortolkning=fortolkning)
    komp, styrk, h = kraev_faktorer(komplicerende, styrkende, hoej_kompleksitet)
    niveaudel = _STRATADELE[
        (sv.antal_kernesymptomer, sv.antal_ledsagesymptomer, sv.fortolkning is _BOGST, h)
    ]
    return Stratificering(niveaudel, komp, styrk, h)


_BATCH_NOEGLER = frozenset(
    {
        "kernesymptomer",
        "ledsagesymptomer",
        "komplicerende",
        "styrkende",
        "hoej_kompleksitet",
        "fortolkning",
    }
)


def _tekstliste(vaerdier: Iterable[Enum]) -> str:
    return ", ".join(v.name for v in vaerdier)


_VALGFRIE_NOEGLER = ("komplicerende", "styrkende", "hoej_kompleksitet", "fortolkning")


def _stratificer_raekke(raekke: object) -> dict[str, Any]:
    if not isinstance(raekke, Mapping):
        raise UgyldigTypeFejl(
            f"raekke: fik {vis(raekke)}; accepterer en dict med nøglerne "
            + ", ".join(sorted(_BATCH_NOEGLER))
        )
    ukendte = [str(k) for k in raekke if k not in _BATCH_NOEGLER]
    if ukendte:
        raise UgyldigVaerdiFejl(
            f"raekke: ukendte nøgler {', '.join(ukendte)}; accepterer "
            + ", ".join(sorted(_BATCH_NOEGLER))
        )
    # None, NaN og tom tekst i et valgfrit felt er »ikke oplyst«: feltets standard gælder;
    # numpy-skalarer (fx np.True_ fra en DataFrame) er deres Python-værdi, som i batchen
    valgfri: dict[str, Any] = {
        k: skalar(v)
        for k in _VALGFRIE_NOEGLER
        if (v := raekke.get(k)) is not None and not ikke_oplyst(v)
    }
    r = stratificer(
        raekke.get("kernesymptomer", ()),
        raekke.get("ledsagesymptomer", ()),
        komplicerende=valgfri.get("komplicerende", ()),
        styrkende=valgfri.get("styrkende", ()),
        hoej_kompleksitet=valgfri.get("hoej_kompleksitet"),
        fortolkning=valgfri.get("fortolkning", Fortolkning.ICD10),
    )
    sv, komp = r.svaerhedsvurdering, r.kompleksitetsvurdering
    return {
        "niveau": enkel_vaerdi(r.niveau),
        "mulige_niveauer": _tekstliste(r.mulige_niveauer),
        "afgjort": r.afgjort,
        "svaerhedsgrad": sv.svaerhedsgrad.name,
        "antal_kernesymptomer": sv.antal_kernesymptomer,
        "antal_ledsagesymptomer": sv.antal_ledsagesymptomer,
        "fortolkning": sv.fortolkning.name,
        "hoej_kompleksitet": komp.hoej_kompleksitet.name,
        "komplicerende_faktorer": _tekstliste(komp.komplicerende_faktorer),
        "styrkende_faktorer": _tekstliste(komp.styrkende_faktorer),
        "begrundelse": r.begrundelse,
        "fejl": None,
    }


_hurtig_raekke = lav_hurtig_raekke(
    _STRATADELE,
    kompleksitet_for,
    KERNESYMPTOM_TABEL,
    LEDSAGESYMPTOM_TABEL,
    KOMPLICERENDE_TABEL,
    STYRKENDE_TABEL,
    _BATCH_NOEGLER,
)


def stratificer_mange(raekker: Iterable[Mapping[str, Any]]) -> list[dict[str, Any]]:
    """Stratificér mange tilfælde: én DataFrame-klar post pr. række.

    Hver række er en dict med nøglerne fra `stratificer` (`kernesymptomer`,
    `ledsagesymptomer`, `komplicerende`, `styrkende`, `hoej_kompleksitet`, `fortolkning`).
    En ugyldig række giver en post med `fejl` sat (»række N: …«, N 1-baseret, og de øvrige
    felter None) i stedet for at standse kørslen.

    Bibliotekets ene batchkontrakt er `forloebsregler.batch` (`batch.depression`: `id` og
    ubrugte kolonner ført igennem, lister som »A;B«, `kilder`, `fejlfelt`, `fejlkode`); denne
    funktion er områdets hurtige genvej og følger kontraktens konventioner: `None`, NaN og tom
    tekst betyder »ikke oplyst«, og en række, hvor `kernesymptomer` eller `ledsagesymptomer`
    ikke er oplyst, er en fejl i rækken — en manglende symptomliste tælles aldrig som tom
    (en tom liste gives som `[]`).
    """
    if isinstance(raekker, str | bytes | Mapping) or not isinstance(raekker, Iterable):
        raise UgyldigTypeFejl(
            f"raekker: fik {vis(raekker)}; accepterer en liste (eller anden samling) af dicts"
        )
    try:
        raekkeliste = list(raekker)
    except Exception as fejl:
        raise UgyldigTypeFejl(f"raekker: kunne ikke gennemløbe {vis(raekker)}") from fejl
    # Den hurtige vej først for alle rækker (den har ingen sideeffekter og svarer None for
    # en række, den ikke afgør — også når en symptomliste mangler); så resten i rækkefølge.
    poster: list[dict[str, Any] | None] = list(map(_hurtig_raekke, raekkeliste))
    if None in poster:
        for i, post in enumerate(poster):
            if post is None:
                poster[i] = _langsom_post(raekkeliste[i], i + 1)
    return poster  # type: ignore[return-value]


def _langsom_post(raekke: object, i: int) -> dict[str, Any]:
    """Posten for række nr. `i` ad den læsbare vej (en fejl i rækken giver en fejlpost)."""
    mangler = _manglende_symptomlister(raekke)
    try:
        if mangler:  # en ugyldig værdi i de oplyste felter meldes først
            _stratificer_raekke(_uden_ikke_oplyste_lister(raekke))
            raise UgyldigVaerdiFejl(
                f"{mangler}: ikke oplyst; feltet er påkrævet (en tom liste gives som [])"
            )
        return _stratificer_raekke(raekke)
    except ForloebsreglerFejl as fejl:
        return {**dict.fromkeys(_TOMME_FELTER), "fejl": f"række {i}: {fejl}"}


def _uden_ikke_oplyste_lister(raekke: Any) -> dict[Any, Any]:
    """Rækken uden de symptomlister, der ikke er oplyst (kun til at finde andre fejl)."""
    return {
        k: v
        for k, v in raekke.items()
        if k not in ("kernesymptomer", "ledsagesymptomer") or not ikke_oplyst(v)
    }


def _manglende_symptomlister(raekke: object) -> str | None:
    """Navnet på den første påkrævede symptomliste, rækken ikke oplyser (ellers None)."""
    if not isinstance(raekke, Mapping):
        return None
    for navn in ("kernesymptomer", "ledsagesymptomer"):
        try:
            if any(k not in _BATCH_NOEGLER for k in raekke):
                return None  # ukendte nøgler meldes først (den læsbare vej)
            if ikke_oplyst(raekke.get(navn)):
                return navn
        except Exception:  # en defekt mapping: den læsbare vej giver fejlbeskeden
            return None
    return None


_TOMME_FELTER = (
    "niveau",
    "mulige_niveauer",
    "afgjort",
    "svaerhedsgrad",
    "antal_kernesymptomer",
    "antal_ledsagesymptomer",
    "fortolkning",
    "hoej_kompleksitet",
    "komplicerende_faktorer",
    "styrkende_faktorer",
    "begrundelse",
)
