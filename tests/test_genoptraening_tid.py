"""Genoptræning og tid: øjeblikke, ikke vægure (issue 14, punkt 3).

Python sammenligner to tidspunkter med samme tzinfo på vægurets tid og ser bort fra `fold`;
i efterårets gentagne time (27.10.2024 kl. 02.00–03.00 i København) er kl. 02.30 med
`fold=1` (01.30 UTC) derfor »tidligere« end kl. 02.45 med `fold=0` (00.45 UTC). Hver
genoptræningsfunktion skal give samme svar for et øjeblik, uanset hvilken zone det er udtrykt
i, og `pendulum.DateTime` og `pandas.Timestamp` accepteres, hvor `datetime` accepteres.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import UTC, date, datetime, timedelta, timezone
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import pandas as pd
import pendulum
import pytest
from hypothesis import given
from hypothesis import strategies as st

from forloebsregler import (
    KOEBENHAVN,
    Genoptraeningsudfald,
    almen_niveau,
    frit_leverandoervalg,
    indsatsbeskrivelse,
    kontroller_planoverdragelse,
    opstartsfrist,
    ret_til_genoptraeningsplan,
    vurder_genoptraeningsbehov,
)
from forloebsregler.testing import sommertidsoejeblikke

OPFYLDT = Genoptraeningsudfald.OPFYLDT
IKKE = Genoptraeningsudfald.IKKE_OPFYLDT

# efterårets gentagne time
_ANDEN_GANG_0230 = datetime(2024, 10, 27, 2, 30, fold=1, tzinfo=KOEBENHAVN)  # 01.30 UTC
_FOERSTE_GANG_0245 = datetime(2024, 10, 27, 2, 45, fold=0, tzinfo=KOEBENHAVN)  # 00.45 UTC


def test_fold_er_det_oejeblik_vi_tror() -> None:
    assert _ANDEN_GANG_0230.astimezone(UTC) == datetime(2024, 10, 27, 1, 30, tzinfo=UTC)
    assert _FOERSTE_GANG_0245.astimezone(UTC) == datetime(2024, 10, 27, 0, 45, tzinfo=UTC)


@pytest.mark.parametrize(
    ("udskrivning", "udleveret", "udfald"),
    [
        # udleveret 00.45 UTC, udskrevet 01.30 UTC: rettidigt (fejlede før: vægur 02.45 > 02.30)
        (_ANDEN_GANG_0230, _FOERSTE_GANG_0245, OPFYLDT),
        # udleveret 01.30 UTC, udskrevet 00.45 UTC: for sent (fejlede før: vægur 02.30 < 02.45)
        (_FOERSTE_GANG_0245, _ANDEN_GANG_0230, IKKE),
        # samme vægur, forskellig fold: 02.30 første gang (00.30 UTC) før 02.30 anden gang
        (_ANDEN_GANG_0230, _ANDEN_GANG_0230.replace(fold=0), OPFYLDT),
        (_ANDEN_GANG_0230.replace(fold=0), _ANDEN_GANG_0230, IKKE),
    ],
)
def test_planoverdragelse_i_den_gentagne_time(
    udskrivning: datetime, udleveret: datetime, udfald: Genoptraeningsudfald
) -> None:
    assert kontroller_planoverdragelse(udskrivning, udleveret).rettidig is udfald
    # samme øjeblikke i UTC giver samme svar
    i_utc = kontroller_planoverdragelse(udskrivning.astimezone(UTC), udleveret.astimezone(UTC))
    assert i_utc.rettidig is udfald


def _pendulum(t: datetime) -> datetime:
    p: datetime = pendulum.instance(t.astimezone(UTC)).in_timezone("Europe/Copenhagen")
    return p


def _pandas(t: datetime) -> datetime:
    ts: datetime = pd.Timestamp(t.astimezone(UTC)).tz_convert("Europe/Copenhagen")
    return ts


@pytest.mark.parametrize("form", [_pendulum, _pandas], ids=["pendulum", "pandas"])
def test_pendulum_og_pandas_i_den_gentagne_time(form: Callable[[datetime], datetime]) -> None:
    u, lev = form(_ANDEN_GANG_0230), form(_FOERSTE_GANG_0245)
    assert isinstance(u, datetime) and u.utcoffset() == timedelta(hours=1)
    assert kontroller_planoverdragelse(u, lev).rettidig is OPFYLDT
    assert kontroller_planoverdragelse(lev, u).rettidig is IKKE
    # blandet: pendulum/pandas mod stdlib
    assert kontroller_planoverdragelse(u, _FOERSTE_GANG_0245).rettidig is OPFYLDT
    assert opstartsfrist(u).dato == date(2024, 11, 3)
    valg = frit_leverandoervalg(u, form(datetime(2024, 11, 3, 23, 59, tzinfo=KOEBENHAVN)))
    assert valg.ret_til_frit_valg is IKKE and valg.dage_for_sent == 0


@pytest.mark.parametrize("form", [_pendulum, _pandas], ids=["pendulum", "pandas"])
def test_pendulum_og_pandas_sent_om_aftenen(form: Callable[[datetime], datetime]) -> None:
    # 31.3.2024 (sommertid) kl. 23.59 dansk tid er 31.3; kl. 00.01 er 1.4
    sen = form(datetime(2024, 3, 31, 23, 59, tzinfo=KOEBENHAVN))
    tidlig = form(datetime(2024, 4, 1, 0, 1, tzinfo=KOEBENHAVN))
    assert opstartsfrist(sen).dato == date(2024, 4, 7)
    assert opstartsfrist(tidlig).dato == date(2024, 4, 8)
    naiv_pandas = pd.Timestamp("2024-03-31 23:59")
    with pytest.raises(ValueError, match="naive"):
        opstartsfrist(naiv_pandas)


# --- Egenskab: et øjebliks svar afhænger ikke af zonen ---------------------------------------

_ZONER = (
    UTC,
    KOEBENHAVN,
    ZoneInfo("America/New_York"),
    ZoneInfo("Asia/Tokyo"),
    ZoneInfo("Europe/London"),
    timezone(timedelta(hours=-12)),
    timezone(timedelta(hours=14)),
)


def _udtryk(oejeblik: datetime, form: str, zone: Any) -> datetime:
    """Samme øjeblik som stdlib-datetime (evt. med fold), pendulum eller pandas i `zone`."""
    lokal = oejeblik.astimezone(zone)
    if form == "pendulum":
        p: datetime = pendulum.instance(oejeblik).in_timezone(
            "Europe/Copenhagen" if zone is KOEBENHAVN else "UTC"
        )
        return p
    if form == "pandas":
        ts: datetime = pd.Timestamp(oejeblik).tz_convert(
            "Europe/Copenhagen" if zone is KOEBENHAVN else "UTC"
        )
        return ts
    return lokal


_FORMER = st.sampled_from(["datetime", "pendulum", "pandas"])


def _svar(resultat: Any) -> tuple[Any, ...]:
    """Et resultats svar uden begrundelsens tekst (som nævner lokale datoer)."""
    return tuple(
        v for k, v in resultat.til_dict().items() if k not in {"begrundelse", "tilbudt_opstart"}
    )


# København er oftest med: to tidspunkter med samme tzinfo er der, hvor vægur og øjeblik skilles
_ZONEVALG = st.one_of(st.just(KOEBENHAVN), st.sampled_from(_ZONER))


# Udskrivningen er et øjeblik inden for ±26 timer af et sommer-/vintertidsskifte 2018–2026
# (den offentlige strategi `sommertidsoejeblikke`); zonerne og formerne er dem, svaret ikke må
# afhænge af, og afstanden til det andet øjeblik går fra sekunder til tre døgn.
@given(
    sommertidsoejeblikke(),
    st.one_of(st.integers(-5400, 5400), st.integers(-3 * 86_400, 3 * 86_400)),
    _ZONEVALG,
    _ZONEVALG,
    _FORMER,
)
def test_svaret_afhaenger_ikke_af_zonen(
    udskrivning: datetime, afstand: int, zone_a: Any, zone_b: Any, form: str
) -> None:
    """For hver genoptræningsfunktion: samme øjeblik i to zoner/former giver samme svar."""
    anden = udskrivning + timedelta(seconds=afstand)
    u_a, u_b = _udtryk(udskrivning, "datetime", zone_a), _udtryk(udskrivning, form, zone_b)
    l_a, l_b = _udtryk(anden, "datetime", zone_b), _udtryk(anden, form, zone_a)
    # planens udlevering: to øjeblikke sammenlignes som øjeblikke
    plan_a = kontroller_planoverdragelse(u_a, l_a)
    plan_b = kontroller_planoverdragelse(u_b, l_b)
    assert plan_a.rettidig is plan_b.rettidig
    assert plan_a.rettidig is (OPFYLDT if anden <= udskrivning else IKKE)
    # fristen tæller på den lokale dato i København
    lokal = udskrivning.astimezone(KOEBENHAVN).date()
    frist_a, frist_b = opstartsfrist(u_a), opstartsfrist(u_b)
    assert frist_a.dato == frist_b.dato == lokal + timedelta(days=7)
    # frit valg: tilbudt opstart 0–8 dage senere, målt på lokale datoer
    tilbud = udskrivning + timedelta(days=abs(afstand) % 9)
    valg_a = frit_leverandoervalg(u_a, _udtryk(tilbud, "datetime", zone_b))
    valg_b = frit_leverandoervalg(u_b, _udtryk(tilbud, form, zone_a))
    assert _svar(valg_a) == _svar(valg_b)
    assert valg_a.tilbudt_opstart == tilbud.astimezone(KOEBENHAVN).date()


def test_hver_offentlig_funktion_er_daekket() -> None:
    """Funktionerne uden tidspunkter (behov, ret til plan, niveau) har intet at sammenligne;
    de tager ikke tidspunkter overhovedet. Resten er dækket ovenfor."""
    for funktion in (vurder_genoptraeningsbehov, ret_til_genoptraeningsplan, almen_niveau):
        assert "datetime" not in str(funktion.__annotations__)


# --- Fortolkningsloggens ID'er -----------------------------------------------------------------

_LOG = Path(__file__).resolve().parents[1] / "docs" / "fortolkninger.md"


def _afsnit() -> str:
    tekst = _LOG.read_text(encoding="utf-8")
    start = tekst.index("## Genoptræning\n")
    slut = tekst.find("\n## ", start + 1)
    return tekst[start : slut if slut != -1 else len(tekst)]


def test_hver_overskrift_i_afsnittet_har_et_id_og_fuld_form() -> None:
    afsnit = _afsnit()
    overskrifter = re.findall(r"^### (.*)$", afsnit, re.MULTILINE)
    assert len(overskrifter) >= 12
    ider = [o.split(" · ")[0] for o in overskrifter]
    assert all(re.fullmatch(r"GEN-\d\d", i) for i in ider), overskrifter
    assert len(set(ider)) == len(ider)
    for blok in re.split(r"^### ", afsnit, flags=re.MULTILINE)[1:]:
        for del_ in ("**Kilder.**", "**Læsning.**", "**Hvorfor.**", "**Anden læsning.**"):
            assert del_ in blok, (blok.splitlines()[0], del_)


def test_resultaternes_ider_findes_i_loggen() -> None:
    ider = set(re.findall(r"^### (GEN-\d\d)", _afsnit(), re.MULTILINE))
    resultater = [
        opstartsfrist(date(2024, 3, 1)),
        opstartsfrist(date(2024, 3, 1), sygehusets_startdato=date(2024, 3, 3)),
        opstartsfrist(date(2024, 3, 1), kontakt="AMBULANT"),
        frit_leverandoervalg(
            date(2024, 3, 1), date(2024, 3, 9), sygehusets_startdato="2024-03-20", begrundelse="x"
        ),
        kontroller_planoverdragelse(date(2024, 3, 1), date(2024, 3, 1)),
        vurder_genoptraeningsbehov(
            bevaegelsesmaessig=False, aktivitetsmaessig=False, mental=False, social=False
        ),
        almen_niveau(omfattende_funktionsevnenedsaettelser=True, komplikationer_af_betydning=None),
        ret_til_genoptraeningsplan(
            laegefagligt_begrundet_behov=True,
            relaterer_sig_til_aktuel_sygehuskontakt=True,
            baggrund_i_funktionsevnetab=True,
            henviser="KOMMUNE",
        ),
    ]
    resultater += [indsatsbeskrivelse("SPECIALISERET"), indsatsbeskrivelse("FOREBYGGENDE_TRAENING")]
    brugte = set()
    for r in resultater:
        assert r.fortolkninger, r
        for i in r.fortolkninger:
            assert i in ider
            assert i in r.begrundelse  # begrundelsen nævner læsningen
            brugte.add(i)
    assert brugte >= {
        "GEN-01",
        "GEN-02",
        "GEN-04",
        "GEN-05",
        "GEN-06",
        "GEN-07",
        "GEN-08",
        "GEN-09",
        "GEN-10",
        "GEN-11",
        "GEN-12",
    }
