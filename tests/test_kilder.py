"""Kilderne: hvert citat i hver `Kilde` står ordret i kildeteksten."""

from __future__ import annotations

import importlib
import pkgutil
from collections.abc import Iterator
from enum import Enum

import attrs
import pytest

import forloebsregler
from forloebsregler.kilder import ALLE_DOKUMENTER, Dokument, Kilde

from .conftest import KILDEMAPPE, kraev_kildemappe, normaliser


def _moduler() -> Iterator[object]:
    for info in pkgutil.walk_packages(forloebsregler.__path__, "forloebsregler."):
        if info.name.endswith("__main__"):
            continue
        yield importlib.import_module(info.name)


def _find_kilder(vaerdi: object, set_: set[int], dybde: int = 0) -> Iterator[Kilde]:
    if id(vaerdi) in set_ or dybde > 8:
        return
    set_.add(id(vaerdi))
    if isinstance(vaerdi, Kilde):
        yield vaerdi
    elif isinstance(vaerdi, dict):
        for v in vaerdi.values():
            yield from _find_kilder(v, set_, dybde + 1)
    elif isinstance(vaerdi, list | tuple | frozenset | set):
        for v in vaerdi:
            yield from _find_kilder(v, set_, dybde + 1)
    elif isinstance(vaerdi, Enum):
        yield from _find_kilder(vaerdi.value, set_, dybde + 1)
    elif isinstance(vaerdi, type) and issubclass(vaerdi, Enum):
        for m in vaerdi:
            yield from _find_kilder(m, set_, dybde + 1)
    elif attrs.has(type(vaerdi)):
        for f in attrs.fields(type(vaerdi)):
            yield from _find_kilder(getattr(vaerdi, f.name), set_, dybde + 1)


def alle_kilder() -> list[Kilde]:
    """Alle `Kilde`-værdier, der står på modulniveau (også inde i tabeller og enums)."""
    set_: set[int] = set()
    fundne: dict[tuple[str, str, str], Kilde] = {}
    for modul in _moduler():
        for vaerdi in vars(modul).values():
            for k in _find_kilder(vaerdi, set_):
                fundne[(k.dokument.titel, k.afsnit, k.citat)] = k
    return list(fundne.values())


def test_dokumenternes_filer_findes() -> None:
    kraev_kildemappe()
    for dok in ALLE_DOKUMENTER:
        assert (KILDEMAPPE / dok.fil).is_file(), dok
    filer = {p.name for p in KILDEMAPPE.glob("*.txt")}
    assert filer == {d.fil for d in ALLE_DOKUMENTER}


def test_hvert_citat_staar_i_kilden(kildetekster: dict[str, str]) -> None:
    kilder = alle_kilder()
    forkerte = []
    for k in kilder:
        assert k.dokument in ALLE_DOKUMENTER, k
        assert k.afsnit.strip() and k.citat.strip(), k
        tekst = kildetekster[k.dokument.fil]
        for del_ in k.citat.split("…"):
            del_ = normaliser(del_)
            if del_ and del_ not in tekst:
                forkerte.append(f"{k.dokument.titel} / {k.afsnit}: {del_!r}")
    assert not forkerte, "citater, der ikke står i kilden:\n" + "\n".join(forkerte)


def test_kilde_som_tekst_og_dict() -> None:
    dok = ALLE_DOKUMENTER[0]
    k = dok.kilde("Målgruppe", "citat")
    assert isinstance(k, Kilde) and isinstance(k.dokument, Dokument)
    assert str(k) == f"{dok.titel}, Målgruppe: »citat«"
    assert k.til_dict() == {"dokument": dok.titel, "afsnit": "Målgruppe", "citat": "citat"}
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        k.afsnit = "andet"  # type: ignore[misc]


