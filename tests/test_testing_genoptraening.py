"""Strategierne i `forloebsregler.testing.genoptraening`: gyldige træk accepteres (og giver de
forventede frister), ugyldige træk afvises med `ForloebsreglerFejl`."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from typing import Any, cast
from zoneinfo import ZoneInfo

import pytest
from hypothesis import find, given
from hypothesis import strategies as st
from hypothesis.errors import NoSuchExample

from forloebsregler import (
    ForloebsreglerFejl,
    Fristgrundlag,
    Genoptraeningsudfald,
    almen_niveau,
    frit_leverandoervalg,
    indsatsbeskrivelse,
    kontroller_planoverdragelse,
    opstartsfrist,
    opstartsfrister,
    ret_til_genoptraeningsplan,
    vurder_genoptraeningsbehov,
)
from forloebsregler._valider import kraev_enum
from forloebsregler.testing.genoptraening import (
    KANTUDSKRIVNINGSDATOER,
    SENE_KLOKKESLAET,
    UGYLDIGE_UDSKRIVNINGER,
    behovssvar,
    fristinput,
    genoptraeningshenvisere,
    genoptraeningsindsatser,
    leverandoervalginput,
    niveausvar,
    opstartsraekkelister,
    opstartsraekker,
    planoverdragelsesinput,
    plansvar,
    udskrivninger,
)
from forloebsregler.testing.genoptraening import (
    __all__ as strateginavne,
)
from tests._naabarhed import FAA as _FAA
from tests._naabarhed import naabarhed

_KBH = ZoneInfo("Europe/Copenhagen")  # uafhængigt af bibliotekets KOEBENHAVN
_FIND = naabarhed(150)  # nåbarhed: det første fund er nok


def _lokal_dato(vaerdi: object) -> date:
    """Den lokale dato i København, regnet uden om biblioteket."""
    if isinstance(vaerdi, str):
        vaerdi = datetime.fromisoformat(vaerdi) if "T" in vaerdi else date.fromisoformat(vaerdi)
    if isinstance(vaerdi, datetime):
        assert vaerdi.utcoffset() is not None
        return vaerdi.astimezone(_KBH).date()
    assert isinstance(vaerdi, date)
    return vaerdi


def _tidspunkt(vaerdi: object) -> datetime | None:
    if isinstance(vaerdi, str) and "T" in vaerdi:
        return datetime.fromisoformat(vaerdi)
    return vaerdi if isinstance(vaerdi, datetime) else None


def _afvises(funktion: Any, kwargs: dict[str, Any]) -> None:
    with pytest.raises(ForloebsreglerFejl):
        funktion(**kwargs)


# --- Konstanterne -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    "dag",
    [
        date(2024, 2, 29),  # skuddag
        date(2020, 2, 29),
        date(2024, 2, 22),  # fristen lander på skuddagen
        date(2024, 3, 31),  # sommertid begynder
        date(2024, 10, 27),  # sommertid slutter
        date(2024, 10, 20),  # fristen lander på vintertidens første døgn
        date(2024, 4, 30),  # månedsskifte
        date(2024, 5, 1),
        date(2023, 12, 31),  # årsskifte
        date(2024, 12, 25),  # helligdag
    ],
)
def test_kantdatoerne_daekker_domaenets_kanter(dag: date) -> None:
    assert dag in KANTUDSKRIVNINGSDATOER


def test_kantdatoerne_er_sorterede_og_gyldige() -> None:
    assert list(KANTUDSKRIVNINGSDATOER) == sorted(set(KANTUDSKRIVNINGSDATOER))
    for dag in KANTUDSKRIVNINGSDATOER:
        assert opstartsfrist(dag).dato == dag + timedelta(days=7)


def test_sene_klokkeslaet_omfatter_midnat_og_aftenen() -> None:
    klokkeslaet = {(t.hour, t.minute) for t in SENE_KLOKKESLAET}
    assert {(0, 0), (23, 30), (23, 59), (2, 30)} <= klokkeslaet


@pytest.mark.parametrize("slem", UGYLDIGE_UDSKRIVNINGER, ids=repr)
def test_ugyldige_udskrivninger_afvises_overalt(slem: object) -> None:
    dag = date(2024, 3, 1)
    for funktion, args in (
        (opstartsfrist, (slem,)),
        (frit_leverandoervalg, (slem, None)),
        (kontroller_planoverdragelse, (slem, None)),
    ):
        with pytest.raises(ForloebsreglerFejl, match="udskrivning"):
            funktion(*args)
    if slem is not None:
        with pytest.raises(ForloebsreglerFejl, match="tilbudt_opstart"):
            frit_leverandoervalg(dag, slem)  # type: ignore[arg-type]
        with pytest.raises(ForloebsreglerFejl, match="udleveret"):
            kontroller_planoverdragelse(dag, slem)  # type: ignore[arg-type]


def test_offentlig_api() -> None:
    import forloebsregler.testing.genoptraening as modul

    for navn in strateginavne:
        assert not navn.startswith("_") and hasattr(modul, navn)


# --- Udskrivninger ----------------------------------------------------------------------------


@_FAA
@given(udskrivninger())
def test_udskrivning_frist_er_7_dage_efter_den_lokale_dato(udskrivning: Any) -> None:
    r = opstartsfrist(udskrivning)
    assert r.udskrivningsdato == _lokal_dato(udskrivning)
    assert r.dato == _lokal_dato(udskrivning) + timedelta(days=7)


@_FAA
@given(udskrivninger(tekst=False))
def test_udskrivning_uden_tekst_er_date_eller_bevidst_datetime(udskrivning: Any) -> None:
    assert isinstance(udskrivning, date)
    if isinstance(udskrivning, datetime):
        assert udskrivning.tzinfo is not None and udskrivning.utcoffset() is not None


@_FAA
@given(udskrivninger(gyldig=False))
def test_ugyldig_udskrivning_afvises(udskrivning: Any) -> None:
    _afvises(opstartsfrist, {"udskrivning": udskrivning})


def test_udskrivninger_rammer_sene_aftener_i_andre_zoner() -> None:
    """Strategien giver tidspunkter, hvis dato i deres zone ≠ den lokale dato i København."""
    t = find(
        udskrivninger(tekst=False),
        lambda u: isinstance(u, datetime) and u.date() != _lokal_dato(u),
        settings=_FIND,
    )
    assert isinstance(t, datetime) and t.date() != _lokal_dato(t)


@pytest.mark.parametrize("form", [str, date, datetime])
def test_udskrivninger_har_alle_former(form: type) -> None:
    assert isinstance(find(udskrivninger(), lambda u: isinstance(u, form), settings=_FIND), form)


_BRED_FRA, _BRED_TIL = date(1950, 1, 1), date(2150, 12, 31)


@_FAA
@given(udskrivninger(fra=_BRED_FRA, til=_BRED_TIL))
def test_udskrivninger_i_et_bredere_interval_tages(udskrivning: Any) -> None:
    # den lokale dato ligger i intervallet, og fristen er stadig dag 7
    assert _BRED_FRA <= _lokal_dato(udskrivning) <= _BRED_TIL
    assert opstartsfrist(udskrivning).dato == _lokal_dato(udskrivning) + timedelta(days=7)


@_FAA
@given(udskrivninger(gyldig=False, fra=_BRED_FRA, til=_BRED_TIL))
def test_ugyldige_udskrivninger_i_et_bredere_interval_afvises(udskrivning: Any) -> None:
    _afvises(opstartsfrist, {"udskrivning": udskrivning})


@pytest.mark.parametrize(
    "krav",
    [
        lambda u: _lokal_dato(u) == _BRED_FRA,
        lambda u: _lokal_dato(u) == _BRED_TIL,
        lambda u: _lokal_dato(u).year < 2000,
        lambda u: _lokal_dato(u).year > 2100,
        lambda u: _lokal_dato(u) in KANTUDSKRIVNINGSDATOER,  # 2018–2026, inde i intervallet
        lambda u: isinstance(u, datetime) and u.date() != _lokal_dato(u),
    ],
    ids=["fra", "til", "foer 2000", "efter 2100", "kantdato", "anden dato i zonen"],
)
def test_et_bredere_interval_naar_sine_kanter(krav: Any) -> None:
    find(udskrivninger(fra=_BRED_FRA, til=_BRED_TIL), krav, settings=_FIND)


def test_et_interval_paa_en_dag_giver_kun_den() -> None:
    dag = date(1999, 12, 31)
    assert _lokal_dato(find(udskrivninger(fra=dag, til=dag), lambda u: True)) == dag


@pytest.mark.parametrize(
    ("fra", "til", "navn"),
    [
        (date(1899, 12, 31), _BRED_TIL, "fra"),
        (_BRED_FRA, date(2200, 1, 1), "til"),
        (date(2020, 1, 2), date(2020, 1, 1), "til"),
        ("2020-01-01", _BRED_TIL, "fra"),
        (datetime(2020, 1, 1), _BRED_TIL, "fra"),
        (_BRED_FRA, None, "til"),
    ],
)
def test_udskrivninger_afviser_et_forkert_interval(fra: Any, til: Any, navn: str) -> None:
    with pytest.raises(ForloebsreglerFejl, match=f"^{navn}: "):
        udskrivninger(fra=fra, til=til)


# --- Opstartsfrist og frit valg ---------------------------------------------------------------


@_FAA
@given(fristinput())
def test_gyldigt_fristinput_accepteres(kwargs: dict[str, Any]) -> None:
    r = opstartsfrist(**kwargs)
    udskrevet = _lokal_dato(kwargs["udskrivning"])
    syv = udskrevet + timedelta(days=7)
    assert r.syvdagesfrist == syv
    start = kwargs.get("sygehusets_startdato")
    if start is not None and _lokal_dato(start) > syv and kwargs.get("begrundelse") is None:
        # senere startdato uden begrundelse: kan ikke afgøres (GEN-03)
        assert r.dato is None and r.grundlag is None
    elif start is not None and _lokal_dato(start) > syv:
        assert kwargs["begrundelse"].strip()
        assert r.dato == _lokal_dato(start)
        assert r.grundlag is Fristgrundlag.SYGEHUSETS_STARTDATO
    else:
        assert r.dato == syv
        assert r.grundlag is Fristgrundlag.SYV_KALENDERDAGE


@_FAA
@given(fristinput(gyldig=False))
def test_ugyldigt_fristinput_afvises(kwargs: dict[str, Any]) -> None:
    _afvises(opstartsfrist, kwargs)


@_FAA
@given(leverandoervalginput())
def test_gyldigt_leverandoervalg_accepteres(kwargs: dict[str, Any]) -> None:
    r = frit_leverandoervalg(**kwargs)
    tilbudt = kwargs["tilbudt_opstart"]
    if tilbudt is None:
        assert r.ret_til_frit_valg is Genoptraeningsudfald.KAN_IKKE_AFGOERES
        return
    if r.frist.dato is None:
        # fristen kan ikke afgøres; inden for 7 dage er rettidigt under enhver læsning
        inden = _lokal_dato(tilbudt) <= _lokal_dato(kwargs["udskrivning"]) + timedelta(days=7)
        forventet = (
            Genoptraeningsudfald.IKKE_OPFYLDT if inden else Genoptraeningsudfald.KAN_IKKE_AFGOERES
        )
        assert r.ret_til_frit_valg is forventet
        return
    dage = (_lokal_dato(tilbudt) - r.frist.dato).days
    assert _lokal_dato(tilbudt) >= _lokal_dato(kwargs["udskrivning"])
    assert r.dage_for_sent == max(dage, 0)
    assert (r.ret_til_frit_valg is Genoptraeningsudfald.OPFYLDT) is (dage > 0)


@_FAA
@given(leverandoervalginput(gyldig=False))
def test_ugyldigt_leverandoervalg_afvises(kwargs: dict[str, Any]) -> None:
    _afvises(frit_leverandoervalg, kwargs)


@pytest.mark.parametrize(
    ("hvor", "betingelse"),
    [
        ("på fristen", lambda r: r.frist.dato and r.tilbudt_opstart == r.frist.dato),
        (
            "dagen før",
            lambda r: r.frist.dato and r.tilbudt_opstart == r.frist.dato - timedelta(days=1),
        ),
        ("fristen ukendt", lambda r: r.frist.dato is None and r.tilbudt_opstart is not None),
        ("dagen efter", lambda r: r.dage_for_sent == 1),
        ("ukendt", lambda r: r.tilbudt_opstart is None),
        (
            "begrundet senere frist",
            lambda r: r.frist.grundlag is Fristgrundlag.SYGEHUSETS_STARTDATO,
        ),
    ],
)
def test_tilbud_rammer_fristens_kanter(hvor: str, betingelse: Any) -> None:
    kwargs = find(
        leverandoervalginput(),
        lambda k: bool(betingelse(frit_leverandoervalg(**cast(dict[str, Any], k)))),
        settings=_FIND,
    )
    assert betingelse(frit_leverandoervalg(**cast(dict[str, Any], kwargs))), hvor


# --- Planoverdragelse og vurderinger ----------------------------------------------------------


@_FAA
@given(planoverdragelsesinput())
def test_gyldig_planoverdragelse_accepteres(kwargs: dict[str, Any]) -> None:
    r = kontroller_planoverdragelse(**kwargs)
    u, lev = _tidspunkt(kwargs["udskrivning"]), _tidspunkt(kwargs["udleveret"])
    if kwargs["udleveret"] is None:
        assert r.rettidig is Genoptraeningsudfald.KAN_IKKE_AFGOERES
    elif u is not None and lev is not None:  # to tidspunkter: reel tid
        assert (r.rettidig is Genoptraeningsudfald.OPFYLDT) is (lev <= u)
    samtykke = kwargs.get("samtykke_til_praktiserende_laege")
    assert r.samtykke_ukendt is (samtykke is None)


@_FAA
@given(planoverdragelsesinput(gyldig=False))
def test_ugyldig_planoverdragelse_afvises(kwargs: dict[str, Any]) -> None:
    _afvises(kontroller_planoverdragelse, kwargs)


@_FAA
@given(behovssvar(), plansvar(), niveausvar())
def test_gyldige_svar_accepteres(
    behov: dict[str, Any], plan: dict[str, Any], niveau: dict[str, Any]
) -> None:
    assert vurder_genoptraeningsbehov(**behov).plan_indiceret in Genoptraeningsudfald
    assert ret_til_genoptraeningsplan(**plan).ret_til_plan in Genoptraeningsudfald
    assert almen_niveau(**niveau).begrundelse


@_FAA
@given(behovssvar(gyldig=False), plansvar(gyldig=False), niveausvar(gyldig=False))
def test_ugyldige_svar_afvises(
    behov: dict[str, Any], plan: dict[str, Any], niveau: dict[str, Any]
) -> None:
    _afvises(vurder_genoptraeningsbehov, behov)
    _afvises(ret_til_genoptraeningsplan, plan)
    _afvises(almen_niveau, niveau)


@_FAA
@given(genoptraeningsindsatser(), genoptraeningshenvisere())
def test_gyldige_navne_accepteres(indsats: Any, henviser: Any) -> None:
    assert indsatsbeskrivelse(indsats).betegnelse
    r = ret_til_genoptraeningsplan(
        laegefagligt_begrundet_behov=True,
        relaterer_sig_til_aktuel_sygehuskontakt=True,
        baggrund_i_funktionsevnetab=True,
        henviser=henviser,
    )
    # navn (store/små bogstaver) eller kildens betegnelse; samme medlem som grænsevalideringen
    assert r.henviser is kraev_enum(type(r.henviser), henviser, "henviser")


@_FAA
@given(genoptraeningsindsatser(gyldig=False), genoptraeningshenvisere(gyldig=False))
def test_ugyldige_navne_afvises(indsats: Any, henviser: Any) -> None:
    _afvises(indsatsbeskrivelse, {"indsats": indsats})
    _afvises(
        ret_til_genoptraeningsplan,
        {
            "laegefagligt_begrundet_behov": True,
            "relaterer_sig_til_aktuel_sygehuskontakt": True,
            "baggrund_i_funktionsevnetab": True,
            "henviser": henviser,
        },
    )


# --- Batch ------------------------------------------------------------------------------------


@_FAA
@given(opstartsraekker())
def test_gyldig_raekke_giver_post_uden_fejl(raekke: dict[str, Any]) -> None:
    (post,) = opstartsfrister([raekke])
    assert post["fejl"] is None
    udskrevet = _lokal_dato(raekke["udskrivning"])
    assert post["udskrivningsdato"] == udskrevet.isoformat()
    assert post["syvdagesfrist"] == (udskrevet + timedelta(days=7)).isoformat()


@_FAA
@given(opstartsraekker(gyldig=False))
def test_ugyldig_raekke_giver_post_med_fejl(raekke: Any) -> None:
    (post,) = opstartsfrister([raekke])
    assert isinstance(post["fejl"], str) and post["fejl"]
    assert post["frist"] is None


@_FAA
@given(opstartsraekkelister(max_size=6), st.data())
def test_gyldig_batch_uden_fejl(raekker: list[Any], data: st.DataObject) -> None:
    poster = opstartsfrister(raekker)
    assert len(poster) == len(raekker)
    assert all(p["fejl"] is None for p in poster)
    ugyldig: list[Any] = data.draw(opstartsraekkelister(gyldig=False, max_size=6))
    poster = opstartsfrister(ugyldig)
    assert len(poster) == len(ugyldig)
    assert sum(p["fejl"] is not None for p in poster) == 1


# `max_size` er listens største længde. Med gyldig=False lægges den ugyldige række mellem to
# lister på op til max_size // 2, så en lige max_size giver max_size + 1 rækker (standarden 10
# giver 11). Testen leder efter en for lang liste og forventer ingen.
@pytest.mark.parametrize("max_size", [2, 4, 10])
def test_opstartsraekkelister_med_fejl_holder_max_size(max_size: int) -> None:
    with pytest.raises(NoSuchExample):
        find(
            opstartsraekkelister(gyldig=False, max_size=max_size),
            lambda raekker: len(raekker) > max_size,
            settings=naabarhed(500),
        )
