"""Handbooks: the format (manifest + Markdown chapters), validation, full-text index, search."""
