"""Den hurtige vej og den læsbare regel giver samme svar (issue 18, punkt 3 og 7).

`_stratificering_hurtig` afgør de almindelige input (samlinger af medlemmer eller navne)
uden den generelle validering og uden at skifte `decimal`-kontekst; alt andet går ad den
læsbare vej i `stratificering`. Her tjekkes på tilfældige input (de offentlige strategier i
`forloebsregler.testing.depression`, også med deres samlinger blandet om til medlemmer,
internerede navne og kopierede navne i fire samlingsformer), at

- den hurtige vej aldrig rejser en undtagelse og aldrig svarer noget andet end den læsbare;
- den offentlige funktion svarer som den læsbare og rejser de samme fejl;
- et kald med lister, der er set før (svarlagrene), svarer som den læsbare — også for
  »naboer«, der kunne ramme en forkert bygget nøgle — og lagrene er begrænsede;
- kalderens `decimal`-kontekst hverken ændrer svarene eller selv bliver ændret.
"""

from __future__ import annotations

import decimal
from collections.abc import Callable, Iterable, Iterator
from enum import Enum
from typing import Any, cast

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import forloebsregler.kompleksitet as kompleksitet
import forloebsregler.stratificering as s
import forloebsregler.svaerhedsgrad as sv
from forloebsregler import (
    ArgumentFejl,
    ForloebsreglerFejl,
    Fortolkning,
    Kernesymptom,
    KomplicerendeFaktor,
    Ledsagesymptom,
    StyrkendeFaktor,
    stratificer,
    stratificer_mange,
    vurder_kompleksitet,
    vurder_svaerhedsgrad,
)
from forloebsregler._stratificering_hurtig import (
    Medlemstabel,
    ingen,
    lav_hurtig_kompleksitet,
    lav_hurtig_raekke,
    lav_hurtig_stratificer,
    lav_hurtig_svaerhedsgrad,
)
from forloebsregler.testing.depression import (
    fortolkninger,
    kernesymptomer,
    kliniske_vurderinger,
    kompleksitetsinput,
    komplicerende_faktorer,
    ledsagesymptomer,
    stratificeringsinput,
    stratificeringsraekker,
    styrkende_faktorer,
    svaerhedsinput,
)
from tests._kontekster import fjendtlige_kontekster, tilstand

_LAESBAR_SVAERHED: Callable[..., Any] = sv.vurder_svaerhedsgrad.__wrapped__  # type: ignore[attr-defined]
_LAESBAR_STRATIFICER: Callable[..., Any] = s.stratificer.__wrapped__  # type: ignore[attr-defined]


def _udfald(
    funktion: Callable[..., Any], kw: dict[str, Any], args: tuple[Any, ...] = ()
) -> tuple[str, Any]:
    try:
        return ("svar", funktion(*args, **kw))
    except ForloebsreglerFejl as fejl:
        return ("fejl", (type(fejl), str(fejl)))


def _medlem(element: object, enum_cls: type[Enum]) -> Enum:
    """Medlemmet, som `element` (medlem, navn eller tekst) står for, regnet i testen."""
    if isinstance(element, enum_cls):
        return element
    noegle = str(element).strip().upper()
    return next(m for m in enum_cls if noegle in (m.name, str(m.value).strip().upper()))


_ELEMENTFORM = st.sampled_from(["givet", "medlem", "navn", "kopi"])
_SAMLINGSFORM = st.sampled_from([list, tuple, set, frozenset])


@st.composite
def _blandet_samling(
    draw: st.DrawFn, samlinger: st.SearchStrategy[object], enum_cls: type[Enum]
) -> object:
    """En samling fra den offentlige strategi (medlemmer, navne eller tekster, lister med
    gentagelser), hvor hvert element kan skiftes ud med medlemmet, dets internerede navn eller
    en kopi af navnet (et andet str-objekt), og som gives som liste, tupel, set eller frozenset
    (gentagelser bevares i liste og tupel). Kopierne og formerne er testens egne: de skal ramme
    lagre, der slår op på objektet og ikke kun på værdien."""
    elementer: list[object] = []
    for element in cast("Iterable[object]", draw(samlinger)):
        form = draw(_ELEMENTFORM)
        medlem = _medlem(element, enum_cls)
        if form == "givet":
            elementer.append(element)
        elif form == "medlem":
            elementer.append(medlem)
        else:
            elementer.append(medlem.name if form == "navn" else "".join(list(medlem.name)))
    return draw(_SAMLINGSFORM)(elementer)


# De offentlige strategier (forloebsregler.testing.depression): symptomer og faktorer som
# samlinger af 0 til alle medlemmer, fortolkningen som medlem, navn eller tekst, klinikerens
# vurdering True/False/None.
_KERNE = kernesymptomer()
_LEDSAGE = ledsagesymptomer()
_KOMPLICERENDE = komplicerende_faktorer()
_STYRKENDE = styrkende_faktorer()
_FORTOLKNING = fortolkninger()
_KLINISK = kliniske_vurderinger()


@st.composite
def _blandet_svaerhedsinput(draw: st.DrawFn) -> dict[str, Any]:
    return {
        "kernesymptomer": draw(_blandet_samling(_KERNE, Kernesymptom)),
        "ledsagesymptomer": draw(_blandet_samling(_LEDSAGE, Ledsagesymptom)),
        "fortolkning": draw(_FORTOLKNING),
    }


@st.composite
def _blandet_stratificeringsinput(draw: st.DrawFn) -> dict[str, Any]:
    return {
        **draw(_blandet_svaerhedsinput()),
        "komplicerende": draw(_blandet_samling(_KOMPLICERENDE, KomplicerendeFaktor)),
        "styrkende": draw(_blandet_samling(_STYRKENDE, StyrkendeFaktor)),
        "hoej_kompleksitet": draw(_KLINISK),
    }


# ------------------------------------------------------------------ frisk byggede hurtige veje
# Bibliotekets hurtige veje bygges ved import af fabrikkerne i `_stratificering_hurtig`. Testene
# nedenfor bygger dem også på ny (med nye, tomme `Medlemstabel`ler), så det er fabrikkerne selv,
# der prøves: den nybyggede vej skal tage de samme kald som den, biblioteket bruger (og svare
# det samme), og med den læsbare regel som `fuld` svare som den læsbare regel.


