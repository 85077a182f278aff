"""CSV ind og ud for kommandolinjen (privat modul): strømmende, og uden at miste en række.

Indlæsning:

- Filen læses én række ad gangen (konstant hukommelse); UTF-8 med eller uden BOM som
  standard, ellers den tekstkodning, `--encoding` angiver (`rot13`, `base64` o.l. afvises).
  Tekst, der ikke kan læses i kodningen, giver én fejllinje, der nævner kodningen og linjen.
- Skilletegnet aflæses i overskriften: kun `,`, kun `;` eller kun tabulator. Står der flere
  slags, er filen tvetydig, og den afvises. `--excel` betyder det danske regnearksformat:
  `;` som skilletegn og decimalkomma.
- Decimalkomma (`8,5`) læses kun i det danske format (`;`) og kun i reglens talfelter (de
  felter, kalderen nævner i `talfelter`); alle andre kolonner gives videre, som de står. Et
  talfelt uden komma med tusindtalspunktum (`1.000`) er tvetydigt i det danske format
  (tusind, eller én med decimalpunktum), og rækken afvises. I det almindelige format (`,`)
  splitter et decimalkomma rækken i for mange celler, og rækken afvises — den læses aldrig
  stille forkert.
- Hver række skal have præcis lige så mange celler som overskriften; en overskrift, der står
  to gange, afvises for hele filen; et felt må ikke indeholde linjeskift (et uafsluttet
  anførselstegn opdages derved ved den række, hvor det begynder) og højst `MAKS_FELT` tegn.

Udskrivning:

- Celler, der begynder med `=`, `+`, `-`, `@`, tabulator eller vognretur, og som ikke er et
  tal, får et foranstillet `'` (OWASP's regel mod formelinjektion i regneark).
- I det danske format skrives `;`, decimalkomma i tal og en BOM, så Excel læser UTF-8.
"""

from __future__ import annotations

import codecs
import csv
import io
import re
import sys
from collections.abc import Collection, Iterator, Mapping
from contextlib import AbstractContextManager, nullcontext
from decimal import Decimal
from typing import Any, TextIO

from forloebsregler.fejl import ForloebsreglerFejl

__all__ = [
    "MAKS_FELT",
    "CsvFilFejl",
    "CsvRaekkeFejl",
    "CsvSkriver",
    "aabn_tekst",
    "dansk_tal",
    "laes_raekker",
    "neutraliser",
]

MAKS_FELT = 32_767  # Excels største celle: en længere celle kan ikke komme fra et regneark
"""Det største antal tegn i én celle; en større celle er næsten altid et uafsluttet citat."""

_TAL = re.compile(r"^[+-]?(\d+([.,]\d*)?|[.,]\d+)([eE][+-]?\d+)?$")
_DANSK_TAL = re.compile(r"^[+-]?\d{1,3}(\.\d{3})*(,\d+)?$|^[+-]?\d+(,\d+)?$")
_TUSINDTAL_UDEN_KOMMA = re.compile(r"^[+-]?\d{1,3}(\.\d{3})+$")
_FARLIGE_START = ("=", "+", "-", "@", "\t", "\r")


class CsvFilFejl(ForloebsreglerFejl):
    """Hele CSV-filen kan ikke læses (kodning, overskrift, uafsluttet citat)."""


class CsvRaekkeFejl(ForloebsreglerFejl):
    """Én række i CSV-filen kan ikke læses; de andre rækker læses videre."""


