"""Resultat-mixin: str, til_dict og HTML."""

from __future__ import annotations

import pickle
from collections.abc import Mapping
from datetime import UTC, date, datetime, timedelta
from decimal import ROUND_FLOOR, Decimal, getcontext, localcontext
from enum import Enum
from typing import Any

import attrs
import pytest

from forloebsregler import serialisering
from forloebsregler._kontekst import KONTEKST
from forloebsregler._resultat import (
    DovenTekst,
    LaastMapping,
    Resultat,
    _beholderfelter,
    frys,
    laes_tekst,
    offentlig_repr,
)
from forloebsregler.kilder import SAMARBEJDSAFTALE_LEDSAGELSE, Kilde
from forloebsregler.serialisering import enkel_vaerdi


class Farve(Enum):
    ROED = "rød"


@attrs.frozen
class Linje:
    beloeb: Decimal


@attrs.frozen
class EtResultat(Resultat):
    farve: Farve
    tid: datetime
    linjer: tuple[Linje, ...]
    begrundelse: str
    kilder: tuple[Kilde, ...]


def _resultat() -> EtResultat:
    return EtResultat(
        farve=Farve.ROED,
        tid=datetime(2024, 1, 1, 12, tzinfo=UTC),
        linjer=(Linje(Decimal("1.50")),),
        begrundelse="Fordi <kilden> siger det.",
        kilder=(SAMARBEJDSAFTALE_LEDSAGELSE.kilde("Afregning", "Afregning"),),
    )


def test_str_er_begrundelsen() -> None:
    assert str(_resultat()) == "Fordi <kilden> siger det."


def test_til_dict_giver_simple_vaerdier() -> None:
    d = _resultat().til_dict()
    assert d["farve"] == "ROED"
    assert d["tid"] == "2024-01-01T12:00:00+00:00"
    assert d["linjer"] == [{"beloeb": Decimal("1.50")}]
    assert d["kilder"][0].startswith("Samarbejdsaftale om hjælp til kommunikation")


def test_html_er_escapet() -> None:
    h = _resultat()._repr_html_()
    assert h.startswith("<table>") and "&lt;kilden&gt;" in h and "<kilden>" not in h


def test_enkel_vaerdi() -> None:
    assert enkel_vaerdi(date(2024, 2, 29)) == "2024-02-29"
    assert enkel_vaerdi(timedelta(hours=1, microseconds=5)) == Decimal("3600.000005")
    assert enkel_vaerdi(frozenset({Farve.ROED})) == ["ROED"]
    assert enkel_vaerdi({Farve.ROED: (1, 2)}) == {"ROED": [1, 2]}
    assert enkel_vaerdi(None) is None
    assert enkel_vaerdi(object()).startswith("<object")


def test_resultater_gaar_i_en_dataframe() -> None:
    pd = pytest.importorskip("pandas")
    a, b = _resultat(), attrs.evolve(_resultat(), farve=Farve.ROED, begrundelse="Anden.")
    df = pd.DataFrame(serialisering.raekker([a, b]))
    assert list(df.columns) == ["farve", "tid", "linjer", "begrundelse", "kilder"]
    assert df.loc[1, "begrundelse"] == "Anden."
    assert df.loc[0, "farve"] == "ROED"


def test_et_resultat_er_en_vaerdi_ikke_en_mapping() -> None:
    r = _resultat()
    assert not isinstance(r, Mapping)
    with pytest.raises(TypeError):
        r["farve"]  # type: ignore[index]
    assert serialisering.til_dict(r) == r.til_dict()
    assert serialisering.til_json(r) == r.til_json()
    assert serialisering.til_html(r) == r._repr_html_()
    assert hash(r) == hash(_resultat()) and r == _resultat()


@attrs.frozen
class _MedPrivat(Resultat):
    vaerdier: frozenset[object]
    _skjult: int = 0


def test_private_felter_udelades() -> None:
    r = _MedPrivat(frozenset({1, "a"}), 7)
    assert r.til_dict() == {"vaerdier": [1, "a"]}  # sorteret som tekst, blandede typer
    assert str(r) == repr(r)  # uden begrundelse er str repr


def test_ukendt_felt_fejl_som_tekst() -> None:
    from forloebsregler.fejl import UkendtFeltFejl

    assert str(UkendtFeltFejl("felt: fik 'x'")) == "felt: fik 'x'"
    assert str(UkendtFeltFejl()) == ""


