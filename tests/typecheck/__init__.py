"""User scripts that must pass ``mypy --strict`` as written (no casts, no ``assert x is not None``)."""
