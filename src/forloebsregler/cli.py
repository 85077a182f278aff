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
from typing import Any, TextIO

import attrs

from forloebsregler import (
    __version__,
    _demo_genoptraening,
    _demo_stratificering,
    _demo_takster,
    batch,
    genoptraening,
    ivkategori,
    kilometergodtgoerelse,
    ledsagelsespris,
    stratificering,
    takster,
    takstfiler,
)
from forloebsregler import _demo_ivkategori as _demo_iv
from forloebsregler._cli_csv import CsvRaekkeFejl, CsvSkriver, aabn_tekst, laes_raekker
from forloebsregler._resultat import enkel_vaerdi
from forloebsregler.fejl import ForloebsreglerFejl, UgyldigVaerdiFejl
from forloebsregler.kalender import OFFICIEL_KALENDER

__all__ = ["main"]


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


OMRAADER: dict[str, Omraade] = {}


def registrer(omraade: Omraade) -> None:
    """Tilføj en underkommando (bruges af kommandolinjen selv)."""
    OMRAADER[omraade.navn] = omraade


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
    finansiering = ivkategori.regional_finansiering(vurdering.kategori)
    return _MedTillaeg(vurdering, finansiering, "finansiering", "Finansiering")


registrer(
    Omraade(
        navn="iv",
        hjaelp="IV-behandling: tyngdekategori og finansiering af et forløb (rammeaftalen)",
        funktion=_iv,
        batchspec=batch.OMRAADER["iv"],
        argumenter=(
            ("id", "tekst", "forløbets id (valgfrit)"),
            ("timer", "tekst", "samlet behandlingstid i timer"),
            ("antal_besoeg", "tekst", "antal besøg (i stedet for --timer)"),
            ("minutter_pr_besoeg", "tekst", "minutter pr. besøg (med --antal-besoeg)"),
            ("afslutning_af_kemokur", "bool", "ja, hvis forløbet er afslutning af en kemokur"),
        ),
    )
)