_Tabeller = tuple[Medlemstabel[Any], Medlemstabel[Any], Medlemstabel[Any], Medlemstabel[Any]]


def _nye_tabeller() -> _Tabeller:
    return (
        Medlemstabel(Kernesymptom),
        Medlemstabel(Ledsagesymptom),
        Medlemstabel(KomplicerendeFaktor),
        Medlemstabel(StyrkendeFaktor),
    )


def _ny_svaerhedsgrad(fuld: Callable[..., Any] = ingen) -> Callable[..., Any]:
    kerne, ledsage, _, _ = _nye_tabeller()
    return lav_hurtig_svaerhedsgrad(sv._SVAERHED_HURTIG, kerne, ledsage)(fuld)


def _ny_stratificer(fuld: Callable[..., Any] = ingen) -> Callable[..., Any]:
    return lav_hurtig_stratificer(s._STRATADELE, s._ny_stratificering, *_nye_tabeller())(fuld)


def _ny_kompleksitet(fuld: Callable[..., Any] = ingen) -> Callable[..., Any]:
    _, _, komp, styrk = _nye_tabeller()
    return lav_hurtig_kompleksitet(kompleksitet.kompleksitet_for, komp, styrk)(fuld)


def _ny_raekke() -> Callable[[object], Any]:
    return lav_hurtig_raekke(
        s._STRATADELE, kompleksitet.kompleksitet_for, *_nye_tabeller(), s._BATCH_NOEGLER
    )


_SYMPTOMER = ("kernesymptomer", "ledsagesymptomer")
_FAKTORER = ("komplicerende", "styrkende")


def _kaldeformer(kw: dict[str, Any], positionelle: tuple[str, ...]) -> list[tuple[Any, ...]]:
    """Kaldet med navngivne argumenter og (når de findes) de første som positionelle."""
    former: list[tuple[Any, ...]] = [((), kw)]
    for n in range(1, len(positionelle) + 1):
        if all(navn in kw for navn in positionelle[:n]):
            resten = {k: v for k, v in kw.items() if k not in positionelle[:n]}
            former.append((tuple(kw[navn] for navn in positionelle[:n]), resten))
    return former


def _som_i_brug(
    ny: Callable[[Callable[..., Any]], Callable[..., Any]],
    i_brug: Callable[..., Any],
    laesbar: Callable[..., Any],
    kw: dict[str, Any],
    positionelle: tuple[str, ...],
) -> None:
    """Den nybyggede hurtige vej tager de samme kald som den i brug og svarer det samme; med
    den læsbare regel som `fuld` svarer den som den læsbare regel."""
    for args, rest in _kaldeformer(kw, positionelle):
        assert ny(ingen)(*args, **rest) == i_brug(*args, **rest)
        assert _udfald(ny(laesbar), rest, args) == _udfald(laesbar, kw)


_SVAERHEDSINPUT = st.one_of(
    svaerhedsinput(), svaerhedsinput(gyldig=False), _blandet_svaerhedsinput()
)
_STRATIFICERINGSINPUT = st.one_of(
    stratificeringsinput(), stratificeringsinput(gyldig=False), _blandet_stratificeringsinput()
)


@settings(max_examples=2 * settings.default.max_examples, deadline=None)  # 60 (lokal/ci)
@given(kw=_SVAERHEDSINPUT)
def test_svaerhedsgrad_hurtig_som_laesbar(kw: dict[str, Any]) -> None:
    hurtig = sv._hurtig_svaerhedsgrad(**kw)  # rejser aldrig
    laesbar = _udfald(_LAESBAR_SVAERHED, kw)
    if hurtig is not None:
        assert laesbar == ("svar", hurtig)
    assert _udfald(vurder_svaerhedsgrad, kw) == laesbar
    _som_i_brug(_ny_svaerhedsgrad, sv._hurtig_svaerhedsgrad, _LAESBAR_SVAERHED, kw, _SYMPTOMER)


@settings(max_examples=2 * settings.default.max_examples, deadline=None)  # 60 (lokal/ci)
@given(kw=_STRATIFICERINGSINPUT)
def test_stratificer_hurtig_som_laesbar(kw: dict[str, Any]) -> None:
    hurtig = s._hurtig_stratificer(**kw)  # rejser aldrig
    laesbar = _udfald(_LAESBAR_STRATIFICER, kw)
    if hurtig is not None:
        assert laesbar == ("svar", hurtig)
        assert hurtig.til_dict() == laesbar[1].til_dict()
        assert hurtig.til_json() == laesbar[1].til_json()
    assert _udfald(stratificer, kw) == laesbar
    _som_i_brug(_ny_stratificer, s._hurtig_stratificer, _LAESBAR_STRATIFICER, kw, _SYMPTOMER)


@settings(max_examples=2 * settings.default.max_examples, deadline=None)  # 60 (lokal/ci)
@given(
    kw=st.one_of(
        kompleksitetsinput(),
        kompleksitetsinput(gyldig=False),
        _blandet_stratificeringsinput().map(
            lambda d: {k: d[k] for k in ("komplicerende", "styrkende", "hoej_kompleksitet")}
        ),
    )
)
def test_kompleksitet_hurtig_som_laesbar(kw: dict[str, Any]) -> None:
    hurtig = kompleksitet._hurtig_kompleksitet(**kw)  # rejser aldrig
    laesbar = _udfald(kompleksitet.vurder_kompleksitet.__wrapped__, kw)  # type: ignore[attr-defined]
    if hurtig is not None:
        assert laesbar == ("svar", hurtig)
    assert _udfald(vurder_kompleksitet, kw) == laesbar
    _som_i_brug(
        _ny_kompleksitet,
        kompleksitet._hurtig_kompleksitet,
        kompleksitet.vurder_kompleksitet.__wrapped__,  # type: ignore[attr-defined]
        kw,
        _FAKTORER,
    )


