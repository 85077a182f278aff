"""Batchkontrakten (`forloebsregler.batch`): én kontrakt for alle regelområder.

De forventede svar er regnet i hånden fra kilderne (tallene står ved hvert tilfælde) eller
sammenlignet med områdets eget enkeltkald; kontrakten selv (nøgler, gennemførte kolonner,
»ikke oplyst«, fejl pr. række) prøves direkte.
"""

from __future__ import annotations

import itertools
import math
from datetime import date, datetime, timedelta
from decimal import Decimal, localcontext
from typing import Any

import numpy as np
import pandas as pd
import pytest

import forloebsregler as f
from forloebsregler import _batchkoersel, batch
from forloebsregler.fejl import ForloebsreglerFejl, UgyldigTypeFejl, UgyldigVaerdiFejl

JUL = {"start": "2019-12-24T16:00+01:00", "slut": "2019-12-25T08:00+01:00"}

EKSEMPLER: dict[str, dict[str, Any]] = {
    "ledsagelse": JUL,
    "iv": {"timer": "24"},
    "depression": {"kernesymptomer": "NEDTRYKTHED;NEDSAT_LYST_ELLER_INTERESSE"},
    "genoptraening": {"udskrivning": "2024-02-22"},
    "koordinator": {"diagnosticeret": "ja"},
}
EKSEMPLER["depression"]["ledsagesymptomer"] = "ingen"


def _en(omraade: str, raekke: object, **kw: Any) -> dict[str, Any]:
    (post,) = list(batch.koer_batch(omraade, [raekke], **kw))
    return post


# --------------------------------------------------------------------------- nøgler


@pytest.mark.parametrize("omraade", list(batch.OMRAADER))
def test_samme_noegler_i_hver_post_ogsaa_ved_fejl(omraade: str) -> None:
    raekker = [
        {"id": "a", **EKSEMPLER[omraade]},
        {"id": "b"},  # mangler regelfelter
        "ikke en mapping",
        {"id": "c", **EKSEMPLER[omraade]},
    ]
    poster = list(batch.koer_batch(omraade, raekker))
    forventet = ["raekke", "id", *(n for n, _ in batch.KOLONNER[omraade][1:])]
    assert [list(p) for p in poster] == [forventet] * 4
    assert [p["raekke"] for p in poster] == [1, 2, 3, 4]
    assert poster[0]["fejl"] is None and poster[3]["fejl"] is None
    assert poster[2]["fejl"] and poster[2]["fejlkode"] == "ugyldig_type"
    assert poster[2]["fejlfelt"] == "raekke"
    assert [p["id"] for p in poster] == ["a", "b", None, "c"]


@pytest.mark.parametrize("omraade", list(batch.OMRAADER))
def test_resultatkolonner_er_none_ved_fejl(omraade: str) -> None:
    post = _en(omraade, {"x": 1}, gennemfoer=False)
    assert post["fejl"] and post["fejlfelt"] == "x"
    assert all(post[n] is None for n, _ in batch.KOLONNER[omraade][1:-3])


def test_raekke_er_1_baseret_og_kan_forskydes() -> None:
    assert [p["raekke"] for p in batch.ledsagelse([JUL, JUL])] == [1, 2]
    assert [p["raekke"] for p in batch.ledsagelse([JUL, JUL], foerste_raekke=101)] == [101, 102]


# --------------------------------------------------------------------------- gennemførte kolonner


def test_ubrugte_kolonner_foeres_uaendret_igennem() -> None:
    ident = ("sag", 7)
    post = _en("ledsagelse", {"id": ident, **JUL, "afdeling": "OUH", "tal": Decimal("1.5")})
    assert post["id"] is ident
    assert post["afdeling"] == "OUH" and post["tal"] == Decimal("1.5")
    assert list(post)[:4] == ["raekke", "id", "afdeling", "tal"]


def test_gennemfoer_false_foerer_intet_igennem_og_afviser_ukendte() -> None:
    post = _en("ledsagelse", {**JUL}, gennemfoer=False)
    assert post["fejl"] is None and "id" not in post
    post = _en("ledsagelse", {"id": 1, **JUL}, gennemfoer=False)
    assert post["fejlfelt"] == "id" and "ukendt kolonne" in post["fejl"]
    assert post["total"] is None


