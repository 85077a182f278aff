"""Issue 16: daterede tal som data, takstfiler, årlig regulering, ingen stiltiende
omdatering og de brugte parametre i hvert svar.

Forventede beløb er regnet i hånden af kildernes tal (2019-tabellen) og af eksempelfilens
opfundne tal (docs/eksempler/takster_2026.toml — ikke officielle takster).
"""

from __future__ import annotations

import json
import tempfile
import tomllib
from datetime import date, datetime
from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from forloebsregler import (
    INGEN_KONTRAKT,
    LAV_KILOMETERTAKST,
    STANDARD_TAKSTREGISTER,
    TAKSTER_2019,
    TILLAEG_PROCENT,
    DateretParameter,
    ForloebsreglerFejl,
    ManglendeTakstFejl,
    Takstkategori,
    UgyldigVaerdiFejl,
    UkendtNavnFejl,
    afregn_forloeb,
    beregn_kilometergodtgoerelse,
    beregn_ledsagelse,
    forventet_omfang,
    indlaes_takster,
    kilometersats,
)
from forloebsregler.kalender import KOEBENHAVN

from .conftest import normaliser

ROD = Path(__file__).resolve().parents[1]
DATAFIL = ROD / "src" / "forloebsregler" / "data" / "ledsagelse.toml"
EKSEMPEL_TOML = ROD / "docs" / "eksempler" / "takster_2026.toml"
EKSEMPEL_CSV = ROD / "docs" / "eksempler" / "takster_2026.csv"
T = Takstkategori


def kbh(*a: int) -> datetime:
    return datetime(*a, tzinfo=KOEBENHAVN)  # type: ignore[misc]


# --------------------------------------------------------------------------- datafilen


def test_datafilen_har_kilde_periode_og_kontrol_for_hvert_tal() -> None:
    data = tomllib.loads(DATAFIL.read_text(encoding="utf-8"))
    for tabel in data["timetakster"]:
        for felt in ("niveau", "gyldig_fra", "gyldig_til", "enhed", "kilde", "verificeret"):
            assert tabel[felt], felt
    for sats in data["lav_kilometertakst"]:
        for felt in ("gyldig_fra", "gyldig_til", "vaerdi", "enhed", "kilde", "verificeret"):
            assert sats[felt], felt
        assert isinstance(sats["vaerdi"], str)  # eksakt som tekst, aldrig et kommatal


def test_2019_taksterne_og_tillaeggene_staar_i_kildeteksten(
    kildetekster: dict[str, str],
) -> None:
    tekst = kildetekster["003_04b02f9474de0607.txt"]
    # samarbejdsaftalens tabel, afsnit Afregning (linje ca. 6264-6281)
    raekker = [
        ("Grundløn Hverdage kl. 06-17 kr 277,21 0%", T.GRUNDLOEN),
        ("Hverdag, aften/nat Mandag - torsdag 17-06 kr 346,51 25%", T.HVERDAG_AFTEN_NAT),
        ("Fredag aften / nat Fredag 17-06 kr 415,81 50%", T.FREDAG_AFTEN_NAT),
        ("Lørdag dag Lørdag kl. 06-17 kr 415,81 50%", T.LOERDAG_DAG),
        ("Lørdag aften/nat Lørdag kl. 17-06 kr 485,11 75%", T.LOERDAG_AFTEN_NAT),
        ("Søn- og helligdag kl. 06- 17 kr 554,41 100%", T.SOEN_HELLIGDAG_DAG),
        ("Søn- og helligdag kl. 17- 06 kr 623,71 125%", T.SOEN_HELLIGDAG_AFTEN_NAT),
    ]
    for linje, kategori in raekker:
        assert normaliser(linje) in tekst, linje
        beloeb = linje.split(" kr ")[1].split()[0]
        procent = linje.rsplit(" ", 1)[1].rstrip("%")
        assert TAKSTER_2019.takst(kategori) == Decimal(beloeb.replace(",", "."))
        assert TILLAEG_PROCENT[kategori] == int(procent)


def test_km_satserne_kommer_fra_datafilen() -> None:
    data = tomllib.loads(DATAFIL.read_text(encoding="utf-8"))
    fra_fil = tuple((s["gyldig_fra"], Decimal(s["vaerdi"])) for s in data["lav_kilometertakst"])
    assert fra_fil == LAV_KILOMETERTAKST
    # issue 16, »færdig«: 2,28 kr. den 1.3.2026 (Skatterådet 2026), 2,23 i 2025
    s = kilometersats(date(2026, 3, 1))
    assert s.sats == Decimal("2.28")
    (p,) = s.anvendte_parametre
    assert (p.vaerdi, p.enhed, p.gyldig_fra, p.gyldig_til) == (
        Decimal("2.28"),
        "kr./km",
        date(2026, 1, 1),
        date(2026, 12, 31),
    )
    assert "Skatterådet" in p.kilde
    assert kilometersats(date(2025, 12, 31)).sats == Decimal("2.23")
    with pytest.raises(ManglendeTakstFejl):
        kilometersats(date(2027, 1, 1))