# Afsnittene i bundtet (003_…): for hvert dokument afsnittenes navne (som `Kilde.afsnit`
# begynder med, før et eventuelt komma) og deres linjer i kildefilen, aflæst i teksten.
# Et citat skal stå inden for det afsnit, kilden nævner — ikke blot et sted i filen.
_AFSNIT: dict[str, dict[str, tuple[int, int]]] = {
    "Rammeaftale mellem 11 nordjyske kommuner og Region Nordjylland om intravenøs "
    "behandling i kommunalt regi": {
        "3. Målgrupper for aftalen": (32, 48),
        "4. Aktivitet": (49, 203),
        "5. Økonomi": (204, 251),
        "6. Opfølgning og monitorering": (252, 280),
        "7. Fortolkning af aftalen": (281, 287),
        "8. Aftalens løbetid og opsigelse": (288, 297),
    },
    "Samarbejdsaftale (Region Syddanmark) om IV-behandling med væske": {
        "Baggrund": (298, 310),
        "Formål med samarbejdsaftalen": (311, 319),
        "Målgruppen for samarbejdsaftalen": (320, 326),
        "Forankring og ikrafttræden": (327, 330),
        "Grundprincipper for samarbejdet": (331, 377),
        "Det lægefaglige behandlingsansvar": (354, 377),
        "Information forud for overdragelse": (378, 393),
        "Beskrivelse af remedier og ressourcer": (394, 420),
        "Kompetenceudvikling": (421, 437),
        "Plan for kvalitetssikring og monitorering": (438, 453),
        "Fortolkning af samarbejdsaftalen": (454, 457),
        "Regler for opsigelse og genforhandling af samarbejdsaftalen": (458, 469),
    },
    "Samarbejdsaftale (Region Syddanmark) om IV-behandling med antibiotika": {
        "Baggrund": (470, 489),
        "Formål med samarbejdsaftalen": (490, 499),
        "Målgruppen for samarbejdsaftalen": (500, 506),
        "Forankring og ikrafttræden": (507, 515),
        "Grundprincipper for samarbejdet": (516, 563),
        "Det lægefaglige behandlingsansvar": (539, 563),
        "Information forud for overdragelse": (564, 579),
        "Beskrivelse af remedier og ressourcer": (580, 606),
        "Kompetenceudvikling": (607, 624),
        "Plan for kvalitetssikring og monitorering": (625, 640),
        "Fortolkning af samarbejdsaftalen": (641, 644),
        "Regler for opsigelse og genforhandling af samarbejdsaftalen": (645, 659),
    },
    "Forløbsprogram for mennesker med depression (Region Syddanmark)": {
        "Kap. 1": (1849, 2221),
        "Kap. 2": (2222, 2283),
        "Kap. 3": (2284, 2491),
        "Kap. 4": (2492, 2728),
        "Kap. 5": (2729, 3051),
        "Kap. 6": (3052, 3126),
        "Kap. 7": (3127, 3267),
        "Kap. 8": (3268, 3403),
        "Den koordinerende kontaktperson": (3268, 3403),
        "Kap. 9": (3404, 3559),
        "Kap. 10": (3560, 3825),
        "Kap. 11": (3826, 4372),
    },
    "Høringsforslag, der ikke er indarbejdet i forløbsprogrammet for mennesker med depression": {
        "Ad) Generelle kommentarer": (4717, 4846),
        "Ad) Introduktionen": (4847, 4870),
        "Ad) Tidlig opsporing": (4871, 4885),
        "Ad) Løbende koordinering": (4886, 4935),
        "Ad) Genoptræning": (4936, 4951),
        "Ad) Rehabilitering i kommunerne": (4952, 5045),
        "Ad) Tidlig opsporing i jobcenter": (5046, 5083),
        "Ad) Misbrug": (5084, 5097),
        "Ad) Screeningsredskab": (5098, 5138),
        "Ad) Apoteket": (5139, 5392),
        "Ad) Logistik mv": (5393, 5406),
        "Ad) Henvisning til almen genoptræning": (5407, 5450),
        "Ad) Pixi udgave": (5451, 5464),
        "Ad) Region - henvisning og visitation": (5465, 5489),
    },
    "Notat: borgergrundlag og kommunale udgifter til rehabilitering (depression)": {
        "Borgergrundlag": (5490, 5545),
        "Regneeksempel på et kommunalt rehabiliteringsforløb": (5540, 5572),
    },
    "Kommunikationspakke: Forløbsprogram for mennesker med depression": {
        "Baggrund": (5575, 5592),
        "Formål med kommunikationspakken": (5593, 5634),
        "Hvem skal man kontakte i hvilke situationer": (5635, 5641),
        "Kommunikation i behandlings og rehabiliteringsindsatsen": (5642, 5661),
        "Kommunikation i arbejdsmarkedsindsatsen": (5662, 5683),
        "Opmærksomhedspunkter til den koordinerende kontaktperson": (5684, 5727),
        "Metoder til brugerinddragelse": (5728, 5760),
        "Tjekliste til kommunikation": (5761, 5849),
    },
    "Afregningsblanket for ledsagelse med vejledning": {
        "Omfang": (5932, 5976),
        "Fodnote": (5965, 5982),
        "Ansvarlig sygehusafdeling": (5977, 5982),
        "Vejledning": (5983, 6010),
        "Takster": (6007, 6010),
        "Afregning": (6011, 6017),
    },
    "Høringsbemærkninger, som ikke har medført ændringer i aftaleudkastet (ledsagelse)": {
        "Høringsbemærkninger": (6018, 6095),
    },
    "Samarbejdsaftale om hjælp til kommunikation, personlig hjælp samt ledsagelse i "
    "forbindelse med sygehusbehandling": {
        "Formål": (6099, 6110),
        "Målgruppe": (6111, 6153),
        "Generelle forpligtelser": (6154, 6188),
        "Akutte forløb": (6189, 6221),
        "Planlagte behandlingsforløb": (6222, 6245),
        "Afregning": (6246, 6302),
        "Borgerens befordring til sygehus": (6303, 6308),
        "Overnatning for ledsager": (6309, 6313),
        "Ansvar for ledsager": (6314, 6325),
        "Særlige forhold vedrørende borgere, der har personlige hjælpere i hjemmet": (6326, 6338),
        "Fortolkning af aftalen": (6339, 6347),
    },
    "Standardkontrakt vedr. samarbejdsaftale om kommunikation, personlig hjælp samt "
    "ledsagelse i forbindelse med sygehusbehandling": {
        "6. Aftalt omfang af ledsagelse": (6406, 6420),
        "7.": (6421, 6427),
        "8. Økonomi": (6428, 6456),
    },
}


