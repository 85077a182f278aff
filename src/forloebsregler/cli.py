"""Kommandolinjen `forloebsregler`.

- `forloebsregler --version`
- `forloebsregler demo`: et gennemregnet eksempel pr. regelområde med kildernes egne tal.
- En underkommando pr. regelområde. Hver tager argumenter for én sag, en JSON-sagsfil
  (`--sag FIL`: et objekt eller en liste af objekter med funktionens argumenter) eller — for
  ledsagelse, IV og genoptræning — en CSV-fil (`--csv FIL`, `-` for stdin) med én sag pr. række.
  Uddata er en læsbar dansk opgørelse, eller `--json` / `--csv-ud`.

Én sag giver bibliotekets eget resultat (begrundelse, felter, kilder; `--json` er dets
`til_json()`); kommandolinjen regner og forklarer intet selv. `--csv` og en liste i `--sag`
køres gennem den ene batchkontrakt, `forloebsregler.batch.koer_batch`: `id` og ubrugte
kolonner føres igennem, og rækkerne har batchlagets nøgler og 1-baserede numre.

Fejl i enkelte rækker meldes med rækkenummer på stderr og stopper ikke resten; exit-status
er 0, når alt lykkedes, 1 når mindst én række fejlede, og 2 ved forkert brug (én linje på stderr).

Modulet holder underkommandoerne (`Omraade`, én `registrer` pr. område) og kørslen; CSV læses
af `_cli_csv`, uddata (tekst, JSON, CSV) skrives af `_cli_ud`, og demoen bor i
`forloebsregler.demo`.
"""

from __future__ import annotations

import argparse
import functools
import inspect
import json
import os
import sys
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from datetime import date
from decimal import Decimal
from typing import Any, TypeVar

import attrs

from forloebsregler import (
    __version__,
    batch,
    iv_finansiering,
    ivkategori,
    kilometergodtgoerelse,
    ledsagelsespris,
    stratificering,
    takster,
    takstfiler,
)
from forloebsregler import genoptraeningsfrist as genoptraening
from forloebsregler._cli_csv import CsvRaekkeFejl, aabn_tekst, laes_raekker
from forloebsregler._cli_ud import MedTillaeg, Skriver
from forloebsregler._genoptraening_grundlag import GEN_PLADSHOLDER, fjern_ukendt_begrundelse
from forloebsregler.fejl import ForloebsreglerFejl, UgyldigVaerdiFejl

__all__ = ["main"]

_T = TypeVar("_T")


# ---------------------------------------------------------------- regelområder


@attrs.frozen
class Omraade:
    """En underkommando: funktionen, dens argumenter og hvordan CSV-kolonner læses."""

    navn: str
    hjaelp: str
    funktion: Callable[..., Any]
    argumenter: tuple[tuple[str, str, str], ...]
    """(navn, slags, hjælp); slags er 'tekst', 'liste' (adskilt af ';') eller 'bool'."""
    csv_tilladt: bool = True
    enkeltsag: Callable[..., Any] | None = None
    """Funktionen for én sag fra kommandolinjens argumenter, når den svarer på et andet
    spørgsmål end batchfunktionen (fx fristen alene); ellers bruges `funktion`."""
    faelles: tuple[str, ...] = ()
    """Argumenter, hvis værdi fra kommandolinjen gælder hver række i --csv/--sag (en rækkes
    egen værdi går forud), fx ledsagelsens --takster FIL."""
    batchspec: batch.Omraadespec | None = None
    """Områdets beskrivelse i `forloebsregler.batch`: med den køres `--csv` og en liste i
    `--sag` gennem den ene batchkontrakt (`batch.koer_batch`); uden den række for række
    gennem `funktion`."""
    tal_som_tekst: tuple[str, ...] = ()
    """Felter, der er tal, men gives videre som tekst (fx ledsagelsens fremskrivningsfaktor,
    som takstmodulet selv læser): i det danske CSV-format læses deres decimalkomma som i
    batchbeskrivelsens felter af slagsen tal og heltal."""

    @property
    def talfelter(self) -> frozenset[str]:
        """Felterne, hvis celler er tal: i det danske CSV-format (`;`) omsættes kun deres
        decimalkomma; alle andre kolonner føres igennem, som de står."""
        spec = () if self.batchspec is None else self.batchspec.felter
        return frozenset(
            (*(f.navn for f in spec if f.slags in ("tal", "heltal")), *self.tal_som_tekst)
        )


OMRAADER: dict[str, Omraade] = {}


