"""Reference codes view and decision aids."""
