"""``python -m figcap``."""

from .cli import main

main()