def test_gennemfoer_som_liste() -> None:
    poster = list(batch.ledsagelse([{"id": 1, **JUL}, {**JUL}], gennemfoer=["id"]))
    assert [p["id"] for p in poster] == [1, None]
    assert all(p["fejl"] is None for p in poster)
    post = _en("ledsagelse", {"id": 1, "afd": "X", **JUL}, gennemfoer=["id"])
    assert post["fejlfelt"] == "afd"
    with pytest.raises(UgyldigTypeFejl, match="gennemfoer"):
        batch.ledsagelse([JUL], gennemfoer="id")


def test_kolonne_kun_i_en_senere_raekke_er_en_fejl_i_den_raekke() -> None:
    poster = list(batch.ledsagelse([{"id": 1, **JUL}, {"id": 2, "ny": "x", **JUL}, JUL]))
    assert poster[1]["fejlfelt"] == "ny" and poster[1]["id"] == 2
    assert poster[2]["fejl"] is None and poster[2]["id"] is None
    assert list(poster[1]) == list(poster[0]) == list(poster[2])


def test_navnesammenfald_faar_forstavelsen_ind() -> None:
    post = _en("ledsagelse", {**JUL, "total": "min egen", "fejl": "x"})
    assert post["ind_total"] == "min egen" and post["ind_fejl"] == "x"
    assert post["total"] == Decimal("5890.66") and post["fejl"] is None


def test_raekker_foer_den_foerste_mapping_venter_paa_kolonnerne() -> None:
    poster = list(batch.ledsagelse([None, 3, {"id": "x", **JUL}]))
    assert [p["raekke"] for p in poster] == [1, 2, 3]
    assert [list(p) for p in poster] == [list(poster[2])] * 3
    assert poster[0]["fejl"] and poster[1]["fejl"] and poster[2]["id"] == "x"


def test_ingen_mappings_overhovedet() -> None:
    poster = list(batch.iv([1, 2]))
    assert [p["raekke"] for p in poster] == [1, 2]
    assert all(p["fejlkode"] == "ugyldig_type" for p in poster)


# --------------------------------------------------------------------------- ikke oplyst


@pytest.mark.parametrize(
    "vaerdi",
    [0, False, True, Decimal(0), date(2024, 1, 1), timedelta(0), " x ", 0.0, np.int64(0)],
)
def test_falske_men_givne_vaerdier_er_oplyst(vaerdi: object) -> None:
    # kontrakten: kun None, NaN, NaT, NA og tom tekst er »ikke oplyst«; 0, nej og nul er svar
    assert _batchkoersel.ikke_oplyst(vaerdi) is False


@pytest.mark.parametrize("tom", [None, math.nan, pd.NaT, pd.NA, "", "   "])
def test_tomme_vaerdier_betyder_ikke_oplyst(tom: object) -> None:
    # påkrævet felt: fejl i rækken, der nævner feltet
    post = _en("ledsagelse", {"start": tom, "slut": JUL["slut"]})
    assert post["fejlfelt"] == "start" and "ikke oplyst" in post["fejl"]
    # valgfrit felt: som om det var udeladt
    med = _en("koordinator", {"diagnosticeret": "ja", "komplekse_behov": tom})
    uden = _en("koordinator", {"diagnosticeret": "ja"})
    assert med["fejl"] is None and med["tilbydes"] == uden["tilbydes"]
    # genoptræning: en tom tilbudt opstart er ukendt, ikke et nej
    post = _en("genoptraening", {"udskrivning": "2024-02-22", "tilbudt_opstart": tom})
    assert post["frit_valg"] == "KAN_IKKE_AFGOERES"


def test_none_giver_aldrig_et_bestemt_svar() -> None:
    post = _en("koordinator", {"diagnosticeret": None})
    assert post["tilbydes"] == "KAN_IKKE_AFGOERES"
    assert _en("iv", {"timer": None})["fejlfelt"] == "timer"
    assert (
        _en("depression", {"kernesymptomer": None, "ledsagesymptomer": "ingen"})["fejlfelt"]
        == "kernesymptomer"
    )
    post = _en("depression", {"kernesymptomer": "ingen", "ledsagesymptomer": "ingen"})
    assert post["fejl"] is None and post["svaerhedsgrad"] == "INGEN"


