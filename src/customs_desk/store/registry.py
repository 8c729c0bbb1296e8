"""Collects every model module so the metadata is complete (migrations, tests, create_all)."""

from __future__ import annotations

import importlib

from sqlalchemy import MetaData

from customs_desk.store.base import Base

MODEL_MODULES = (
    "customs_desk.accounts.models",
    "customs_desk.store.audit",
    "customs_desk.handbooks.annotations",
    "customs_desk.codes.models",
    "customs_desk.codes.decision_aids",
    "customs_desk.records.models",
    "customs_desk.exchange.models",
)


def metadata() -> MetaData:
    for name in MODEL_MODULES:
        importlib.import_module(name)
    return Base.metadata
