"""The words duebot uses in Slack, owner-editable in `<templates dir>/slack/*.toml`.

Each file holds named short texts (TOML strings); a text may insert values with Jinja2
(`{{ name }}`, `{{ due_on | date('%d %b %Y') }}`, `{% if ... %}`). Block Kit structure stays in
code; only the words live in the files. Which texts each file must hold, and which values each
text may use, is `CATALOGUE`: the files are checked against it when they are loaded (at start),
so a missing, misspelt or broken text is reported then, with its file and name, rather than
when a card is posted.

Texts are rendered two ways. `mrkdwn()` is for Slack mrkdwn: every inserted string is escaped
(`bot.slack.text.escape`) unless it is already `Mrkdwn` (a link, a mention, or another rendered
mrkdwn text); the owner's own text is never escaped. `plain()` is for plain-text fields
(headers, buttons, modal labels, notification texts) and inserts values as they are.
"""

from __future__ import annotations

import tomllib
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from functools import cache
from pathlib import Path

from jinja2 import Environment, StrictUndefined, Template, TemplateError, meta

from bot.domain.tasks import TaskKind
from bot.mail.templates import default_templates_dir
from bot.services.call_outcomes import Outcome
from bot.slack.text import escape

#: Outcomes whose button opens a modal to collect inputs before recording. Fixed here rather
#: than read from the labels (which owners may now change); the catalogue gives each a title.
MODAL_OUTCOMES = frozenset({
    Outcome.PROMISED_TO_PAY, Outcome.PLAN_AGREED, Outcome.PAID_ALREADY, Outcome.DISPUTED,
    Outcome.CALL_BACK_LATER, Outcome.INVOICE_ADJUSTED, Outcome.INVOICE_CANCELLED,
    Outcome.CONTACT_REENABLED, Outcome.RECLASSIFIED,
})


def _texts(table: str = "", /, **texts: str) -> dict[str, frozenset[str]]:
    """Text names (in `[table]`, if named) and the values each may use (space-separated)."""
    prefix = f"{table}." if table else ""
    return {prefix + name: frozenset(values.split()) for name, values in texts.items()}


#: Every text, by file (`<templates dir>/slack/<file>.toml`) and name, with the values it may use.
CATALOGUE: Mapping[str, Mapping[str, frozenset[str]]] = {
    "cards": {
        **{f"heading.{kind}": frozenset() for kind in TaskKind},
        **{f"button.{outcome}": frozenset() for outcome in Outcome},
        "button.note": frozenset(),
        **_texts(
            "card",
            title="heading name",
            why="reason",
            do_not_call="reason",
            debtor="name account_id",
            contact="details",
            phone="phone",
            invoices_none="",
            invoices="lines totals",
            invoice="number balance due_on when asked",
            overdue="days",
            due_today="",
            due_in="days",
            more="count",
            history_none="",
            history="on_time paid last_payment",
            last_contacts="lines",
            contact_line="on what",
            email_sent="step",
            reply_received="intent",
            call="outcome",
            last_reply="quoted",
            recorded="summary by at",
        ),
    },
    "modals": {
        **{f"title.{outcome}": frozenset() for outcome in MODAL_OUTCOMES},
        **_texts(
            about="account invoices balance currency",
            no_invoices="",
            record="",
            cancel="",
            note_title="",
            note_add="",
            note="",
            invoice="",
            invoice_option="number balance currency",
            amount_placeholder="",
            promise_date="",
            promise_amount="currency",
            instalment_date="row",
            instalment_amount="row currency",
            paid_date="",
            paid_amount="currency",
            paid_how="",
            dispute="",
            call_back_at="",
            new_balance="currency",
            adjust_why="",
            cancel_why="",
            address="",
            reenable_why="",
            reclassify="",
        ),
    },
    "overview": _texts(
        digest_title="today",
        digest_text="calls promises broken replies",
        home_title="today",
        calls="",
        promises_due="",
        broken="",
        replies="",
        section="title count lines",
        section_empty="title",
        more="count",
        task_line="name reason assigned",
        promise_line="name amount currency due_on",
        owed="currency buckets",
        owed_bucket="bucket total",
        owed_nothing="",
    ),
    "recap": _texts(
        text="first_day last_day collected promised broken plans disputes decisions",
        title="first_day last_day",
        figures="collected payments promised broken plans disputes owed dso",
        nothing="",
        dso="currency days complete",
        dso_none="",
        decision_line="name reasons",
        unmatched="count",
        more="count",
        decisions="lines",
        decisions_none="",
    ),
}


