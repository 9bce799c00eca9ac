"""Exceptions raised by figcap.

Every error names the thing it concerns (a record file, a lexicon, an option) and the
problem, so that a batch job can report it and go on.
"""

from __future__ import annotations

__all__ = ["FigcapError", "RecordFormatError", "LexiconError", "ConfigError"]


class FigcapError(Exception):
    """Base class of every error figcap raises on purpose."""


class RecordFormatError(FigcapError, ValueError):
    """A figure record cannot be read or written.

    Parameters
    ----------
    source : str
        The file (or ``file:line`` for JSON Lines) the record came from.
    problem : str
        What is wrong, in words a curator can act on.
    """

    def __init__(self, source: str, problem: str) -> None:
        self.source = str(source)
        self.problem = problem
        super().__init__(f"{self.source}: {problem}")

    def __reduce__(self):  # keep pickling (multiprocessing) working
        return (type(self), (self.source, self.problem))


class LexiconError(FigcapError):
    """A compiled lexicon is missing, corrupt, or a source file cannot be compiled."""


class ConfigError(FigcapError, ValueError):
    """An option or configuration value is not allowed."""
