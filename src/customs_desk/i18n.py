"""Translatable messages from the core, without Qt.

The core speaks English. A message an officer may see is built with :class:`Msg`: it *is* the
formatted English string (so the CLI and logs just print it) and also remembers its template and
parameters, so the Qt layer can translate the template and format it again in the user's
language. ``scripts/i18n.py`` extracts every ``Msg("...")`` template into the translation files
(context ``core``).
"""

from __future__ import annotations

from typing import Any


class Msg(str):
    """An English message that the interface can translate later."""

    template: str
    params: dict[str, Any]

    def __new__(cls, template: str, /, **params: Any) -> Msg:
        text = template.format(**params) if params else template
        obj = super().__new__(cls, text)
        obj.template = template
        obj.params = params
        return obj

    def __reduce__(self) -> tuple[Any, ...]:
        return (_rebuild, (self.template, self.params))


def _rebuild(template: str, params: dict[str, Any]) -> Msg:
    return Msg(template, **params)
