"""Hypothesis-strategier til andre teams' testsuiter (og vores egne).

Modulet kræver `hypothesis`, men kun når det importeres; selve biblioteket gør ikke.
Hver strategi giver gyldige input som standard og ugyldige med `gyldig=False`, til
brugere, der vil teste deres egen fejlhåndtering. Strategierne for hvert regelområde ligger
i undermodulerne (`testing.ledsagelse`, `testing.iv`, `testing.genoptraening`,
`testing.depression`) og batchrækkerne i `testing.batch`; de genudsendes herfra.

>>> from forloebsregler.testing import kanttidspunkter
>>> from hypothesis import given
>>> @given(kanttidspunkter())
... def test_noget(tidspunkt): ...
"""

from __future__ import annotations

try:
    import hypothesis  # noqa: F401
except ImportError as fejl:  # pragma: no cover - afhænger af installationen
    raise ImportError(
        "forloebsregler.testing kræver pakken hypothesis, som ikke er installeret. "
        "Installér den med: pip install 'forloebsregler[test]' (eller pip install hypothesis)."
    ) from fejl

from forloebsregler.testing._faelles import enum_vaerdier, medlemsmaengder, svarled
from forloebsregler.testing._tid import *  # noqa: F403
from forloebsregler.testing._tid import __all__ as _tid_all
from forloebsregler.testing.batch import *  # noqa: F403
from forloebsregler.testing.batch import __all__ as _batch_all
from forloebsregler.testing.depression import *  # noqa: F403
from forloebsregler.testing.depression import __all__ as _depression_all
from forloebsregler.testing.genoptraening import *  # noqa: F403
from forloebsregler.testing.genoptraening import __all__ as _genoptraening_all
from forloebsregler.testing.iv import *  # noqa: F403
from forloebsregler.testing.iv import __all__ as _iv_all
from forloebsregler.testing.ledsagelse import *  # noqa: F403
from forloebsregler.testing.ledsagelse import __all__ as _ledsagelse_all

__all__ = [
    "enum_vaerdier",
    "medlemsmaengder",
    "svarled",
    *_tid_all,
    *_depression_all,
    *_ledsagelse_all,
    *_iv_all,
    *_genoptraening_all,
    *_batch_all,
]

# st.from_type(Taksttabel) m.fl.: registreres også her (Hypothesis-krogen kan være slået fra).
from forloebsregler._hypothesis_plugin import registrer_strategier as _registrer

_registrer()
