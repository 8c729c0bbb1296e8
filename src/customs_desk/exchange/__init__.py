"""Exchange by file: keys and trust, signed and encrypted packages, import, receipts, updates."""
