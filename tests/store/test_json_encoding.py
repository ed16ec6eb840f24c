"""The JSON the store and the account log write: fast, and byte for byte what they wrote before.

Hashes already in account logs were taken over the stdlib's canonical JSON, and stores already
on disk were written by the stdlib; the faster encoder must not change either.
"""

from __future__ import annotations

import hashlib
import json
import math
from datetime import UTC, datetime
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from bot.domain.canonical_json import canonical_json
from bot.domain.events import event_hash, next_event, next_event_and_doc
from bot.store import json_bytes
from bot.store.codec import float_free_json_copy, json_copy

TEXT = st.text(st.characters(exclude_categories=("Cs",)))  # lone surrogates are not UTF-8
SCALARS = (
    st.none() | st.booleans() | TEXT
    | st.integers(min_value=-(2**70), max_value=2**70)  # beyond orjson's 64 bits too
    | st.floats(allow_nan=False, allow_infinity=False)
    | st.sampled_from([1e-05, 1.5e-07, 1e16, 1e22, -0.0, 5e-324, 0.1])
)
JSON_VALUES = st.recursive(
    SCALARS,
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(TEXT, inner, max_size=4),
    max_leaves=25,
)


def stdlib_canonical(value: Any) -> bytes:
    return json.dumps(value, sort_keys=True, separators=(",", ":"), ensure_ascii=False).encode()


@given(JSON_VALUES)
def test_the_canonical_json_of_any_value_is_the_stdlibs_byte_for_byte(value: Any) -> None:
    assert canonical_json(value) == stdlib_canonical(value)


def test_an_event_hash_is_the_one_already_in_the_logs() -> None:
    doc = {"account_id": "ACME-1", "seq": 3, "type": "reply_received",
           "at": "2026-03-02T10:00:00+00:00", "actor": "debtor:ap@acme.example",
           "invoices": ["INV-1"], "prev_hash": "0" * 64,
           "data": {"new_text": "Paid on Friday \u2013 merci, \u00e9t\u00e9\n\t\"ok\"",
                    "until": None, "ratio": 1e-05, "count": 2**65}}
    assert event_hash(doc) == hashlib.sha256(stdlib_canonical(doc)).hexdigest()


def test_canonical_json_refuses_what_json_cannot_hold() -> None:
    with pytest.raises(TypeError):
        canonical_json({"at": datetime(2026, 3, 2, tzinfo=UTC)})
    with pytest.raises(TypeError):
        canonical_json({1: "a", "b": 2})


@given(JSON_VALUES)
def test_the_store_reads_back_what_the_stdlib_would_have_read_back(value: Any) -> None:
    written = json_bytes.dump(value)
    assert json_bytes.load(written) == json.loads(json.dumps(value))
    assert json_bytes.load(json.dumps(value, ensure_ascii=False).encode()) == json_bytes.load(
        written)


def test_the_store_refuses_values_that_are_not_json() -> None:
    with pytest.raises(TypeError):
        json_bytes.dump({"at": datetime(2026, 3, 2, tzinfo=UTC)})
    for not_a_number in (math.nan, math.inf, -math.inf):
        with pytest.raises(ValueError, match="not a JSON value"):
            json_copy({"amount": not_a_number})
    with pytest.raises(ValueError):
        json_copy({1: math.nan})  # the round-trip path refuses them too


def test_a_store_file_that_is_not_json_says_so() -> None:
    with pytest.raises(ValueError):
        json_bytes.load(b'{"txn": 1, "puts": [')


def _holds_a_float(value: Any) -> bool:
    if isinstance(value, float):
        return True
    if isinstance(value, dict):
        return any(_holds_a_float(item) for item in value.values())
    if isinstance(value, list | tuple):
        return any(_holds_a_float(item) for item in value)
    return False


@given(JSON_VALUES | st.tuples(JSON_VALUES, JSON_VALUES)
       | st.dictionaries(st.integers(), JSON_VALUES, max_size=3))
def test_the_float_free_copy_is_json_copy_and_says_float_free_only_when_it_is(
        value: Any) -> None:
    copied, float_free = float_free_json_copy(value)
    assert copied == json_copy(value)
    assert [type(x) for x in _leaves(copied)] == [type(x) for x in _leaves(json_copy(value))]
    if float_free:
        assert not _holds_a_float(value)
        assert canonical_json(copied, float_free=True) == stdlib_canonical(copied)
    else:
        assert _holds_a_float(value) or not _is_plain(value)


def _leaves(value: Any) -> list[Any]:
    if isinstance(value, dict):
        return [leaf for item in value.values() for leaf in _leaves(item)]
    if isinstance(value, list):
        return [leaf for item in value for leaf in _leaves(item)]
    return [value]


def _is_plain(value: Any) -> bool:
    if isinstance(value, dict):
        return all(type(k) is str and _is_plain(v) for k, v in value.items())
    if isinstance(value, list):
        return all(_is_plain(item) for item in value)
    return value is None or type(value) in (str, int, bool, float)


def test_the_float_free_copy_refuses_what_json_copy_refuses_the_same_way() -> None:
    for value in ({"a": [1.0, math.nan]}, {"amount": math.inf}, {1: math.nan}):
        with pytest.raises(ValueError) as expected:
            json_copy(value)
        with pytest.raises(ValueError) as got:
            float_free_json_copy(value)
        assert str(got.value) == str(expected.value)
    with pytest.raises(TypeError):
        float_free_json_copy({"at": datetime(2026, 3, 2, tzinfo=UTC)})


class _Ratio(float):
    """A float by subclass: never float-free."""


def test_an_event_built_with_a_float_free_hint_is_the_event_built_without() -> None:
    previous = next_event(None, account_id="ACME", type="note", at=datetime(2026, 3, 2, tzinfo=UTC),
                          actor="staff", data={"text": "x"})
    # 1e-05 is a float orjson writes differently from the stdlib (0.00001): a field the hint
    # wrongly let through would change the hash
    for account_id, actor, invoices in (("ACME", "staff", ("INV-1",)), ("ACME", "staff", ()),
                                        ("ACME", _Ratio(1.5), ("INV-1",)),
                                        ("ACME", "staff", (_Ratio(2.5),)),
                                        ("ACME", 1e-05, ("INV-1",)), ("ACME", "staff", (1e-05,)),
                                        (1e-05, "staff", ("INV-1",))):
        data = {"text": "é", "nested": {"list": [1, None, True]}}
        hinted = next_event_and_doc(previous, account_id=account_id, type="note",
                                    at=previous.at, actor=actor,  # type: ignore[arg-type]
                                    invoices=invoices, data=data,  # type: ignore[arg-type]
                                    data_float_free=True)
        plain = next_event_and_doc(previous, account_id=account_id, type="note",
                                   at=previous.at, actor=actor,  # type: ignore[arg-type]
                                   invoices=invoices, data=data)  # type: ignore[arg-type]
        assert hinted == plain
        assert hinted[0].hash == hashlib.sha256(
            stdlib_canonical({k: v for k, v in hinted[1].items() if k != "hash"})).hexdigest()