def aabn_tekst(fil: str, encoding: str | None) -> AbstractContextManager[TextIO]:
    """Åbn en fil (eller stdin for `-`) som tekst i den givne kodning (standard: UTF-8, BOM ok)."""
    kodning = encoding or "utf-8-sig"
    try:
        info = codecs.lookup(kodning)
    except LookupError:
        raise CsvFilFejl(
            f"--encoding: fik {kodning!r}; accepterer en kendt kodning, fx utf-8, cp1252 "
            "eller latin-1"
        ) from None
    if not info._is_text_encoding:  # fx rot13, base64, hex, zlib: bytes til bytes
        raise CsvFilFejl(
            f"--encoding: fik {kodning!r}, som ikke er en tekstkodning; accepterer en kendt "
            "tekstkodning, fx utf-8, cp1252 eller latin-1"
        )
    if fil == "-":
        buffer = getattr(sys.stdin, "buffer", None)
        if buffer is None:  # allerede tekst (fx en StringIO i en test eller notebook)
            return nullcontext(sys.stdin)
        return nullcontext(io.TextIOWrapper(buffer, encoding=kodning, newline=""))
    try:
        return open(fil, encoding=kodning, newline="", errors="strict")
    except OSError as fejl:
        raise CsvFilFejl(f"--csv: kan ikke åbne {fil!r}: {fejl.strerror}") from None


def _skilletegn(overskrift: str, excel: bool) -> str:
    if excel:
        if ";" not in overskrift and ("," in overskrift or "\t" in overskrift):
            raise CsvFilFejl(
                "--excel: overskriften bruger ikke semikolon som skilletegn; det danske "
                "regnearksformat har semikolon (uden --excel aflæses skilletegnet selv)"
            )
        return ";"
    fundne = [t for t in (",", ";", "\t") if t in overskrift]
    if len(fundne) > 1:
        navne = {",": "komma", ";": "semikolon", "\t": "tabulator"}
        raise CsvFilFejl(
            "overskriften indeholder både "
            + " og ".join(navne[t] for t in fundne)
            + "; brug ét skilletegn (komma, eller semikolon med --excel)"
        )
    return fundne[0] if fundne else ","


def dansk_tal(vaerdi: str) -> str:
    """`1.234,5` → `1234.5` for et tal i dansk format; anden tekst gives uændret tilbage."""
    if "," in vaerdi and _DANSK_TAL.match(vaerdi.strip()):
        return vaerdi.strip().replace(".", "").replace(",", ".")
    return vaerdi


class _Linjer:
    """Linjerne fra en tekststrøm, talt (så en fejl kan nævne linjen), med kodningsfejl som
    domænefejl."""

    def __init__(self, stroem: TextIO, kodning: str) -> None:
        self._stroem = stroem
        self._kodning = kodning
        self.nr = 0

    def __iter__(self) -> Iterator[str]:
        return self

    def __next__(self) -> str:
        try:
            linje = next(self._stroem)
        except UnicodeDecodeError as fejl:
            byte = fejl.object[fejl.start : fejl.start + 1].hex()
            raise CsvFilFejl(
                f"linje {self.nr + 1}: byten 0x{byte} kan ikke læses som {self._kodning}; "
                "angiv filens kodning med --encoding (fx cp1252 eller latin-1)"
            ) from None
        except UnicodeError as fejl:  # fx UTF-16 uden BOM eller punycode: ingen byte at nævne
            raise CsvFilFejl(
                f"linje {self.nr + 1}: filen kan ikke læses som {self._kodning} ({fejl}); "
                "angiv filens kodning med --encoding (fx cp1252 eller latin-1)"
            ) from None
        self.nr += 1
        return linje