def registrer(omraade: Omraade) -> None:
    """Tilføj en underkommando (bruges af kommandolinjen selv)."""
    OMRAADER[omraade.navn] = omraade


_SLAGS_FRA_BATCH: Mapping[str, str] = {"liste": "liste", "janej": "bool"}


def _fra_batch(
    navn: str,
    hjaelp: str,
    funktion: Callable[..., Any],
    spec: batch.Omraadespec,
    hjaelpetekster: Mapping[str, str],
    *,
    faelles: tuple[str, ...] = (),
    tal_som_tekst: tuple[str, ...] = (),
) -> Omraade:
    """En underkommando, hvis argumenter er batchbeskrivelsens felter — samme navne og
    rækkefølge; ja/nej-felter som 'bool', lister som 'liste', resten som tekst — hver med sin
    hjælpetekst, og `id` først, når hjælpeteksterne nævner det. Så kan kommandolinjens
    argumenter og batchens felter ikke glide fra hinanden."""
    felter = [("id", "tekst")] if "id" in hjaelpetekster else []
    felter += [(f.navn, _SLAGS_FRA_BATCH.get(f.slags, "tekst")) for f in spec.felter]
    return Omraade(
        navn=navn,
        hjaelp=hjaelp,
        funktion=funktion,
        argumenter=tuple((n, slags, hjaelpetekster[n]) for n, slags in felter),
        faelles=faelles,
        batchspec=spec,
        tal_som_tekst=tal_som_tekst,
    )


def _omsaet(vaerdi: Any, slags: str, navn: str) -> Any:
    """En CSV-/argumentværdi (tekst) omsat efter sin slags; JSON-værdier gives videre."""
    if not isinstance(vaerdi, str):
        return vaerdi
    if slags == "liste":
        return [del_.strip() for del_ in vaerdi.split(";") if del_.strip()]
    if slags == "bool":
        normal = vaerdi.strip().lower()
        if normal in {"ja", "j", "true", "1"}:
            return True
        if normal in {"nej", "n", "false", "0"}:
            return False
        if normal in {"ukendt", "?"}:
            return None
        raise UgyldigVaerdiFejl(f"{navn}: fik {vaerdi!r}; accepterer ja, nej eller ukendt")
    return vaerdi


def _kald(omraade: Omraade, raekke: Mapping[str, Any]) -> Any:
    kendte = {a[0]: a[1] for a in omraade.argumenter}
    ukendte = sorted(set(raekke) - set(kendte))
    if ukendte:
        raise UgyldigVaerdiFejl(
            f"ukendte felter {', '.join(ukendte)}; accepterer {', '.join(kendte)}"
        )
    kwargs = {
        navn: _omsaet(v, kendte[navn], navn)
        for navn, v in raekke.items()
        if v is not None and v != ""
    }
    try:
        inspect.signature(omraade.funktion).bind(**kwargs)
    except TypeError as fejl:
        raise UgyldigVaerdiFejl(f"{fejl}; felterne er {', '.join(kendte)} (se --help)") from None
    return omraade.funktion(**kwargs)


def _iv(
    timer: Any = None,
    antal_besoeg: Any = None,
    minutter_pr_besoeg: Any = None,
    afslutning_af_kemokur: Any = False,
    id: Any = None,
) -> Any:
    """Ét IV-forløb: bibliotekets `tyngdekategori` og `regional_finansiering`, uændret."""
    timer = batch._iv_timer(timer, antal_besoeg, minutter_pr_besoeg)
    vurdering = ivkategori.tyngdekategori(timer, afslutning_af_kemokur=afslutning_af_kemokur)
    finansiering = iv_finansiering.regional_finansiering(vurdering.kategori)
    return MedTillaeg(vurdering, finansiering, "finansiering", "Finansiering")


registrer(
    _fra_batch(
        "iv",
        "IV-behandling: tyngdekategori og finansiering af et forløb (rammeaftalen)",
        _iv,
        batch.OMRAADER["iv"],
        {
            "id": "forløbets id (valgfrit)",
            "timer": "samlet behandlingstid i timer",
            "antal_besoeg": "antal besøg (i stedet for --timer)",
            "minutter_pr_besoeg": "minutter pr. besøg (med --antal-besoeg)",
            "afslutning_af_kemokur": "ja, hvis forløbet er afslutning af en kemokur",
        },
    )
)


