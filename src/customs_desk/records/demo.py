"""Demo and training data: realistic, varied inspections and cases from several posts.

``customs-desk demo --records N`` fills a data folder for workshops and benchmarks. Records are
finalized, numbered per post, with revisions and a valid audit chain per post; codes are chosen
to be valid on each inspection's date (A1180 before 2025, A1181 and Y49 after). Names come in the
scripts of the member countries. Everything is reproducible with ``--seed``.
"""

from __future__ import annotations

import random
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy import insert, select
from stdnum import iso6346

from customs_desk.accounts.models import Installation, Post, UserAccount
from customs_desk.accounts.roles import Role
from customs_desk.accounts.service import AccountService, NewUser, PostInput
from customs_desk.clock import Clock
from customs_desk.records.common import content_hash
from customs_desk.records.inspections import derived_columns
from customs_desk.records.models import (
    Case,
    CaseEvent,
    Inspection,
    Party,
    PostSequence,
    RecordRevision,
)
from customs_desk.store.audit import GENESIS, AuditEvent, compute_hash
from customs_desk.store.database import Database

DEMO_PASSWORD = "demo-password"

POSTS = [
    ("SGP-TUAS", "Tuas Checkpoint", "SG", "Asia/Singapore", "Singapore Customs"),
    ("VN-HPH", "Cảng Hải Phòng", "VN", "Asia/Ho_Chi_Minh", "Cục Hải quan Hải Phòng"),
    ("TH-LCB", "ท่าเรือแหลมฉบัง (Laem Chabang)", "TH", "Asia/Bangkok", "Customs Department"),
    ("MY-PKG", "Pelabuhan Klang", "MY", "Asia/Kuala_Lumpur", "Jabatan Kastam Diraja Malaysia"),
    ("PH-MNL", "Port of Manila", "PH", "Asia/Manila", "Bureau of Customs"),
    (
        "ID-TPR",
        "Pelabuhan Tanjung Priok",
        "ID",
        "Asia/Jakarta",
        "Direktorat Jenderal Bea dan Cukai",
    ),
    (
        "KH-SHV",
        "កំពង់ផែក្រុងព្រះសីហនុ (Sihanoukville)",
        "KH",
        "Asia/Phnom_Penh",
        "General Department of Customs and Excise",
    ),
    (
        "HK-KTC",
        "Kwai Tsing Container Terminals",
        "HK",
        "Asia/Hong_Kong",
        "香港海關 Customs and Excise Department",
    ),
]

COMPANIES = {
    "VN": [
        "Công ty TNHH Tái Chế Đông Á",
        "Công ty CP Thương Mại Phú Thành",
        "Công ty TNHH Môi Trường Xanh Hải Phòng",
    ],
    "TH": ["บริษัท รีไซเคิล สยาม จำกัด", "บริษัท เมทัล เทรดดิ้ง จำกัด", "ห้างหุ้นส่วนจำกัด ไทยสแครป"],
    "MY": [
        "Golden Recycling Sdn Bhd",
        "Syarikat Logam Jaya Sdn Bhd",
        "Klang Valley Plastics Sdn Bhd",
    ],
    "ID": ["PT Daur Ulang Nusantara", "PT Logam Sentosa Abadi", "CV Plastik Makmur"],
    "KH": ["ក្រុមហ៊ុន អេកូ រីសៃក្លីង", "Angkor Metal Trading Co., Ltd."],
    "CN": ["广州绿源再生资源有限公司", "深圳华富电子回收有限公司", "宁波金属贸易有限公司"],
    "HK": ["恒達環保回收有限公司", "Pacific Rim Trading (HK) Ltd"],
    "JP": ["株式会社東洋リサイクル", "山田金属商事株式会社"],
    "KR": ["㈜한국자원순환", "대한메탈 주식회사"],
    "PH": ["Manila Bay Recyclers Inc.", "Luzon Scrap Traders Corp."],
    "SG": ["Lion City Metals Pte Ltd", "Straits Electronics Recovery Pte Ltd"],
    "AU": ["Southern Cross Scrap Pty Ltd", "Melbourne Used Electronics Pty Ltd"],
    "US": ["Pacific Coast Recycling LLC", "Midwest Surplus Electronics Inc."],
    "GB": ["Thames Metals Ltd", "Northern Plastics Export Ltd"],
    "NL": ["Rotterdam Recycling BV"],
}
OFFICERS = {
    "SG": ["Lim Wei Ling", "Muhammad Faris", "Tan Ah Kow"],
    "VN": ["Nguyễn Văn An", "Trần Thị Bình", "Phạm Ngọc Thạch"],
    "TH": ["สมชาย ใจดี", "น้ำทิพย์ ศรีสุข"],
    "MY": ["Siti Aminah", "Ahmad Faiz", "Lee Chong Wei"],
    "PH": ["Maria Santos", "Jose Reyes"],
    "ID": ["Budi Santoso", "Dewi Lestari"],
    "KH": ["សុខ ស្រីមុំ", "ចាន់ ដារា"],
    "HK": ["陳大文", "黃美玲"],
}
ORIGINS = ["AU", "US", "GB", "NL", "JP", "KR", "HK", "CN", "SG", "MY"]


