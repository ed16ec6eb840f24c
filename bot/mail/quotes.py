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

The body is read into replies by `thread_reading` (the library's steps, as far as they are
needed), and every quote-header pattern is searched with an exact faster equivalent
(`quote_searches`, `anchored_lines`, `quote_marks`): only where a match can begin.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Protocol

import lxml.html
from lxml import etree

from bot.domain.replies.prefilter import Prefiltered
from bot.mail.anchored_lines import AnchoredLineSearch, PatternAnchor, WordsAnchor
from bot.mail.line_openings import opening_lookahead
from bot.mail.quote_searches import LeftmostSearch, LineStartSearch
from bot.mail.thread_reading import Thread

_LONGEST_BODY = 200_000
_WROTE_VERBS = (
    "wrote", "writes", "schrieb", "a écrit", "escribió", "escribio", "ha scritto", "schreef",
    "skrev", "escreveu", "napisał", "napisal", "написал", "написала", "писал", "kirjoitti",
    "menulis", "napsal", "írta", "yazdı",
)
_WROTE_VERB = f"(?:{'|'.join(_WROTE_VERBS)})"
# every match of `_WROTE_WORD` holds one of these ("napisał(a)" holds "napisał")
_WROTE_WORDS = (*_WROTE_VERBS, "пише")
# the look-ahead at the verbs' first letters only spares the engine trying every verb there
_WROTE_FIRST_LETTERS = "".join(sorted({verb[0] for verb in _WROTE_WORDS}))
_WROTE_WORD = rf"(?=[{_WROTE_FIRST_LETTERS}])(?:\b{_WROTE_VERB}\b|\bnapisał\(a\)|\bпише\b)"
_ATTRIBUTION_END = r"(?:[ \t]*[:*-]*[ \t]*$|[^\n]{1,80}?(?:\n[^\n]{0,80}?)?:[ \t]*$)"
_QUOTE_HEADER_FLAGS = re.MULTILINE | re.IGNORECASE
# "Bob <b@example.com> wrote:", the verb on the first line
_WROTE_ON_ITS_LINE = re.compile(
    rf"^[ \t>*-]{{0,20}}(?=[^\n]*[\d@<])[^\n]{{0,250}}?{_WROTE_WORD}{_ATTRIBUTION_END}",
    _QUOTE_HEADER_FLAGS)
# "On Mon, 3 Nov 2025 at 09:00, Accounts\n<a@b.example> wrote:", the verb up to 4 lines below
_WROTE_BELOW_ITS_LEAD = re.compile(
    rf"^[ \t>*-]{{0,20}}(?:On|Am|Le|El|Il|Op|Den|Em|W dniu|Dnia|Pada|Dne|\d{{1,4}})\b"
    rf"(?=[^\n]*[\d@<])"
    rf"[^\n]{{0,250}}[^\s.!?;,][ \t]*\n(?:[^\n]{{0,250}}\n){{0,3}}?"
    rf"[^\n]{{0,250}}?{_WROTE_WORD}{_ATTRIBUTION_END}",
    _QUOTE_HEADER_FLAGS)
# "03.11.2025 09:00, Accounts <a@b.example>:", ending in ">:" (so in a colon)
_ADDRESS_AND_COLON = re.compile(
    r"^(?=[^\n]*\d{1,2}:\d{2})[^\n]{0,200}<[^\n>]+@[^\n>]+>[ \t]*:[ \t]*$",
    _QUOTE_HEADER_FLAGS)
# "2025-11-03 09:00 GMT+01:00 Accounts <a@b.example>"
_DATE_FIRST = re.compile(
    r"^[ \t]*\d{4}[-/]\d{1,2}[-/]\d{1,2}[ T]+(?:\d{1,2}:\d{2}\b|[^\n]*<[^\n]+@)[^\n]{0,200}$",
    _QUOTE_HEADER_FLAGS)
