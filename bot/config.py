"""The owner's TOML configuration, validated with pydantic.

`load_config` either returns a `Config` or raises `ConfigError` naming the file, the key path
and what is wrong, so a bad config fails at start, never half-way through a sweep.
"""

from __future__ import annotations

import os
import tomllib
from datetime import date, time
from pathlib import Path
from typing import Any, Literal
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from babel import Locale, UnknownLocaleError
from pydantic import (
    BaseModel,
    ConfigDict,
    Field,
    SecretStr,
    ValidationError,
    field_validator,
    model_validator,
)

from bot.slack.settings import SlackConfig

Weekday = Literal["mon", "tue", "wed", "thu", "fri", "sat", "sun"]
WEEKDAYS: tuple[Weekday, ...] = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")


class ConfigError(Exception):
    """A configuration problem, with where it is."""

    def __init__(self, file: str, key: str, reason: str) -> None:
        super().__init__(f"{file}: {key}: {reason}" if key else f"{file}: {reason}")
        self.file = file
        self.key = key
        self.reason = reason


class _Section(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


def _check_timezone(value: str) -> str:
    try:
        ZoneInfo(value)
    except (ZoneInfoNotFoundError, ValueError) as exc:
        raise ValueError(
            f"unknown time zone {value!r} (use an IANA name like Europe/London)"
        ) from exc
    return value


def _check_locale(value: str) -> str:
    try:
        Locale.parse(value)
    except (UnknownLocaleError, ValueError) as exc:
        raise ValueError(f"unknown locale {value!r} (use a code like en_GB or de_DE)") from exc
    return value


def _check_address(value: str) -> str:
    if "\r" in value or "\n" in value or value.count("@") != 1 or " " in value.strip():
        raise ValueError(f"{value!r} is not a plain email address")
    local, _, domain = value.strip().partition("@")
    if not local or "." not in domain:
        raise ValueError(f"{value!r} is not a plain email address")
    return value.strip()


class BusinessConfig(_Section):
    """Who is writing: the business's identity and defaults for debtors we know little about."""

    name: str
    from_address: str
    reply_to: str = Field(description="collections mailbox; replies come back here")
    signature: str = ""
    locale: str = "en_GB"
    currency: str = "GBP"
    timezone: str = "Europe/London"

    _tz = field_validator("timezone")(_check_timezone)
    _loc = field_validator("locale")(_check_locale)
    _addr = field_validator("from_address", "reply_to")(_check_address)

    @field_validator("currency")
    @classmethod
    def _currency(cls, value: str) -> str:
        if len(value) != 3 or not value.isalpha():
            raise ValueError(f"{value!r} is not an ISO 4217 currency code like GBP")
        return value.upper()


class SmtpConfig(_Section):
    host: str = "localhost"
    port: int = Field(default=587, ge=1, le=65535)
    security: Literal["none", "starttls", "tls"] = "starttls"
    username: str | None = None
    password: SecretStr | None = None
    password_env: str | None = Field(
        default=None, description="name of an environment variable holding the password"
    )
    connections: int = Field(default=4, ge=1, le=64)
    timeout_seconds: float = Field(default=30, gt=0)
    max_attempts: int = Field(default=4, ge=1)
    retry_base_seconds: float = Field(default=60, ge=0)

    def resolved_password(self) -> str | None:
        if self.password is not None:
            return self.password.get_secret_value()
        if self.password_env:
            return os.environ.get(self.password_env)
        return None


class SendWindowConfig(_Section):
    """When debtors may be contacted, in the debtor's own time zone where known."""

    days: tuple[Weekday, ...] = ("mon", "tue", "wed", "thu", "fri")
    start: time = time(9, 0)
    end: time = time(17, 0)

    @model_validator(mode="after")
    def _order(self) -> SendWindowConfig:
        if self.start >= self.end:
            raise ValueError("start must be before end")
        if not self.days:
            raise ValueError("days must name at least one weekday")
        return self


class HolidaysConfig(_Section):
    """Public holidays to skip, from the `holidays` package, plus the owner's own closed days."""

    country: str | None = "GB"
    subdivision: str | None = None
    extra_dates: tuple[date, ...] = ()

    @model_validator(mode="after")
    def _known(self) -> HolidaysConfig:
        if self.country:
            import holidays

            try:
                holidays.country_holidays(self.country, subdiv=self.subdivision)
            except NotImplementedError as exc:
                raise ValueError(f"unknown holiday country or subdivision: {exc}") from exc
        return self


ComplianceProfile = Literal["b2b", "us_consumer", "uk_consumer"]
FINAL_NOTICE_STEP = "final_notice"


class DebtAdviceLink(_Section):
    name: str
    url: str

    @field_validator("url")
    @classmethod
    def _url(cls, value: str) -> str:
        if not value.startswith(("https://", "http://")):
            raise ValueError(f"{value!r} is not a web address (https://...)")
        return value


def _default_debt_advice() -> tuple[DebtAdviceLink, ...]:
    return (
        DebtAdviceLink(name="MoneyHelper", url="https://www.moneyhelper.org.uk/"),
        DebtAdviceLink(name="StepChange", url="https://www.stepchange.org/"),
    )


class ComplianceConfig(_Section):
    """Which world's rules apply to every outbound contact and call prompt.

    `b2b`: business debtors (the send window, the weekly email cap, stop requests).
    `us_consumer`: also no contact before 08:00 or after 21:00 in the debtor's local time (in
    every zone they could be in, when it is not known), at most 7 call attempts per debt in 7
    days and none within 7 days of a conversation about it, no email to an employer's address.
    `uk_consumer`: also a hardship reply stops fees and prompts a plan offer that links to free
    debt advice (`debt_advice`).
    """

    profile: ComplianceProfile = "b2b"
    debt_advice: tuple[DebtAdviceLink, ...] = Field(default_factory=_default_debt_advice)


class LimitsConfig(_Section):
    max_emails_per_7_days: int = Field(default=2, ge=1)


class GraceConfig(_Section):
    """Extra days before the first reminder for customers who have always paid on time."""

    good_payer_extra_days: int = Field(default=7, ge=0)
    min_invoices_paid: int = Field(default=3, ge=1)
    min_on_time_rate: float = Field(default=0.9, ge=0, le=1)


class CadenceStep(_Section):
    """One step of the cadence: `offset_days` after the due date (negative: before it)."""

    name: str
    offset_days: int
    channel: Literal["email", "staff_call", "escalate"]
    template: str | None = None
    confirm: bool | None = Field(
        default=None,
        description="a person must confirm the step before anything leaves; default: yes for "
                    "the final notice and for escalation (hand to an agency), no otherwise")

    @model_validator(mode="after")
    def _template(self) -> CadenceStep:
        if self.channel == "email" and not self.template:
            raise ValueError(f"step {self.name!r} sends email, so it needs a template")
        return self

    @property
    def needs_confirmation(self) -> bool:
        """Escalation happens deliberately: the final notice and hand-to-agency steps wait for
        a person's confirmation unless the owner says otherwise (`confirm = false`)."""
        if self.confirm is not None:
            return self.confirm
        return self.channel == "escalate" or self.name == FINAL_NOTICE_STEP


def _default_cadence() -> tuple[CadenceStep, ...]:
    return (
        CadenceStep(name="heads_up", offset_days=-3, channel="email", template="heads_up"),
        CadenceStep(name="gentle", offset_days=1, channel="email", template="gentle"),
        CadenceStep(name="firm", offset_days=7, channel="email", template="firm"),
        CadenceStep(name="call", offset_days=14, channel="staff_call"),
        CadenceStep(name="final_notice", offset_days=30, channel="email", template="final_notice"),
        CadenceStep(name="agency", offset_days=45, channel="escalate"),
    )


class BirthdayConfig(_Section):
    enabled: bool = True
    template: str = "birthday"


class AgreementsConfig(_Section):
    """Promises and payment plans: the recap, the notes before each date, thank-yous, and how
    long a missed date waits before it counts as broken."""

    recap: bool = Field(default=True, description="email the debtor the agreed terms")
    note_lead_days: int = Field(default=1, ge=0, le=30,
                                description="days before each date to send a gentle note")
    notes: bool = True
    thank_you: bool = Field(default=True, description="a thank-you email for each payment")
    grace_days: int = Field(default=2, ge=0, le=60,
                            description="days after a date before it counts as missed")
    payment_instructions: str = Field(
        default="", description="how to pay, for agreements whose invoices have no link")
    max_instalments: int = Field(default=24, ge=1, le=120)
    horizon_days: int = Field(default=365, ge=1, description="latest date, from today")
    recap_template: str = "agreement_recap"
    note_template: str = "agreement_note"
    thanks_template: str = "agreement_thanks"
    complete_template: str = "agreement_complete"


class ScheduleConfig(_Section):
    sweep_every_minutes: int = Field(default=15, ge=1)


class ImapConfig(_Section):
    """The collections mailbox that debtors reply to."""

    host: str
    user: str
    port: int = Field(default=993, ge=1, le=65535)
    security: Literal["tls", "starttls", "none"] = "tls"
    password: SecretStr | None = None
    password_env: str | None = Field(
        default=None, description="name of an environment variable holding the password"
    )
    folder: str = "INBOX"
    after_processing: Literal["move", "flag", "nothing"] = "flag"
    processed_folder: str = "duebot/processed"
    processed_flag: str = "$Duebot"
    check_every_minutes: float = Field(default=2, gt=0)
    batch_size: int = Field(default=200, ge=1, le=500)
    max_message_mb: int = Field(default=25, ge=1)
    parse_workers: int | None = Field(
        default=None, ge=0, le=32,
        description=("processes that read incoming mail beside the reader; 0 reads it in the "
                     "reader's own thread; unset: one per CPU core (up to 4) when there are "
                     "several"),
    )

    def resolved_password(self) -> str:
        if self.password is not None:
            return self.password.get_secret_value()
        if self.password_env:
            return os.environ.get(self.password_env, "")
        return ""


_TimeOfDay = time  # `OwnerRecapConfig.time` would shadow the type


class OwnerRecapConfig(_Section):
    """The owner's weekly recap email (and Slack summary when Slack is configured)."""

    enabled: bool = False
    to: tuple[str, ...] = Field(default=(), description="the owner's address(es)")
    weekday: Weekday = "mon"
    time: _TimeOfDay = Field(default=_TimeOfDay(8, 0), description="business time zone")

    @field_validator("to", mode="before")
    @classmethod
    def _one_or_many(cls, value: object) -> object:
        return (value,) if isinstance(value, str) else value

    @field_validator("to")
    @classmethod
    def _addresses(cls, values: tuple[str, ...]) -> tuple[str, ...]:
        return tuple(_check_address(v) for v in values)

    @model_validator(mode="after")
    def _someone(self) -> OwnerRecapConfig:
        if self.enabled and not self.to:
            raise ValueError("enabled, so `to` must name the owner's address")
        return self


class StorageConfig(_Section):
    data_dir: Path = Path("duebot-data")
    snapshot_every: int = Field(default=5000, ge=1, description="journal records per snapshot")


class Config(_Section):
    business: BusinessConfig
    smtp: SmtpConfig = SmtpConfig()
    send_window: SendWindowConfig = SendWindowConfig()
    holidays: HolidaysConfig = HolidaysConfig()
    limits: LimitsConfig = LimitsConfig()
    compliance: ComplianceConfig = ComplianceConfig()
    grace: GraceConfig = GraceConfig()
    birthday: BirthdayConfig = BirthdayConfig()
    agreements: AgreementsConfig = AgreementsConfig()
    cadence: tuple[CadenceStep, ...] = Field(default_factory=_default_cadence)
    schedule: ScheduleConfig = ScheduleConfig()
    storage: StorageConfig = StorageConfig()
    slack: SlackConfig | None = None
    imap: ImapConfig | None = None
    owner_recap: OwnerRecapConfig = OwnerRecapConfig()

    @field_validator("cadence")
    @classmethod
    def _cadence(cls, steps: tuple[CadenceStep, ...]) -> tuple[CadenceStep, ...]:
        if not steps:
            raise ValueError("the cadence needs at least one step")
        names = [s.name for s in steps]
        if len(set(names)) != len(names):
            raise ValueError(f"step names must be unique, got {names}")
        offsets = [s.offset_days for s in steps]
        if offsets != sorted(set(offsets)):
            raise ValueError(f"steps must be in order of offset_days, each different: {offsets}")
        return steps

    def step(self, name: str) -> CadenceStep:
        for s in self.cadence:
            if s.name == name:
                return s
        raise KeyError(name)


def _key_path(loc: tuple[int | str, ...]) -> str:
    parts: list[str] = []
    for item in loc:
        if isinstance(item, int):
            parts.append(f"[{item}]")
        else:
            parts.append(("." if parts else "") + item)
    return "".join(parts)


def parse_config(data: dict[str, Any], *, source: str = "<config>") -> Config:
    try:
        return Config.model_validate(data)
    except ValidationError as exc:
        first = exc.errors()[0]
        key = _key_path(tuple(first["loc"]))
        reason = first["msg"].removeprefix("Value error, ")
        more = len(exc.errors()) - 1
        if more:
            reason += f" (and {more} more problem{'s' if more > 1 else ''})"
        raise ConfigError(source, key, reason) from exc


def load_config(path: Path) -> Config:
    """Read and validate a TOML config file."""
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise ConfigError(str(path), "", f"cannot read: {exc.strerror}") from exc
    try:
        data = tomllib.loads(raw.decode("utf-8"))
    except UnicodeDecodeError as exc:
        raise ConfigError(str(path), "", f"not UTF-8 text: {exc}") from exc
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(str(path), "", f"not valid TOML: {exc}") from exc
    config = parse_config(data, source=str(path))
    data_dir = config.storage.data_dir
    if not data_dir.is_absolute():
        storage = config.storage.model_copy(update={"data_dir": path.parent / data_dir})
        config = config.model_copy(update={"storage": storage})
    slack = config.slack
    if slack is not None and slack.templates_dir and not slack.templates_dir.is_absolute():
        slack = slack.model_copy(update={"templates_dir": path.parent / slack.templates_dir})
        config = config.model_copy(update={"slack": slack})
    return config
