"""Det fælles svar og dets kombinatorer (forloebsregler.svar)."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from forloebsregler import ForloebsreglerFejl
from forloebsregler.svar import Svar, eller, ja_nej, og, samlet, som_bool
from forloebsregler.testing import ja_nej_ukendt, svarled

# De offentlige strategier (forloebsregler.testing): en oplysning (True, False, None) og et led
# til og/eller (en oplysning eller et Svar).
_OPLYSNING = ja_nej_ukendt()
_LED = svarled()


def test_de_fire_gamle_navne_er_det_samme_svar() -> None:
    import forloebsregler
    from forloebsregler.genoptraening import Genoptraeningsudfald
    from forloebsregler.ledsagelse import Daekning
    from forloebsregler.stratificering import Afgoerelse

    assert Afgoerelse is Svar and Daekning is Svar and Genoptraeningsudfald is Svar
    assert forloebsregler.Opfyldelse is Svar
    assert [s.name for s in Svar] == [
        "OPFYLDT",
        "IKKE_OPFYLDT",
        "KAN_IKKE_AFGOERES",
        "UDEN_FOR_MAALGRUPPEN",
    ]


def test_ja_nej() -> None:
    assert ja_nej(True) is Svar.OPFYLDT
    assert ja_nej(False) is Svar.IKKE_OPFYLDT
    assert ja_nej(None) is Svar.KAN_IKKE_AFGOERES


@pytest.mark.parametrize("vaerdi", [1, 0, "ja", "", [], Svar.OPFYLDT])
def test_ja_nej_gaetter_ikke_paa_andre_vaerdier(vaerdi: object) -> None:
    with pytest.raises(ForloebsreglerFejl, match="accepterer True, False eller None"):
        ja_nej(vaerdi)  # type: ignore[arg-type]


@given(st.lists(_OPLYSNING, max_size=6))
def test_og_over_oplysninger(led: list[bool | None]) -> None:
    # et nej afgør sagen; ellers gør et ukendt svaret ukendt; ellers (også uden led) opfyldt
    if False in led:
        forventet = Svar.IKKE_OPFYLDT
    elif None in led:
        forventet = Svar.KAN_IKKE_AFGOERES
    else:
        forventet = Svar.OPFYLDT
    assert og(*led) is forventet


@given(st.lists(_LED, max_size=6), st.randoms(use_true_random=False))
def test_og_afhaenger_ikke_af_raekkefoelgen(led: list[bool | Svar | None], rng: object) -> None:
    blandet = list(led)
    rng.shuffle(blandet)  # type: ignore[attr-defined]
    assert og(*led) is og(*blandet)


@given(st.lists(_LED, max_size=6))
def test_og_uden_for_maalgruppen(led: list[bool | Svar | None]) -> None:
    svar = og(*led, Svar.UDEN_FOR_MAALGRUPPEN)
    nej = False in led or Svar.IKKE_OPFYLDT in led
    assert svar is (Svar.IKKE_OPFYLDT if nej else Svar.UDEN_FOR_MAALGRUPPEN)


@pytest.mark.parametrize("vaerdi", [1, "nej", 0.0])
def test_og_afviser_andet_end_oplysninger_og_svar(vaerdi: object) -> None:
    with pytest.raises(ForloebsreglerFejl, match=r"svar\[1\]"):
        og(True, vaerdi)  # type: ignore[arg-type]


@given(st.lists(st.text(max_size=3), max_size=3), st.lists(st.text(max_size=3), max_size=3))
def test_samlet(grunde: list[str], ukendte: list[str]) -> None:
    forventet = Svar.IKKE_OPFYLDT if grunde else Svar.KAN_IKKE_AFGOERES if ukendte else Svar.OPFYLDT
    assert samlet(grunde, ukendte) is forventet
    assert samlet(tuple(grunde), frozenset(ukendte)) is forventet


@pytest.mark.parametrize("vaerdi", [None, 3, "grund"])
def test_samlet_afviser_andet_end_samlinger(vaerdi: object) -> None:
    with pytest.raises(ForloebsreglerFejl, match="grunde"):
        samlet(vaerdi, [])  # type: ignore[arg-type]


@given(st.lists(_OPLYSNING, max_size=6))
def test_eller_over_oplysninger(led: list[bool | None]) -> None:
    # et ja afgør sagen; ellers gør et ukendt svaret ukendt; ellers (også uden led) ikke opfyldt
    if True in led:
        forventet = Svar.OPFYLDT
    elif None in led:
        forventet = Svar.KAN_IKKE_AFGOERES
    else:
        forventet = Svar.IKKE_OPFYLDT
    assert eller(*led) is forventet


@given(st.lists(_OPLYSNING, min_size=1, max_size=6))
def test_de_morgan(led: list[bool | None]) -> None:
    # ikke (a og b) = (ikke a) eller (ikke b), med ukendt som ukendt
    ikke = [None if v is None else not v for v in led]
    assert som_bool(og(*led)) == _ikke(som_bool(eller(*ikke)))


def _ikke(v: bool | None) -> bool | None:
    return None if v is None else not v


def test_som_bool_er_det_omvendte_af_ja_nej() -> None:
    for v in (True, False, None):
        assert som_bool(ja_nej(v)) is v
    assert som_bool(Svar.UDEN_FOR_MAALGRUPPEN) is None
    with pytest.raises(ForloebsreglerFejl, match="accepterer et Svar"):
        som_bool(True)  # type: ignore[arg-type]


def test_fejlene_navngiver_argument_og_vaerdi() -> None:
    from forloebsregler import ForloebsreglerFejl as F

    with pytest.raises(F) as info:
        ja_nej(5)  # type: ignore[arg-type]
    assert (info.value.argument, info.value.vaerdi) == ("vaerdi", 5)
    assert (
        str(info.value)
        == "vaerdi: fik 5 (type int); accepterer True, False eller None (ikke oplyst)"
    )
    with pytest.raises(F) as info:
        og(True, None, "x")  # type: ignore[arg-type]
    assert (info.value.argument, info.value.vaerdi) == ("svar[2]", "x")
    assert (
        str(info.value) == "svar[2]: fik 'x' (type str); accepterer True, False, None eller et Svar"
    )
    with pytest.raises(F) as info:
        eller(Svar.OPFYLDT, 1)  # type: ignore[arg-type]
    assert info.value.argument == "svar[1]"
    with pytest.raises(F) as info:
        som_bool("OPFYLDT")  # type: ignore[arg-type]
    assert (info.value.argument, info.value.vaerdi) == ("svar", "OPFYLDT")
    assert str(info.value) == "svar: fik 'OPFYLDT' (type str); accepterer et Svar"
    for grunde, ukendte, navn, vaerdi in (("x", [], "grunde", "x"), ([], 7, "ukendte", 7)):
        with pytest.raises(F) as info:
            samlet(grunde, ukendte)  # type: ignore[arg-type]
        assert (info.value.argument, info.value.vaerdi) == (navn, vaerdi)
        assert str(info.value) == (
            f"{navn}: fik {vaerdi!r} (type {type(vaerdi).__name__}); "
            "accepterer en liste, tuple eller mængde"
        )


def test_et_svar_i_og_og_eller_bruges_som_det_er() -> None:
    assert og(Svar.UDEN_FOR_MAALGRUPPEN) is Svar.UDEN_FOR_MAALGRUPPEN
    assert eller(Svar.KAN_IKKE_AFGOERES, False) is Svar.KAN_IKKE_AFGOERES
    assert og(Svar.OPFYLDT, True) is Svar.OPFYLDT