def laes_raekker(
    stroem: TextIO,
    *,
    excel: bool = False,
    kodning: str = "utf-8",
    talfelter: Collection[str] = frozenset(),
    felter: Collection[str] = frozenset(),
) -> Iterator[tuple[int, dict[str, str] | CsvRaekkeFejl]]:
    """Rækkerne som (rækkenummer, felter) — eller (rækkenummer, fejl) for en række, der ikke
    kan læses. Rækkenummeret er 1-baseret og tæller datarækker (overskriften er ikke en række).

    Tomme celler gives som tom tekst (»ikke oplyst«). Har overskriften ingen af `felter`
    (reglens feltnavne), afvises filen (fx en forkert kodning). I det danske format er decimalkomma
    omsat til punktum i `talfelter` (reglens felter, der er tal), og et talfelt som `1.000`
    (tusindtalspunktum uden komma) afviser rækken som tvetydig; alle andre celler gives,
    som de står.
    """
    linjer = _Linjer(stroem, kodning)
    foerste = next(linjer, None)
    if foerste is None or not foerste.strip():
        raise CsvFilFejl("filen er tom; første linje skal være overskriften med feltnavnene")
    skille = _skilletegn(foerste, excel)
    dansk = skille == ";"

    def kilde() -> Iterator[str]:
        yield foerste
        yield from linjer

    laeser = csv.reader(kilde(), delimiter=skille, strict=True)
    overskrift = _overskrift(laeser)
    if felter and not set(overskrift) & set(felter):
        # fx en forkert --encoding, der læser hele filen som én linje uden kendte navne
        raise CsvFilFejl(
            f"overskriften har ingen af feltnavnene ({', '.join(sorted(felter))}); er "
            "kodningen (--encoding) eller skilletegnet forkert?"
        )
    nr = 0
    while True:
        start = linjer.nr + 1
        try:
            celler = next(laeser)
        except StopIteration:
            return
        except csv.Error as fejl:
            raise CsvFilFejl(
                f"række {nr + 1} (linje {start}): {fejl} — et anførselstegn er ikke lukket"
            ) from None
        if not celler or (len(celler) == 1 and not celler[0].strip()):
            continue  # tom linje
        nr += 1
        yield (
            nr,
            _raekke(nr, start, overskrift, celler, talfelter if skille != "," else None, dansk),
        )


def _overskrift(laeser: Iterator[list[str]]) -> list[str]:
    """Overskriftens feltnavne; en kolonne, der står to gange, eller ingen navne afviser filen."""
    try:
        # et ekstra byte-order mark (fx fra en fil, der er gemt to gange) er ikke en del af navnet
        overskrift = [navn.strip().lstrip("\ufeff").strip() for navn in next(laeser)]
    except csv.Error as fejl:
        raise CsvFilFejl(f"overskriften kan ikke læses: {fejl}") from None
    set_: set[str] = set()
    for navn in overskrift:
        if navn and navn in set_:
            raise CsvFilFejl(
                f"overskriften har kolonnen {navn!r} to gange; hver kolonne må stå én gang"
            )
        set_.add(navn)
    if not any(overskrift):
        raise CsvFilFejl("overskriften har ingen feltnavne")
    return overskrift


def _raekke(
    nr: int,
    linje: int,
    overskrift: list[str],
    celler: list[str],
    talfelter: Collection[str] | None,
    dansk: bool = True,
) -> dict[str, str] | CsvRaekkeFejl:
    """Én rækkes felter; `talfelter` er None i det almindelige format (`,`), ellers de felter,
    hvor `1.000` er tvetydigt (med `;` og tabulator) og, i det danske format (`dansk`), hvis
    decimalkomma omsættes."""
    hvor = f"række {nr} (linje {linje})"
    if len(celler) != len(overskrift):
        hint = (
            "; står der et decimalkomma i en fil med komma som skilletegn? Brug punktum, "
            "eller semikolon som skilletegn (--excel)"
            if len(celler) > len(overskrift) and talfelter is None
            else ""
        )
        return CsvRaekkeFejl(
            f"{hvor}: har {len(celler)} celler, men overskriften har {len(overskrift)}{hint}"
        )
    felter: dict[str, str] = {}
    for navn, celle in zip(overskrift, celler, strict=True):
        if "\n" in celle or "\r" in celle:
            return CsvRaekkeFejl(
                f"{hvor}: feltet {navn or '(uden navn)'!r} indeholder et linjeskift; er et "
                "anførselstegn ikke lukket?"
            )
        if len(celle) > MAKS_FELT:
            return CsvRaekkeFejl(
                f"{hvor}: feltet {navn or '(uden navn)'!r} har {len(celle)} tegn; højst "
                f"{MAKS_FELT} accepteres"
            )
        celle = celle.strip()
        if not navn:
            if celle:
                return CsvRaekkeFejl(f"{hvor}: en kolonne uden navn i overskriften har en værdi")
            continue
        if talfelter is not None and navn in talfelter:
            if _TUSINDTAL_UDEN_KOMMA.match(celle):
                return CsvRaekkeFejl(f"{hvor}: feltet {navn!r} {_tvetydigt_tal(celle, dansk)}")
            if dansk:
                celle = dansk_tal(celle)
        felter[navn] = celle
    return felter


