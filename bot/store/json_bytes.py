"""JSON as the store writes and reads it: compact UTF-8 bytes, by orjson.

Every commit encodes its journal line, every snapshot the whole state, and every open decodes
them all: orjson does each about ten times faster than the stdlib. Where orjson would not give
back what the stdlib did, the stdlib does the work:

- what orjson refuses to write (integers beyond 64 bits, non-string keys);
- bytes with a long run of digits anywhere, since orjson reads an integer beyond 64 bits as a
  float (a long number inside a string also matches: that costs only speed);
- NaN and Infinity are not JSON and orjson would write them as null, so the store refuses them
  where values come in (`codec.json_copy`); the codec never writes a float at all.
"""

from __future__ import annotations

import json
import re
from typing import Any

import orjson

_OPTIONS = orjson.OPT_PASSTHROUGH_DATETIME | orjson.OPT_PASSTHROUGH_DATACLASS
"""Dates and dataclasses are refused, as the stdlib refuses them (the codec writes them)."""
_LONG_DIGITS = re.compile(rb"\d{19}")  # where an integer might not fit in 64 bits


def dump(value: Any) -> bytes:
    """`value` as compact JSON bytes (key order kept)."""
    try:
        return orjson.dumps(value, option=_OPTIONS)
    except orjson.JSONEncodeError:
        return json.dumps(value, ensure_ascii=False, separators=(",", ":")).encode("utf-8")


def load(data: bytes) -> Any:
    """The value in JSON bytes; ValueError when they are not JSON."""
    if _LONG_DIGITS.search(data) is None:
        try:
            return orjson.loads(data)
        except orjson.JSONDecodeError:
            pass
    return json.loads(data)

