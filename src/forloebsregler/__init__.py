"""forloebsregler: forløbsregler fra Region Syddanmark og kommunerne som typet kode.

Pakkens rod genudsender hele det offentlige API; se `__all__`.
"""

from __future__ import annotations

__version__ = "0.1.0"

import sys as _sys
from decimal import localcontext as _localcontext

from forloebsregler._kontekst import KONTEKST as _KONTEKST
from forloebsregler._kontekst import indpak_moduler as _indpak_moduler

# Undermodulerne importeres i bibliotekets decimal-kontekst (så regning ved importen er
# uafhængig af kalderens), og bagefter indpakkes hvert moduls offentlige funktioner og
# klasser, så de altid regner i den (se `_kontekst`).
with _localcontext(_KONTEKST):
    from forloebsregler import serialisering  # noqa: F401 - indpakkes som de andre moduler
    from forloebsregler.afregning import *  # noqa: F403
    from forloebsregler.afregning import __all__ as _afregning_all
    from forloebsregler.apotek import *  # noqa: F403
    from forloebsregler.apotek import __all__ as _apotek_all
    from forloebsregler.behandling import *  # noqa: F403
    from forloebsregler.behandling import __all__ as _behandling_all
    from forloebsregler.diagnose import *  # noqa: F403
    from forloebsregler.diagnose import __all__ as _diagnose_all
    from forloebsregler.fakturering import *  # noqa: F403
    from forloebsregler.fakturering import __all__ as _fakturering_all
    from forloebsregler.fejl import *  # noqa: F403
    from forloebsregler.fejl import __all__ as _fejl_all
    from forloebsregler.genoptraening import *  # noqa: F403
    from forloebsregler.genoptraening import __all__ as _genoptraening_all
    from forloebsregler.genoptraeningsfrist import *  # noqa: F403
    from forloebsregler.genoptraeningsfrist import __all__ as _genoptraeningsfrist_all
    from forloebsregler.genoptraeningsindsatser import *  # noqa: F403
    from forloebsregler.genoptraeningsindsatser import __all__ as _genoptraeningsindsatser_all
    from forloebsregler.genoptraeningsplan import *  # noqa: F403
    from forloebsregler.genoptraeningsplan import __all__ as _genoptraeningsplan_all
    from forloebsregler.iv_finansiering import *  # noqa: F403
    from forloebsregler.iv_finansiering import __all__ as _iv_finansiering_all
    from forloebsregler.iv_opfoelgning import *  # noqa: F403
    from forloebsregler.iv_opfoelgning import __all__ as _iv_opfoelgning_all
    from forloebsregler.iv_opsigelse import *  # noqa: F403
    from forloebsregler.iv_opsigelse import __all__ as _iv_opsigelse_all
    from forloebsregler.iv_syddanmark import *  # noqa: F403
    from forloebsregler.iv_syddanmark import __all__ as _iv_syddanmark_all
    from forloebsregler.iv_syddanmark_ansvar import *  # noqa: F403
    from forloebsregler.iv_syddanmark_ansvar import __all__ as _iv_syddanmark_ansvar_all
    from forloebsregler.iv_syddanmark_monitorering import *  # noqa: F403
    from forloebsregler.iv_syddanmark_monitorering import __all__ as _iv_syddanmark_monitorering_all
    from forloebsregler.iv_syddanmark_ressourcer import *  # noqa: F403
    from forloebsregler.iv_syddanmark_ressourcer import __all__ as _iv_syddanmark_ressourcer_all
    from forloebsregler.iv_undtagelser import *  # noqa: F403
    from forloebsregler.iv_undtagelser import __all__ as _iv_undtagelser_all
    from forloebsregler.ivkategori import *  # noqa: F403
    from forloebsregler.ivkategori import __all__ as _ivkategori_all
    from forloebsregler.kalender import *  # noqa: F403
    from forloebsregler.kalender import __all__ as _kalender_all
    from forloebsregler.kilder import *  # noqa: F403
    from forloebsregler.kilder import __all__ as _kilder_all
    from forloebsregler.kilometergodtgoerelse import *  # noqa: F403
    from forloebsregler.kilometergodtgoerelse import __all__ as _kilometergodtgoerelse_all
    from forloebsregler.kompleksitet import *  # noqa: F403
    from forloebsregler.kompleksitet import __all__ as _kompleksitet_all
    from forloebsregler.kontraktomfang import *  # noqa: F403
    from forloebsregler.kontraktomfang import __all__ as _kontraktomfang_all
    from forloebsregler.koordinator import *  # noqa: F403
    from forloebsregler.koordinator import __all__ as _koordinator_all
    from forloebsregler.ledsagelse import *  # noqa: F403  # noqa: F403
    from forloebsregler.ledsagelse import __all__ as _ledsagelse_all
    from forloebsregler.ledsagelsespris import *  # noqa: F403
    from forloebsregler.ledsagelsespris import __all__ as _ledsagelsespris_all
    from forloebsregler.ledsagerforhold import *  # noqa: F403
    from forloebsregler.ledsagerforhold import __all__ as _ledsagerforhold_all
    from forloebsregler.livsstil import *  # noqa: F403
    from forloebsregler.livsstil import __all__ as _livsstil_all
    from forloebsregler.maalgruppe import *  # noqa: F403
    from forloebsregler.maalgruppe import __all__ as _maalgruppe_all
    from forloebsregler.psykiatri import *  # noqa: F403
    from forloebsregler.psykiatri import __all__ as _psykiatri_all
    from forloebsregler.rehabilitering import *  # noqa: F403
    from forloebsregler.rehabilitering import __all__ as _rehabilitering_all
    from forloebsregler.samtykke import *  # noqa: F403
    from forloebsregler.samtykke import __all__ as _samtykke_all
    from forloebsregler.screening import *  # noqa: F403
    from forloebsregler.screening import __all__ as _screening_all
    from forloebsregler.stratificering import *  # noqa: F403  # noqa: F403
    from forloebsregler.stratificering import __all__ as _stratificering_all
    from forloebsregler.stratificeringsmodel import *  # noqa: F403
    from forloebsregler.stratificeringsmodel import __all__ as _stratificeringsmodel_all
    from forloebsregler.svaerhedsgrad import *  # noqa: F403
    from forloebsregler.svaerhedsgrad import __all__ as _svaerhedsgrad_all
    from forloebsregler.svar import *  # noqa: F403
    from forloebsregler.svar import __all__ as _svar_all
    from forloebsregler.sygefravaer import *  # noqa: F403
    from forloebsregler.sygefravaer import __all__ as _sygefravaer_all
    from forloebsregler.takster import *  # noqa: F403
    from forloebsregler.takster import __all__ as _takster_all
    from forloebsregler.takstfiler import *  # noqa: F403
    from forloebsregler.takstfiler import __all__ as _takstfiler_all
    from forloebsregler.takstperioder import *  # noqa: F403
    from forloebsregler.takstperioder import __all__ as _takstperioder_all
    from forloebsregler.udskrivning import *  # noqa: F403
    from forloebsregler.udskrivning import __all__ as _udskrivning_all

