"""Finding what the sender actually wrote: the reply without quoted text and signature.

The heavy lifting is done by mail-parser-reply (quote headers of many clients and languages,
sign-offs, "Sent from my iPhone"). On top of it, a few rules of our own where it misses:

- HTML bodies: client quote containers (Gmail, Apple, Outlook, Yahoo, Thunderbird) are
  removed before the HTML becomes text (`strip_html_quotes`);
- quote headers it does not know: wrapped "On ... wrote:" lines in more languages, Spanish
  "El ... escribió:", separator lines such as "-----Ursprüngliche Nachricht-----";
- bottom-posted replies: the unquoted text after a quoted block is the reply;
- interleaved ">" lines never count as the sender's words;
- sign-offs it does not list ("Cheers", "Kind regards", "Un saludo", "Viele Grüße", ...).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

import lxml.html
from lxml import etree
from mailparser_reply import EmailReplyParser

_LANGUAGES = ["en", "de", "fr", "es", "it", "nl", "da", "sv", "pl"]
_PARSER = EmailReplyParser(languages=_LANGUAGES)

_WROTE = re.compile(
    r"^[ \t>]*(?:On|Am|Le|El|Il|Op|Den|Em|W dniu|Dnia|Pada|Dne)\b[^\n]{0,300}?(?:\n[^\n]{0,200}?){0,2}"
    r"\b(?:wrote|schrieb|a écrit|escribió|escribio|ha scritto|schreef|skrev|escreveu|napisał|"
    r"написал|kirjoitti|menulis|napsal)\b[^\n]{0,80}?:?[ \t]*$",
    re.MULTILINE | re.IGNORECASE,
)
_SEPARATOR = re.compile(
    r"^[ \t>]*(?:-{2,}|_{2,}|={2,})?[ \t]*(?:Original Message|Ursprüngliche Nachricht|"
    r"Message d'origine|Mensaje original|Messaggio originale|Oorspronkelijk bericht|"
    r"Oprindelig meddelelse|Ursprungligt meddelande|Wiadomość oryginalna|Forwarded message|"
    r"Weitergeleitete Nachricht|Message transféré|Mensaje reenviado|Begin forwarded message)"
    r"[ \t]*:?[ \t]*(?:-{2,}|_{2,}|={2,})?[ \t]*$",
    re.MULTILINE | re.IGNORECASE,
)
_FROM_FIELD = r"(?:From|De|Von|Da|Van|Fra|Från|Od|Lähettäjä)"
_OTHER_FIELD = (
    r"(?:Sent|Date|To|Subject|Cc|Envoyé|Date|À|A|Objet|Gesendet|Datum|An|Betreff|Enviado|Fecha|"
    r"Para|Asunto|Inviato|Oggetto|Verzonden|Aan|Onderwerp|Sendt|Til|Emne|Skickat|Till|Ämne)"
)
_HEADER_BLOCK = re.compile(
    rf"^[ \t>*]*{_FROM_FIELD}[ \t*]*:[^\n]*\n(?:[^\n]*\n){{0,2}}?[ \t>*]*{_OTHER_FIELD}[ \t*]*:",
    re.MULTILINE | re.IGNORECASE,
)
_RULE_LINE = re.compile(r"^[ \t]*(?:_{5,}|-{5,}|\*[ \t]*\*[ \t]*\*|={5,})[ \t]*$")
_SIGN_OFF = re.compile(
    r"^[ \t]*(?:(?:best|kind|warm|many|with)?[ \t]*(?:regards|wishes|thanks|thank you)|"
    r"cheers|thanks(?: so much| a million| again)?|many thanks|thank you|best|sincerely|"
    r"yours(?: sincerely| faithfully| truly)?|all the best|br|rgds|take care|"
    r"un saludo|saludos(?: cordiales)?|atentamente|gracias|muchas gracias|cordialmente|"
    r"un abrazo|cordialement|bien cordialement|bien à vous|salutations|merci|"
    r"sincères salutations|meilleures salutations|"
    r"mit freundlichen grüßen|mit freundlichen grüssen|freundliche grüße|viele grüße|"
    r"beste grüße|liebe grüße|grüße|gruß|lg|vg|mfg|danke)[ \t]*[,.!]*[ \t]*$",
    re.IGNORECASE,
)
_MOBILE_FOOTER = re.compile(
    r"^[ \t]*(?:sent from my|sent from outlook|get outlook for|sent via|enviado desde mi|"
    r"envoyé de mon|envoyé depuis|von meinem|gesendet von|gesendet mit)\b.*$",
    re.IGNORECASE,
)
_SIGNATURE_DASHES = re.compile(r"^[ \t]*--[ \t]*$")


@dataclass(frozen=True, slots=True)
class ReplyText:
    """The sender's own words: `visible` keeps their sign-off and signature, `new_text` not."""

    visible: str
    new_text: str


