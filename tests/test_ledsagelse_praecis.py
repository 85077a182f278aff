"""Ledsagelse: præcise tekster, fejlbeskeder og tabelbygning, som mutationstesten viste var
uprøvede.

Skrevet efter mutationstesten efter issue 15 (se docs/kvalitet.md, »Efter omlægningen (issue
15): ledsagelse«). Tallene er aflæst i samarbejdsaftalen om ledsagelse (kildeteksten
`003_04b02f9474de0607.txt`, l. 6096–6347, afsnit Afregning); teksterne er skrevet ud fra
kilden og modulets skabelon, ikke kopieret fra bibliotekets output.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from decimal import Decimal
from pathlib import Path

import pytest

from forloebsregler import ForloebsreglerFejl
from forloebsregler.afregning import afregn_forloeb
from forloebsregler.fakturering import kontroller_faktura
from forloebsregler.fejl import UgyldigTypeFejl, UgyldigVaerdiFejl
from forloebsregler.kilder import Kilde
from forloebsregler.kilometergodtgoerelse import kilometersats
from forloebsregler.kontraktomfang import forventet_omfang, sammenlign_med_kontrakt
from forloebsregler.ledsagelse import afdelingsskift
from forloebsregler.ledsagelsespris import beregn_ledsagelse, beregn_mange
from forloebsregler.svar import Svar
from forloebsregler.takster import (
    _DATA_2019,
    KILDE_TAKSTTABEL,
    STANDARD_TAKSTREGISTER,
    TAKSTER_2019,
    Takstregister,
    Taksttabel,
    _tabel_af_data,
)
from forloebsregler.takstfiler import _csv_raekker, _takstraekker_csv, indlaes_takster
from forloebsregler.takstperioder import Takstkategori


def _besked(kald: object) -> str:
    assert callable(kald)
    with pytest.raises(ForloebsreglerFejl) as fejl:
        kald()
    return str(fejl.value)


# ---------------------------------------------------------------------------
# Taksttabellen (Afregning): bygges ved import, før en mutant slås til; derfor kaldes
# byggefunktionen her direkte.
# ---------------------------------------------------------------------------


def test_taksttabel_2019_bygges_af_datafilen_med_kildens_takster() -> None:
    # »Regionen afregner med følgende timetakster for ledsagelse under ophold på sygehuset
    # (2019-niveau): Grundløn … kr 277,21 … Søn og helligdag aften/nat … kr 623,71«.
    t = _tabel_af_data(_DATA_2019)
    assert t.niveau == "2019-niveau"
    assert (t.gyldig_fra, t.gyldig_til) == (date(2019, 1, 1), date(2019, 12, 31))  # LED-07
    assert t.takster == tuple(
        Decimal(b) for b in ("277.21", "346.51", "415.81", "415.81", "485.11", "554.41", "623.71")
    )
    assert t.kilde is KILDE_TAKSTTABEL
    assert t.oprindelse is not None and t.oprindelse.startswith(
        "Samarbejdsaftale om hjælp til kommunikation, personlig hjælp samt ledsagelse"
    )
    assert t.verificeret is not None and "test_takster_parametre" in t.verificeret
    assert t == TAKSTER_2019


def test_taksttabel_uden_kilde_siger_det_i_parametrene() -> None:
    t = Taksttabel(
        niveau="egen",
        gyldig_fra="2020-01-01",
        gyldig_til="2020-12-31",
        takster=TAKSTER_2019.takster,
    )
    assert {p.kilde for p in t.parametre} == {"givet af kalderen (ingen kilde oplyst)"}
    assert t.uden_datograense().oprindelse == (
        "givet af kalderen (ingen kilde oplyst); gyldig 2020-01-01–2020-12-31, men udtrykkeligt "
        "brugt uanset dato (uden_datograense)"
    )
    med_kilde = Taksttabel(
        niveau="egen",
        gyldig_fra="2020-01-01",
        gyldig_til="2020-12-31",
        takster=TAKSTER_2019.takster,
        kilde=KILDE_TAKSTTABEL,
    )
    assert isinstance(med_kilde.kilde, Kilde)
    assert {p.kilde for p in med_kilde.parametre} == {
        f"{KILDE_TAKSTTABEL.dokument.titel}, afsnit {KILDE_TAKSTTABEL.afsnit}"
    }


def _aar(aar: int) -> Taksttabel:
    return TAKSTER_2019.fremskriv(
        1, niveau=f"{aar}-niveau", gyldig_fra=f"{aar}-01-01", gyldig_til=f"{aar}-12-31"
    )


def test_takstregister_repr_viser_hoejst_tre_niveauer() -> None:
    tre = Takstregister(tuple(_aar(a) for a in (2019, 2020, 2021)))
    assert (
        repr(tre) == "Takstregister(2019-niveau, 2020-niveau, 2021-niveau; 2019-01-01–2021-12-31)"
    )
    fire = Takstregister(tuple(_aar(a) for a in (2019, 2020, 2021, 2022)))
    assert repr(fire) == (
        "Takstregister(2019-niveau, 2020-niveau, 2021-niveau … (4 tabeller); 2019-01-01–2022-12-31)"
    )


def test_timer_i_navngiver_kategorien_i_fejlen() -> None:
    # Hverdag kl. 8-10: 2 timer grundløn (»Grundløn Hverdage kl. 06-17«).
    b = beregn_ledsagelse("2019-03-04T08:00+01:00", "2019-03-04T10:00+01:00", takster=TAKSTER_2019)
    assert b.timer_i("GRUNDLOEN") == 2
    assert _besked(lambda: b.timer_i("nat")).startswith("kategori: ukendt navn 'nat'")


# ---------------------------------------------------------------------------
# Afdelingsskift og fakturakontrol
# ---------------------------------------------------------------------------


def test_afdelingsskift_begrundelser_ordret() -> None:
    # »Såfremt en borger … skifter afdeling, overtager den nye afdeling den allerede indgåede
    # aftale om ledsagelse, hvis behovet herfor stadig vurderes at være til stede. Den
    # overførende afdeling …«
    efterskrift = " Den overførende afdeling sørger for kontaktoplysningerne."
    ja = afdelingsskift(behov_fortsat=True)
    assert ja.aftalen_overtages is Svar.OPFYLDT
    assert ja.begrundelse == (
        "Den nye afdeling overtager den indgåede aftale om ledsagelse." + efterskrift
    )
    nej = afdelingsskift(behov_fortsat=False)
    assert nej.aftalen_overtages is Svar.IKKE_OPFYLDT
    assert nej.begrundelse == (
        "Behovet er ikke længere til stede, så aftalen overtages ikke." + efterskrift
    )
    ukendt = afdelingsskift(behov_fortsat=None)
    assert ukendt.aftalen_overtages is Svar.KAN_IKKE_AFGOERES
    assert ukendt.begrundelse == (
        "Om aftalen overtages, afhænger af, om behovet stadig vurderes at være til stede."
        + efterskrift
    )
    assert _besked(lambda: afdelingsskift(behov_fortsat="ja")) == (  # type: ignore[arg-type]
        "behov_fortsat: fik 'ja' (type str); accepterer True, False eller None (ukendt)"
    )


def test_fakturakontrol_afvisningsgrunde_ordret() -> None:
    # »Kommunerne kan kun fremsende regninger for borgere, hvor der er indgået en skriftlig
    # aftale«; »Sygehuset har ret til at afvise en regning, hvis blanket til afregning ikke
    # er vedhæftet« (medmindre oplysningerne står på regningen, LED-19).
    r = kontroller_faktura(skriftlig_aftale=False, blanket_vedhaeftet=True)
    assert r.kan_afvises is Svar.OPFYLDT
    assert r.begrundelse.startswith(
        "Sygehuset kan afvise regningen: der er ingen skriftlig aftale om ledsagelse, så der kan "
        "ikke sendes regning."
    )
    r = kontroller_faktura(
        skriftlig_aftale=True, blanket_vedhaeftet=False, alle_blanketoplysninger_paa_regningen=False
    )
    assert r.kan_afvises is Svar.OPFYLDT
    assert r.begrundelse.startswith(
        "Sygehuset kan afvise regningen: blanketten er ikke vedhæftet, og dens oplysninger står "
        "ikke på regningen."
    )
    r = kontroller_faktura(skriftlig_aftale=None, blanket_vedhaeftet=True)
    assert r.kan_afvises is Svar.KAN_IKKE_AFGOERES
    assert r.begrundelse.startswith(
        "Det kan ikke afgøres, om regningen kan afvises; ukendt: skriftlig aftale."
    )
    r = kontroller_faktura(skriftlig_aftale=True, blanket_vedhaeftet=None)
    assert r.kan_afvises is Svar.KAN_IKKE_AFGOERES
    assert r.begrundelse.startswith(
        "Det kan ikke afgøres, om regningen kan afvises; ukendt: om blanketten er vedhæftet."
    )


def test_fakturakontrol_flere_grunde_og_ukendte() -> None:
    r = kontroller_faktura(
        skriftlig_aftale=False,
        blanket_vedhaeftet=False,
        alle_blanketoplysninger_paa_regningen=False,
    )
    assert r.begrundelse.startswith(
        "Sygehuset kan afvise regningen: der er ingen skriftlig aftale om ledsagelse, så der kan "
        "ikke sendes regning; blanketten er ikke vedhæftet, og dens oplysninger står ikke på "
        "regningen. Mangler: "
    )
    r = kontroller_faktura(skriftlig_aftale=None, blanket_vedhaeftet=None)
    assert r.begrundelse.startswith(
        "Det kan ikke afgøres, om regningen kan afvises; ukendt: skriftlig aftale, om blanketten "
        "er vedhæftet. Mangler: "
    )


def test_fakturakontrol_fejlbeskeder_ordret() -> None:
    def kontrol(**kw: object) -> object:
        kw.setdefault("skriftlig_aftale", True)
        kw.setdefault("blanket_vedhaeftet", True)
        return kontroller_faktura(**kw)  # type: ignore[arg-type]

    for navn in ("skriftlig_aftale", "blanket_vedhaeftet", "alle_blanketoplysninger_paa_regningen"):
        assert _besked(lambda navn=navn: kontrol(**{navn: "ja"})) == (
            f"{navn}: fik 'ja' (type str); accepterer True, False eller None (ukendt)"
        )
    assert _besked(lambda: kontrol(aftaleafdeling=1)).startswith("aftaleafdeling: fik 1 (type int)")
    assert _besked(lambda: kontrol(ean_nummer=1)).startswith("ean_nummer: fik 1 (type int)")
    # »Afdelingen oplyser EAN-nummer til kommunen«: et EAN-nummer har 13 cifre.
    assert _besked(lambda: kontrol(ean_nummer="123")) == (
        "ean_nummer: fik '123' (type str); accepterer et EAN-nummer med 13 cifre"
    )
    assert kontrol(ean_nummer="5798000000001").mangler == (  # type: ignore[attr-defined]
        "afdelinger og tiden på hver afdeling",
        "den ansvarlige afdeling (den, der indgik aftalen)",
    )
    assert _besked(lambda: kontrol(afdelinger=5)) == (
        "afdelinger: fik 5 (type int); accepterer en dict afdeling → timedelta eller en liste af "
        "(afdeling, timedelta)"
    )
    assert _besked(lambda: kontrol(afdelinger=[("A",)])) == (
        "afdelinger[0]: fik ('A',) (type tuple); accepterer (afdeling, timedelta)"
    )
    assert _besked(lambda: kontrol(afdelinger=[(1, timedelta(hours=1))])).startswith(
        "afdelinger[0] (afdeling): fik 1 (type int)"
    )
    assert _besked(lambda: kontrol(afdelinger=[("A", "x")])).startswith(
        "afdelinger[0] (tid): fik 'x' (type str)"
    )


def test_taksttabellen_gaelder_begge_dage_i_perioden() -> None:
    # 2019-niveau gælder kalenderåret 2019, begge dage inklusive (LED-07).
    assert TAKSTER_2019.gaelder("2019-01-01") and TAKSTER_2019.gaelder(date(2019, 12, 31))
    assert not TAKSTER_2019.gaelder("2018-12-31") and not TAKSTER_2019.gaelder("2020-01-01")
    assert _besked(lambda: TAKSTER_2019.gaelder("x")).startswith("dag: fik 'x' (type str)")


# ---------------------------------------------------------------------------
# Kommunens takstfil som CSV (»Taksterne reguleres årligt …«)
# ---------------------------------------------------------------------------


def test_takstfil_csv_skilletegn_efter_foerste_linje() -> None:
    # Semikolon i overskriften (også med mellemrum før): dansk CSV med decimalkomma og
    # tusindtalspunktum i taksterne; andre felter røres ikke.
    tekst = "niveau ;gyldig_fra;GRUNDLOEN;HVERDAG_AFTEN_NAT\na,b;2020-01-01;1.234,50;277.21\n"
    assert _csv_raekker(tekst, ";", "t.csv") == [
        (
            "linje 2",
            {
                "niveau": "a,b",
                "gyldig_fra": "2020-01-01",
                "GRUNDLOEN": "1234.50",
                "HVERDAG_AFTEN_NAT": "277.21",
            },
        )
    ]
    assert _takstraekker_csv(tekst.encode(), "t.csv")[0][1]["niveau"] == "a,b"
    # Kommasepareret fil, hvis niveaunavne rummer semikoloner: kun første linje afgør.
    tekst = "niveau,gyldig_fra\na;b;c;d,2020-01-01\ne;f;g;h,2021-01-01\n"
    assert _takstraekker_csv(tekst.encode(), "t.csv") == [
        ("linje 2", {"niveau": "a;b;c;d", "gyldig_fra": "2020-01-01"}),
        ("linje 3", {"niveau": "e;f;g;h", "gyldig_fra": "2021-01-01"}),
    ]
    # Kun overskriften: ingen rækker.
    assert _takstraekker_csv(b"niveau;gyldig_fra", "t.csv") == []


def test_takstfil_csv_korte_raekker_og_fejl() -> None:
    # En række med færre felter end overskrifter: de manglende felter er blot ikke oplyst.
    assert _csv_raekker("niveau;gyldig_fra;GRUNDLOEN\nx;2020-01-01\n", ";", "t.csv") == [
        ("linje 2", {"niveau": "x", "gyldig_fra": "2020-01-01"})
    ]
    assert _besked(lambda: _csv_raekker("a;b\n1;2\n1;2;3\n", ";", "t.csv")) == (
        "t.csv, linje 3: flere felter end kolonneoverskrifter"
    )
    assert _besked(lambda: _takstraekker_csv(b"a;b\n1;2;3\n", "t.csv")) == (
        "t.csv, linje 2: flere felter end kolonneoverskrifter"
    )
    assert _besked(lambda: _takstraekker_csv(b"\xff\xfe", "t.csv")) == (
        "t.csv: ikke UTF-8-tekst; gem CSV-filen som UTF-8"
    )
    besked = _besked(lambda: _takstraekker_csv(b"a;b\n" + b"x" * 200_000 + b";1\n", "t.csv"))
    assert besked.startswith("t.csv: ikke gyldig CSV (field larger than field limit")


# ---------------------------------------------------------------------------
# Afregning uden oplyst kontrakt (LED-22) og sammenligning med kontrakten
# ---------------------------------------------------------------------------


def test_afregning_uden_oplyst_kontrakt_bemaerkning_ordret() -> None:
    start, slut = "2019-03-04T08:00+01:00", "2019-03-04T12:00+01:00"
    bemaerkning = (
        "Det er ikke oplyst, om og hvornår der er indgået kontrakt (kontrakt_indgaaet=None), "
        "så betaleren af tiden{} og af kørsel og udgifter, der følger kontrakten, kan ikke "
        "afgøres (fortolkningsloggen LED-22); giv INGEN_KONTRAKT, hvis der ikke er indgået "
        "kontrakt."
    )
    planlagt = afregn_forloeb("PLANLAGT", start, slut, kontrakt_indgaaet=None)
    assert planlagt.bemaerkninger == (bemaerkning.format(""),)
    # Akut: betaling gælder fra kontrakten (»… fra det tidspunkt, hvor kontrakten er
    # indgået, når der er tale om akutte forløb«); tiden før ankomsten er ikke i spil.
    akut = afregn_forloeb(
        "AKUT", start, slut, kontrakt_indgaaet=None, ankomst="2019-03-04T09:00+01:00"
    )
    assert akut.bemaerkninger == (bemaerkning.format(" fra ankomsten"),)


def test_sammenlign_med_kontrakt_fejl_og_nul() -> None:
    with pytest.raises(UgyldigTypeFejl) as fejl:
        sammenlign_med_kontrakt("x", 3)  # type: ignore[arg-type]
    assert str(fejl.value) == "omfang: fik 'x' (type str); accepterer et ForventetOmfang"
    o = forventet_omfang(start="2019-05-06", timer_i_alt=4)
    r = sammenlign_med_kontrakt(o, "-0")
    assert str(r.faktiske_timer) == "0"
    assert r.begrundelse == (
        "Forløbet brugte 0 timer mod forventet 4 (inden for kontraktens forventede omfang)."
    )
    assert sammenlign_med_kontrakt(o, 10_000_000).over_forventet is True
    assert _besked(lambda: sammenlign_med_kontrakt(o, 10_000_001)).startswith(
        "faktiske_timer: fik 10000001 (type int)"
    )
    assert _besked(lambda: sammenlign_med_kontrakt(o, timedelta(hours=-1))) == (
        "faktiske_timer: fik en negativ varighed; accepterer ≥ 0"
    )
    assert _besked(lambda: sammenlign_med_kontrakt(None, 1)) == (  # type: ignore[arg-type]
        "omfang: fik None (type NoneType); accepterer et ForventetOmfang"
    )


# ---------------------------------------------------------------------------
# Årlig regulering (»Taksterne reguleres årligt med Danske Regioners fremskrivningssats«)
# ---------------------------------------------------------------------------


def test_fremskriv_aarligt_kaede_og_graenser() -> None:
    # Årene gives i vilkårlig rækkefølge; kæden regnes år for år: 2020 = 2019 × 1.1,
    # 2021 = 2020 × 1.2 (grundløn 277,21 × 1,1 = 304,931 → 304,93; × 1,2 = 365,916 → 365,92).
    reg = TAKSTER_2019.fremskriv_aarligt([(2021, "1.2"), (2020, "1.1")])
    assert [t.niveau for t in reg.tabeller] == [
        "2019-niveau",
        "2020-niveau (2019-niveau × 1.1)",
        "2021-niveau (2019-niveau × 1.1 × 1.2)",
    ]
    assert [t.takst("GRUNDLOEN") for t in reg.tabeller] == [
        Decimal("277.21"),
        Decimal("304.93"),
        Decimal("365.92"),
    ]
    # Faktor 100 er loftet; 0 og over 100 afvises med årets navn.
    assert TAKSTER_2019.fremskriv_aarligt({2020: 100}).tabeller[1].takst("GRUNDLOEN") == Decimal(
        "27721.00"
    )
    assert _besked(lambda: TAKSTER_2019.fremskriv_aarligt({2020: 0})).startswith(
        "faktorer[2020]: fik 0 (type int)"
    )
    assert _besked(lambda: TAKSTER_2019.fremskriv_aarligt({2020: 101})).startswith(
        "faktorer[2020]: fik 101 (type int)"
    )
    # Årstal 2199 (sidste år med kalenderdata) er gyldigt som årstal; 1900 også.
    slut_2198 = Taksttabel(
        niveau="x", gyldig_fra="2198-01-01", gyldig_til="2198-12-31", takster=TAKSTER_2019.takster
    )
    assert slut_2198.fremskriv_aarligt({2199: 1}).tabeller[1].gyldig_til == date(2199, 12, 31)
    assert _besked(lambda: TAKSTER_2019.fremskriv_aarligt({1900: 1})).startswith(
        "faktorer: fik årene 1900;"
    )


def test_fremskriv_aarligt_fejlbeskeder_ordret() -> None:
    acc = "accepterer en dict år → faktor, fx {2020: '1.021', 2021: '1.03'}"
    assert _besked(lambda: TAKSTER_2019.fremskriv_aarligt(5)) == (  # type: ignore[arg-type]
        f"faktorer: fik 5 (type int); {acc}"
    )
    assert _besked(lambda: TAKSTER_2019.fremskriv_aarligt("2020")) == (  # type: ignore[arg-type]
        f"faktorer: fik '2020' (type str); {acc}"
    )
    assert _besked(lambda: TAKSTER_2019.fremskriv_aarligt([])) == f"faktorer: fik ingen; {acc}"
    assert _besked(lambda: TAKSTER_2019.fremskriv_aarligt([(2020,)])) == (  # type: ignore[list-item]
        f"faktorer: fik elementet (2020,) (type tuple); {acc}"
    )
    assert _besked(lambda: TAKSTER_2019.fremskriv_aarligt({"2020": 1})) == (  # type: ignore[dict-item]
        "faktorer: år '2020' (type str); accepterer et helt årstal fra 1900 til 2199"
    )
    assert _besked(lambda: TAKSTER_2019.fremskriv_aarligt({2200: 1})) == (
        "faktorer: år 2200 (type int); accepterer et helt årstal fra 1900 til 2199"
    )
    assert _besked(lambda: TAKSTER_2019.fremskriv_aarligt({2020: 1, 2022: 1})) == (
        "faktorer: fik årene 2020, 2022; accepterer år i træk fra 2020 (året efter 2019-niveau) "
        "uden hul"
    )
    halvaar = Taksttabel(
        niveau="h", gyldig_fra="2019-01-01", gyldig_til="2019-06-30", takster=TAKSTER_2019.takster
    )
    assert _besked(lambda: halvaar.fremskriv_aarligt({2020: 1})) == (
        "faktorer: h gælder til 2019-06-30; en årlig fremskrivning kræver en tabel, der slutter "
        "31. december"
    )


def test_batch_over_to_tabeller_laegger_samme_kategori_sammen() -> None:
    # To tabeller med skæring ved midnat 5./6. marts 2019 (tirsdag/onsdag). Kl. 22-02 er
    # »Hverdag, aften/nat Mandag - torsdag 17-06« på begge sider: 2 + 2 = 4 timer à 346,51 kr.
    foer = Taksttabel(
        niveau="a", gyldig_fra="2019-01-01", gyldig_til="2019-03-05", takster=TAKSTER_2019.takster
    )
    efter = Taksttabel(
        niveau="b", gyldig_fra="2019-03-06", gyldig_til="2019-12-31", takster=TAKSTER_2019.takster
    )
    (post,) = beregn_mange(
        [("2019-03-05T22:00+01:00", "2019-03-06T02:00+01:00")],
        takster=Takstregister((foer, efter)),
    )
    assert post["niveau"] == "a, b"
    assert post["timer_HVERDAG_AFTEN_NAT"] == 4
    assert post["beloeb_HVERDAG_AFTEN_NAT"] == Decimal("1386.04")
    assert post["timer_GRUNDLOEN"] == 0 and post["beloeb_GRUNDLOEN"] == 0
    assert post["total"] == Decimal("1386.04")


def test_forventet_omfang_med_takstfil_og_forkert_takstargument(tmp_path: Path) -> None:
    fil = tmp_path / "t.toml"
    fil.write_text(
        '[[tabel]]\nniveau = "egen"\ngyldig_fra = 2019-01-01\ngyldig_til = 2019-12-31\n'
        + "".join(f"{k} = {300 + 10 * i}.00\n" for i, k in enumerate(Takstkategori.__members__)),
        encoding="utf-8",
    )
    # Standardkontrakt punkt 6: 4 forventede timer × grundlønstaksten 300 kr. = 1.200 kr.;
    # højeste takst (søn- og helligdag aften/nat) 360 kr.: 1.440 kr.
    o = forventet_omfang(start="2019-05-06", timer_i_alt=4, takster=fil)
    assert o.niveau == "egen"
    assert o.beloeb_grundtakst == Decimal("1200.00")
    assert o.beloeb_hoejeste_takst == Decimal("1440.00")
    assert _besked(lambda: forventet_omfang(start="2019-05-06", timer_i_alt=4, takster="t")) == (  # type: ignore[arg-type]
        "takster: fik 't' (type str); accepterer en Taksttabel, et Takstregister, en takstfil som "
        "pathlib.Path eller None"
    )


def test_takstfil_csv_semikolon_kun_ved_flere_semikoloner_end_kommaer() -> None:
    # Ingen af delene i overskriften: komma (standard-CSV).
    assert _takstraekker_csv(b"niveau\na;b\n", "t.csv") == [("linje 2", {"niveau": "a;b"})]
    # Lige mange eller flere kommaer end semikoloner: komma.
    assert _takstraekker_csv(b"a,b;c,d\n1,2;3,4\n", "t.csv") == [
        ("linje 2", {"a": "1", "b;c": "2;3", "d": "4"})
    ]


def test_batch_over_to_tabeller_afrunder_de_samlede_timer_en_gang() -> None:
    # 179.999 µs over midnat (5./6. marts 2019, begge sider »Hverdag, aften/nat«): under en
    # halv 0,0001 time (180.000 µs), så timerne afrundes (halvt op, fire decimaler) til 0.
    foer = Taksttabel(
        niveau="a", gyldig_fra="2019-01-01", gyldig_til="2019-03-05", takster=TAKSTER_2019.takster
    )
    efter = Taksttabel(
        niveau="b", gyldig_fra="2019-03-06", gyldig_til="2019-12-31", takster=TAKSTER_2019.takster
    )
    (post,) = beregn_mange(
        [("2019-03-05T23:59:59.910001+01:00", "2019-03-06T00:00:00.090000+01:00")],
        takster=Takstregister((foer, efter)),
    )
    assert post["niveau"] == "a, b"
    assert post["timer_HVERDAG_AFTEN_NAT"] == 0
    assert all(post[f"timer_{k}"] == 0 for k in Takstkategori.__members__)


def test_kilometersats_uden_for_datafilen_ordret() -> None:
    # Datafilen har lav kilometertakst fra 1.1.2019 (første række) til 31.12.2026 (sidste).
    assert _besked(lambda: kilometersats("2018-12-31")) == (
        "dato: ingen kendt lav kilometertakst for 2018-12-31; kendte satser gælder "
        "2019-01-01–2026-12-31; giv satsen direkte med sats="
    )


def test_batch_episode_som_liste_og_registerets_dag() -> None:
    # Mandag 4.3.2019 kl. 8-10: 2 timer grundløn (»Grundløn Hverdage kl. 06-17«) à 277,21 kr.
    (post,) = beregn_mange([["2019-03-04T08:00+01:00", "2019-03-04T10:00+01:00"]])
    assert post["fejl"] is None
    assert post["start"] == "2019-03-04T08:00:00+01:00"
    assert post["timer_GRUNDLOEN"] == 2 and post["total"] == Decimal("554.42")
    (fejlpost,) = beregn_mange([["2019-03-04T08:00+01:00"]])
    assert fejlpost["fejl"] == (
        "episode: fik ['2019-03-04T08:00+01:00'] (type list); accepterer {'start': ..., "
        "'slut': ...} eller (start, slut)"
    )
    assert _besked(lambda: STANDARD_TAKSTREGISTER.tabel_for("x")).startswith(
        "dag: fik 'x' (type str)"
    )


def test_batch_viser_tidspunkter_i_dansk_tid_og_afviser_ikke_iterable() -> None:
    # Samme episode givet i UTC (7-9 UTC = 8-10 dansk vintertid): posten viser dansk tid.
    utc = UTC
    (post,) = beregn_mange(
        [(datetime(2019, 3, 4, 7, tzinfo=utc), datetime(2019, 3, 4, 9, tzinfo=utc))]
    )
    assert (post["start"], post["slut"]) == (
        "2019-03-04T08:00:00+01:00",
        "2019-03-04T10:00:00+01:00",
    )
    assert post["timer_GRUNDLOEN"] == 2
    assert _besked(lambda: beregn_mange(5)) == (  # type: ignore[arg-type]
        "episoder: fik 5 (type int); accepterer en iterable af episoder "
        "({'start': ..., 'slut': ...} eller (start, slut))"
    )


def test_fremskriv_afviser_faktor_uden_for_0_til_100_ordret() -> None:
    for faktor in (0, -1):
        assert _besked(
            lambda faktor=faktor: TAKSTER_2019.fremskriv(
                faktor, gyldig_fra="2020-01-01", gyldig_til="2020-12-31"
            )
        ).startswith(f"faktor: fik {faktor} (type int)")
    ny = TAKSTER_2019.fremskriv("1.1", gyldig_fra="2020-01-01", gyldig_til="2020-12-31")
    assert ny.kilde is not None and ny.kilde.afsnit == "Afregning"


def test_takstfil_rettet_med_samme_stoerrelse_og_aendringstid_laeses_igen(tmp_path: Path) -> None:
    # Gennemgangen af pengevejene: takstfilen gemmes efter sti, ændringstid og størrelse.
    # Rettes en takst til en med lige så mange tegn, og har filsystemet grove tidsstempler
    # (netværksdrev, FAT: 1-2 s) eller bevarer kopien ændringstiden (cp -p, tar x), blev de
    # gamle takster brugt stiltiende. Svaret skal følge filens indhold: 1 time Grundløn
    # mandag 2.3.2020 efter en takst på 283,13 kr./time er 283,13 kr.
    import os

    skabelon = (
        '[[tabel]]\nniveau = "2020-niveau"\ngyldig_fra = 2020-01-01\n'
        'gyldig_til = 2020-12-31\nGRUNDLOEN = "{g}"\nHVERDAG_AFTEN_NAT = "353.79"\n'
        'FREDAG_AFTEN_NAT = "424.54"\nLOERDAG_DAG = "424.54"\n'
        'LOERDAG_AFTEN_NAT = "495.30"\nSOEN_HELLIGDAG_DAG = "566.05"\n'
        'SOEN_HELLIGDAG_AFTEN_NAT = "636.81"\n'
    )
    fil = tmp_path / "takster.toml"
    fil.write_text(skabelon.format(g="283.03"), encoding="utf-8")
    foer = fil.stat()
    periode = ("2020-03-02T08:00:00+01:00", "2020-03-02T09:00:00+01:00")
    assert beregn_ledsagelse(*periode, takster=fil).total == Decimal("283.03")
    fil.write_text(skabelon.format(g="283.13"), encoding="utf-8")
    os.utime(fil, ns=(foer.st_atime_ns, foer.st_mtime_ns))
    assert fil.stat().st_size == foer.st_size
    assert beregn_ledsagelse(*periode, takster=fil).total == Decimal("283.13")


def test_takstfil_med_semikolon_afviser_tvetydigt_tusindtalspunktum(tmp_path: Path) -> None:
    # I en fil med semikolon (dansk format) er komma decimaltegnet. »1.000« uden komma kan være
    # 1000 kr. (tusindtalspunktum) eller 1 kr. (decimalpunktum); det må aldrig stille blive 1 kr.
    overskrift = "niveau;gyldig_fra;gyldig_til;" + ";".join(Takstkategori.__members__)
    fil = tmp_path / "takster.csv"
    fil.write_text(
        f"{overskrift}\n2020-niveau;2020-01-01;2020-12-31;1.000{';353,79' * 6}\n",
        encoding="utf-8",
    )
    with pytest.raises(UgyldigVaerdiFejl) as fejl:
        indlaes_takster(fil)
    assert str(fejl.value) == (
        "takster.csv, linje 2: GRUNDLOEN: fik '1.000', som er tvetydigt i en fil med semikolon "
        "(punktum kan være tusindtalsskilletegn eller decimaltegn); accepterer beløbet med "
        "decimalkomma og uden tusindtalspunktum, fx 1000,00 eller 1,00"
    )
    # »1.000,00« og »283.03« er entydige: 1 time Grundløn mandag 2.3.2020 koster taksten
    for grund, kr in (("1.000,00", "1000.00"), ("283.03", "283.03"), ("1.283", None)):
        fil.write_text(
            f"{overskrift}\n2020-niveau;2020-01-01;2020-12-31;{grund}{';353,79' * 6}\n",
            encoding="utf-8",
        )
        if kr is None:  # også 1.283 er en tusindtalsgruppe: tvetydig
            with pytest.raises(UgyldigVaerdiFejl, match="tvetydigt"):
                indlaes_takster(fil)
            continue
        periode = ("2020-03-02T08:00:00+01:00", "2020-03-02T09:00:00+01:00")
        assert beregn_ledsagelse(*periode, takster=fil).total == Decimal(kr)