def test_timedelta_som_sekunder() -> None:
    assert enkel_vaerdi(timedelta(days=1, seconds=5)) == Decimal(86405)


def test_html_er_ordret() -> None:
    r = _MedPrivat(frozenset({"b", "a"}))
    assert r._repr_html_() == (
        "<table><caption>_MedPrivat</caption><tr><th>vaerdier</th><td>a<br>b</td></tr></table>"
    )
    to = attrs.evolve(_resultat(), linjer=(), begrundelse="x")
    assert to._repr_html_().count("</tr><tr>") == 4


def _ny_resultatklasse() -> type:
    """En ny klasse pr. kald, så resultatets gemte feltliste (pr. klasse) bygges på ny."""

    @attrs.frozen
    class Ny(Resultat):
        liste: tuple[object, ...]
        par: tuple[object, ...]
        tabel: Mapping[str, object]
        beloeb: Decimal
        begrundelse: str

    return Ny


def test_en_ny_resultatklasse_fryser_sine_beholdere() -> None:
    ny = _ny_resultatklasse()
    r = ny(
        liste=[1, [2]],
        par=(1, [2], {3}),
        tabel={"a": [1]},
        beloeb=Decimal("1.50"),
        begrundelse="Fordi.",
    )
    assert type(r.liste) is tuple and r.liste == (1, (2,)) and type(r.liste[1]) is tuple
    assert type(r.par) is tuple and r.par == (1, (2,), frozenset({3}))
    assert type(r.par[1]) is tuple and type(r.par[2]) is frozenset
    assert isinstance(r.tabel, LaastMapping) and r.tabel == {"a": (1,)}
    assert r.beloeb == Decimal("1.50")
    assert hash(r) == hash(
        ny((1, (2,)), (1, (2,), frozenset({3})), {"a": (1,)}, Decimal("1.50"), "Fordi.")
    )


def test_felter_uden_annotation_eller_med_en_type_fryses_ogsaa() -> None:
    # attrs.make_class giver felter, hvis type er None (ingen annotation) eller en klasse
    # (ikke en tekst); begge kan holde en beholder og fryses.
    fri = attrs.make_class(
        "Fri",
        {"uden": attrs.field(), "liste": attrs.field(type=list)},
        bases=(Resultat,),
        frozen=True,
    )
    r = fri(uden=[1], liste=[2])
    assert r.uden == (1,) and r.liste == (2,)
    assert type(r.uden) is tuple and type(r.liste) is tuple


def test_til_json_med_indrykning_og_danske_bogstaver() -> None:
    @attrs.frozen
    class Kort(Resultat):
        begrundelse: str

    r = Kort("Højst 2 timer.")
    assert r.til_json() == '{"begrundelse": "Højst 2 timer."}'
    assert r.til_json(indrykning=2) == '{\n  "begrundelse": "Højst 2 timer."\n}'


# --- DovenTekst: prosa, der skrives, når den læses (issue 18, punkt 1) ---------------------


def test_doven_tekst_skrives_foerst_naar_den_laeses_og_kun_een_gang() -> None:
    kald: list[int] = []

    def skriv() -> str:
        kald.append(1)
        return "Fordi kilden siger det."

    tekst = DovenTekst(skriv)
    assert kald == []
    assert str(tekst) == "Fordi kilden siger det." and str(tekst) == "Fordi kilden siger det."
    assert kald == [1]


def test_doven_tekst_sammenlignes_hashes_og_vises_som_sin_tekst() -> None:
    tekst = DovenTekst(lambda: "abc")
    assert tekst == "abc" and "abc" == tekst  # noqa: SIM300
    assert tekst == DovenTekst(lambda: "abc") and tekst != DovenTekst(lambda: "abd")
    assert tekst != "abd" and tekst != 3
    assert hash(tekst) == hash("abc") and repr(tekst) == "'abc'"
    kopi = pickle.loads(pickle.dumps(DovenTekst(lambda: "abc")))
    assert type(kopi) is str and kopi == "abc"


def test_doven_tekst_skrives_i_bibliotekets_kontekst() -> None:
    # 1,005 med to decimaler: halvt op (bibliotekets afrunding) giver 1.01, nedad 1.00
    tekst = DovenTekst(lambda: f"{Decimal('1.005'):.2f}")
    with localcontext() as ctx:
        ctx.rounding = ROUND_FLOOR
        ctx.prec = 2
        assert str(tekst) == "1.01"
        assert ctx.rounding == ROUND_FLOOR and ctx.prec == 2