registrer(
    _fra_batch(
        "depression",
        "Depression: sværhedsgrad og stratificering efter forløbsprogrammet (Kap. 5)",
        stratificering.stratificer,
        batch.OMRAADER["depression"],
        {
            "kernesymptomer": "kernesymptomer (navne, fx NEDTRYKTHED)",
            "ledsagesymptomer": "ledsagesymptomer (navne)",
            "komplicerende": "komplicerende faktorer (navne)",
            "styrkende": "styrkende faktorer (navne)",
            "hoej_kompleksitet": "klinikerens vurdering: ja, nej eller ukendt",
            "fortolkning": "ICD10 (standard) eller BOGSTAVELIG",
        },
    )
)


_tk = takster  # modulet; argumentet »takster« er takstfilen


@functools.lru_cache(maxsize=32)
def _takstregister(
    fil: str | None,
    faktor: str | None,
    aar: str | None,
    serie: tuple[str, ...],
    niveau: str | None,
) -> _tk.Takstregister:
    """Registret, som `ledsagelse` prissætter efter (én gang pr. valg, også under --csv).

    En faktor eller en serie gælder kun de år, den er givet for — som et register — og
    2019-tabellen gælder 2019; timer uden for registrets perioder giver en fejl.
    """
    _tjek_takstvalg(fil, faktor, aar, serie, niveau)
    if fil:
        return _register_fra_fil(fil)
    if faktor:
        return _register_fra_faktor(faktor, aar, niveau)
    if serie:
        return _register_fra_serie(serie)
    return _tk.STANDARD_TAKSTREGISTER


def _tjek_takstvalg(
    fil: str | None,
    faktor: str | None,
    aar: str | None,
    serie: tuple[str, ...],
    niveau: str | None,
) -> None:
    """Højst én måde at give takster på; takstniveau og takstaar kun med en faktor."""
    valgt = [n for n, v in (("takster", fil), ("fremskrivningsfaktor", faktor)) if v]
    if serie:
        valgt.append("fremskrivning")
    if len(valgt) > 1:
        raise UgyldigVaerdiFejl(
            f"{' og '.join(valgt)}: gives ikke sammen; accepterer én af takster (takstfil), "
            "fremskrivningsfaktor med takstaar eller fremskrivning"
        )
    if niveau is not None and not faktor:
        raise UgyldigVaerdiFejl("takstniveau: gives kun sammen med fremskrivningsfaktor")
    if aar is not None and not faktor:
        raise UgyldigVaerdiFejl("takstaar: gives kun sammen med fremskrivningsfaktor")


def _register_fra_fil(fil: str) -> _tk.Takstregister:
    """Takstfilens tabeller; dækker filen ikke 2019, gælder den indbyggede 2019-tabel også."""
    fra_fil = takstfiler.indlaes_takster(fil)
    p2019 = _tk.TAKSTER_2019
    if any(
        t.gyldig_fra <= p2019.gyldig_til and p2019.gyldig_fra <= t.gyldig_til
        for t in fra_fil.tabeller
    ):
        return fra_fil
    return _tk.STANDARD_TAKSTREGISTER.med(*fra_fil.tabeller)


def _register_fra_faktor(faktor: str, aar: str | None, niveau: str | None) -> _tk.Takstregister:
    """2019-taksterne fremskrevet med én faktor for ét kalenderår (`takstaar`)."""
    aarstal = _takstaar(aar, faktor)
    tabel = _tk.TAKSTER_2019.fremskriv(
        faktor,
        niveau=niveau,
        gyldig_fra=date(aarstal, 1, 1),
        gyldig_til=date(aarstal, 12, 31),
    )
    if niveau is None:
        tabel = attrs.evolve(tabel, niveau=f"{aarstal}-niveau ({tabel.niveau})")
    return _tk.STANDARD_TAKSTREGISTER.med(tabel)


def _takstaar(aar: str | None, faktor: str) -> int:
    """Året, en fremskrivningsfaktor gælder: påkrævet, 1900–2199, ikke 2019 (indbygget)."""
    if aar is None:
        raise UgyldigVaerdiFejl(
            f"takstaar: mangler; fremskrivningsfaktor {faktor} gælder ét kalenderår, som "
            "gives med takstaar (fx --takstaar 2024), så timer fra andre år ikke ganges "
            "med faktoren"
        )
    try:
        aarstal = int(aar)
    except ValueError:
        raise UgyldigVaerdiFejl(f"takstaar: fik {aar!r}; accepterer et årstal, fx 2024") from None
    if not 1900 <= aarstal <= 2199 or aarstal == 2019:
        raise UgyldigVaerdiFejl(
            f"takstaar: fik {aar!r}; accepterer et årstal fra 1900 til 2199 undtagen 2019 "
            "(2019-niveau er indbygget)"
        )
    return aarstal


