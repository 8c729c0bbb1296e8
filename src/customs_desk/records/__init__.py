"""Inspections, suspected-cargo cases, parties, attachments, revisions and the register."""
