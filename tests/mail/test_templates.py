"""The email templates: CSS inlined once when they load, with the same result as inlining
every email, and a safe fallback when a template's shape does not allow it."""

from __future__ import annotations

import shutil
from html.parser import HTMLParser
from pathlib import Path

import pytest

import bot.mail.templates as templates_module
from bot.mail.compose import ReminderComposer, template_context
from bot.mail.templates import EmailTemplates, default_templates_dir, preinline
from tests.mail.builders import account, business, invoice, reminder

TEMPLATES = ("heads_up", "gentle", "firm", "final_notice", "birthday")


class Styles(HTMLParser):
    """The element names and their style attributes, in document order."""

    def __init__(self) -> None:
        super().__init__()
        self.found: list[tuple[str, str]] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.found.append((tag, dict(attrs).get("style") or ""))


def styles(html: str) -> list[tuple[str, str]]:
    parser = Styles()
    parser.feed(html)
    return parser.found


def render_html(templates: EmailTemplates, name: str) -> str:
    acct = account()
    invoices = [invoice("INV-1", payment_link="https://pay.example/1"), invoice("INV-2")]
    rem = reminder(acct, invoices, template=name)
    context = template_context(business(), acct, invoices, rem, "en_GB")
    return templates.render(name, context).html


def copy_templates(tmp_path: Path) -> Path:
    shutil.copytree(default_templates_dir(), tmp_path / "templates")
    return tmp_path / "templates"


@pytest.mark.parametrize("name", TEMPLATES)
def test_inlining_at_load_styles_every_element_as_inlining_each_email_would(name: str) -> None:
    at_load = EmailTemplates()
    per_email = EmailTemplates(inline_at_load=False)

    assert styles(render_html(at_load, name)) == styles(render_html(per_email, name))
    assert at_load.inlined_per_email() == frozenset()


def test_jinja_inside_a_class_attribute_falls_back_to_inlining_each_email(
    tmp_path: Path,
) -> None:
    root = copy_templates(tmp_path)
    layout = root / "email" / "_layout.html.j2"
    layout.write_text(layout.read_text().replace(
        '<td class="num">{{ inv.balance }}</td>',
        '<td class="{{ \'num\' if inv.balance else \'\' }}">{{ inv.balance }}</td>'))
    templates = EmailTemplates(root)

    html = render_html(templates, "gentle")

    assert "_layout.html.j2" in templates.inlined_per_email()
    assert html.count('class="num" style="text-align: right') >= 2


def test_a_table_without_tbody_falls_back_and_is_not_mangled(tmp_path: Path) -> None:
    root = copy_templates(tmp_path)
    layout = root / "email" / "_layout.html.j2"
    layout.write_text(layout.read_text().replace("<tbody>\n", "").replace("</tbody>\n", ""))
    templates = EmailTemplates(root)

    html = render_html(templates, "firm")

    assert "_layout.html.j2" in templates.inlined_per_email()
    assert html.count("<tbody>") == 1
    assert "INV-1" in html and "INV-2" in html


def test_an_edited_stylesheet_is_picked_up(tmp_path: Path,
                                           monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(templates_module, "EDIT_CHECK_SECONDS", 0.0)
    root = copy_templates(tmp_path)
    templates = EmailTemplates(root)
    assert "color: #1a5fb4" in render_html(templates, "gentle")

    css = root / "email" / "email.css"
    css.write_text(css.read_text().replace("#1a5fb4", "#006400"))

    assert "color: #006400" in render_html(templates, "gentle")


def test_an_edited_template_is_picked_up(tmp_path: Path,
                                         monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(templates_module, "EDIT_CHECK_SECONDS", 0.0)
    root = copy_templates(tmp_path)
    composer = ReminderComposer(business(), templates_dir=root)
    acct = account()
    invoices = [invoice()]
    rem = reminder(acct, invoices)
    assert composer.preview(rem, acct, invoices)[0] == "Reminder: invoice INV-1001"

    text = root / "email" / "gentle.txt.j2"
    text.write_text(text.read_text().replace("Reminder:", "A quick reminder about"))

    assert composer.preview(rem, acct, invoices)[0] == "A quick reminder about invoice INV-1001"


def test_jinja_tags_survive_inlining_untouched() -> None:
    source = ('{% extends "x" %}{% block a %}<p class="c">{{ a < b and "&" }}</p>'
              '<a href="{{ link }}">{# note #}x</a>{% endblock %}')
    result = preinline(source, "p { color: red }")

    assert result is not None
    assert '{{ a < b and "&" }}' in result and 'href="{{ link }}"' in result
    assert "{# note #}" in result and '{% extends "x" %}' in result
    assert '<p class="c" style="color: red;">' in result
