"""The owner's weekly recap as a short Slack message for the channel (the email has the detail)."""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Mapping
from decimal import Decimal

from slack_sdk.models.blocks import Block, HeaderBlock, SectionBlock
from slack_sdk.web.async_client import AsyncWebClient

from bot.domain.owner_recap import OwnerRecap
from bot.slack.overview import MAX_LINES
from bot.slack.settings import SlackConfig
from bot.slack.text import escape, money

RecapPoster = Callable[[OwnerRecap], Awaitable[None]]


def _totals(totals: Mapping[str, Decimal], locale: str) -> str:
    if not totals:
        return "nothing"
    return " + ".join(money(v, c, locale) for c, v in sorted(totals.items()))


def _accounts(count: int) -> str:
    return f"{count} account needs" if count == 1 else f"{count} accounts need"


def recap_text(recap: OwnerRecap, locale: str = "en_GB") -> str:
    """The one-line summary (also the notification text)."""
    return (f"Weekly recap {recap.week.first_day:%d %b}–{recap.week.last_day:%d %b}: "
            f"collected {_totals(recap.collected, locale)}, {len(recap.promised)} promised, "
            f"{len(recap.broken)} broken, {len(recap.plans)} active plans, "
            f"{len(recap.disputes)} disputes open, {_accounts(len(recap.decisions))} a "
            f"decision")


def recap_blocks(recap: OwnerRecap, locale: str = "en_GB") -> list[Block]:
    week = f"{recap.week.first_day:%d %b} – {recap.week.last_day:%d %b %Y}"
    dso = " · ".join(f"{d.currency} {d.days} days{'' if d.complete else '+'}"
                     for d in recap.dso.values()) or "nothing owed"
    blocks: list[Block] = [
        HeaderBlock(text=f"duebot · weekly recap · {week}"),
        SectionBlock(text=(
            f"*Collected:* {_totals(recap.collected, locale)} ({recap.payments} payments)\n"
            f"*Promised:* {len(recap.promised)} · *Broken:* {len(recap.broken)} · "
            f"*Active plans:* {len(recap.plans)} · *Disputes open:* {len(recap.disputes)}\n"
            f"*Owed:* {_totals(recap.owed, locale)} · *DSO (countback):* {dso}")),
    ]
    lines = [f"• {escape(d.account_name)} — {escape('; '.join(d.reasons))}"
             for d in recap.decisions]
    if recap.unmatched_replies:
        lines.append(f"• {recap.unmatched_replies} replies matched no account")
    if lines:
        shown = lines[:MAX_LINES]
        if len(lines) > MAX_LINES:
            shown.append(f"…and {len(lines) - MAX_LINES} more")
        blocks.append(SectionBlock(text="*Needs a decision*\n" + "\n".join(shown)))
    else:
        blocks.append(SectionBlock(text="*Needs a decision:* nothing"))
    return blocks


async def post_owner_recap(client: AsyncWebClient, channel: str, recap: OwnerRecap,
                           locale: str = "en_GB") -> None:
    await client.chat_postMessage(channel=channel, text=recap_text(recap, locale),
                                  blocks=recap_blocks(recap, locale))


def slack_recap_poster(config: SlackConfig, locale: str = "en_GB") -> RecapPoster:
    """A poster with its own short-lived client (for `duebot run` and `duebot recap`)."""

    async def post(recap: OwnerRecap) -> None:
        client = AsyncWebClient(token=config.resolved_bot_token(),
                                base_url=config.api_base_url)
        await post_owner_recap(client, config.channel, recap, locale)

    return post
