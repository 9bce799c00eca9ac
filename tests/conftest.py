"""Shared fixtures: paths to the test data shipped in tests/fixtures."""

from __future__ import annotations

from pathlib import Path

import pytest

FIXTURES = Path(__file__).parent / "fixtures"
SEED = FIXTURES / "records" / "old" / "PMC7859674__10.1177_0269881120959644-fig4.md"


@pytest.fixture(scope="session")
def seed_record():
    """The seed record (old layout), read with figcap.records."""
    from figcap.records import read_record

    return read_record(SEED)
