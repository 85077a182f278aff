"""Pladsholder: modulet udfyldes af sit issue."""

from __future__ import annotations

__all__: list[str] = []