# --------------------------------------------------------------------------- slags


def test_lister_som_tekst_eller_liste() -> None:
    tekst = _en(
        "depression",
        {
            "kernesymptomer": "NEDTRYKTHED; NEDSAT_LYST_ELLER_INTERESSE",
            "ledsagesymptomer": (
                "NEDSAT_SELVTILLID_ELLER_SELVFOELELSE;SELVBEBREJDELSER_ELLER_SKYLDFOELELSE"
            ),
        },
    )
    liste = _en(
        "depression",
        {
            "kernesymptomer": ["NEDTRYKTHED", "NEDSAT_LYST_ELLER_INTERESSE"],
            "ledsagesymptomer": (
                "NEDSAT_SELVTILLID_ELLER_SELVFOELELSE",
                "SELVBEBREJDELSER_ELLER_SKYLDFOELELSE",
            ),
        },
    )
    assert tekst == liste
    # Kap. 5: let depression = 2 kernesymptomer og 2 ledsagesymptomer
    assert tekst["svaerhedsgrad"] == "LET" and tekst["antal_ledsagesymptomer"] == 2
    post = _en("depression", {"kernesymptomer": 5, "ledsagesymptomer": "ingen"})
    assert post["fejlfelt"] == "kernesymptomer"


@pytest.mark.parametrize(
    ("vaerdi", "forventet"),
    [
        (True, "OPFYLDT"),
        ("ja", "OPFYLDT"),
        ("JA", "OPFYLDT"),
        (1, "OPFYLDT"),
        (1.0, "OPFYLDT"),
        (False, "IKKE_OPFYLDT"),
        ("nej", "IKKE_OPFYLDT"),
        (0, "IKKE_OPFYLDT"),
        ("ukendt", "KAN_IKKE_AFGOERES"),
        (None, "KAN_IKKE_AFGOERES"),
    ],
)
def test_janej(vaerdi: object, forventet: str) -> None:
    # Kap. 8: tilbydes borgere, der er diagnosticeret og har komplekse behov; ikke
    # diagnosticeret → ikke opfyldt
    post = _en("koordinator", {"diagnosticeret": vaerdi, "komplekse_behov": "ja"})
    assert post["tilbydes"] == forventet, post["begrundelse"]


@pytest.mark.parametrize("vaerdi", ["maaske", 2, 0.5])
def test_janej_afviser(vaerdi: object) -> None:
    post = _en("koordinator", {"diagnosticeret": vaerdi})
    assert post["fejlfelt"] == "diagnosticeret" and "ja, nej, ukendt" in post["fejl"]


def test_hele_tal_fra_pandas() -> None:
    assert _en("koordinator", {"diagnosticeret": "ja", "alder": 17.0})["tilbydes"] == (
        "UDEN_FOR_MAALGRUPPEN"
    )
    assert _en("koordinator", {"diagnosticeret": "ja", "alder": "17"})["tilbydes"] == (
        "UDEN_FOR_MAALGRUPPEN"
    )
    post = _en("koordinator", {"diagnosticeret": "ja", "alder": 17.5})
    assert post["fejlfelt"] == "alder" and "helt tal" in post["fejl"]
    # tabel 1: 24 besøg á 50 minutter = 20 timer → kategori 3 (15 til under 35 timer)
    post = _en("iv", {"antal_besoeg": 24.0, "minutter_pr_besoeg": 50.0})
    assert post["kategori"] == "KATEGORI_3" and post["timer"] == 20


def test_tal_fra_float_er_den_korte_decimaltekst() -> None:
    # tabel 2: 5 timer er kategori 2 (grænsen læses som starten, IV-01); tabel 3: 4.900 kr.
    post = _en("iv", {"timer": 5.0})
    assert post["kategori"] == "KATEGORI_2"
    assert post["regional_finansiering"] == Decimal("4900.00")
    assert post["fortolkninger"].split(";")[0] == "IV-01"
    assert _en("iv", {"timer": 0.1})["timer"] == Decimal("0.1")


