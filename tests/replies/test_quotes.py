"""Separating the debtor's own words from the quoted reminder and their signature."""

from __future__ import annotations

import pytest

from bot.mail.quotes import split_reply


def test_a_gmail_style_quote_is_removed() -> None:
    text = (
        "Will pay on Friday.\n\nOn Tue, 4 Nov 2025 at 09:00, Accounts <a@b.example> wrote:\n"
        "> Please pay invoice INV-1.\n"
    )
    assert split_reply(text).new_text == "Will pay on Friday."


def test_an_outlook_header_block_and_everything_below_is_removed() -> None:
    text = (
        "Paid yesterday.\n\n________________________________\nFrom: Accounts <a@b.example>\n"
        "Sent: Thursday, 3 September 2026 09:02\nTo: Reception\nSubject: Reminder\n\n"
        "If you've already settled this, please disregard this email.\n"
    )
    assert split_reply(text).new_text == "Paid yesterday."


def test_a_french_outlook_header_block_with_no_break_spaces_before_colons_is_removed() -> None:
    text = (
        "Pourriez-vous nous accorder un délai ?\n\nDe\u00a0: Comptabilité <compta@b.example>\n"
        "Envoyé\u00a0: vendredi 3 juillet 2026 09:01\nÀ\u00a0: Laurent\nObjet\u00a0: Relance\n\n"
        "Si le paiement a été effectué entre-temps, veuillez ignorer ce message.\n"
    )
    assert split_reply(text).new_text == "Pourriez-vous nous accorder un délai ?"


def test_a_german_original_message_separator_is_removed() -> None:
    text = (
        "Die Überweisung ist raus.\n\n-----Ursprüngliche Nachricht-----\nVon: Buchhaltung\n"
        "Gesendet: Freitag, 5. September 2025 07:30\nBetreff: Zahlungserinnerung\n\nText\n"
    )
    assert split_reply(text).new_text == "Die Überweisung ist raus."


def test_a_spanish_attribution_line_is_removed() -> None:
    text = (
        "Os hago la transferencia el viernes.\n\nEl vie, 21 nov 2025 a las 8:00, Cobros "
        "(<cobros@jardines.example>) escribió:\n\n> Factura pendiente\n"
    )
    assert split_reply(text).new_text == "Os hago la transferencia el viernes."


def test_a_bottom_posted_reply_is_the_text_below_the_quote() -> None:
    text = (
        "On Thu, Jul 9, 2026 at 9:00 AM Accounts <a@b.example> wrote:\n\n> Please pay.\n>\n"
        "> Reply STOP to stop receiving reminders.\n\nCheck 20931 went out on 6/30.\n"
    )
    assert split_reply(text).new_text == "Check 20931 went out on 6/30."


def test_the_sign_off_and_signature_are_not_new_text() -> None:
    text = "We paid on Monday.\n\nKind regards,\nKaren Doyle\nPractice Manager\n0141 496 0872\n"
    assert split_reply(text).new_text == "We paid on Monday."


@pytest.mark.parametrize(("text", "said"), [
    ("Hi Mel,\n\nThanks!\n\nWe'll pay the invoice on Friday.\n\nCheers,\nDev\n",
     "We'll pay the invoice on Friday."),
    ("Buenos días:\n\nGracias.\n\nLo pagamos el viernes.\n\nSaludos,\nAna\n",
     "Lo pagamos el viernes."),
    ("Guten Tag,\n\nDanke!\n\nWir zahlen am Freitag.\n\nMfG\nAnna\n", "Wir zahlen am Freitag."),
])
def test_a_thank_you_line_under_the_greeting_does_not_end_the_reply(text: str, said: str) -> None:
    assert split_reply(text).new_text.endswith(said)


def test_a_stop_request_after_the_body_is_never_cut_away_as_a_signature() -> None:
    text = ("I paid this on the 2nd of October.\n\nTake me off your mailing list. I don't want "
            "any more emails.\n\nGlenda Hartigan\n")
    assert "Take me off your mailing list." in split_reply(text).new_text


