"""A bad config fails at start with the file, the key path and what is wrong."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.config import ConfigError, load_config

REPO_ROOT = Path(__file__).resolve().parents[2]

MINIMAL = """
[business]
name = "Brightwater Joinery Ltd"
from_address = "accounts@brightwater.example"
reply_to = "accounts@brightwater.example"
"""


def write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "config.toml"
    path.write_text(text, encoding="utf-8")
    return path


def test_the_example_config_is_valid_and_documents_the_default_cadence() -> None:
    config = load_config(REPO_ROOT / "config.example.toml")
    assert [s.name for s in config.cadence] == [
        "heads_up", "gentle", "firm", "call", "final_notice", "agency"]
    assert [s.offset_days for s in config.cadence] == [-3, 1, 7, 14, 30, 45]
    assert config.business.locale == "en_GB"


def test_a_minimal_config_gets_sensible_defaults(tmp_path: Path) -> None:
    config = load_config(write(tmp_path, MINIMAL))
    assert config.send_window.days == ("mon", "tue", "wed", "thu", "fri")
    assert config.limits.max_emails_per_7_days == 2
    assert config.storage.data_dir == tmp_path / "duebot-data"


def test_broken_toml_names_the_file_and_the_line(tmp_path: Path) -> None:
    path = write(tmp_path, MINIMAL + "\n[smtp\nport = 25\n")
    with pytest.raises(ConfigError) as err:
        load_config(path)
    assert str(path) in str(err.value)
    assert "line 7" in str(err.value)


def test_an_email_step_without_a_template_names_the_step(tmp_path: Path) -> None:
    path = write(tmp_path, MINIMAL + '\n[[cadence]]\nname = "gentle"\noffset_days = 1\n'
                 'channel = "email"\n')
    with pytest.raises(ConfigError) as err:
        load_config(path)
    assert err.value.key == "cadence[0]"
    assert "gentle" in err.value.reason and "template" in err.value.reason


@pytest.mark.parametrize(
    ("extra", "key", "words"),
    [
        ('[smtp]\nport = 70000\n', "smtp.port", "less than or equal"),
        ('[smtp]\nsecurity = "ssl"\n', "smtp.security", "'none', 'starttls' or 'tls'"),
        ('[send_window]\nstart = 18:00:00\nend = 09:00:00\n', "send_window", "start"),
        ('[holidays]\ncountry = "XX"\n', "holidays", "unknown holiday country"),
        ('[smtp]\nhots = "mail"\n', "smtp.hots", "Extra inputs"),
    ],
)
def test_each_mistake_is_reported_with_its_key_path(
    tmp_path: Path, extra: str, key: str, words: str
) -> None:
    with pytest.raises(ConfigError) as err:
        load_config(write(tmp_path, MINIMAL + "\n" + extra))
    assert err.value.key == key
    assert words in err.value.reason


def test_business_timezone_must_be_a_real_zone(tmp_path: Path) -> None:
    text = MINIMAL.replace('reply_to', 'timezone = "Europe/Londn"\nreply_to')
    with pytest.raises(ConfigError) as err:
        load_config(write(tmp_path, text))
    assert err.value.key == "business.timezone"
    assert "Europe/Londn" in err.value.reason


def test_cadence_steps_must_be_in_order(tmp_path: Path) -> None:
    text = MINIMAL + (
        '\n[[cadence]]\nname = "b"\noffset_days = 7\nchannel = "staff_call"\n'
        '\n[[cadence]]\nname = "a"\noffset_days = 1\nchannel = "staff_call"\n')
    with pytest.raises(ConfigError) as err:
        load_config(write(tmp_path, text))
    assert err.value.key == "cadence"
    assert "order" in err.value.reason


def test_the_smtp_password_may_come_from_the_environment(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("TEST_SMTP_PASSWORD", "s3cret")
    text = MINIMAL + '\n[smtp]\npassword_env = "TEST_SMTP_PASSWORD"\n'
    config = load_config(write(tmp_path, text))
    assert config.smtp.resolved_password() == "s3cret"
    assert "s3cret" not in repr(config)


def test_a_missing_file_is_a_config_error(tmp_path: Path) -> None:
    with pytest.raises(ConfigError) as err:
        load_config(tmp_path / "nope.toml")
    assert "cannot read" in err.value.reason