def test_iv_enten_timer_eller_besoeg() -> None:
    post = _en("iv", {"timer": 3, "antal_besoeg": 1, "minutter_pr_besoeg": 10})
    assert post["fejlfelt"] == "timer" and "ikke begge" in post["fejl"]


def test_tidspunkter_og_datoer_fra_pandas() -> None:
    post = _en(
        "ledsagelse",
        {"start": pd.Timestamp(JUL["start"]), "slut": pd.Timestamp(JUL["slut"])},
    )
    assert post["total"] == Decimal("5890.66")
    assert type(post["start"]) is datetime and post["start"].tzinfo is not None
    # Kap. 10: 7 kalenderdage efter udskrivningen (22.2.2024 → 29.2.2024)
    post = _en("genoptraening", {"udskrivning": pd.Timestamp("2024-02-22")})
    assert post["frist"] == date(2024, 2, 29) and post["udskrivningsdato"] == date(2024, 2, 22)
    post = _en("ledsagelse", {"start": pd.Timestamp("2019-12-24 16:00"), "slut": JUL["slut"]})
    assert post["fejlfelt"] == "start"  # naivt tidspunkt: afvist, aldrig gættet


# --------------------------------------------------------------------------- svarene


def test_ledsagelse_svarer_til_enkeltkaldet() -> None:
    post = _en("ledsagelse", JUL)
    enkelt = f.beregn_ledsagelse(JUL["start"], JUL["slut"])
    assert post["total"] == enkelt.total == Decimal("5890.66")
    assert post["begrundelse"] == enkelt.begrundelse
    assert post["fortolkninger"] == ";".join(enkelt.fortolkninger)
    assert (
        post["beloeb_GRUNDLOEN"]
        + post["beloeb_HVERDAG_AFTEN_NAT"]
        + post["beloeb_SOEN_HELLIGDAG_DAG"]
        == post["total"]
    )
    assert post["kilder"].endswith(", Afregning")


def test_valg_gives_til_enkeltkaldet() -> None:
    tabel = f.TAKSTER_2019.fremskriv(
        Decimal("2"), niveau="dobbelt", gyldig_fra=date(2019, 1, 1), gyldig_til=date(2019, 12, 31)
    )
    post = _en("ledsagelse", JUL, takster=tabel)
    assert post["total"] == Decimal("11781.32") and post["niveauer"] == "dobbelt"


def test_genoptraening_begrundelsen_er_inddata_og_forklaringen_uddata() -> None:
    post = _en(
        "genoptraening",
        {
            "udskrivning": "2024-02-22",
            "sygehusets_startdato": "2024-03-10",
            "begrundelse": "hævelse",
            "tilbudt_opstart": "2024-03-10",
        },
    )
    assert post["frist"] == date(2024, 3, 10) and post["frit_valg"] == "IKKE_OPFYLDT"
    assert post["sundhedsfaglig_begrundelse"] == "hævelse"
    assert "GEN-04" in post["fortolkninger"].split(";")
    assert "fortolkningsloggen" in post["begrundelse"]


# --------------------------------------------------------------------------- fejl og strøm


def test_stroemmer_over_en_uendelig_kilde() -> None:
    uendelig = itertools.repeat(JUL)
    poster = list(itertools.islice(batch.ledsagelse(uendelig), 3))
    assert [p["raekke"] for p in poster] == [1, 2, 3]


def _spec_der_fejler(fejl: Exception) -> batch.Omraadespec:
    def beregn(**_: Any) -> dict[str, Any]:
        raise fejl

    return batch.Omraadespec(
        navn="proeve", felter=(batch.Felt("x", "tekst"),), beregn=beregn, kolonner=()
    )


def test_fejlfelt_og_fejlkode_fra_fejlens_egenskaber() -> None:
    (post,) = batch.koer_batch(
        _spec_der_fejler(ForloebsreglerFejl("en besked", argument="noget_felt", kode="FR-TEST")),
        [{"x": "1"}],
    )
    assert (post["fejl"], post["fejlfelt"], post["fejlkode"]) == (
        "en besked",
        "noget_felt",
        "FR-TEST",
    )