def _register_fra_serie(serie: tuple[str, ...]) -> _tk.Takstregister:
    """2019-taksterne fremskrevet år for år med faktorerne »år=faktor«."""
    faktorer: dict[int, str] = {}
    for del_ in serie:
        aar_tekst, lig, f = del_.partition("=")
        try:
            faktorer[int(aar_tekst)] = f.strip()
        except ValueError:
            lig = ""
        if not lig:
            raise UgyldigVaerdiFejl(
                f"fremskrivning: fik {del_!r}; accepterer år=faktor, fx 2020=1.021 "
                "(flere adskilt af ';')"
            )
    return _tk.TAKSTER_2019.fremskriv_aarligt(faktorer)


def _register(
    takster: Any,
    fremskrivningsfaktor: Any,
    takstaar: Any,
    fremskrivning: Any,
    takstniveau: Any,
) -> _tk.Takstregister:
    serie = (
        tuple(str(f) for f in fremskrivning)
        if isinstance(fremskrivning, list | tuple)
        else ((str(fremskrivning),) if fremskrivning else ())
    )
    return _takstregister(
        None if takster is None else str(takster),
        None if fremskrivningsfaktor is None else str(fremskrivningsfaktor),
        None if takstaar is None else str(takstaar),
        serie,
        None if takstniveau is None else str(takstniveau),
    )


def _prissaet(beregn: Callable[..., _T], start: Any, slut: Any, takstvalg: tuple[Any, ...]) -> _T:
    """`beregn(start=…, slut=…, takster=register)` efter kommandolinjens valg af takster
    (`takstvalg` er `_register`s fem argumenter); fejlen »ingen taksttabel gælder …« med
    kommandolinjens måder at give takster på (--takster, --fremskrivningsfaktor,
    --fremskrivning)."""
    register = _register(*takstvalg)
    try:
        return beregn(start=start, slut=slut, takster=register)
    except ForloebsreglerFejl as fejl:
        if "ingen taksttabel gælder" in str(fejl):
            raise UgyldigVaerdiFejl(
                f"{fejl}; på kommandolinjen: --takster FIL (en takstfil, se docs/ledsagelse.md), "
                "--fremskrivningsfaktor F --takstaar ÅR eller --fremskrivning ÅR=F ..."
            ) from None
        raise fejl from None


def _kraev_km_til_sats(km: Any, km_sats: Any) -> None:
    """En kilometersats uden kilometer er en fejl (satsen ville tabes i stilhed)."""
    if km is None and km_sats is not None:
        raise UgyldigVaerdiFejl("km_sats: gives kun sammen med km")


def _ledsagelse(
    start: Any = None,
    slut: Any = None,
    takster: Any = None,
    fremskrivningsfaktor: Any = None,
    takstaar: Any = None,
    fremskrivning: Any = None,
    takstniveau: Any = None,
    km: Any = None,
    km_sats: Any = None,
    id: Any = None,
) -> Any:
    """Én ledsagelse: bibliotekets `beregn_ledsagelse` efter det valgte takstregister, og med
    `km` også bibliotekets `beregn_kilometergodtgoerelse` — svarene uændret."""
    if start is None or slut is None:
        raise UgyldigVaerdiFejl("start og slut skal begge gives (ISO 8601 med tidszone)")
    takstvalg = (takster, fremskrivningsfaktor, takstaar, fremskrivning, takstniveau)
    resultat = _prissaet(ledsagelsespris.beregn_ledsagelse, start, slut, takstvalg)
    _kraev_km_til_sats(km, km_sats)
    if km is None:
        return resultat
    koersel = kilometergodtgoerelse.beregn_kilometergodtgoerelse(km, resultat.start, sats=km_sats)
    return MedTillaeg(resultat, koersel, "kilometergodtgoerelse", "Kørsel")


_KM_KOLONNER: tuple[tuple[str, batch.Kolonnetype], ...] = (
    ("km", "decimal"),
    ("km_sats", "kroner"),
    ("km_beloeb", "kroner"),
    ("km_begrundelse", "tekst"),
)


