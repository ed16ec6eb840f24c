"""The owner-editable email templates: Jinja2, compiled once, HTML with its CSS inlined.

Templates live in `<templates dir>/email/`: for each name a `NAME.txt.j2` (which also holds the
`subject` block) and a `NAME.html.j2`; `email.css` is the stylesheet for every HTML template.

CSS is inlined into the HTML *templates* when they are loaded, not into every email: Jinja
tags are swapped for inert placeholders, css-inline styles the markup, the tags are put back,
and Jinja compiles the result. That is only done when it provably changes nothing but the
`style` attributes (the same tags in the same order, every placeholder back where it was,
no Jinja inside a `class` attribute); otherwise that template's output is inlined per email,
which is always right and only slower. Edits to a template or to `email.css` are picked up
within a second (the folder's modification times are checked at most once a second).
"""

from __future__ import annotations

import os
import re
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import css_inline
from jinja2 import (
    BaseLoader,
    Environment,
    FileSystemLoader,
    StrictUndefined,
    Template,
    TemplateNotFound,
)
from jinja2.runtime import Context

from bot.mail.mime import one_line

STYLESHEET = "email.css"
EDIT_CHECK_SECONDS = 1.0
_JINJA = re.compile(r"\{%.*?%\}|\{\{.*?\}\}|\{#.*?#\}", re.DOTALL)
_TAG = re.compile(r"<(/?)([A-Za-z][A-Za-z0-9-]*)")
_JINJA_IN_CLASS = re.compile(r"""class\s*=\s*(?:"[^"]*\{[{%]|'[^']*\{[{%])""")
_EXTENDS = re.compile(r"""\{%-?\s*extends\s+["']([^"']+)["']""")
_STYLE_BLOCK = re.compile(r"<style\b.*?</style>", re.DOTALL | re.IGNORECASE)


def default_templates_dir() -> Path:
    """The repository's `templates/` directory (owners may edit what is in it)."""
    return Path(__file__).resolve().parents[2] / "templates"


class UnknownTemplate(LookupError):
    """No usable email template by that name."""

    def __init__(self, name: str, reason: str) -> None:
        super().__init__(f"email template {name!r}: {reason}")
        self.name = name
        self.reason = reason


@dataclass(frozen=True, slots=True)
class Rendered:
    subject: str
    text: str
    html: str


def _tidy_text(text: str) -> str:
    """No trailing spaces, no more than one blank line in a row, one newline at the end."""
    lines: list[str] = []
    for line in text.splitlines():
        line = line.rstrip()
        if line or (lines and lines[-1]):
            lines.append(line)
    while lines and not lines[-1]:
        lines.pop()
    return "\n".join(lines) + "\n"


def _nothing(context: Context) -> Iterator[str]:
    """Renders a block as nothing (the subject block, where it sits in the text body)."""
    return iter(())


def _tags(html: str) -> list[tuple[str, str]]:
    return [(slash, name.lower()) for slash, name in _TAG.findall(html)
            if name.lower() != "style"]


def preinline(source: str, css: str) -> str | None:
    """The template source with its markup's CSS inlined, Jinja tags untouched; None when that
    cannot be done without changing the template's structure."""
    if _JINJA_IN_CLASS.search(source):
        return None
    marker = "jqx"
    while marker in source:
        marker += "x"
    originals: list[str] = []

    def protect(match: re.Match[str]) -> str:
        originals.append(match.group(0))
        n = len(originals) - 1
        statement = match.group(0)[1] in "%#"
        return f"<!--{marker}{n}{marker}-->" if statement else f"{marker}{n}{marker}"

    protected = _JINJA.sub(protect, source)
    whole_document = "<html" in protected.lower()
    try:
        if whole_document:
            inliner = css_inline.CSSInliner(extra_css=css or None, keep_style_tags=False,
                                            load_remote_stylesheets=False)
            styled = inliner.inline(protected)
        else:
            styled = css_inline.inline_fragment(protected, css)
    except (css_inline.InlineError, ValueError):
        return None
    if _tags(styled) != _tags(_STYLE_BLOCK.sub("", protected)):
        return None
    found = re.findall(rf"(?:<!--|&lt;!--)?{marker}(\d+){marker}(?:-->|--&gt;)?", styled)
    if [int(n) for n in found] != list(range(len(originals))):
        return None
    return re.sub(rf"(?:<!--|&lt;!--)?{marker}(\d+){marker}(?:-->|--&gt;)?",
                  lambda m: originals[int(m.group(1))], styled)