@settings(max_examples=2 * settings.default.max_examples, deadline=None)  # 60 (lokal/ci)
@given(
    raekke=st.one_of(
        stratificeringsraekker(),
        stratificeringsraekker(gyldig=False),
        _blandet_stratificeringsinput(),
    )
)
def test_batchraekke_hurtig_som_laesbar(raekke: object) -> None:
    hurtig = s._hurtig_raekke(raekke)  # rejser aldrig
    if hurtig is not None:
        assert hurtig == s._stratificer_raekke(raekke)
        assert list(hurtig) == list(s._stratificer_raekke(raekke))  # samme kolonneorden
    ny = _ny_raekke()
    assert ny(raekke) == hurtig
    assert ny(raekke) == hurtig  # anden gang fra de gemte dele


@settings(deadline=None)  # profilens antal (30 i lokal/ci, 500 i grundig)
@given(kw=_blandet_stratificeringsinput())
def test_batchen_som_enkeltkald(kw: dict[str, Any]) -> None:
    (post,) = stratificer_mange([kw])
    r = _LAESBAR_STRATIFICER(**kw)
    assert post["begrundelse"] == r.begrundelse
    assert post["niveau"] == (r.niveau.name if r.niveau else None)
    assert post["komplicerende_faktorer"] == ", ".join(
        f.name for f in r.kompleksitetsvurdering.komplicerende_faktorer
    )


@pytest.mark.parametrize(
    ("kerne", "antal"),
    [
        ([Kernesymptom.NEDTRYKTHED, "NEDTRYKTHED"], 1),  # medlem og navn: ét symptom
        (["NEDTRYKTHED", "".join("NEDTRYKTHED")], 1),
        ((Kernesymptom.NEDTRYKTHED,) * 3, 1),
        ({"NEDTRYKTHED", Kernesymptom.NEDSAT_LYST_ELLER_INTERESSE}, 2),
        (list(Kernesymptom), 3),
        ([], 0),
    ],
)
def test_gentagelser_og_blandinger_taeller_en_gang(kerne: object, antal: int) -> None:
    assert vurder_svaerhedsgrad(kerne, []).antal_kernesymptomer == antal  # type: ignore[arg-type]


def test_de_almindelige_input_tager_den_hurtige_vej() -> None:
    kopi = "".join(list("SOEVNFORSTYRRELSER"))
    for k, ledsage in [
        ([Kernesymptom.NEDTRYKTHED], [Ledsagesymptom.SOEVNFORSTYRRELSER]),
        (["NEDTRYKTHED"], ("SOEVNFORSTYRRELSER",)),
        (frozenset({Kernesymptom.NEDTRYKTHED}), {kopi}),
    ]:
        assert sv._hurtig_svaerhedsgrad(k, ledsage) is not None
        assert s._hurtig_stratificer(k, ledsage, komplicerende=["ALVORLIGT_MISBRUG"]) is not None
    # ikke almindelige: små bogstaver, tekster, iteratorer, 1 for True
    assert sv._hurtig_svaerhedsgrad(["nedtrykthed"], []) is None
    assert sv._hurtig_svaerhedsgrad(iter([]), []) is None
    assert s._hurtig_stratificer([], [], hoej_kompleksitet=1) is None


def _kopi(medlem: Enum) -> str:
    """Medlemmets navn som et nyt str-objekt (som læst fra en fil), ikke det internerede."""
    return "".join(list(medlem.name))


@pytest.mark.parametrize("form", [list, tuple, set, frozenset])
def test_kopierede_navne_tager_den_hurtige_vej(form: Callable[[list[str]], Any]) -> None:
    """Navne læst fra en fil (andre str-objekter end de internerede) er almindelige input
    (modulets docstring): den hurtige vej afgør dem og svarer som den læsbare regel."""
    kw: dict[str, Any] = {
        "kernesymptomer": form([_kopi(k) for k in list(Kernesymptom)[:2]]),
        "ledsagesymptomer": form([_kopi(ledsag) for ledsag in list(Ledsagesymptom)[:4]]),
        "komplicerende": form([_kopi(f) for f in list(KomplicerendeFaktor)[:3]]),
        "styrkende": form([_kopi(f) for f in StyrkendeFaktor]),
        "hoej_kompleksitet": None,
    }
    sv_kw = {k: kw[k] for k in ("kernesymptomer", "ledsagesymptomer")}
    ko_kw = {k: kw[k] for k in ("komplicerende", "styrkende")}
    for _ in range(2):  # anden gang fra de gemte delmængder
        assert sv._hurtig_svaerhedsgrad(**sv_kw) == _LAESBAR_SVAERHED(**sv_kw)
        assert s._hurtig_stratificer(**kw) == _LAESBAR_STRATIFICER(**kw)
        assert kompleksitet._hurtig_kompleksitet(**ko_kw) == vurder_kompleksitet(**ko_kw)
        assert _ny_stratificer()(**kw) == _LAESBAR_STRATIFICER(**kw)
    assert s._hurtig_stratificer(**kw).kompleksitetsvurdering.komplicerende_faktorer == tuple(
        list(KomplicerendeFaktor)[:3]
    )


class _Forklaedt:
    """Et fremmed objekt, der udgiver sig for at være NEDTRYKTHED (samme hash, lig med alt)."""

    def __hash__(self) -> int:
        return hash(Kernesymptom.NEDTRYKTHED)

    def __eq__(self, andet: object) -> bool:
        return True


class _LyvendeStr(str):
    __hash__ = str.__hash__

    def __eq__(self, andet: object) -> bool:
        return True


def test_forklaedte_elementer_afvises() -> None:
    """Den tidligere hurtige vej (`frozenset <= alle medlemmer`) tog imod et fremmed objekt,
    der lyver om lighed; nu genkendes medlemmer på id og navne kun som præcis str."""
    with pytest.raises(ForloebsreglerFejl):
        vurder_svaerhedsgrad(frozenset({_Forklaedt()}), frozenset())  # type: ignore[arg-type]
    with pytest.raises(ForloebsreglerFejl):
        stratificer(frozenset(), frozenset(), komplicerende=frozenset({_Forklaedt()}))  # type: ignore[arg-type]
    assert sv._hurtig_svaerhedsgrad([_LyvendeStr("NEDTRYKTHED")], []) is None


def test_engangsiterator_laeses_en_gang() -> None:
    """Den hurtige vej rører ikke en iterator; den læsbare vej får den ubrugt."""

    def gen() -> Iterator[Kernesymptom]:
        yield Kernesymptom.NEDTRYKTHED
        yield Kernesymptom.NEDSAT_LYST_ELLER_INTERESSE

    assert vurder_svaerhedsgrad(gen(), []).antal_kernesymptomer == 2
    assert stratificer(gen(), []).svaerhedsvurdering.antal_kernesymptomer == 2