def test_answers_written_between_the_lines_of_an_outlook_quote_are_new_text() -> None:
    text = (
        "Tom - answers below in caps.\n\n-----Original Message-----\nFrom: Accounts "
        "<a@b.example>\nSent: 20 April 2026 16:00\nSubject: Reminder\n\n> INV-2307 remains "
        "unpaid.\n\nWENT BY BACS ON THE 3RD.\n\n> To opt out reply STOP.\n\nNO NEED.\n\n> "
        "Many thanks\n\n--\nGraham\n"
    )
    new_text = split_reply(text).new_text
    assert "WENT BY BACS ON THE 3RD." in new_text and "NO NEED." in new_text
    assert "remains unpaid" not in new_text and "Graham" not in new_text


def test_a_mobile_footer_is_not_new_text() -> None:
    assert split_reply("paid\n\nSent from my iPhone\n").new_text == "paid"


def test_a_reply_that_is_only_a_signature_has_no_new_text() -> None:
    text = "Sent from my iPhone\n\n> On 18 Sep 2025, at 08:00, Accounts wrote:\n> Please pay.\n"
    assert split_reply(text).new_text == ""


def test_an_empty_reply_above_an_unprefixed_quote_has_no_new_text() -> None:
    text = (
        "On Wednesday, June 11, 2025 at 8:15:40 AM, Accounts <a@b.example> wrote:\n\n\n"
        "Dear Marjorie,\n\nIf payment has already been made, please disregard this notice.\n"
    )
    assert split_reply(text).new_text == ""


def test_an_empty_reply_above_an_outlook_quote_has_no_new_text() -> None:
    text = (
        "________________________________\nFrom: Accounts <a@b.example>\nSent: Friday\n"
        "To: Reception\nSubject: Reminder\n\nIf you have already paid, please ignore this.\n"
    )
    assert split_reply(text).new_text == ""


def test_a_message_forwarded_without_comment_is_read_as_its_body() -> None:
    text = (
        "---------- Forwarded message ----------\nFrom: Bank <noreply@bank.example>\n"
        "Subject: Payment sent\n\nYour payment of $240.00 was sent.\n"
    )
    assert split_reply(text).new_text == "Your payment of $240.00 was sent."


@pytest.mark.parametrize("postscript", [
    "P.S. The transfer of € 2.870,00 goes out tomorrow morning.",
    "PS: we'll pay the rest on Friday.",
    "P.D. Le hacemos la transferencia el lunes.",
])
def test_a_postscript_under_the_signature_is_the_senders_words(postscript: str) -> None:
    text = f"Lovely to meet you at the fair.\n\nWarm regards,\nSanne\n\n{postscript}\n"
    assert split_reply(text).new_text.rstrip().endswith(postscript)


_RULE = "-" * 46
_ZENDESK_UPDATE = (
    "##- Please type your reply above this line -##\n\n"
    "Your request (10417) has been updated. To add additional comments, reply to this email.\n"
    f"{_RULE}\n\nYvonne Castle (Pelham Retail Parks)\n\nAug 4, 2025, 16:32 BST\n\n"
    "Dear Mr Ferris,\n\nPlease direct all further communication about INV-7744 to our "
    "solicitors.\n\nRegards,\nYvonne Castle\n\n"
    f"{_RULE}\n\nIronside Security Systems\n\nAug 4, 2025, 07:00 BST\n\n"
    "Our records show that INV-7744 remains unpaid. If you have already paid, please ignore "
    "this message.\n"
)


def test_a_help_desk_update_reads_as_the_newest_comment_it_relays() -> None:
    reply = split_reply(_ZENDESK_UPDATE)
    assert "direct all further communication" in reply.new_text
    assert "already paid" not in reply.new_text  # the creditor's reminder, relayed below it
    assert "has been updated" in reply.visible  # the frame, for telling a relay from an ack


def test_a_help_desk_acknowledgement_is_not_cut_to_the_message_it_acknowledges() -> None:
    text = (
        "##- Please type your reply above this line -##\n\nThank you, your request (555) has "
        f"been received and will be reviewed by our team.\n{_RULE}\n\nIronside Security "
        "Systems\n\nOur records show that INV-7744 remains unpaid.\n"
    )
    assert "has been received" in split_reply(text).new_text