_ATTRIBUTIONS = (_WROTE_ON_ITS_LINE, _WROTE_BELOW_ITS_LEAD, _ADDRESS_AND_COLON, _DATE_FIRST)
_WROTE_VERB_ANCHOR = WordsAnchor(_WROTE_WORDS)
_WROTE_SEARCH = LeftmostSearch(list(_ATTRIBUTIONS), [
    AnchoredLineSearch(_WROTE_ON_ITS_LINE, _WROTE_VERB_ANCHOR, below=range(1)),
    AnchoredLineSearch(_WROTE_BELOW_ITS_LEAD, _WROTE_VERB_ANCHOR, below=range(1, 5)),
    AnchoredLineSearch(
        _ADDRESS_AND_COLON, PatternAnchor(re.compile(r":[ \t]*$", re.MULTILINE)),
        below=range(1)),
    LineStartSearch.of(_DATE_FIRST),
], words_checked=[False, False, True, True])
_SEPARATOR_NAMES = (
    "Original Message", "Ursprüngliche Nachricht", "Message d'origine", "Mensaje original",
    "Messaggio originale", "Oorspronkelijk bericht", "Oprindelig meddelelse",
    "Ursprungligt meddelande", "Wiadomość oryginalna", "Forwarded message",
    "Weitergeleitete Nachricht", "Message transféré", "Mensaje reenviado",
    "Begin forwarded message", "Your original message", "In response to",
)
# "-----Original Message-----" on a line of its own
_SEPARATOR = re.compile(
    rf"^[ \t>*\\]*(?:-{{2,}}|_{{2,}}|={{2,}})?[ \t]*(?:{'|'.join(_SEPARATOR_NAMES)})"
    r"[ \t]*:?[ \t]*(?:-{2,}|_{2,}|={2,})?[ \t*]*$",
    re.MULTILINE | re.IGNORECASE,
)
_FROM_FIELD = r"(?:From|De|Von|Da|Van|Fra|Från|Od|Lähettäjä|От)"
_OTHER_FIELD = (
    r"(?:Sent|Date|To|Subject|Cc|Reply-To|Envoyé|À|A|Objet|Gesendet|Datum|An|Betreff|Enviado|"
    r"Fecha|Para|Asunto|Inviato|Data|Oggetto|Risposta|Verzonden|Aan|Onderwerp|Sendt|Til|Emne|"
    r"Skickat|Till|Ämne|Отправлено|Кому|Тема)"
)
# French typography puts a no-break space before the colon ("De\u00a0: ...").
# `[ \t>*]*+`: quote marks are not given back (a field name never begins with one), so a line
# of thousands of ">" is read once
_HEADER_BLOCK = re.compile(
    rf"^[ \t>*]*+{_FROM_FIELD}[ \t\u00a0\u202f*]*:[^\n]*\n(?:[^\n]*\n){{0,2}}?[ \t>*]*+"
    rf"{_OTHER_FIELD}[ \t\u00a0\u202f*]*:",
    re.MULTILINE | re.IGNORECASE,
)
# The field lines of a quoted header block ("From: ...", "Sent: ...", "Subject: ..."), from
# the end of the line that opens it.
_FIELD_LINES = re.compile(
    rf"[^\n]*(?:\n[ \t>*]*(?:{_FROM_FIELD}|{_OTHER_FIELD})[ \t\u00a0\u202f*]*:[^\n]*)+",
    re.IGNORECASE,
)
_FORWARD_WORDS = ("forward", "weitergeleitet", "transféré", "transfere", "reenviado", "inoltrato",
                  "doorgestuurd")
_FORWARDED = re.compile("|".join(_FORWARD_WORDS), re.IGNORECASE)


class _Search(Protocol):
    def search(self, text: str, /) -> re.Match[str] | None: ...


# a separator line begins with its name, after marks and dashes: only the lines that begin
# with a letter a name begins with are tried (`LineStartSearch`)
_QUOTE_HEADERS: tuple[_Search, ...] = (
    _WROTE_SEARCH, LineStartSearch.of(_SEPARATOR), LineStartSearch.of(_HEADER_BLOCK))
