"""Inspections, cases and the registers."""
