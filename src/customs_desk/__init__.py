"""Customs Desk: offline desk for customs officers controlling hazardous waste shipments.

This module only defines constants; importing it has no side effects.
"""

from __future__ import annotations

from importlib import metadata

APP_NAME = "Customs Desk"
APP_ID = "customs-desk"
ORG_NAME = "Asian Network"
#: Reverse-DNS id used for the desktop file, AppStream and the Windows AppUserModelID.
APP_RDNN = "org.asiannetwork.CustomsDesk"


def _version() -> str:
    try:
        return metadata.version("customs-desk")
    except metadata.PackageNotFoundError:  # running from a source tree that was not installed
        return "0.0.0+unknown"


__version__ = _version()
