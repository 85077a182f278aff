"""forloebsregler: forløbsregler fra Region Syddanmark og kommunerne som typet kode.

Pakkens rod genudsender hele det offentlige API; se `__all__`.
"""

from __future__ import annotations

__version__ = "0.1.0"

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
from forloebsregler.ledsagelse import *  # noqa: F403
from forloebsregler.ledsagelse import __all__ as _ledsagelse_all
from forloebsregler.stratificering import *  # noqa: F403
from forloebsregler.stratificering import __all__ as _stratificering_all
from forloebsregler.takster import *  # noqa: F403
from forloebsregler.takster import __all__ as _takster_all

__all__ = [
    "__version__",
    *_fejl_all,
    *_kalender_all,
    *_kilder_all,
    *_stratificering_all,
    *_takster_all,
    *_ledsagelse_all,
    *_ivkategori_all,
    *_genoptraening_all,
]