# Afsnit uden en overskriftslinje ved deres start (fodnoter, skemaets felter, notatets to
# dele og kontaktpersonens del af Kap. 8); deres linjer er aflæst i teksten.
_UDEN_OVERSKRIFT = frozenset(
    {
        "Fodnote",
        "Omfang",
        "Takster",
        "Den koordinerende kontaktperson",
        "Borgergrundlag",
        "Regneeksempel på et kommunalt rehabiliteringsforløb",
    }
)


def _afsnittets_linjer(k: Kilde) -> tuple[int, int] | None:
    """Linjerne for kildens afsnit: den længste kendte afsnitsnøgle, afsnittet begynder med."""
    tabel = _AFSNIT.get(k.dokument.titel)
    if tabel is None:
        return None
    hoved = k.afsnit.split(",")[0].strip()
    kandidater = [n for n in tabel if hoved.startswith(n) or k.afsnit.startswith(n)]
    if not kandidater:
        raise AssertionError(
            f"{k.dokument.titel} / {k.afsnit}: afsnittet er ikke i testens afsnitstabel"
        )
    return tabel[max(kandidater, key=len)]


@pytest.fixture(scope="session")
def kildelinjer() -> dict[str, list[str]]:
    """Kildefilernes linjer (1-baseret via indeks - 1); springes over uden kildeteksterne."""
    kraev_kildemappe()
    return {p.name: p.read_text(encoding="utf-8").splitlines() for p in KILDEMAPPE.glob("*.txt")}


