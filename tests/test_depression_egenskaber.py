"""Egenskaber for depressionsprogrammets øvrige regler (Hypothesis)."""

from __future__ import annotations

from decimal import Decimal

from hypothesis import given
from hypothesis import strategies as st

from forloebsregler import (
    Afgoerelse,
    KontaktpersonLaesning,
    Rehabiliteringselement,
    Svaerhedsgrad,
    beregn_rehabiliteringsudgift,
    kommunal_rehabilitering,
    koordinerende_kontaktperson,
    vurder_phq2,
)

tri = st.sampled_from([True, False, None])


@given(tri, tri, tri, tri, tri, tri, st.sampled_from(KontaktpersonLaesning))
def test_kontaktperson_gaetter_aldrig(
    diag: bool | None,
    kompleks: bool | None,
    arbejde: bool | None,
    jobcenter: bool | None,
    psyk: bool | None,
    i_psyk: bool | None,
    laesning: KontaktpersonLaesning,
) -> None:
    r = koordinerende_kontaktperson(
        diag,
        komplekse_behov=kompleks,
        indsatser_paa_arbejdsmarkedsomraadet=arbejde,
        kontakt_jobcenter=jobcenter,
        kontakt_lokalpsykiatri=psyk,
        i_behandling_i_psykiatrien=i_psyk,
        laesning=laesning,
    )
    assert r.kilder and r.begrundelse
    if diag is False:
        assert r.tilbydes is Afgoerelse.IKKE_OPFYLDT
    if r.tilbydes is Afgoerelse.OPFYLDT:
        assert diag is True
    # et ukendt faktum gør aldrig et nej til et ja, og omvendt
    kendt = koordinerende_kontaktperson(
        True if diag is None else diag,
        komplekse_behov=True if kompleks is None else kompleks,
        indsatser_paa_arbejdsmarkedsomraadet=True if arbejde is None else arbejde,
        kontakt_jobcenter=True if jobcenter is None else jobcenter,
        kontakt_lokalpsykiatri=True if psyk is None else psyk,
        laesning=laesning,
    )
    if r.tilbydes is not Afgoerelse.KAN_IKKE_AFGOERES:
        assert kendt.tilbydes is r.tilbydes


@given(st.sampled_from(Svaerhedsgrad), tri)
def test_rehabilitering_kun_let_og_moderat(grad: Svaerhedsgrad, i_psyk: bool | None) -> None:
    r = kommunal_rehabilitering(grad, behandles_i_psykiatrien=i_psyk)
    if r.tilbydes is Afgoerelse.OPFYLDT:
        assert grad in (Svaerhedsgrad.LET, Svaerhedsgrad.MODERAT) and i_psyk is False


elementer = st.builds(
    Rehabiliteringselement,
    st.just("element"),
    st.integers(1, 30),
    st.integers(0, 5),
    st.decimals(0, 100, places=2),
)


@given(st.lists(elementer, min_size=1, max_size=6), st.decimals(0, 2000, places=2))
def test_udgiften_er_summen_af_oereafrundede_linjer(
    liste: list[Rehabiliteringselement], timepris: Decimal
) -> None:
    r = beregn_rehabiliteringsudgift(timepris, liste)
    assert r.i_alt_pr_borger == sum(linje.udgift_pr_borger for linje in r.linjer)
    for linje in r.linjer:
        assert linje.udgift_pr_borger == linje.udgift_pr_borger.quantize(Decimal("0.01"))
        e = linje.element
        praecis = e.sundhedsprofessionelle * e.timer_pr_medarbejder * timepris / e.deltagere
        assert abs(linje.udgift_pr_borger - praecis) <= Decimal("0.005")


@given(st.integers(0, 6), st.integers(0, 6))
def test_phq2_er_monoton(score: int, taerskel: int) -> None:
    r = vurder_phq2(score, taerskel=taerskel)
    assert r.tegn_paa_depression == (score >= taerskel)
    if score < 6:
        assert (
            vurder_phq2(score + 1, taerskel=taerskel).tegn_paa_depression >= r.tegn_paa_depression
        )
