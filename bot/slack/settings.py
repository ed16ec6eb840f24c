"""The `[slack]` section of the owner's config: how duebot talks to Slack and who may record.

Secrets (bot token, app-level token, signing secret) are given either literally or, better, as
the name of an environment variable (`*_env`), like the SMTP password. Which ones are needed
depends on the mode: HTTP mode needs the signing secret, Socket Mode the app-level token; both
need the bot token.

`templates_dir` points at an owner's copy of duebot's `templates/` folder: its `slack/` files
hold the words of cards, modals, the digest and the recap (`bot.slack.wording`).
"""

from __future__ import annotations

import os
import re
from datetime import time
from pathlib import Path
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, SecretStr, field_validator, model_validator

_CHANNEL_ID = re.compile(r"^[CGD][A-Z0-9]{2,}$")
_USER_ID = re.compile(r"^[UW][A-Z0-9]{2,}$")
_USERGROUP_ID = re.compile(r"^S[A-Z0-9]{2,}$")


class SlackSecretMissing(Exception):
    """A Slack secret the configured mode needs is neither in the config nor in its env var."""

    def __init__(self, key: str, env: str | None) -> None:
        where = f"environment variable {env} is not set" if env else "it is not configured"
        super().__init__(f"slack.{key}: {where}")
        self.key = key
        self.env = env


class _Section(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


def _is_slack_user_id(value: str) -> bool:
    return bool(_USER_ID.match(value))


class SlackHttpConfig(_Section):
    """Where the HTTP-mode endpoint listens (Slack's Request URL points here, via your proxy)."""

    host: str = "127.0.0.1"
    port: int = Field(default=3000, ge=0, le=65535)
    path: str = "/slack/events"

    @field_validator("path")
    @classmethod
    def _absolute(cls, value: str) -> str:
        if not value.startswith("/"):
            raise ValueError(f"path must start with '/', got {value!r}")
        return value


class AllowedStaff(_Section):
    """Who may record outcomes: listed user IDs, members of a user group, members of a channel.

    Someone is allowed when any one of the three admits them.
    """

    users: tuple[str, ...] = ()
    usergroup: str | None = None
    channel: str | None = None

    @field_validator("users")
    @classmethod
    def _user_ids(cls, values: tuple[str, ...]) -> tuple[str, ...]:
        for value in values:
            if not _is_slack_user_id(value):
                raise ValueError(f"{value!r} is not a Slack user ID like U012AB3CD")
        return values

    @field_validator("usergroup")
    @classmethod
    def _usergroup_id(cls, value: str | None) -> str | None:
        if value is not None and not _USERGROUP_ID.match(value):
            raise ValueError(f"{value!r} is not a Slack user group ID like S012AB3CD")
        return value

    @field_validator("channel")
    @classmethod
    def _channel_id(cls, value: str | None) -> str | None:
        if value is not None and not _CHANNEL_ID.match(value):
            raise ValueError(f"{value!r} is not a Slack channel ID like C012AB3CD")
        return value

    @model_validator(mode="after")
    def _someone(self) -> AllowedStaff:
        if not self.users and self.usergroup is None and self.channel is None:
            raise ValueError("name who may record outcomes: users, usergroup or channel")
        return self


def _resolve(key: str, literal: SecretStr | None, env: str | None) -> str:
    if literal is not None:
        return literal.get_secret_value()
    if env and os.environ.get(env):
        return os.environ[env]
    raise SlackSecretMissing(key, env)


class SlackConfig(_Section):
    mode: Literal["socket", "http"] = "http"
    bot_token: SecretStr | None = None
    bot_token_env: str | None = "DUEBOT_SLACK_BOT_TOKEN"
    app_token: SecretStr | None = None
    app_token_env: str | None = "DUEBOT_SLACK_APP_TOKEN"
    signing_secret: SecretStr | None = None
    signing_secret_env: str | None = "DUEBOT_SLACK_SIGNING_SECRET"
    channel: str = Field(description="channel ID where task cards are posted")
    http: SlackHttpConfig = SlackHttpConfig()
    staff: AllowedStaff
    digest_time: time = time(8, 30)
    api_base_url: str = "https://slack.com/api/"
    templates_dir: Path | None = Field(
        default=None,
        description=("templates folder whose slack/*.toml hold the Slack texts (relative to the "
                     "config file); unset: duebot's own templates/"),
    )

    @field_validator("channel")
    @classmethod
    def _channel_id(cls, value: str) -> str:
        if not _CHANNEL_ID.match(value):
            raise ValueError(f"{value!r} is not a Slack channel ID like C012AB3CD")
        return value

    @field_validator("api_base_url")
    @classmethod
    def _trailing_slash(cls, value: str) -> str:
        if not value.startswith(("http://", "https://")):
            raise ValueError(f"{value!r} is not an http(s) URL")
        return value if value.endswith("/") else value + "/"

    def resolved_bot_token(self) -> str:
        return _resolve("bot_token", self.bot_token, self.bot_token_env)

    def resolved_app_token(self) -> str:
        return _resolve("app_token", self.app_token, self.app_token_env)

    def resolved_signing_secret(self) -> str:
        return _resolve("signing_secret", self.signing_secret, self.signing_secret_env)


def is_slack_user_id(value: str | None) -> bool:
    """True for a Slack user ID (U… or W…), the form `Account.assigned_to` takes for Slack DMs."""
    return value is not None and _is_slack_user_id(value)