class Mrkdwn(str):
    """Text already in Slack mrkdwn (a link, a mention, a rendered text): inserted as it is."""

    __slots__ = ()


class WordingError(Exception):
    """A Slack text file or text that cannot be used: missing, misspelt, or broken."""

    def __init__(self, file: Path, name: str | None, reason: str) -> None:
        where = f"{file}: {name}" if name else str(file)
        super().__init__(f"Slack text {where}: {reason}")
        self.file = file
        self.name = name
        self.reason = reason


def _date(value: date, fmt: str) -> str:
    """The `date` filter: `{{ due_on | date('%d %b %Y') }}` (strftime codes)."""
    return value.strftime(fmt)


def _environment() -> Environment:
    env = Environment(undefined=StrictUndefined, autoescape=False, keep_trailing_newline=True)
    env.filters["date"] = _date
    return env


def _flatten(table: Mapping[str, object], prefix: str = "") -> dict[str, object]:
    """`[heading] call = "..."` as `{"heading.call": "..."}`."""
    flat: dict[str, object] = {}
    for key, value in table.items():
        if isinstance(value, dict):
            flat.update(_flatten(value, f"{prefix}{key}."))
        else:
            flat[f"{prefix}{key}"] = value
    return flat


def _read(path: Path) -> dict[str, object]:
    try:
        raw = path.read_text(encoding="utf-8")
    except FileNotFoundError as exc:
        raise WordingError(path, None, "the file is missing") from exc
    except (OSError, UnicodeDecodeError) as exc:
        raise WordingError(path, None, f"cannot read it: {exc}") from exc
    try:
        return _flatten(tomllib.loads(raw))
    except tomllib.TOMLDecodeError as exc:
        raise WordingError(path, None, f"not valid TOML: {exc}") from exc


def _compile(env: Environment, path: Path, name: str, source: object,
             values: frozenset[str]) -> Template:
    if not isinstance(source, str):
        raise WordingError(path, name, f"must be text in quotes, got {source!r}")
    try:
        used = meta.find_undeclared_variables(env.parse(source))
        template = env.from_string(source)
    except TemplateError as exc:
        raise WordingError(path, name, f"broken template: {exc}") from exc
    unknown = sorted(used - values - set(env.globals))
    if unknown:
        offered = ", ".join(sorted(values)) or "none"
        raise WordingError(path, name, f"uses {', '.join(unknown)}, which it is not given "
                                       f"(values it may use: {offered})")
    return template


@dataclass(frozen=True, slots=True)
class SlackWording:
    """The Slack texts of one templates directory, checked and compiled."""

    directory: Path
    _templates: Mapping[str, Template]

    @classmethod
    def load(cls, templates_dir: Path | None = None) -> SlackWording:
        """Read and check `<templates_dir>/slack/*.toml` (default: duebot's own templates).
        Raises `WordingError` naming the file and the text."""
        directory = (templates_dir or default_templates_dir()) / "slack"
        env = _environment()
        templates: dict[str, Template] = {}
        for file, catalogue in CATALOGUE.items():
            path = directory / f"{file}.toml"
            texts = _read(path)
            unknown = sorted(set(texts) - set(catalogue))
            if unknown:
                raise WordingError(path, unknown[0], "not a text duebot uses (check the "
                                                     "spelling); known texts: "
                                                     + ", ".join(sorted(catalogue)))
            for name, values in catalogue.items():
                if name not in texts:
                    raise WordingError(path, name, "missing")
                templates[f"{file}.{name}"] = _compile(env, path, name, texts[name], values)
        return cls(directory, templates)

    def _render(self, name: str, values: Mapping[str, object]) -> str:
        try:
            template = self._templates[name]
        except KeyError:
            raise KeyError(f"no Slack text {name!r} in the catalogue") from None
        return template.render(values)

    def plain(self, name: str, /, **values: object) -> str:
        """Text `name` ("file.text") for a plain-text field; values inserted as they are."""
        return self._render(name, values)

    def mrkdwn(self, name: str, /, **values: object) -> Mrkdwn:
        """Text `name` ("file.text") in mrkdwn; inserted strings are escaped unless `Mrkdwn`."""
        safe = {key: escape(value) if isinstance(value, str) and not isinstance(value, Mrkdwn)
                else value for key, value in values.items()}
        return Mrkdwn(self._render(name, safe))


@cache
def default_wording() -> SlackWording:
    """duebot's own texts (what pure builders use when they are given none)."""
    return SlackWording.load()
