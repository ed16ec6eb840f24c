"""`strip_html_quotes` finds the quote elements as the XPath queries it replaced found them."""

from __future__ import annotations

import random

import lxml.html
import pytest
from lxml import etree

from bot.mail import quotes

_CLASS_QUERY = "//*[contains(concat(' ', normalize-space(@class), ' '), ' {} ')]"
_CONTAINERS = [etree.XPath(query) for query in (
    "//blockquote[@type='cite']",
    _CLASS_QUERY.format("gmail_quote"),
    _CLASS_QUERY.format("gmail_attr"),
    _CLASS_QUERY.format("yahoo_quoted"),
    _CLASS_QUERY.format("moz-cite-prefix"),
    "//*[@id='OLK_SRC_BODY_SECTION']",
    _CLASS_QUERY.format("protonmail_quote"),
    _CLASS_QUERY.format("zmail_extra"),
)]
_STARTS = [etree.XPath(query) for query in (
    "//*[@id='divRplyFwdMsg']",
    "//*[@id='appendonsend']",
    "//*[@id='x_divRplyFwdMsg']",
    "//*[starts-with(@style, 'border:none;border-top:solid #E1E1E1')]",
    "//*[starts-with(@style, 'border:none;border-top:solid #B5C4DF')]",
)]


def _by_xpath(html: str) -> str:
    document = lxml.html.document_fromstring(html)
    for query in _STARTS:
        for node in query(document):
            quotes._drop_from(node)
    for query in _CONTAINERS:
        for node in query(document):
            quotes._drop(node)
    return lxml.html.tostring(document, encoding="unicode")


_HTML = [
    "<p>Paid today.</p><blockquote type='cite'>old</blockquote>tail",
    "<div>hi<div class=' x\tgmail_quote\n y '>q<div class='gmail_attr'>a</div></div>t</div>",
    "<div class='gmail_quote_x'>not a token</div><div class='xgmail_quote'>nor this</div>",
    "<div class='GMAIL_QUOTE'>case matters</div><div class='gmail_quote\u00a0'>nbsp</div>",
    "<div>a<hr><div id='divRplyFwdMsg'>From: x</div><p>quoted</p></div><p>after</p>",
    "<div id='appendonsend'></div><hr><div id='x_divRplyFwdMsg'>x</div>more",
    "<div style='border:none;border-top:solid #E1E1E1 1.0pt'>From:</div><p>q</p>",
    "<div><div style='border:none;border-top:solid #B5C4DF'>a<div id='divRplyFwdMsg'>b</div>"
    "</div>c</div>",
    "<blockquote type='cite'>1<blockquote type='cite'>2</blockquote>3</blockquote>4",
    "<div class='yahoo_quoted'>y<div class='moz-cite-prefix'>m</div></div><div "
    "id='OLK_SRC_BODY_SECTION'>o</div><div class='protonmail_quote zmail_extra'>p</div>",
    "<table><tr><td class='gmail_quote'>cell</td></tr></table><span type='cite'>s</span>",
    "<div id='divRplyFwdMsg' class='gmail_quote' style='border:none;border-top:solid #E1E1E1'>"
    "all</div>end",
    "<p>no quotes at all</p>",
]


def test_every_class_name_marked_is_among_the_candidates_looked_for() -> None:
    names = [mark.class_name for mark in quotes._MARKS if mark.class_name]
    assert names and all("_" in name or "-" in name for name in names)


@pytest.mark.parametrize("html", _HTML)
def test_quote_marks_take_what_the_xpath_queries_took(html: str) -> None:
    assert quotes.strip_html_quotes(html) == _by_xpath(html)


_ATTRIBUTES = [
    "", " class='gmail_quote'", " class='a gmail_attr'", " class='yahoo_quoted\n'",
    " id='divRplyFwdMsg'", " id='appendonsend'", " id='OLK_SRC_BODY_SECTION'",
    " style='border:none;border-top:solid #E1E1E1'", " type='cite'", " class='zmail_extra'",
]


def _random_html(shuffle: random.Random, depth: int) -> str:
    pieces = []
    for _ in range(shuffle.randint(1, 3)):
        tag = shuffle.choice(("div", "blockquote", "p", "span", "hr"))
        if tag == "hr":
            pieces.append("<hr>tail ")
            continue
        inner = _random_html(shuffle, depth - 1) if depth and shuffle.random() < 0.6 else "text"
        pieces.append(f"<{tag}{shuffle.choice(_ATTRIBUTES)}>{inner}</{tag}> tail{depth} ")
    return "".join(pieces)


def test_random_documents_lose_what_the_xpath_queries_dropped() -> None:
    shuffle = random.Random(3)
    for _ in range(1500):
        html = f"<html><body>{_random_html(shuffle, 4)}</body></html>"
        assert quotes.strip_html_quotes(html) == _by_xpath(html)
