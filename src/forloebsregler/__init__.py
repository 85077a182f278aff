"""forloebsregler: forløbsregler fra Region Syddanmark og kommunerne som typet kode.

Pakkens rod genudsender hele det offentlige API; se `__all__`.
"""

from __future__ import annotations

__version__ = "0.1.0"

from forloebsregler.fejl import *  # noqa: F403
from forloebsregler.fejl import __all__ as _fejl_all
from forloebsregler.kalender import *  # noqa: F403
from forloebsregler.kalender import __all__ as _kalender_all
from forloebsregler.kilder import *  # noqa: F403
from forloebsregler.kilder import __all__ as _kilder_all

__all__ = ["__version__", *_fejl_all, *_kalender_all, *_kilder_all]