def _ledsagelse_batch(
    *,
    start: Any,
    slut: Any,
    takster: Any = None,
    fremskrivningsfaktor: Any = None,
    takstaar: Any = None,
    fremskrivning: Any = None,
    takstniveau: Any = None,
    km: Any = None,
    km_sats: Any = None,
) -> dict[str, Any]:
    """Én række i `--csv`: batchlagets ledsagelsespost efter rækkens takstregister, og med
    `km` kilometergodtgørelsens egne tal og begrundelse i km-kolonnerne."""
    takstvalg = (takster, fremskrivningsfaktor, takstaar, fremskrivning, takstniveau)
    post = dict(_prissaet(batch.OMRAADER["ledsagelse"].beregn, start, slut, takstvalg))
    _kraev_km_til_sats(km, km_sats)
    if km is None:
        return {**post, **dict.fromkeys(n for n, _ in _KM_KOLONNER)}
    return _med_koersel(
        post, kilometergodtgoerelse.beregn_kilometergodtgoerelse(km, post["start"], sats=km_sats)
    )


def _med_koersel(post: dict[str, Any], g: Any) -> dict[str, Any]:
    """Ledsagelsesposten med kilometergodtgørelsens tal i km-kolonnerne og dens daterede tal,
    kilder og fortolkninger føjet til postens (uden gentagelser)."""
    parametre = batch._parametre(g.anvendte_parametre)
    post["anvendte_parametre"] = "; ".join(p for p in (post["anvendte_parametre"], parametre) if p)
    kilder = batch._kilder(g.kilder)
    post["kilder"] = "; ".join(dict.fromkeys((*post["kilder"].split("; "), *kilder.split("; "))))
    if g.fortolkninger:
        post["fortolkninger"] = ";".join(
            dict.fromkeys((*(post["fortolkninger"] or "").split(";"), *g.fortolkninger))
        ).strip(";")
    km_post = {
        "km": g.kilometer,
        "km_sats": g.sats,
        "km_beloeb": g.beloeb,
        "km_begrundelse": g.begrundelse,
    }
    return {**post, **km_post}


_LEDSAGELSE_SPEC = batch.Omraadespec(
    navn="ledsagelse",
    felter=(
        *batch.OMRAADER["ledsagelse"].felter,
        batch.Felt("takster", "tekst"),
        batch.Felt("fremskrivningsfaktor", "tekst"),
        batch.Felt("takstaar", "tekst"),
        batch.Felt("fremskrivning", "liste"),
        batch.Felt("takstniveau", "tekst"),
        batch.Felt("km", "tal"),
        batch.Felt("km_sats", "tal"),
    ),
    beregn=_ledsagelse_batch,
    kolonner=(*batch.OMRAADER["ledsagelse"].kolonner, *_KM_KOLONNER),
)
"""Ledsagelse under `--csv`: batchlagets felter og kolonner, plus kommandolinjens valg af
takstregister pr. række og kilometergodtgørelsens kolonner."""


registrer(
    _fra_batch(
        "ledsagelse",
        "Ledsagelse under sygehusbehandling: pris efter timetaksterne (2019-niveau "
        "indbygget; andre år fra en takstfil eller en fremskrivning)",
        _ledsagelse,
        _LEDSAGELSE_SPEC,
        {
            "id": "episodens id (valgfrit)",
            "start": "start, ISO 8601 med tidszone (fx 2019-12-24T16:00+01:00)",
            "slut": "slut, ISO 8601 med tidszone",
            "takster": "takstfil (TOML eller CSV) med regionens taksttabeller for andre år",
            "fremskrivningsfaktor": (
                "faktor på 2019-taksterne for ét år (fx 1.0654); kræver --takstaar"
            ),
            "takstaar": "kalenderåret, fremskrivningsfaktoren gælder (fx 2024)",
            "fremskrivning": (
                "årlige faktorer i kæde fra 2019, fx 2020=1.021 2021=1.03 (i CSV: ';')"
            ),
            "takstniveau": "navn på det fremskrevne takstniveau (valgfrit)",
            "km": "kilometer (lav kilometertakst på startdatoen), valgfrit",
            "km_sats": "kilometersats i kr./km (ellers statens lave sats)",
        },
        faelles=("takster", "fremskrivningsfaktor", "takstaar", "fremskrivning", "takstniveau"),
        tal_som_tekst=("fremskrivningsfaktor",),
    )
)


def _genoptraening_enkeltsag(**felter: Any) -> Any:
    """Én sag: uden en tilbudt opstart er spørgsmålet fristen, og svaret er bibliotekets
    `opstartsfrist`; med en tilbudt opstart det frie valg, bibliotekets `frit_leverandoervalg`
    (med fristen i sig)."""
    if "udskrivning" not in felter:
        raise UgyldigVaerdiFejl(
            "udskrivning: ikke oplyst; feltet er påkrævet (dato eller tidspunkt, ISO 8601)"
        )
    felter.pop("id", None)
    udskrivning = felter.pop("udskrivning")
    ukendt = fjern_ukendt_begrundelse(felter)  # som i batchkontrakten (GEN-15)
    if "tilbudt_opstart" in felter:
        tilbudt = felter.pop("tilbudt_opstart")
        svar: Any = genoptraening.frit_leverandoervalg(udskrivning, tilbudt, **felter)
    else:
        svar = genoptraening.opstartsfrist(udskrivning, **felter)
    if ukendt:
        svar = attrs.evolve(svar, fortolkninger=(*svar.fortolkninger, GEN_PLADSHOLDER))
    return svar


