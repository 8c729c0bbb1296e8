"""Composition root: the one place where the core's objects are built and wired together.

Both the CLI and the GUI call :func:`open_app`; the GUI (``customs_desk.ui.application``) then
wires the Qt windows to the services held here. Nothing here imports Qt.
"""

from __future__ import annotations

import gc
import logging
from dataclasses import dataclass
from functools import cached_property
from typing import TYPE_CHECKING

# This module imports the whole core (SQLAlchemy, the models, every service): about 160,000
# objects that live as long as the process. Python's cyclic garbage collector would walk them
# again and again while they are created (full passes of 20-90 ms each, ~15% of the GUI's
# start-up, bench/bench_startup.py), so it pauses during these imports, and the objects are then
# frozen: moved out of its reach, as they can never become garbage.
from customs_desk.gcpause import collector_paused

with collector_paused():
    from customs_desk.accounts.passwords import Passwords
    from customs_desk.accounts.service import AccountService
    from customs_desk.clock import Clock
    from customs_desk.codes.dataset import bundled_codes_dir
    from customs_desk.codes.decision_aids import DecisionAidService
    from customs_desk.codes.service import CodeService
    from customs_desk.errors import EnvironmentProblem
    from customs_desk.exchange.keys import KeyService
    from customs_desk.exchange.records import RecordExchange
    from customs_desk.exchange.updates import UpdateExchange
    from customs_desk.handbooks.annotations import AnnotationService
    from customs_desk.handbooks.library import HandbookLibrary
    from customs_desk.paths import AppPaths
    from customs_desk.records.attachments import AttachmentService
    from customs_desk.records.cases import CaseService
    from customs_desk.records.inspections import InspectionService
    from customs_desk.records.parties import PartyService
    from customs_desk.records.register import Register
    from customs_desk.resources import bundled_handbooks_dir
    from customs_desk.settings import Settings
    from customs_desk.store.database import Database
    from customs_desk.store.migrate import MigrationReport, prepare_database

    gc.freeze()

if TYPE_CHECKING:
    from customs_desk.reports.service import ReportService

log = logging.getLogger(__name__)


@dataclass
class AppContext:
    paths: AppPaths
    db: Database
    clock: Clock
    settings: Settings
    migration: MigrationReport
    accounts: AccountService
    handbooks: HandbookLibrary
    annotations: AnnotationService
    codes: CodeService
    decision_aids: DecisionAidService
    inspections: InspectionService
    cases: CaseService
    parties: PartyService
    attachments: AttachmentService
    register: Register
    keys: KeyService
    exchange: RecordExchange
    updates: UpdateExchange

    @cached_property
    def reports(self) -> ReportService:
        """PDF reports, built on first use (ReportLab and the fonts cost start-up time)."""
        from customs_desk.reports.service import ReportService

        return ReportService.from_context(self)

    def save_settings(self) -> None:
        self.settings.save(self.paths.settings_file)

    def close(self) -> None:
        self.handbooks.index.close()
        self.db.dispose()


def open_library(paths: AppPaths) -> HandbookLibrary:
    """Bundled handbooks (may be read-only) plus those installed by update packages."""
    return HandbookLibrary(
        [(bundled_handbooks_dir(), "bundled"), (paths.data / "handbooks", "installed")],
        paths.index / "handbooks.sqlite",
    )


def open_database(paths: AppPaths, database_url: str | None = None) -> Database:
    if database_url:
        return Database.open_url(database_url)
    return Database.open_sqlite(paths.database)


def open_app(
    paths: AppPaths,
    *,
    database_url: str | None = None,
    clock: Clock | None = None,
    passwords: Passwords | None = None,
) -> AppContext:
    """Create folders, open and migrate the database, build the services."""
    paths.ensure()
    clock = clock or Clock()
    db = open_database(paths, database_url)
    try:
        report = prepare_database(db, paths.backups)
    except EnvironmentProblem:
        db.dispose()
        raise
    settings = Settings.load(paths.settings_file)
    passwords = passwords or Passwords()
    accounts = AccountService(db, clock, passwords)
    codes = CodeService(db, clock)
    codes.ensure_loaded(bundled_codes_dir())
    handbooks = open_library(paths)
    attachments = AttachmentService(db, clock, paths.attachments, paths.cache / "attachments")
    keys = KeyService(db, clock, paths.data / "keys")
    exchange = RecordExchange(db, clock, keys, attachments, codes, paths.cache / "exchange")
    return AppContext(
        paths=paths,
        db=db,
        clock=clock,
        settings=settings,
        migration=report,
        accounts=accounts,
        handbooks=handbooks,
        annotations=AnnotationService(db, clock),
        codes=codes,
        decision_aids=DecisionAidService(db, clock),
        inspections=InspectionService(db, clock, codes),
        cases=CaseService(db, clock),
        parties=PartyService(db, clock),
        attachments=attachments,
        register=Register(db),
        keys=keys,
        exchange=exchange,
        updates=UpdateExchange(db, clock, keys, exchange, codes, handbooks, paths.data),
    )