def test_answers_in_brackets_inside_the_quoted_lines_are_the_sender_s_words() -> None:
    text = (
        "Morning Ellie, see my comments in [brackets] below.\n\nCraig\n\n"
        "On Sat, 30 May 2026 at 07:00, Fairfield Laundry <a@b.example> wrote:\n"
        "> If payment has already been made, please disregard this reminder. [It has - paid "
        "29/05 via BACS]\n> If you believe this invoice is incorrect, let us know. [all fine]\n"
    )
    new_text = split_reply(text).new_text
    assert "It has - paid 29/05 via BACS" in new_text
    assert "disregard this reminder" not in new_text


def test_answers_tagged_with_the_writer_s_initials_inside_an_outlook_quote_are_his_words() -> None:
    text = (
        "Dana see my answers below\n\n-----Original Message-----\n"
        "From: Dana Whitfield <billing@oak.example>\nSent: Wednesday, August 27, 2025 10:02 AM\n"
        "To: Jason Trent <jt@trent.example>\nSubject: Reminder: invoice OB-20640 is overdue\n\n"
        "If you have already paid, please ignore this message.\n\n"
        "[JT] Haven't paid yet. Will do it Tuesday, whole amount.\n\n"
        "If you dispute this invoice, just reply and tell us why.\n\n[JT] No dispute.\n\n"
        "Reply STOP to stop these reminders.\n"
    )
    new_text = split_reply(text).new_text
    assert "Haven't paid yet. Will do it Tuesday, whole amount." in new_text
    assert "No dispute." in new_text
    assert "please ignore this message" not in new_text
    assert "Reply STOP" not in new_text


def test_answers_marked_with_two_quote_marks_in_an_outlook_quote_are_the_sender_s_words() -> None:
    text = (
        "Hi,\n\nanswers below in red\n\n-----Original Message-----\n"
        "From: Brightwater <accounts@bw.example>\nSent: 08 April 2026 09:02\n"
        "To: Nadia <nadia@rt.example>\nSubject: Payment reminder - INV-4018\n\n"
        "If you have already paid, please ignore this message.\n>> Not paid yet.\n\n"
        "A payment plan is available if you need one.\n"
        ">> Yes please - £620 a month from 30 April.\n"
    )
    new_text = split_reply(text).new_text
    assert "Not paid yet." in new_text
    assert "£620 a month from 30 April" in new_text
    assert "please ignore this message" not in new_text


def test_a_body_of_rules_and_blank_lines_is_read_without_a_help_desk_frame() -> None:
    # The frame is looked for with a bounded pattern: dashes and spaces before a line that is
    # no frame must not make the search try every way of splitting them.
    text = ("- " * 150 + "\n") * 3 + "Will pay Friday."
    assert split_reply(text).new_text.endswith("Will pay Friday.")


def test_a_help_desk_that_puts_the_newest_comment_above_its_first_rule_is_read_there() -> None:
    text = (
        "##- Please type your reply above this line -##\n\nYour ticket #AP-30917 has been "
        "updated.\n\nRebecca Lyons (Halden Group Accounts Payable)\n\nHi Mo,\n\nThanks for your "
        "patience. INV-7720 has now been approved and will be paid on 28 May 2026 in our "
        "scheduled supplier run.\n\nKind regards,\nRebecca\n\n" + "-" * 32 + "\n\nClearview "
        "Glazing Ltd\n\nOur records show that INV-7720 is still unpaid. If you have already "
        "paid, please ignore this reminder.\n"
    )
    reply = split_reply(text)
    assert "will be paid on 28 May 2026" in reply.new_text
    assert "already paid" not in reply.new_text


def test_a_supplier_portal_notice_reads_as_the_buyer_s_comment_it_relays() -> None:
    text = (
        "CoreBuy | Supplier notification\n" + "-" * 60 + "\nMessage from buyer: Pemberton "
        "Academies Trust\nFrom: Lorraine Gage (Finance Officer)\n\n\"Received, thank you. The "
        "invoice is going through validation.\"\n\nInvoice status: In validation\n" + "-" * 60
        + "\nDo not reply to this email directly.\n\nIn response to:\nIf you have already paid, "
        "please ignore this message.\n"
    )
    reply = split_reply(text)
    assert "Received, thank you" in reply.new_text
    assert "already paid" not in reply.new_text