class _InliningLoader(FileSystemLoader):
    """Loads templates from disk, inlining `email.css` into the HTML ones as they load."""

    def __init__(self, folder: Path, *, inline_at_load: bool) -> None:
        super().__init__(str(folder))
        self.folder = folder
        self.inline_at_load = inline_at_load
        self.per_email: set[str] = set()

    def stylesheet_version(self) -> int | None:
        try:
            return (self.folder / STYLESHEET).stat().st_mtime_ns
        except OSError:
            return None

    def stylesheet(self) -> str:
        try:
            return (self.folder / STYLESHEET).read_text(encoding="utf-8")
        except OSError:
            return ""

    def get_source(
        self, environment: Environment, template: str
    ) -> tuple[str, str, Callable[[], bool]]:
        source, filename, uptodate = super().get_source(environment, template)
        if not template.endswith(".html.j2"):
            return source, filename, uptodate
        css_version = self.stylesheet_version()
        inlined = preinline(source, self.stylesheet()) if self.inline_at_load else None
        if inlined is None:
            self.per_email.add(template)
        else:
            self.per_email.discard(template)

        def still_current() -> bool:
            return uptodate() and self.stylesheet_version() == css_version

        return (inlined if inlined is not None else source), filename, still_current


class EmailTemplates:
    """The email templates of one templates directory, ready to render."""

    def __init__(self, templates_dir: Path | None = None, *, inline_at_load: bool = True) -> None:
        """`inline_at_load=False` inlines every email's HTML instead (slower, same styles)."""
        self.directory = Path(templates_dir) if templates_dir else default_templates_dir()
        self._loader = _InliningLoader(self.directory / "email", inline_at_load=inline_at_load)
        loader: BaseLoader = self._loader
        self._env = Environment(
            loader=loader,
            autoescape=lambda name: bool(name) and str(name).endswith(".html.j2"),
            undefined=StrictUndefined,
            trim_blocks=True,
            lstrip_blocks=True,
            keep_trailing_newline=True,
            auto_reload=False,
        )
        self._edits_seen = self._edits_signature()
        self._edits_checked = time.monotonic()
        self._inliners: dict[str, css_inline.CSSInliner] = {}
        self._chains: dict[str, tuple[Template, bool]] = {}

    def _edits_signature(self) -> tuple[tuple[str, int], ...]:
        try:
            with os.scandir(self._loader.folder) as entries:
                return tuple(sorted((e.name, e.stat().st_mtime_ns) for e in entries))
        except OSError:
            return ()

    def _pick_up_edits(self) -> None:
        """Recompile after an owner edits a template (checked at most once a second)."""
        now = time.monotonic()
        if now - self._edits_checked < EDIT_CHECK_SECONDS:
            return
        self._edits_checked = now
        signature = self._edits_signature()
        if signature != self._edits_seen:
            self._edits_seen = signature
            if self._env.cache is not None:
                self._env.cache.clear()
            self._chains.clear()

    def inlined_per_email(self) -> frozenset[str]:
        """HTML templates loaded so far whose CSS could not be inlined when they loaded."""
        return frozenset(self._loader.per_email)

    def _template(self, name: str, kind: str) -> Template:
        self._pick_up_edits()
        try:
            return self._env.get_template(f"{name}.{kind}.j2")
        except TemplateNotFound as exc:
            missing = self.directory / "email" / str(exc.name or f"{name}.{kind}.j2")
            raise UnknownTemplate(name, f"{missing} not found") from exc

    def _needs_inlining_per_email(self, template: Template) -> bool:
        """Whether this template, or one it extends, could not be inlined when loaded."""
        known = self._chains.get(str(template.name))
        if known is not None and known[0] is template:
            return known[1]
        per_email = False
        name: str | None = template.name
        seen: set[str] = set()
        while name and name not in seen:
            seen.add(name)
            per_email = per_email or name in self._loader.per_email
            try:
                source = self._loader.get_source(self._env, name)[0]
            except TemplateNotFound:
                break
            parent = _EXTENDS.search(source)
            name = parent.group(1) if parent else None
        self._chains[str(template.name)] = (template, per_email)
        return per_email

    def _inline_per_email(self, html: str) -> str:
        css = self._loader.stylesheet()
        inliner = self._inliners.get(css)
        if inliner is None:
            inliner = css_inline.CSSInliner(extra_css=css or None, keep_style_tags=False,
                                            load_remote_stylesheets=False)
            self._inliners = {css: inliner}
        return inliner.inline(html)

    def render(self, name: str, context: dict[str, Any]) -> Rendered:
        text_template = self._template(name, "txt")
        html_template = self._template(name, "html")
        if "subject" not in text_template.blocks:
            raise UnknownTemplate(name, "the text template has no {% block subject %}")
        text_context = text_template.new_context(context)
        subject = one_line("".join(text_template.blocks["subject"](text_context)))
        text_context.blocks["subject"] = [_nothing]
        text_context.vars["subject"] = subject
        text = _tidy_text("".join(text_template.root_render_func(text_context)))
        html = html_template.render({**context, "subject": subject})
        if self._needs_inlining_per_email(html_template):
            html = self._inline_per_email(html)
        return Rendered(subject=subject, text=text, html=html)
