"""The canonical JSON of a value: the bytes an account-log event's hash is taken over.

Canonical means keys sorted, no spaces, UTF-8, exactly what
`json.dumps(value, sort_keys=True, separators=(",", ":"), ensure_ascii=False)` writes: every
hash already in a log was taken over those bytes, so they must never change.

orjson writes the same bytes about ten times faster for strings, integers, booleans, null,
lists and str-keyed dicts, which is what event data holds. It writes some floats differently
(`0.00001` for `1e-05`) and NaN as null, and it refuses integers beyond 64 bits and non-string
keys; a value holding a float, or one orjson refuses, takes the stdlib's path.
"""

from __future__ import annotations

import json
from typing import Any

import orjson

_ORJSON_OPTIONS = (
    orjson.OPT_SORT_KEYS | orjson.OPT_PASSTHROUGH_DATETIME | orjson.OPT_PASSTHROUGH_DATACLASS
)
"""Sorted keys; dates and dataclasses are refused, as the stdlib refuses them."""


def canonical_json(value: Any, *, float_free: bool = False) -> bytes:
    """`value` as canonical JSON bytes; TypeError or ValueError for what JSON cannot hold.
    `float_free` says the caller already knows `value` holds no float: it is not looked for."""
    if float_free or not _holds_float(value):
        try:
            return orjson.dumps(value, option=_ORJSON_OPTIONS)
        except orjson.JSONEncodeError:
            pass
    return json.dumps(value, sort_keys=True, separators=(",", ":"), ensure_ascii=False).encode(
        "utf-8")


def _holds_float(value: Any) -> bool:
    """Any float anywhere in `value` (walked with a stack: events nest little, but widely)."""
    waiting = [value]
    while waiting:
        item = waiting.pop()
        kind = type(item)
        if kind is str or kind is int or kind is bool or item is None:
            continue
        if kind is dict or isinstance(item, dict):
            waiting.extend(item.values())
        elif kind is list or kind is tuple or isinstance(item, list | tuple):
            waiting.extend(item)
        elif isinstance(item, float):
            return True
    return False
