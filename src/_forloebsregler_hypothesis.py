"""Hypothesis' indgang (entry point) for forloebsregler — bevidst uden for pakken.

Hypothesis kalder `_hypothesis_setup_hook` ved sin egen import (gruppen ``hypothesis`` i
pyproject.toml). Krogen importerer IKKE forloebsregler: pakken tager et par hundrede
millisekunder at importere, og Hypothesis' dokumentation advarer om, at en krog, der
importerer pakken, kan gøre det, før en dækningsmåling (pytest-cov) er startet, så modulernes
linjer mangler i dækningen. Derfor ligger modulet her, uden for `forloebsregler` (at indlæse
`forloebsregler._noget` ville køre pakkens `__init__`), og krogen gør kun ét af to billige
skridt:

* er `forloebsregler` allerede importeret, registreres strategierne straks;
* ellers sættes en engangs-importkrog i `sys.meta_path`, som registrerer dem lige efter, at
  `forloebsregler` er importeret første gang — og fjerner sig selv.

Registreringen (`forloebsregler._hypothesis_plugin.registrer_strategier`) importerer heller
ikke strategimodulerne: hver type får en funktion, som først importerer
`forloebsregler.testing`, når `st.from_type` spørger. Sæt miljøvariablen ``HYPOTHESIS_NO_PLUGINS``
for at slå alle Hypothesis-plugins fra; `import forloebsregler.testing` registrerer dem så
alligevel.
"""

from __future__ import annotations

import importlib.abc
import importlib.machinery
import importlib.util
import sys
from collections.abc import Sequence
from types import ModuleType

__all__ = ["_hypothesis_setup_hook"]

_PAKKE = "forloebsregler"


def _registrer() -> None:
    from forloebsregler._hypothesis_plugin import registrer_strategier

    registrer_strategier()


class _EfterImport(importlib.abc.MetaPathFinder):
    """Finder pakken som de øvrige findere gør, men registrerer strategierne efter import."""

    def find_spec(
        self,
        fullname: str,
        path: Sequence[str] | None,
        target: ModuleType | None = None,
    ) -> importlib.machinery.ModuleSpec | None:
        if fullname != _PAKKE:
            return None
        _fjern_krog()
        spec = importlib.util.find_spec(fullname)
        if spec is None or spec.loader is None:
            return spec
        spec.loader = _Indlaeser(spec.loader)
        return spec


class _Indlaeser(importlib.abc.Loader):
    """Den rigtige indlæser, plus registrering bagefter; sætter den rigtige tilbage."""

    def __init__(self, indlaeser: importlib.abc.Loader) -> None:
        self._indlaeser = indlaeser

    def create_module(self, spec: importlib.machinery.ModuleSpec) -> ModuleType | None:
        return self._indlaeser.create_module(spec)

    def exec_module(self, module: ModuleType) -> None:
        # Modulet skal se sin egen indlæser (importlib.resources bruger den).
        module.__loader__ = self._indlaeser
        if module.__spec__ is not None:
            module.__spec__.loader = self._indlaeser
        self._indlaeser.exec_module(module)
        _registrer()


_KROG = _EfterImport()


def _fjern_krog() -> None:
    if _KROG in sys.meta_path:
        sys.meta_path.remove(_KROG)


def _hypothesis_setup_hook() -> None:
    """Kaldes af Hypothesis ved import (se modulets beskrivelse)."""
    modul = sys.modules.get(_PAKKE)
    if modul is not None:
        spec = getattr(modul, "__spec__", None)
        if not getattr(spec, "_initializing", False):
            _registrer()
        # Under pakkens egen import: `forloebsregler.testing` registrerer, når den importeres.
        return
    if _KROG not in sys.meta_path:
        sys.meta_path.insert(0, _KROG)