registrer(
    _fra_batch(
        "genoptraening",
        "Genoptræning: 7-dagesfristen for opstart og frit valg af leverandør",
        _genoptraening_enkeltsag,
        batch.OMRAADER["genoptraening"],
        {
            "id": "sagens id (valgfrit)",
            "udskrivning": "udskrivningsdato eller tidspunkt med tidszone (ISO 8601)",
            "tilbudt_opstart": "kommunens tilbudte opstartsdato",
            "sygehusets_startdato": "sygehusets senere startdato",
            "begrundelse": "sundhedsfaglig begrundelse for en senere startdato",
            "kontakt": "UDSKRIVNING (standard) eller AMBULANT (plan fra et ambulant forløb)",
        },
    )
)


# ---------------------------------------------------------------- kørsel


def _raekker_fra_csv(
    fil: str,
    *,
    encoding: str | None = None,
    excel: bool = False,
    talfelter: frozenset[str] = frozenset(),
    felter: frozenset[str] = frozenset(),
) -> Iterator[tuple[int, dict[str, str] | CsvRaekkeFejl]]:
    with aabn_tekst(fil, encoding) as stroem:
        yield from laes_raekker(
            stroem,
            excel=excel,
            kodning=encoding or "utf-8",
            talfelter=talfelter,
            felter=felter,
        )


_MAKS_JSON_BYTES = 50_000_000


def _afvis_konstant(navn: str) -> Any:
    raise UgyldigVaerdiFejl(f"--sag: JSON-værdien {navn} accepteres ikke; brug et tal")


def _raekker_fra_json(fil: str) -> tuple[bool, list[tuple[int, dict[str, Any]]]]:
    try:
        with open(fil, encoding="utf-8-sig") as strøm:
            tekst = strøm.read(_MAKS_JSON_BYTES + 1)
    except OSError as fejl:
        raise UgyldigVaerdiFejl(f"--sag: kan ikke åbne {fil!r}: {fejl.strerror}") from None
    except UnicodeDecodeError:
        raise UgyldigVaerdiFejl(f"--sag: {fil!r} er ikke UTF-8-tekst") from None
    if len(tekst) > _MAKS_JSON_BYTES:
        raise UgyldigVaerdiFejl(f"--sag: {fil!r} er for stor; højst {_MAKS_JSON_BYTES} tegn")
    try:
        data = json.loads(tekst, parse_float=Decimal, parse_constant=_afvis_konstant)
    except json.JSONDecodeError as fejl:
        raise UgyldigVaerdiFejl(f"--sag: {fil!r} er ikke gyldig JSON: {fejl}") from None
    except RecursionError:
        raise UgyldigVaerdiFejl(f"--sag: {fil!r} er indlejret for dybt") from None
    except ValueError as fejl:  # fx et heltal med flere cifre, end Python læser
        if isinstance(fejl, ForloebsreglerFejl):
            raise
        raise UgyldigVaerdiFejl(f"--sag: {fil!r} har et tal, der er for stort") from None
    if isinstance(data, dict):
        return True, [(1, data)]
    if isinstance(data, list) and all(isinstance(d, dict) for d in data):
        return False, list(enumerate(data, start=1))
    raise UgyldigVaerdiFejl("--sag: accepterer et JSON-objekt eller en liste af objekter")


class _Fremdrift:
    """En fremdriftslinje på stderr, når stderr er en terminal."""

    def __init__(self) -> None:
        try:
            self.aktiv = sys.stderr.isatty()
        except (AttributeError, ValueError):
            self.aktiv = False
        self.antal = 0

    def tael(self) -> None:
        self.antal += 1
        if self.aktiv and self.antal % 1000 == 0:
            print(f"\rforloebsregler: {self.antal} rækker", end="", file=sys.stderr, flush=True)

    def slut(self) -> None:
        if self.aktiv and self.antal >= 1000:
            print(f"\rforloebsregler: {self.antal} rækker", file=sys.stderr)


class _Filfejl:
    """Pladsholder i batchen for en række, CSV-læsningen ikke kunne læse (ikke en mapping, så
    batchen giver den en fejlpost med rækkens nummer)."""

    __slots__ = ()