def test_datafilen_er_med_i_pakken() -> None:
    import forloebsregler

    assert (Path(forloebsregler.__file__).parent / "data" / "ledsagelse.toml").is_file()


# --------------------------------------------------------------------------- anvendte parametre


def test_beregningen_lister_de_brugte_takster() -> None:
    # fredag 1.3.2019 kl. 15 til lørdag kl. 8: 2 t grundløn, 13 t fredag aften/nat, 2 t lørdag dag
    b = beregn_ledsagelse(kbh(2019, 3, 1, 15), kbh(2019, 3, 2, 8))
    navne = [(p.navn, p.vaerdi) for p in b.anvendte_parametre]
    assert navne == [
        ("timetakst Grundløn (2019-niveau)", Decimal("277.21")),
        ("timetakst Fredag aften / nat (2019-niveau)", Decimal("415.81")),
        ("timetakst Lørdag dag (2019-niveau)", Decimal("415.81")),
    ]
    p = b.anvendte_parametre[0]
    assert (p.gyldig_fra, p.gyldig_til, p.enhed) == (
        date(2019, 1, 1),
        date(2019, 12, 31),
        "kr./time",
    )
    assert "Afregning" in p.kilde
    # en revisor kan genberegne totalen alene ud fra svaret: timer × parameterens takst
    takst = {p.navn: p.vaerdi for p in b.anvendte_parametre}
    assert (
        sum(
            (
                (ln.timer * takst[f"timetakst {ln.kategori.value} ({ln.niveau})"]).quantize(
                    Decimal("0.01")
                )
                for ln in b.linjer
            ),
            Decimal(0),
        )
        == b.total
        == Decimal("6791.57")
    )  # 2 × 277,21 + 13 × 415,81 + 2 × 415,81
    d = b.til_dict()
    assert d["anvendte_parametre"][0]["vaerdi"] == Decimal("277.21")
    j = json.loads(b.til_json())
    assert j["anvendte_parametre"][1] == {
        "navn": "timetakst Fredag aften / nat (2019-niveau)",
        "vaerdi": "415.81",
        "enhed": "kr./time",
        "gyldig_fra": "2019-01-01",
        "gyldig_til": "2019-12-31",
        "kilde": p.kilde,
        "verificeret": p.verificeret,
    }


def test_afregningen_lister_takster_og_km_sats() -> None:
    a = afregn_forloeb(
        "PLANLAGT",
        kbh(2019, 5, 6, 8),
        kbh(2019, 5, 6, 12),
        kontrakt_indgaaet=INGEN_KONTRAKT,
        km_hjem=10,
    )
    assert [(p.navn, p.vaerdi) for p in a.anvendte_parametre] == [
        ("timetakst Grundløn (2019-niveau)", Decimal("277.21")),
        ("lav kilometertakst", Decimal("1.98")),
    ]
    assert all(p.anvendte_parametre for p in a.poster)
    # en sats givet af kalderen listes også — uden periode
    g = beregn_kilometergodtgoerelse(10, date(2019, 5, 6), sats="3.50")
    (p,) = g.anvendte_parametre
    assert (p.vaerdi, p.gyldig_fra, p.kilde) == (Decimal("3.50"), None, "givet af kalderen (sats=)")


def test_forventet_omfang_lister_grundloen_og_hoejeste_takst() -> None:
    o = forventet_omfang(start="2019-05-06", timer_i_alt=4)
    assert [p.vaerdi for p in o.anvendte_parametre] == [Decimal("277.21"), Decimal("623.71")]


def test_dateret_parameter_validerer() -> None:
    with pytest.raises(ForloebsreglerFejl):
        DateretParameter("x", "1", "kr.", date(2020, 1, 2), date(2020, 1, 1), "k")
    with pytest.raises(ForloebsreglerFejl):
        DateretParameter("x", "mange", "kr.", None, None, "k")  # type: ignore[arg-type]


# --------------------------------------------------------------------------- ingen omdatering