_FORKERTE_KALD: list[tuple[tuple[Any, ...], dict[str, Any]]] = [
    ((), {}),
    ((), {"fortolkning": Fortolkning.ICD10}),
    (([],), {"fortolkning": Fortolkning.ICD10}),
    (([],), {}),
    (([], [], []), {}),
    (([], []), {"foo": 1}),
    (([],), {"kernesymptomer": []}),
    ((), {"kernesymptomer": [], "hoej_kompleksitet": None}),
    ((), {"komplicerende": [], "foo": 1}),
    (([], []), {"hoej_kompleksitet": 1}),  # 1 er ikke True
    (([], []), {"fortolkning": "ICD10"}),  # en læsning som tekst: den fulde vej
    (([], [], [], []), {}),
]


@pytest.mark.parametrize(("args", "kw"), _FORKERTE_KALD)
def test_forkerte_kaldeformer_gaar_den_fulde_vej(args: tuple[Any, ...], kw: dict[str, Any]) -> None:
    """Et kald med for få, for mange, dobbelte eller ukendte argumenter afgøres aldrig af den
    hurtige vej (den svarer None); den fulde vej giver så `ArgumentFejl`. Prøvet på de
    nybyggede veje og på dem, biblioteket bruger."""
    for ny, i_brug, offentlig in (
        (_ny_svaerhedsgrad, sv._hurtig_svaerhedsgrad, vurder_svaerhedsgrad),
        (_ny_stratificer, s._hurtig_stratificer, stratificer),
        (_ny_kompleksitet, kompleksitet._hurtig_kompleksitet, vurder_kompleksitet),
    ):
        forventet = i_brug(*args, **kw)
        if forventet is None:
            assert ny()(*args, **kw) is None
        else:  # fx vurder_kompleksitet([]) er et gyldigt kald
            assert ny()(*args, **kw) == forventet
        # med den offentlige funktion som `fuld` går kaldet uændret videre (samme ArgumentFejl)
        assert _udfald(ny(offentlig), kw, args) == _udfald(offentlig, kw, args)


@pytest.mark.parametrize("hoej", [True, False, None])
@pytest.mark.parametrize("fortolkning", list(Fortolkning))
def test_batchraekker_hvor_laesningerne_er_uenige(
    fortolkning: Fortolkning, hoej: bool | None
) -> None:
    """3 kerne- og 1 ledsagesymptom er let depression efter ICD-10 (i alt 4), men ikke efter
    Kap. 5's bogstavelige tal (kræver 2 ledsagesymptomer): batchrækkens hurtige vej (den i
    brug og en nybygget) skal bruge rækkens læsning og svare som den læsbare vej."""
    raekke: dict[str, Any] = {
        "kernesymptomer": list(Kernesymptom),
        "ledsagesymptomer": [next(iter(Ledsagesymptom))],
        "komplicerende": [next(iter(KomplicerendeFaktor))],
        "fortolkning": fortolkning,
        "hoej_kompleksitet": hoej,
    }
    forventet = s._stratificer_raekke(raekke)
    assert forventet["svaerhedsgrad"] == (
        "INGEN" if fortolkning is Fortolkning.BOGSTAVELIG else "LET"
    )
    assert s._hurtig_raekke(raekke) == forventet
    ny = _ny_raekke()
    assert ny(raekke) == forventet
    assert ny(raekke) == forventet
    # en anden række med andre faktorer bagefter: de gemte dele blandes ikke sammen
    anden = {**raekke, "komplicerende": [], "styrkende": list(StyrkendeFaktor)}
    assert ny(anden) == s._stratificer_raekke(anden)


def test_hele_enums_tager_den_hurtige_vej() -> None:
    """Alle medlemmer (og alle internerede navne) af hver enum på én gang er et almindeligt
    input — også for de nybyggede veje."""

    def medlemmer(e: type[Enum]) -> list[Any]:
        return list(e)

    def navne(e: type[Enum]) -> list[Any]:
        return [m.name for m in e]

    for elementer in (medlemmer, navne):
        kw: dict[str, Any] = {
            "kernesymptomer": elementer(Kernesymptom),
            "ledsagesymptomer": elementer(Ledsagesymptom),
            "komplicerende": elementer(KomplicerendeFaktor),
            "styrkende": elementer(StyrkendeFaktor),
        }
        sv_kw = {k: kw[k] for k in _SYMPTOMER}
        ko_kw = {k: kw[k] for k in _FAKTORER}
        for _ in range(2):
            assert _ny_svaerhedsgrad()(**sv_kw) == _LAESBAR_SVAERHED(**sv_kw)
            assert _ny_svaerhedsgrad()(*sv_kw.values()) == _LAESBAR_SVAERHED(**sv_kw)
            assert _ny_stratificer()(**kw) == _LAESBAR_STRATIFICER(**kw)
            assert _ny_kompleksitet()(**ko_kw) == vurder_kompleksitet(**ko_kw)
            assert _ny_raekke()(kw) == s._stratificer_raekke(kw)


def test_forkerte_argumenter_giver_stadig_argumentfejl() -> None:
    with pytest.raises(ArgumentFejl, match="vurder_svaerhedsgrad"):
        vurder_svaerhedsgrad([], [], foo=1)  # type: ignore[call-arg]
    with pytest.raises(ArgumentFejl, match="stratificer"):
        stratificer([])  # type: ignore[call-arg]


# --------------------------------------------------------------------------- konteksten


def _alt(r: Any) -> tuple[object, ...]:
    return (repr(r), str(r), r.til_dict(), r.til_json())