@attrs.frozen
class _Raekkefejl:
    """En række, der fejlede: linjen til stderr (uden »forloebsregler: « foran)."""

    besked: str


_Udfald = tuple[int | None, Any]
"""(rækkenummer, resultat eller `_Raekkefejl`); nummeret er None for én sag i --sag."""


def _med_faelles(raekke: Mapping[str, Any], faelles: Mapping[str, Any]) -> dict[str, Any]:
    """Rækken med kommandolinjens værdi for de fælles argumenter, hvor rækken ikke selv giver
    en (fx ledsagelsens --takster FIL)."""
    return {**raekke, **{k: v for k, v in faelles.items() if raekke.get(k) in (None, "")}}


def _batchudfald(
    spec: batch.Omraadespec,
    raekker: Iterable[tuple[int, Mapping[str, Any] | CsvRaekkeFejl]],
    faelles: Mapping[str, Any],
) -> Iterator[_Udfald]:
    """Rækkerne gennem den ene batchkontrakt (`batch.koer_batch`), strømmende: hver post, når
    den er beregnet; en post med `fejl` (eller en ulæselig CSV-række) som `_Raekkefejl`."""
    filfejl: dict[int, CsvRaekkeFejl] = {}

    def inddata() -> Iterator[object]:
        for nr, raekke in raekker:
            if isinstance(raekke, CsvRaekkeFejl):
                filfejl[nr] = raekke
                yield _Filfejl()
            else:
                yield _med_faelles(raekke, faelles) if faelles else raekke

    for post in batch.koer_batch(spec, inddata()):
        nr = post["raekke"]
        if nr in filfejl:
            yield nr, _Raekkefejl(str(filfejl.pop(nr)))
        elif post["fejl"] is not None:
            yield nr, _Raekkefejl(f"række {nr}: {post['fejl']}")
        else:
            yield nr, post


def _kaldsudfald(
    omraade: Omraade,
    raekker: Iterable[tuple[int, Mapping[str, Any] | CsvRaekkeFejl]],
    faelles: Mapping[str, Any],
    enkelt: bool,
) -> Iterator[_Udfald]:
    """Rækkerne én ad gangen gennem områdets funktion (`_kald`): for et område uden
    batchbeskrivelse og for én sag i --sag (`enkelt`: resultatet uden rækkenummer)."""
    for nr, raekke in raekker:
        if isinstance(raekke, CsvRaekkeFejl):
            yield nr, _Raekkefejl(str(raekke))
            continue
        if faelles:  # en rækkes tomme felter giver plads til kommandolinjens værdi
            raekke = _med_faelles({k: v for k, v in raekke.items() if v not in (None, "")}, faelles)
        try:
            resultat = _kald(omraade, raekke)
        except ForloebsreglerFejl as fejl:
            yield nr, _Raekkefejl(f"række {nr}: {fejl}")
            continue
        yield (None if enkelt else nr), resultat


def _skriv_udfald(udfald: Iterable[_Udfald], skriver: Skriver) -> int:
    """Skriv hvert resultat, så snart det er beregnet; meld hver fejlet række på stderr.
    Returnerer antallet af fejlede rækker."""
    fejlede = 0
    fremdrift = _Fremdrift()
    for nr, resultat in udfald:
        fremdrift.tael()
        if not isinstance(resultat, _Raekkefejl):
            try:
                skriver.skriv(nr, resultat)
                continue
            except CsvRaekkeFejl as fejl:  # et resultat med andre felter end det første
                resultat = _Raekkefejl(str(fejl))
        fejlede += 1
        print(f"forloebsregler: {resultat.besked}", file=sys.stderr)
    fremdrift.slut()
    return fejlede


def _raekker(
    args: argparse.Namespace, excel: bool, omraade: Omraade
) -> tuple[bool, Iterable[tuple[int, Mapping[str, Any] | CsvRaekkeFejl]]]:
    """(én sag?, rækkerne) fra --csv eller --sag."""
    if getattr(args, "csv", None):
        return False, _raekker_fra_csv(
            args.csv,
            encoding=args.encoding,
            excel=excel,
            talfelter=omraade.talfelter,
            felter=frozenset(a[0] for a in omraade.argumenter),
        )
    return _raekker_fra_json(args.sag)