@dataclass(frozen=True)
class Stream:
    id: str
    weight: int
    hs: str
    description: str
    codes_before_2025: tuple[str, ...]
    codes_from_2025: tuple[str, ...]
    y_codes: tuple[str, ...]
    declared_as: str


STREAMS = [
    Stream(
        "e-waste",
        30,
        "8549.91",
        "CRT monitors and mixed computer scrap, some broken",
        ("A1180",),
        ("A1181",),
        ("Y31",),
        "Used computers for reuse",
    ),
    Stream(
        "e-waste",
        10,
        "8549.39",
        "Loose printed circuit boards in bulk bags",
        ("A1180",),
        ("A1181", "Y49"),
        (),
        "Electronic parts",
    ),
    Stream(
        "plastics",
        20,
        "3915.90",
        "Mixed plastic bales, contaminated with food residue",
        ("Y48",),
        ("Y48",),
        (),
        "Plastic raw material",
    ),
    Stream(
        "metal-scrap",
        15,
        "7204.49",
        "Mixed metal scrap with cables and small appliances",
        ("A1180",),
        ("A1181",),
        (),
        "Mixed metal scrap",
    ),
    Stream(
        "lead-acid-batteries",
        10,
        "8549.11",
        "Used lead-acid car batteries, cracked, leaking",
        ("A1160",),
        ("A1160",),
        ("Y31", "Y34"),
        "Used batteries",
    ),
    Stream(
        "other-batteries",
        5,
        "8549.14",
        "Lithium-ion battery packs and black mass in drums",
        ("A1170",),
        ("A1170",),
        (),
        "Battery materials",
    ),
    Stream(
        "used-tyres", 5, "4012.20", "Worn tyres, no tread", ("B3140",), ("B3140",), (), "Used tyres"
    ),
    Stream(
        "textiles",
        5,
        "6309",
        "Worn clothing in bales, mixed with household waste",
        ("Y46",),
        ("Y46",),
        (),
        "Second-hand clothing",
    ),
]
OUTCOMES = [
    ("released", 30),
    ("held", 20),
    ("detained", 12),
    ("seized", 8),
    ("refused-entry", 6),
    ("returned", 10),
    ("referred", 14),
]
TYPES = ["documentary", "physical", "xray", "sampling", "company-site"]
CASE_STATUSES = [
    ("suspected", 15),
    ("investigating", 20),
    ("confirmed", 15),
    ("take-back-requested", 20),
    ("returned-or-disposed", 15),
    ("closed", 10),
    ("not-illegal", 5),
]