def test_doven_tekst_saetter_kalderens_kontekst_tilbage_som_samme_objekt() -> None:
    # også når skrivefunktionen fejler: så er teksten ikke skrevet, og funktionen er der stadig
    fejl = [False, True]  # første skrivning fejler, anden lykkes

    def skriv() -> str:
        assert getcontext() is KONTEKST  # der skrives i bibliotekets egen kontekst
        if fejl.pop():
            raise RuntimeError("skrivefejl")
        return "skrevet"

    tekst = DovenTekst(skriv)
    with localcontext() as ctx:
        ctx.prec = 3
        with pytest.raises(RuntimeError, match="skrivefejl"):
            str(tekst)
        assert getcontext() is ctx and ctx.prec == 3
        assert tekst._skriv is skriv and tekst._tekst is None
        assert str(tekst) == "skrevet" and getcontext() is ctx
    assert tekst._skriv is None


@attrs.frozen(repr=False)
class EtDoventResultat(Resultat):
    farve: Farve
    _begrundelse: str | DovenTekst = attrs.field(alias="begrundelse")
    kilder: tuple[Kilde, ...]

    _offentlige_felter = ("farve", "begrundelse", "kilder")

    @property
    def begrundelse(self) -> str:
        return laes_tekst(self, "_begrundelse")

    __repr__ = offentlig_repr


def test_et_resultat_med_doven_begrundelse_er_som_med_teksten_skrevet_ud() -> None:
    kilder = (SAMARBEJDSAFTALE_LEDSAGELSE.kilde("Afregning", "Afregning"),)
    doven = EtDoventResultat(Farve.ROED, DovenTekst(lambda: "Rød."), kilder)
    skrevet = EtDoventResultat(farve=Farve.ROED, begrundelse="Rød.", kilder=kilder)
    assert type(doven._begrundelse) is DovenTekst
    assert doven == skrevet and hash(doven) == hash(skrevet)
    assert (
        repr(doven)
        == f"EtDoventResultat(farve={Farve.ROED!r}, begrundelse='Rød.', kilder={kilder!r})"
    )
    assert str(doven) == "Rød." and doven.begrundelse == "Rød."
    assert type(doven._begrundelse) is str  # skrevet ud og husket
    assert doven.til_dict() == {"farve": "ROED", "begrundelse": "Rød.", "kilder": [str(kilder[0])]}
    assert doven != attrs.evolve(skrevet, begrundelse="Blå.")


def test_doven_tekst_slipper_sin_skrivefunktion_naar_den_er_skrevet() -> None:
    """Fakta holdes ikke længere end nødvendigt: efter første læsning er funktionen væk."""
    tekst = DovenTekst(lambda: "abc")
    assert str(tekst) == "abc"
    assert tekst._skriv is None


def test_offentlig_repr_bruger_klassens_eget_navn_ogsaa_inde_i_funktioner() -> None:
    """En klasse defineret i en funktion i en funktion hedder `…<locals>.ydre.<locals>.Indre`;
    repr'en bruger kun det sidste led."""

    def ydre() -> type[Any]:
        @attrs.frozen(repr=False)
        class Indre(Resultat):
            farve: Farve
            begrundelse: str
            kilder: tuple[Kilde, ...] = ()

            _offentlige_felter = ("farve",)
            __repr__ = offentlig_repr

        return Indre

    klasse = ydre()
    assert klasse.__qualname__.endswith(".ydre.<locals>.Indre")
    assert repr(klasse(Farve.ROED, "Rød.")) == f"Indre(farve={Farve.ROED!r})"


def _resultattyper_med_doven_begrundelse() -> list[type[Any]]:
    import forloebsregler

    typer = {
        v
        for navn in forloebsregler.__all__
        if isinstance(v := getattr(forloebsregler, navn), type)
        and issubclass(v, Resultat)
        and attrs.has(v)
        and "_begrundelse" in attrs.fields_dict(v)
    }
    return sorted(typer, key=lambda t: t.__name__)