def test_fremmed_undtagelse_standser_ikke_batchen() -> None:
    spec = _spec_der_fejler(ZeroDivisionError("division by zero"))
    poster = list(batch.koer_batch(spec, [{"x": "1"}, {"x": "2"}]))
    assert len(poster) == 2
    assert poster[0]["fejlkode"] == "ZeroDivisionError"
    assert "kunne ikke beregnes" in poster[0]["fejl"]


def test_fejlfelt_aflaeses_af_beskeden() -> None:
    post = _en("ledsagelse", {"start": JUL["slut"], "slut": JUL["start"]})
    assert post["fejlfelt"] == "slut" and post["fejlkode"] == "ugyldig_periode"
    post = _en("depression", {"kernesymptomer": "NEDTRYKTHED;FORKERT", "ledsagesymptomer": "ingen"})
    assert post["fejlfelt"] == "kernesymptomer" and post["fejlkode"] == "ukendt_navn"


def test_forkert_brug_af_selve_batchen() -> None:
    with pytest.raises(UgyldigVaerdiFejl, match="omraade"):
        batch.koer_batch("ukendt", [])
    with pytest.raises(UgyldigTypeFejl, match="raekker"):
        batch.koer_batch("iv", "timer")
    with pytest.raises(UgyldigTypeFejl, match="raekker"):
        batch.koer_batch("iv", {"timer": 3})
    with pytest.raises(UgyldigTypeFejl, match="foerste_raekke"):
        batch.koer_batch("iv", [], foerste_raekke="1")


def test_tom_batch() -> None:
    assert list(batch.genoptraening([])) == []


def test_kalderens_decimal_kontekst_flytter_intet() -> None:
    with localcontext() as ctx:
        ctx.prec = 3
        post = _en("ledsagelse", JUL)
        assert ctx.prec == 3
    assert post["total"] == Decimal("5890.66")
    assert post["beloeb_HVERDAG_AFTEN_NAT"] == Decimal("4504.63")


def test_ledsagelsesraekken_naevner_de_daterede_tal() -> None:
    # Afregning, taksttabel 2019: grundløn 277,21 kr./time. En revisor kan genskabe
    # regningen ud fra rækken alene.
    post = _en("ledsagelse", JUL)
    assert "timetakst Grundløn (2019-niveau) = 277.21 kr./time" in post["anvendte_parametre"]
    assert "2019-01-01–2019-12-31" in post["anvendte_parametre"]


@pytest.mark.parametrize("ukendt", ["ukendt", "", None])
def test_ukendt_kemokur_giver_ingen_kategori(ukendt: object) -> None:
    # Rammeaftalen, tabel 2: afslutning af en kemokur er sin egen kategori. Er det ukendt, om
    # forløbet er det, kan kategorien ikke afgøres (5 timer ville ellers være kategori 2).
    post = _en("iv", {"timer": 5, "afslutning_af_kemokur": ukendt})
    assert post["kategori"] is None and post["fejlfelt"] == "afslutning_af_kemokur"
    assert "kan ikke afgøres" in post["fejl"]
    # Uden kolonnen er forløbet ikke en kemokur-afslutning: 5 timer er kategori 2 (5-15 timer).
    assert _en("iv", {"timer": 5})["kategori"] == "KATEGORI_2"