@settings(deadline=None, suppress_health_check=[HealthCheck.too_slow])  # profilens antal
@given(ctx=fjendtlige_kontekster(), kw=_blandet_stratificeringsinput())
def test_kalderens_kontekst_aendrer_ikke_svarene(ctx: decimal.Context, kw: dict[str, Any]) -> None:
    """Den hurtige vej skifter ikke kontekst; svarene er alligevel de samme som i
    standardkonteksten, og kalderens kontekst er urørt bagefter."""
    sv_kw = {k: kw[k] for k in ("kernesymptomer", "ledsagesymptomer", "fortolkning")}
    forventet = (_alt(vurder_svaerhedsgrad(**sv_kw)), _alt(stratificer(**kw)))
    foer = tilstand(ctx)
    gammel = decimal.getcontext()
    decimal.setcontext(ctx)
    try:
        faktisk = (_alt(vurder_svaerhedsgrad(**sv_kw)), _alt(stratificer(**kw)))
        assert decimal.getcontext() is ctx
    finally:
        decimal.setcontext(gammel)
    assert faktisk == forventet
    assert tilstand(ctx) == foer


@pytest.mark.parametrize(
    "felt", ["kernesymptomer", "ledsagesymptomer", "komplicerende", "styrkende"]
)
def test_lige_tal_af_forskellig_type_roerer_ikke_kalderens_kontekst(felt: str) -> None:
    """Decimal('-0') og -0.0 har samme hash; den hurtige vej må ikke sammenligne dem i
    kalderens kontekst (det satte dens FloatOperation-flag; fundet af test_kontrakt)."""
    kw: dict[str, Any] = {"kernesymptomer": [], "ledsagesymptomer": []}
    kw[felt] = [decimal.Decimal("-0"), -0.0]
    with decimal.localcontext(decimal.Context(flags=[], traps=[])) as ctx:
        with pytest.raises(ForloebsreglerFejl):
            stratificer(**kw)
        assert not any(ctx.flags.values())


# ------------------------------------------------------------ gemte svar (`Svarlager`, lister)
# Et kald med lister eller tupler, der er set før, slås op som helhed på elementernes id'er
# eller navne med `None` mellem samlingerne. Naboerne nedenfor er lavet til at ramme en gemt
# nøgle forkert, hvis den var forkert bygget: et element flyttet over grænsen til den næste
# samling, et `None` sat ind, et navn kopieret, en liste gjort til en tupel, to samlinger
# byttet om. Hver nabo skal stadig svare som den læsbare regel.

_SAMLINGSNAVNE = ("kernesymptomer", "ledsagesymptomer", "komplicerende", "styrkende")


@st.composite
def _nabo(draw: st.DrawFn, kw: dict[str, Any]) -> dict[str, Any]:
    navne = [n for n in _SAMLINGSNAVNE if n in kw]
    ny = {n: list(kw[n]) if isinstance(kw[n], list | tuple) else kw[n] for n in kw}
    lister = [n for n in navne if isinstance(ny[n], list)]
    if not lister:
        return ny
    n = draw(st.sampled_from(lister))
    maade = draw(st.sampled_from(["flyt", "none", "kopi", "tupel", "byt", "tom"]))
    if maade == "flyt" and ny[n] and navne.index(n) + 1 < len(navne):
        naeste = navne[navne.index(n) + 1]
        if isinstance(ny[naeste], list):
            ny[naeste] = [ny[n].pop(), *ny[naeste]]
    elif maade == "none":
        ny[n] = [*ny[n], None]
    elif maade == "kopi":
        ny[n] = [_kopi(e) if isinstance(e, Enum) else "".join(list(e)) for e in ny[n]]
    elif maade == "tupel":
        ny[n] = tuple(ny[n])
    elif maade == "byt" and len(lister) > 1:
        andet = draw(st.sampled_from([m for m in lister if m != n]))
        ny[n], ny[andet] = ny[andet], ny[n]
    elif maade == "tom":
        ny[n] = []
    return ny


@st.composite
def _med_naboer(draw: st.DrawFn, grund: st.SearchStrategy[dict[str, Any]]) -> list[dict[str, Any]]:
    kw = draw(grund)
    return [kw, *draw(st.lists(_nabo(kw), min_size=1, max_size=4))]


def _listeinput(kw: dict[str, Any]) -> dict[str, Any]:
    """`kw` med samlingerne som lister (den form, de gemte svar gælder for)."""
    return {n: list(v) if n in _SAMLINGSNAVNE else v for n, v in kw.items()}


@settings(max_examples=2 * settings.default.max_examples, deadline=None)  # 60 (lokal/ci)
@given(kws=_med_naboer(_blandet_svaerhedsinput().map(_listeinput)))
def test_gemte_svaerhedsvurderinger_som_laesbar(kws: list[dict[str, Any]]) -> None:
    """Den samme hurtige vej (med tomme lagre) kaldt to gange med hvert input og dets naboer:
    hvert svar og hver fejl er den læsbare regels."""
    ny = _ny_svaerhedsgrad(_LAESBAR_SVAERHED)
    for kw in kws + kws:
        args = (kw["kernesymptomer"], kw["ledsagesymptomer"])
        resten = {k: v for k, v in kw.items() if k not in _SYMPTOMER}
        assert _udfald(ny, resten, args) == _udfald(_LAESBAR_SVAERHED, kw)
        assert _udfald(vurder_svaerhedsgrad, resten, args) == _udfald(_LAESBAR_SVAERHED, kw)


@settings(max_examples=2 * settings.default.max_examples, deadline=None)  # 60 (lokal/ci)
@given(kws=_med_naboer(_blandet_stratificeringsinput().map(_listeinput)))
def test_gemte_stratificeringer_som_laesbar(kws: list[dict[str, Any]]) -> None:
    ny = _ny_stratificer(_LAESBAR_STRATIFICER)
    for kw in kws + kws:
        args = (kw["kernesymptomer"], kw["ledsagesymptomer"])
        resten = {k: v for k, v in kw.items() if k not in _SYMPTOMER}
        forventet = _udfald(_LAESBAR_STRATIFICER, kw)
        assert _udfald(ny, resten, args) == forventet
        assert _udfald(stratificer, resten, args) == forventet
        if forventet[0] == "svar":
            assert ny(*args, **resten).til_json() == forventet[1].til_json()


