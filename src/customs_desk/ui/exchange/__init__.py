"""The Exchange page: packages to and from USB sticks, receipts, updates, keys, and the
secretariat's views (posts, conflicts, quarantine)."""
