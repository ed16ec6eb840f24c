"""Slack's side of the conversation: signed interactivity requests built from real payloads.

The payload shapes come from Slack's own SDK test fixtures in `../shared/corpora/slack/`
(read in place, never copied); only the IDs and values duebot cares about are substituted.
"""

from __future__ import annotations

import copy
import hashlib
import hmac
import json
import time
from pathlib import Path
from typing import Any
from urllib.parse import urlencode

REPO_ROOT = Path(__file__).resolve().parents[2]
CORPUS = REPO_ROOT.parent / "shared" / "corpora" / "slack"

SIGNING_SECRET = "8f742231b10e8888abcd99yyyzzz85a5"


def payload(kind: str, name: str) -> dict[str, Any]:
    """A real payload from the corpus, e.g. payload("block_actions", "bolt-python-01")."""
    data: dict[str, Any] = json.loads((CORPUS / kind / f"{name}.json").read_text("utf-8"))
    return data


def button_click(
    action_id: str, task_id: str, *, user: str, channel: str, message_ts: str,
    message_blocks: list[dict[str, Any]] | None = None,
) -> dict[str, Any]:
    """A block_actions payload: `user` clicked the button on the card at channel/message_ts
    (Slack sends the card's blocks along)."""
    body = copy.deepcopy(payload("block_actions", "bolt-python-01"))
    body["user"] = {**body["user"], "id": user}
    body["container"] = {"type": "message", "message_ts": message_ts, "channel_id": channel,
                         "is_ephemeral": False}
    body["channel"] = {**body["channel"], "id": channel}
    body["message"] = {"type": "message", "ts": message_ts, "text": "card",
                       "blocks": message_blocks or []}
    action = body["actions"][0]
    body["actions"] = [{**action, "action_id": action_id, "block_id": "duebot:outcomes",
                        "value": task_id}]
    return body


def modal_submission(
    view: dict[str, Any], values: dict[str, dict[str, Any]], *, user: str,
) -> dict[str, Any]:
    """A view_submission payload for the modal `view` (as duebot opened it) with `values`:
    {block_id: element state}, e.g. {"date": {"type": "datepicker", "selected_date": "..."}}.
    """
    body = copy.deepcopy(payload("view_submission", "bolt-python-01"))
    body["user"] = {**body["user"], "id": user}
    body["view"] = {**body["view"], "callback_id": view["callback_id"],
                    "private_metadata": view["private_metadata"], "blocks": view["blocks"],
                    "state": {"values": {block: {"value": state}
                                         for block, state in values.items()}}}
    return body


def form_body(data: dict[str, Any]) -> str:
    """How Slack sends interactivity: a form with one field, `payload`, holding the JSON."""
    return urlencode({"payload": json.dumps(data)})


def signed_headers(
    body: str, *, secret: str = SIGNING_SECRET, timestamp: int | None = None,
    retry: int | None = None,
) -> dict[str, str]:
    """Slack's request signature: v0=HMAC-SHA256(secret, "v0:{timestamp}:{body}")."""
    stamp = str(int(time.time()) if timestamp is None else timestamp)
    digest = hmac.new(secret.encode(), f"v0:{stamp}:{body}".encode(), hashlib.sha256)
    headers = {"Content-Type": "application/x-www-form-urlencoded",
               "X-Slack-Request-Timestamp": stamp,
               "X-Slack-Signature": f"v0={digest.hexdigest()}"}
    if retry is not None:
        headers["X-Slack-Retry-Num"] = str(retry)
        headers["X-Slack-Retry-Reason"] = "http_timeout"
    return headers


def slash_command(text: str, *, user: str, channel: str) -> str:
    """A slash command as Slack sends it: a plain form (Slack's documented field set)."""
    return urlencode({
        "token": "verification_token", "team_id": "T111", "team_domain": "workspace-domain",
        "channel_id": channel, "channel_name": "credit-control", "user_id": user,
        "user_name": "staff", "command": "/duebot", "text": text, "api_app_id": "A111",
        "response_url": "https://hooks.slack.com/commands/T111/111/random-value",
        "trigger_id": "111.222.valid"})


def app_home_opened(*, user: str) -> str:
    """An Events API callback: `user` opened the app's Home tab (JSON body)."""
    return json.dumps({
        "token": "verification_token", "team_id": "T111", "api_app_id": "A111",
        "type": "event_callback", "event_id": "Ev111", "event_time": int(time.time()),
        "event": {"type": "app_home_opened", "user": user, "channel": "D111", "tab": "home",
                  "event_ts": f"{time.time():.6f}"}})