@settings(max_examples=2 * settings.default.max_examples, deadline=None)  # 60 (lokal/ci)
@given(raekker=_med_naboer(_blandet_stratificeringsinput().map(_listeinput)))
def test_gemte_batchposter_som_laesbar(raekker: list[dict[str, Any]]) -> None:
    """Batchrækker med naboer, to gange: hver post er den læsbare rækkes, og hver post er sin
    egen `dict` (at ændre én ændrer ikke de gemte)."""
    ny = _ny_raekke()
    for raekke in raekker + raekker:
        try:
            forventet: dict[str, Any] | None = s._stratificer_raekke(raekke)
        except ForloebsreglerFejl:
            forventet = None
        post = ny(raekke)
        if post is not None:
            assert post == forventet
            post["niveau"] = "ændret af kalderen"
    poster = stratificer_mange(raekker + raekker)
    assert len({id(p) for p in poster}) == len(poster)
    for raekke, post in zip(raekker + raekker, poster, strict=True):
        try:
            assert post == s._stratificer_raekke(raekke)
        except ForloebsreglerFejl:
            assert post["fejl"] is not None


def test_et_element_over_graensen_er_stadig_en_fejl() -> None:
    """[NEDTRYKTHED, NEDSAT_LYST_ELLER_INTERESSE] + [SOEVNFORSTYRRELSER] er gemt; med
    NEDSAT_LYST_ELLER_INTERESSE flyttet over i ledsagesymptomerne står der de samme
    elementer i samme rækkefølge, men et kernesymptom i ledsagesymptomerne er en fejl (Kap. 5
    skelner de to lister). Ligeså et None i en liste."""
    a, b = Kernesymptom.NEDTRYKTHED, Kernesymptom.NEDSAT_LYST_ELLER_INTERESSE
    soevn = Ledsagesymptom.SOEVNFORSTYRRELSER
    for form in (lambda m: m, lambda m: m.name, _kopi):
        k, ledsag = [form(a), form(b)], [form(soevn)]
        for funktion in (_ny_svaerhedsgrad(_LAESBAR_SVAERHED), vurder_svaerhedsgrad):
            for _ in range(2):
                assert funktion(k, ledsag).antal_kernesymptomer == 2
                assert funktion(k, ledsag).antal_ledsagesymptomer == 1
            with pytest.raises(ForloebsreglerFejl, match="ledsagesymptomer"):
                funktion([form(a)], [form(b), form(soevn)])
            with pytest.raises(ForloebsreglerFejl):
                funktion([*k, None], ledsag)
        for funktion in (_ny_stratificer(_LAESBAR_STRATIFICER), stratificer):
            for _ in range(2):
                assert funktion(k, ledsag, komplicerende=[], styrkende=[]).afgjort is True
            with pytest.raises(ForloebsreglerFejl):
                funktion(k, [], komplicerende=ledsag, styrkende=[])


def test_lagrene_er_begraensede(monkeypatch: pytest.MonkeyPatch) -> None:
    """Højst `HOEJST_GEMTE` gemte svar i hvert lager; derefter gemmes intet nyt, og svarene
    er de samme."""
    import forloebsregler._stratificering_hurtig as hurtig

    monkeypatch.setattr(hurtig, "HOEJST_GEMTE", 2)
    tabeller = _nye_tabeller()
    lagre: list[hurtig.Svarlager[Any]] = [hurtig.Svarlager() for _ in range(3)]
    ny_sv = lav_hurtig_svaerhedsgrad(sv._SVAERHED_HURTIG, *tabeller[:2], lagre[0])(
        _LAESBAR_SVAERHED
    )
    ny_st = lav_hurtig_stratificer(s._STRATADELE, s._ny_stratificering, *tabeller, lagre[1])(
        _LAESBAR_STRATIFICER
    )
    ny_r = lav_hurtig_raekke(
        s._STRATADELE, kompleksitet.kompleksitet_for, *tabeller, s._BATCH_NOEGLER, lagre[2]
    )
    kerner = [
        [],
        [Kernesymptom.NEDTRYKTHED],
        list(Kernesymptom),
        ["NEDTRYKTHED"],
        list(reversed(Kernesymptom)),
        [_kopi(Kernesymptom.NEDTRYKTHED)],
        ["NEDTRYKTHED", "NEDSAT_LYST_ELLER_INTERESSE"],
    ]
    for _ in range(2):
        for k in kerner:
            ledsag = list(Ledsagesymptom)[:3]
            if k and isinstance(k[0], str):  # navne i begge lister
                ledsag = [_kopi(m) for m in ledsag]
            kw = {"kernesymptomer": k, "ledsagesymptomer": ledsag}
            assert ny_sv(*kw.values()) == _LAESBAR_SVAERHED(**kw)
            assert ny_st(*kw.values(), styrkende=[]) == _LAESBAR_STRATIFICER(**kw)
            assert ny_r({**kw, "styrkende": []}) == s._stratificer_raekke(kw)
    for lager in lagre:
        assert (len(lager.fra_ider), len(lager.fra_navne)) == (2, 2)


def test_samme_lister_giver_samme_resultatobjekt() -> None:
    """Resultaterne er frosne, så et kald med de samme lister (medlemmer eller navne) to gange
    giver det gemte objekt anden gang."""
    for form in (lambda m: m, lambda m: m.name, _kopi):
        kw: dict[str, Any] = {
            "komplicerende": [form(KomplicerendeFaktor.ALVORLIGT_MISBRUG)],
            "styrkende": [],
            "hoej_kompleksitet": False,
        }
        args = ([form(Kernesymptom.NEDTRYKTHED)], [form(m) for m in Ledsagesymptom])
        for funktion in (_ny_stratificer(), stratificer):
            assert funktion(*args, **kw) is funktion(*args, **kw)


def test_en_raekke_uden_symptomliste_tages_ikke_af_den_hurtige_vej() -> None:
    """En manglende eller ikke oplyst symptomliste er en fejl i batchen (aldrig en tom
    liste): den hurtige række svarer None, og batchen giver fejlposten."""
    for raekke in (
        {"ledsagesymptomer": []},
        {"kernesymptomer": None, "ledsagesymptomer": []},
        {"kernesymptomer": [], "ledsagesymptomer": ""},
    ):
        assert s._hurtig_raekke(raekke) is None
        assert _ny_raekke()(raekke) is None
        (post,) = stratificer_mange([raekke])
        assert post["niveau"] is None
        assert "ikke oplyst" in post["fejl"]


