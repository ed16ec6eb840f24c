"""The `[compliance]` section and the escalation steps' `confirm` setting."""

from __future__ import annotations

from typing import Any

import pytest

from bot.config import ConfigError, parse_config

BUSINESS = {"name": "Acme Ltd", "from_address": "accounts@acme.example",
            "reply_to": "collections@acme.example"}


def config_with(**sections: Any) -> Any:
    return parse_config({"business": BUSINESS, **sections}, source="config.toml")


def test_without_a_compliance_section_the_rules_are_b2b() -> None:
    config = config_with()
    assert config.compliance.profile == "b2b"
    assert [link.name for link in config.compliance.debt_advice] == ["MoneyHelper", "StepChange"]


def test_an_unknown_profile_fails_at_start_naming_the_key() -> None:
    with pytest.raises(ConfigError) as raised:
        config_with(compliance={"profile": "eu_consumer"})
    assert raised.value.key == "compliance.profile"
    assert "b2b" in raised.value.reason and "us_consumer" in raised.value.reason


def test_a_debt_advice_link_must_be_a_web_address() -> None:
    with pytest.raises(ConfigError) as raised:
        config_with(compliance={"profile": "uk_consumer",
                                "debt_advice": [{"name": "Advice", "url": "call us"}]})
    assert raised.value.key == "compliance.debt_advice[0].url"


def test_the_final_notice_and_agency_steps_need_confirmation_by_default() -> None:
    config = config_with()
    needs = {step.name: step.needs_confirmation for step in config.cadence}
    assert needs == {"heads_up": False, "gentle": False, "firm": False, "call": False,
                     "final_notice": True, "agency": True}


def test_an_owner_may_ask_for_confirmation_on_any_step() -> None:
    config = config_with(cadence=[{"name": "firm", "offset_days": 7, "channel": "email",
                                   "template": "firm", "confirm": True}])
    assert config.step("firm").needs_confirmation