@pytest.mark.parametrize("ukendt", ["ukendt", "Ukendt", "?"])
def test_ukendt_sundhedsfaglig_begrundelse_er_ingen_begrundelse(ukendt: str) -> None:
    # Kap. 10: »Hvis en patient har et sundhedsfagligt begrundet behov for at begynde
    # genoptræningsforløbet senere end de 7 dage, angiver sygehuset en startdato og en
    # sundhedsfaglig begrundelse herfor.« Udskrevet 22.2.2024: 7-dagesfristen er 29.2.2024
    # (GEN-01); sygehusets startdato 10.3.2024 er senere. »ukendt« og »?« er kontraktens ord
    # for et ukendt svar: begrundelsen er ikke oplyst, og fristen kan ikke afgøres (GEN-03) —
    # den må aldrig blive 10.3.2024, som om begrundelsen fandtes. En opstart 5.3.2024 ligger
    # efter 29.2. og før 10.3.: uden begrundelsen er retten til frit valg udløst, med den er
    # den ikke, så svaret kan ikke afgøres (eller rækken afvises), aldrig IKKE_OPFYLDT.
    post = _en(
        "genoptraening",
        {
            "udskrivning": "2024-02-22",
            "sygehusets_startdato": "2024-03-10",
            "begrundelse": ukendt,
            "tilbudt_opstart": "2024-03-05",
        },
    )
    assert post["fejl"] is None
    assert post["frist"] is None and post["fristgrundlag"] is None
    assert post["syvdagesfrist"] == date(2024, 2, 29)
    assert post["sundhedsfaglig_begrundelse"] is None
    assert post["frit_valg"] == "KAN_IKKE_AFGOERES"
    assert {"GEN-03", "GEN-15"} <= set(post["fortolkninger"].split(";"))


def test_en_anden_pladsholder_som_begrundelse_er_en_fejl_i_raekken() -> None:
    # GEN-15: »nej« kan betyde »ingen begrundelse« eller »ikke registreret« — rækken afvises.
    post = _en(
        "genoptraening",
        {"udskrivning": "2024-02-22", "sygehusets_startdato": "2024-03-10", "begrundelse": "nej"},
    )
    assert post["frist"] is None and post["fejlfelt"] == "begrundelse"
    assert "GEN-15" in post["fejl"]


def test_batchloeberen_kender_ingen_regelmoduler() -> None:
    # Den ene batchløber ligger i bundlaget: den importerer ingen regelmoduler, så et
    # regelmoduls egen batchfunktion kan bygge på den uden at importen går i ring.
    import ast
    import inspect

    from forloebsregler import _batchkoersel

    træ = ast.parse(inspect.getsource(_batchkoersel))
    moduler = {
        n.module
        for n in ast.walk(træ)
        if isinstance(n, ast.ImportFrom) and n.module and n.module.startswith("forloebsregler")
    }
    bundlag = {
        "forloebsregler._kontekst",
        "forloebsregler._tekst",
        "forloebsregler._valider",
        "forloebsregler.fejl",
    }
    assert moduler and moduler <= bundlag
    assert batch.Felt is _batchkoersel.Felt and batch.Omraadespec is _batchkoersel.Omraadespec


def test_numpy_celler_laeses_som_python_vaerdier() -> None:
    """Fra mutationstesten efter issue 18: numpy's NaT er »ikke oplyst«, en numpy-dato eller
    -varighed er oplyst; en numpy-skalar bliver en Python-værdi, og et fremmed objekt med en
    `item`-metode gives videre, som det er."""
    assert _batchkoersel.ikke_oplyst(np.datetime64("NaT")) is True
    assert _batchkoersel.ikke_oplyst(np.timedelta64("NaT")) is True
    assert _batchkoersel.ikke_oplyst(np.datetime64("2019-01-01")) is False
    assert _batchkoersel.ikke_oplyst(np.timedelta64(1, "D")) is False
    tal = _batchkoersel.skalar(np.int64(3))
    assert tal == 3 and type(tal) is int

    class MedItem:
        def item(self) -> int:
            return 3

    fremmed = MedItem()
    assert _batchkoersel.skalar(fremmed) is fremmed


def test_numpy_varighed_i_nanosekunder_er_en_varighed_og_ikke_et_antal_timer() -> None:
    # Rammeaftalen, tabel 2: kategori 1 er 0-5 timer, kategori 2 5-15 timer, kategori 4 35+
    # timer (IV-01: [nedre, øvre)). En numpy-varighed i nanosekunder (numpy's og pandas'
    # standardenhed) er en varighed som `np.timedelta64(5, "h")`: 5 timer er kategori 2, og
    # 0,9 sekund er 0,00025 timer, kategori 1. `.item()` på en ns-varighed giver et heltal
    # (antal nanosekunder); læst som timer ville 0,9 sekund blive 900.000.000 timer og
    # kategori 4.
    for enhed in ("h", "ns"):
        fem_timer = np.timedelta64(5, "h").astype(f"timedelta64[{enhed}]")
        assert _en("iv", {"timer": fem_timer})["kategori"] == "KATEGORI_2", enhed
    et_sekund = np.timedelta64(900, "ms").astype("timedelta64[ns]")
    assert _en("iv", {"timer": et_sekund})["kategori"] == "KATEGORI_1"