def test_forklaedte_elementer_rammer_ikke_et_gemt_svar() -> None:
    """Et fremmed objekt med NEDTRYKTHEDs hash, der er lig med alt, må ikke ramme det gemte
    svar for en liste med navnet to gange: navnenøglen slås kun op, når hvert element er et
    præcist `str` (eller `None`)."""
    navn = "NEDTRYKTHED"
    for funktion in (_ny_svaerhedsgrad(_LAESBAR_SVAERHED), vurder_svaerhedsgrad):
        for _ in range(2):
            assert funktion([navn, navn], []).antal_kernesymptomer == 1
        with pytest.raises(ForloebsreglerFejl):
            funktion([navn, _Forklaedt()], [])
    for funktion in (_ny_stratificer(_LAESBAR_STRATIFICER), stratificer):
        for _ in range(2):
            assert funktion([navn, navn], []).svaerhedsvurdering.antal_kernesymptomer == 1
        with pytest.raises(ForloebsreglerFejl):
            funktion([navn, _Forklaedt()], [])
    raekke: dict[str, Any] = {"kernesymptomer": [navn, navn], "ledsagesymptomer": []}
    ny_raekke = _ny_raekke()
    for _ in range(2):
        assert ny_raekke(raekke) == s._stratificer_raekke(raekke)
    forklaedt = {**raekke, "kernesymptomer": [navn, _Forklaedt()]}
    assert ny_raekke(forklaedt) is None
    (post,) = stratificer_mange([raekke, forklaedt])[1:]
    assert post["fejl"] is not None


# Tests fra mutationstesten efter issue 18: hvad lagrene faktisk gemmer og slår op.

_K1, _L1 = Kernesymptom.NEDTRYKTHED, Ledsagesymptom.SOEVNFORSTYRRELSER


def _former() -> list[tuple[str, list[Any], list[Any]]]:
    """Listepar, der hver især skal gemmes i et bestemt lager: hele enums som medlemmer, et
    medlem foran lutter internerede navne (id-nøgle), lutter navne, kopierede navne i den
    ene liste og en tom anden liste (navnenøgle), og to tomme lister."""
    return [
        ("id", list(Kernesymptom), list(Ledsagesymptom)),
        ("id", [_K1], [m.name for m in Ledsagesymptom]),
        ("navn", [m.name for m in Kernesymptom], [_kopi(m) for m in Ledsagesymptom]),
        ("navn", [_kopi(_K1)], []),
        ("navn", [], [_kopi(_L1)]),
        ("id", [], []),
    ]


def _noegle(slags: str, lister: tuple[list[Any], ...], *ekstra: object) -> tuple[object, ...]:
    """`Svarlager`-nøglen (se modulets docstring): elementerne med None mellem listerne."""
    elementer: list[object] = []
    for i, liste in enumerate(lister):
        elementer += [None, *liste] if i else list(liste)
    return (*(elementer if slags == "navn" else map(id, elementer)), *ekstra)


def test_svaerhedsvurderingen_gemmes_under_sin_noegle() -> None:
    """Et kald med to lister gemmer parret af svarene under begge læsninger under listernes
    nøgle i det rette lager — også når en liste er hele enum'en — og svarer som den
    læsbare regel."""
    import forloebsregler._stratificering_hurtig as hurtig

    for slags, k, ledsag in _former():
        lager: hurtig.Svarlager[Any] = hurtig.Svarlager()
        kerne, ledsage, _, _ = _nye_tabeller()
        ny = lav_hurtig_svaerhedsgrad(sv._SVAERHED_HURTIG, kerne, ledsage, lager)(ingen)
        icd, bogst = ny(k, ledsag), ny(k, ledsag, fortolkning=Fortolkning.BOGSTAVELIG)
        assert icd == _LAESBAR_SVAERHED(k, ledsag)
        assert bogst == _LAESBAR_SVAERHED(k, ledsag, fortolkning=Fortolkning.BOGSTAVELIG)
        gemt = lager.fra_navne if slags == "navn" else lager.fra_ider
        andet = lager.fra_ider if slags == "navn" else lager.fra_navne
        assert gemt == {_noegle(slags, (k, ledsag)): (icd, bogst)}, (k, ledsag)
        assert andet == {}


def test_stratificeringen_og_batchposten_gemmes_under_deres_noegle() -> None:
    """Som ovenfor for `stratificer` (også uden `styrkende`: standardværdien er en tom liste)
    og batchrækken (lageret har en kopi af posten)."""
    import forloebsregler._stratificering_hurtig as hurtig

    for slags, k, ledsag in _former():
        kw: dict[str, Any] = {"kernesymptomer": k, "ledsagesymptomer": ledsag}
        noegle = _noegle(slags, (k, ledsag, [], []), None, False)
        lager: hurtig.Svarlager[Any] = hurtig.Svarlager()
        ny = lav_hurtig_stratificer(s._STRATADELE, s._ny_stratificering, *_nye_tabeller(), lager)(
            ingen
        )
        r = ny(k, ledsag, komplicerende=[])
        assert r == _LAESBAR_STRATIFICER(**kw)
        gemt = lager.fra_navne if slags == "navn" else lager.fra_ider
        assert gemt == {noegle: r}, (k, ledsag)
        assert len(lager.fra_ider) + len(lager.fra_navne) == 1

        rlager: hurtig.Svarlager[Any] = hurtig.Svarlager()
        ny_r = lav_hurtig_raekke(
            s._STRATADELE, kompleksitet.kompleksitet_for, *_nye_tabeller(), s._BATCH_NOEGLER, rlager
        )
        post = ny_r(dict(kw))
        assert post == s._stratificer_raekke(kw)
        rgemt = rlager.fra_navne if slags == "navn" else rlager.fra_ider
        assert rgemt == {noegle: post}, (k, ledsag)
        assert rgemt[noegle] is not post
        assert len(rlager.fra_ider) + len(rlager.fra_navne) == 1