registrer(
    Omraade(
        navn="depression",
        hjaelp="Depression: sværhedsgrad og stratificering efter forløbsprogrammet (Kap. 5)",
        funktion=stratificering.stratificer,
        batchspec=batch.OMRAADER["depression"],
        argumenter=(
            ("kernesymptomer", "liste", "kernesymptomer (navne, fx NEDTRYKTHED)"),
            ("ledsagesymptomer", "liste", "ledsagesymptomer (navne)"),
            ("komplicerende", "liste", "komplicerende faktorer (navne)"),
            ("styrkende", "liste", "styrkende faktorer (navne)"),
            ("hoej_kompleksitet", "bool", "klinikerens vurdering: ja, nej eller ukendt"),
            ("fortolkning", "tekst", "ICD10 (standard) eller BOGSTAVELIG"),
        ),
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
    if fil:
        fra_fil = takstfiler.indlaes_takster(fil)
        p2019 = _tk.TAKSTER_2019
        if any(
            t.gyldig_fra <= p2019.gyldig_til and p2019.gyldig_fra <= t.gyldig_til
            for t in fra_fil.tabeller
        ):
            return fra_fil
        return _tk.STANDARD_TAKSTREGISTER.med(*fra_fil.tabeller)
    if faktor:
        if aar is None:
            raise UgyldigVaerdiFejl(
                f"takstaar: mangler; fremskrivningsfaktor {faktor} gælder ét kalenderår, som "
                "gives med takstaar (fx --takstaar 2024), så timer fra andre år ikke ganges "
                "med faktoren"
            )
        try:
            aarstal = int(aar)
        except ValueError:
            raise UgyldigVaerdiFejl(
                f"takstaar: fik {aar!r}; accepterer et årstal, fx 2024"
            ) from None
        if not 1900 <= aarstal <= 2199 or aarstal == 2019:
            raise UgyldigVaerdiFejl(
                f"takstaar: fik {aar!r}; accepterer et årstal fra 1900 til 2199 undtagen 2019 "
                "(2019-niveau er indbygget)"
            )
        tabel = _tk.TAKSTER_2019.fremskriv(
            faktor,
            niveau=niveau,
            gyldig_fra=date(aarstal, 1, 1),
            gyldig_til=date(aarstal, 12, 31),
        )
        if niveau is None:
            tabel = attrs.evolve(tabel, niveau=f"{aarstal}-niveau ({tabel.niveau})")
        return _tk.STANDARD_TAKSTREGISTER.med(tabel)
    if serie:
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
    return _tk.STANDARD_TAKSTREGISTER


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


def _med_takstvejledning(fejl: ForloebsreglerFejl) -> ForloebsreglerFejl:
    """Fejlen »ingen taksttabel gælder …« med kommandolinjens måder at give takster på."""
    if "ingen taksttabel gælder" in str(fejl):
        return UgyldigVaerdiFejl(
            f"{fejl}; på kommandolinjen: --takster FIL (en takstfil, se docs/ledsagelse.md), "
            "--fremskrivningsfaktor F --takstaar ÅR eller --fremskrivning ÅR=F ..."
        )
    return fejl


@attrs.frozen
class _MedTillaeg:
    """Bibliotekets to svar for én sag (fx ledsagelsen og kilometergodtgørelsen), hver med sin
    egen begrundelse og sine kilder; kommandolinjen lægger intet sammen og forklarer intet."""

    hoved: Any
    tillaeg: Any
    navn: str
    """Nøglen, tillægssvaret står under i JSON (fx »kilometergodtgoerelse«)."""
    etiket: str
    """Overskriften for tillægssvaret i teksten (fx »Kørsel«)."""

    def til_dict(self) -> dict[str, Any]:
        return {**self.hoved.til_dict(), self.navn: self.tillaeg.til_dict()}

    def til_json(self) -> str:
        data = {**json.loads(self.hoved.til_json()), self.navn: json.loads(self.tillaeg.til_json())}
        return json.dumps(data, ensure_ascii=False, indent=2)


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
    register = _register(takster, fremskrivningsfaktor, takstaar, fremskrivning, takstniveau)
    try:
        resultat = ledsagelsespris.beregn_ledsagelse(start, slut, takster=register)
    except ForloebsreglerFejl as fejl:
        raise _med_takstvejledning(fejl) from None
    if km is None:
        if km_sats is not None:
            raise UgyldigVaerdiFejl("km_sats: gives kun sammen med km")
        return resultat
    koersel = kilometergodtgoerelse.beregn_kilometergodtgoerelse(km, resultat.start, sats=km_sats)
    return _MedTillaeg(resultat, koersel, "kilometergodtgoerelse", "Kørsel")


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
    register = _register(takster, fremskrivningsfaktor, takstaar, fremskrivning, takstniveau)
    try:
        post = dict(batch.OMRAADER["ledsagelse"].beregn(start=start, slut=slut, takster=register))
    except ForloebsreglerFejl as fejl:
        raise _med_takstvejledning(fejl) from None
    km_post: dict[str, Any] = dict.fromkeys(n for n, _ in _KM_KOLONNER)
    if km is not None:
        g = kilometergodtgoerelse.beregn_kilometergodtgoerelse(km, post["start"], sats=km_sats)
        km_post = {
            "km": g.kilometer,
            "km_sats": g.sats,
            "km_beloeb": g.beloeb,
            "km_begrundelse": g.begrundelse,
        }
        parametre = _parametre(g.anvendte_parametre)
        post["anvendte_parametre"] = "; ".join(
            p for p in (post["anvendte_parametre"], parametre) if p
        )
        kilder = "; ".join(f"{k.dokument.titel}, {k.afsnit}" for k in g.kilder)
        post["kilder"] = "; ".join(
            dict.fromkeys((*post["kilder"].split("; "), *kilder.split("; ")))
        )
        if g.fortolkninger:
            post["fortolkninger"] = ";".join(
                dict.fromkeys((*(post["fortolkninger"] or "").split(";"), *g.fortolkninger))
            ).strip(";")
    elif km_sats is not None:
        raise UgyldigVaerdiFejl("km_sats: gives kun sammen med km")
    return {**post, **km_post}


def _parametre(parametre: Iterable[Any]) -> str:
    """De daterede tal som én celle, i batchlagets form (»navn = værdi enhed (fra–til; kilde)«)."""
    return "; ".join(
        f"{p.navn} = {format(p.vaerdi, 'f')} {p.enhed} "
        f"({p.gyldig_fra or ''}–{p.gyldig_til or ''}; {p.kilde})"
        for p in parametre
    )


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
    Omraade(
        navn="ledsagelse",
        hjaelp="Ledsagelse under sygehusbehandling: pris efter timetaksterne (2019-niveau "
        "indbygget; andre år fra en takstfil eller en fremskrivning)",
        funktion=_ledsagelse,
        batchspec=_LEDSAGELSE_SPEC,
        argumenter=(
            ("id", "tekst", "episodens id (valgfrit)"),
            ("start", "tekst", "start, ISO 8601 med tidszone (fx 2019-12-24T16:00+01:00)"),
            ("slut", "tekst", "slut, ISO 8601 med tidszone"),
            (
                "takster",
                "tekst",
                "takstfil (TOML eller CSV) med regionens taksttabeller for andre år",
            ),
            (
                "fremskrivningsfaktor",
                "tekst",
                "faktor på 2019-taksterne for ét år (fx 1.0654); kræver --takstaar",
            ),
            ("takstaar", "tekst", "kalenderåret, fremskrivningsfaktoren gælder (fx 2024)"),
            (
                "fremskrivning",
                "liste",
                "årlige faktorer i kæde fra 2019, fx 2020=1.021 2021=1.03 (i CSV: ';')",
            ),
            ("takstniveau", "tekst", "navn på det fremskrevne takstniveau (valgfrit)"),
            ("km", "tekst", "kilometer (lav kilometertakst på startdatoen), valgfrit"),
            ("km_sats", "tekst", "kilometersats i kr./km (ellers statens lave sats)"),
        ),
        faelles=("takster", "fremskrivningsfaktor", "takstaar", "fremskrivning", "takstniveau"),
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
    if "tilbudt_opstart" in felter:
        tilbudt = felter.pop("tilbudt_opstart")
        return genoptraening.frit_leverandoervalg(udskrivning, tilbudt, **felter)
    return genoptraening.opstartsfrist(udskrivning, **felter)


registrer(
    Omraade(
        navn="genoptraening",
        hjaelp="Genoptræning: 7-dagesfristen for opstart og frit valg af leverandør",
        funktion=_genoptraening_enkeltsag,
        batchspec=batch.OMRAADER["genoptraening"],
        argumenter=(
            ("id", "tekst", "sagens id (valgfrit)"),
            ("udskrivning", "tekst", "udskrivningsdato eller tidspunkt med tidszone (ISO 8601)"),
            ("tilbudt_opstart", "tekst", "kommunens tilbudte opstartsdato"),
            ("sygehusets_startdato", "tekst", "sygehusets senere startdato"),
            ("begrundelse", "tekst", "sundhedsfaglig begrundelse for en senere startdato"),
            (
                "kontakt",
                "tekst",
                "UDSKRIVNING (standard) eller AMBULANT (plan fra et ambulant forløb)",
            ),
        ),
    )
)


# ---------------------------------------------------------------- uddata


_UDELADT_I_DELRESULTAT = frozenset({"begrundelse", "kilder"})


def _kort_kilde(kilde: Any) -> str:
    """»Dokument, afsnit: »citat«« → »Dokument, afsnit« (kort henvisning til en celle)."""
    return str(kilde).split(": »", 1)[0]


def _celletekst(vaerdi: Any) -> Any:
    """En værdi som én flad celle: tal og tekst uændret; en samling som læsbar tekst."""
    if isinstance(vaerdi, dict):
        return "; ".join(
            f"{k}={_celletekst(v)}"
            for k, v in vaerdi.items()
            if k not in _UDELADT_I_DELRESULTAT and v not in (None, [], {})
        )
    if isinstance(vaerdi, list):
        dele = [_celletekst(v) for v in vaerdi]
        skille = " | " if any(isinstance(v, dict) for v in vaerdi) else "; "
        return skille.join("" if d is None else str(d) for d in dele)
    if isinstance(vaerdi, Decimal):
        return format(vaerdi, "f")
    return vaerdi


def _flad(post: Mapping[str, Any]) -> dict[str, Any]:
    """En post til CSV: hver celle er én værdi — lister som »a; b«, kilder som korte
    henvisninger (dokument og afsnit), delresultater som »felt=værdi; …« uden deres egen
    begrundelse og kilder (de står i rækkens egne kolonner). Ingen JSON i cellerne."""
    flad: dict[str, Any] = {}
    for k, v in post.items():
        if k == "kilder" and isinstance(v, list):
            flad[k] = "; ".join(dict.fromkeys(_kort_kilde(x) for x in v))
        else:
            flad[k] = _celletekst(v) if isinstance(v, list | dict) else v
    return flad


def _som_post(resultat: Any) -> dict[str, Any]:
    if isinstance(resultat, Mapping):
        return {str(k): enkel_vaerdi(v) for k, v in resultat.items()}
    if hasattr(resultat, "til_dict"):
        post: dict[str, Any] = resultat.til_dict()
        return post
    return {"resultat": enkel_vaerdi(resultat)}


def _tekst(resultat: Any) -> str:
    if isinstance(resultat, _MedTillaeg):
        return f"{_tekst(resultat.hoved)}\n{resultat.etiket}: {_tekst(resultat.tillaeg)}"
    post = _som_post(resultat)
    linjer = [str(post.get("begrundelse") or resultat)]
    for noegle, vaerdi in post.items():
        if noegle in {"begrundelse", "kilder"}:
            continue
        if noegle in {"fejl", "fejlfelt", "fejlkode"} and vaerdi is None:
            continue  # batchpostens tomme fejlfelter
        if isinstance(vaerdi, list):
            linjer.append(f"  {noegle}:")
            linjer.extend(f"    - {_kort(v)}" for v in vaerdi)
        else:
            linjer.append(f"  {noegle}: {_kort(vaerdi)}")
    kilder = post.get("kilder") or []
    if isinstance(kilder, str):  # en batchpost: korte henvisninger adskilt af »; «
        kilder = kilder.split("; ")
    if kilder:
        linjer.append("  kilder:")
        linjer.extend(f"    - {k}" for k in kilder)
    return "\n".join(linjer)


def _kort(vaerdi: Any) -> str:
    if isinstance(vaerdi, dict):
        return ", ".join(f"{k}={_kort(v)}" for k, v in vaerdi.items())
    if isinstance(vaerdi, Decimal):
        return format(vaerdi, "f")
    return str(vaerdi)


class _Skriver:
    """Skriver hvert resultat, så snart det er beregnet (tekst, JSON-liste eller CSV)."""

    def __init__(self, format_: str, ud: TextIO, *, excel: bool = False) -> None:
        self.format = format_
        self.ud = ud
        self._csv = CsvSkriver(ud, excel=excel)
        self._antal_json = 0
        self._enkelt_json: dict[str, Any] | None = None

    def skriv(self, nr: int | None, resultat: Any) -> None:
        if self.format == "tekst":
            if nr is not None:
                print(f"Række {nr}:", file=self.ud)
            print(_tekst(resultat), file=self.ud)
            return
        if self.format == "json" and nr is None:
            # én sag: bibliotekets egen JSON (`til_json`), når resultatet har den
            til_json = getattr(resultat, "til_json", None)
            self._enkelt_json = json.loads(til_json()) if til_json else _som_post(resultat)
            return
        post = _som_post(resultat)
        if nr is not None:
            post = {"raekke": nr, **post}
        if self.format == "json":
            tekst = json.dumps(post, ensure_ascii=False, indent=2, default=str)
            self.ud.write(("[\n" if self._antal_json == 0 else ",\n") + tekst)
            self._antal_json += 1
            return
        self._csv.skriv(_flad(post))

    def afslut(self, enkelt: bool) -> None:
        if self.format != "json":
            return
        if enkelt and self._enkelt_json is not None:
            data = json.dumps(self._enkelt_json, ensure_ascii=False, indent=2, default=str)
            print(data, file=self.ud)
        elif self._antal_json:
            self.ud.write("\n]\n")
        else:
            self.ud.write("[]\n")


# ---------------------------------------------------------------- kørsel


def _raekker_fra_csv(
    fil: str, *, encoding: str | None = None, excel: bool = False
) -> Iterator[tuple[int, dict[str, str] | CsvRaekkeFejl]]:
    with aabn_tekst(fil, encoding) as stroem:
        yield from laes_raekker(stroem, excel=excel, kodning=encoding or "utf-8")


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


def _koer_batch(
    spec: batch.Omraadespec,
    raekker: Iterable[tuple[int, Mapping[str, Any] | CsvRaekkeFejl]],
    faelles: Mapping[str, Any],
    skriver: _Skriver,
    fremdrift: _Fremdrift,
) -> int:
    """Rækkerne gennem den ene batchkontrakt (`batch.koer_batch`), strømmende: hver post
    skrives, når den er beregnet; en post med `fejl` meldes på stderr med rækkens nummer.
    Returnerer antallet af fejlede rækker."""
    filfejl: dict[int, CsvRaekkeFejl] = {}

    def inddata() -> Iterator[object]:
        for nr, raekke in raekker:
            if isinstance(raekke, CsvRaekkeFejl):
                filfejl[nr] = raekke
                yield _Filfejl()
            elif faelles:  # kommandolinjens værdi, hvor rækken ikke selv giver en
                yield {
                    **raekke,
                    **{k: v for k, v in faelles.items() if raekke.get(k) in (None, "")},
                }
            else:
                yield raekke

    fejlede = 0
    for post in batch.koer_batch(spec, inddata()):
        fremdrift.tael()
        nr = post["raekke"]
        if nr in filfejl:
            fejlede += 1
            print(f"forloebsregler: {filfejl.pop(nr)}", file=sys.stderr)
        elif post["fejl"] is not None:
            fejlede += 1
            print(f"forloebsregler: række {nr}: {post['fejl']}", file=sys.stderr)
        else:
            skriver.skriv(nr, post)
    return fejlede


def _koer_omraade(args: argparse.Namespace) -> int:
    omraade: Omraade = OMRAADER[args.kommando]
    excel = bool(getattr(args, "excel", False))
    format_ = "json" if args.json else "csv" if (args.csv_ud or excel) else "tekst"
    skriver = _Skriver(format_, sys.stdout, excel=excel)
    raekker: Iterable[tuple[int, Mapping[str, Any] | CsvRaekkeFejl]]
    enkelt = False
    if getattr(args, "csv", None):
        raekker = _raekker_fra_csv(args.csv, encoding=args.encoding, excel=excel)
    elif args.sag:
        enkelt, raekker = _raekker_fra_json(args.sag)
    else:
        sag = {a[0]: getattr(args, a[0]) for a in omraade.argumenter}
        enkelt_omraade = (
            attrs.evolve(omraade, funktion=omraade.enkeltsag) if omraade.enkeltsag else omraade
        )
        skriver.skriv(None, _kald(enkelt_omraade, sag))
        skriver.afslut(True)
        return 0
    fejlede = 0
    fremdrift = _Fremdrift()
    faelles = {n: getattr(args, n) for n in omraade.faelles if getattr(args, n) not in (None, [])}
    if omraade.batchspec is not None and not enkelt:
        fejlede = _koer_batch(omraade.batchspec, raekker, faelles, skriver, fremdrift)
        fremdrift.slut()
        skriver.afslut(enkelt)
        return 1 if fejlede else 0
    for nr, raekke in raekker:
        fremdrift.tael()
        try:
            if isinstance(raekke, CsvRaekkeFejl):
                raise raekke
            if faelles:
                raekke = {**faelles, **{k: v for k, v in raekke.items() if v not in (None, "")}}
            resultat = _kald(omraade, raekke)
            skriver.skriv(None if enkelt else nr, resultat)
        except CsvRaekkeFejl as fejl:
            fejlede += 1
            print(f"forloebsregler: {fejl}", file=sys.stderr)
        except ForloebsreglerFejl as fejl:
            fejlede += 1
            print(f"forloebsregler: række {nr}: {fejl}", file=sys.stderr)
    fremdrift.slut()
    skriver.afslut(enkelt)
    return 1 if fejlede else 0


# ---------------------------------------------------------------- demo


def _demo_kalender() -> list[str]:
    linjer = ["Kalender (Europe/Copenhagen, officielle helligdage fra holidays-pakken):"]
    for dag in (date(2023, 5, 5), date(2024, 4, 26)):
        navn = OFFICIEL_KALENDER.helligdagsnavn(dag)
        linjer.append(f"  {dag.isoformat()}: {navn or 'ikke helligdag'}")
    return linjer


DEMOER: list[Callable[[], list[str]]] = [
    _demo_kalender,
    _demo_stratificering.demo,
    _demo_takster.demo,
    _demo_iv.demo,
    _demo_genoptraening.demo,
]


def _demo(_args: argparse.Namespace) -> int:
    for afsnit in DEMOER:
        print("\n".join(afsnit()))
        print()
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