def test_en_givet_tabel_prissaetter_ikke_andre_aar() -> None:
    # før issue 16: en tabel for 2026 prissatte et forløb i 2019 »efter 2026-niveau«
    tabel_2026 = TAKSTER_2019.fremskriv(
        "1.2", niveau="2026-niveau", gyldig_fra="2026-01-01", gyldig_til="2026-12-31"
    )
    with pytest.raises(ManglendeTakstFejl, match="2019-05-06"):
        beregn_ledsagelse(kbh(2019, 5, 6, 8), kbh(2019, 5, 6, 9), takster=tabel_2026)
    # før: afregn_forloeb(..., takster=TAKSTER_2019) prissatte et forløb i 2027
    with pytest.raises(ManglendeTakstFejl, match="2027-05-06"):
        afregn_forloeb(
            "PLANLAGT", kbh(2027, 5, 6, 8), kbh(2027, 5, 6, 9), km_sats=2, takster=TAKSTER_2019
        )
    # et forløb, der løber ud over tabellens sidste dag, afvises også
    with pytest.raises(ManglendeTakstFejl, match="2020-01-01"):
        beregn_ledsagelse(kbh(2019, 12, 31, 20), kbh(2020, 1, 1, 2), takster=TAKSTER_2019)
    alle = TAKSTER_2019.uden_datograense()
    b = beregn_ledsagelse(kbh(2027, 5, 4, 8), kbh(2027, 5, 4, 9), takster=alle)  # tirsdag
    assert b.total == Decimal("277.21")
    assert "uanset dato" in b.anvendte_parametre[0].kilde


# --------------------------------------------------------------------------- årlig regulering


def test_aarlig_fremskrivning_i_kaede() -> None:
    reg = TAKSTER_2019.fremskriv_aarligt({2020: "1.021", 2021: "1.03"})
    assert [t.niveau for t in reg.tabeller] == [
        "2019-niveau",
        "2020-niveau (2019-niveau × 1.021)",
        "2021-niveau (2019-niveau × 1.021 × 1.03)",
    ]
    # 277,21 × 1,021 = 283,03141 → 283,03; 283,03 × 1,03 = 291,5209 → 291,52 (kæden afrunder
    # hvert år; 277,21 × 1,021 × 1,03 = 291,53 ville give et andet beløb)
    assert reg.tabel_for("2020-06-01").takst(T.GRUNDLOEN) == Decimal("283.03")
    assert reg.tabel_for("2021-06-01").takst(T.GRUNDLOEN) == Decimal("291.52")
    assert "fremskrevet" in (reg.tabel_for("2021-06-01").oprindelse or "")
    with pytest.raises(ManglendeTakstFejl):
        reg.tabel_for("2022-01-01")
    with pytest.raises(UgyldigVaerdiFejl, match="år i træk fra 2020"):
        TAKSTER_2019.fremskriv_aarligt({2021: "1.03"})
    with pytest.raises(UgyldigVaerdiFejl, match="år i træk"):
        TAKSTER_2019.fremskriv_aarligt({2020: "1.02", 2022: "1.03"})


# --------------------------------------------------------------------------- takstfiler


def test_eksempelfilen_er_maerket_som_eksempel() -> None:
    tekst = EKSEMPEL_TOML.read_text(encoding="utf-8")
    assert "EKSEMPEL" in tekst.splitlines()[0]
    assert "IKKE OFFICIELLE" in tekst.splitlines()[0]
    for tabel in indlaes_takster(EKSEMPEL_TOML).tabeller:
        assert "EKSEMPEL" in tabel.niveau


@pytest.mark.parametrize("fil", [EKSEMPEL_TOML, EKSEMPEL_CSV], ids=["toml", "csv"])
def test_forloeb_og_kilometer_den_1_marts_2026_fra_en_takstfil(fil: Path) -> None:
    # issue 16, »færdig«: søndag 1.3.2026 kl. 8-12 = 4 t søn-/helligdag dag à 620,00 (eksempel)
    # = 2.480,00 kr.; 20 km × 2,28 = 45,60 kr.
    kw = {"kontrakt_indgaaet": kbh(2026, 2, 20), "km_til_sygehus": 10, "km_hjem": 10}
    a = afregn_forloeb("PLANLAGT", kbh(2026, 3, 1, 8), kbh(2026, 3, 1, 12), takster=fil, **kw)
    assert a.total_sygehus == Decimal("2525.60")
    assert [(p.navn, p.vaerdi) for p in a.anvendte_parametre] == [
        ("timetakst Søn og helligdag dag (2026-niveau (EKSEMPEL))", Decimal("620.00")),
        ("lav kilometertakst", Decimal("2.28")),
    ]
    assert fil.name in a.anvendte_parametre[0].kilde
    reg = indlaes_takster(fil)
    assert (
        afregn_forloeb("PLANLAGT", kbh(2026, 3, 1, 8), kbh(2026, 3, 1, 12), takster=reg, **kw) == a
    )
    # uden takstfil: afvist med en klar besked
    with pytest.raises(ManglendeTakstFejl, match="ingen taksttabel gælder 2026-03-01"):
        afregn_forloeb("PLANLAGT", kbh(2026, 3, 1, 8), kbh(2026, 3, 1, 12), **kw)