def test_answers_written_into_the_quoted_reminder_below_a_sent_from_my_ipad_line_are_kept() -> None:
    text = (
        "Morning - replies below.\n\nSent from my iPad\n\n"
        "> On 21 Apr 2026, at 09:00, Halden Freight Ltd <ar@haldenfreight.example> wrote:\n>\n"
        "> Just a reminder that INV-9188 is now past due.\n\nCorrect, no issue with it.\n\n"
        "> Could you let us know when we can expect payment?\n\n"
        "It'll be paid on the 1st, we pay all hauliers on the 1st of the month.\n\n"
        "> Already paid? Please ignore this.\n"
    )
    reply = split_reply(text)
    assert "It'll be paid on the 1st" in reply.new_text
    assert "Sent from my iPad" not in reply.new_text
    assert "Already paid" not in reply.new_text


_COLLEAGUES_FORWARD = (
    "Hi Sam,\n\nSee below from our workshop foreman.\n\nPriya\n\n"
    "---------- Forwarded message ---------\nFrom: Dev Shah <{origin}>\n"
    "Date: Thu, 4 Sep 2025 at 17:02\nSubject: RE: invoice INV-3345\n"
    "To: Priya Shah <priya@shahjoinery.example>\n\n"
    "Priya - the second batch of hinges was the wrong finish, we returned all 60.\n\nDev\n\n"
    "On Mon, 1 Sep 2025 at 09:33, Accounts <accounts@merchant.example> wrote:\n"
    "> If you dispute this invoice, just tell us by replying.\n"
)


def test_a_message_forwarded_from_the_senders_own_side_under_a_covering_note_is_theirs() -> None:
    text = _COLLEAGUES_FORWARD.format(origin="dev@shahjoinery.example")
    reply = split_reply(text, "priya@shahjoinery.example")
    assert "we returned all 60" in reply.new_text
    assert "If you dispute" not in reply.new_text


@pytest.mark.parametrize(("origin", "sender"), [
    ("accounts@merchant.example", "priya@shahjoinery.example"),  # the creditor's own message
    ("dev.shah@gmail.com", "priya.shah@gmail.com"),  # a public mail service: anyone's
])
def test_a_message_forwarded_from_anyone_else_is_not_the_senders_words(
        origin: str, sender: str) -> None:
    reply = split_reply(_COLLEAGUES_FORWARD.format(origin=origin), sender)
    assert "returned all 60" not in reply.new_text
    assert "See below from our workshop foreman." in reply.new_text


def test_a_reply_dictated_on_the_line_of_its_phone_footer_is_the_senders_words() -> None:
    words = ("sent from my iphone dictation sorry for typos please stop emailing me I am in a debt "
             "relief order now talk to the advice centre")
    reply = split_reply(f"{words}\n\nOn Tue, 4 Nov 2025, Accounts wrote:\n> Your invoice is due.")
    assert reply.new_text == words


@pytest.mark.parametrize("footer", [
    "Sent from my iPhone", "Sent from my Samsung Galaxy smartphone."])
def test_a_phone_footer_alone_is_still_not_the_senders_words(footer: str) -> None:
    reply = split_reply(f"Will pay Friday.\n\n{footer}\n\nOn Tue, 4 Nov 2025, Accounts wrote:\n"
                        "> Your invoice is due.")
    assert reply.new_text == "Will pay Friday."


@pytest.mark.parametrize(("text", "said"), [
    ("Sent from my iPhone\n\npls stop messaging me my lawyer will call u\n\n"
     "> On 4 Nov 2025, at 09:00, Accounts <a@b.example> wrote:\n> Dear Sam,",
     "pls stop messaging me my lawyer will call u"),
    ("Von meinem iPhone gesendet\n\nBitte keine E-Mails mehr.", "Bitte keine E-Mails mehr."),
    ("ok will pay friday\n\nSent from my iPhone", "ok will pay friday"),
])
def test_a_phone_footer_above_the_words_ends_nothing_and_below_them_is_dropped(
        text: str, said: str) -> None:
    assert split_reply(text).new_text == said


def test_a_reply_of_an_emoji_alone_is_its_new_text() -> None:
    assert split_reply("👍\n\n> On Tue, Accounts wrote:\n> hello").new_text == "👍"