def _pick(rng: random.Random, weighted: list[tuple[Any, int]]) -> Any:
    return rng.choices([w[0] for w in weighted], weights=[w[1] for w in weighted])[0]


def _container(rng: random.Random) -> str:
    owner = rng.choice(["MSK", "CSQ", "TGH", "ONE", "HLX", "EGH", "OOL", "CMA"]) + "U"
    body = owner + f"{rng.randrange(1_000_000):06d}"
    return body + str(iso6346.calc_check_digit(body))


@dataclass
class DemoReport:
    posts: int
    inspections: int
    cases: int
    parties: int
    supervisor_badge: str
    password: str


class DemoGenerator:
    def __init__(
        self, db: Database, accounts: AccountService, clock: Clock, seed: int = 2026
    ) -> None:
        self._db = db
        self._accounts = accounts
        self._clock = clock
        self._rng = random.Random(seed)

    def ensure_set_up(self, kind: str = "secretariat") -> None:
        if self._accounts.is_set_up():
            return
        code, name, country, tz, agency = (
            (
                "SEC-MOEJ",
                "Asian Network Secretariat",
                "JP",
                "Asia/Tokyo",
                "Ministry of the Environment, Japan",
            )
            if kind == "secretariat"
            else POSTS[0]
        )
        role = Role.SECRETARIAT if kind == "secretariat" else Role.SUPERVISOR
        self._accounts.set_up(
            PostInput(code, name, country, tz, agency),
            NewUser("Demo Supervisor", "demo", role, DEMO_PASSWORD),
            kind,
        )

    def _posts(self) -> list[Post]:
        now = self._clock.now()
        with self._db.transaction() as s:
            existing = {p.code: p for p in s.scalars(select(Post))}
            for code, name, country, tz, agency in POSTS:
                if code not in existing:
                    post = Post(
                        id=uuid.uuid4(),
                        code=code,
                        name=name,
                        country=country,
                        timezone=tz,
                        agency=agency,
                        created_at=now,
                    )
                    s.add(post)
                    existing[code] = post
            s.flush()
            home = s.scalars(select(Installation)).one().home_post_id
            posts = [
                p for p in existing.values() if p.code in {c[0] for c in POSTS} or p.id == home
            ]
            s.expunge_all()
            return posts

    def generate(
        self,
        records: int,
        cases_ratio: float = 0.2,
        progress: Callable[[int, int], None] | None = None,
    ) -> DemoReport:
        self.ensure_set_up()
        posts = self._posts()
        rng = self._rng
        now = self._clock.now()
        with self._db.read() as s:
            supervisor = s.scalars(
                select(UserAccount).where(UserAccount.badge_number == "demo")
            ).first()
            supervisor_id = supervisor.id if supervisor else None
        parties: dict[str, list[dict[str, Any]]] = {}
        party_rows: list[dict[str, Any]] = []
        home_post_id = posts[0].id
        with self._db.read() as s:
            home_post_id = s.scalars(select(Installation)).one().home_post_id
        for country, names in COMPANIES.items():
            for name in names:
                pid = uuid.uuid4()
                party_payload: dict[str, Any] = {
                    "schema": 1,
                    "id": str(pid),
                    "name": name,
                    "is_person": False,
                    "address": f"{rng.randint(1, 400)} Industrial Road",
                    "country": country,
                    "registration_number": f"{country}{rng.randrange(10**9):09d}",
                }
                party_rows.append(
                    {
                        "id": pid,
                        "post_id": home_post_id,
                        "name": name,
                        "name_folded": name.lower(),
                        "is_person": False,
                        "address": party_payload["address"],
                        "country": country,
                        "registration_number": party_payload["registration_number"],
                        "revision": 1,
                        "payload": party_payload,
                        "content_hash": content_hash(party_payload),
                        "created_at": now,
                        "updated_at": now,
                    }
                )
                parties.setdefault(country, []).append({"id": str(pid), "name": name})
        with self._db.transaction() as s:
            s.execute(insert(Party), party_rows)

        counters: dict[tuple[uuid.UUID, int], int] = {}
        with self._db.read() as s:
            for row in s.scalars(select(PostSequence).where(PostSequence.kind == "inspection")):
                counters[(row.post_id, row.year)] = row.last
        case_counters: dict[tuple[uuid.UUID, int], int] = {}
        chain_heads: dict[str, tuple[int, str]] = {}
        with self._db.read() as s:
            for chain, seq, digest in s.execute(
                select(AuditEvent.chain, AuditEvent.chain_seq, AuditEvent.hash).order_by(
                    AuditEvent.chain_seq
                )
            ):
                chain_heads[chain] = (seq, digest)
        start = now - timedelta(days=3 * 365)
        batch = 2000
        made = cases_made = 0
        while made < records:
            size = min(batch, records - made)
            inspections: list[dict[str, Any]] = []
            revisions: list[dict[str, Any]] = []
            audits: list[dict[str, Any]] = []
            cases: list[dict[str, Any]] = []
            events: list[dict[str, Any]] = []
            for _ in range(size):
                post = rng.choice(posts)
                tz = ZoneInfo(post.timezone)
                when = start + timedelta(seconds=rng.randrange(int((now - start).total_seconds())))
                when = when.replace(microsecond=0)
                stream = _pick(rng, [(st, st.weight) for st in STREAMS])
                codes = (
                    stream.codes_from_2025
                    if when.date() >= date(2025, 1, 1)
                    else stream.codes_before_2025
                )
                if stream.id == "plastics" and when.date() < date(2021, 1, 1):
                    codes = ("B3010",)
                origin = rng.choice(ORIGINS)
                officers = OFFICERS.get(post.country, ["Demo Officer"])
                declared = round(rng.uniform(5_000, 26_000), 0)
                found = round(declared * rng.uniform(0.9, 1.25), 0)
                outcome = _pick(rng, OUTCOMES)
                record_id = uuid.uuid4()
                key = (post.id, when.astimezone(tz).year)
                counters[key] = counters.get(key, 0) + 1
                number = f"{post.code}-{key[1]}-{counters[key]:05d}"
                payload: dict[str, Any] = {
                    "schema": 1,
                    "id": str(record_id),
                    "number": number,
                    "post_code": post.code,
                    "status": "final",
                    "inspected_at": when.astimezone(tz).isoformat(),
                    "timezone": post.timezone,
                    "officers": rng.sample(officers, k=min(len(officers), rng.randint(1, 2))),
                    "inspection_type": rng.choice(TYPES),
                    "transport_mode": "sea"
                    if rng.random() < 0.85
                    else rng.choice(["road", "rail", "air"]),
                    "conveyance": {
                        "vessel": rng.choice(
                            ["MV Straits Pioneer", "MSC Aurora", "Wan Hai 316", "ONE Harmony"]
                        ),
                        "voyage": f"{rng.randint(100, 999)}{rng.choice('EWNS')}",
                    },
                    "containers": [
                        {"number": _container(rng), "seals": [f"{rng.randrange(10**7):07d}"]}
                        for _ in range(rng.randint(1, 3))
                    ],
                    "transport_document": f"{rng.choice(['MAEU', 'ONEY', 'COSU', 'HLCU'])}{rng.randrange(10**9):09d}",
                    "declaration_number": f"{post.country}-{when.year}-{rng.randrange(10**6):06d}",
                    "declared_hs": rng.choice(
                        ["8471.30", "8473.30", "3915.90", "7204.49", "8507", stream.hs]
                    ),
                    "declared_description": stream.declared_as,
                    "declared_weight_kg": declared,
                    "found_weight_kg": found,
                    "value": round(declared * rng.uniform(0.05, 0.6), 2),
                    "currency": "USD",
                    "parties": {
                        "exporter": rng.choice(parties.get(origin, parties["AU"])),
                        "importer": rng.choice(parties.get(post.country, parties["SG"])),
                    },
                    "route": {
                        "export_country": origin,
                        "transit_countries": rng.sample(["SG", "MY", "HK"], k=rng.randint(0, 1)),
                        "import_country": post.country,
                        "port_of_loading": "",
                        "port_of_discharge": post.name[:100],
                    },
                    "waste_stream": stream.id,
                    "goods": [
                        {
                            "description": stream.description,
                            "declared_hs": stream.hs,
                            "basel_codes": list(codes),
                            "y_codes": list(stream.y_codes),
                            "h_codes": [],
                            "weight_kg": found,
                        }
                    ],
                    "documents": {
                        "notification_number": "",
                        "consent": "missing",
                        "movement_document": "missing",
                        "test_certificates": "missing"
                        if stream.id == "e-waste"
                        else "not-applicable",
                        "invoice_contract": "presented",
                    },
                    "risk_indicators": [],
                    "findings": "",
                    "outcome": outcome,
                    "notes": "",
                    "citations": [],
                }
                digest = content_hash(payload)
                columns = derived_columns(payload)
                columns["inspected_at"] = when
                inspections.append(
                    {
                        "id": record_id,
                        "post_id": post.id,
                        "number": number,
                        "status": "final",
                        "revision": 1,
                        "created_by": supervisor_id if post.id == home_post_id else None,
                        "created_at": when,
                        "updated_at": when,
                        "finalized_at": when,
                        "payload": payload,
                        "content_hash": digest,
                        **columns,
                    }
                )
                revisions.append(
                    {
                        "record_id": record_id,
                        "kind": "inspection",
                        "revision": 1,
                        "status": "final",
                        "payload": payload,
                        "content_hash": digest,
                        "parent_hash": GENESIS,
                        "author_id": None,
                        "author_name": payload["officers"][0],
                        "created_at": when,
                        "reason": "",
                        "origin_post_id": post.id,
                        "received_at": None,
                    }
                )
                audits.append(
                    self._audit(
                        chain_heads,
                        str(post.id),
                        when,
                        payload["officers"][0],
                        "inspection.finalize",
                        "inspection",
                        str(record_id),
                        {"number": number, "hash": digest},
                    )
                )
                if outcome != "released" and rng.random() < cases_ratio / 0.7:
                    case_id = uuid.uuid4()
                    opened = when + timedelta(hours=rng.randint(1, 48))
                    ckey = (post.id, opened.astimezone(tz).year)
                    case_counters[ckey] = case_counters.get(ckey, 0) + 1
                    case_number = f"{post.code}-C{ckey[1]}-{case_counters[ckey]:04d}"
                    informed = (opened + timedelta(days=rng.randint(1, 20))).date()
                    clock_kind = rng.choice(["art9-30", "art9-30", "art8-90"])
                    days = 30 if clock_kind == "art9-30" else 90
                    status = _pick(rng, CASE_STATUSES)
                    if informed + timedelta(days=days + 45) < now.date() and rng.random() < 0.92:
                        # Old cases are mostly finished; a few stay overdue, as in real life.
                        status = _pick(
                            rng, [("returned-or-disposed", 40), ("closed", 45), ("not-illegal", 15)]
                        )
                    cpayload: dict[str, Any] = {
                        "schema": 1,
                        "id": str(case_id),
                        "number": case_number,
                        "post_code": post.code,
                        "inspection_id": str(record_id),
                        "status": status,
                        "opened_at": opened.isoformat(),
                        "grounds": sorted(rng.sample(["a", "b", "d"], k=rng.randint(1, 2))),
                        "responsibility": "exporter",
                        "notifications": [
                            {
                                "authority": f"Competent authority of {origin}",
                                "country": origin,
                                "notified_on": informed.isoformat(),
                                "method": "e-mail",
                                "reference": "",
                            }
                        ],
                        "clock": clock_kind,
                        "state_informed_on": informed.isoformat(),
                        "agreed_deadline": None,
                        "path": "take-back",
                        "summary": stream.description,
                        "closed_on": None,
                        "closure": "",
                    }
                    cdigest = content_hash(cpayload)
                    cases.append(
                        {
                            "id": case_id,
                            "post_id": post.id,
                            "number": case_number,
                            "inspection_id": record_id,
                            "status": status,
                            "opened_at": opened,
                            "grounds": "".join(cpayload["grounds"]),
                            "clock": clock_kind,
                            "state_informed_on": informed,
                            "deadline": informed + timedelta(days=days),
                            "path": "take-back",
                            "closed_on": None,
                            "revision": 1,
                            "payload": cpayload,
                            "content_hash": cdigest,
                            "updated_at": opened,
                            "search_text": f"{case_number.lower()} {number.lower()} {columns['search_text']}",
                        }
                    )
                    revisions.append(
                        {
                            "record_id": case_id,
                            "kind": "case",
                            "revision": 1,
                            "status": status,
                            "payload": cpayload,
                            "content_hash": cdigest,
                            "parent_hash": GENESIS,
                            "author_id": None,
                            "author_name": payload["officers"][0],
                            "created_at": opened,
                            "reason": "",
                            "origin_post_id": post.id,
                            "received_at": None,
                        }
                    )
                    events.append(
                        {
                            "id": uuid.uuid4(),
                            "case_id": case_id,
                            "occurred_at": opened,
                            "kind": "opened",
                            "text": f"Case opened from inspection {number}.",
                            "author_id": None,
                            "author_name": payload["officers"][0],
                            "data": {},
                        }
                    )
                    audits.append(
                        self._audit(
                            chain_heads,
                            str(post.id),
                            opened,
                            payload["officers"][0],
                            "case.open",
                            "case",
                            str(case_id),
                            {"number": case_number},
                        )
                    )
                    cases_made += 1
            with self._db.transaction() as s:
                s.execute(insert(Inspection), inspections)
                if cases:
                    s.execute(insert(Case), cases)
                    s.execute(insert(CaseEvent), events)
                s.execute(insert(RecordRevision), revisions)
                s.execute(insert(AuditEvent), audits)
            made += size
            if progress is not None:
                progress(made, records)
        with self._db.transaction() as s:
            for kind, table in (("inspection", counters), ("case", case_counters)):
                for (post_id, year), last in table.items():
                    sequence = s.get(PostSequence, (post_id, kind, year))
                    if sequence is None:
                        s.add(PostSequence(post_id=post_id, kind=kind, year=year, last=last))
                    else:
                        sequence.last = max(sequence.last, last)
        return DemoReport(len(posts), made, cases_made, len(party_rows), "demo", DEMO_PASSWORD)

    def _audit(
        self,
        heads: dict[str, tuple[int, str]],
        chain: str,
        when: datetime,
        actor: str,
        action: str,
        entity_type: str,
        entity_id: str,
        details: dict[str, Any],
    ) -> dict[str, Any]:
        seq, prev = heads.get(chain, (0, GENESIS))
        event = AuditEvent(
            id=uuid.uuid4(),
            chain=chain,
            chain_seq=seq + 1,
            occurred_at=when.astimezone(UTC),
            actor_id=None,
            actor_name=actor,
            action=action,
            entity_type=entity_type,
            entity_id=entity_id,
            details=details,
            prev_hash=prev,
        )
        event.hash = compute_hash(event)
        heads[chain] = (seq + 1, event.hash)
        return {
            c: getattr(event, c)
            for c in (
                "id",
                "chain",
                "chain_seq",
                "occurred_at",
                "actor_id",
                "actor_name",
                "action",
                "entity_type",
                "entity_id",
                "details",
                "prev_hash",
                "hash",
            )
        }