def test_resultater_med_doven_begrundelse_viser_felterne_i_attrs_orden() -> None:
    """Hver resultattype med et privat `_begrundelse`-felt (issue 18, punkt 1) viser og
    serialiserer sine felter som før: attrs' rækkefølge med `begrundelse` i stedet for det
    private navn, og `repr` i attrs' form (`offentlig_repr`)."""
    typer = _resultattyper_med_doven_begrundelse()
    navne = {t.__name__ for t in typer}
    assert {"Tyngdevurdering", "Opstartsfrist", "Daekningsvurdering", "Aftalevurdering"} <= navne
    assert {"Kilometersats", "Kilometergodtgoerelse", "Kvartalsopgoerelse"} <= navne
    assert {"Betalingsoplysning", "FritLeverandoervalg", "Faktureringsvurdering"} <= navne
    assert {"ForventetOmfang", "Kontraktsammenligning", "Rehabiliteringsudgift"} <= navne
    assert "FastTrackVurdering" in navne
    assert "Diagnosevurdering" in navne
    assert {"Kravvurdering", "Leverancevurdering"} <= navne
    assert {"Aktivitetsestimat", "Opsigelse"} <= navne
    for t in typer:
        felter = tuple(f.alias for f in attrs.fields(t))
        assert t._offentlige_felter == felter, t.__name__
        # pakken indpakker `__repr__` i bibliotekets kontekst (`functools.wraps`)
        assert getattr(t.__repr__, "__wrapped__", None) is offentlig_repr, t.__name__
        assert serialisering.feltnavne(t) == felter, t.__name__
        assert attrs.fields_dict(t)["_begrundelse"].alias == "begrundelse", t.__name__


# --- frysningen og beholderfelterne prøvet direkte (mutationstesten efter issue 18) -----------


def test_frys_lader_en_tuple_uden_noget_muterbart_vaere() -> None:
    """»Andre værdier er uændrede«: en tuple, der intet har at fryse, gives tilbage som den er
    (ingen kopi); en tuple med en liste bliver en ny tuple."""
    uden = (1, "a", (2, 3))
    assert frys(uden) is uden
    med = (1, [2])
    frossen = frys(med)
    assert frossen == (1, (2,)) and frossen is not med
    assert frys([1, "a"]) == (1, "a") and type(frys([1, "a"])) is tuple


def test_frys_goer_en_bytearray_til_bytes() -> None:
    frossen = frys(bytearray(b"ab"))
    assert frossen == b"ab" and type(frossen) is bytes
    # også som del af et resultat (et felt annoteret `object` kan holde en beholder)
    klasse = attrs.make_class(
        "MedBytes", {"data": attrs.field(type=object)}, bases=(Resultat,), frozen=True
    )
    assert type(klasse(data=bytearray(b"x")).data) is bytes


def test_beholderfelterne_findes_efter_annotationen() -> None:
    """Et felt er et beholderfelt, når annotationen nævner en beholder (`tuple`, `Mapping`,
    `Any` …) eller mangler; `Decimal`, `datetime` og `int` er skalarer."""

    @attrs.frozen
    class Tekster:  # annotationerne er tekst (`from __future__ import annotations`)
        beloeb: Decimal
        tid: datetime
        navne: tuple[str, ...]
        tabel: Mapping[str, int]
        hvad_som_helst: Any
        antal: int

    assert _beholderfelter(Tekster) == ("navne", "tabel", "hvad_som_helst")
    klasser = attrs.make_class(  # annotationerne er klasser (eller ingen)
        "Klasser",
        {"antal": attrs.field(type=int), "liste": attrs.field(type=list), "uden": attrs.field()},
        frozen=True,
    )
    assert _beholderfelter(klasser) == ("liste", "uden")


def _lav_klasse_i_en_listefabrik() -> type:
    class Kode:
        pass

    return Kode


def test_en_klasse_som_annotation_bedoemmes_paa_sit_eget_navn() -> None:
    """Klassens navn (`Kode`) afgør, ikke hvor den er defineret: »listefabrik« i dens fulde
    navn gør den ikke til en liste."""
    kode = _lav_klasse_i_en_listefabrik()
    assert "list" in str(kode)
    klasse = attrs.make_class("MedKode", {"kode": attrs.field(type=kode)}, frozen=True)
    assert _beholderfelter(klasse) == ()


def test_laast_mappings_hashvaerdi_foelger_indholdet() -> None:
    """Lige mappings har samme hashværdi, uanset hvordan de er bygget; forskellige har ikke
    alle den samme (en fast hashværdi ville gøre mængder og opslag af resultater kvadratiske)."""
    a = LaastMapping({"a": 1, "b": 2})
    b = LaastMapping([("b", 2), ("a", 1)])
    assert a == b and hash(a) == hash(b)
    assert len({hash(LaastMapping({"n": n})) for n in range(100)}) > 1
