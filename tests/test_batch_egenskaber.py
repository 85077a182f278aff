"""Egenskaber ved batchkontrakten (Hypothesis): batchen giver enkeltkaldets svar, og en dårlig
række ændrer ikke de andre rækkers svar."""

from __future__ import annotations

import math
from datetime import UTC, datetime, timedelta
from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

import forloebsregler as f
from forloebsregler import batch
from forloebsregler.takster import TAKSTER_2019
from forloebsregler.testing import (
    batchraekker,
    behandlingstimer,
    janej_celler,
    kanttidspunkter,
    varigheder,
)

# Rækkerne ligger i 2018–2026; tabellen gælder derfor udtrykkeligt uanset dato (issue 16).
ALLE_DATOER = TAKSTER_2019.uden_datograense()


def _reel(t: datetime, varighed: timedelta) -> datetime:
    return (t.astimezone(UTC) + varighed).astimezone(t.tzinfo)


# De offentlige strategier (forloebsregler.testing): ledsagelsesrækker som batchen får dem
# (tidspunkter eller ISO-tekst, kanterne favoriseret) og episoder helt ned til nul minutter.
ledsagelsesraekker = st.one_of(
    batchraekker("ledsagelse"),
    st.builds(
        lambda t, d: {"start": t, "slut": _reel(t, d)},
        kanttidspunkter(),
        varigheder(mindst=timedelta(0)),
    ),
)


@settings(max_examples=40, deadline=None)
@given(st.lists(ledsagelsesraekker, min_size=1, max_size=5))
def test_ledsagelse_som_enkeltkaldet(raekker: list[dict[str, Any]]) -> None:
    for post, raekke in zip(batch.ledsagelse(raekker, takster=ALLE_DATOER), raekker, strict=True):
        enkelt = f.beregn_ledsagelse(raekke["start"], raekke["slut"], takster=ALLE_DATOER)
        assert post["total"] == enkelt.total
        assert post["begrundelse"] == enkelt.begrundelse
        assert sum(post[f"beloeb_{k.name}"] for k in f.Takstkategori) == enkelt.total


def _ukendt(celle: object) -> bool:
    """Batchkontrakten: None, NaN, tom tekst, `ukendt` og `?` er ikke oplyst eller ukendt."""
    if celle is None or (isinstance(celle, float) and math.isnan(celle)):
        return True
    return isinstance(celle, str) and celle.strip().lower() in ("", "ukendt", "?")


def _ja(celle: object) -> bool:
    """Batchkontrakten: `ja`, `j`, `true`, `1` (tekst eller tal) og True er ja."""
    if isinstance(celle, str):
        return celle.strip().lower() in ("ja", "j", "true", "1")
    return celle is True or (type(celle) is int and celle == 1)


@settings(max_examples=60, deadline=None)
@given(behandlingstimer(), janej_celler(ukendt=True))
def test_iv_som_enkeltkaldet(t: Any, kemo: object) -> None:
    (post,) = batch.iv([{"timer": t, "afslutning_af_kemokur": kemo}])
    if _ukendt(kemo):
        # Kolonnen findes, men faktummet er ukendt: kemokur er sin egen kategori, så
        # kategorien kan ikke afgøres (intet standardsvar).
        assert post["kategori"] is None and post["fejlfelt"] == "afslutning_af_kemokur"
        return
    enkelt = f.tyngdekategori(t, afslutning_af_kemokur=_ja(kemo))
    assert post["kategori"] == enkelt.kategori.name
    assert post["regional_finansiering"] == enkelt.regional_finansiering


@settings(max_examples=40, deadline=None)
@given(
    st.lists(behandlingstimer(), min_size=1, max_size=6),
    st.lists(batchraekker("iv", gyldig=False), max_size=4),
    st.randoms(),
)
def test_daarlige_raekker_aendrer_ikke_de_andre(
    gode: list[object], slemme: list[object], tilfaeldig: Any
) -> None:
    raekker: list[object] = [{"id": i, "timer": t} for i, t in enumerate(gode)]
    alene = {p["id"]: p["kategori"] for p in batch.iv(raekker)}
    blandet = raekker + slemme
    tilfaeldig.shuffle(blandet)
    poster = list(batch.iv(blandet, gennemfoer=["id"]))
    assert len(poster) == len(blandet)
    assert [p["raekke"] for p in poster] == list(range(1, len(blandet) + 1))
    for post, raekke in zip(poster, blandet, strict=True):
        if isinstance(raekke, dict) and "timer" in raekke and raekke.get("id") is not None:
            assert post["fejl"] is None and post["kategori"] == alene[raekke["id"]]
        else:
            assert post["fejl"] and post["kategori"] is None
    assert len({tuple(p) for p in poster}) == 1