# A line of marks and rules alone, though not of emoji: "👍" may be the whole reply.
_EMOJI = "\u2600-\u27bf\U0001f300-\U0001faff"
_RULE_LINE = re.compile(rf"^(?:(?![{_EMOJI}])[\W_ᐧ])*$")
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
    r"^[ \t]*(?:sent from my|sent from|get outlook for|sent via|sent with|enviado desde mi|"
    r"enviado desde|envoyé de mon|envoyé depuis|von meinem|gesendet von|gesendet mit)"
    r"(?:[ \t]+[\w.'’()/:?=<>-]+){1,6}[ \t]*$",
    re.IGNORECASE,
)
# how a footer opens, which the library's signature pattern also takes for a signature's start
# when the sender goes on to write their reply on the same line
_MOBILE_OPENING = re.compile(r"^[ \t]*(?:sent (?:from|via|with)|enviado desde|envoyé de|envoyé "
                             r"depuis|von meinem|gesendet (?:von|mit))\b", re.IGNORECASE)
# a line with text that does not begin with ">" (`\s` and `str.lstrip` agree on blank space)
_UNQUOTED_TEXT = re.compile(r"^[^\S\n]*[^\s>]", re.MULTILINE)
# a line after the first with text that does not begin with ">" (the engine scans for "\n")
_UNQUOTED_TEXT_BELOW = re.compile(r"\n[^\S\n]*[^\s>]")
_SIGNATURE_DASHES = re.compile(r"^[ \t]*(?:--|-{4,}|_{4,})[ \t]*$")
_CLOSINGS = (_SIGNATURE_DASHES, _MOBILE_FOOTER, _SIGN_OFF)
# A line of four words or more that ends as a sentence does.
_A_SENTENCE = re.compile(r"^[ \t]*(?:\S+[ \t]+){3,}\S*[.!?][ \t]*$")
# A line that opens as a sentence does and goes on to say something (ending as a sentence
# does, or six words or more): the debtor's words, not a name, title, phone number or
# confidentiality notice.
_SAYS_SOMETHING = re.compile(
    r"^[ \t]*(?:i|we|i'll|we'll|i've|we've|i'm|we're|i'd|we'd|will|can|could|would|please|it|"
    r"it's|it'll|this|that|the|our|ich|wir|bitte|es|das|die|der|je|nous|on|c'est|ce|le|la|les|"
    r"merci de|veuillez|lo|los|las|el|te|os|vamos|podemos|hemos|he|p\.? ?[sd]\.?|n\.? ?b\.?)"
    r"(?<=[\w.])(?!\w)"
    r"(?![^\n]*\b(?:confidential|intended|recipient|privileged|disclaimer|virus|vertraulich|"
    r"confidencial|confidentiel)\w*)"
    r"(?=[^\n]*[.!?][ \t]*$|(?:[ \t]*\S+){6})[^\n]{8,}$",
    re.IGNORECASE,
)
# a line after the first that one of the three may match (their matches stay on one line):
# the lines where the reply may close, found in one scan instead of three tries a line, and
# only tried at the lines that begin with a character one of them may begin with
_MAY_CLOSE = re.compile(
    "\n" + opening_lookahead(list(_CLOSINGS))
    + "(?:" + "|".join(pattern.pattern[1:] for pattern in _CLOSINGS) + ")",
    re.MULTILINE | re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class ReplyText:
    """The sender's own words: `visible` is the reply without the quoted thread (sign-off,
    signature and "Sent from my iPhone" kept); `new_text` is without those too."""

    visible: str
    new_text: str


def split_reply(text: str, sender: str = "") -> ReplyText:
    """Separate the newest reply in a body from the quoted thread and the signature; a
    message `sender`'s own side wrote and forwarded below a covering note counts as theirs."""
    body = text[:_LONGEST_BODY].replace("\r\n", "\n").replace("\r", "\n")
    frame, body = _newest_ticket_entry(body)
    if not frame:
        frame, body = _relayed_comment(body)
    own = _own_words(body)
    if sender and own.strip():
        forwarded = _forwarded_from_their_side(body, sender)
        if forwarded.strip():
            own = f"{own.rstrip()}\n\n{forwarded}"
    tidy_own = _tidy(own)
    visible = _tidy(f"{frame}\n\n{own}") if frame else tidy_own
    footerless = _without_mobile_footer(own)
    tidied = tidy_own if footerless is own else _tidy(footerless)
    return ReplyText(visible=visible,
                     new_text=_tidy(_without_signature(_without_leading_footer(tidied))))


# A help desk's frame around a person's words ("##- Please type your reply above this line -##",
# "Your request (48213) has been updated.", then the newest comment and the older ones, each
# between rules of dashes).
_TICKET_FRAME = re.compile(
    r"\A\W{0,60}?(?:please type your reply above this line|reply above this line|"
    r"veuillez (?:saisir|taper|écrire) votre réponse au-dessus de cette ligne|bitte (?:geben sie "
    r"ihre antwort über dieser zeile ein|antworten sie oberhalb dieser zeile)|escriba su respuesta "
    r"(?:por )?encima de esta línea)\W*$", re.IGNORECASE | re.MULTILINE)
_TICKET_RULE = re.compile(r"^[ \t]*[-—–=_]{10,}[ \t]*$", re.MULTILINE)
_TICKET_UPDATED = re.compile(
    r"\b(?:has been updated|a été mise? à jour|wurde aktualisiert|ha sido actualizad[oa]|"
    r"a reçu une réponse|has (?:received a|a new) (?:reply|response)|commented:|replied:)",
    re.IGNORECASE)


def _newest_ticket_entry(body: str) -> tuple[str, str]:
    """A help desk's frame (its opening lines, kept for telling a relayed comment from an
    automatic acknowledgement) and the newest comment it relays: above the first rule when the
    desk puts it there (Freshdesk), else between the first two rules (Zendesk); ("", `body`)
    for a body in no such frame, or one whose frame says no comment was added (an
    acknowledgement: the text after its rule is the message it acknowledges)."""
    frame = _TICKET_FRAME.search(body[:400])
    if frame is None:
        return "", body
    rest = body[frame.end():]
    rules = list(_TICKET_RULE.finditer(rest))
    preamble = rest[: rules[0].start()] if rules else ""
    updated = _TICKET_UPDATED.search(preamble)
    if updated is None:
        return "", body
    notice_end = preamble.find("\n", updated.end())
    on_top = preamble[notice_end + 1:] if notice_end >= 0 else ""
    if len(on_top.split()) >= _WORDS_OF_A_COMMENT:  # the newest comment is above the rule
        return f"{frame.group(0).strip()}\n{preamble[:notice_end].strip()}", on_top
    entry = rest[rules[0].end(): rules[1].start()] if len(rules) > 1 else rest[rules[0].end():]
    return f"{frame.group(0).strip()}\n{preamble.strip()}", entry


_WORDS_OF_A_COMMENT = 12  # below the notice line and above the first rule: the newest comment


# A supplier portal's notice around a buyer's comment ("Comment from approver:", "Message from
# buyer: ...", "Posted by: ... Message:"), and what ends the comment (the portal's footer, or
# the creditor's own message it answers).
_RELAY_MARKER = re.compile(
    r"^[ \t]*(?:(?:comment|message|note|reply|response) from (?:the )?(?:approver|buyer|customer|"
    r"requester|client)\b[^\n]*|(?<=\n)message)[ \t]*:[^\n]*$", re.IGNORECASE | re.MULTILINE)
_RELAY_POSTED = re.compile(r"^\W*posted by:|\byou have a new message\b|\b(?:comment|message|"
                           r"note) from (?:the )?(?:approver|buyer|customer|requester|client)\b",
                           re.IGNORECASE | re.MULTILINE)
_RELAY_END = re.compile(
    r"^[ \t\\]*(?:[-—–=_]{10,}|-- ?reply above this line ?--|to (?:reply|respond)\b|do not reply\b|"
    r"you can (?:view|reply)\b|your original message\b|in response to\b|-+ ?original message)",
    re.IGNORECASE | re.MULTILINE)


def _relayed_comment(body: str) -> tuple[str, str]:
    """A supplier portal's frame and the buyer's comment it relays, unquoted; ("", `body`) for
    a body that is no such notice."""
    marker = _RELAY_MARKER.search(body, 0, 1500)
    if marker is None or not _RELAY_POSTED.search(body, 0, marker.end()):
        return "", body
    end = _RELAY_END.search(body, marker.end())
    comment = body[marker.end(): end.start() if end else len(body)]
    lines = [line.lstrip()[1:].lstrip() if line.lstrip().startswith(">") else line
             for line in comment.split("\n")]
    return body[: marker.end()].strip(), "\n".join(lines).strip().strip('"“”')


def _own_words(body: str) -> str:
    first = _first_reply_as_written(body, Thread(body))
    first = _cut_at_quote_header(first)
    unquoted = _unquoted_lines(first)
    if not unquoted.strip():
        return _bottom_posted(body)
    inline = _inline_answers(body)
    if _ANSWERS_IN_BRACKETS.search(unquoted):
        inline = "\n".join(part for part in (inline, _bracketed_answers(body)) if part.strip())
    elif not inline.strip() and _ANSWERS_BELOW.search(unquoted):
        inline = _tagged_answers(body)
    if not inline.strip():
        return unquoted
    # "Morning - replies below. / Sent from my iPad" above the answers: the footer ends the
    # top of the reply, not the answers written into the quoted message below it
    return f"{_without_mobile_footer(unquoted).rstrip()}\n\n{inline}"


# "see my comments in [brackets] below", "answers in line below in [brackets]": the sender's
# words are the bracketed notes inside the quoted lines.
# (Searched only in a text holding one of its words: "brackets", "in [", "crochets", ...)
_ANSWERS_IN_BRACKETS = Prefiltered.of(re.compile(
    r"\b(?:in|within) (?:\[?brackets\]?|square brackets)|\b(?:in|within) \[\s*\]|\[brackets\]|"
    r"entre crochets|in eckigen klammern|entre corchetes", re.IGNORECASE))
_BRACKETED = re.compile(r"\[([^\[\]\n]{2,400})\]")


# "Dana see my answers below", "réponses ci-dessous": answers written into the quoted message,
# which a client without ">" marks shows as the writer's initials ("[JT] Haven't paid yet").
_ANSWERS_BELOW = re.compile(
    r"\b(?:answers?|replies|responses|comments|notes)\b[^.\n]{0,20}\b(?:below|in ?line)\b|"
    r"\b(?:réponses|commentaires) ci-dessous\b|\b(?:antworten|anmerkungen) (?:unten|im text)\b|"
    r"\b(?:respuestas|comentarios) (?:abajo|debajo|en el texto)\b", re.IGNORECASE)
_TAGGED_LINE = re.compile(r"^[ \t>]*\[([A-Z]{2,3})\][ \t]*(\S[^\n]*)$", re.MULTILINE)
# Or marked ">>" in a quote whose own lines carry no ">" ("answers below in red", shown as text).
_MARKED_ANSWER = re.compile(r"^[ \t]*>>[ \t]*(\S[^\n]*)$", re.MULTILINE)
_ONE_QUOTE_MARK = re.compile(r"^[ \t]*>(?!>)", re.MULTILINE)


def _tagged_answers(body: str) -> str:
    """The lines of `body` that begin with the writer's initials in brackets, the tag most
    such lines carry, or else with ">>" in a quote without ">" marks, one per line ("" when
    there are none)."""
    tagged = _TAGGED_LINE.findall(body)
    if not tagged:
        if _ONE_QUOTE_MARK.search(body):
            return ""  # ">" quotes the thread, and ">>" is an older message in it
        return "\n".join(line.strip() for line in _MARKED_ANSWER.findall(body))
    tags = [tag for tag, _text in tagged]
    mine = max(set(tags), key=tags.count)
    return "\n".join(text.strip() for tag, text in tagged if tag == mine)


def _bracketed_answers(body: str) -> str:
    """The bracketed notes written into the quoted (">") lines of `body`, one per line."""
    quoted = "\n".join(line.lstrip()[1:].strip() for line in body.split("\n")
                       if line.lstrip().startswith(">"))
    return "\n".join(note.strip() for note in _BRACKETED.findall(quoted))


def _inline_answers(body: str) -> str:
    """Answers written between ">" quoted lines below an "On ... wrote:" line ("" when
    there are none: blank lines are no answer).

    Answers are unquoted lines below a quoted one, so a body without both has none and is
    not searched for the header: below the header (its match ends at a line end) the first
    line with text must be quoted, and a line with unquoted text must follow it."""
    quoted = _first_quote_mark(body)
    if quoted < 0 or _UNQUOTED_TEXT_BELOW.search(body, quoted) is None:
        return ""
    return _answers_below_header(body)


def _answers_below_header(body: str) -> str:
    header = _earliest_quote_header(body)  # "On ... wrote:", or an Outlook block and its fields
    if header is None:
        return ""
    fields = _FIELD_LINES.match(body, header.end())
    rest = body[fields.end() if fields else header.end() :].lstrip("\n")
    if not rest.lstrip().startswith(">") or not _UNQUOTED_TEXT.search(rest):
        return ""  # below the header every line is quoted or blank, up to any cut of it
    answers = _unquoted_lines(_cut_at_quote_header(rest)).split("\n")
    for index, line in enumerate(answers):
        if _SIGNATURE_DASHES.match(line):
            answers = answers[:index]
            break
    found = "\n".join(answers).strip("\n")
    return found if found.strip() else ""


def _first_quote_mark(text: str) -> int:
    """Where the ">" that begins the first quoted line is (`line.lstrip().startswith(">")`),
    or -1."""
    at = text.find(">")
    while at >= 0:
        start = text.rfind("\n", 0, at) + 1
        if start == at or text[start:at].isspace():
            return at
        line_end = text.find("\n", at)
        if line_end < 0:
            return -1
        at = text.find(">", line_end)
    return -1


def _first_reply_as_written(body: str, thread: Thread) -> str:
    """The library's first reply, but with the sender's own line layout (it strips lines)."""
    first, second = thread.reply(0), thread.reply(1)
    if first is None:
        return body
    normalised = thread.text
    if second is None:
        return body if body.count("\n") == normalised.count("\n") else first.full_body
    cut = normalised.find(second.headers) if second.headers else -1
    if cut < 0 or body.count("\n") != normalised.count("\n"):
        return first.full_body
    return "\n".join(body.split("\n")[: normalised[:cut].count("\n")])


def _cut_at_quote_header(text: str) -> str:
    header = _earliest_quote_header(text)
    return text[: header.start()] if header else text


def _unquoted_lines(text: str) -> str:
    if ">" not in text:
        return text
    return "\n".join(line for line in text.split("\n") if not line.lstrip().startswith(">"))


def _bottom_posted(body: str) -> str:
    """Text written below a ">" quoted block, or the body of a message forwarded without
    comment. Unprefixed text after a quote header is the quote itself and never counts."""
    header = _earliest_quote_header(body)
    if header is None:
        return ""
    if _FORWARDED.search(header.group(0)):
        return _forwarded_body(body[header.start() :])
    lines = _cut_at_quote_header(body[header.end() :]).split("\n")
    quoted = [index for index, line in enumerate(lines) if line.lstrip().startswith(">")]
    if not quoted:
        return ""
    return _unquoted_lines("\n".join(lines[quoted[0] :]))


# A covering note above a message forwarded from the sender's own side ("See below from our
# site manager." from olivia@grantandco.co.uk over a forward from rob.tate@grantandco.co.uk):
# the forwarded words are the debtor's too. A forward from anyone else (the creditor's own
# reminder, most often) never counts; at a public mail service only the sender's own address
# is their side.
_FORWARDED_FROM = re.compile(r"^[ \t]*\*?(?:from|de|von|da|van)\*?[ \t]*:[^\n]*?([\w.+-]+@[\w-]+"
                             r"(?:\.[\w-]+)+)", re.IGNORECASE | re.MULTILINE)
_PUBLIC_MAIL = re.compile(
    r"(?:gmail|googlemail|hotmail|outlook|live|msn|yahoo|ymail|icloud|me|mac|aol|gmx|web|"
    r"t-online|orange|free|laposte|wanadoo|sfr|proton|protonmail|pm|zoho|mail|yandex|btinternet|"
    r"sky|virginmedia|talktalk|telefonica|movistar|terra|libero|bigpond|comcast|att|verizon)\.",
    re.IGNORECASE)


def _forwarded_from_their_side(body: str, sender: str) -> str:
    """The body of the message forwarded below the covering note, when its From is on the
    sender's side: the same domain (not a public mail service's) or the same address."""
    lowered = body.lower()
    if not any(word in lowered for word in _FORWARD_WORDS):
        return ""  # most replies forward nothing: no quote header to look for
    header = _earliest_quote_header(body)
    if header is None or not _FORWARDED.search(header.group(0)):
        return ""
    block = body[header.start():]
    origin = _FORWARDED_FROM.search(block, 0, 800)
    if origin is None:
        return ""
    address, own = origin.group(1).lower(), sender.lower()
    domain, own_domain = address.rpartition("@")[2], own.rpartition("@")[2]
    same_side = address == own or (domain == own_domain and not _PUBLIC_MAIL.match(domain))
    return _unquoted_lines(_forwarded_body(block)) if same_side else ""


def _forwarded_body(block: str) -> str:
    """The text of a forwarded message: what follows its header lines."""
    parts = re.split(r"\n[ \t]*\n", block, maxsplit=1)
    return _cut_at_quote_header(parts[1]) if len(parts) == 2 else ""


def _earliest_quote_header(text: str) -> re.Match[str] | None:
    found = [match for pattern in _QUOTE_HEADERS if (match := pattern.search(text))]
    return min(found, key=lambda match: match.start()) if found else None


def _without_mobile_footer(text: str) -> str:
    """Drop a trailing "Sent from my iPhone" line (boilerplate, not the sender's words)."""
    stripped = text.rstrip()
    last_line = stripped.rfind("\n") + 1  # 0: one line only
    if last_line and _MOBILE_FOOTER.match(stripped[last_line:]):
        return stripped[: last_line - 1]
    return text


def _without_leading_footer(text: str) -> str:
    """Drop a "Sent from my iPhone" line the phone put above the words ("Sent from my iPhone /
    pls stop messaging me"): a footer at the top ends nothing."""
    stripped = text.lstrip()
    first_end = stripped.find("\n")
    if (first_end > 0 and _MOBILE_FOOTER.match(stripped[:first_end])
            and stripped[first_end:].strip()):
        return stripped[first_end + 1:]
    return text


def _without_signature(text: str) -> str:
    reply = Thread(text).reply(0)
    body = text if reply is None else reply.without_disclaimers(_closing(reply.signature))
    found = _MAY_CLOSE.search(body)
    if found is None:
        return body  # no line where the reply may close: the lines are not split
    lines = body.split("\n")
    index, line_start = 0, 0
    while found is not None:
        index += body.count("\n", line_start, found.start() + 1)
        line_start = found.start() + 1
        line = lines[index]
        if _SIGNATURE_DASHES.match(line) or _MOBILE_FOOTER.match(line):
            return "\n".join(lines[:index])
        if _SIGN_OFF.match(line) and _is_closing(lines[index + 1 :]):
            return "\n".join(lines[:index])
        found = _MAY_CLOSE.search(body, line_start)
    return body


def _closing(signature: str) -> str:
    """The library's signature, or "" when it opens with a sentence the sender wrote: its
    pattern also takes a line such as "Take me off your list." for the start of one, and a
    stop request must never be cut away as a signature."""
    first_line = signature.split("\n", 1)[0]
    if _A_SENTENCE.match(first_line) and not _SIGN_OFF.match(first_line):
        return ""
    if _MOBILE_OPENING.match(first_line) and not _MOBILE_FOOTER.match(first_line):
        return ""  # "sent from my iphone dictation sorry for typos please stop emailing me..."
    return signature


def _is_closing(rest: list[str]) -> bool:
    """After a sign-off only a short block (name, title, phone, disclaimer) may follow, not a
    sentence the debtor wrote ("Hi Mel, / Thanks! / We'll pay the invoice on Friday.")."""
    words = [line for line in rest if line.strip()]
    return (len(words) <= 12 and all(len(line) <= 400 for line in words)
            and not any(_SAYS_SOMETHING.match(line) for line in words))


def _tidy(text: str) -> str:
    """The text less its blank or rule lines at the end and its blank lines at the start
    (read from both ends: the lines between are kept as they are)."""
    end = len(text)
    while True:
        start = text.rfind("\n", 0, end) + 1
        line = text[start:end]
        if line.strip() and not _RULE_LINE.match(line):
            break
        if start == 0:
            return ""
        end = start - 1
    begin = 0
    while (line_end := text.find("\n", begin, end)) >= 0 and not text[begin:line_end].strip():
        begin = line_end + 1
    return text[begin:end]


# XPath's normalize-space() blanks: what `@class` tokens are separated by
_XML_BLANKS = re.compile(r"[ \t\n\r]+")


@dataclass(frozen=True, slots=True)
class _QuoteMark:
    """Which elements one query of the original XPath list took, as a test on one element:
    `//blockquote[@type='cite']`, `//*[contains(concat(' ', normalize-space(@class), ' '),
    ' NAME ')]` (NAME one of the element's class names), `//*[@id='ID']` or
    `//*[starts-with(@style, 'STYLE')]`."""

    tag: str = ""
    type: str = ""
    class_name: str = ""
    id: str = ""
    style: str = ""

    def marks(self, node: etree._Element) -> bool:
        if self.tag:
            return node.tag == self.tag and node.get("type") == self.type
        if self.class_name:
            padded = _XML_BLANKS.sub(" ", f" {node.get('class') or ''} ")
            return f" {self.class_name} " in padded
        if self.id:
            return node.get("id") == self.id
        return (node.get("style") or "").startswith(self.style)


# the style of the rule Outlook draws above a quoted message, but for its colour
_OUTLOOK_RULE_STYLE = "border:none;border-top:solid #"
_QUOTE_CONTAINERS = (
    _QuoteMark(tag="blockquote", type="cite"),
    _QuoteMark(class_name="gmail_quote"),
    _QuoteMark(class_name="gmail_attr"),
    _QuoteMark(class_name="yahoo_quoted"),
    _QuoteMark(class_name="moz-cite-prefix"),
    _QuoteMark(id="OLK_SRC_BODY_SECTION"),
    _QuoteMark(class_name="protonmail_quote"),
    _QuoteMark(class_name="zmail_extra"),
)
_QUOTE_STARTS = (
    _QuoteMark(id="divRplyFwdMsg"),
    _QuoteMark(id="appendonsend"),
    _QuoteMark(id="x_divRplyFwdMsg"),
    _QuoteMark(style=_OUTLOOK_RULE_STYLE + "E1E1E1"),
    _QuoteMark(style=_OUTLOOK_RULE_STYLE + "B5C4DF"),
)
_MARKS = (*_QUOTE_CONTAINERS, *_QUOTE_STARTS)
# every element any mark takes, and a few more (one walk of the tree in C): a class name is
# in the raw @class, and each holds "_" or "-"
_MAY_BE_MARKED = etree.XPath(
    "//*[@type='cite' or contains(@class, '_') or contains(@class, '-')"
    + "".join(f" or @id='{mark.id}'" for mark in _MARKS if mark.id)
    + f" or starts-with(@style, '{_OUTLOOK_RULE_STYLE}')]"
)


def strip_html_quotes(html: str) -> str:
    """Remove the quoted thread from an HTML body (the containers mail clients put it in).

    Each mark, in order, takes the elements it marks that are still in the document (dropping
    only detaches elements, and every mark tests the element's own tag and attributes), from
    and after the quote starts first, then the quote containers themselves."""
    try:
        document = lxml.html.document_fromstring(html)
    except (etree.ParserError, ValueError):
        return html
    candidates = _MAY_BE_MARKED(document)
    if candidates:
        for mark in _QUOTE_STARTS:
            for node in _marked(candidates, mark, document):
                _drop_from(node)
        for mark in _QUOTE_CONTAINERS:
            for node in _marked(candidates, mark, document):
                _drop(node)
    return lxml.html.tostring(document, encoding="unicode")


def _marked(
    candidates: list[etree._Element], mark: _QuoteMark, document: etree._Element
) -> list[etree._Element]:
    """The candidates a mark takes that are in the document now, in document order."""
    return [node for node in candidates if mark.marks(node) and _in_document(node, document)]


def _in_document(node: etree._Element, document: etree._Element) -> bool:
    top = node
    while (parent := top.getparent()) is not None:
        top = parent
    return top is document


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