def test_importen_importerer_ikke_filmodulerne() -> None:
    """`import forloebsregler` importerer ikke `pathlib` og `csv` (importtid, issue 18 punkt
    5); det gør først læsningen af en takstfil. Et modul, Python allerede har indlæst ved
    opstarten (fx fra en .pth-fil), tælles ikke."""
    import subprocess
    import sys

    kode = (
        "import sys\n"
        "moduler = [m for m in ('pathlib', 'csv') if m not in sys.modules]\n"
        "import forloebsregler\n"
        "print(moduler)\n"
        "print([m for m in moduler if m in sys.modules])\n"
        f"forloebsregler.indlaes_takster({str(EKSEMPEL_CSV)!r})\n"
        "print([m for m in moduler if m in sys.modules])\n"
    )
    moduler, efter_import, efter_laesning = subprocess.run(
        [sys.executable, "-c", kode], capture_output=True, text=True, check=True
    ).stdout.splitlines()
    assert "'csv'" in moduler  # csv indlæses aldrig ved Pythons opstart
    assert efter_import == "[]"
    assert efter_laesning == moduler


def test_takstfil_sammen_med_2019() -> None:
    reg = STANDARD_TAKSTREGISTER.med(*indlaes_takster(EKSEMPEL_TOML).tabeller)
    assert reg.tabel_for("2019-05-06") is TAKSTER_2019
    assert reg.tabel_for("2025-05-06").takst(T.GRUNDLOEN) == Decimal("300.00")


_GOD = """
[[tabel]]
niveau = "A"
gyldig_fra = 2025-01-01
gyldig_til = 2025-12-31
GRUNDLOEN = 1
HVERDAG_AFTEN_NAT = 2
FREDAG_AFTEN_NAT = 3
LOERDAG_DAG = 4
LOERDAG_AFTEN_NAT = 5
SOEN_HELLIGDAG_DAG = 6
SOEN_HELLIGDAG_AFTEN_NAT = 7
"""


def _skriv(tmp_path: Path, tekst: str, navn: str = "t.toml") -> Path:
    fil = tmp_path / navn
    fil.write_text(tekst, encoding="utf-8")
    return fil


@pytest.mark.parametrize(
    ("tekst", "klasse", "besked"),
    [
        (_GOD + _GOD.replace("2025-", "2025-"), UgyldigVaerdiFejl, "overlapper"),
        (_GOD + _GOD.replace("2025-", "2027-"), UgyldigVaerdiFejl, "hul mellem A"),
        (_GOD.replace("GRUNDLOEN = 1\n", ""), UgyldigVaerdiFejl, "mangler takst for GRUNDLOEN"),
        (_GOD.replace("GRUNDLOEN = 1", "GRUNDLOEN = -1"), UgyldigVaerdiFejl, "takster"),
        (_GOD.replace("GRUNDLOEN = 1", "GRUNDLOEN = 277.215"), UgyldigVaerdiFejl, "to decimaler"),
        (_GOD + "WEEKEND = 9\n", UkendtNavnFejl, "ukendt felt eller takstkategori 'WEEKEND'"),
        (_GOD.replace('niveau = "A"\n', ""), UgyldigVaerdiFejl, "mangler niveau"),
        ("[[tabel]\n", UgyldigVaerdiFejl, "ikke gyldig TOML"),
        ("", UgyldigVaerdiFejl, "ingen taksttabeller"),
        ("[andet]\nx = 1\n", UgyldigVaerdiFejl, "ukendt afsnit andet"),
    ],
    ids=[
        "overlap",
        "hul",
        "manglende kategori",
        "negativ",
        "ikke øre",
        "ukendt kategori",
        "uden niveau",
        "syntaks",
        "tom",
        "ukendt afsnit",
    ],
)
def test_takstfil_afvises_med_klar_besked(
    tmp_path: Path, tekst: str, klasse: type[Exception], besked: str
) -> None:
    fil = _skriv(tmp_path, tekst)
    with pytest.raises(klasse, match=besked) as fejl:
        indlaes_takster(fil)
    assert "t.toml" in str(fejl.value)