_indpak_moduler(
    sorted(n for n in _sys.modules if n.startswith("forloebsregler.") and n.count(".") == 1)
)

__all__ = [
    "__version__",
    *_fejl_all,
    *_kalender_all,
    *_kilder_all,
    *_svar_all,
    *_stratificering_all,
    *_koordinator_all,
    *_rehabilitering_all,
    *_samtykke_all,
    *_udskrivning_all,
    *_svaerhedsgrad_all,
    *_kompleksitet_all,
    *_stratificeringsmodel_all,
    *_diagnose_all,
    *_maalgruppe_all,
    *_behandling_all,
    *_psykiatri_all,
    *_apotek_all,
    *_sygefravaer_all,
    *_livsstil_all,
    *_screening_all,
    *_takstperioder_all,
    *_takster_all,
    *_takstfiler_all,
    *_ledsagelsespris_all,
    *_kilometergodtgoerelse_all,
    *_afregning_all,
    *_fakturering_all,
    *_ledsagelse_all,
    *_kontraktomfang_all,
    *_ledsagerforhold_all,
    *_ivkategori_all,
    *_iv_undtagelser_all,
    *_iv_finansiering_all,
    *_iv_opfoelgning_all,
    *_iv_opsigelse_all,
    *_iv_syddanmark_all,
    *_iv_syddanmark_ansvar_all,
    *_iv_syddanmark_ressourcer_all,
    *_iv_syddanmark_monitorering_all,
    *_genoptraening_all,
    *_genoptraeningsfrist_all,
    *_genoptraeningsplan_all,
    *_genoptraeningsindsatser_all,
]
