"""A part's declared charset, as `Message.get_content_charset()` reads it, the usual
Content-Type header read in one match.

The stdlib splits every parameter off (minding quotes), decodes RFC 2231 forms, quotes and
unquotes each value again: about a tenth of reading a plain reply. For a header of a type
and plain `name=value` parameters (the value a token or a quoted string, no backslash,
quote, semicolon, angle bracket or non-ASCII in it, no `*` in the name) all that comes down to the
first `charset` parameter's value, unquoted and lower-cased; any other header goes to the
stdlib.
"""

from __future__ import annotations

import re
from email.message import Message

_BLANKS = r"[ \t\r\n]*"
_TOKEN = r"[!#$%&'*+.^_`|~0-9A-Za-z-]+"
# printable ASCII but for the quote, backslash, semicolon and angle brackets
_VALUE_CHARACTER = r"!#-:=?-\[\]-~"
_PARAMETER = (
    rf";{_BLANKS}(?:([0-9A-Za-z_-]+){_BLANKS}={_BLANKS}"
    rf"(?:\"([ {_VALUE_CHARACTER}]*)\"|([{_VALUE_CHARACTER}]*)){_BLANKS})?"
)
_USUAL_CONTENT_TYPE = re.compile(rf"{_BLANKS}{_TOKEN}/{_TOKEN}{_BLANKS}(?:{_PARAMETER})*\Z")
_PARAMETERS = re.compile(_PARAMETER)


def content_charset(part: Message) -> str | None:
    """`part.get_content_charset()`."""
    value = part.get("content-type")
    if value is None:
        return None
    if not isinstance(value, str) or not _USUAL_CONTENT_TYPE.match(value):
        return part.get_content_charset()
    for parameter in _PARAMETERS.finditer(value, value.index(";") if ";" in value else 0):
        name, quoted, token = parameter.groups()
        if name is not None and name.lower() == "charset":
            return (quoted if quoted is not None else token).lower()
    return None