def test_numpy_tidspunkt_i_nanosekunder_er_en_dato_som_i_mikrosekunder() -> None:
    # Kap. 10: udskrevet 22.2.2024 → frist 29.2.2024 (7 kalenderdage, GEN-01); opstart
    # 1.3.2024 er 1 dag for sent, og der er ret til frit valg. En numpy-dato uden klokkeslæt
    # (fx fra `df["udskrivning"].values`, hvor numpy og pandas bruger nanosekunder) er den
    # dag, som i mikrosekunder og som et pandas.Timestamp ved midnat. `.item()` på en
    # ns-værdi giver et heltal (antal nanosekunder), og rækken blev afvist med »fik
    # 1708560000000000000 (type int)« — den samme fælde som for varigheder ovenfor.
    for enhed in ("D", "us", "ns"):
        udskrevet = np.datetime64("2024-02-22").astype(f"datetime64[{enhed}]")
        post = _en("genoptraening", {"udskrivning": udskrevet, "tilbudt_opstart": "2024-03-01"})
        assert (post["fejl"], post["frist"], post["frit_valg"]) == (
            None,
            date(2024, 2, 29),
            "OPFYLDT",
        ), enhed


@pytest.mark.parametrize(
    ("omraade", "raekke", "felt"),
    [
        # Rammeaftalen, tabel 2: afslutning af en kemokur er sin egen kategori; læst som
        # »ikke oplyst« ville 10 timer blive kategori 2 (5-15 timer).
        ("iv", {"timer": 10, "Afslutning_af_kemokur": "ja"}, "afslutning_af_kemokur"),
        ("iv", {"timer": 10, "afslutning af kemokur": "ja"}, "afslutning_af_kemokur"),
        ("iv", {"timer": 10, "AfslutningAfKemokur": "ja"}, "afslutning_af_kemokur"),
        ("iv", {"timer": 10, "afslutning.af.kemokur": "ja"}, "afslutning_af_kemokur"),
        ("iv", {"timer": 6, "Antal besøg": 4}, "antal_besoeg"),
        # KOO-08: en 15-årig er uden for målgruppen; uden alder ville svaret ikke sige det.
        ("koordinator", {"diagnosticeret": "ja", "Alder": 15}, "alder"),
        ("koordinator", {"diagnosticeret": "ja", "alder ": 15}, "alder"),
        (
            "koordinator",
            {"diagnosticeret": "ja", "Indsatser på arbejdsmarkedsområdet": "ja"},
            "indsatser_paa_arbejdsmarkedsomraadet",
        ),
        # GEN-11: ambulant kontakt har ingen 7-dagesfrist; læst som standard (udskrivning)
        # ville fristen blive 29.2.2024.
        ("genoptraening", {"udskrivning": "2024-02-22", "Kontakt": "AMBULANT"}, "kontakt"),
    ],
)
def test_en_kolonne_der_ligner_et_felt_er_en_fejl_i_raekken(
    omraade: str, raekke: dict[str, Any], felt: str
) -> None:
    # Gennemgangen af frister og fordeling: en kolonne, der kun adskiller sig fra et felt ved
    # store og små bogstaver, mellemrum eller æ/ø/å, blev ført igennem, og reglen gav feltets
    # standard i stedet for kolonnens værdi — et stille forkert svar. Nu afvises rækken.
    post = _en(omraade, {"id": 7, **raekke})
    assert post["fejlfelt"] == felt and post["id"] == 7
    (kolonne,) = (k for k in raekke if k.strip().lower().startswith(felt[:5]) and k != felt)
    assert post["fejl"].startswith(f"{kolonne}: kolonnen ligner feltet {felt!r}")
    resultat = [k for k, _ in batch.KOLONNER[omraade] if not k.startswith(("raekke", "fejl"))]
    assert all(post[k] is None for k in resultat)
    # nævnt i gennemfoer føres kolonnen igennem med vilje, og reglen ser bort fra den
    post = _en(omraade, raekke, gennemfoer=[kolonne])
    assert post["fejl"] is None and post[kolonne] == raekke[kolonne]


