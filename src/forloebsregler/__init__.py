"""forloebsregler: forløbsregler fra Region Syddanmark og kommunerne som typet kode.

Pakkens rod genudsender hele det offentlige API; se `__all__`.
"""

from __future__ import annotations

__version__ = "0.1.0"

import sys as _sys
from decimal import localcontext as _localcontext

from forloebsregler._kontekst import KONTEKST as _KONTEKST
from forloebsregler._kontekst import indpak_modul as _indpak_modul

# Undermodulerne importeres i bibliotekets decimal-kontekst (så regning ved importen er
# uafhængig af kalderens), og bagefter indpakkes hvert moduls offentlige funktioner og
# klasser, så de altid regner i den (se `_kontekst`).
with _localcontext(_KONTEKST):
    from forloebsregler.afregning import *  # noqa: F403
    from forloebsregler.afregning import __all__ as _afregning_all
    from forloebsregler.fakturering import *  # noqa: F403
    from forloebsregler.fakturering import __all__ as _fakturering_all
    from forloebsregler.fejl import *  # noqa: F403
    from forloebsregler.fejl import __all__ as _fejl_all
    from forloebsregler.genoptraening import *  # noqa: F403
    from forloebsregler.genoptraening import __all__ as _genoptraening_all
    from forloebsregler.ivkategori import *  # noqa: F403
    from forloebsregler.ivkategori import __all__ as _ivkategori_all
    from forloebsregler.kalender import *  # noqa: F403
    from forloebsregler.kalender import __all__ as _kalender_all
    from forloebsregler.kilder import *  # noqa: F403
    from forloebsregler.kilder import __all__ as _kilder_all
    from forloebsregler.kilometergodtgoerelse import *  # noqa: F403
    from forloebsregler.kilometergodtgoerelse import __all__ as _kilometergodtgoerelse_all
    from forloebsregler.kontraktomfang import *  # noqa: F403
    from forloebsregler.kontraktomfang import __all__ as _kontraktomfang_all
    from forloebsregler.ledsagelse import *  # noqa: F403
    from forloebsregler.ledsagelse import __all__ as _ledsagelse_all
    from forloebsregler.ledsagelsespris import *  # noqa: F403
    from forloebsregler.ledsagelsespris import __all__ as _ledsagelsespris_all
    from forloebsregler.ledsagerforhold import *  # noqa: F403
    from forloebsregler.ledsagerforhold import __all__ as _ledsagerforhold_all
    from forloebsregler.stratificering import *  # noqa: F403
    from forloebsregler.stratificering import __all__ as _stratificering_all
    from forloebsregler.takster import *  # noqa: F403
    from forloebsregler.takster import __all__ as _takster_all
    from forloebsregler.takstfiler import *  # noqa: F403
    from forloebsregler.takstfiler import __all__ as _takstfiler_all
    from forloebsregler.takstperioder import *  # noqa: F403
    from forloebsregler.takstperioder import __all__ as _takstperioder_all

for _navn in sorted(_sys.modules):
    if _navn.startswith("forloebsregler.") and _navn.count(".") == 1:
        _indpak_modul(_navn)
del _navn

__all__ = [
    "__version__",
    *_fejl_all,
    *_kalender_all,
    *_kilder_all,
    *_stratificering_all,
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
    *_genoptraening_all,
]
