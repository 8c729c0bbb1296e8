"""Route Qt's own messages (qWarning and friends) into Python logging."""

from __future__ import annotations

import logging

from PySide6.QtCore import QMessageLogContext, QtMsgType, qInstallMessageHandler

log = logging.getLogger("customs_desk.qt")

_LEVELS = {
    QtMsgType.QtDebugMsg: logging.DEBUG,
    QtMsgType.QtInfoMsg: logging.INFO,
    QtMsgType.QtWarningMsg: logging.WARNING,
    QtMsgType.QtCriticalMsg: logging.ERROR,
    QtMsgType.QtFatalMsg: logging.CRITICAL,
}

# Harmless platform chatter that would otherwise fill the log.
_QUIET = (
    "This plugin does not support propagateSizeHints()",
    "OpenType support missing for",
)


def _handler(mode: QtMsgType, context: QMessageLogContext, message: str) -> None:
    level = _LEVELS.get(mode, logging.WARNING)
    if any(q in message for q in _QUIET):
        level = logging.DEBUG
    category = context.category or "qt"
    log.log(level, "[%s] %s", category, message)


def install() -> None:
    qInstallMessageHandler(_handler)
