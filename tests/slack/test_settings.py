"""The [slack] section of the config: optional, secrets from the environment, staff named."""

from __future__ import annotations

from typing import Any

import pytest

from bot.config import ConfigError, parse_config
from bot.slack.settings import SlackConfig, SlackSecretMissing

BUSINESS = {"name": "Brightwater Joinery Ltd", "from_address": "accounts@brightwater.example",
            "reply_to": "accounts@brightwater.example"}


def config(**slack: Any) -> dict[str, Any]:
    return {"business": BUSINESS,
            "slack": {"channel": "C0DUEBOT", "staff": {"users": ["U0SAM"]}, **slack}}


def test_duebot_runs_without_slack_configured() -> None:
    assert parse_config({"business": BUSINESS}).slack is None


def test_secrets_come_from_the_named_environment_variables(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("ACME_SLACK_BOT", "xoxb-from-env")
    slack = parse_config(config(bot_token_env="ACME_SLACK_BOT")).slack

    assert slack is not None and slack.resolved_bot_token() == "xoxb-from-env"


def test_a_missing_secret_names_the_key_and_the_variable(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("DUEBOT_SLACK_SIGNING_SECRET", raising=False)
    slack = SlackConfig.model_validate(config()["slack"])

    with pytest.raises(SlackSecretMissing) as missing:
        slack.resolved_signing_secret()

    assert str(missing.value) == (
        "slack.signing_secret: environment variable DUEBOT_SLACK_SIGNING_SECRET is not set")


def test_secrets_are_not_shown_when_the_config_is_printed() -> None:
    slack = SlackConfig.model_validate(config(bot_token="xoxb-secret")["slack"])

    assert "xoxb-secret" not in repr(slack)


@pytest.mark.parametrize(("slack", "key", "reason"), [
    ({"staff": {}}, "slack.staff", "name who may record outcomes"),
    ({"channel": "#credit-control"}, "slack.channel", "not a Slack channel ID"),
    ({"staff": {"users": ["sam"]}}, "slack.staff.users", "not a Slack user ID"),
    ({"mode": "webhook"}, "slack.mode", "'socket' or 'http'"),
    ({"http": {"path": "slack"}}, "slack.http.path", "must start with '/'"),
])
def test_a_bad_slack_section_fails_at_start_naming_the_key(
    slack: dict[str, Any], key: str, reason: str,
) -> None:
    with pytest.raises(ConfigError) as failed:
        parse_config(config(**slack))

    assert failed.value.key == key
    assert reason in failed.value.reason
