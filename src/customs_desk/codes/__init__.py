"""Reference codes (Basel annexes, HS waste codes, countries), validators and decision aids."""
