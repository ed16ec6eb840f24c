"""The `[agreements]` settings: documented defaults, and a bad value named by its key."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.config import ConfigError, load_config
from tests.config.test_config import MINIMAL, REPO_ROOT, write


def test_the_example_config_documents_the_agreement_defaults(tmp_path: Path) -> None:
    example = load_config(REPO_ROOT / "config.example.toml").agreements
    default = load_config(write(tmp_path, MINIMAL)).agreements
    assert example == default
    assert (default.note_lead_days, default.grace_days, default.thank_you, default.recap) == (
        1, 2, True, True)


@pytest.mark.parametrize(("line", "key"), [
    ("grace_days = -1", "agreements.grace_days"),
    ("note_lead_days = 99", "agreements.note_lead_days"),
    ("thank_yous = true", "agreements.thank_yous"),
])
def test_a_bad_agreements_value_names_its_key(tmp_path: Path, line: str, key: str) -> None:
    with pytest.raises(ConfigError) as err:
        load_config(write(tmp_path, MINIMAL + f"\n[agreements]\n{line}\n"))
    assert err.value.key == key