def test_et_gemt_svar_slaas_op_og_bruges() -> None:
    """Et kald med lister, der er set før, er ét opslag: det gemte svar gives uden at blive
    regnet igen (her et kunstigt svar lagt i lageret på forhånd)."""
    import forloebsregler._stratificering_hurtig as hurtig

    for slags, k in (("id", [_K1]), ("navn", ["NEDTRYKTHED"])):
        lager: hurtig.Svarlager[Any] = hurtig.Svarlager()
        gemt = lager.fra_navne if slags == "navn" else lager.fra_ider
        gemt[_noegle(slags, (k, []))] = ("ICD-10-svaret", "det bogstavelige svar")
        kerne, ledsage, _, _ = _nye_tabeller()
        ny = lav_hurtig_svaerhedsgrad(sv._SVAERHED_HURTIG, kerne, ledsage, lager)(ingen)
        assert ny(k, []) == "ICD-10-svaret"
        assert ny(k, [], fortolkning=Fortolkning.BOGSTAVELIG) == "det bogstavelige svar"

        rlager: hurtig.Svarlager[Any] = hurtig.Svarlager()
        rgemt = rlager.fra_navne if slags == "navn" else rlager.fra_ider
        kunstig = {"gemt": True}
        rgemt[_noegle(slags, (k, [], [], []), None, False)] = kunstig
        ny_r = lav_hurtig_raekke(
            s._STRATADELE, kompleksitet.kompleksitet_for, *_nye_tabeller(), s._BATCH_NOEGLER, rlager
        )
        post = ny_r({"kernesymptomer": k, "ledsagesymptomer": []})
        assert post == {"gemt": True}
        assert post is not kunstig


def test_navnelageret_er_begraenset(monkeypatch: pytest.MonkeyPatch) -> None:
    """Tre forskellige lister af navne med `HOEJST_GEMTE` = 1: kun det første svar gemmes."""
    import forloebsregler._stratificering_hurtig as hurtig

    monkeypatch.setattr(hurtig, "HOEJST_GEMTE", 1)
    lager: hurtig.Svarlager[Any] = hurtig.Svarlager()
    kerne, ledsage, _, _ = _nye_tabeller()
    ny = lav_hurtig_svaerhedsgrad(sv._SVAERHED_HURTIG, kerne, ledsage, lager)(ingen)
    for k in (
        ["NEDTRYKTHED"],
        ["NEDTRYKTHED", "NEDSAT_ENERGI_ELLER_OEGET_TRAETHED"],
        ["NEDSAT_ENERGI_ELLER_OEGET_TRAETHED"],
    ):
        assert ny(k, []) == _LAESBAR_SVAERHED(k, [])
    assert list(lager.fra_navne) == [("NEDTRYKTHED", None)]


@pytest.mark.parametrize("form", [set, frozenset])
@pytest.mark.parametrize("fortolkning", list(Fortolkning))
def test_maengder_under_begge_laesninger(form: Callable[[Any], Any], fortolkning: Any) -> None:
    """Mængder går uden om lagrene (`Medlemstabel.maengde`); svaret skal stadig følge
    læsningen for hver tælling (læsningerne er uenige ved fx 1 kerne- og 3 ledsagesymptomer)."""
    ny = _ny_svaerhedsgrad()
    for nk in range(len(Kernesymptom) + 1):
        for nl in range(len(Ledsagesymptom) + 1):
            k, ledsag = list(Kernesymptom)[:nk], list(Ledsagesymptom)[:nl]
            forventet = _LAESBAR_SVAERHED(k, ledsag, fortolkning=fortolkning)
            assert ny(form(k), form(ledsag), fortolkning=fortolkning) == forventet


def test_symptomlister_som_noegleord_tager_den_hurtige_vej() -> None:
    """`stratificer(kernesymptomer=..., ledsagesymptomer=...)` bindes efter navn og afgøres
    af den hurtige vej (med `ingen` som fuld vej ville et videresendt kald give None)."""
    kw: dict[str, Any] = {"kernesymptomer": [_K1], "ledsagesymptomer": [_L1]}
    assert _ny_stratificer()(**kw) == _LAESBAR_STRATIFICER(**kw)
    assert _ny_svaerhedsgrad()(**kw) == _LAESBAR_SVAERHED(**kw)


# Gennemgang af 889e2fc (issue 18): den hurtige række tjekker de kendte nøgler med
# `frozenset.issuperset` i stedet for `r.keys() <= noegler`.


class _SkroebeligNoegle:
    """En ukendt kolonne, hvis `__hash__` virker `gange` gange og derefter fejler (et objekt,
    der ikke tåler at blive slået op igen og igen); `str` er »kolonne«."""

    def __init__(self, gange: int) -> None:
        self.tilbage = gange
        self.kald = 0

    def __hash__(self) -> int:
        self.kald += 1
        if self.tilbage == 0:
            raise RuntimeError("hash fejler")
        self.tilbage -= 1
        return 1

    def __str__(self) -> str:
        return "kolonne"


def _raekke_med_syv_noegler(noegle: object) -> dict[object, Any]:
    """De seks kendte nøgler (gyldige værdier) og en ukendt nøgle: syv nøgler i alt."""
    return {
        "kernesymptomer": [],
        "ledsagesymptomer": [],
        "komplicerende": [],
        "styrkende": [],
        "hoej_kompleksitet": None,
        "fortolkning": Fortolkning.ICD10,
        noegle: 1,
    }


def test_raekke_med_flere_noegler_end_de_kendte_slaas_ikke_op_af_den_hurtige_vej() -> None:
    """En række med flere nøgler end de seks kendte har mindst én ukendt nøgle; den hurtige vej
    svarer None uden at køre nøglernes `__hash__` (sådan var det ved 3810283, hvor
    `r.keys() <= noegler` sammenlignede længderne først). Den læsbare vej melder så den ukendte
    nøgle (»ukendte nøgler kolonne«) efter to opslag af nøglen — en nøgle, hvis hash tåler
    indsættelsen og de to opslag, giver fejlposten og ikke en RuntimeError ud af batchen."""
    noegle = _SkroebeligNoegle(3)
    raekke = _raekke_med_syv_noegler(noegle)  # indsættelsen er første kald
    assert noegle.kald == 1
    assert _ny_raekke()(raekke) is None
    assert noegle.kald == 1  # den hurtige vej kørte ikke nøglens hash

    noegle = _SkroebeligNoegle(3)
    (post,) = stratificer_mange([_raekke_med_syv_noegler(noegle)])
    assert post["fejl"] == (
        "række 1: raekke: ukendte nøgler kolonne; accepterer fortolkning, hoej_kompleksitet, "
        "kernesymptomer, komplicerende, ledsagesymptomer, styrkende"
    )
    assert post["niveau"] is None and post["begrundelse"] is None