def test_takstfil_filtyper_og_sti(tmp_path: Path) -> None:
    with pytest.raises(UgyldigVaerdiFejl, match="kan ikke læse takstfilen"):
        indlaes_takster(tmp_path / "findes_ikke.toml")
    with pytest.raises(UgyldigVaerdiFejl, match=r"\.toml eller \.csv"):
        indlaes_takster(_skriv(tmp_path, _GOD, "t.txt"))
    csv = _skriv(
        tmp_path,
        "niveau,gyldig_fra,gyldig_til,GRUNDLOEN,HVERDAG_AFTEN_NAT,FREDAG_AFTEN_NAT,LOERDAG_DAG,"
        "LOERDAG_AFTEN_NAT,SOEN_HELLIGDAG_DAG,SOEN_HELLIGDAG_AFTEN_NAT\n"
        "A,2025-01-01,2025-12-31,1.50,2,3,4,5,6,7\n",
        "t.csv",
    )
    assert indlaes_takster(csv).tabeller[0].takst(T.GRUNDLOEN) == Decimal("1.50")
    # en rettet fil læses igen (cache pr. filversion)
    fil = _skriv(tmp_path, _GOD)
    assert indlaes_takster(fil).tabeller[0].takst(T.GRUNDLOEN) == Decimal("1.00")
    fil.write_text(_GOD.replace("GRUNDLOEN = 1", "GRUNDLOEN = 10.25"), encoding="utf-8")
    assert indlaes_takster(fil).tabeller[0].takst(T.GRUNDLOEN) == Decimal("10.25")


# --------------------------------------------------------------------------- egenskaber

_FAKTORER = st.decimals(min_value=Decimal("0.5"), max_value=Decimal("2"), places=4)


@settings(max_examples=40, deadline=None)
@given(st.lists(_FAKTORER, min_size=1, max_size=5))
def test_kaeden_er_fremskrivning_aar_for_aar(faktorer: list[Decimal]) -> None:
    reg = TAKSTER_2019.fremskriv_aarligt({2020 + i: f for i, f in enumerate(faktorer)})
    forrige = TAKSTER_2019
    for i, f in enumerate(faktorer):
        tabel = reg.tabel_for(date(2020 + i, 7, 1))
        forventet = tuple((t * f).quantize(Decimal("0.01"), ROUND_HALF_UP) for t in forrige.takster)
        assert tabel.takster == forventet
        assert (tabel.gyldig_fra, tabel.gyldig_til) == (
            date(2020 + i, 1, 1),
            date(2020 + i, 12, 31),
        )
        forrige = tabel


@settings(max_examples=25, deadline=None)
@given(st.lists(_FAKTORER, min_size=1, max_size=3), st.booleans())
def test_takstfil_toml_og_csv_giver_samme_register(
    faktorer: list[Decimal], semikolon: bool
) -> None:
    reg = TAKSTER_2019.fremskriv_aarligt({2020 + i: f for i, f in enumerate(faktorer)})
    tabeller = reg.tabeller[1:]
    toml = "".join(
        f'[[tabel]]\nniveau = "{t.niveau}"\n'
        f"gyldig_fra = {t.gyldig_fra}\ngyldig_til = {t.gyldig_til}\n"
        + "".join(f"{k.name} = {v}\n" for k, v in zip(Takstkategori, t.takster, strict=True))
        for t in tabeller
    )
    sep = ";" if semikolon else ","
    csv = sep.join(["niveau", "gyldig_fra", "gyldig_til", *(k.name for k in Takstkategori)]) + "\n"
    for t in tabeller:
        beloeb = [str(v).replace(".", ",") if semikolon else str(v) for v in t.takster]
        csv += sep.join([t.niveau, str(t.gyldig_fra), str(t.gyldig_til), *beloeb]) + "\n"
    with tempfile.TemporaryDirectory() as mappe:
        (Path(mappe) / "t.toml").write_text(toml, encoding="utf-8")
        (Path(mappe) / "t.csv").write_text(csv, encoding="utf-8")
        fra_toml = indlaes_takster(Path(mappe) / "t.toml")
        fra_csv = indlaes_takster(Path(mappe) / "t.csv")
    for a, b, c in zip(fra_toml.tabeller, fra_csv.tabeller, tabeller, strict=True):
        assert a.takster == b.takster == c.takster
        assert (a.niveau, a.gyldig_fra, a.gyldig_til) == (c.niveau, c.gyldig_fra, c.gyldig_til)
