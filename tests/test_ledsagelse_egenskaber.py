"""Hypothesis-egenskaber for dækningsvurderingen af ledsagelse."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from forloebsregler.ledsagelse import Daekning, omfattet_af_aftalen
from forloebsregler.testing.ledsagelse import daekningsinput

FELTER = (
    "folkeregisteradresse_i_syddanmark",
    "sygehus_i_syddanmark",
    "i_maalgruppen",
    "kommunen_i_kontakt",
    "paaroerende_kan_foelge",
    "barn",
    "foraeldre_kan_daekke_behovet",
    "respirator",
    "behandling_i_eget_hjem",
)


@given(daekningsinput())
def test_svaret_folger_grunde_og_ukendte(felter: dict[str, bool | None]) -> None:
    v = omfattet_af_aftalen(**felter)
    if v.grunde:
        assert v.omfattet is Daekning.IKKE_OPFYLDT
    elif v.ukendte:
        assert v.omfattet is Daekning.KAN_IKKE_AFGOERES
    else:
        assert v.omfattet is Daekning.OPFYLDT
    assert v.kilder and str(v) == v.begrundelse


@given(daekningsinput(), st.sampled_from(FELTER))
def test_at_oplyse_et_ukendt_forhold_fjerner_ingen_grund(
    felter: dict[str, bool | None], felt: str
) -> None:
    foer = omfattet_af_aftalen(**felter)
    if felter[felt] is None:
        for vaerdi in (True, False):
            efter = omfattet_af_aftalen(**{**felter, felt: vaerdi})
            if felt != "barn":
                assert set(foer.grunde) <= set(efter.grunde)
            # For et barn afgør børneafsnittet, for andre pårørendebetingelsen (LED-18), så
            # grundene skifter, når det oplyses, om borgeren er et barn; svaret gør ikke.
            if foer.omfattet is not Daekning.KAN_IKKE_AFGOERES:
                assert efter.omfattet is foer.omfattet
