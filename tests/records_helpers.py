"""Realistic inspection payloads for tests."""

from __future__ import annotations

from typing import Any


def complete_payload(**overrides: Any) -> dict[str, Any]:
    data: dict[str, Any] = {
        "inspected_at": "2026-03-09T14:20:00+08:00",
        "timezone": "Asia/Singapore",
        "officers": ["Nguyen Van An", "Siti Rahmah"],
        "inspection_type": "physical",
        "transport_mode": "sea",
        "conveyance": {"vessel": "MV Straits Pioneer", "voyage": "0412W"},
        "containers": [{"number": "CSQU3054383", "seals": ["SG1234567"]}],
        "transport_document": "MAEU123456789",
        "declaration_number": "SG-IMP-2026-778812",
        "declared_hs": "8471.30",
        "declared_description": "Used computers for reuse",
        "declared_weight_kg": 18000,
        "found_weight_kg": 21500,
        "value": 12000,
        "currency": "USD",
        "route": {
            "export_country": "AU",
            "transit_countries": ["MY"],
            "import_country": "VN",
            "port_of_loading": "Melbourne",
            "port_of_discharge": "Hai Phong",
        },
        "waste_stream": "e-waste",
        "goods": [
            {
                "description": "CRT monitors, broken, loose",
                "declared_hs": "8549.91",
                "basel_codes": ["A1181"],
                "y_codes": ["Y31"],
                "h_codes": ["H11"],
                "weight_kg": 15000,
            },
            {"description": "Mixed circuit boards", "basel_codes": ["A1181"], "weight_kg": 6500},
        ],
        "documents": {
            "notification_number": "",
            "consent": "missing",
            "movement_document": "missing",
            "test_certificates": "missing",
            "invoice_contract": "presented",
        },
        "risk_indicators": ["desc-vague-description"],
        "findings": "CRT monitors at the back of the container, behind working computers.",
        "outcome": "held",
        "notes": "",
        "citations": ["used-eee-or-ewaste §decision-checklist ¶1"],
    }
    data.update(overrides)
    return data