def _sikr_stdout(format_: str) -> None:
    """Uddata, som stdout kan skrive: JSON og CSV (også dansk Excel med BOM) er altid UTF-8,
    også når stdout har en anden kodning (fx cp1252 ved en omdirigering på Windows); tekst
    skrives i stdouts kodning, og et tegn, den ikke har, som en escape i stedet for en fejl."""
    kodning = (getattr(sys.stdout, "encoding", None) or "").lower().replace("_", "-")
    omkod = getattr(sys.stdout, "reconfigure", None)
    if kodning in ("utf-8", "utf8") or omkod is None:
        return
    if format_ == "tekst":
        omkod(errors="backslashreplace")
    else:
        sys.stdout.flush()
        omkod(encoding="utf-8", errors="strict")


def _koer_omraade(args: argparse.Namespace) -> int:
    omraade: Omraade = OMRAADER[args.kommando]
    excel = bool(getattr(args, "excel", False))
    format_ = "json" if args.json else "csv" if (args.csv_ud or excel) else "tekst"
    _sikr_stdout(format_)
    skriver = Skriver(format_, sys.stdout, excel=excel)
    if not getattr(args, "csv", None) and not args.sag:
        sag = {a[0]: getattr(args, a[0]) for a in omraade.argumenter}
        enkelt_omraade = (
            attrs.evolve(omraade, funktion=omraade.enkeltsag) if omraade.enkeltsag else omraade
        )
        skriver.skriv(None, _kald(enkelt_omraade, sag))
        skriver.afslut(True)
        return 0
    enkelt, raekker = _raekker(args, excel, omraade)
    faelles = {n: getattr(args, n) for n in omraade.faelles if getattr(args, n) not in (None, [])}
    if omraade.batchspec is not None and not enkelt:
        udfald = _batchudfald(omraade.batchspec, raekker, faelles)
    else:
        udfald = _kaldsudfald(omraade, raekker, faelles, enkelt)
    fejlede = _skriv_udfald(udfald, skriver)
    skriver.afslut(enkelt)
    return 1 if fejlede else 0


# ---------------------------------------------------------------- demo


def _demo(_args: argparse.Namespace) -> int:
    from forloebsregler import demo  # først når demoen vises

    print("\n".join(demo.linjer()))
    return 0


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="forloebsregler",
        description="Forløbsregler for Region Syddanmark og kommunerne.",
    )
    parser.add_argument("--version", action="version", version=f"forloebsregler {__version__}")
    under = parser.add_subparsers(dest="kommando", metavar="KOMMANDO")
    demo = under.add_parser("demo", help="gennemregnede eksempler fra kilderne")
    demo.set_defaults(funktion=_demo)
    for omraade in OMRAADER.values():
        p = under.add_parser(omraade.navn, help=omraade.hjaelp, description=omraade.hjaelp)
        for navn, slags, hjaelp in omraade.argumenter:
            flag = "--" + navn.replace("_", "-")
            if slags == "liste":
                p.add_argument(flag, dest=navn, nargs="*", help=hjaelp)
            else:
                p.add_argument(flag, dest=navn, help=hjaelp)
        kilde = p.add_mutually_exclusive_group()
        kilde.add_argument("--sag", metavar="FIL", help="JSON-sagsfil (objekt eller liste)")
        if omraade.csv_tilladt:
            kilde.add_argument(
                "--csv", metavar="FIL", help="CSV-fil med én sag pr. række ('-' = stdin)"
            )
            p.add_argument(
                "--encoding",
                metavar="KODNING",
                help="CSV-filens kodning (standard utf-8, med eller uden BOM; fx cp1252)",
            )
            p.add_argument(
                "--excel",
                action="store_true",
                help="dansk regnearksformat ind og ud: ';' som skilletegn, decimalkomma, BOM",
            )
        ud = p.add_mutually_exclusive_group()
        ud.add_argument("--json", action="store_true", help="skriv JSON")
        ud.add_argument("--csv-ud", action="store_true", help="skriv CSV")
        p.set_defaults(funktion=_koer_omraade)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Kør kommandolinjen; returnerer exit-status."""
    parser = _parser()
    args = parser.parse_args(argv)
    funktion = getattr(args, "funktion", None)
    if funktion is None:
        parser.print_help()
        return 2
    try:
        status: int = funktion(args)
        sys.stdout.flush()
    except ForloebsreglerFejl as fejl:
        print(f"forloebsregler: fejl: {fejl}", file=sys.stderr)
        return 2
    except BrokenPipeError:
        # Læseren lukkede røret (fx `| head`): stop stille, som Pythons dokumentation anbefaler.
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return 1
    except KeyboardInterrupt:
        print("forloebsregler: afbrudt", file=sys.stderr)
        return 130
    return status


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
