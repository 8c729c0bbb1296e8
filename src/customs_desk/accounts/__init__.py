"""Border posts, user accounts, roles and sign-in."""
