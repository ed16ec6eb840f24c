"""The owner's weekly recap as a short Slack message for the channel (the email has the detail)."""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Mapping
from decimal import Decimal

from slack_sdk.models.blocks import Block, HeaderBlock, SectionBlock
from slack_sdk.web.async_client import AsyncWebClient

from bot.domain.owner_recap import OwnerRecap
from bot.slack.overview import MAX_LINES
from bot.slack.settings import SlackConfig
from bot.slack.text import money
from bot.slack.wording import Mrkdwn, SlackWording, default_wording

RecapPoster = Callable[[OwnerRecap], Awaitable[None]]


def _totals(totals: Mapping[str, Decimal], locale: str, words: SlackWording) -> str:
    if not totals:
        return words.plain("recap.nothing")
    return " + ".join(money(v, c, locale) for c, v in sorted(totals.items()))


def recap_text(recap: OwnerRecap, locale: str = "en_GB",
               wording: SlackWording | None = None) -> str:
    """The one-line summary (also the notification text)."""
    words = wording or default_wording()
    return words.plain("recap.text", first_day=recap.week.first_day,
                       last_day=recap.week.last_day,
                       collected=_totals(recap.collected, locale, words),
                       promised=len(recap.promised), broken=len(recap.broken),
                       plans=len(recap.plans), disputes=len(recap.disputes),
                       decisions=len(recap.decisions))


def recap_blocks(recap: OwnerRecap, locale: str = "en_GB",
                 wording: SlackWording | None = None) -> list[Block]:
    words = wording or default_wording()
    dso = " · ".join(words.mrkdwn("recap.dso", currency=d.currency, days=d.days,
                                  complete=d.complete)
                     for d in recap.dso.values()) or words.mrkdwn("recap.dso_none")
    blocks: list[Block] = [
        HeaderBlock(text=words.plain("recap.title", first_day=recap.week.first_day,
                                     last_day=recap.week.last_day)),
        SectionBlock(text=words.mrkdwn(
            "recap.figures", collected=_totals(recap.collected, locale, words),
            payments=recap.payments, promised=len(recap.promised), broken=len(recap.broken),
            plans=len(recap.plans), disputes=len(recap.disputes),
            owed=_totals(recap.owed, locale, words), dso=Mrkdwn(dso))),
    ]
    lines = [words.mrkdwn("recap.decision_line", name=d.account_name, reasons="; ".join(d.reasons))
             for d in recap.decisions]
    if recap.unmatched_replies:
        lines.append(words.mrkdwn("recap.unmatched", count=recap.unmatched_replies))
    if lines:
        shown = lines[:MAX_LINES]
        if len(lines) > MAX_LINES:
            shown.append(words.mrkdwn("recap.more", count=len(lines) - MAX_LINES))
        blocks.append(SectionBlock(text=words.mrkdwn("recap.decisions",
                                                     lines=Mrkdwn("\n".join(shown)))))
    else:
        blocks.append(SectionBlock(text=words.mrkdwn("recap.decisions_none")))
    return blocks


async def post_owner_recap(client: AsyncWebClient, channel: str, recap: OwnerRecap,
                           locale: str = "en_GB", wording: SlackWording | None = None) -> None:
    await client.chat_postMessage(channel=channel, text=recap_text(recap, locale, wording),
                                  blocks=recap_blocks(recap, locale, wording))


def slack_recap_poster(config: SlackConfig, locale: str = "en_GB") -> RecapPoster:
    """A poster with its own short-lived client (for `duebot run` and `duebot recap`). The
    Slack texts are loaded and checked now (raising `WordingError`), not when it posts."""
    wording = SlackWording.load(config.templates_dir)

    async def post(recap: OwnerRecap) -> None:
        client = AsyncWebClient(token=config.resolved_bot_token(),
                                base_url=config.api_base_url)
        await post_owner_recap(client, config.channel, recap, locale, wording)

    return post
