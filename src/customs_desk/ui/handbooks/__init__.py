"""The handbook library and reader."""