@pytest.mark.parametrize("ukendt", ["ukendt", "?", "", None])
def test_ukendt_anden_part_er_ikke_nej(ukendt: object) -> None:
    # Kap. 8: »Enkelte gange kan funktionen mest hensigtsmæssigt ligge hos anden part«. Står
    # kolonnen i rækken med »ukendt« eller en tom celle, kendes placeringen ikke; standarden
    # »nej« (ingen aftale) ville være et gæt, så rækken får en fejl i feltet anden_part.
    raekke = {"diagnosticeret": "ja", "komplekse_behov": "ja", "anden_part": ukendt}
    post = _en("koordinator", raekke)
    assert post["tilbydes"] is None and post["fejlfelt"] == "anden_part"
    assert post["fejl"].startswith("anden_part: ukendt; ")
    # uden kolonnen: standarden (ingen aftale); diagnosticeret med komplekse behov → tilbydes
    # (KOO-01), og med »ja« ligger funktionen hos anden part
    uden = _en("koordinator", {"diagnosticeret": "ja", "komplekse_behov": "ja"})
    assert uden["fejl"] is None and uden["tilbydes"] == "OPFYLDT"
    assert _en("koordinator", {**raekke, "anden_part": "ja"})["forankring"] == "ANDEN_PART"


def test_en_kolonne_der_ligner_et_felt_ved_siden_af_feltet_fores_igennem() -> None:
    # Står feltet selv i rækken, læser reglen det, og en kolonne, der ligner det (fx en
    # kontaktperson i »Kontakt« ved siden af »kontakt«), tager ikke dets plads: den føres
    # igennem. Udskrevet 22.2.2024: frist 29.2.2024 (7 kalenderdage, GEN-01).
    post = _en(
        "genoptraening",
        {"udskrivning": "2024-02-22", "kontakt": "UDSKRIVNING", "Kontakt": "Hanne"},
    )
    assert (post["fejl"], post["frist"], post["Kontakt"]) == (None, date(2024, 2, 29), "Hanne")


def test_numpy_varighed_under_et_mikrosekund_eller_i_finere_enhed_afvises() -> None:
    # Rammeaftalen, tabel 2 (IV-01): timer som varighed. 1 ns er ikke hele mikrosekunder og
    # afvises (som pandas.Timedelta med nanosekunder); 5000 ps er 5 ns, ikke 5 µs, og
    # afvises også. Ingen af dem må skæres ned til en varighed og give en kategori.
    for varighed in (np.timedelta64(1, "ns"), np.timedelta64(5000, "ps")):
        post = _en("iv", {"timer": varighed})
        assert post["kategori"] is None and post["fejlfelt"] == "timer", varighed


def test_pandas_tidspunkt_med_nanosekunder_ved_midnat_er_ingen_dato() -> None:
    # En dato-celle fra pandas ved midnat bliver en dato; med et nanosekund efter midnat er
    # den et (naivt) tidspunkt med nanosekunder og afvises (FAE-03), ikke afrundes til datoen.
    pd = pytest.importorskip("pandas")
    post = _en("genoptraening", {"udskrivning": pd.Timestamp("2024-02-22 00:00:00.000000001")})
    assert post["frist"] is None and post["fejlfelt"] == "udskrivning"
    post = _en("genoptraening", {"udskrivning": pd.Timestamp("2024-02-22")})
    assert post["frist"] == date(2024, 2, 29)  # 7 kalenderdage (GEN-01)


def test_kolonne_der_ligner_et_felt_hele_beskeden() -> None:
    post = _en("koordinator", {"diagnosticeret": "ja", "Alder": 15})
    assert post["fejl"] == (
        "Alder: kolonnen ligner feltet 'alder', men hedder ikke præcis sådan, så reglen ville "
        "ikke læse den; accepterer kolonnen med navnet 'alder' (eller en anden kolonne, der "
        "ikke ligner et felt)"
    )