def split_reply(text: str) -> ReplyText:
    """Separate the newest reply in a body from the quoted thread and the signature."""
    body = text.replace("\r\n", "\n").replace("\r", "\n")
    own = _own_words(body)
    visible = _tidy(own)
    return ReplyText(visible=visible, new_text=_tidy(_without_signature(visible)))


def _own_words(body: str) -> str:
    replies = _PARSER.read(body).replies
    first = replies[0].full_body if replies else body
    first = _cut_at_quote_header(first)
    unquoted = _unquoted_lines(first)
    if unquoted.strip():
        return unquoted
    return _bottom_posted(body)


def _cut_at_quote_header(text: str) -> str:
    cut = len(text)
    for pattern in (_WROTE, _SEPARATOR, _HEADER_BLOCK):
        found = pattern.search(text)
        if found and found.start() < cut:
            cut = found.start()
    return text[:cut]


def _unquoted_lines(text: str) -> str:
    return "\n".join(line for line in text.split("\n") if not line.lstrip().startswith(">"))


def _bottom_posted(body: str) -> str:
    """Text written below a quoted block: the unquoted lines after the last quote line."""
    lines = body.split("\n")
    quoted = [index for index, line in enumerate(lines) if line.lstrip().startswith(">")]
    if not quoted:
        return ""
    tail = "\n".join(lines[quoted[-1] + 1 :])
    return _unquoted_lines(_cut_at_quote_header(tail))


def _without_signature(text: str) -> str:
    reply = _PARSER.read(text).replies
    body = reply[0].body if reply else text
    lines = body.split("\n")
    for index, line in enumerate(lines):
        if index == 0:
            continue
        if _SIGNATURE_DASHES.match(line) or _MOBILE_FOOTER.match(line):
            return "\n".join(lines[:index])
        if _SIGN_OFF.match(line) and _is_closing(lines[index + 1 :]):
            return "\n".join(lines[:index])
    return body


def _is_closing(rest: list[str]) -> bool:
    """After a sign-off only a short block (name, title, phone, disclaimer) may follow."""
    words = [line for line in rest if line.strip()]
    return len(words) <= 12 and all(len(line) <= 400 for line in words)


def _tidy(text: str) -> str:
    lines = [line.rstrip() for line in text.split("\n")]
    while lines and (not lines[-1].strip() or _RULE_LINE.match(lines[-1])):
        lines.pop()
    while lines and not lines[0].strip():
        lines.pop(0)
    return re.sub(r"\n{3,}", "\n\n", "\n".join(lines))


_QUOTE_CONTAINERS = (
    "//blockquote[@type='cite']",
    "//*[contains(concat(' ', normalize-space(@class), ' '), ' gmail_quote ')]",
    "//*[contains(concat(' ', normalize-space(@class), ' '), ' gmail_attr ')]",
    "//*[contains(concat(' ', normalize-space(@class), ' '), ' yahoo_quoted ')]",
    "//*[contains(concat(' ', normalize-space(@class), ' '), ' moz-cite-prefix ')]",
    "//*[@id='OLK_SRC_BODY_SECTION']",
    "//*[contains(concat(' ', normalize-space(@class), ' '), ' protonmail_quote ')]",
    "//*[contains(concat(' ', normalize-space(@class), ' '), ' zmail_extra ')]",
)
_QUOTE_STARTS = (
    "//*[@id='divRplyFwdMsg']",
    "//*[@id='appendonsend']",
    "//*[@id='x_divRplyFwdMsg']",
    "//*[starts-with(@style, 'border:none;border-top:solid #E1E1E1')]",
    "//*[starts-with(@style, 'border:none;border-top:solid #B5C4DF')]",
)


def strip_html_quotes(html: str) -> str:
    """Remove the quoted thread from an HTML body (the containers mail clients put it in)."""
    try:
        document = lxml.html.document_fromstring(html)
    except (etree.ParserError, ValueError):
        return html
    for query in _QUOTE_STARTS:
        for node in document.xpath(query):
            _drop_from(node)
    for query in _QUOTE_CONTAINERS:
        for node in document.xpath(query):
            _drop(node)
    return lxml.html.tostring(document, encoding="unicode")


def _drop_from(node: etree._Element) -> None:
    """Drop a node, everything after it, and the same at each ancestor level up to <body>."""
    current: etree._Element | None = node
    while current is not None and current.tag not in ("body", "html"):
        parent = current.getparent()
        for sibling in list(current.itersiblings()):
            _drop(sibling, keep_tail=False)
        previous = current.getprevious()
        if previous is not None and previous.tag == "hr":
            _drop(previous)
        if current is node:
            _drop(current, keep_tail=False)
        else:
            current.tail = None
        current = parent


def _drop(node: etree._Element, *, keep_tail: bool = True) -> None:
    parent = node.getparent()
    if parent is None:
        return
    tail = node.tail if keep_tail else None
    previous = node.getprevious()
    if tail:
        if previous is not None:
            previous.tail = (previous.tail or "") + tail
        else:
            parent.text = (parent.text or "") + tail
    parent.remove(node)