def test_hvert_citat_staar_i_dokumentets_og_afsnittets_linjer(
    kildelinjer: dict[str, list[str]],
) -> None:
    """Citatet står inden for dokumentets linjer og inden for det afsnit, kilden nævner."""
    forkerte = []
    for k in alle_kilder():
        linjer = kildelinjer[k.dokument.fil]
        omraader = []
        if k.dokument.linjer is not None:
            omraader.append(("dokumentet", k.dokument.linjer))
        afsnit = _afsnittets_linjer(k)
        if afsnit is not None:
            omraader.append(("afsnittet", afsnit))
        for hvad, (fra, til) in omraader:
            tekst = normaliser("\n".join(linjer[fra - 1 : til]))
            for del_ in k.citat.split("…"):
                del_ = normaliser(del_)
                if del_ and del_ not in tekst:
                    forkerte.append(
                        f"{k.dokument.titel} / {k.afsnit}: {del_!r} står ikke i {hvad} "
                        f"(linje {fra}–{til})"
                    )
    assert not forkerte, "citater uden for deres dokument/afsnit:\n" + "\n".join(forkerte)


def test_afsnitstabellen_peger_paa_overskrifter(kildelinjer: dict[str, list[str]]) -> None:
    """Hvert afsnit i tabellen begynder ved (eller lige efter) en linje med sit navn."""
    bundt = kildelinjer["003_04b02f9474de0607.txt"]
    for titel, tabel in _AFSNIT.items():
        for navn, (fra, til) in tabel.items():
            assert fra <= til, (titel, navn)
            noegle = navn.replace("Kap. ", "KAP").replace(" ", "").lower()
            vindue = "".join(bundt[fra - 1 : fra + 2]).replace(" ", "").lower()
            vindue = vindue.replace("kap.", "kap")
            if navn in _UDEN_OVERSKRIFT:
                continue
            assert noegle[:12] in vindue, (titel, navn, bundt[fra - 1])


def test_kildens_hash_foelger_vaerdien_ogsaa_efter_pickle_fra_en_anden_proces() -> None:
    """`Kilde` og `Dokument` gemmer deres hash (issue 18: kilderne hashes i hvert resultat).
    En kilde, der er pickled i en proces med en anden hash-nøgle for tekster, skal efter
    unpickling have samme hash som en lig kilde bygget her — den gemte hash må ikke følge med."""
    import os
    import pickle
    import subprocess
    import sys

    kode = (
        "import pickle, sys\n"
        "from forloebsregler.kilder import SAMARBEJDSAFTALE_LEDSAGELSE as d\n"
        "k = d.kilde('Afregning', 'et citat')\n"
        "h = hash(k); hash(d)\n"  # hashen er regnet og gemt i den anden proces
        "sys.stdout.buffer.write(pickle.dumps((k, d, h)))\n"
    )
    hashnoegle = "54321" if os.environ.get("PYTHONHASHSEED") == "12345" else "12345"
    miljoe = {**os.environ, "PYTHONHASHSEED": hashnoegle}
    data = subprocess.run(
        [sys.executable, "-c", kode], capture_output=True, check=True, env=miljoe
    ).stdout
    kilde, dokument, hash_der = pickle.loads(data)
    from forloebsregler.kilder import SAMARBEJDSAFTALE_LEDSAGELSE

    ny = SAMARBEJDSAFTALE_LEDSAGELSE.kilde("Afregning", "et citat")
    assert hash_der != hash(ny)  # ellers kunne testen ikke se en medbragt hash
    assert dokument == SAMARBEJDSAFTALE_LEDSAGELSE
    assert hash(dokument) == hash(SAMARBEJDSAFTALE_LEDSAGELSE)
    assert kilde == ny
    assert hash(kilde) == hash(ny)
    assert {kilde: 1}[ny] == 1