def _tvetydigt_tal(celle: str, dansk: bool) -> str:
    """Beskeden for et talfelt som `1.000` i det danske format eller med tabulator: hvad der
    står, hvorfor det er tvetydigt, og hvordan tallet skrives entydigt."""
    heltal = celle.replace(".", "")
    if not dansk:  # tabulator: dansk Excel skriver tusindtalspunktum, andre et decimalpunktum
        return (
            f"har {celle!r}, som er tvetydigt i en fil med tabulator som skilletegn: punktum "
            "kan være tusindtalsskilletegn (dansk regneark) eller decimaltegn; skriv tallet "
            f"uden tusindtalsskilletegn, fx {heltal} for {heltal}"
        )
    besked = (
        f"har {celle!r}, som er tvetydigt i det danske format: punktum er "
        "tusindtalsskilletegn, men i et tal uden komma kan det også være et decimalpunktum; "
        f"skriv {heltal} eller {heltal},0 for {heltal}"
    )
    if celle.count(".") == 1:  # også et decimaltal: 1.000 kan være én, 12.345 tolv komma …
        decimal = format(Decimal(celle).normalize(), "f").replace(".", ",")
        besked += f", eller {celle.replace('.', ',')} for {decimal}"
    return besked


def neutraliser(celle: str) -> str:
    """OWASP's regel: en celle, der begynder med et formeltegn og ikke er et tal, får `'` foran."""
    if celle.startswith(_FARLIGE_START) and not _TAL.match(celle) and not _DANSK_TAL.match(celle):
        return "'" + celle
    return celle


class CsvSkriver:
    """Skriver poster som CSV, én ad gangen; kolonnerne er den første posts nøgler."""

    def __init__(self, ud: TextIO, *, excel: bool = False) -> None:
        self._ud = ud
        self._excel = excel
        self._skriver: Any = None
        self._kolonner: list[str] = []

    def _celle(self, vaerdi: Any) -> str:
        if vaerdi is None:
            return ""
        if isinstance(vaerdi, bool):
            return ("ja" if vaerdi else "nej") if self._excel else str(vaerdi)
        if isinstance(vaerdi, Decimal | int):
            tekst = format(vaerdi, "f") if isinstance(vaerdi, Decimal) else str(vaerdi)
            return tekst.replace(".", ",") if self._excel else tekst
        return neutraliser(str(vaerdi))

    def skriv(self, post: Mapping[str, Any]) -> None:
        """Skriv én post (og overskriften før den første)."""
        if self._skriver is None:
            if self._excel:
                self._ud.write("\ufeff")
            self._skriver = csv.writer(
                self._ud, delimiter=";" if self._excel else ",", lineterminator="\r\n"
            )
            self._kolonner = list(post)
            self._skriver.writerow([neutraliser(k) for k in self._kolonner])
        ekstra = [k for k in post if k not in self._kolonner]
        if ekstra:
            raise CsvRaekkeFejl(
                f"uddata: resultatet har felterne {ekstra}, som den første rækkes resultat "
                "ikke havde; rækken kan ikke skrives i samme CSV"
            )
        self._skriver.writerow([self._celle(post.get(k)) for k in self._kolonner])
