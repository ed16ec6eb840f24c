"""The phrases debtors use for each intent, in English, Spanish, French and German.

Each intent has a list of patterns matched, case-insensitively, against one clause at a time of
the debtor's own words (quoted text and signature already removed, "if ..." clauses skipped).
Keep the phrases general: they are what real debtors write, not the wording of any one sample.

The lists here are English; each language's own phrases are in `phrases_es`, `phrases_fr` and
`phrases_de` and merged in by `_compile`. Other languages' words stay here only in patterns that
mix them across languages (a word in one language with a phrase in another) and in the patterns
with no per-language list: `_ASKS_WHETHER` and the disclaimer words.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Set

from bot.domain.replies import phrases_de, phrases_es, phrases_fr
from bot.domain.replies.clauses import condition_end, sentences, statements
from bot.domain.replies.intents import PRIORITY, ReplyIntent
from bot.domain.replies.prefilter import Folded, Prefiltered, WordIndex, with_start_lookahead
from bot.domain.replies.their_own import (
    INSOLVENCY_ENDED,
    INSOLVENCY_LEFT_BEHIND,
    THEIR_OWN,
    THIRD_PARTIES,
)

# Debt advice charities: a debtor who is working with one (a plan, an adviser, "they will be in
# touch") asks to be left to them; one who only took advice from one has not said so.
_DEBT_CHARITIES = r"(?:citizens advice|stepchange|national debtline|payplan|mabs)"

# A bill sent back to whoever owes it ("Please re-bill them; it's nothing to do with our store"):
# a dispute phrase, and a bill disowned.
# What "I left" may be said of without anyone leaving ("ignore the grumpy voicemail I left").
_NOT_A_THING_LEFT = r"(?<!voicemail )(?<!message )(?<!note )(?<!that )"
# Charges for paying late, which a debtor asks to stop ("stop charging late fees").
_LATE_CHARGES = r"late(?: payment)? (?:fees?|charges?)|interest|penalt(?:y|ies)|surcharges?|fees"
_REBILL_THEM = r"\bre-?bill (?:them|the (?:\w+ )?(?:branch|company|tenant|owner|office|store))\b"

# After "stop sending": the form the bills come in, not the sending ("can u stop sending it as a
# pdf my phone wont open them").
_IN_ANOTHER_FORM = (r"(?! (?:it|them|these|this|the \w+|invoices?|bills?) (?:as|in) (?:a |an )?"
                    r"(?:pdfs?|attachments?|paper|post|letters?|hard cop\w+)\b)")
# The debt respite scheme (England and Wales), not "I just need some breathing space".
_BREATHING_SPACE = (r"(?<!some )(?<!of )(?<!little )(?<!more )(?<!need )(?<!want )(?<!me )"
                    r"\bbreathing space\b")
_CEASE = (
    # "Cut it out wi' the emails", "knock it off with the reminders", "pack in the texts"
    r"\b(?:cut|knock|pack) (?:it )?(?:out|off|in)\b,? (?:wi'?|with|on) (?:the|these|yer|your|all "
    r"the|aw the) (?:e-?mails?|emailin\w*|messages?|reminders?|texts?|letters?|calls?)\b",
    # text-speak: "stp txtin n emailn me", "stop emailin me", "pls stp emailing"
    r"\b(?:stp|stop) (?:txt\w*|text\w*|e-?mail\w*)\b(?: (?:n|and|&) (?:txt\w*|text\w*|e-?mail\w*|"
    r"call\w*|ring\w*))? (?:me|us)\b|\bstp (?:e-?mail\w*|txt\w*|text\w*|call\w*|contact\w*)\b",
    # the reminders to be handed to someone with power over the sender ("from next week they'll
    # be going to my MP as well", "Any further emails will be forwarded to my MP")
    r"\b(?:e-?mails?|messages?|reminders?|letters?|they|these|them|contact)\b[^.]{0,40}\b(?:going|go|"
    r"be (?:forwarded|sent|reported|passed)|forwarded|reported|passed) (?:straight )?to (?:my|the|"
    r"our) (?:mp|m\.p\.|ombudsman|ico|regulator|fca|police|trading standards)\b",
    # "my attorney ... has asked that all communications about this account go through him";
    # corporate rehabilitation (the Philippines)
    r"\b(?:attorney|lawyer|solicitor|counsel)\b[^.]{0,80}\b(?:communications?|correspondence|"
    r"contact)\b[^.]{0,40}\bgo(?:es)? (?:through|via|to) (?:him|her|them)\b",
    # Money owed left to the trustee or the administrators ("Any money owed will be dealt with
    # through the trustee", "Administrators are Falk Reid")
    r"\b(?:dealt with|handled|managed|paid|going|go(?:es)?) (?:through|by|via) (?:the|my|our) "
    r"(?:trustee|administrators?|liquidators?|insolvency practitioner|(?:official )?receivers?)\b|"
    r"\badministrators are\b",
    # "acting as my representative on this", "I've signed authority for him to deal with it",
    # "Our client has instructed us to handle this matter. Kindly channel all communications
    # through our chambers"
    r"\bacting as (?:my|our) (?:representative|agent)\b|\bsigned (?:an )?authority for (?:him|her|"
    r"them) to deal\b|\binstructed (?:us|me) to (?:handle|act|deal)\b|\b(?:channel|route) all "
    r"(?:further |future )?(?:inquiries|enquiries|correspondence|communications?)\b",
    # "I'd appreciate it if this was the last message I got from you", "ok enough now, i dont
    # want these emails anymore", "Please, I'm begging you, just stop", "Pls dnt call dnt email
    # dnt txt", "Im not paying, Im not talking, dont email"
    r"\b(?:this|that) (?:is|was|be) the last (?:message|e-?mail|reminder|letter) (?:i|we) "
    r"(?:get|got|receive|received|hear)\b|"
    r"\b(?:please|just|kindly),? stop[.!]*\s*$|\b(?:dnt|dont|don't|do not) (?:call|e-?mail|text|"
    r"txt|write|message)\W+(?:and |or )?(?:dnt|dont|don't|do not|no) (?:call|e-?mail|text|txt|"
    r"write|message)\b|\b(?:dnt|dont|don't|do not) (?:e-?mail|contact|write|message)\b(?=\W*$)",
    # "I'm sure my attorney will find that just as charming as I do"; "Please don't contact my
    # mother about his business debts"
    r"\b(?:my|our) (?:lawyers?|attorneys?|solicitors?) (?:will|'ll|would) (?:find|see|hear about|"
    r"read|enjoy|love|be (?:very )?interested in)\b|\b(?:my|our) (?:lawyers?|attorneys?|"
    r"solicitors?) (?:is|are) (?:going|gonna) to (?:love|enjoy) (?:reading|seeing)\b|\bsend the "
    r"next (?:one|reminder|e-?mail|letter) (?:straight |directly )?to (?:him|her|them|my "
    r"(?:lawyer|attorney|solicitor))\b|\b(?:do not|don't|dont) contact my (?:mother|"
    r"mum|mom|father|dad|wife|husband|partner|son|daughter|family|parents|elderly \w+)\b",
    # Indirect stop requests: "Consider this my last reply", "I'd prefer you didn't email me
    # again", "I'm not replying to these any more", "Don't write again", "No chasing please".
    r"\b(?:consider|take) this (?:as )?(?:my|our) (?:last|final) (?:reply|response|e-?mail|word|"
    r"message)\b|\bfinal answer\b|\b(?:i'd|i would|we'd|we would) (?:prefer|rather) (?:that )?you "
    r"(?:didn't|did not|don't|do not|no longer|stopped) (?:e-?mail|contact|writ|messag|send)\w*|"
    r"\b(?:i'd|i would|we'd|we would) rather you (?:wrote|write)\b|\b(?:i'd|i would|we'd|we "
    r"would) (?:much |really |far )?(?:rather|prefer) not (?:to )?(?:receive|get|have) (?:these|"
    r"them|your (?:e-?mails|reminders|messages)|(?:any )?(?:more )?(?:e-?mails|reminders|"
    r"messages))\b[^.]{0,30}\b(?:any ?more|again|from now on|in future)\b",
    r"\b(?:i'm|i am|we're|we are|im) not (?:replying|responding|answering|engaging)\b"
    r"[^.]{0,30}\b(?:any ?more|again|further)\b|"
    r"\bnot (?:going to|gonna) (?:reply|respond|engage|discuss)\b[^.]{0,40}\b"
    r"(?:any ?more|again|further)\b|\bwon't be (?:engaging|replying|responding)\b|"
    r"\b(?:don't|do not|never) (?:write|e-?mail|contact) again\b|\bnothing (?:more |further )?to "
    r"say to you\b",
    r"\b(?:take|remove) (?:this|my|our) (?:e-?mail )?address off\b|"
    r"(?<!\bone )(?<!\bthing )(?<!'d take her )(?<!'d take him )\boff (?:your|whatever|the|any) "
    r"(?:mailing )?list\b|"
    r"\b(?:don'?t|dont|dnt|do not) want (?:any |these |your |those )?"
    r"(?:more )?(?:reminders|e-?mails|messages|chasers)\b[^.]{0,25}\bany ?more\b|"
    r"\bno (?:more )?chas(?:ing|ers)\b|\bwon't read anything (?:further|else|more)\b|"
    r"\b(?:grateful|appreciate it|prefer it|rather) if (?:this|that) (?:was|were|is) the last "
    r"(?:e-?mail|message|reminder|one)\b|\blet (?:this|that) be the last (?:e-?mail|message|"
    r"reminder)\b|"
    r"\b(?:by|in) (?:letter|post|writing) or not at all\b|"
    r"^\W*(?:please|pls|plz|kindly)?,?\s*stop(?:,? please)?\s*(?:[.!]+|\s[—–-]+\s)|"
    r"\b(?:take|remove|delete) (?:this|my|our) (?:e-?mail(?: address)?|address) (?:off|from) "
    r"(?:your|the) (?:system|records?|database|files?|books|lists?|mailing list)\b|\bwant "
    r"(?:it|this (?:address|e-?mail)) (?:taken|removed) off\b|\bno (?:more|further) (?:invoices,?"
    r" (?:or|and) )?reminders\b(?! (?:needed|necessary|required))",
    THEIR_OWN + r"\b(?:appointed|have appointed|has appointed) (?:joint )?(?:administrators?|"
    r"liquidators?|receivers?|an administrator|a liquidator)\b|\b(?:statutory|interim) "
    r"moratorium\b|\binsolvency resolution process\b|"
    + _BREATHING_SPACE,
    r"\b(?:debt (?:adviser|advisor|advice|charity|management)|stepchange|citizens advice|payplan)"
    r"\b[^.]{0,60}\b(?:deals? with|handles?|handling|dealing|acting|acts)\b|\b(?:contact|ring|"
    r"call|phone|speak to|talk to|write to) (?:them|him|her)(?: instead)?,? not (?:me|us)\b|"
    r"\b(?:got|have) " + _DEBT_CHARITIES + r" (?:working|sorting|handling|dealing)\b|"
    + _DEBT_CHARITIES + r"\b[^.]{0,60}\b(?:speak|talk|write|go) to (?:them|him|her) instead\b",
    r"\btake (?:me|us|my (?:name|address|e-?mail)) off\b(?! (?:this|the|your) (?:account|record|"
    r"file))",
    r"\b(?:do not|don't|dont|no longer) (?:wish|want) to (?:receive|be contacted|hear from|get "
    r"(?:any |these |those |your |such )?(?:more|further|e-?mails|reminders|messages|calls|"
    r"letters|texts|spam)\b)",
    THEIR_OWN + r"\b(?:entered|gone into|in) (?:voluntary )?(?:administration|receivership|"
    r"liquidation)\b|"
    r"\bcontact the (?:administrators?|liquidators?|receivers?|trustee)\b|"
    + THEIR_OWN + r"\bin the hands of (?:the |an? )?(?:official )?(?:liquidators?|administrators?|"
    r"receivers?|insolvency practitioners?)\b",
    r"\b(?:retained|hired|instructed|appointed|engaged) (?:a |an |our |my )?(?:lawyer|attorney|"
    r"solicitor|counsel|legal)s?\b|\binstructed (?:\w+ ){1,3}(?:legal|llp|solicitors|law|chambers|"
    r"attorneys)\b",
    # Said politely or plainly, the rules had no words for these before the model learned them
    # ("Kindly cease all further correspondence", "Please make this the last email", "Not
    # interested in any further contact", "Could you not send me any more emails?", "I'd rather
    # not hear from you again", "Your emails are unwanted", "I am no longer accepting
    # communication about this bill")
    r"\b(?:cease|stop|suspend|hold|halt) all (?:further |future )?(?:correspondence|contact|"
    r"communications?)\b|\bmake this the last (?:e-?mail|message|reminder)\b|\b(?:this|that) "
    r"were the last (?:message|e-?mail|reminder|letter)\b|\bnot interested in any (?:further|"
    r"more) contact\b|^\W*no contact,? please\W*$|\byour (?:e-?mails|messages|reminders) are "
    r"(?:unwanted|not wanted)\b|\bno longer accepting (?:any )?(?:communications?|correspondence|"
    r"contact|e-?mails)\b|\b(?:could|can|would) you (?:please )?not (?:send|e-?mail|contact|"
    r"message) me\b|\b(?:i'd|i would|we'd|we would) (?:really |much |far )?(?:rather|prefer) not "
    r"(?:to )?(?:hear from you|get any (?:more|further)|receive any (?:more|further))\b",
    # Sent to someone who acts for the debtor ("Please deal with him and not me", "correspond
    # only with them", "All contact via our accountant", "Every further message should be to
    # him"; not "all correspondence to her", which may only move it to a colleague), "my lawyer
    # is dealing w it", "I've got a lawyer now", "please only contact him")
    r"\b(?:deal|speak|talk|correspond|communicate) (?:only )?with (?:them|him|her)(?: only)?"
    r"(?: from now on)?,? (?:and )?not (?:with )?(?:me|us)\b|\b(?:correspond|communicate|deal) "
    r"only with (?:them|him|her)\b|\b(?:contact|speak to|talk to|write to) (?:the \w+|my \w+|"
    r"our \w+)(?: please)?,? (?:and )?not (?:me|us)\b|\b(?:please )?only (?:contact|deal with|"
    r"speak to|write to) (?:him|her|them|my (?:son|daughter|husband|wife|attorney|representative|"
    r"brother|sister))\b",
    r"\b(?:all|any|every) (?:further |future )?(?:contact|correspondence|communications?|"
    r"messages?)\b[^.]{0,20}\b(?:via|through|to|with) (?:my|our|the) (?:accountant|solicitors?|"
    r"lawyers?|attorney|counsel|adviser|advisor|representative|administrator|supervisor|nominee|"
    r"trustee|monitor|examiner|executor|intermediary|debt \w+|legal \w+)\b|"
    r"\b(?:direct|route) (?:everything|all (?:further |future )?(?:correspondence|queries|claims|"
    r"contact|communications?|enquiries|inquiries))\b[^.]{0,60}\b(?:solicitors?|lawyers?|"
    r"attorneys?|counsel|legal|llp|chambers|trustee|administrators?|liquidators?|supervisor|nominee|"
    r"monitor|examiner|(?-i:LIT)|receivers?)\b",
    r"\b(?:i've|i have) (?:got )?a (?:lawyer|solicitor|attorney) now\b|\bin the hands of my "
    r"(?:solicitors?|lawyers?|attorney)\b|\b(?:my|mi) (?:lawyer|solicitor|attorney) (?:is |a )?"
    r"(?:(?:dealing|handling|handle) (?:w(?:ith)? )?(?:it|this|that|everything)|takes? the case)\b",
    # Insolvency in other countries' terms
    THEIR_OWN + r"(?:\bcompany voluntary arrangement\b|\b(?-i:CVA)\b|\bpart (?:ix|9) debt "
    r"agreement\b|\bdebt review\b|\bexaminership\b|\bjudicial management\b|\bstatutory "
    r"management\b|\bconsumer proposal\b|\bcreditor protection\b|\b(?-i:CCAA)\b|\badministration "
    r"order\b|\bdebt relief notice\b)",
    # in other Englishes: "pls stop msg me", "Stop send mi dese email dem", "Nuh badda email mi
    # again", "Gonnae no email me again", "Don't be sendin me no more of these"
    r"\bstop (?:msg|msging|messaging|send|sen'|sending) (?:mi|me)\b|\b(?:gonnae no|nuh badda|no "
    r"badda|don't be) (?:e-?mail|sendin\w*|send|contact)\w* (?:me|mi|us)\b",
    r"\b(?:correspondence|communications?)\b.{0,40}\b(?:directed|sent|addressed|forwarded)\b",
    r"(?<!asking you to )(?<!not to )\b(?:stop|stp|quit|cease)\s+"
    r"(?![^.]{0,30}\b(?:once|as soon as) "
    r"(?:you|it|the)\b)(?:e-?mailing|contacting|sending" + _IN_ANOTHER_FORM + r"|"
    r"messaging|msging|texting|calling|writing|"
    r"harass\w*|bothering|chasing|spamming)\b",
    r"\b(?:do not|don't|dont|never)\s+(?:ever\s+)?"
    r"(?:contact|e-?mail|call|write to|message|phone)\s+"
    r"(?:me|us)\b",
    r"\bno (?:further|more) (?:of (?:these|those|your|the) )?(?:contact|e-?mails?|messages|calls|"
    r"communication|correspondence)\b",
    # email refused as the account's standing ("the account is flagged no-email", "paper
    # statements only - no emails", "no emails, I prefer WhatsApp", "I've withdrawn my consent
    # for marketing AND account emails", "I don't want it coming to the email")
    r"\b(?:flagged|marked|set (?:to|as)|noted as|down as)\s+(?:[\"'«“]\s*)?no[- ]e-?mails?\b|"
    r"\bonly\W{1,4}no e-?mails\b|\bno e-?mails,? (?:please|i prefer|only|just)\b|"
    r"\bwithdr[ae]wn? (?:my |our )?consent (?:for|to)\b[^.]{0,40}\be-?mails?\b|"
    r"\b(?:i|we) (?:don't|do not|dont) want (?:it|them|these|this|the \w+) (?:coming|sent|going) "
    r"to (?:the|this|my|our) e-?mail\b|\b(?:don't|do not|dont) use (?:her|his|their|my \w+'s) "
    r"(?:e-?mail )?address\b",
    r"(?<!need to )(?<!want to )(?<!\bnot )(?<!\bno )\bunsubscribe\b|(?<!need to )(?<!want to )"
    r"(?<!\bnot )\bopt(?:ing)? out\b|\bremove (?:me|us|my (?:e-?mail|address)) from\b",
    r"^\W*stop\W*$",
    r"\b(?:direct|send|forward|address|refer)\b.{0,60}\b(?:communications?|correspondence|"
    r"contact|questions|enquiries|inquiries)\b.{0,40}\b(?:attorney|lawyer|solicitor|counsel|"
    r"legal (?:team|department|representative))",
    r"(?<!need to )(?<!i'll )(?<!will )(?<!have to )(?<!must )(?<!going to )(?<!let me )"
    r"(?<!talk )(?<!speak )(?<!spoke )(?<!spoken )(?<!talked )(?<!checked )(?<!consulted )"
    r"(?<!checking )(?<!speaking )(?<!talking )"
    r"\b(?:contact|speak (?:to|with)|talk to|through|via|to|with|from|by)\s+(?:my|our|me)\s+"
    r"(?:bankruptcy\s+)?(?:attorney|lawyer|solicitor|legal counsel|counsel)s?\b(?!')"
    r"(?! (?:friend|mate|pal|buddy)\b)",
    r"\brepresented by\b|\blegal representation\b|\bcease and desist\b",
    THEIR_OWN + r"\b(?:filed|filing|file) (?:for )?(?:a |an )?(?:chapter \d+|bankruptcy|"
    r"insolvency)\b",
    THEIR_OWN + r"(?:\bbankrupt(?:cy)?\b|\binsolven\w+\b|\bin administration\b|"
    # (not the liquidation of an advance: "we need it for liquidation with the treasurer")
    r"\bliquidation\b(?! (?:with|to) (?:the|our|my) (?:treasurer|accountant|accounting|finance))|"
    r"\bdebt relief order\b|\b(?:an|my|our|in|entered) (?-i:IVA)\b|"
    r"\bindividual voluntary arrangement\b|"
    # a trust deed or sequestration (Scotland), corporate rehabilitation (the Philippines)
    r"\b(?:protected )?trust deed\b|\bsequestrat\w+\b|\bcorporate rehabilitation\b|"
    r"\brehabilitation receiver\b)",
    r"\b(?:divn'?t|divvent|dinnae|dinna|dunna|doan) (?:e-?mail|contact|write to|text|call|ring) "
    r"(?:us|me)\b|\bleave (?:me|us) alone\b|^\W*(?:(?:please|just|now|so|oh),? )*go away\b|"
    r"\b(?:speak|"
    r"talk|write|go) to my brief\b|\b(?:asked|told) you (?:\w+ ){0,2}(?:not to|to stop)\b"
    r"(?!\s+(?:building|working|work on|the (?:work|job|project|build|order)|production|printing|"
    r"delivering|supplying|making|installing|cutting|mowing|cleaning|"
    # what was done to the job against the customer's word ("the oak I asked you NOT to touch")
    r"touch|fell|remove|take (?:it )?down|cut (?:it )?down|paint|replace|prune|trim|dig|"
    r"proceed|go ahead|start|order|fit|install|charge|bill|invoice)\b)|"
    r"\b(?:never|don't|do not) want to hear from you\b(?! (?:until|unless|till|before)\b)|"
    r"\bharass(?:ment|ing|ed)?\b|\b(?:report(?:ing)? you|(?:as|mark\w* (?:it |them )?as) spam)\b|"
    r"\b(?:do not|don't|dont) consent to\b",
    r"\b(?:my|our) (?:lawyers?|attorneys?|solicitors?|legal (?:department|team|counsel|"
    r"advisers?|advisors?)) (?:will|shall|are going to|is going to|'ll) (?:be in touch|contact|"
    r"write|respond|reply|deal|handle)\b|\b(?:speak|talk|correspond|deal|"
    r"communicate|refer\w*|pass\w*|hand\w*|escalat\w*)\b[^.]{0,30}\b(?:to|with|via|through) (?:my|"
    r"our) legal (?:department|team|advisers?|advisors?|representatives?)\b",
    THEIR_OWN + r"\b(?:(?:went|go|gone|going|placed|put) into|(?:placed|put) under) "
    r"(?:administration|receivership|liquidation|examinership|admin\b)\b|"
    r"\b(?:deal with|contact|write to|speak to|go through|address) (?:the|our) (?:administrators?|"
    r"liquidators?|receivers?|trustees?|examiners?|insolvency practitioners?)\b",
    r"\b(?:do not|don't|dont|no longer) (?:want|wish)(?: to (?:receive|get|hear))? (?:any )?"
    r"(?:more|further|additional) (?:e-?mails|messages|contact|reminders|correspondence)\b|"
    r"\b(?:do not|don't|dont|never) (?:send|email|e-mail|message|text) (?:me |"
    r"us )?(?:any )?(?:more|"
    r"further|again)\b|^\W*(?:stop\W+)+stop\W*$|\bopt (?:me|us) out\b",
    r"\b(?:contact|write to) (?:me|us) only (?:by|via) (?:post|letter|phone|mail)\b|\bwon't be "
    r"reading (?:your |any )?e-?mails\b|\brefrain from (?:contacting|e-?mailing|calling|writing|"
    r"sending)\b|\bno longer (?:willing to )?(?:accept|receive) (?:any )?(?:communications?|"
    r"e-?mails|messages|contact)\b",
    r"\b(?:legal team|lawyers?|solicitors?|attorneys?|legal department)\b (?:is|are) (?:now )?"
    r"(?:handling|dealing with|representing)\b(?! the (?:sale|purchase|conveyancing|probate|will|"
    r"lease)| (?:me|us) in)(?! (?:my|our|the) (?:divorce|separation|custody|house|move|probate|"
    r"will|lease|sale|purchase|mother's|father's|mum's|dad's))",
    r"\b(?:my|our) (?:attorney|lawyer|solicitor|counsel|legal representative) is (?-i:[A-Z])|"
    r"\bdirect all "
    r"(?:inquiries|enquiries|correspondence|communications?)\b|\bwithdraw(?:ing)? (?:my|our|any|"
    r"all) consent\b|"
    r"\bremove my details\b|\b(?:lose|delete|forget|bin) (?:my|our) (?:e-?mail address|address|"
    r"details|contact details|number)\b|\badvised (?:me|us) not to (?:communicate|respond|reply|"
    r"speak|contact)\b|"
    r"\bvoluntary petition\b|\bcollection efforts must cease\b|"
    r"\bcease (?:all )?(?:communication|contact|correspondence)\b|\bdesist\b",
    r"(?<!asking you to )\bstop (?![^.]{0,30}\b(?:once|as soon as) (?:you|it|the)\b)(?:\w+ ){0,2}"
    r"(?:sending" + _IN_ANOTHER_FORM + r"|e-?mailing|contacting|messaging|msging|"
    r"texting|writing|calling)\b|\bstop "
    r"(?:contact|e-?mail|message|call|text|writ)\w* (?:me|us)\b|\bstop (?![^.]{0,40}\b(?:once|"
    r"as soon as) (?:you|it|the)\b)(?:the|these|your|all) "
    r"(?:messages|e-?mails|reminders|letters|calls)\b|\bbeen (?:asked|told) (?:\w+ )?(?:not to|to "
    r"stop)\b|\bremove (?:me|us)\b(?! as\b)",
    r"\b(?:case|matter|file) is (?:now )?with (?:the|my|our) (?:lawyers?|solicitors?|attorneys?|"
    r"legal)|\b(?:lawyer|attorney|solicitor|advogado|abogado|avocat|anwalt)\b[^.]{0,20}\bwill "
    r"handle\b|\bchapter (?:7|11|13) (?:petition|bankruptcy|filing|case)\b|\bdo not pursue\b|"
    r"\bautomatic stay\b",
    r"\b(?:please|kindly|from now on,?) (?:deal|speak|correspond|communicate) (?:with|to) (?:my|"
    r"our) "
    r"(?:representative|accountant|"
    r"agent|adviser|advisor|debt (?:adviser|advisor))\b|\bacting for (?:me|"
    r"us)\b|\bact for (?:me|us)\b|\b(?:do not|don't) contact (?:our|my) (?:staff|team|employees|"
    r"office)\b|\bremove (?:this|my|our) (?:e-?mail )?address\b|"
    r"(?<!\bin )(?<!\bon )\bany further correspondence\b(?! (?:to|with) me\b)",
    r"\bright to object\b|\bprocessing of my (?:personal )?data\b|\bstopped contacting\b|\bif you "
    r"(?:would )?stop(?:ped)? (?:contacting|e-?mailing|calling|writing)\b|"
    # "We would appreciate it if you would no longer contact us about this matter"
    r"\b(?:appreciate it|grateful|obliged|thankful|prefer it) if you (?:would |could )?(?:no "
    r"longer|not|did not|didn't|stopped|ceased to|refrained from) (?:contact|e-?mail|writ|messag|"
    r"call|send)\w*\b|\bdebt management "
    r"(?:company|plan|firm)\b|\bletters? only\b|\b(?:in|by) writing only\b|\bonly in writing\b|"
    r"\bno (?:more )?e-?mails, no (?:more )?calls\b|(?<!\bshe )(?<!\bhe )(?<!\bthey )(?<!\bwho )"
    r"\bwon't (?:be )?(?:respond|reply|answer)\w*\b",
    r"\bcease (?:all )?e-?mail (?:communication|contact|correspondence)\b|\b(?:being |been )?wound "
    r"up\b|\bthe liquidators? (?:is|are)\b|\ball claims should go to\b|\bwe act for\b|"
    # "everything on this account goes through Pryce & Okafor LLP from now on"
    r"\b(?:everything|all (?:further )?(?:correspondence|communications?|contact|queries|"
    r"enquiries|inquiries))\b[^.]{0,40}\bgo(?:es)? (?:through|via|to)\b[^.]{0,40}\b(?:llp|"
    r"solicitors?|lawyers?|attorneys?|legal (?:team|department|representatives?))\b|\b(?:do "
    r"not|don't) contact (?:our|my) client\b|\baddress all (?:further )?communications?\b",
    r"\btake (?:her|his|my|our|their|\w+'s) (?:e-?mail|name|address) off\b(?! (?:this|the|your) "
    r"(?:account|record|file))|\b(?:by )?post only\b|\b(?:do "
    r"not|don't) contact (?:our|my|the) \w+ (?:team|department|staff)\b|\benough (?:with )?(?:the|"
    r"these|your) (?:e-?mails|reminders|messages)\b|\bstop with (?:the|these|your|all (?:the|"
    r"these|your)) (?:\w+ )?(?:e-?mails|reminders|messages|chasers)\b|"
    r"(?<!\bshe'd )(?<!\bhe'd )(?<!\bthey'd )(?<!\bshe would )(?<!\bhe would )"
    r"\btake (?:me|us|her|him|"
    r"them) off (?:the|your) "
    r"(?:distribution|mailing|list)\b",
    r"\bcreditors (?:not|should not|must not) contact\b|\bnot contact the directors\b",
    # Email refused outright ("I don't use email for this stuff. Ring me", "email is not good
    # for me", "I'd like the emails to it to stop"), the sender blocked ("Reported to the FTC.
    # Blocked."), this address taken out ("take this address out of its bowl"), or the debtor
    # spared by the one writing for them ("Please don't contact him. He can't handle it.";
    # `_stop_denied` keeps "don't contact my husband, write to me here" apart)
    r"\bi (?:don't|do not|dont) (?:really )?use (?:the )?e-?mail\b(?! (?:very )?(?:well|much|"
    r"often|a lot))|"
    r"\be-?mails? (?:is|are) (?:not|no) (?:good|great|"
    r"ideal|any good) for me\b|\b(?:like|want|need) (?:the|these|your|all) (?:e-?mails|reminders|"
    r"messages)(?: \w+){0,3} to stop\b|^\W*blocked\W*$|\btake (?:this|my|our) (?:e-?mail )?"
    r"address (?:out of|off)\b|\b(?:please )?(?:don't|do not|dont) (?:contact|e-?mail|call|"
    r"write to|chase|bother) (?:him|her)\b(?! (?:about|on|for|re) (?:the|this|that) (?:delivery|"
    r"order|job|visit|appointment))",
    # Email turned away in other words ("Please don't send the reminders to me", "dont email,
    # my inbox is full of junk", "won't be checking this", "anything from your domain goes to
    # deleted items", "doesn't want emails about money coming to him at all", "I dont want no
    # business over the email", "nothing further is sent to this address", "any contact about
    # it comes to me, not to him", "leave me out of it", "Direct it all to them")
    r"\b(?:don't|do not|dont) send (?:the |these |those |your |any )?(?:reminders|e-?mails|"
    r"invoices|bills|statements) to (?:me|us|this (?:address|e-?mail))\b|\b(?:don't|do not|dont) "
    r"send (?:things|anything|stuff|them|it|mail|e-?mails) here\b|\b(?:don't|do not|dont) "
    r"e-?mail(?: me| us)?\s*[,.;!]|\bwon't be (?:checking|looking at|opening|reading) (?:this|"
    r"it|these)(?: (?:e-?mail|inbox|address|account))?(?: (?:again|any ?more|for it))?\s*[.!]|"
    r"\b(?:goes|go|going|sent|straight) (?:to|into) (?:my )?(?:deleted items|trash)\b|"
    r"\b(?:doesn't|does not|don't|do not|dont) want (?:any |no )?e-?mails\b|\b(?:don't|do not|"
    r"dont) want (?:no |any )?(?:business|dealings) (?:over|by|via|on) (?:the )?e-?mail\b|"
    r"\bnothing (?:further|more|else) (?:is |gets |to be )?sent to this (?:e-?mail )?address\b|"
    r"\b(?:contact|correspondence|communications?)\b[^.,]{0,30}\b(?:comes?|goes?|go) (?:to|"
    r"through) (?:me|us),? not (?:to )?(?:him|her|them)\b|\bleave me out of (?:it|this)\b|"
    r"\bdirect (?:it|everything) (?:all )?to (?:them|him|her)\b|\b(?:won't|will not) be reading "
    r"(?:any )?(?:further|more) (?:messages|e-?mails)\b",
    # Email refused by habit ("I don't do email for bills", "I never open emails from
    # companies", "I said NO EMAIL"), in a word ("Unsub") or shouted ("STOPPP SENDING THESE")
    r"\bi (?:don't|do not|dont) do e-?mails?\b(?! (?:very |too |that |so )?(?:well|much|often|"
    r"great|good))|\bi (?:never|don't|do not|dont) (?:open|read|check|look at) (?:any |the |these "
    r"|your |those )?e-?mails\b(?! (?:on|at|over|during|until|till|before|after|while|when|every|"
    r"much|often|that|very|properly|regularly)\b)|\b(?:said|told you|asked for) no e-?mails?\b|"
    r"^\W*unsub\W*$|\bstopp+ (?:sending|e-?mailing|contacting|messaging|writing)\b|"
    # "I'd prefer a phone call rather than email", "call me instead of emailing", "not doing
    # this over email anymore", "I'm not answering another email about it", "dun email me
    # anymore"
    r"\bprefer (?:a )?(?:phone calls?|calls?|phone|texts?|letters?|post|whats\s?app) (?:rather "
    r"than|instead of|over) e-?mails?\b|\b(?:call|phone|ring|text|whats\s?app)(?: (?:me|us)\b)?"
    r"(?: \w+){0,3} (?:instead of|rather than) (?:e-?mail(?:ing|s)?|writing)\b|"
    # "close my account and don't send me anything else"
    r"\b(?:don't|do not|dont) send (?:me|us) anything (?:else|more|further)\b(?! (?:until|till|"
    r"before|unless)\b)|"
    # "please, phone not email", "mark my account as 'no email contact'"
    r"\b(?:phone|call|ring|post|letters?),? not (?:by )?e-?mail\b|\bno e-?mail contact\b|"
    r"\bnot doing "
    r"(?:this|it|that) (?:over|by|via|on) e-?mail (?:any ?more|again)\b|\bnot (?:answering|"
    r"replying to|responding to|reading) (?:another|any more|any other|any further) "
    r"(?:e-?mail|message)s?\b|\b(?:dun|don) e-?mail (?:me|us) (?:any ?more|again)\b|"
    # "Noo gonnae stop it wi the emails", "Stop send email to mi every day"
    r"\bstop it (?:wi|with) (?:the|these|your|aw the|all the) (?:e-?mails|reminders|messages)\b|"
    r"\bstop send (?:e-?mails?|messages|reminders|letters)\b|"
    # "Take this email off it", "Please do not email Mr. Hollis at this address anymore", "not to
    # send anything else to this email"
    r"\btake (?:this|my|our) e-?mail(?: address)? off\b|\b(?:don't|do not|dont) (?:e-?mail|"
    r"contact|write to) (?:me|us|him|her|them|(?:mr|mrs|ms|miss|dr)\.? \w+)(?: (?:at|on) this "
    r"(?:e-?mail )?address)? (?:any ?more|again)\b|\bnot to send (?:anything|any more|anything "
    r"else|any further \w+) (?:else )?to this (?:e-?mail|address)\b",
    r"\b(?:straight|directly|right|automatically) (?:in)?to (?:my |our |the )?(?:junk|spam)\b|"
    r"\bblock(?:ed|ing)? (?:your|all your|the|this) (?:domain|address|e-?mails?|number|sender)\b"
    r"(?! by (?:mistake|accident))|"
    r"\bstop (?![^.]{0,40}\b(?:once|as soon as) (?:you|it|the)\b)(?:the|these|your|all|"
    r"any) (?:\w+ ){0,2}(?:e-?mails|reminders|messages|texts|calls|"
    r"letters|chasers|notices|correspondence)\b",
    r"\bdeal with (?:them|him|her) only\b|\bonly (?:deal|speak|talk|correspond) (?:with|to) "
    r"(?:them|him|her)\b|\b(?:with|through|via|at|over to|on to|referred to|passed to|handed to) "
    r"(?:the )?" + _DEBT_CHARITIES + r"|"
    + _DEBT_CHARITIES + r"(?: debt charity)? (?:adviser|advisor|(?:are|is|'re|have|has) (?:now )?"
    r"(?:managing|handling|dealing|helping|looking|setting|sorting|taken|told|advised)|"
    r"(?:will|'ll) (?:be "
    r")?(?:in touch|contact|write))\b|\bdebt advice (?:charity|service|agency)\b|"
    + _BREATHING_SPACE + r"|"
    r"\b(?:not allowed|not permitted|prohibited) (?:by law )?to (?:chase|"
    r"contact|e-?mail|call|pursue)\b",
    r"\b(?:lawyer|attorney|solicitor|counsel|barrister)\b[^.]{0,30}\b(?:instructed|advised|told) "
    r"(?:me|us) not to\b|\b(?:firm|office|we) represents? (?:mr|mrs|ms|miss|dr|the|our|my|"
    r"(?-i:[A-Z]))|\bcease (?:all |any )?(?:direct )?contact\b",
    THEIR_OWN + r"\bbusiness rescue\b",
    THEIR_OWN + r"\b(?:administrators?|liquidators?|receivers?|trustees?) (?:were|was|have been|"
    r"has been|had been|got|are being|is being) appointed\b|(?:we've had|we have had|we've got|we "
    r"have got|we had|we've) (?:the )?(?:administrators?|liquidators?|receivers?) in\b",
    # the firm gone under in the writer's own words, whatever else the sentence tells of a
    # supplier or a client ("the supplier folded ... and we're in creditors voluntary
    # liquidation"): the first person says whose it is
    r"\b(?:we're|we are|we've gone|we have gone|we went|we've been put|we have been put|we were "
    r"put|i'm|i am) (?:now |officially )?(?:in|into) (?:creditors'? |members'? )?(?:voluntary )?"
    r"(?:administration|receivership|liquidation)\b|"
    r"\b(?:we|i)(?:'ve| have)? (?:went|gone|go|going) (?:bust|under|bankrupt|belly up|to the wall)"
    r"\b|\b(?:we|i) (?:are|am|'re|'m) (?:going )?bust\b",
    # asked not to send to this address ("could you please not send these to this email? It's my
    # work address")
    r"\b(?:please|could you|can you|would you|kindly)(?: please| kindly)? (?:not|don't|do not) "
    r"(?:send|e-?mail|write|forward)\b[^.?!]{0,30}\b(?:to|at|on) (?:this|my|that) (?:(?:work |"
    r"office |personal )?(?:e-?mail|address|inbox|mailbox|account))\b"
    # this address not to be used ("could you guys not use this email for the account anymore?",
    # "Please don't use this one after today")
    r"|\b(?:not|don't|do not|stop) (?:to )?us(?:e|ing) (?:this|my|that) (?:(?:work |old |"
    r"personal )?(?:e-?mail|address|inbox|mailbox|one))(?: address)?\b[^.?!]{0,30}\b"
    r"(?:any ?more|after (?:today|this|the)|from now on|again)\b",
    THEIR_OWN + r"\b(?:the )?(?:receivers?|liquidators?|administrators?) (?:are|is|have come|came|"
    r"have moved|moved|were called|have been called) in\b",
)

_WRONG_PERSON = (
    # "Afraid Lucas Byrne isn't known at this address", "The individual addressed is unknown to
    # me", "none of us is called Lucas", "Amara was let go in September"
    r"\b(?:isn't|is not|not) known (?:at|to) (?:this|that|the) (?:address|e-?mail|house|number)\b|"
    r"\b(?:is|are) unknown to (?:me|us)\b|\bnone of us (?:knows?|is called)\b|"
    r"\b(?:was|were|has been|got) let go\b",
    # "ur emailing the wrong Sarah lol"
    r"\b(?:you're|your|you are|ur|u r|youre) (?:e-?mailing|writing to|contacting|messaging) the "
    r"wrong (?:\w+)\b",
    r"\bthere(?:'s| is) no (?-i:[A-Z]\w+)(?: (?-i:[A-Z]\w+))? (?:at|here|working)\b|^\W*different "
    r"(?:company|firm|business)\b|\bi think you want\b|\byou(?:'re|"
    r" are) (?:probably )?(?:looking for|"
    r"after) (?-i:[A-Z])|\bthis is (?-i:[A-Z][\w&]*)(?: (?-i:[A-Z&][\w&]*))*,? not (?-i:[A-Z])|"
    r"\byou(?:'ve| have) (?:e-?mailed|contacted|reached) (?-i:[A-Z])",
    r"(?-i:\b(?!(?:Phone|Laptop|Computer|Battery|Car|Van|Printer|Mac|Internet|Router|Server|"
    r"System|Boiler|Engine|Mobile|Tablet|Screen)\b)[A-Z][a-z]+ (?:[A-Z][a-z]+ )?(?:has )?(?:died|"
    r"passed away))\b|\b(?:doesn't|does not) work (?:for|with|here)\b[^.]{0,20}\bany ?more\b|"
    r"\bthis (?:mailbox|inbox|address|e-?mail address) is (?:only )?(?:for|used (?:by|for))\b",
    # A death ("Dad died in July", "Tom Fairley died in a road accident"), someone gone from the
    # address, a namesake, a firm never dealt with, a business sold on.
    r"^(?!.*\b(?:so|therefore|need|more time|instal+ments|a plan)\b).*?"
    r"\b(?:my|our|his|her|the) (?:\w+ )?(?:dad|father|mum|mom|mother|husband|wife|partner|son|"
    r"daughter|brother|sister|uncle|aunt|grandfather|grandmother|gran|grandad|grandpa|grandma|nan)"
    r"\b[^.]{0,40}\b(?:died|passed away|passed on|is deceased|was killed)\b|^\W*(?:dad|mum|mom|"
    r"father|mother)\b[^.]{0,10} (?:died|passed away)\b|(?-i:\b[A-Z][a-z]+ [A-Z][a-z]+ (?:has )?"
    r"(?:died|passed away))\b",
    r"\bno longer (?:lives|living|works|working) (?:at|here|with|for)\b|\b(?:this|it|your \w+) "
    r"(?:was|is|must be|must have been) (?:\w+ )?meant for (?:a different|another)\b|"
    r"\bnever (?:done|had|did) (?:any )?(?:business|dealings) with\b|\bno "
    r"connection (?:with|to)\b|\bcompletely different (?:firm|company|business)\b|\b(?:i|we) sold "
    r"(?:the|my|our) (?:business|company|firm|shop|van|trading name)\b",
    r"\b(?:i|he|she|they|we) (?:have |has |had )?left (?:the|this|our|that) (?:company|firm|"
    r"business|practice|organi[sz]ation|job|role)\b|\bi (?:no longer|don't|dont|do not) work "
    r"(?:there|here|for|at|with)\b",
    r"\b(?:don't know|do not know|not sure) who you(?:'re| are) (?:looking for|trying to reach|"
    r"after)\b",
    r"\b(?:e-?mail|message|correo|courriel|nachricht|mail)\b.{0,25}(?:not (?:meant |intended )?"
    r"for me|nicht für mich|no es para m[ií]|ne m'est pas destiné)",
    r"\b(?:retired|passed away|no longer here|no longer at this address)\b",
    r"\b(?:i'm|i am|im) not the (?:business |account |company )?(?:account holder|customer|owner|"
    r"person|client|debtor|one)\b|\b(?:you(?:'ve| have) (?:got )?|got )the wrong\b(?! (?:\w+ )?"
    r"(?:count|figure|amount|quantity|rate|price|total|hours|date|invoice|number of|items?|size|"
    r"colou?r|model|part|sum|fee|charge|vat|discount|end of the stick)\b)",
    # (not a payment made to the wrong bank account: "I don't want to pay to the wrong account")
    r"(?<!from the )(?<!from my )(?<!from a )(?<!from our )(?<!pay to the )(?<!pay into the )"
    r"(?<!paid to the )(?<!paid into the )(?<!paying to the )(?<!paying into the )"
    r"(?<!payment to the )(?<!payment into the )(?<!money to the )(?<!money into the )"
    r"(?<!transfer to the )(?<!transferred to the )(?<!entered the )(?<!typed the )"
    r"(?<!put in the )\bwrong (?:e-?mail|address|person|"
    r"contact|recipient|company|customer|account|number(?! of)|bloke|chap|fella|fellow|dude|guy|"
    r"lady|man|woman|gentleman|family|household)\b",
    r"\b(?:sent|emailed|e-mailed|addressed|came|come) (?:this |it |that )?(?:to (?:me|us) )?"
    r"(?:by|in) (?:mistake|error)\b",
    r"\b(?:i|we) (?:have )?received (?:this|your) (?:e-?mail |message |reminder )?(?:by|in) "
    r"(?:mistake|error)\b",
    r"\bnot the (?:right|correct|appropriate) (?:person|contact|address|recipient)\b",
    r"\b(?:no longer|not) (?:works?|working|employed) (?:here|there|for|at|with)\b(?! (?:the |"
    r"this )?(?:moment|minute|present)\b| (?:me|us|you)\b| (?:this|the|that|my|your) (?:link|card|"
    r"page|site|website|portal|app|form|button|system|browser|phone|bank))|"
    r"\b(?:no longer|not) with (?:the|this|"
    r"our) (?:company|firm)\b",
    r"\bno longer (?:with|at) (?:us|the company|the firm|[A-Z]\w+)\b",
    r"\b(?:has|have|had) left (?:the|our|this) "
    r"(?:company|firm|business|practice|organi[sz]ation)\b",
    r"^\W*(?!(?:the|a|an|our|my|your|yer|payment|money|funds?|transfer|cheque|check|it|this|that|"
    r"which|how|what|lads|workers|builders|crew|team|guys|boys|men|you)\b)(?-i:[A-Z][a-z]+"
    r"(?: [A-Z][a-z]+)?) (?:has )?left\b(?! (?:our|my|the|your) (?:account|"
    r"bank))(?! (?:a|an|you|us|me|him|her|them|it|this|that|some|messages?|voicemail|after|before|"
    r"within|early|at|to|2|\d+|half)\b)(?! the (?:job|work|site|place|mess)\b)",
    r"\b(?:this|that|it) (?:isn't|is not|'s not|was not|wasn't) (?:my|our) (?:company|business|"
    r"firm|account)\b",
    r"\b(?:i|we) (?:do not|don't|dont) have (?:an|any) account with\b",
    r"\bnever (?:heard of|done business with|had (?:an|any) account)\b",
    r"\bno one (?:here )?(?:by|with) that name\b|\bnobody (?:here )?(?:by|with) that name\b|"
    # "I'm not who you're looking for", "it must have been someone else's before"
    r"\b(?:i'm|i am|we're|we are) not (?:the (?:person|people|one) |who )you(?:'re| are) "
    r"(?:looking for|after)\b|\bmust have been someone else'?s\b",
    r"\b(?:passed away|deceased)\b",
    # (not "your invoice is nothing to do with that": the bill apart from another matter)
    r"\bnothing to do with\b(?! (?:this|the|your) (?:invoice|bill|order)| you(?:rs)?\b|"
    r" (?:that|it)\b(?! (?:company|firm|business|person|man|woman|address|account|name|shop)))",
    # "I am not connected to Shree Ganesh Traders in any way", "no connection with that firm"
    r"\bnot (?:connected|associated|affiliated|linked) (?:to|with)\b[^.]{0,50}\b(?:in any way|at "
    r"all|whatsoever)\b|\bno (?:connection|affiliation|association) (?:to|with) (?:that|this|the) "
    r"(?:company|firm|business|shop|person)\b|\b(?:we're|we are|this is)\b[^.]{1,40}[,–—-] ?no "
    r"(?:connection|relation|affiliation)\b",
    # a stranger's inbox: "we hold no account with Aspen", "This mailbox is not theirs", "We
    # don't have a patient or staff member called Adam Baxter"
    r"\b(?:we|i) (?:hold|have) no account (?:with|at)\b|\b(?:this|the|that) (?:mailbox|inbox|"
    r"e-?mail(?: address)?|address) (?:is|was)(?:n't| not) (?:theirs|his|hers|them)\b|\b(?:we|i) "
    r"(?:don't|do not) have (?:a|an|any) (?:\w+ ){0,4}(?:called|named|by the name(?: of)?)\b",
    # "You're thinking of Walsh Motors Ennis - we're Walsh Motors Galway"
    r"\byou(?:'re| are) thinking of\b[^.]{1,60}\b(?:we're|we are|this is)\b",
    r"\b(?:has |had )?left (?:the|this|our|that|your) (?:company|firm|business|practice|"
    r"organi[sz]ation|role)\b|\b(?:has |had )?left (?:his|her|their|the) job\b(?! (?:half|"
    r"unfinished|incomplete|undone|in a|a mess|early|with|without|before))|"
    r"\b(?:has|have|had) (?:now )?left\b(?! (?:a|an|it|this|that|you|"
    r"them|us|him|her|some|me|my|your|voicemail|messages?)\b)|\b(?:moved on from|"
    r"no longer part of)\b",
    r"\b(?:sold|closed) (?:the|my|our) (?:business|company|shop|practice)\b|\bnew owners?\b|"
    r"\ba (?:completely |totally |entirely )?different (?:company|business|practice|firm|person|"
    r"client|customer|entity|"
    r"organi[sz]ation)\b|\bmixed up (?:the |our |your )?(?:e-?mail|address|account|customer|client|"
    r"details)|\bwrong (?-i:[A-Z][a-z]+ [A-Z][a-z]+)\b",
    r"\b(?:this|that|it)(?:'s| is|'s not| isn't| is not) (?:not )?me\b|\bprevious (?:owners?|"
    r"occupiers?|"
    r"tenants?|occupants?|residents?)\b|\b(?:i|he|she|they|we)(?: \w+)? (?:no longer|doesn't|"
    r"don't|do not|does not) work (?:there|here|for|at|with)\b|"
    + _NOT_A_THING_LEFT + r"\bi left\b(?! (?:a|an|you|it|out|off|behind|early|late|"
    r"the "
    r"(?:money|payment|cheque|check)|my|your|some|them|him|her|after \d+ (?:months?|years?|"
    r"weeks?))\b)",
    r"\bnot (?:meant |intended )?for (?-i:[A-Z])|\bno record of (?:a|any) (?:vendor|customer|"
    r"business|account|trading) relationship\b|\bverify your customer'?s? details\b|\bthis "
    r"(?:mailbox|address|e-?mail (?:address|account)) belongs to\b",
    r"(?<!transfer )(?<!payment )(?<!money )(?<!funds )(?<!it )(?<!it's )(?<!that's )(?<!cheque )"
    r"(?<!check )(?<!^)\bleft us\b(?! at\b)(?! (?:short|with|without|in (?:the lurch|a (?:bind|"
    r"hole|mess|tight|tough|difficult|bad))|out of pocket|owing|behind|exposed|stuck|strapped|"
    r"unable|struggling|broke|high and dry|chasing|waiting|a|an|no)\b)|"
    r"(?<!want to )(?<!not to )(?<!how to )(?<!where to )(?<!\bi )(?<!\bwe )(?<!i'll )(?<!we'll )"
    r"(?<!\bwill )(?<!can )\b(?:please )?(?:send|address|forward|"
    r"direct) (?:all |any )?(?:invoices|bills|statements|reminders|this|these|them|it) to (?:our|"
    r"my|the(?! wrong\b)|\S+@)|\binvoices (?:go|should "
    r"go|need to go) to\b|\bmixed up with\b|\bplease use \S+@|\b(?:nobody|no one) "
    r"(?:called|named)(?= (?-i:[A-Z\"'])| by that name| of that name)|"
    r"\b(?:nobody|no one) by the name\b|"
    r"\bnot the (?:owner|account holder|customer|client|debtor|"
    r"tenant|occupant|homeowner|householder|property owner|bill payer)\b|"
    r"\bmeant for (?:my|our|someone|somebody|another|the)\b|\bmy old (?:work |e-?mail )?address\b|"
    r"\bhaven't had anything to do with\b",
    r"\bstopped working (?:for|at|with|there)\b|\b(?:emailed|contacted|written to|messaged) the "
    r"wrong\b|\bcurrent (?:occupant|tenant|owner)\b|\b(?:address|e-?mail) now belongs to\b",
    r"\b(?:i'm|i am|im) not (?:that|the) (?-i:[A-Z][a-z]+)\b|\b(?:mixed|mixing|confused|"
    r"confusing|muddled) (?:me|us) (?:up )?with\b|\b(?:someone|somebody|another \w+) (?:else )?"
    r"(?:with|of|by) the same name\b|\bnobody (?:here )?(?:of|by|called|named) (?:that|this) "
    r"name\b",
    r"\b(?:i|we) (?:don't|do not|never|have never|'ve never) (?:own|owned|ran|run) (?:a|an|any)\b|"
    r"\b(?:i|we)(?: have|'ve)? never lived (?:in|at)\b",
    r"\b(?:he|she|they) (?:hasn't|has not|haven't|have not|doesn't|does not|don't|do not|no "
    r"longer) (?:used|use|uses|checked|check|checks) (?:this|that|the) (?:e-?mail|address|"
    r"account|inbox|mailbox)\b",
    r"\b(?:they|he|she) let (?:me|us) go\b(?! (?:through|over|ahead|and)\b)|\b(?:i|we) used to "
    r"(?:work (?:for|at|with)|do (?:the|their|his|her) (?:books|accounts|bookkeeping))\b|"
    r"\bno longer (?:associated|affiliated|involved|connected) with\b",
    r"\bresigned (?:from|at)\b|\bno longer (?:the|your) (?:point of contact|contact|right "
    r"person)\b|\b(?:haven't|have not|hasn't|has not|haven't been) work(?:ed|ing) (?:at|for|with|"
    r"there)\b",
    r"\bi(?:'m| am) (?:just |only )?(?:the (?:receptionist|cleaner|temp|intern|new \w+)|on "
    r"reception)\b|\bfinished up (?:with us|here|with the company)\b|"
    r"\bi (?:don't|"
    r"do not|dont) (?:deal|handle) (?:with )?(?:payments|invoices|billing|the accounts|accounts)\b|"
    r"\bi (?:just |only )?check (?:her|his|their) (?:inbox|e-?mails?|mail)\b",
    r"\bno longer (?:a |one of )?(?:our|my) (?:clients?|customers?)\b|\bnot (?:one of )?(?:our|my) "
    r"(?:clients?|customers?) any ?more\b|\bchanged (?:accountants|bookkeepers)\b|\byou want "
    r"(?:our|the) (?:sister|parent|other|holding) company\b",
    r"\bbelongs to\b[^.]{0,60}\b(?:a|an) (?:separate|different|distinct) (?:legal )?(?:company|"
    r"business|entity|firm|franchise|organi[sz]ation)\b",
)
_NOT_THE_NAMED_PERSON = re.compile(
    r"\b(?:I'm|I am|Im|this is|[Ww]e're|[Ww]e are) not (?!sure\b|able\b|aware\b|trying\b|in\b|at\b|"
    r"the\b|"
    r"a\b|going\b|"
    r"happy\b|ignoring\b)[A-Z][\w'-]+|\bmy name is (?:not )?[A-Z]\w+(?: [A-Z]\w+)?,? not [A-Z]"
)

_DISPUTE = (
    # the bill called wrong in as many words ("its wrong", "This invoice is completely wrong.")
    r"^\W*(?:it'?s|its|this is|that'?s|thats|(?:the|this|your) (?:invoice|bill) is) (?:all |"
    r"totally |completely |just )?wrong\W*$",
    # a fee turned down: "I won't pay a fee for being reminded of something I had already paid",
    # "Soll ich jetzt ernsthaft 1.100 € für einen Zaun zahlen, der nach einer Woche umgefallen ist?"
    r"\b(?:won't|will not|refuse to|not going to|am not paying|are not paying|aren't paying|'m not "
    r"paying|'re not paying) (?:pay )?(?:a|the|this|that|your|any) (?:\w+ )?(?:fee|charge|"
    r"surcharge|penalty)\b|\bnach (?:einer|zwei|drei|\d) (?:woche|wochen|tag|tagen)\b[^.?]{0,30}"
    r"\b(?:umgefallen|kaputt|undicht|gerissen|abgefallen|defekt|eingestürzt)\b",
    # paying only for what came ("We'll pay for the two they actually turned up to", "paying
    # £300 today for the lessons my son actually had", "We'll be paying for what we got"); a
    # correction asked for ("Kindly revise", "we were quoted £2,100 and this says £2,650")
    r"\bpay(?:ing)? (?:only )?for (?:what|the (?:\w+ ){1,3})(?:(?:was|were|we|they|he|she|you|my "
    r"\w+) )?(?:actually|really) \w+|\bpaying for what (?:we|i) (?:got|received)\b|^\W*kindly "
    r"revise\b|\b(?:we were|i was) quoted\b[^.]{0,40}\b(?:this|the invoice|the bill|it) says\b",
    r"\b(?:please )?(?:don't|do not) (?:bill|charge|invoice) (?:us|me) (?:for (?:it|this|that)|"
    r"again|twice)\b",
    r"\b(?:was |were |is |are )?covered by (?:my|our|the) insurance\b|\bshouldn't be paying for\b",
    # "Can't say I'm thrilled to see 3 days of scaffold hire on here", "the 10% trade discount
    # we always get is missing", "INV-6104 and INV-6105 are identical", "it's shown up again as a
    # new invoice", "that fee shouldnt be there"
    r"\b(?:not|hardly|can't say (?:i'm|we're)|cannot say (?:i am|we are)) (?:\w+ )?(?:thrilled|"
    r"happy|pleased|delighted|impressed) to see\b[^.]{0,60}\bon (?:here|this|there|the (?:invoice|"
    r"bill|statement))\b",
    # "Invoice shows the full balance with no deduction", "the deposit was never taken off",
    # "the price freeze you wrote to us about runs until March", "that's the weekend rate",
    # "explain how a job you priced at £250 became £475?", "Sent back unopened, 19th Sept."
    r"\bwith no deduction\b|\b(?:deposit|part[- ]payment|down payment)\b[^.]{0,60}\b(?:not|never|"
    r"hasn't|wasn't|isn't|has not|was not|is not) (?:been )?(?:deducted|taken off|credited|"
    r"accounted for)\b|\bprice freeze\b|\b(?:that's|that is|it's|is) the weekend (?:rate|price)\b|"
    r"\bhow (?:a|the|an|your|our) [^.?]{0,80}\bbecame [£$€]?\d|"
    r"\b(?:sent|went|posted|shipped) (?:it |them |the (?:\w+ )?(?:order|goods|parcel|items?|box|"
    r"delivery) )?back,? unopened\b|\breturned (?:it |them )?unopened\b",
    r"\b(?:discount|rebate|deposit|credit)\b[^.]{0,40}\b(?:is|are) missing\b|\b(?:deposit|"
    r"discount)\b[^.]{0,60}\b(?:not shown|isn't shown|is not shown|missing)\b|\b(?:invoices?|"
    r"bills?|[a-z]{2,5}-?\d{3,}) (?:and [a-z]{2,5}-?\d{3,} )?(?:are|is) (?:identical|exact "
    r"duplicates?|duplicates?)\b|\b(?:shown|turned|come|came|popped) (?:up|back) (?:again )?as a "
    r"(?:new|second|fresh) (?:invoice|bill)\b|\b(?:fee|charge|surcharge|interest|vat)\b[^.]{0,20}"
    r"\bshould(?:n't|nt| not) (?:be (?:there|on (?:it|here|this|the \w+))|have been (?:added|"
    r"charged))\b",
    # "Yer lads left the job half done ... Ye'll get paid when it's finished, not before"
    r"\bleft (?:the (?:job|work) |it |this )?half[- ](?:done|finished)\b|\bwhen (?:it's|it is|the "
    r"(?:\w+ )?(?:work|job)(?:'s| is)) (?:finished|done|complete|fixed)\b,? not before\b",
    # "our service agreement locks it at $78", "clause 4 of our engagement letter caps fees at
    # £1,500", "That's not what we agreed"
    r"\b(?:clause \d+|engagement letter|agreement|contract|quote|quotation|terms)\b[^.]{0,40}"
    r"\b(?:caps?|locks?|fixes|limits?)\b (?:it|fees|the (?:fee|rate|price|cost|hourly)s?|"
    r"charges)\b|"
    r"\b(?:that's|that is|this is|it's) not what (?:we|i|you) agreed\b",
    # A discount left off, the wrong plan charged, goods sold as new that were not, goods held
    # back until the right ones come, the same bill again under a new number, a failed
    # inspection, a balance against the booking form, a sum refunded, "before I pay anything"
    r"\bdiscount\b[^.]{0,30}\b(?:isn'?t|is not|wasn'?t|was not|not) (?:on|applied|included|"
    r"there|shown|taken off)\b|\b(?:missing|forgot|left off|left out) (?:the|our|my) (?:\w+ ){0,3}"
    r"discount\b|\b(?:charged|billed|invoiced) (?:me|us) for\b[^.]{0,40}\b(?:i|we) (?:picked|"
    r"chose|selected|opted for|signed up for|only wanted|asked for|ordered|booked)\b",
    r"\b(?:invoice|bill|price) reduced\b|\b(?:want|need) (?:them|it|these|those) (?:swapped|"
    r"replaced|taken back|exchanged)\b|\bsold (?:to )?(?:us|me) as new\b|\b(?:can'?t|cannot|won't|"
    r"will not|not going to) pay\b[^.]{0,20}\b(?:until|till) (?:we|i) (?:get|receive|have) (?:our|"
    r"my|the (?:right|correct|proper|missing|replacement))\b",
    r"\b(?:is|looks like|seems to be|seems) the same (?:as the one|invoice as the one) (?:we|i) "
    r"(?:paid|settled)\b|\bsame (?:dates?|description|items|work)\b[^.]{0,30}\bjust a (?:new|"
    r"different) (?:number|invoice number|reference)\b|\bfailed (?:the |its |their )?inspection\b|"
    r"\bdamp (?:is )?coming through\b|\bastonished (?:that )?you(?:'re| are) chasing\b",
    r"\b(?:balance|price|total|amount|quote) (?:was|were|is) [£$€]?\d[\d,.]* (?:per|according to|"
    r"as per|on) the (?:booking form|quote|quotation|contract|agreement|estimate)\b|\b(?:amount|it|"
    r"this|charge|payment|sum)\b (?:was|has been|got|were) refunded\b|\bbefore (?:i|we) pay "
    r"(?:anything|a penny|a cent|any of (?:it|this))\b|" + _REBILL_THEM,
    r"\bpaid twice\b|\b(?:took|taken|charged|debited) (?:it |us |me )?(?:again|twice)\b|"
    r"\b(?:taken|took|charged|debited) (?:it|the money|payment) (?:again )?by (?:direct debit|card|"
    r"standing order) as well\b|\b(?:i am|i'm|we are|we're) not owing\b|"
    r"\b(?:came|arrived) (?:in bits|in pieces|smashed|shattered)\b|\b(?:nobody|no one|no-one)"
    r"(?:'s| has)? (?:ever )?been (?:round|out|here)\b|\b(?:have|has|had)(?:n't| not) (?:even )?"
    r"delivered\b|\bnot even delivered\b|"
    r"\brefund the duplicate\b",
    # "the remaining £240 is for work that wasn't done", "The software never worked", "We never
    # had a contract with you", "We never had any landscaping done", "None of it has been done",
    # "isn't in our terms"
    r"\b(?:work|job|visit|service|repairs?)s? that (?:wasn't|was not|were not|weren't|never) "
    r"(?:done|carried out|completed|delivered|provided|happened)\b|"
    r"\bnever (?:had|signed) (?:a |any )?(?:contract|agreement)\b|\bnever signed anything\b|"
    r"\b(?:we|i) never had (?:any |the |a )?(?:\w+ ){0,2}(?:done|fitted|installed|delivered|"
    r"carried out)\b|"
    r"\bnone of (?:it|this|that|the \w+)\b"
    r"[^.]{0,20}\b(?:has been|was|were|have been) (?:done|fixed|completed|finished)\b|"
    r"\b(?:isn't|is not|wasn't|not) in (?:our|the) (?:terms|contract|agreement|quote)\b",
    r"^(?!.*\b(?:link|portal|website|site|card|login|password|app|bank|payment|online|transfer)\b)"
    r".*?\bnever worked\b",
    r"\breturned (?:the|our|my|all the) (?:goods|items|order|products?|parts|equipment)\b|"
    r"\bissue (?:a|us a|me a) (?:credit|refund)\b|\bcredit (?:memo|note)\b",
    r"\b(?:amount|invoice|bill|price|total|charge|figure|balance|statement)s?\b[^.?!]{0,30}(?:\b(?:is|"
    r"are|seems?|looks?) |'s )(?:incorrect|wrong|too high|excessive)\b|\bplease correct\b|"
    r"\bwhy (?:bill|charge|invoice)(?:ing)? (?:us |me )?again\b|"
    r"\b(?:were|was|been) returned\b|\bwe agreed (?:on|to) [£$€]?\d",
    r"\bdon't owe\b|\bdo not owe\b|\b(?:don't|do not|can't|cannot|fail to) see (?:how|why) "
    r"(?:i|we) (?:still )?owe\b|^\W*(?:i |we )?(?:didn't|did not|never) order(?:ed)? (?:this|these|"
    r"that|it|them|anything)\b",
    # (not the payee's name the debtor's bank checks: "confirmation of payee ... doesn't match")
    r"^(?!.*\b(?:payee|account name|name on the account|sort code|iban|password|log-?in)\b)"
    r".*?\b(?:doesn't|does not|don't|do not|didn't) match\b|\bcovered (?:under|by) (?:the |our |"
    r"your )?(?:\w+ ){0,2}"
    r"(?:warranty|guarantee|contract)\b|\bunder warranty\b",
    r"\b(?:billed|charged|invoiced) (?:us |me )?for \d+ \w+ but\b|\bcharg\w* (?:us |me )?twice\b",
    r"(?<!\bno )(?<!\bnot )(?<!n't )(?<!\bnot a )(?<!\bno real )\b(?:disput\w*|disagree\w*|"
    r"(?<!\bte )(?<!\ble )(?<!\bles )(?<!\bos )(?<!\bnos )"
    r"contest(?!ad[oa]s?\b|ar\w*|[oó]\b|amos\b|aron\b|en\b|an?\b|as\b)\w*)\b"
    # not a dispute the debtor has with someone else ("in a dispute with our landlord")
    rf"(?! with (?:our|my|the|their|his|her) (?:{THIRD_PARTIES}|landlord|insurer|insurance|bank|"
    r"council|neighbou?rs?|ex|builder|partner)\b)|\bpush back\b|\bobject to\b",
    r"(?<!\bif it )(?<!\bif they )(?<!\bif that )(?<!\bif this )(?<!\bin case it )(?<!\bhas it )"
    r"(?<!\bhave they )(?<!\bhas that )"
    r"\b(?:never|not|\w+n't) (?:been )?(?:agreed|approved|authori[sz]ed|ordered|"
    r"requested|signed off|delivered|provided|completed|finished|performed|"
    r"showed up|turned up|arrived|collected|fitted|installed|serviced|repaired|cleaned|washed|"
    r"attended|supplied|dispatched|shipped)\b|\bnot done (?:properly|correctly|right|well)\b|"
    r"\b(?:work|job|service|repair|installation)s? (?:was|were|is|are|has|have) (?:not|never|"
    r"still not) (?:been )?(?:done|completed|finished|fixed)\b",
    r"\b(?:told|promised|said|assured)\b(?: \w+){0,5} (?:free|no charge|included|covered|"
    r"complimentary|credited|waived)\b",
    r"\b(?:i|we) (?:didn't|didnt|did not|never) (?:order|use|request|sign|agree|"
    r"authori[sz]e|ask for)\b|\b(?:i|we) (?:didn't|didnt|did not|never|have not|haven't) "
    r"(?:even )?(?:get|got|receive|received)\b(?! (?:a |the |your |any |an |this )?(?:copy|invoice|"
    r"bill|"
    r"statement|e-?mail|reminder|letter|(?:bank |account |payment )?details|link|password|login|"
    r"log-?in|code|access|reply|"
    r"response|answer|call(?:back)?|(?:\w+ )?e-?mail)| (?:the |your )?original (?:bill|invoice)|"
    r" (?:round|around|to it|time|the (?:money|"
    r"funds|cash)))",
    r"\bnever (?:showed|turned) up\b|\bnever (?:arrived|came|happened)\b|"
    # the goods refused, in a sentence of their own ("It's a different colour. I don't want it.")
    r"^\W*(?:i|we) (?:don't|do not|dont|didn't|did not) want (?:it|them|this|these|that|those)"
    r"\W*$",
    r"\b(?:not|won't|will not|wont|refuse to|am not|are not|aren't|im not|i'm not)\s+"
    r"(?:be\s+)?pay(?:ing)?\b(?! (?:us|me)\b)(?! (?:until|till|before) (?:next|the|[0-9]|"
    r"monday|tuesday|wednesday|thursday|friday|payday))"
    r"(?! (?:it |this )?(?:today|now|yet|tonight|this week)\b)",
    r"\bshould(?:n't| not) (?:be )?(?:pay|paying|have to pay|be charged|be billed)\b",
    r"\bovercharg\w*\b|\bover-charg\w*\b|\b(?:charged|billed|invoiced) (?:us |me )?(?:twice|"
    r"double|two times|for \w+ (?:we|i) (?:didn't|did not|never))\b|\bdouble[- ](?:billed|"
    r"charged|invoiced)\b|\b(?:is|looks like|appears to be|seems to be) a duplicate\b|"
    r"\bduplicate (?:charge|invoice|billing|bill)\b",
    r"(?<!had the )\b(?:wrong|incorrect) (?:amount|quantity|price|rate|total|invoice|charge|figure|"
    r"hours)\b(?! (?:was |were )?on our (?:side|end|po)\b)",
    r"\b(?:isn't|is not|not) (?:right|correct|what (?:we|i) (?:agreed|ordered))\b",
    r"\bcredit note\b|\b(?:be|been|was|were|already) credited\b(?<!will be credited)"
    r"(?<!'ll be credited)(?<!to be credited)(?<!should be credited)(?! to (?:your|the) "
    r"(?:account|bank))|\bat no (?:charge|cost)\b|"
    r"\bfree of charge\b|"
    r"\bno charge\b|\b(?:want|need|expect|request|demand|asking for|give (?:me|us)|owe (?:me|us)) "
    r"(?:a |the |my |our )?(?:full )?refund\b|\brefund (?:me|us)\b",
    r"\b(?:cancel+ed|terminated) (?:the|our|my|this|that) (?:service|order|contract|subscription|"
    r"account|"
    r"booking)\b|\b(?:service|order|contract|subscription) (?:was|had been) cancel+ed\b",
    r"\btake (?:this|it|the \w+(?: \w+)?) off (?:my|our|the) (?:account|bill|invoice)\b|"
    r"\btake the (?:fee|charge) off\b|\bremove the (?:fee|charge|late fee)\b|"
    r"\bstop (?:charging|adding|applying|billing)(?: me| us)?(?: for)? (?:the |those |these |"
    r"your |any )?(?:more )?(?:" + _LATE_CHARGES + r"|admin(?:istration)? fees?)\b|"
    r"\bsince when (?:does|do|did|is|are|has|have) (?:a |an |the |one )?[^?.]{0,40}\b(?:cost|"
    r"costs|come to|worth)\b|\b(?:do|did) you (?:really|honestly|seriously|actually) (?:think|"
    r"expect|believe)\b[^?.]{0,25}\b(?:i'm|i am|we're|we are|i'll|we'll|i'd|we'd|i|we) "
    r"(?:going to |gonna )?(?:pay|paying)\b|"
    r"\b(?:it's|it is|is|are|they're|should be|was|were) (?:a |an )?(?:[\w-]+[ ,]+){0,3}?"
    r"zero[- ]rated\b|"
    r"\bcorrected invoice\b|\badjusted (?:amount|invoice)\b|\breduc\w+ (?:the )?(?:amount|"
    r"invoice|bill)\b",
    r"^(?!.*\bmy (?:phone|mobile|laptop|computer|pc|car|van|leg|arm|wrist|ankle|back)(?:'s| is| "
    r"was| has been)? broken)(?!.*\bbroken (?:wrist|arm|leg|ankle|hip|foot|hand|finger|toe|ribs?|"
    r"nose|collarbone|shoulder|knee|elbow|bones?)\b)(?!.*\bthe (?:supplier|manufacturer|"
    r"wholesaler|vendor) (?:who|that) (?:sold|supplied|sent) (?:us|me)\b)"
    r".*?(?<!n't )(?<!\bnot )(?<!\bnever )"
    r"\b(?:faulty|defective|damaged|broken(?! "
    r"into| down| out)|poor (?:quality|service|workmanship)|not fixed|still (?:broken|leaking)|"
    r"unacceptable)\b",
    # Not working: goods or work, not a person out of work or a way of paying that fails.
    r"^(?!.*\b(?:link|portal|website|site|card|login|password|app|bank|payment|online)\b).*?"
    r"(?<!\bi'm )(?<!\bi am )(?<!\bim )(?<!\bwe're )(?<!\bwe are )(?<!\bhe's )(?<!\bshe's )"
    r"(?<!\bhe is )(?<!\bshe is )\b(?:still )?not working\b",
    r"\bonly \d+ (?:\w+ )?(?:turned up|arrived|were delivered|came)\b|\b(?:we|i) order\w* \d+ "
    r"(?:\w+ )?not \d+\b",
    r"\b(?:only|just) (?:got|received|delivered) (?:\d+|half|part|some)\b(?! (?:of )?(?:the |our |"
    r"my )?(?:money|funds|funding|income|pay\b|payment|salary|wages|cash))|"
    r"\bonly \d+ (?:of|out of)\b|\bnever signed up\b|\bdidn't sign up\b|\bdid not sign up\b",
    r"\b(?:not|isn't|wasn't|is not|was not) what (?:was|we were|i was|you) (?:quoted|agreed|"
    r"ordered)\b|\b(?:the|your|our) (?:quote|quotation|estimate) (?:said|stated|says|was for|"
    r"was only)\b|\b(?:quoted|agreed) (?:us |me )?(?:a )?(?:different|lower)\b|\b(?:different|"
    r"lower) (?:price|amount|rate|figure)\b",
    r"\b(?:charging|charged|billing|billed|invoicing|invoiced) (?:us |me )?(?:again|a second "
    r"time)\b|\bwithhold\w* (?:the )?payment\b|\bholding (?:back|off) (?:on )?(?:payment|paying)\b"
    r"(?!(?: \w+){0,2} (?:until|till|while) (?:my|our|i|we|i've|we've|i'm|we're)\b)",
    r"\b(?:not|isn't|is not) (?:our|my) (?:invoice|bill|order|debt)\b|\b(?:do not|don't|dont|"
    r"cannot|can't|won't|will not) (?:recogni[sz]e|accept) (?:this|the|your|these|that) "
    r"(?:invoice|bill|charge|fee|amount|debt|claim)\b|\bno record of (?:this|that|the|any|ever) "
    r"(?:order|purchase|booking|work|service|delivery|job|agreement|contract)\b",
    r"\bwhy (?:am i|are we|have (?:i|we) been|was i|were we|is there) (?:being )?(?:charged|"
    r"billed|invoiced|a (?:late )?fee)\b|\b(?:late|admin\w*|interest|penalty) (?:fee|charge)s?\b"
    r".{0,40}\b(?:not (?:fair|acceptable|justified)|unfair|waive\w*(?! if)|remove\w*|shouldn't|"
    r"should not)\b",
    r"\b(?:fee|charge|quantit(?:y|ies)|hours|rate|vat|gst|tax|amount|invoice|bill|price|total)s?\b"
    r"[^.?!]{0,30}\b(?:is|are|seems?|looks?) (?:incorrect|wrong|way off|inflated|too high)\b|"
    r"\binflated\b|\bway off\b",
    r"\bshould (?:be|have been) (?:reduced|lower|less|amended|corrected|adjusted|cancel+ed|"
    r"credited|removed|waived)\b|\bbut (?:it )?should (?:be|have been|only be)\b|\bthere "
    r"should(?:n't| not) be\b|\b(?:revise|amend|correct|adjust|fix) (?:the|this|your|our) "
    r"(?:invoice|bill|amount|statement)\b",
    r"\bnot (?:happy|satisfied|pleased) with\b|\bunhappy with\b|\bdissatisfied\b|"
    r"\bduplicat(?:es|ed|ion)\b|\bdeduct(?:ing|ed)?\b|"
    # (not "knock it off" alone: stop it)
    r"\bknock (?:it )?off\b(?<!\bknock it off)|\bknock it off "
    r"(?:the|my|our|your) (?:bill|invoice|total|price|balance)\b|\b(?:added|charged|"
    r"billed) without (?:asking|permission|our (?:agreement|approval|consent))\b",
    r"(?:[£$€]\s?)?\b\d[\d,.]*,? not (?:[£$€]\s?)?\d|\bonly (?:signed up|agreed|ordered|asked) "
    r"(?:for|to)\b|\b(?:nobody|no one|no-one) (?:agreed|asked|approved|authori[sz]ed|ordered)\b",
    r"\b(?:job|work|order|project|installation|repair)s? (?:isn't|is not|wasn't|was not|aren't) "
    r"(?:complete|completed|finished|done)\b|\bstill (?:haven't|hasn't|have not|has not) been\b|"
    r"(?<!\bpaid this )(?<!\bpaid it )\bon completion\b|\b(?:don't|do not) see why (?:i|"
    r"we) should pay\b|\blost (?:the|my|our) "
    r"(?:parcel|package|delivery|order|goods)\b",
    r"\b(?:ignores|ignored|missing|left off|forgot) (?:the|our) (?:agreed )?discount\b|\bno (?:fee|"
    r"charge|payment|money|amount) (?:is )?(?:due|owed|owing|payable)\b|\b(?:don't|do not|dont) "
    r"(?:believe|think) (?:this|that|it|we|the \w+) (?:is )?(?:owed|owe|due|correct|right)\b|"
    r"(?<!courier )(?<!postal )(?<!bank )(?<!banking )(?<!our )(?<!my )\bmix-?up\b(?! (?:on|at) "
    r"(?:our|my) (?:side|end)| (?:with|at|in) (?:the|our|my) (?:bank|post|courier|mail))|"
    r"\b(?:invoiced|billed|charged) at\b.{0,30}\binstead of\b|\bwas only here\b|"
    r"\breturned (?:half|some|part) (?:of )?(?:the|our|my)\b",
    r"\b(?:pay|payment)\b.{0,30}\b(?:when|once|after|until|till|as soon as)\b.{0,40}\b(?:fixed|"
    r"repaired|finished|completed|sorted|working|replaced|resolved)\b|\b(?:first|fix|repair)\w*\b"
    r".{0,20}\bthen (?:i'll |we'll |i will |we will )?(?:pay|payment)\b",
    r"\bleak(?:s|ing|ed)?\b|\bruined\b|"
    r"^(?!.*\b(?:link|portal|button|page|form|app|website payment)\b)"
    r".*?\b(?:still )?(?:doesn't|does not|didn't|did not|won't) work\b(?! for (?:me|us))|"
    r"\bstopped working\b(?! (?:for|at|with|there)\b)|\bbroke (?:my|the|our)\b|\bnever (?:came|"
    r"come) "
    r"back\b|\bnot something (?:i|we) (?:accept|agree)\b|\bnot liable\b",
    r"\b(?:don't|dont|do not|won't|will not|not going to) pay for\b|\bcharg\w* (?:me |us )?(?:two|"
    r"2) times\b|\b(?:nobody|no one|no-one) (?:turned|showed|came) up\b|\bnothing (?:left )?"
    r"(?:owing|owed|due|to pay)\b|\bnot the\b[^.]{0,30}\b(?:charged|billed|invoiced)\b",
    r"\b(?:price|quote|quoted|advertised|website)\b(?:[^.!?]|\.\d){0,40}\b(?:and|"
    r"but) you (?:charged|billed|"
    r"invoiced)\b|\b(?:nobody|no one) (?:ever )?told (?:me|us)\b.{0,30}\b(?:charge|fee|cost)\b|"
    r"\b(?:invoice|bill) (?:says|shows|states|lists) \d+|\bcharged at \d+%? but\b",
    r"\b(?:been|there's|there is|made) a mistake\b|\bonly ordered\b|\bwhy (?:would|should) (?:i|"
    r"we) "
    r"pay\b|\bwrongly (?:calculated|charged|billed|invoiced|applied)\b|\brevised invoice\b|"
    r"\b(?:bill|invoice|amount|price)\b.{0,15}\bno correct\b|\bno go pay\b",
    r"\b(?:agreed|quoted|listed|promised|confirmed|contracted|capped)\b[^.]{0,60}\b(?:you(?:'ve| "
    r"have)?|but|yet|and) (?:charged|billed|invoiced|added)\b|\b(?:fee|charge|cost|line|item|"
    r"interest)s? you(?:'ve| have)? added\b|\bagreed rate\b|\bnot double\b",
    r"\b(?:please|kindly|can you|could you) (?:amend|correct|redo|re-do|adjust|fix)\b|\bneeds? "
    r"(?:correcting|amending|adjusting|fixing|to be (?:corrected|amended|adjusted|fixed|"
    r"reissued))\b|\bcorrected (?:one|invoice|bill|version|copy)\b|\bre-?issue (?:it |this |"
    r"the invoice )?(?:to the (?:correct|right|proper)|without|at the)\b|"
    r"\bplease re-?issue\W*$|(?<!'ll )(?<!will )(?<!let me )(?<!to )\bre-?do it\b",
    r"\bdiscount\b[^.]{0,40}\b(?:isn't|is not|wasn't|not) (?:on there|applied|included|shown|"
    r"there)\b|\bfree (?:delivery|installation|shipping|setup|set-up)\b|\bfixed[- ]price\b|"
    r"\b(?:was|were) supposed to (?:be|have)\b|\bwas meant to be\b|\bdoesn't reflect\b|\bdoes not "
    r"reflect\b",
    r"\bcracked\b|\bcrushed\b|\bcreased\b|\bwater[- ]damaged\b|\brotten\b(?! (?:quarter|month|year|"
    r"week|day|time|luck|run|patch)\b)|"
    r"\b(?:a )?tear in\b|\bdead pixels?\b|\bmade it worse\b|\bscratched\b|"
    r"\bdented\b|\bsmashed\b|\bshattered\b|\bmou?ldy\b|\bwarped\b|\bstained\b|\bripped\b|\btorn\b|"
    r"\bmissing (?:pages|items|parts|pieces|goods|units|boxes)\b",
    r"(?<!kept me )(?<!kept us )(?<!put me )(?<!put us )(?<!was )(?<!were )"  # (on the phone)
    r"\bon hold\b(?! for (?:a |an |\d+ |two |three |a few |a couple of |some )?(?:weeks?|months?|"
    r"days?|while|bit)\b| until (?:i|we)\b)|\bhold (?:this|the) (?:one|invoice|bill|payment)\b|"
    r"\b(?:sent|send|shipped|took|brought) (?:those|them|it|these|the "
    r"(?!payment|transfer|money|funds|cheque)\w+) back\b|\b(?:it's|it is|they're|they are) "
    r"going back\b|\b(?:nobody|no one|no-one) (?:ever )?(?:came|turned up|showed up|arrived)\b",
    r"\bnot what (?:we|i) (?:paid|asked|signed up|ordered) for\b|\bfor nothing\b|"
    r"\b(?:addressed|issued|billed) to\b.{0,60}\b(?:separate|different) (?:company|entity|"
    r"business|legal entity)\b|\b(?:correct|wrong) entity\b",
    r"\bnothing is due\b|\bnot (?:yet )?due\b|\bisn't (?:yet )?due\b|\b(?:isn't|is not|not) "
    r"overdue\b|\b(?:doesn't|does not) apply\b|\bnot owed\b|\bisn't owed\b|\bshould(?:n't| not) "
    r"exist\b|\bnot rendered\b|\b(?:do not|don't) expect payment\b",
    r"\b(?:charging|billing|invoicing) (?:me |us )?for\b[^.]{0,60}\b(?:but|when|although|even "
    r"though)\b|\b(?:charged|billed|invoiced) (?:me|us) for a (?:full|whole) (?:day|week|month|"
    r"year)\b|\bhow you got (?:to|that)\b|\b(?:my|by my) (?:calculation|reckoning|count)\b",
    r"\bnot in (?:our|the) (?:contract|agreement|quote|terms)\b|\bnever (?:mentioned|agreed|"
    r"discussed|quoted)\b|\bcancel (?:the|this|that) (?:invoice|bill|charge)\b|\bclaiming (?:\w+ )"
    r"{0,3}back\b|\b(?:i|we) cancel+ed\b(?! (?:the |my |our )?(?:direct debit|"
    r"standing order|card|payment))|\b(?:would|will|should) be waived\b|\btake (?:it|that|"
    r"this|them|the \w+) off\b",
    r"\b(?:billed|charged|invoiced) (?:us |me )?for \d+\b.{0,40}\b(?:we|i) (?:have|had|only have|"
    r"used|ordered|got)\b|\b(?:billed|charged|invoiced|counted|listed|included) (?:it |this |that "
    r")?twice\b|\bthe same (?:job|order|invoice|delivery|work)\b|\bcredited (?:this|it|that) "
    r"back\b|^\W*(?:warranty|guarantee)\b|\b(?:under|within|part of|promised (?:a |us a |"
    r"me a )?(?:\S+ "
    r")?)(?:the |our |your |a )?(?:\S+ ){0,2}(?:warranty|guarantee)\b|\b(?:warranty|guarantee) "
    r"(?:covers|should cover|says)\b",
    r"\bwhy (?:is|are) there\b[^?]{0,40}\b(?:on|in) (?:the|this|your|my) (?:bill|invoice|"
    r"statement)\b|\b(?:quantity|amount|price|total|figure|rate|hours|number) (?:is|are|was) "
    r"off\b|\bnet \d+,? not (?:net )?\d+\b|\bonly had\b",
    r"\b(?:replacement|refund|repair|credit)\b[^.]{0,20}\bbefore (?:i|we) pay\b|\bbefore "
    r"(?:anything|anyone) (?:gets )?pa(?:id|ys)\b|\b(?:we|i)(?:'ll| will) (?:only )?pay (?:for )?"
    r"(?:the|what)\b.{0,30}\bonly\b|\bquery (?:this|the|your) (?:invoice|bill|charge)\b|"
    r"\bqueried\b|\bremove (?:it|that|this|the (?:\w+ )?(?:fee|charge|line|item|interest|plan))\b",
    r"\b(?:pay|settle|payment)\b.{0,30}\b(?:as soon as|once|when|after)\b.{0,40}\b(?:properly|"
    r"correctly)\b|\b(?:had|have|got) a (?:written )?quote\b|\b(?:invoice|bill) is for\b[^.]{0,30}"
    r"\bbut\b|\bmissing\b[^.]{0,20}\b(?:delivered|arrive|sent)\b",
    r"\byou quoted\b|\b\d[\d,.]* \w+,? not \d+\b|\bneeds? to reflect\b|\bwhere (?:has|have|did) "
    r"(?:the |this |that )?(?:[£$€]\s?\d[\d,.]*|this|that|it) come from\b|\b(?:didn't|did not|"
    r"never|failed to) (?:turn|show) up\b|\bnothing (?:has been|was|got) delivered\b|\bplease "
    r"credit\b|\bshould be (?:zero|nil|nothing|£0|\$0)\b",
    r"\b(?:isn't|is not|not) ours(?: to pay)?\b|\badded (?:vat|gst|tax|it) on top\b|\bcome off "
    r"(?:your|the) bill\b|\b(?:invoiced|charged|billed) (?:me |us )?for the (?:whole|full|"
    r"entire)\b|\bnot being (?:settled|paid)\b|\bbefore (?:i|we) pay (?:any of it|a penny)\b|"
    r"\bordered\b.{0,40}\band (?:got|received)\b",
    r"\bshould(?: never|n't| not) have been (?:charged|billed|invoiced)\b|\bnot on me\b|\bnever "
    r"signed\b|\bwho authori[sz]ed\b|\b(?:i was|we were) told (?:\w+ ){0,3}(?:would|was going "
    r"to) (?:be|cost)\b|\b(?:nobody|no one) mentioned\b|\bactually (?:here|there|on site|"
    r"worked|delivered)\b|\bnever part of\b|\btaken off\b|\bbut you(?:'ve| have)? (?:invoiced|"
    r"charged|billed)\b",
    r"\b(?:was|were|is|would be) free\b|\bold (?:price ?list|prices|rates)\b|\b(?:discount|"
    r"rate|price) we agreed\b|\bagreed discount\b|\b(?:didn't|did not|never) take out\b|"
    r"\bincluded in the (?:price|quote|cost)\b|\bbill (?:it|this|that) separately\b",
    r"\b(?:we|i)(?:'ll| will) (?:only )?pay for (?:the )?(?:\d|half|what|the part|the \w+ (?:we|"
    r"i) (?:actually )?(?:had|got|used|received))|\bowe (?:you )?nothing\b|\bnot (?:the party "
    r")?liable\b|(?<!bank )(?<!keeps )(?<!auditors have )(?<!auditor has )\breject(?:ing|ed)? "
    r"(?:the|this|these|our)\b(?! (?:transfer|payment|card|direct debit|copy|scan|pdf|ach|wire|"
    r"bank|account|details|iban|swift|sepa|cheque|check)\b)|\bnot "
    r"(?:invoiceable|billable|chargeable|payable)\b|\bpremature\b|\b(?:that's|that is) covered\b|"
    r"\bnot acceptable\b",
    r"\b(?:a|some) (?:discount|reduction|credit|refund)\b.{0,30}\b(?:expect|least|owed)\b|\bexpect "
    r"(?:a|some) (?:\w+ )?(?:discount|reduction|credit|refund|compensation)\b|\bcompensation\b|"
    r"\bgoodwill\b|\bkept (?:charging|billing|invoicing)\b|\b(?:keep|still) (?:charging|billing|"
    r"invoicing)\b|\bnobody is (?:delivering|doing|providing)\b|\bcorrect (?:it|this|that|the "
    r"invoice)\b",
    r"\bthe wrong (?:colou?r|site|size|side|item|model|product|part|paint|way|type)\b|"
    r"\binstead of (?:the )?\w+ (?:we|i) (?:ordered|asked for|chose|booked)\b|\b(?:we|i) "
    r"(?:ordered|asked for|booked)\b[^.]{0,40}\b(?:but|instead|not)\b|\bonly (?:\d+|one|two|three|"
    r"half|some) (?:of (?:them|the \w+) )?(?:were|was|got) (?:replaced|done|delivered|fitted|"
    r"installed|fixed|cleaned|serviced|tested)\b|\bwe (?:don't|do not) (?:own|have) \d+\b",
    r"\bappears nowhere\b|\bnowhere in (?:the|our|your)\b|\b(?:isn't|is not) in the (?:contract|"
    r"agreement|quote|terms|rate card)\b|\bwas waived\b|\bcrept back\b|\bshould(?:n't| not) be "
    r"paying\b|\bpaying (?:last year's|the old|the agreed|the contract(?:ed)?|the correct) (?:rate|"
    r"price|fee)\b|\bwith the correct (?:fee|rate|price|amount)\b|\bnot (?:prepared|willing) to "
    r"pay\b",
    r"\b(?:pay|paid|payment|settled|bill|invoice)\b.{0,40}\b(?:when|once|after|until|till|as soon "
    r"as)\b.{0,40}\b(?:repainted|redone|(?:job|work|list|repairs?)(?:'s| is| are) done)\b|"
    r"\bholding "
    r"(?:the )?payment\b|\bcancel (?:the|this|that) (?:\w+ ){1,3}(?:invoice|bill|charge)\b|"
    r"\bcan(?:'t|not) pay for (?:that|this|it)\b|\bhard no\b|\bmakes no sense\b|\bnonsense\b|"
    r"\b(?:can't|cannot|won't|will not|don't|do not) accept (?:this|that|it|the)\b(?! (?:card|"
    r"payment|transfer|amex|visa|cheque|cash|credit))",
    r"\b(?:you(?:'ve| have)?|(?:we|i)(?:'ve| have)? been|(?:we|i) (?:were|was)) (?:charged|billed|"
    r"invoiced)\b[^.?!]{0,80}\b(?:but|when|although|even though|though|yet|whereas)\b|\b(?:fee|"
    r"charge|surcharge)s?,? but\b|\bhow (?:can|could|dare) you (?:charge|bill|invoice|ask)\b|"
    r"\bjustified\?|\bhow (?:exactly )?is (?:a |an |the |this |that )?(?:\S+ ){1,3}justified\b|"
    r"\bwould you pay for\b|\byou want (?:me|us) to pay\b|\bnow you're (?:telling|"
    r"saying|chasing|asking)\b",
    r"\b(?:nobody|no one) has (?:come|been) back\b|\bno basis for\b|\bwhat's the charge for\b|"
    r"\bwhy is there an? (?:\w+ ){0,2}(?:invoice|bill|charge|fee)\b|\b(?:we|i) returned\b|\bwhere "
    r"(?:did|has|have|do|does) [^?.]{0,30} come from\b|\bfailed job\b|\bbotched\b|\bshoddy\b|"
    r"\bsub-?standard\b|\binaccurate\b|\bnothing (?:extra |additional |else )?was agreed\b|"
    r"\bwas(?:n't| not) agreed\b",
    r"\bwe (?:only )?got (?:one|two|\d+|half) of (?:the|our|them)\b|\b(?:nobody|"
    r"no one) gave (?:the )?(?:go-ahead|approval|"
    r"permission)\b|\bno signed order\b|\bfree (?:quote|consultation|estimate|survey)\b|\b(?:\d+|"
    r"dozen|\w+ dozen) \w+ short\b|\bknock (?:that|this) off\b|\byou (?:said|promised) (?:the )?"
    r"(?:fees?|charges?|price|cost|invoice|it) would\b|\bfull price\b|\bis this a joke\b|\bhours "
    r"(?:he|she|they|you) (?:billed|charged)\b|\bbefore (?:we|i) talk about pay",
    r"\b(?:doesn't|does not|don't) look right\b|\bbogus\b|"
    r"^\W*not paying\b(?! (?:it |this )?(?:today|now|yet|tonight|this week)\b)|"
    r"\bnot paying until\b|"
    # "T'other half you're not getting till someone comes back and finishes the skirting"
    r"\b(?:not|n't) (?:getting|get|seeing|see|having)\b[^.]{0,30}\b(?:until|till)\b[^.]{0,40}"
    r"\b(?:finish\w*|fix\w*|repair\w*|complet\w*|redo\w*|put\w* right|comes? back)\b|"
    r"\bnothing was (?:ever )?delivered\b|^\W*no way\b|\b(?:this|that|it) (?:one )?is wrong\b|"
    r"\bdiscount(?:'s| is) missing\b",
    r"\b(?:collected|picked up|fetched) (?:it|them|the \w+)? ?(?:from your \w+ )?(?:ourselves|"
    r"myself)\b|\b(?:issued|raised|sent) (?:us |me )?(?:a |an )?(?:full )?(?:credit|"
    r"(?-i:CN)[- ]?\d)",
    r"\bnothing like (?:the|what|your) (?:proof|sample|quote|photos?|pictures?|description|"
    r"order|brochure|mock-?up|design|website)\b|\brefused (?:the |that |this )?(?:\S+ )?(?:load|"
    r"delivery|goods|shipment|order|consignment|pallets?)\b|\bno idea why (?:it'?s|this is|"
    r"that'?s|it is) (?:on|in) (?:our|my|the) (?:statement|account|bill|invoice)\b|"
    r"\bquery(?:ing)? (?:this|the|your) (?:bill|invoice|charge)\b|\bwithout (?:my|our) "
    r"(?:permission|consent|authori[sz]ation|approval)\b|\bpast (?:its|their|"
    r"the) (?:best[- ]before|"
    r"use[- ]by|sell[- ]by|expiry)\b",
    r"\b(?:you|your \w+) (?:fitted|installed|supplied|sold|delivered|repaired|serviced|fixed|built|"
    r"laid|replaced)\b[^.]{0,40}\b(?:packed (?:in|up)|broke|stopped working|failed|gave up|died|"
    r"leak\w*|crack\w*|lifting|peeling|fell)\b|\balready (?:lifting|peeling|cracking|leaking|"
    r"falling apart|coming off|coming loose)\b",
    r"\b(?:not sure|don't understand|do not understand|no idea) (?:how|why) (?:there(?:'s| is)|"
    r"you(?:'ve| have)|we(?:'ve| have| are| were)) (?:a |an |been )?(?:\w+ ){0,3}(?:charge|fee|"
    r"invoice|bill|charged|billed|invoiced)\b|\b(?:left|went|gone|packed up)\b[^.]{0,30}\bwithout "
    r"(?:testing|finishing|completing|checking|fixing|cleaning|commissioning)\b",
    r"^(?!.*\b(?:link|portal|website link|card|login|password|bank|payment)\b).*?\b(?:(?:has|have) "
    r"never worked|still (?:doesn't|does not|won't|will not) (?:work|load|start|run|open|"
    r"connect))\b",
    r"\b(?:mistake|error|mix-?up|blunder|cock-?up) (?:on|at) (?:your|their) (?:side|end|part)\b|"
    r"\b(?:your|their) (?:mistake|error|mix-?up|blunder)\b|\bshould (?:have )?(?:come off|been "
    r"(?:removed|taken off|credited|cancell?ed|refunded|waived|stopped|deducted))\b",
    r"\bcomplaint (?:is )?(?:open|pending|lodged|raised|logged|ongoing|outstanding)\b|\b(?:open|"
    r"pending|ongoing|outstanding) complaint\b|\b(?:raised|lodged|logged|opened|made) (?:a |an )?"
    r"(?:complaint|query|claim)\b(?![^.]{0,20}\bbank\b)",
    r"\b(?:in|into|to|at) the wrong (?:room|bedroom|place|house|site|location|spot|floor|unit)\b|"
    r"\b(?:the )?wrong (?:colou?r|size|model|items?|products?|parts?|goods|finish|spec|"
    r"specification|material|thickness|length|type|version)\b",
    r"\b(?:sent|shipped|posted|brought|took|returned|handed) (?:the |our |my |both |all |these |"
    r"those )?(?:(?:second|first|faulty|damaged|broken|extra|spare|wrong|unused) )?(?:goods|"
    r"items?|parts?|orders?|products?|equipment|units?|machines?|boxes|pallets?|printers?|"
    r"devices?|laptops?|phones?|tools?|them) back\b",
    r"\b(?:would|will|were to|was to|should|to) be (?:refunded|waived|reimbursed)\b|\b(?:contract|"
    r"agreement|subscription|lease|tenancy|membership|service|plan) (?:with (?:you|your \w+) )?"
    r"(?:ended|expired|terminated|finished|lapsed|was (?:paused|suspended|cancell?ed|terminated|"
    r"ended))\b|\b(?:was|were) paused\b",
    r"\b(?:none|neither) of your (?:staff|team|people|engineers|technicians|crew|guys|lads|workers|"
    r"drivers|cleaners|fitters)\b|\bno(?:body| one) (?:from|of) your (?:\w+ )?(?:came|showed|"
    r"turned up|attended|was (?:on site|here|there))\b",
    # Fewer visits, days or hours than billed ("the cleaners only came twice in October, not four
    # times", "the skip was only there for 5 days, not the 14 on the invoice")
    r"\bonly (?:ever )?(?:came|come|been|there|here|on site|turned up|showed up|worked|stayed|"
    r"delivered|arrived|fitted|installed|used|had it|did)\b[^.]{0,30}?\b(?:\d+|once|twice|one|two|"
    r"three|four|five|six)\b[^.]{0,15}?,? not (?:the )?(?:\d+|two|three|four|five|six|seven|eight|"
    r"nine|ten|twelve|fourteen|twenty)\b",
    # Work left unfinished, a repair that did not hold, goods still with the seller ("a garden
    # that's still half dug up", "The washing machine still won't spin", "the 'repair' lasted
    # until your van left", "hard to pay for a sofa that's still in your showroom")
    r"\bstill half[- ](?:dug up|dug|done|finished|built|painted|fitted|tiled|installed|ripped out|"
    r"torn up|plastered|decorated)\b|\bstill (?:won't|will not|doesn't|does not|can't) (?:spin|"
    r"heat|cool|drain|flush|close|shut|lock|charge|fire|light|switch on|turn on|print|boot)\b|"
    r"\brepair'? lasted (?:until|till|about|all of|less than)\b|\bstill (?:in|at|sitting in) your "
    r"(?:showroom|shop|warehouse|depot|yard|workshop)\b",
    # A discount or credit gone astray, said lightly ("our 15% trade discount has gone on holiday")
    r"\b(?:discount|credit(?: note)?|rebate)\b[^.]{0,20}\b(?:has |have )?(?:gone|went) (?:missing|"
    r"awol|walkabout|on holiday|astray|west|for a walk)\b",
    # A price other than the one quoted or agreed ("The quote was VAT inclusive. This invoice adds
    # VAT on top", "The agreed fee was £1,500 fixed", "that's not the price")
    r"\b(?:adds?|added|charg\w+|put) (?:the )?vat on top\b|\b(?:quote|quotation|estimate|price) "
    r"was (?:vat|tax)[- ]inclusive\b|\bagreed (?:fee|price|rate|sum) was [£$€]?\d[\d,.]* (?:fixed|"
    r"flat|all[- ]in)\b|^\W*(?:that's|that is|this is) not the (?:price|amount|figure|rate) (?:we|"
    r"i) (?:agreed|were quoted|was quoted)\b|^\W*(?:that's|that is|this is|it's) not the (?:price|"
    r"amount|figure|rate)\W*$",
    # Said with a raised eyebrow ("I'd love to pay for a working website", "delighted to pay for
    # the 'express' delivery the day it's actually express", "I'd hardly call three missing doors a
    # 'completed' wardrobe", "you've charged me for the collection you failed to make", "expect
    # the lights to actually switch on before paying an electrician")
    r"\b(?:love|delighted|happy|glad) to pay for\b[^.]{0,40}?\b(?:a |the )?(?:working|finished|"
    r"completed|functioning|the day (?:it's|it is|they're|they are) actually)\b|\b(?:hardly|"
    r"wouldn't|would not) call (?:\w+ ){0,4}?(?:a |an )?'?(?:complete|completed|finished|working|"
    r"repaired|fixed)\b|\bcharged (?:me|us) for (?:the|a|an) \w+ (?:you|they|your \w+) (?:failed "
    r"to|never|didn't|did not)\b|\bto actually (?:work|switch on|turn on|come on|be (?:done|"
    r"finished|fixed|there))\b[^.?]{0,30}\bbefore (?:paying|i pay|we pay)\b",
    # Nobody came, the goods went back, nobody ordered, a different model, billed twice over
    # ("the electrician never showed", "Sent it straight back.", "nobody here did", "it isn't the
    # model on the quote", "the direct debit already took this... Now you've invoiced it
    # separately too")
    r"\b(?:electrician|plumber|engineer|technician|fitter|driver|cleaners?|builders?|contractor|"
    r"courier|gardener|decorator|installer|crew|team|lads|guys|nobody|no one)\b (?:never|didn't|"
    r"did not) (?:show(?:ed)?|turn(?:ed)? up|c[ao]me|arrived?)\b(?! back)|\bsent (?:it|them) "
    r"(?:straight|right|all) back\b|^\W*(?:returned|sent back|all returned)\W*$|\bnobody (?:here|"
    r"in (?:the|our) office|at (?:the|our) (?:office|shop|site)) (?:did|ordered)\b|\b(?:isn't|is "
    r"not|wasn't|was not|aren't|are not|weren't|were not) the (?:model|make|brand|size|spec|type|"
    r"colou?r|product|items?) (?:on|in|from) the (?:quote|quotation|order|estimate|contract|"
    r"spec)\b|\binvoiced (?:it|this|that|us|me) (?:separately|again) (?:too|as well)\b",
    # Goods taken back, and paying for them thought absurd ("I return the rice cooker already
    # last week to your branch", "Do you genuinely think I'm going to pay for a dishwasher that
    # flooded my kitchen", "Do you really expect me to pay for a fence that fell down?")
    r"\b(?:i|we) (?:return|returned|brought back|took back|bring back) (?:the|it|them|this|that|"
    r"all)\b[^.]{0,40}?\b(?:already|last week|yesterday|to your (?:branch|shop|store|depot|"
    r"office))\b|\b(?:do|did) you (?:genuinely|really|honestly|seriously|actually) think "
    r"(?:i'm|i am|we're|we are|i'd|we'd|i'll|we'll|i will|we will) (?:going to |gonna )?pay\b|"
    r"\b(?:really|genuinely|seriously|honestly|actually) expect (?:me|us) to pay for\b|"
    r"\b(?:can't|cannot|don't) see why (?:i|we)(?:'d| would| should) pay for\b",
)

_PAID = (
    r"\bmoney(?:'s| has) gone (?:over|across|through|out)\b",
    # "I pushed it through the supplier portal Tuesday"
    r"\b(?:i|we|i've|we've) (?:pushed|put) (?:it|this|the payment|the invoice|the \$?[\d,.]+) "
    r"through (?:the |our |your )?(?:supplier |vendor |payment )?(?:portal|system|bank|banking|"
    r"app)\b",
    # at the counter or by standing order: "I went into the Post Office on the 28th and paid",
    # "It's on a standing order. Went oot on Saturday"
    r"\b(?:i|we) (?:went|popped|nipped|called|dropped) (?:in|into|to|down to|round to|by|in at|"
    r"at) (?:the |my |our |your )?(?:post office|bank|branch|office|reception|shop|counter)\b"
    r"[^.]{0,60}\band paid\b|(?:^|(?<=[.!] ))\W*went (?:out|oot) (?:on (?:the )?\w+|last \w+|"
    r"yesterday|this morning)\b",
    # "It went on the 3rd, Monday", "The cheque went in the post on Tuesday", "I handed a cheque
    # to the lady at your front desk"
    r"(?:\b(?:it|payment|the payment|the money|the transfer|the cheque|the check|the funds|the "
    r"bacs)|[£$€]\s?\d[\d,.]*\d) went (?:out |through |across |off |over )?(?:on (?:the "
    r")?\d+(?:st|nd|rd|th)?|on \w+day|last|yesterday|this morning|earlier)\b|\b(?:cheque|check|"
    r"payment)\b(?:[^.]|\.(?=\d)){0,50}\bwent (?:in|into) the (?:post|mail)\b|\bhanded (?:over "
    r")?(?:a|the|our|my) (?:cheque|check|cash|payment|envelope)\b",
    r"^\W*(?:i|we) did pay\b|"
    r"\b(?:i|we) did pay (?:that|this|the|it)\b(?! (?:when|once|if)\b)|"
    r"[,;]\s*(?:transferred|deposited|paid)\s+(?:the|it|you|"
    r"[£$€]|\d)|\bcheques?(?:'s| is)? in the post\b|"
    r"\b(?:husband|wife|partner|son|daughter|dad|mum|mom|mother|father)(?: \w+)? (?:paid|"
    r"transferred|sent)\b|\bjust (?:paid|sent|transferred|wired|e-?transferred)\b|"
    # "Our treasurer sent the €275 on Monday", "our bookkeeper paid it yesterday"
    r"\b(?:treasurer|bookkeeper|accountant|accounts (?:team|dept|department)|finance (?:team|"
    r"dept|department)|office manager|boss|secretary)(?: has| have)? (?:already |just )?(?:paid|"
    r"transferred|sent)(?= (?:it|the (?:money|payment|transfer|balance|funds|full|amount|[£$€])|"
    r"[£$€\d]|over|off|through|across|yesterday|on|last|this|earlier)\b)",
    r"^\W*half (?:went|has gone|was paid|is paid|paid)\b",
    r"^\W*pd\W*$",  # too short a word to look up first: tried on every sentence, and fails at once
    # "the transfer left us yesterday", "It cleared on the 2nd", "I'm after paying it", "Posted
    # the check on Halloween", "Money sent over the weekend", "Have done it now", "dun it
    # yesterday", "Sorted this morning"
    r"\b(?:transfer|payment|money|funds|it)\b(?:'s)?(?: \w+){0,2} left (?:us|our (?:account|bank))"
    r"\b(?=\s*(?:[.,;!]|$|yesterday|today|this|on|at|last|earlier|\d))|^\W*left us at\b|\b(?:it|"
    r"payment|transfer|money|cheque|check)\b (?:has )?cleared\b|"
    r"\b(?:i'm|im|i am|we're|we are) after (?:paying|sending|transferring|doing|lodging|"
    r"settling)\b",
    r"^\W*(?:posted|mailed|deposited|e-?transferred|transferred)\b(?! (?:back|from|to (?:the|our|"
    r"my) (?!bank))\b)|\b(?:money|payment|cheque|check|transfer)\b sent\b|^\W*(?:have |i've |ive )?"
    r"(?:done|dun|sorted) (?:it |this |that )?(?:now|today|yesterday|this morning|last night)\b|"
    r"\b(?:i've|ive|we've|i have|we have) (?:actually |already |just )*(?:done|sorted) (?:it|"
    r"this|that) (?:now|just now|today|yesterday|this morning|last night|while)\b",
    # Money that moved, said plainly: "Sent on Friday from our HSBC account", "It went over
    # Sunday night", "I lodged it on Monday", "i payed it sunday", "We did a same-day CHAPS",
    # "Did it first thing today", "fully paid on 02/11", "the cheque was given to your rep".
    r"^\W*(?:sent|lodged|payed|wired)\b(?! (?:back|from|via|with|using|on my|to (?:the|our|my) "
    r"(?!bank)|it back)\b)|"
    r"^\W*went (?:over|in|out|through|across|off)\b|"
    r"\b(?:i|we|i've|we've|ive|weve)\b(?: \w+){0,2} (?:lodged|payed)\b|"
    r"\b(?:i|we) did (?:a|the|an|our) (?:[\w-]+ ){0,2}(?:transfer|chaps|bacs|payment|eft|wire|ach|"
    r"e-transfer|faster payment)\b|"
    r"\bdid it (?:first thing|this morning|yesterday|earlier|last night|today)\b|\bfully paid\b",
    r"\b(?:it|this|that|payment|transfer|money|cheque|check|funds)\b(?: \w+){0,2} went (?:over|in|"
    r"across|off)\b|\b(?:transfer|payment|cheque|check)\b went (?:on |out )?(?:monday|tuesday|"
    r"wednesday|thursday|friday|saturday|sunday|yesterday|today|this morning|the \d)|"
    r"\b(?:given|handed) (?:it |over )?to your\b",
    r"\b(?:already|been|was|is) (?:been )?(?:taken care of|sorted(?: out)?|dealt with)\b|"
    r"^\W*(?:already )?(?:taken care of|sorted)\W*$|^\W*just (?:paid|sent|transferred)\b",
    r"\b(?:payment|transfer|it|this|that|eft|bacs|wire|ach|e-?transfer|funds|money)\b(?: \w+){0,2} "
    r"(?:went|has gone|have gone) (?:through|thru)\b",
    r"\b(?:cheque|check|payment|transfer|remittance)\b(?: (?:for|of) [£$€]?\d[\d,.]*)?"
    r"(?: \w+){0,2} (?:posted|mailed|sent|made|done)\b",
    r"\b(?:i|we|i've|we've|ive|weve|has|have|had|they|accounts|ap|finance)\b(?: \w+){0,3} "
    r"(?<!\byou )(?:already )?(?:paid|sent(?! (?:you )?(?:a|an) (?:whatsapp|message|text|e-?mail|"
    r"letter|photo|picture|copy|note)\b)(?! (?:it |this |that |them )?(?:up the chain|upstairs|"
    r"on to|onto|along to|to (?:our|their|my|his|her) (?!bank)))|transferred|wired|settled|"
    r"mailed|posted|remitted|cleared|"
    r"processed|released|issued)\b",
    r"\b(?:was|been|were|is|got|it's) (?:already )?(?:paid|sent|settled|transferred|processed|"
    r"wired|mailed|remitted|cleared|released|issued|made(?! (?:redundant|aware|homeless|me|us|him|"
    r"her|them|it|sure|clear|out)\b))\b",
    r"\bpayment (?:was|has been|had been|went|is) (?:made|sent|processed|submitted|issued|"
    r"released|out|done|complete|completed|on its way|in the (?:mail|post))\b",
    r"^\W*(?:paid|already paid|payment (?:made|sent)|done|sent)\W*$|\bpaid (?:online|by card|"
    r"through \w+|"
    r"by (?:bank )?transfer|via \w+|in full|(?:in )?cash|today|yesterday|this morning|just now|"
    r"earlier|"
    r"last \w+)\b",
    r"^\W*(?:already )?(?:paid|settled|transferred|wired)\b(?! by\b| before\b)",
    # as it is said in Nigerian English and Jamaican patois: "I don transfer the money since
    # Saturday", "Mi pay it already, Western Union"
    r"\b(?:i|we) don (?:transfer|pay|paid|send|sent|settle)\w*\b|\b(?:i|mi|we) pay (?:it|this|"
    r"di (?:money|bill)|the (?:bill|invoice)|the whole (?:thing|bill|lot)) already\b",
    # paid by card to someone at the office ("you took my card over the phone", "your
    # receptionist ran my card on Monday")
    r"\b(?:you|your (?:\w+ )?(?:office|colleague|receptionist|staff|team|girl|guy|lad)|she|he) "
    r"(?:took|ran|charged|processed|put through) (?:my|our|the) (?:card|amex|visa|mastercard|"
    r"card payment|card details)\b(?! details? (?:down|wrong))",
    # a sum sent ("sent the £68 last night on my banking app")
    r"(?<!\bbe )(?<!\bhave )(?<!\bhas )\bsent (?:you |over )?(?:the )?[$£€]\s?\d",
    r"\b(?:transfer|payment|remittance|cheque|check|ach|bacs|wire|eft|e-transfer|interac|bpay|"
    r"payid|paynow|zelle|venmo|upi|neft|imps)\b.{0,40}\b(?:done|made|sent|"
    r"completed|went out|gone out|cleared|is in the (?:mail|post))\b",
    r"\b(?:went|gone) out\b|"
    r"(?<!\bfor )(?<!\bfor the )(?<!\bfor your )(?<!\bsend the )(?<!\bshare the )(?<!\bold )"
    r"\bremittance\b(?! (?:details|will|"
    r"to follow|should|address|e-?mail))(?: (?:advice|slip))?|"
    r"\bproof of payment\b|"
    r"\bscreenshot of the (?:transfer|payment)\b|\bcleared (?:our|my) (?:bank|account)\b",
    r"^\W*(?:sent|transferred|wired|paid) (?:the|it|this|that|you|over|across|through|[£$€]|\d)|"
    r"\b(?:money|funds|payment|transfer)\b(?: \w+){0,2} left (?:our|my|the) (?:account|bank)\b",
    r"\b(?:cheque|check|payment)(?:'s| is) in the (?:post|mail)\b|\b(?:direct debit|standing "
    r"order|payment|money)\b.{0,20}\bcame out\b|\bshould already be (?:cleared|paid|with you|in "
    r"your account)\b|\b(?:all )?paid up\b|\bcredited to your (?:account|bank)\b",
    r"^\W*(?:\w+\W+){0,3}paid (?:it|this|that|the (?:invoice|bill|balance|lot|full|amount))\b|"
    r"\bpd (?:2day|today|yday|yesterday|on \w+day)\b|"
    r"^\W*(?:yes|yep|yeah|all)\W+(?:already )?paid\b(?! by\b| before\b)|\b(?:she|he|it|"
    r"bookkeeper|accountant|office) (?:\w+ )?(?:processed|paid|sent|transferred|settled)\b|"
    r"\b(?:payment|transfer|it|this|(?:full |whole )?amount|balance|money)(?:'s| has| have) gone "
    r"through\b|\b(?:was|been|were) (?:\w+ )?"
    r"(?:lodged|deposited)\b",
    # (not "my cheque book stubs this morning": where the writer looked)
    r"\b(?:paid|payments?|pay|transfer\w*|deposit\w*|re-?sent|wired|remitted|cheque|check|bacs|ach|"
    r"pix|"
    r"zelle|card|t/t)\b(?! ?book| stubs?| register).{0,60}\b(?:yesterday|last (?:week|night|"
    r"month|monday|tuesday|wednesday|"
    r"thursday|friday|saturday|sunday)(?! of)|\d+ days ago|ago|this (?:morning|afternoon)|"
    r"earlier today|"
    r"the other "
    r"day)"
    r"\b|\b(?:yesterday|last (?:week|night|month)|this morning|earlier today)\b.{0,40}\b(?:paid|"
    r"transferred|sent|wired|deposited|put (?:it|the money) through)\b",
    r"\balready (?:paid|sent|transferred|settled|made the payment|make the payment|did the payment|"
    r"done the payment)\b|\b(?:did|have done|made|have made|'ve made|'ve done|i make) (?:the |a |"
    r"my "
    r"|our )?(?:payment|transfer|deposit)\b|\b(?:it|money|payment|amount|funds)(?:'s| has| have)? "
    r"left (?:my|our) (?:account|bank)\b",
    r"\b(?:taken|debited|deducted) (?:from|on) (?:my|our) (?:account|statement|card)\b|"
    r"\bshows as (?:taken|"
    r"paid|debited)\b|^\W*(?:payment|transfer) (?:processed|made|sent|done|completed)\b",
    r"\b(?:pag\w+|abon\w+|transfer\w+|ingres\w+|deposit\w+|r[èé]gl\w+|vir[ée]\w*|vers[ée]\w*|"
    r"überw\w+|bezahl\w*|gezahlt)\b.{0,40}\b(?:ayer|anteayer|la semana pasada|esta mañana|hier|"
    r"avant-hier|la semaine derni[èe]re|ce matin|gestern|vorgestern|letzte woche|heute (?:früh|"
    r"morgen))\b|\b(?:ayer|anteayer|hier|avant-hier|gestern|vorgestern)\b.{0,30}\b(?:pag\w+|"
    r"abon\w+|transfer\w+|r[èé]gl\w+|vir[ée]\w*|überw\w+|bezahl\w*|gezahlt)\b",
    r"\b(?:cheque|check|payment)\b (?:went|has gone|was put|was posted) in the (?:post|mail)\b|"
    r"\bsent (?:it|this|that|the money|payment) (?:by|via|through|over)\b|\b(?:just )?done (?:a|"
    r"the) (?:bank )?(?:transfer|payment)\b|\bdirect debit\b.{0,30}\bcollected\b|\bput (?:a|the) "
    r"cheque\b|\bthrough your letterbox\b",
    r"\b(?:account|bank|they|she|he|solicitor|accountant) paid (?:this|it|that|the)\b|\bshould "
    r"have (?:it|this|the money|received it) already\b|^\W*(?:remitted|cleared)\b|\b(?:it|"
    r"payment|money)\b left on \w+day\b|\bshows (?:that )?(?:it|the (?:payment|wire|transfer|money|"
    r"funds)) (?:left|went|was sent|as "
    r"paid)\b|\bhanded (?:over )?(?:the )?(?:payment|cash|cheque|money)\b|\bit's (?:there|in "
    r"your account)\b|\bcleared it\b",
    r"^\W*funds (?:transferred|sent|paid)\b|\b(?:company|office|team|"
    r"department)\b(?: \w+){0,3} paid (?:this|it|"
    r"that|the)\b",
    r"\b(?:that's|that is|it's|it is|this is|this one's|all) (?:now |all )?paid(?: now| up| off|"
    r" in "
    r"full)?\W*(?:$|sorry|thanks|cheers)|\btransfere?d (?:it|this|that|the)\b|\b(?:zell|venmo|"
    r"paypal|cash ?app|revolut|bizum|twint|interac|e-?transfer|paynow|bpay)(?:ed|'d|-ed)\b|"
    # "yeah nah its paid mate" (typed without its apostrophe)
    r"\bits (?:all )?(?:been )?paid\b(?! (?:on|by|when|once|if|for|in|at|off)\b)",
    r"\b(?:paid|sent|transferred|wired|deposited|remitted|settled)\b.{0,30}\b(?:today|just now)\b",
    r"\b(?:went|gone|sent|paid|settled) (?:by|via|through|over) (?:bacs|ach|eft|chaps|sepa|wire|"
    r"bank transfer|transfer|card|cheque|check|paypal|faster payments?|direct credit|"
    r"internet banking|online banking)\b",
    r"\b(?:wire|transfer|payment|cheque|check|money|funds)\b(?: \w+){0,2} (?:left|cleared) "
    r"(?:our|my|the) (?:bank|account)\b|\bdropped (?:off )?(?:the |a )?(?:cash|cheque|check|"
    r"payment|money|envelope)\b|\b(?:included|covered|paid|went)\b[^.]{0,40}\b(?:in|with|by|as "
    r"part of) (?:a|one|the|our|today's|yesterday's|this morning's|last night's) (?:single |bulk |"
    r"combined |batch |one )?(?:transfer|payment|"
    r"cheque|check|remittance|batch|payment run)\b",
)
_LANGUAGES = (phrases_es, phrases_fr, phrases_de)
_PAID_NEGATION = with_start_lookahead(re.compile(
    r"(?:" + "".join(rf"{word}|" for language in _LANGUAGES for word in language.NOT_PAID) +
    r"\b(?:may|might|must) have been\b|\bje croyais\b|\bje pensais\b|\bpens[ée] que\b|"
    r"\bpensaba que\b|\bcre[íi]a que\b|"
    r"\bich dachte\b|\bh(?:ä|ae)tten?\b|\b(?:stopped|cancell?ed|bounced|voided)\b|"
    r"\b(?:thought|assumed|believed) (?:that )?(?:it|we|i|the payment) (?:went|had gone)\b|"
    r"\bapproved\b|\bauthori[sz]ed\b|\bscheduled\b|\bqueued\b|\bi think\b|\bich glaube\b|"
    r"\b(?:thought|assumed|believed|did think) "
    r"(?:\w+ ){0,2}(?:had|was|were)\b|"
    r"\bnot\b|n't\b|\bnever\b|\byet to\b|\bwill\b|'ll\b|\bshall\b|\bgoing to\b|\bto be\b|"
    # what ought to have happened, or the writer's own income ("my pension is paid fortnightly")
    r"\b(?:should|could|would|ought to)(?:'ve| have)\b|\bmeant to have\b|"
    r"\b(?:pension|salary|wages|benefits?|universal credit|allowance|stipend)\b|"
    r"\bshould be\b|\bcan be\b|\bwould be\b|\b(?:get(?:s|ting)?|got|gotten) paid\b|"
    r"\bwhen\b|\bonce\b|\buntil\b|\btill\b|\bif (?:i|we)\b|\bwhat(?:'s| has) been\b|"
    # a debtor's good record, not this bill paid ("Vos sabés que siempre he pagado")
    r"\balways (?:\w+ )?paid\b|\bsiempre (?:he|hemos|ha) pagado\b|\btoujours (?:\w+ )?pay[ée]\b|"
    r"\bimmer (?:\w+ )?(?:bezahlt|gezahlt)\b)",
    re.IGNORECASE,
))

_ASKS_WHETHER = re.compile(
    r"\W*(?:have|has|did|does|do|was|were|is|wasn't|hasn't|haven't|didn't|isn't|weren't|"
    r"how much|where|which|(?:how|when|who) (?:do|can|"
    r"should)|habe|hab|haben|hat|ist|sind|wurde|wurden|"
    r"ai-je|avons-nous|"
    r"est-ce que|¿?(?:ya )?(?:pagu[ée]|pagamos|está))\b",
    re.IGNORECASE,
)

_PLAN = (
    r"\b(?:can'?t|cannot) (?:do|pay|manage|clear) (?:it )?all\b|\b\d+ (?:a|per|each|every) "
    r"(?:wk|week|fortnight)\b",
    r"\b(?:an )?extra (?:\d+|few|couple of|two|three|four|six) (?:days|weeks|months)\b",
    r"\bgive (?:me|us) (?:until|till|to the|a few|some|more|another|an extra|extra)\b|"
    r"\b(?:a few|another|an extra|extra|couple of) (?:more )?(?:days|weeks|months)\b",
    r"\b(?:now|today|this week) and the rest\b|\bthe rest (?:next|in|later|on|at)\b|"
    r"\bpay (?:it |this )?(?:weekly|monthly|fortnightly)\b|\b(?:come to|make|set up|work out|"
    r"agree) an? (?:arrangement|agreement|plan)\b",
    r"\b(?:need|give (?:me|us)|allow (?:me|us)|ask for) (?:some|more|a little|a bit(?: more)?|"
    r"extra) time\b|\b(?:lost (?:my|our) (?:job|income)|made redundant|unemployed|"
    r"struggling financially|financial (?:difficult\w*|hardship|problems)|can'?t afford)\b",
    r"\bpay (?:it |this |that )?off in (?:bits|dribs)\b|\bover (?:the next )?(?:a few|few|"
    r"several|couple of|\d+|two|three|four|five|six) months\b|\btranchen?\b|"
    r"\bpayment (?:plan|arrangement|schedule)\b|(?<!loan )\binstal+ments?\b|\bpay (?:it |"
    r"this )?(?:off )?in "
    r"(?:parts|instal+ments|stages|chunks|installments|pieces)\b",
    r"\b(?:\d+|two|three|four|five|six|several|monthly|weekly) (?:monthly |weekly |smaller )?"
    r"payments\b|\bsmaller payments\b|\bpartial payments?\b|\bpart[- ]payments?\b",
    r"(?<!\bin )(?<!\bwithin )(?<!\bwhat )(?<!\bfor )"
    r"\b(?:a|per|each|every) (?:month|week|fortnight)\b"
    r"(?! today| tomorrow| from (?:today|now|tomorrow)| (?:on )?\w+day\b| early| late| ago| later| "
    r"or so)|"
    r"\bevery (?:two|2|"
    r"other|few) weeks\b|"
    # (not "our monthly review", "the monthly newsletter", "our monthly payment run")
    r"\bmonthly\b(?! (?:review|meeting|report|statement|newsletter|close|board|accounts|check|"
    r"catch-up|reconciliation|run|payment run|cycle)s?\b)",
    r"\bdribs and drabs\b|\bin bits and pieces\b|"
    r"\bspread (?:it|this|the (?:cost|payment|balance))\b|\bsplit(?:ting)? (?:it|this|the "
    r"(?:payment|balance|amount|bill|invoice)|(?:it )?into)\b|\bhalf now\b|\bother half\b|"
    # "Can we split INV-8841 into two?"
    r"\bsplit(?:ting)? (?:invoice )?#?[a-z]*-?\d[\w/-]* into (?:two|three|four|\d|halves|parts|"
    r"payments|instalments|installments)\b",
    r"\b(?:could|can|may) (?:i|we) have (?:until|till|another|more|a few|some|a bit)\b|"
    r"\b(?:more|extra|additional) time\b|"
    r"\b(?:couple|few) (?:more|extra) (?:weeks|months|days)\b|"
    r"\bextension\b|\bbreathing room\b|\bgrace period\b|\bhardship\b|\bwork something out\b|"
    r"\bcan'?t (?:afford|pay) (?:it |this )?(?:all|in full|the (?:whole|full))\b",
    r"\bemis?\b|\beach (?:payday|pay day|week|month|fortnight)\b|\bevery (?:payday|pay day|monday|"
    r"tuesday|wednesday|thursday|friday)\b|\b(?:in|by) (?:bits|dribs|parts|stages|chunks)\b",
    r"\b(?:half|part|some|\d+%?|[£$€]\s?\d[\d,.]*|rs\.? ?\d[\d,.]*)\b.{0,40}\band the (?:rest|"
    r"remainder|balance|other half)\b",
    r"\bin (?:\d+|two|three|four|five|six) (?:gives|lots|times|parts|payments|goes)\b|\bevery "
    r"(?:other|second) (?:\w+day|week|month)\b|\btranch(?:e|es|en)\b|\b\d+% (?:now|today)\b",
    r"\bbit by bit\b|\blittle by little\b|\bsort (?:out )?a plan\b|\bstruggling\b|\bin (?:two|2) "
    r"halves\b|\bpay (?:it|this) off over\b",
    r"\b\d+ ?x ?[£$€]\s?\d",  # "3 x £233.33": no word to index, so on its own
    r"\bextended terms\b|\bextend(?:ed)? (?:the )?(?:terms|deadline|due date)\b",
    r"\bin (?:two|three|four|five|six|\d+|several|a few|equal|monthly|weekly)(?: equal)? (?:parts|"
    r"instal+ments|payments|chunks|bits|lots|tranches|amounts)\b|\bflexibility (?:on|with|around|"
    r"about) (?:the )?(?:timing|payment|the due date|dates?|terms)\b|\bput (?:this|it|the "
    r"(?:account|invoice|bill|balance)) on hold\b",
)

_PROMISE = (
    # "I'll run the card Friday", "I'll have that check in the mail Friday", "I'll see you
    # right Monday next"
    r"\b(?:i'll|i will|we'll|we will) (?:run|put through) (?:the|my|our) card\b|\b(?:i'll|i will|"
    r"we'll|we will) (?:have|get|put|drop) (?:that|the|a|your) (?:check|cheque|payment) in the "
    r"(?:mail|post)\b|\b(?:i'll|i will|we'll|we will) see (?:you|ye|yous) right\b",
    # "I will go into the post office in Ennis on Monday and pay the €612.40 over the counter"
    r"\b(?:will|'ll|shall|going to) (?:go|pop|nip|call|drop|head|come) (?:in|into|down|round|"
    r"over|to|by)\b[^.]{0,60}\band (?:pay|settle|clear)\b",
    r"\bthen (?:i|we) (?:can|will|'ll) pay (?:it |this )?(?:straight away|right away|immediately|"
    r"at once|the same day)\b",
    r"\b(?:will|'ll|going to) (?:eft|bacs|e-?transfer|zelle|venmo|interac|paypal|revolut|bizum|"
    r"wire) (?:you|it|the|this|that)\b",
    r"\b(?:will|shall|'ll) do the needful\b",
    # "We're good for the £1,960 on the 31st": the writer vouches they will pay
    r"\b(?:we're|we are|i'm|i am|we'll be|i'll be) good for (?:it|the (?:money|balance|lot|full)|"
    r"the [£$€]?\d|[£$€]?\d)",
    # "Check for the full $8,250.00 goes in the mail Wednesday": the present for what is to come
    r"\b(?:check|cheque|payment|transfer|money)\b(?:[^.?!]|\.\d){0,40}\bgoes (?:in the "
    r"(?:mail|post)|out)\b"
    r"(?! (?:yesterday|last)\b)",
    # "Paying it later this month", "Paying it when I get paid": the present for what is to come
    r"^\W*(?:(?:i'm|i am|we're|we are|will be|i'll be|we'll be) )?paying (?:it|this|that|you|the "
    r"(?:bill|invoice|balance|rest))\b,? (?:later|when|once|after|on|by|next|this|at the end|"
    r"end of|before|tomorrow|tonight|soon|asap|as soon)\b",
    # a day the reply opens with, agreed to ("Next Wednesday (12th) works for me"), not a call
    r"^\W*(?:(?:hi|hello|hey|ok|okay|yes|yeah|sure)\b\W*)?(?:(?:this|next|on|this coming) )?"
    r"(?:(?:mon|tues|wednes|thurs|fri)day|the \d{1,2}(?:st|"
    r"nd|rd|th))\b[^.?!]{0,16}\b(?:works|suits|is (?:fine|good|ok|okay)) (?:for )?(?:me|us)\b"
    r"(?! (?:for|to) (?:a |the )?(?:call|chat|meeting|talk|visit))",
    # a bill sorted out once the writer is paid ("will sort the 385 after payday")
    r"\b(?:will|'ll|gonna) (?:sort|square|settle|clear) (?:it|this|that|the (?:bill|invoice|"
    r"balance|money|\d[\d,.]*))\b[^.?!]{0,20}?\b(?:after|on|once|when) (?:pay ?day|i get paid|my "
    r"wages|my pay(?:check| ?cheque)?)\b",
    # paying as soon as they can: a promise with no day ("Paying it as soon as possible")
    r"(?<!\bcan't )(?<!\bcannot )(?<!\bnot )(?<!\bhow to )(?<!\bunable to )"
    r"\b(?:pay\w*|settl\w+|transfer\w*)\b[^.?!]{0,30}?\b(?:as soon as (?:possible|poss|i can|we "
    r"can)|asap|at the earliest opportunity)\b",
    r"^\W*(?:payment|transfer|cheque|check|funds|pago|transferencia|paiement|virement|zahlung|"
    r"überweisung)\s+(?:will\s+\w+\s+)?(?:on|by|before|next|this|el|le|am|bis)\b",
    r"\b(?:transferring|paying|sending|wiring) (?:it|this|that|the (?:money|payment|balance|"
    r"funds)) (?:now|today|tonight|shortly|right away)\b",
    r"\b(?:will|'ll|going to) (?:take care of|sort out|sort|deal with|handle|clear) "
    r"(?:the (?:payment|invoice|bill|balance)\b|(?:it|this|that)\b(?: \w+){0,3} (?:today|"
    r"tomorrow|tonight|this week|next week|on (?:the )?\w+|by (?:the )?\w+|just now|now now|"
    r"right away|straight away|this (?:morning|afternoon|evening)))",
    r"\bexpect (?:the |our |a |my )?(?:transfer|payment|cheque|check|funds|money|remittance)\b",
    # "Ill pay yer Tuesdee": "I'll" typed without its apostrophe, at the start of a sentence
    r"^\W*ill (?:\w+ ){0,2}(?:pay|send|transfer|settle|clear|sort)\b",
    r"^\W*(?:will|should|shall|gonna)\s+be\s+(?:with you|in your (?:account|bank))\b|"
    r"^\W*(?:will|should|shall|gonna)\s+(?:be\s+)?(?:pay|paid|sent|send|transfer\w*|settled?|"
    r"sort\w*)\b",
    r"\b(?:will|'ll|going to)\s+(?:sort|get)\s+(?:out\s+)?(?:the\s+|it\s+|this\s+)?"
    r"(?:payment|paid|sorted)\b",
    r"\b(?:will|'ll|ll|shall|going to|gonna|plan to|planning to|intend to|expect to|aim to|"
    r"hope to|(?<!so i )(?<!so we )(?<!so that i )(?<!so that we )(?<!whether you )(?<!\bif you )"
    r"(?:can|could))\b(?! you| u\b| "
    r"i\b| we\b)(?: \w+){0,3} "
    r"(?:pay|send|transfer|wire|settle|remit|clear|process|"
    r"release|do so|do it|make (?:the |a )?payment|hand (?:you |over )?(?:the )?(?:cash|money|"
    r"cheque)|drop (?:off|round|in|by)(?: (?:the|a|an|your))?(?: \w+)? (?:cash|money|cheque|"
    r"check|payment|envelope|[$£€]|\d)|"
    r"get (?!back)(?:the|it|this|that|you|payment|\$|£|€)|"
    r"have (?:the|it|this|payment)|go out|be (?:paid|sent|settled|made|processed|transferred|"
    r"wired|released|with you))\b",
    r"\b(?:payment|it|this|cheque|check|transfer|funds|money)\b(?: \w+){0,2} (?:will|'ll|should|"
    r"is going to) (?:be (?:with you|made|sent|paid|released|processed|on)|go out|arrive|reach)\b",
    r"\byou(?:'ll| will| should)? (?:have|get|receive|see) (?:it|the|payment|this|your|the money|"
    r"funds)\b(?! wrong\b)",
    r"\bpayment run\b|\b(?:scheduled|booked|queued|set up|lined up) (?:for|in|on)\b(?! (?:me|us|"
    r"him|her|them)\b)|"
    r"(?<!can i )(?<!could i )(?<!should i )(?<!do i )\bpay(?:ing)? (?:it |this |that |you )?"
    r"(?:(?:on|by|before) (?:the |this |next )?(?:\d|end|last|first|start|monday|tuesday|"
    r"wednesday|thursday|friday|saturday|sunday|tomorrow)|tomorrow|today|tonight|"
    r"next (?:week|month|\w+day)|"
    r"this (?:week|month|\w+day)|monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b",
    r"\bexpect (?:it|this|them)\b|\b(?:payment|check|cheque|pay|bacs|supplier) run\b|"
    r"\b(?:money|payment|funds|it|transfer)\b(?: \w+){0,2} (?:will|'ll|should) be (?:in|with) "
    r"(?:your|the) (?:account|bank)\b|\b(?:money|payment|funds|it|this) (?:goes|go|will go|is "
    r"going) out\b",
)

# What a question is about, for it to count: `\b(?:...|...)\w*` of these. Each is also its
# own pattern in the sentence index, so a sentence is searched only for the topics whose words
# it holds: the whole alternation is slow to try at each character of a long sentence.
# The guarantee, in the four languages: a topic a question may be about (`_TOPICS`), and
# what `_GUARANTEE_ASKED` asks of.
_GUARANTEE = r"guarantee[ds]?|warrant(?:y|ies)|garant[ií]a|garantie|gew(?:ä|ae)hrleistung"
_TOPICS = (
    r"invoice", r"bill", r"pay", r"payment", r"paid", r"account", r"bank", r"card",
    r"statement", r"copy", r"what's (?:this|it) for", r"swift", r"bic", r"bsb", r"ifsc",
    r"relates? to", r"how much", r"reissue",
    r"link", r"who are you",
    r"what(?:'s| is) (?:this|it) (?:regarding|about)", r"details", r"charge", r"amount",
    r"resend", r"re-send", r"send (?:it|this|them) again", r"american express", r"amex", r"visa",
    r"mastercard", r"paypal",
    r"venmo", r"zelle", r"credit card", r"debit card",
    r"what (?:is|was|are) (?:the|this|that) [^?]{0,30} for",
    r"fee", r"balance", r"breakdown", r"itemi[sz]ed", r"vat", r"tax",
    r"w-?9", r"abn", r"currency", r"(?:canadian|us|american|australian|nz) dollars",
    r"number to call", r"admin", r"line item", r"proof of delivery", r"receipt",
    r"po number",
    r"purchase order", r"contract", r"document", r"paperwork", r"owing", r"owed",
    r"confirmation", r"hours", r"terms", r"portal", r"log ?in", r"password", r"credit note",
    r"discount",
    r"is (?:this|it|that) for", r"is (?:invoice |bill )?[a-z]{2,5}-?\d{2,} for", r"gstin",
    r"pan details", r"delivery note",
    r"pdf", r"which \w+ is this for",
    r"remit", r"sort code", r"iban", r"routing",
    r"transfer", r"check", r"cheque", r"covers?", r"owe",
    r"due", r"what (?:is|was) (?:this|it) for", r"what (?:this|it) (?:is|was) for", r"who is this",
    r"job", r"reference", r"payee", r"direct debit", r"deposit", r"inclusive",
    r"included", r"labour", r"materials", r"person to speak to",
    # what the guarantee covers, in the four languages
    _GUARANTEE,
)
_TOPICS += tuple(topic for language in _LANGUAGES for topic in language.QUESTION_TOPICS)
# Words that begin with a topic and are no topic: a topic is a stem, in any of the languages
# ("card" in "Cardiff", German "Summe" in "summer", "fee" in "feel", Spanish "precio" in
# "preciosas", French "carte" in "cartel").
_NOT_A_TOPIC = (
    r"(?!(?:cardiac|cardiff|cardigans?|cardboard|cartel|carter|copyright|dueñ|extractor|fee[dlt]|"
    r"linkedin|monto[ry]|nite\b|nitril|owen\b|paysag|plinth|precios[ao]|precious|ribs\b|"
    r"rib[ae]|ribbon|ruche|sommer|summer|taxis?\b|totall?y|vater)\w*)")
_QUESTION_TOPIC = re.compile(rf"\b{_NOT_A_TOPIC}(?:{'|'.join(_TOPICS)})\w*", re.IGNORECASE)
_QUESTION_ASK = (
    # asked without a question mark: "Can I pay by card", "is there a late fee on this or is it
    # just the original amount", "whats the invoice number for this one", "Pls send invoice copy"
    # (not "Can do Wednesday week.": agreed to)
    r"^\W*(?:(?:can|could)(?! do\b)|may|does|is|what(?:'s|s| is)?|where|who(?:'s|s| is)?|which|"
    r"how|why|is it ok(?:ay)? if|do (?:u|you))\b",
    r"\b(?:pls|plz|please|kindly) (?:send|resend|share|advise|confirm|forward)\b|\bneed (?:the|"
    r"your|a|an) (?:\w+ ){0,2}(?:sort code|account number|iban|bic|swift|bank details|"
    r"remittance details|"
    r"invoice number|po number|w-?9|statement|copy)\b",
    r"\b(?:need|needs|want|would like|'d like|require|requires) (?:a |an |another |the |your "
    r")?(?:copy|copies|duplicate|breakdown|receipt|statement|itemi[sz]ed|details)\b",
    r"\b(?:can|could|would|will) you (?:please )?(?:send|resend|forward|email|e-mail|provide|"
    r"confirm|tell|let me know|explain|share|check)\b",
    r"\bplease (?:send|resend|provide|confirm|explain|forward|advise|share)\b",
    r"\b(?:how|where|when|what|which|why) (?:do|can|should|does|is|are|was|would|much|"
    r"exactly)\b",
    # "Who is this?", "Sorry, who do I pay?", not "I've passed it to Linda who does our bills"
    r"(?:^|[^\w\s]\s*|\b(?:and|but|so|then|sorry|hi|hello|ok|okay|um|erm)\s+)who (?:do|can|should|"
    r"does|is|are|was|would|exactly)\b",
    r"\bkindly (?:share|send|provide|confirm|advise|forward)\b|\b(?:can|could|would|will) you "
    r"(?:please )?(?:reissue|re-issue|update|add|include)\b|\bis (?:this|it|that) for\b",
    r"\b(?:what|which) \w+ (?:should|do|shall|must|can|would) (?:i|we)\b",
    r"\b(?:can|could|would|will) (?:someone|somebody|anyone) (?:please )?(?:tell|explain|confirm|"
    r"send)\b|\bwould you be able to (?:send|provide|confirm|explain|tell|share|resend)\b",
    r"\bwhat(?:'s| is) the (?:best|right|correct) (?:number|e-?mail|address|way|account|"
    r"reference)\b|"
    r"\b(?:need|needs|require|requires)\b[^.?!]{0,80}\b(?:confirmation of|your (?:abn|vat|tax|gst|"
    r"bank|company) (?:number|details|id))\b",
    # "not sure what this is for", "just wondering when this was due", "I'd like to see the
    # hours broken down"
    r"\bnot sure (?:what|why|which|where|when|how|if|whether)\b|\b(?:just )?wondering (?:when|"
    r"what|why|which|where|how|if|whether)\b|\b(?:i'd|i would|we'd|we would) like to (?:see|have|"
    r"get|know)\b",
)

# Asking for the reminders to go on ("keep them coming", "Hören Sie bitte nicht auf", "ne cessez
# pas de m'écrire", "sigan mandándolos"): an acknowledgement, and whatever else a model reads,
# no stop request.
_KEEP_SENDING_WORDS = (
    r"\bplease continue (?:to )?send\w*\b|\b(?:don'?t|do not) want (?:to )?stop the contact\b|"
    r"\b(?:don'?t|do not|no need to|never) (?:ever )?stop (?:sending|the reminders|reminding|"
    r"emailing)\b|"
    r"\bn'(?:arr[êe]tez|cessez) (?:surtout )?pas\b|"
    r"\b(?:keep|carry on|continue) (?:on )?(?:sending|them coming|reminding|emailing|the "
    r"reminders)\b|\b(?:hören|hört) sie (?:bitte )?(?:nicht|bloß nicht|ja nicht) auf\b|"
    r"\bnicht aufhören\b|\b(?:schicken|senden) sie (?:\w+ )?(?:ruhig |gerne |bitte )*weiter\b|"
    r"\bne (?:cessez|arr[êe]tez) (?:surtout )?pas\b|\bcontinuez (?:[àa]|de) (?:m'|me |nous )?"
    r"(?:envoyer|relancer|[ée]crire)|\bno (?:dejen|deje|dejes|paren|pare|pares) de\b|"
    r"\bsig(?:an|a|as) (?:envi|mand|escrib|record)\w*"
)

# A refund or credit thanked for ("Thank you for refunding the deposit so quickly", "Merci
# pour le remboursement de la caution", "Danke für die Rückerstattung der Kaution"): no claim
# on the bill, and, alone, an acknowledgement.
_REFUND_THANKED = (
    r"\b(?:thanks|thank you|cheers|many thanks)\b(?: \w+){0,3}? for (?:the |refunding |sorting "
    r"(?:the |out the )?)?(?:\w+ ){0,2}?(?:refund\w*|credit(?: note)?|deposit)\b|\bgracias por "
    r"(?:devolver\w*|la devoluci[óo]n|el reembolso|el abono|la nota (?:de )?cr[ée]dito)\b|"
    r"\bmerci (?:beaucoup )?(?:pour (?:l'avoir|le remboursement|la restitution|la note de "
    r"cr[ée]dit)|d'avoir rembours\w*)\b|\b(?:danke|vielen dank) "
    r"f(?:ü|ue)r die (?:gutschrift|r(?:ü|ue)ckerstattung|erstattung)\b|"
    r"\b(?:lleg[óo]|recib\w+) la nota (?:de )?cr[ée]dito\b[^.?]{0,60}\b(?:mil )?gracias\b")

# A fix thanked for ("Thanks for sorting the scratched door", "thanks for getting it changed so
# quickly", "Thanks for sending him back"): no dispute (`_PUT_RIGHT`), and an acknowledgement.
_A_FIX = (r"sorting|fixing|replacing|swapping|resolving|getting it (?:changed|sorted|fixed|"
          r"corrected)|sending (?:him|her|them|someone) back")
# A corrected bill thanked for ("Danke für die korrigierte Rechnung", "Thanks for taking the
# double-up off the invoice").
_CORRECTED_BILL_THANKED = (r"danke f(?:ü|ue)r die korrigierte rechnung|thanks for taking "
                           r"(?:the|that) [\w-]+ off")
# A reply made only of words of receipt and thanks, in any of the four languages ("k thx",
# "thnx 4 the reminder", "yep yep", "Fine.", "vale, anotado", "Ok, gesehen", "Jo, passt, hab's
# gelesen", "okie dokie", "seen, ta", "ok bud", "Thanks, received"): an acknowledgement, however
# few and however spelled. A "k" alone is not one (it signs a message as often as it agrees:
# "k ta" and "kk" agree), nor filler alone ("for the").
_RECEIPT_WORD = (
    r"(?:okie dokie|okey dokey|ok(?:ay|ey|i)?|kk|k ta|c not[ée]|on it|thx|thnx|thanx|tnx|thanks|"
    r"thank|ty|cheers|yep|yup|yes|yeah|fine|"
    r"noted|received|got|seen|understood|roger|gotcha|will do|vale|anotado|recibido|visto|"
    r"gracias|entendido|listo|dale|d'acc(?:ord)?|not[ée]|re[çc]u|vu|merci|compris|passt|"
    r"gelesen|erhalten|danke|verstanden|alles klar|gesehen|notiert|hab'?s|hab|grand|gut|great|"
    r"perfect|perfecto|parfait|brilliant|cool|genial|prima)"
)
_RECEIPT_FILLER = (
    r"(?:the|for|4|reminder|you|u|it|this|mate|pal|bud|boss|a lot|lots|much|very|so|and|k|ta|bien|"
    r"muchas|vielen|dank|ich|c'est|pour|le|rappel|ja|jo|si|s[íi]|aye|sehr|tr[èe]s)"
)
_RECEIPT_ONLY = (rf"^\W*(?=(?:{_RECEIPT_FILLER}\W+)*{_RECEIPT_WORD}\b)(?:(?:{_RECEIPT_WORD}|"
                 rf"{_RECEIPT_FILLER})(?:\W+|$)){{1,6}}$")
_ACKNOWLEDGED = (
    _REFUND_THANKED,
    _RECEIPT_ONLY,
    # a credit taken as settling it ("That squares everything up", "the balance is zero now",
    # "I see you've applied the credit now", "das Konto steht auf null")
    r"\bsquares? (?:everything|it all|us) up\b|\bthe balance is (?:now )?zero\b|\bi see you've "
    r"applied the credit\b|\bdas konto steht auf null\b",
    # "I have it printed off now and put it with the other bills": kept, nothing promised
    r"\bprinted (?:it |this )?(?:off|out)\b[^.]{0,40}\bwith (?:the|my|our) (?:other )?(?:bills|"
    r"post|paperwork)\b",
    r"^\W*(?:\w+\W+)?i (?:seen|see|saw) it\W*$|\bi (?:receive|received|got) your "
    r"(?:message|e-?mail|mail)\W*$",
    r"\b(?:will|'ll) get (?:a)?round to it\b|\b(?:make sure|ensure) (?:this|it) gets to the "
    r"right (?:person|people|department|team)\b",
    # "Yes we're aware it's outstanding"
    r"\b(?:we're|we are|i'm|i am) (?:well )?aware (?:it's|it is|that|of (?:it|this|the (?:invoice|"
    r"bill|balance|debt)))\b",
    _KEEP_SENDING_WORDS,
    # "Flagged to Sandra", "Logged on our system", "It's with approvals", "It's in the queue",
    # "ok will look", "I'll show him this", "I have escalated this internally"
    r"^\W*(?:flagged|logged|escalated)\b|\b(?:flagged|escalated) (?:it |this )?(?:to|with|"
    r"internally)\b|\bescalated (?:this|it) internally\b|\blogged (?:on|in|it|this)\b",
    r"\b(?:it's|it is|this is|your invoice is|the invoice is|invoice is) (?:now )?(?:with|in|on|"
    r"going to) (?:\w+ ){0,3}(?:approvals?|queue|desk|list|board|controller|workflow|sign-?off|"
    r"finance|accounts|"
    r"procurement)\b|"
    r"\bon (?:my|his|her|their) desk\b",
    r"\b(?:will|'ll) (?:look|deal with (?:it|this))\b(?! (?:at|for) (?:a|the) (?:way|plan))|"
    r"\b(?:i'll|i will) show (?:him|her|them) (?:this|it)\b|\b(?:talk|speak) it over with\b|"
    r"\bmake sure the right person sees\b|\bnudged\b|\bpassing (?:it |this )?(?:along|on)\b|"
    r"\b(?:passing|forwarding) (?:it |this )?(?:on |over )?to\b|"
    r"\bnote in the diary\b|\bring (?:her|him|them) back\b|\b(?:i've|i have|we've|we have) "
    r"(?:made|taken) a note of (?:this|it|the)\b|\b(?:i'll|i will|we'll|we will) go through (?:it|"
    r"this) with (?:him|her|them)\b",
    r"\b(?:thanks?|cheers) (?:you )?for (?:letting (?:me|us) know|the (?:info|information|update|"
    r"(?:polite |friendly |gentle |kind )?reminder))\b|"
    r"\bjust confirming (?:i've|i have|we've|we have) (?:received|got) (?:this|it|your)\b|"
    r"\b(?:will|'ll) pass (?:it |this )?(?:on|along|to)\b|\b(?:i've|i have|we've|we have) passed "
    r"(?:it|this|the (?:invoice|bill|reminder|e-?mail)|your (?:invoice|e-?mail|reminder)) (?:on |"
    r"along |over )?(?:to|on)\b|"
    r"^\W*(?:(?:yep|yes|yeah|ok|okay)\W+)?received\b",
    r"\b(?:forwarded|passed|sent) (?:this|it|your (?:e-?mail|message|reminder)) "
    r"(?:on |along |over )?"
    r"to\b|\b(?:passed|handed|forwarded|sent|passing) (?:it|this) (?:on|over|along|upstairs)\b|"
    r"\bhave (?:forwarded|passed on)\b",
    r"\b(?:will|'ll|let me|going to) (?:look into|check|investigate|review|get back to you|"
    r"follow up|find out|chase|sort)\b|\blooking into (?:it|this)\b|\bwill get back\b",
    r"\bthanks for (?:the|this|your) (?:reminder|e-?mail|note|heads[- ]up|nudge|message)\b|"
    # a fault put right, thanked for ("Thanks for arranging it", "Cheers for sorting the
    # scratched door", "Appreciate you chasing the supplier for us", "Thanks for sending him
    # back"), or the bill handed on ("Le paso la factura a mi marido")
    r"\b(?:thanks|thank you|cheers) (?:so much )?for (?:arranging|chasing|" + _A_FIX + r")\b|"
    r"\bappreciate (?:you|it) (?:chasing|sorting|fixing|arranging|sending)\b|"
    r"\b(?:le|les) paso la factura a\b|"
    # a corrected bill thanked for, or received with thanks ("Gracias por corregirlo tan rápido",
    # "Merci pour la facture corrigée", "Danke für die korrigierte Rechnung", "Thanks for taking
    # the double-up off", "received with thanks", "Ok vu", "Hab's erhalten, danke")
    r"\b(?:gracias por corregir\w*|merci (?:pour|d'avoir) (?:la facture corrig[ée]e|corrig\w+)|"
    + _CORRECTED_BILL_THANKED + r"|received with thanks|herzlichen dank f(?:ü|ue)r die "
    r"unkomplizierte)\b|^\W*ok,? vu\b|"
    r"\bhab'?s erhalten\b|"
    # "alright, appreciate the heads up", "yep saw it", "ok bud" (a thumbs up alone is unclear),
    # "okay thank you for the email have a good day"
    r"^\W*(?:ok(?:ay)?\W+)?thank you for (?:the|this|your) (?:e-?mail|reminder|message|note)\b|"
    r"\bappreciate the (?:heads[- ]up|reminder|nudge)\b|^\W*(?:yep|yes|yeah|ok)\W+saw (?:it|this)"
    r"\W*$|"
    r"\bnoted\b|\bgot it\b|\backnowledged?\b|\backnowledging receipt\b|"
    # read, seen, received, handed on, in four languages ("Forwarding to my bookkeeper", "I'll
    # give it to Daddy", "Copying in Jess", "I've put your email in his tray", "I have read it",
    # "I'll get to yours this week", "J'ai vu votre mail", "On a bien eu votre
    # courriel", "Nous ... revenons vers vous", "Ihre Mail ist bei uns angekommen", "geb es an die
    # buchhaltung weiter", "ya me llegó")
    r"\b(?:i'll|i will|we'll|we will) (?:forward|"
    r"pass|send|give) (?:this|it|your \w+) (?:on |along |over )?to\b|\bcopying in\b|\bin (?:his|"
    r"her|their) (?:tray|pigeonhole|in-?tray)\b|\b(?:i have|i've) read it\b|"
    r"\bseen your (?:e-?mails?|messages?|reminders?|letters?)\b|\b(?:get|"
    r"getting) to (?:yours|it|this) (?:this|next|by|on|later|soon|today|tomorrow)\b|\bwill read "
    r"(?:this|it) (?:properly )?later\b|\bj'ai (?:bien )?(?:vu|re[çc]u|lu) votre (?:mail|e-?mail|"
    r"courriel|message|rappel)\b|\b(?:on a|nous avons|j'ai) bien (?:eu|re[çc]u) votre\b|"
    r"\b(?:revenons|reviendrons|reviens|reviendrai) vers vous\b|\bje mets en copie\b|\b(?:ihre|"
    r"deine) (?:e-?)?mail ist (?:bei uns )?angekommen\b|\b(?:habe|hab|haben) (?:die|ihre|deine) "
    r"(?:zahlungs)?(?:erinnerung|e-?mail|nachricht|mahnung) (?:erhalten|bekommen)\b|"
    r"\b(?:gebe?|leite) (?:es|sie|das|ihre "
    r"mail) an (?:die|den|unsere?n?) \w+ weiter\b|\bya me lleg[óo]\b|"
    r"^\W*(?:yes|yeah|yep),? (?:i|we) know about (?:it|this)\b|"
    # "Grand, that's with the boss now"
    r"\b(?:that's|that is|it's|it is) (?:now )?with (?:the|my|our) (?:boss|manager|owner|director|"
    r"accountant|bookkeeper|partner|office)\b",
    r"\bpassed (?:it |this |(?:inv(?:oice)?[- ]?)?\d[\w-]* |(?-i:[A-Z]{2,5})-?\d[\w-]* )?"
    r"(?:on |along )?to\b|\bthey'll (?:handle|deal with|sort) it\b|"
    r"\b(?:will|'ll|shall) revert\b|\bwell received\b|\b(?:will|'ll|let me) (?:have|take) a "
    r"(?:wee |quick |proper |good |little )?(?:look|peek|gander|squiz|dekko)\b|\b(?:message|"
    r"e-?mail|reminder|note) received\b|\b(?:will|'ll) be in touch\b|"
    r"\b(?:will|'ll|going to) (?:speak|talk) (?:to|with)\b|\b(?:will|'ll) get (?:to|on(?:to)?) "
    r"it\b|\b(?:cheers|ta) (?:for|4) (?:the|this|your)\b",
    r"^\W*(?:forwarded|passed|sent) (?:on |along |over )?to\b|\b(?:haven't|have not|not) "
    r"forgotten\b|\bon my (?:list|radar|to-do)\b|\bget back to you\b|\bwrite back\b|\b(?:will|'ll) "
    r"(?:discuss|raise|bring up|mention)\b",
    r"\bleaving (?:this|it) with\b|\bpick it up\b|^\W*(?:yep|yes|ok)?\W*seen (?:this|it)\b|"
    r"^\W*seen,? thanks?\b|\bi(?:'ve| have) seen (?:it|this|the (?:new|revised|corrected|"
    r"updated|amended) (?:invoice|bill|statement))\b|"
    r"\bgeht an (?:die|unsere) (?:kreditorenbuchhaltung|buchhaltung|finanzabteilung)\b|"
    r"\b(?:will|'ll|shall) (?:forward|pass|send) (?:this|it) (?:on |along )?"
    r"to (?:our|my|the)\b|^\W*copy that\W*$|\b(?:added|put) (?:it|this) (?:to|on) (?:the|our|my) "
    r"(?:list|agenda)\b|\b(?:cc'd|copied in|looped in) (?:our|my|the)\b|\b(?:will|'ll) have a word "
    r"with\b|"
    r"\bforwarded to\b",
    r"\b(?:i'm|i am|we're|we are) aware of (?:it|this)\b|\bleave it with (?:me|us)\b|\bshared "
    r"with (?:our|the)\b|\bnecessary action\b",
    r"\blet me (?:talk|speak|check|have a word) (?:to|with)\b|\b(?:i'll|i will|i need to|i'll have "
    r"to|i have to|we'll|we will|we need to|we'll have to) (?:\w+ ){0,2}(?:check|look into|look at|"
    r"go "
    r"through|review) (?:my|our|the)\b",
    r"\b(?:has|have) been (?:informed|notified|escalated|forwarded|passed on|passed to|referred)\b|"
    r"\bescalated (?:this |it )?to\b|^\W*(?:ta|thanks|cheers|ok)?\W*seen it\b|\b(?:have|take) a "
    r"(?:proper |quick |good )?(?:look|squiz|gander|peek|butcher's)\b",
    # "I've flagged it with Joanne", "passed it onto Gemma", "put it on the agenda for Friday"
    r"\b(?:i've|i have|we've|we have|i|we) (?:flagged|logged|chased) (?:it|this|the invoice|our|"
    r"the|with)\b|\bpassed (?:it |this )?onto\b|\bput (?:it|this) (?:on|in) (?:the|my|our) "
    r"(?:agenda|pile|list|queue|tray)\b|\bon the agenda\b|\bnot ignoring (?:you|this|it)\b",
    r"\b(?:will|'ll) look at (?:it|"
    r"this)\b|\b(?:it's|it is|this is) (?:now )?(?:with|sitting with) (?:our|the) (?:\w+ )?(?:team|"
    r"department|approvals?|accounts|finance|ap)\b",
    r"\b(?:check|speak|talk) with my (?:husband|wife|partner|business partner|boss|manager|"
    r"accountant|bookkeeper)\b",
    # Sent on inside the debtor's firm: "It's been passed up the chain", "I've kicked it up to
    # the regional office", "I'll flag it with procurement", "put it in the boss's tray", "I'll
    # make sure she sees this", "will ask Darren when he's back", "scheduled it for review"
    r"\bup the (?:chain|line|ladder)\b|\b(?:kick(?:ed)?|push(?:ed)?|sen[dt]|pass(?:ed)?|"
    r"bump(?:ed)?) (?:it|this) up to\b|\bflag (?:it|this) (?:with|to)\b|\bput (?:it|"
    r"this) in (?:the|my|our) (?:\w+'s )?(?:tray|inbox|pile|in-?tray)\b|\bmake sure (?:she|he|"
    r"they|the right person|someone) (?:sees?|gets?) (?:this|it)\b|\b(?:will|'ll|"
    r"let me) ask (?:him|her|them|(?-i:[A-Z][a-z]+)\b)(?! (?:for|if|whether|about (?:a|"
    r"the) (?:plan|discount)))|\b(?:scheduled|queued|put) (?:it|this) (?:in )?for (?:review|"
    r"approval|sign-?off)\b|\bsee where (?:it's|it is|things are|we are|we're) at\b|\b(?:it's|"
    r"it has|has) been logged\b|\bwaiting (?:for|on) (?:the )?(?:\w+ ){0,2}(?:to approve|"
    r"approval|sign-?off)\b",
    # "I'll flick it to our bookkeeper", "Have cc'd Marguerite in accounts", "referred it to our
    # finance department", "I'll let our treasurer know", "put it in front of the directors"
    r"\b(?:flick|flicked|ping|pinged|bung|bunged|whizz|whizzed) (?:it|this) (?:over |across |on "
    r")?to\b|\b(?:referred|escalated|raised) (?:it|this|the matter|the invoice|your (?:e-?mail|"
    r"reminder|message)) (?:to|with)\b|\b(?:cc'd|cc'ed|copied in|copied)\b(?: \w+){0,3} (?:in|"
    r"from) (?:accounts|finance|payables|a/?p|admin)\b|\b(?:i'll|i will|will) let (?:our|my|the) "
    r"\w+ know\b|\bbring (?:it|this) to (?:the )?attention of\b|\bput (?:it|this) in front of\b|"
    r"\b(?:has |have )?gone (?:to|through to) (?:our|the) (?:\w+ )?(?:team|department|dept|office|"
    r"approvers?|directors?|board)\b|\b(?:she|he|they)(?:'ll| will) pick (?:this|it) up\b|"
    r"\b(?:i'm|i am|we're|we are) on it\b|\b(?:i've|i have|we've|we have) (?:now )?seen (?:the|"
    r"your) (?:invoice|reminder|e-?mail|bill|statement)\b",
    r"^\W*(?:right(?:o|oh)?|ta|cheers|thanks|thank you|many thanks|got (?:your|the) "
    r"(?:e-?mail|message|reminder)|righty-?o)\W*(?:thanks|cheers|ta)?\W*$",
    r"^\W*(?:roger(?: that)?|copy that|fair enough|10-4|sounds good)\W*(?:thanks|cheers)?"
    r"\W*$",
)


def _compile(patterns: tuple[str, ...], intent: ReplyIntent) -> tuple[re.Pattern[str], ...]:
    """`patterns` and those of each language module for `intent`, compiled."""
    every = patterns + tuple(pattern for language in _LANGUAGES
                             for pattern in language.PHRASES.get(intent, ()))
    return tuple(re.compile(pattern, re.IGNORECASE | re.MULTILINE) for pattern in every)


PHRASES: dict[ReplyIntent, tuple[re.Pattern[str], ...]] = {
    ReplyIntent.CEASE: _compile(_CEASE, ReplyIntent.CEASE),
    ReplyIntent.WRONG_PERSON: _compile(_WRONG_PERSON, ReplyIntent.WRONG_PERSON),
    ReplyIntent.DISPUTE: _compile(_DISPUTE, ReplyIntent.DISPUTE),
    ReplyIntent.PAID: _compile(_PAID, ReplyIntent.PAID),
    ReplyIntent.PAYMENT_PLAN: _compile(_PLAN, ReplyIntent.PAYMENT_PLAN),
    ReplyIntent.PROMISE_TO_PAY: _compile(_PROMISE, ReplyIntent.PROMISE_TO_PAY),
    ReplyIntent.QUESTION: _compile(_QUESTION_ASK, ReplyIntent.QUESTION),
    ReplyIntent.ACKNOWLEDGED: _compile(_ACKNOWLEDGED, ReplyIntent.ACKNOWLEDGED),
}


_FILTERED: dict[ReplyIntent, tuple[Prefiltered, ...]] = {
    intent: tuple(Prefiltered.of(pattern) for pattern in patterns)
    for intent, patterns in PHRASES.items()
}
_NAMED_PERSON = Prefiltered.of(_NOT_THE_NAMED_PERSON)
_DISCLAIMER = Prefiltered.of(re.compile(
    r"\b(?:confidential\w*|privileged|intended (?:solely |only )?for|intended recipient|"
    r"unauthori[sz]ed (?:review|use)|vertraulich|confidencial|confidentiel)\b",
    re.IGNORECASE,
))
_HUMAN_INTENTS = tuple(intent for intent in PRIORITY if intent in PHRASES)
# Nothing after it in its sentence that takes it back ("The invoice is correct apart from the
# call-out fee", "you agreed to knock off £50 but the invoice still shows the full amount").
_NO_BUT_AFTER = (r"(?![^.]*\b(?:but|except|apart from|other than|yet|still|however|aber|außer|"
                 r"mais|sauf|pero|excepto|salvo|sigue)\b)")
# What was wrong, put right ("Thanks for sorting out the missing boxes ... With that fixed I'll
# pay", "the issue with the damaged panel is fixed", "ok the credit note came through").
_PUT_RIGHT = (
    r"\b(?:thanks|thank you|cheers) for (?:the credit note|the replacement|" + _A_FIX + r")\b"
    + _NO_BUT_AFTER
    # ("Yes that's all fine now", "All sorted now the extra callout's been taken off", "that's
    # the revised one", "Following the replacement of the faulty inverter battery", "Nachdem der
    # Mangel ... jetzt behoben ist", "ya está solucionado")
    + r"|\b(?:that's |it's |is |all )?(?:all )?(?:sorted|fine|good) now\b" + _NO_BUT_AFTER
    + r"|\b(?:that's|this is|it's) the revised (?:one|invoice|bill)\b" + _NO_BUT_AFTER
    # a corrected bill received and found right ("Recibida la factura rectificada, ahora sí
    # cuadra", "quedó todo bien", "Merci pour la facture corrigée ... Tout est en ordre",
    # "Danke für die korrigierte Rechnung, jetzt stimmt auch die Hausnummer", "Die Gutschrift
    # ... ist angekommen", "Thanks for taking the double-up off the invoice, looks right now")
    + r"|\b(?:(?:recibida|recib[íi]) la factura rectificada|(?:merci pour|re[çc]u) la facture "
    r"corrig[ée]e|" + _CORRECTED_BILL_THANKED + r"|ahora s[íi] cuadra|"
    r"qued[óo] todo bien|tout est en ordre|jetzt stimmt (?:auch )?\w+|looks right now)\b"
    + _NO_BUT_AFTER
    + r"|\bgutschrift\b[^.]{0,40}\b(?:ist angekommen|(?:haben wir|habe ich) (?:\w+ )?(?:erhalten|"
    r"bekommen))\b" + _NO_BUT_AFTER
    # "The gluten-free mix-up was refunded in full by your manager and we're happy"
    + r"|\b(?:was|were|has been|have been|got) refunded in full\b" + _NO_BUT_AFTER
    + r"|\bfollowing the (?:replacement|repair) of\b" + _NO_BUT_AFTER
    + r"|\b(?:jetzt|nun|inzwischen) behoben\b" + _NO_BUT_AFTER
    + r"|\bya (?:est[áa]|qued[óo]) (?:solucionado|arreglado|bien)\b" + _NO_BUT_AFTER
    # "Gracias por resolver lo de las cajas", "merci d'avoir remplacé", "Glad we got the business
    # with the missing parts straightened out"
    + r"|\b(?:gracias por (?:resolver|arreglar|solucionar|cambiar)|merci d'avoir (?:r[ée]gl[ée]|"
    r"r[ée]solu|remplac[ée]|chang[ée]|r[ée]par[ée]))\b" + _NO_BUT_AFTER
    + r"|\bglad (?:we|you|that|it's|that's)\b[^.]{0,60}\b(?:straightened|sorted|cleared|ironed) "
    r"(?:out|up)\b" + _NO_BUT_AFTER
    + r"|\bwith that "
    r"(?:fixed|sorted)\b|\b(?:issue|problem) with\b[^.]{0,40}\b(?:is|was|has been|got) (?:now )?"
    r"(?:fixed|sorted|resolved)\b|\bcredit note (?:came|has come|arrived) through\b|\bnever had a "
    r"problem with the (?:bill|invoice)\b|\b(?:yours|your (?:invoice|bill)) is fine\b|\bnot "
    r"complaining about anything\b|(?:" + _REFUND_THANKED + ")" + _NO_BUT_AFTER + "|"
    # the bill itself found right beside a grumble ("the leak's fixed and the bill's fair", "la
    # facture de l'installation, elle, est correcte", "Votre facture n'est pas en cause", "Lo
    # suyo no tiene nada que ver, la factura está perfecta")
    r"(?<!think )(?<!sure )(?<!if )(?<!whether )(?<!say )(?<!said )"
    r"\bthe (?:bill|invoice|price)(?:'s| is) (?:fair|right|correct|spot on)\b" + _NO_BUT_AFTER
    + r"|\bthe price is what (?:was|we were) quoted\b" + _NO_BUT_AFTER + r"|"
    r"\bfacture (?:[\w']+ ){0,3}(?:elle,? )?est correcte\b|"
    r"\bvotre facture n'est pas en cause\b|\bla factura est[áa] perfecta\b|"
    r"\blo suyo no tiene nada que ver\b|"
    r"\bnot with you\b|\bno con (?:ustedes|usted|vos|vosotros)\b|\bpas avec vous\b|"
    # a difference settled before paying the rest ("you agreed to knock off the price of the
    # damaged panel, I've now paid the balance", "Nachdem wir die Sache ... geklärt haben",
    # "gracias por corregir la factura", "Ist überwiesen, komplett")
    r"\byou agreed to (?:knock|take) (?:off|down)\b" + _NO_BUT_AFTER + r"|\bnachdem wir (?:die "
    r"sache|das)\b[^.]{0,60}\bgekl(?:ä|ae)rt haben\b|\b(?:gracias por corregir|merci d'avoir "
    r"corrig\w+|thanks for (?:correcting|amending) the (?:invoice|bill))\b" + _NO_BUT_AFTER + r"|"
    r"\b(?:ist|is) (?:\w+ )?(?:überwiesen|"
    r"bezahlt),? (?:komplett|vollständig)\b|\bbestätige ich die vollständige zahlung\b|"
    # a credit that settled it ("Got the credit note ... That squares everything up", "Note de
    # crédit bien reçue, on est d'accord sur tout", "Gutschrift ist angekommen, das Konto steht
    # auf null", "Stornorechnung erhalten. Danke, damit ist der Fall abgeschlossen")
    r"\b(?:credit note|credit|gutschrift|stornorechnung|note de cr[ée]dit|nota (?:de )?cr[ée]dito|"
    r"abono|avoir|gutgeschrieben|(?:fully )?credited)\b[^?]{0,80}\b(?:squares? (?:everything|it "
    r"all|us) up|balance is (?:now )?zero|no concerns|"
    r"zero now|all good|(?:on est|nous sommes) quittes|d'accord sur tout|(?:steht )?auf null|"
    r"passt alles|(?:fall|sache) (?:ist )?(?:damit )?abgeschlossen)\b|\bfacture rectifi[ée]e est "
    r"bonne\b|"
    # a fault put right ("roof's not leaking since the second go", "La fuite ... est réparée
    # depuis le second passage", "Nachdem Ihr Kundendienst ... ausgetauscht hat, ist alles in
    # Ordnung")
    r"\bsince the second (?:go|visit|time)\b|\bnot leaking (?:since|any ?more)\b|"
    r"\best r[ée]par[ée]e? depuis\b|\bpas une goutte depuis\b|\bist alles in ordnung\b|"
    # a query given up ("My mistake", "so ignore my query", "Just curious which")
    r"\b(?:ignore my (?:last |previous |earlier )?(?:e-?mail|query|message)|just curious|not "
    r"fussed|nicht beanstanden|ce n'est pas une contestation|no es una queja)\b")
# Words that say outright that nothing is contested (`dispute_denied`; `_NOT_A_DISPUTE` holds
# them and more, such as "not disputing the plumbing, it's the parking", which may still go on
# to dispute something).
_ONLY_ASKING_WORDS = (
    r"\b(?:genuinely asking|just asking|only asking|not having a go|solo pregunto|s[óo]lo es una "
    r"pregunta|je préfère vérifier|juste pour vérifier|nur eine frage|nothing to argue about|"
    r"makes sense now|that makes sense)\b|" + _PUT_RIGHT)
# A debtor who says in so many words that they do not dispute (while asking for a copy, say)
# is taken at their word: nothing else in the reply makes it a dispute.
_NOT_A_DISPUTE = WordIndex.of_branches(re.compile(
    r"\b(?:(?:this|it)(?:'s| is) not a (?:complaint|dispute)|not (?:a complaint|"
    r"disputing(?! the (?:whole|entire|full|total|main)))|no dispute)\b"
    # A dispute or query now settled, and a wrong figure that was the debtor's own mistake.
    r"|(?<!until the )(?<!till the )(?<!once the )(?<!when the )(?<!before the )(?<!unless the )"
    r"(?<!until this )(?<!until our )(?<!until my )"
    r"\b(?:dispute|query)(?:'s| is| has been| was| got)? (?:now )?(?:resolved|"
    r"sorted|settled|cleared up)\b|\bno issue now\b|\b(?:wrong amount|mistake|error) (?:was )?"
    r"(?:on|at) (?:my|our) (?:side|end|part)\b|(?<!not )\b(?:my|our) (?:mistake|error)\b|"
    r"\b(?:was|were) (?:my|our) (?:end|side|fault),? not (?:yours|your end|your side)\b|"
    + _ONLY_ASKING_WORDS +
    r"|\bnot saying (?:i|we) won't pay\b|\b(?:i|we) just want to understand\b"
    r"|\bnot saying (?:that )?(?:the |your |this |that )?(?:bill|invoice|amount|price|charge|"
    r"figure|it|you)(?:'s|'re| is| are) (?:wrong|incorrect|too high|not right)\b"
    r"|\b(?:says|said|confirmed) (?:it's|it is|the invoice is|the bill is) (?:legit|fine|correct|"
    r"valid)\b"
    r"|\b(?:this|it) is the correct one\b"
    r"|\b(?:credit note|credit|abono|avoir|gutschrift)\b[^.?!]{0,60}\b(?:applied|included|incluye|"
    r"inclus|berücksichtigt|deducted|taken off|comes? separately|llega aparte)\b[^.!]{0,60}\?"
    r"|\b(?:applied|included|incluye|inclus|berücksichtigt)\b[^.?!]{0,40}\b(?:credit note|abono|"
    r"avoir|gutschrift)\b[^.!]{0,40}\?"
    r"|\bwrong thread\b|\bmeant for (?:the|my|our) [\w ]{1,25}\bnot (?:for )?you\b"
    r"|\b(?:we|i) settled it with\b|\bnothing to do with you\b|\bso no (?:issue|problem)s? at "
    r"all\b|\b(?:was|were) going to (?:query|dispute|question|challenge|complain about)\b|"
    r"\b(?:dispute|disagreement|query) (?:\w+ ){0,5}(?:is|was|"
    r"has been) (?:all |now |all now )?(?:settled|resolved|sorted)\b"
    + "".join(rf"|{words}" for language in _LANGUAGES for words in language.NOT_A_DISPUTE),
    re.IGNORECASE,
))

# The debtor's own message that went astray ("ignore my last, sent in error", "ignore that last
# one lads, it was meant for my brother"): no wrong person on the creditor's side.
# A reply sent to the wrong conversation ("Sorry, wrong thread, ignore me").
_ANOTHER_THREAD = (r"\bwrong thread\b|\breplied to the wrong\b|\bwrong attachment\b[^?!]{0,80}"
                   r"\bignore\b")
# Goods never ordered, with a guess at the wrong customer ("We never had a gutter cleaned ...
# did you send this to the right customer?", "Nosotros no hemos pedido nunca esa mercancía ...
# se han equivocado de cliente"): the claim is on the bill, the writer no wrong person.
_NEVER_ORDERED_WRONG_CUSTOMER = (
    r"^(?=[\s\S]*\b(?:never (?:ordered|had|placed|booked|bought)|no hemos pedido|nunca hemos "
    r"pedido|n'avons jamais command|nie bestellt)\b)(?=[\s\S]*\b(?:(?:wrong|right) "
    r"(?:customer|client|account)|equivocado de (?:cliente|cuenta)|mauvais client|"
    r"falschen kunden)\b)"
)
_NOT_A_WRONG_PERSON = re.compile(
    r"\b(?:ignore|disregard)\b (?:my|that|the|our) (?:last|previous|earlier|other)\b"
    # or papers with a wrong address on them ("the gas safety cert you issued has the wrong
    # address on it")
    r"|\b(?:has|have|had|with|put) (?:the |a )?wrong (?:address|name|postcode) on (?:it|them)\b"
    # or goods taken to the wrong address ("Your driver dropped the sofa at the wrong address")
    r"|\b(?:dropped|delivered|left|took|brought|sent) (?:\w+ ){0,3}(?:at|to) the wrong address\b"
    # or the writer's own old address kept on the bills ("stop putting my old address on the
    # letters")
    r"|\b(?:my|our) old address on (?:the|your) (?:letters|invoices|bills|statements)\b"
    # or the writer's own slip ("I'd put the wrong address on the order")
    r"|\b(?:i'd|i had|i|we'd|we had|we) (?:put|gave|typed|entered) (?:the |a )?wrong address on "
    r"(?:the|my|our) (?:order|form|booking|account)\b"
    r"|" + _NEVER_ORDERED_WRONG_CUSTOMER +
    # or a stranger's name on the creditor's papers ("The job sheet you attached is signed
    # "S. Wallis" - we have no one by that name"): the visit disowned, not the debtor
    r"|\b(?:signed|signature)\b[^\n]{0,60}\bno (?:one|body) (?:here )?(?:by|with) that name\b"
    r"|" + _ANOTHER_THREAD + r"|\bthat (?:last one )?was (?:meant |intended )?for "
    r"(?:my|the) (?!late\b)\w+"
    # or someone who took over from the contact who left, and answers for the debt ("Laura ya
    # no está en la empresa, ahora llevo yo sus cuentas", "c'est moi qui reprends ses dossiers")
    r"|\bi(?:'ve| have) taken over (?:his|her|their) (?:accounts|clients|customers|work|role|"
    r"files|portfolio)\b|\bahora (?:llevo|lleva) yo\b|\bme (?:encargo|ocupo) yo de sus\b|"
    r"\bc'est moi qui (?:reprends|g[èe]re|m'occupe)\b|\bich habe (?:seine|ihre) (?:kunden|"
    r"aufgaben|akten|konten) (?:übernommen|ubernommen)\b"
    r"|\bi(?:'ve| have) taken over (?:accounts payable|the accounts|payables|a/?p)\b"
    # or who is the contact now ("I'm now the main contact as Grant has left", "I'm picking up
    # his supplier accounts", "je suis désormais votre interlocutrice", "sustituyo a Carmen")
    r"|\b(?:i'm|i am) now (?:the |your )?(?:main |new )?(?:contact|point of contact|responsible)\b"
    r"|\b(?:i'm|i am) (?:picking up|taking over|looking after) (?:his|her|their) (?:\w+ )?"
    r"(?:accounts|clients|customers|work)\b|\b(?:i've|i have) taken on (?:his|her|their) (?:\w+ )?"
    r"(?:accounts|clients|customers|work)\b|\bje suis désormais (?:votre|le|la) (?:interlocut\w+|"
    r"contact)\b|\bsustituyo a\b|\bsoy (?:la|el) nuev[oa] (?:administrativ[oa]|responsable|"
    r"contable|gestor[a]?)\b|\b(?:i'm|i am) the (?:new owner|new manager|managing agent)\b"
    # or someone who answers for the debt now ("I'm Olivia, the new office manager", "I'm her
    # replacement and I'll pay", "I'm running the farm now", "liabilities and all, so this
    # one's on us", "la deuda es de la sociedad", "Ich führe den Betrieb weiter und übernehme
    # die offene Rechnung")
    r"|\bi(?:'m| am)(?: [a-z]+,)? the new (?:\w+ )?(?:treasurer|bookkeeper|accounts? \w+|"
    r"finance \w+|office "
    r"manager|practice manager|business manager|bursar|administrator|payroll \w+|ap \w+|"
    r"controller)\b|\bon behalf of \w+(?: \w+)?,? who is (?:on (?:annual |maternity |paternity |"
    r"sick )?leave|away|off|out of (?:the )?office)\b|\bcovering for (?:her|him|them|\w+) "
    r"(?:while|this week|today)\b|\bi'm (?:her|his|their) replacement\b|\b(?:her|his|their) "
    r"replacement\b[^.]{0,40}\b(?:starts|will)\b|\bi'm running the \w+ now\b|\b(?:taken|taking) "
    r"over the (?:shop|business|firm|farm|company|practice)\b|\b(?:this|it|that) (?:one)?(?:'s| "
    r"is) on us\b|\bliabilities and all\b|\b(?:we've|we have|i've|i have) taken on (?:the |his |"
    r"her |their )?(?:previous owner's )?(?:supplier )?(?:accounts|debts|liabilities|bills)\b|"
    r"\bcarries on under\b|\bstill the right (?:e-?mail|address|contact)\b|\bstill forwards to "
    r"me\b|\basumimos las deudas\b|\bla deuda es de la (?:sociedad|empresa)\b|\bla pagamos "
    r"nosotros\b|\bme encargo yo\b|\b(?:übernehme|übernehmen) (?:die|alle) (?:offene[n]? "
    r")?(?:rechnung|schulden|verbindlichkeiten)\b|\bführe den betrieb weiter\b"
    # or a payment put on the wrong account at the creditor's ("Maybe it went against the wrong
    # account?", "Wurde sie vielleicht falsch zugeordnet?")
    r"|\b(?:went|gone|put|allocated|applied|posted|booked|credited|matched) (?:against|to|on|"
    r"onto) (?:the )?wrong (?:account|customer|invoice)\b|\bfalsch (?:zugeordnet|verbucht)\b|"
    r"\bmal (?:imput[ée]e?|affect[ée]e?)\b|\b(?:aplicado|asignado) a (?:la|otra) cuenta\b"
    # or a stranger in the story of the bill ("the delivery note is signed by someone who doesn't
    # work here", "firmado por una persona que no trabaja en esta empresa")
    r"|\b(?:signed|ordered|accepted|placed|booked) by (?:someone|somebody|a person|a man|a woman|"
    r"a guy) who (?:doesn't|does not|has never|never|no longer)\b|\b(?:firmad[oa]|pedid[oa]|"
    r"encargad[oa]) por (?:una persona|alguien) que no\b|\b(?:sign[ée]e?|command[ée]e?) par "
    r"(?:une personne|quelqu'un) qui ne\b|\bvon (?:einer person|jemandem)\b[^.]{0,20}"
    r"\b(?:unterschrieben|bestellt)\b[^.]{0,10}\bdie nicht\b",
    re.IGNORECASE)

# Someone who answers for the debt now that the contact has gone, or corrects an address of
# their own: not a wrong person, whatever a model makes of the words around it.
_ANSWERS_FOR_THE_DEBT = re.compile(
    # ("I'm the contact now", "His son Tom runs the business now", "I handle the money", "me he
    # hecho cargo del taller", "c'est moi qui le remplace", "je reprends la gestion de
    # l'entreprise")
    r"\bi(?:'m| am) (?:now )?(?:the|your) (?:main |new |only )?contact(?: now| here now)\b|"
    r"\bstop cc'?ing\b|\bi (?:handle|"
    r"run|manage|look after|do) the (?:money|accounts|books|payments|finances|bills)\b|\bruns? the "
    r"(?:business|shop|firm|company|farm|practice|garage|workshop|salon) now\b|\bin my name now\b|"
    r"\bme (?:he hecho|hago|haré) cargo\b|\bahora (?:las? )?llevo yo\b|"
    r"\bc'est moi qui (?:le |la |les )?"
    r"remplace\b|\bje (?:le |la )?remplace\b|\bje reprends (?:la gestion|l'entreprise|"
    r"l'affaire|le dossier|ses dossiers|la boutique|le cabinet)\b|\bich (?:habe|hab) (?:die "
    r"firma|den betrieb|das geschäft|den laden|die werkstatt|die praxis) übernommen\b|\bich "
    r"vertrete (?:ihn|sie)\b"
    # or a corrected address of the debtor's own ("Mauvaise adresse sur la facture (nous avons
    # déménagé)", "you've sent this to our old Hotmail address - please use ... from now on")
    r"|\b(?:wrong|old) (?:postal )?address on (?:the|your|our) (?:invoice|bill)\b|\bmauvaise "
    r"adresse sur (?:la|votre) facture\b|\bnous avons déménagé\b|\bwe(?:'ve| have) moved "
    r"(?:premises|offices?|address|to (?:unit|suite|our new|new|a new|\d))\b|\bupdate your "
    r"records (?:to|with) (?:our|my) new address\b|\b(?:please )?use [\w.+-]+@[\w.-]+ (?:from "
    r"now on|going forward|instead)\b",
    re.IGNORECASE)


# A new owner of the business ("I bought the business from his widow"), who answers for its
# bills unless they say this one is not theirs ("this email address came with the shop when I
# bought the business in 2024. The shelving was ordered before my time, so it's not my invoice").
_BOUGHT_THE_BUSINESS = re.compile(
    r"\bi bought the (?:business|shop|firm|company|practice|garage|salon)\b", re.IGNORECASE)
_NOT_THEIRS_TO_PAY = re.compile(
    r"\bnot (?:my|our) (?:invoice|bill|debt)\b|\bbefore (?:my|our) time\b|\b(?:theirs|his|hers),? "
    r"not (?:ours|mine)\b|\bnot (?:me|us) you need\b", re.IGNORECASE)


# The writer paying the bill themself, or asking to pay it in parts ("depuis le décès de mon
# mari ... Serait-il possible de payer en trois fois ? Je peux faire un premier chèque"): a
# bereaved or new contact who answers for the debt, not a wrong person.
_PAYS_IT_THEMSELF = re.compile(
    r"\b(?:i|we)(?:'ll| will| can| could| shall)? (?:pay|settle|clear) (?:it|this|the (?:bill|"
    r"invoice|balance|account)|you|£|\$|€|\d)|\b(?:can|could|may) (?:i|we) (?:pay|settle|clear)\b|"
    r"\bpayer en (?:deux|trois|quatre|plusieurs|\d) fois\b|\bje (?:peux|pourrais|vais) (?:vous )?"
    r"(?:payer|r[ée]gler|faire un (?:premier )?(?:ch[èe]que|virement))\b|\bje (?:paierai|"
    r"r[ée]glerai)\b|\b(?:puedo|podr[ií]a|podemos) pagar\b|\ble pagar[ée]\b|\ben (?:dos|tres|"
    r"cuatro|\d) (?:plazos|pagos|cuotas)\b|\bich (?:kann|könnte|werde|zahle)\b[^.]{0,30}"
    r"\b(?:zahlen|überweisen|begleichen|raten)\b|\bin (?:\w+ )?raten\b|\braten (?:zu|à|von)\b"
    r"|\bsplit (?:the|it|this)\b[^.?]{0,30}\b(?:payments|instalments|installments)\b"
    # or paid it ("My husband passed away in June ... I've now paid the £74 this morning")
    r"|\b(?:i|we)(?:'ve| have)? (?:now |just |already )?paid (?:it|this|the (?:bill|invoice|"
    r"balance|account)|the )?(?:£|\$|€|\d)"
    # or asks where to pay ("Could you resend the invoice and the bank details?", "à quel compte")
    r"|\b(?:send|resend|forward|give|need|furnish)\b[^.?]{0,40}\b(?:bank|account|payment) "
    r"details\b|\ba qu[ée] cuenta\b|\b(?:le |votre )RIB\b|\bbankverbindung\b",
    re.IGNORECASE)


# A payment the debtor only believes was made, with a request to check it and nothing that
# shows it: a question. ("I believe I paid last week, I have the confirmation" is paid.)
_UNSURE_IF_PAID = re.compile(
    r"\b(?:pretty sure|i'm sure|im sure|i am sure|i was sure|fairly sure|not sure|i think|"
    r"i thought|"
    r"i believe|"
    r"i was under the impression)\b,? (?:that )?(?:i|we|it|this|you|i'd|we'd|i've|we've|"
    r"payment|the payment)\b[^.?!]{0,30}\b(?:paid|went through|gone through|cleared|sent|"
    r"went out)\b|\b(?:creo que|me parece que|je crois que|je pense que|ich glaube|ich denke|"
    r"meines wissens|ich dachte|wir dachten|je pensais que|nous pensions que|cre[ií]a que|"
    r"pensaba que)\b,? [^.?!]{0,40}\b(?:pag(?:ó|o|ad[oa]|amos|u[ée])|pay[ée]e?|r[ée]gl[ée]e?|"
    r"bezahlt|überwiesen|beglichen)\b", re.IGNORECASE)
_CHECK_ASKED = re.compile(
    r"\b(?:can|could|would) (?:you|someone) (?:please )?(?:check|look|double[- ]?check|confirm|"
    r"verify)|\bplease (?:check|look|confirm|verify|double[- ]?check)\b|\bcheck (?:please|pls|your "
    r"(?:end|records|side))\b|\?\s*$|\b(?:pod[ée]is|podr[ií]ais|podr[ií]an?|puede[ns]?) "
    r"(?:comprobar|verificar|revisar|mirar|confirmar)\w*|\b(?:pouvez|pourriez)-vous (?:v[ée]rifier|"
    r"regarder|contr[ôo]ler|confirmer)\b|\b(?:k(?:ö|o)nnen|könnten) sie (?:das |es |bitte |"
    r"kurz )*(?:prüfen|nachsehen|überprüfen|checken|bestätigen)\b", re.IGNORECASE)
_PAYMENT_SHOWN = re.compile(
    r"\b(?:confirmation|receipt|ref(?:erence)?\b|screenshot|proof|remittance|just checked|yes|yep|"
    r"found it|i can see|bank statement)", re.IGNORECASE)

# Every pattern a sentence is tried with, in one index; `_OWNERS` says which are whose.
_INDEX = WordIndex(
    [member for group in _FILTERED.values() for member in group]
    + [_NAMED_PERSON, _DISCLAIMER]
    + [Prefiltered.of(re.compile(rf"\b{_NOT_A_TOPIC}(?:{topic})\w*", re.IGNORECASE))
       for topic in _TOPICS]
)
_OWNERS = tuple(intent for intent, group in _FILTERED.items() for _member in group)
# What a sentence is searched with: the same patterns, each behind a look-ahead for how its
# matches start (the index reads the words from the patterns as written).
_PATTERNS = tuple(with_start_lookahead(member.pattern) for member in _INDEX.members)
# The same for a text without line breaks, where `^` and `$` match only at its start and end
# with or without MULTILINE: without it, the engine tries a pattern that starts with `^` only
# at the start, not at every character.
_ONE_LINE = tuple(
    re.compile(pattern.pattern, pattern.flags & ~re.MULTILINE)
    if pattern.flags & re.MULTILINE and "^" in pattern.pattern else pattern
    for pattern in _PATTERNS
)
_NAMED_PERSON_ID, _DISCLAIMER_ID = len(_OWNERS), len(_OWNERS) + 1
_TOPIC_IDS = frozenset(range(len(_OWNERS) + 2, len(_INDEX.members)))
_EVERY_ID = frozenset(range(len(_INDEX.members)))
# The intent each pattern says, by index (`unclear` for a name, the disclaimer and a question's
# topic, which say none by themselves), and the patterns of each intent (none for an intent
# no phrase says, such as `bounce`: `says` answers False for it).
_SAID_BY = (*_OWNERS, *(ReplyIntent.UNCLEAR for _index in range(len(_OWNERS), len(_PATTERNS))))
_IDS_OF = {intent: frozenset(index for index, owner in enumerate(_OWNERS) if owner is intent)
           for intent in ReplyIntent}


def _may_say(words: str) -> dict[ReplyIntent, list[_Sentence]]:
    """The sentences of `words` by each intent they may say (`_Sentence.may_say`)."""
    saying: dict[ReplyIntent, list[_Sentence]] = {}
    for sentence in _sentences_of(words):
        for intent in sentence.may_say:
            saying.setdefault(intent, []).append(sentence)
    return saying


def strongest_said(words: str) -> ReplyIntent:
    """The strongest intent (DESIGN.md's priority) that a sentence of the debtor's own words
    says, `unclear` when none does. A sentence in a confidentiality disclaimer says nothing;
    an "if ..." sentence can only ask a question.

    The same as asking `says` of each sentence and intent, but the words the patterns need
    are looked up once in the whole text, so a sentence is tried only with the patterns that
    may match it, and the intents are tried strongest first, so the search stops at the
    first that a sentence says."""
    saying = _may_say(words)
    for intent in _HUMAN_INTENTS:
        said_by = [sentence for sentence in saying.get(intent, ()) if sentence.says(intent)]
        if said_by and not _taken_back(intent, words) and not (
                intent is ReplyIntent.CEASE and _only_the_address_dropped(said_by, saying)
        ) and not (intent is ReplyIntent.WRONG_PERSON and (
                _the_bill_disowned(said_by, saying) or _the_debt_taken_on(saying))
        ) and not (intent is ReplyIntent.CEASE and _one_bill_stopped(said_by, saying)
        ) and not (intent is ReplyIntent.CEASE and _a_complaint_taken_further(said_by, saying)):
            return intent
    return ReplyIntent.UNCLEAR


# A body that takes up a consumer's complaint about a charge, named as where the complaint
# went ("I've gone to the Financial Ombudsman about the fees", "Ich habe die
# Verbraucherzentrale eingeschaltet"): the charge is contested there, no one is asked to stop.
_COMPLAINT_BODY = re.compile(
    r"\b(?:ombudsman|ombudsstelle|verbraucherzentrale|verbraucherschutz|konsumentenschutz|"
    r"konsumentenforum|arbeiterkammer|schlichtungsstelle|citizens advice|trading standards|"
    r"profeco|omic|m[ée]diateur(?! de (?:dettes|surendettement))|office de la protection du "
    r"consommateur|defensa del consumidor)\b", re.IGNORECASE)
# ... unless the writer hands the matter to it ("speak to them instead", "wenden Sie sich an")
_COMPLAINT_HANDED_OVER = re.compile(
    r"\b(?:contact|speak to|talk to|deal with|write to) (?:them|him|her)\b|\binstead\b|"
    r"\bnot me\b|\bwenden sie sich\b|\bvertr(?:itt|eten)\b|\bcontactez-les\b|"
    r"\bdir[ií]j?anse a\b", re.IGNORECASE)


def _a_complaint_taken_further(ceasing: list[_Sentence],
                               saying: dict[ReplyIntent, list[_Sentence]]) -> bool:
    """Whether every sentence that asks to stop only names a consumer body the complaint went
    to, while another sentence contests the charge and none hands the matter over."""
    if not all(_COMPLAINT_BODY.search(sentence.text) and not says(
            ReplyIntent.CEASE, _COMPLAINT_BODY.sub("", sentence.text)) for sentence in ceasing):
        return False
    if any(_COMPLAINT_HANDED_OVER.search(sentence.text) for sentence in ceasing):
        return False
    return any(sentence.says(ReplyIntent.DISPUTE)
               for sentence in saying.get(ReplyIntent.DISPUTE, ()))


# The reminders of one bill ("stop the reminders on this invoice number", "stop the reminders
# for INV-2291", "cesser les relances sur ce numéro de facture", "keine Mahnungen mehr zu
# dieser Rechnung").
_ONE_BILL = re.compile(
    r"\b(?:on|for|about|regarding|of) (?:(?:this|that) (?:one )?(?:invoice|bill)(?: number)?\b|"
    r"(?:this|that) one\b|"
    r"(?:invoice |bill )?(?:no\.? ?|number |#)?[a-z]{2,5}[-/]?\d{2,}\b)|"
    r"\b(?:sur|pour|concernant) (?:ce|cette) (?:num[ée]ro de )?facture\b|\b(?:para|de|sobre) "
    r"(?:esta|este) (?:factura|n[úu]mero de factura)\b|\b(?:für|zu) (?:diese[rn]?|der) "
    r"rechnung\b", re.IGNORECASE)


def _one_bill_stopped(ceasing: list[_Sentence], saying: dict[ReplyIntent, list[_Sentence]]
                      ) -> bool:
    """Whether every sentence that asks to stop asks it only of one bill, which another
    sentence says is paid or disputes ("Payment of £2,340.00 went out via BACS this afternoon
    ... Could you please update your records and stop the reminders for INV-2291?", "Cette
    facture a déjà fait l'objet d'un avoir ... de cesser les relances sur ce numéro de
    facture"): the payment or the dispute of that bill, not a request to hear no more."""
    if not all(_ONE_BILL.search(sentence.text) for sentence in ceasing):
        return False
    return any(sentence.says(intent) and sentence not in ceasing
               for intent in (ReplyIntent.DISPUTE, ReplyIntent.PAID)
               for sentence in saying.get(intent, ()))


# A bill disowned: the debtor never ordered it, or it is not theirs ("This isn't our invoice",
# "We didn't order any work from you", "no corresponde a ningún pedido nuestro", "ordered by
# the landlord").
_BILL_DISOWNED = re.compile(
    r"\b(?:is|'s)(?:n't| not) our (?:invoice|order|bill)\b|\bnot our (?:invoice|order|bill)\b|"
    r"\b(?:never|didn't|did not|have not|haven't) (?:\w+ )?(?:ordered|order|booked|book|bought|"
    r"placed)\b|\bdon't even (?:stock|sell|use)\b|\bno corresponde a (?:ning[úu]n|nuestro)\b|"
    r"\bnunca (?:hemos )?(?:pedimos|pedido|encargamos|encargado|contratamos|contratado)\b|"
    r"\b(?:jamais|pas) command[ée]\b|\bnie bestellt\b|\bnicht bestellt\b|"
    # or someone else's to pay ("ordered and agreed by the landlord ... his responsibility,
    # not ours")
    r"\bresponsibility,? not (?:ours|mine|the (?:tenant|owner|occupier|leaseholder)'s)\b|"
    r"\b(?:we are|we're|i am|i'm) not liable\b|"
    r"\b(?:ordered|booked|agreed|requested) (?:and \w+ )?by "
    r"(?:the|our|my) (?:landlord|tenant|owner|freeholder|managing agent|previous \w+)\b|"
    + _REBILL_THEM,
    re.IGNORECASE)
# The addressing said to be wrong: the email, the address, the person or contact.
_ADDRESSING_WRONG = re.compile(
    r"\b(?:e-?mails?|inbox|mailbox|contact|person|addressee|recipient|(?:wrong|this|that|my|our|"
    r"the|e-?mail) address(?:es)?|work(?:s|ed|ing)? (?:here|there|for|at)|not me|correo|"
    r"courriel|persona|personne)\b", re.IGNORECASE)


def _the_bill_disowned(wrong: list[_Sentence], saying: dict[ReplyIntent, list[_Sentence]]
                       ) -> bool:
    """Whether a wrong company is told of only as the one the bill belongs to, by a debtor who
    disowns the bill ("This isn't our invoice. The PO on it belongs to Greenway Hotels, a
    separate company - we get mixed up with them"): a dispute of the bill, when no sentence
    says that the address or the person written to is wrong."""
    if any(_ADDRESSING_WRONG.search(sentence.text) for sentence in wrong):
        return False
    return any(_BILL_DISOWNED.search(sentence.text) and sentence.says(ReplyIntent.DISPUTE)
               for sentence in saying.get(ReplyIntent.DISPUTE, ()))


_I_LEFT = re.compile(_NOT_A_THING_LEFT + r"\b(?:i|i've|i have)"
                     r"(?: \w+)? (?:left|retired|no longer work|moved on)\b|"
                     r"\b(?:i'm|i am) no longer (?:with|at|employed|working)\b", re.IGNORECASE)


def _the_debt_taken_on(saying: dict[ReplyIntent, list[_Sentence]]) -> bool:
    """Whether someone on the debtor's side says the bill is paid, will be, or asks for terms,
    while telling of a contact who left, retired or died ("our accountant retired in October
    ... The invoice will be settled by the end of the month", "My husband passed away ... I
    have paid it in full today"): the address reaches someone who deals with the debt, so
    what decides is what they say of paying, not the person gone. Not when the writer is the
    one who left ("I left the company in May. Also I believe this was paid.")."""
    if any(_I_LEFT.search(sentence.text) for sentence in saying.get(ReplyIntent.WRONG_PERSON, ())):
        return False
    return any(sentence.says(intent)
               for intent in (ReplyIntent.PAID, ReplyIntent.PROMISE_TO_PAY,
                              ReplyIntent.PAYMENT_PLAN)
               for sentence in saying.get(intent, ()))


_DIED = re.compile(r"\b(?:passed away|died|deceased|death|funeral|late (?:husband|wife|mother|"
                   r"father|mum|dad|partner|son|daughter))\b", re.IGNORECASE)
# The address taken off the creditor's records ("please remove this address from your list",
# "take this address off whatever account it's on", "take me off this one"): by someone who is
# not the debtor, what a wrong person asks, not a stop request of the debtor's.
_ADDRESS_DROPPED = re.compile(
    r"\b(?:please |kindly )?(?:remove|take|delete|drop)\b (?:this|my|our|the|her|his) (?:e-?mail )?"
    r"(?:address|e-?mail|details|contact details)\b(?: (?:off|from)\b[^.]{0,40})?|\boff (?:your|"
    r"whatever|the|any) (?:mailing )?list\b|\btake (?:me|us) off\b(?: (?:this|that|the|your)"
    r"(?: one| list| account| records?| system| database)?\b)?|\bstop sending (?:(?:me|us) )?"
    r"(?:their|his|her|these|those) "
    r"(?:invoices|bills|post|mail|letters|e-?mails|reminders)\b(?: (?:to (?:me|us|this address)|"
    r"here))?|"
    # "Sáquenme de su lista", "Bórrenme", "merci de me retirer de votre liste", "streichen Sie
    # mich aus Ihrem Verteiler"
    r"\bs[áa]q(?:uen|ue)me de (?:su|la|sus) (?:lista|base|sistema)\w*\b|\bb[óo]rr(?:en|e)me\b|"
    r"\bme (?:retirer|supprimer|rayer) de (?:votre|la|vos) (?:liste|fichier|base)\w*\b|"
    r"\bstreichen sie mich aus\b|\bentfernen sie mich aus\b", re.IGNORECASE)


def address_of_the_dead_dropped(words: str) -> bool:
    """Whether the reply's only stop request drops the address of someone who has died ("My
    mother passed away in August. This was her email. Please remove this address from your
    list."): a bereavement for a person to handle, words a model may take for a stop request.
    (A firm that asks to drop a former employee's address "from your mailing list" may well
    be asking to stop: there the model decides.)"""
    if not _DIED.search(words):
        return False
    saying = _may_say(words)
    ceasing = [sentence for sentence in saying.get(ReplyIntent.CEASE, ())
               if sentence.says(ReplyIntent.CEASE)]
    return bool(ceasing) and _only_the_address_dropped(ceasing, saying)


def _only_the_address_dropped(ceasing: list[_Sentence],
                              saying: dict[ReplyIntent, list[_Sentence]]) -> bool:
    """Whether every sentence that asks to stop only asks for the address to be dropped,
    and another says the writer is the wrong person."""
    if not any(sentence.says(ReplyIntent.WRONG_PERSON)
               for sentence in saying.get(ReplyIntent.WRONG_PERSON, ())):
        return False
    return all(_ADDRESS_DROPPED.search(sentence.text) and not says(
        ReplyIntent.CEASE, _ADDRESS_DROPPED.sub("", sentence.text)) for sentence in ceasing)


# What was paid so far asked for, or a receipt for a deposit ("send a statement showing
# everything ive paid so far and whats left", "Could I get a receipt for the deposit I paid in
# August?"): a question about the account, not this bill paid.
_PAID_SO_FAR_ASKED = re.compile(
    r"\b(?:statement|breakdown|list|record)\b[^.?]{0,30}\b(?:everything|all|what) (?:i|we|i've|"
    r"we've|ive|weve|i have|we have) (?:have )?paid\b|\breceipt for (?:the|my|our) deposit\b",
    re.IGNORECASE)


# Other bills paid before this one, which is still to come ("Just paid the VAT bill Friday and
# the quarter's rent this morning ... £503.20 will be with you Friday week").
_OTHER_BILLS_PAID = re.compile(
    r"\bpaid (?:the|my|our) (?:\w+ )?(?:vat|tax|rent|mortgage|wages|payroll|insurance|"
    r"suppliers?|gas|electric(?:ity)?|council tax|car tax|school fees|loan)\b"
    r"(?! (?:and|&) (?:yours|your|this))", re.IGNORECASE)
_YOURS_NEXT = re.compile(
    r"\b(?:will be with you|you're next|you are next|next in (?:the )?(?:queue|line)|(?:i'll|"
    r"i will|we'll|we will) (?:pay|transfer|send) (?:you|yours|this|it))\b", re.IGNORECASE)


def _taken_back(intent: ReplyIntent, words: str) -> bool:
    """Whether the reply as a whole takes back what one of its sentences says: it says it is
    no dispute, the stray message or the contact who left is its own affair, or it only
    believes it paid and asks to check ("Pretty sure we paid in October - can you check?").
    Asked only once a sentence says `intent`: each search reads the whole text."""
    if intent is ReplyIntent.DISPUTE:
        return _NOT_A_DISPUTE.any_match(words, Folded.of(words))
    if intent is ReplyIntent.WRONG_PERSON:
        return bool(_NOT_A_WRONG_PERSON.search(words) or wrong_person_denied(words))
    if intent is ReplyIntent.PAID:
        return bool((_UNSURE_IF_PAID.search(words) and _CHECK_ASKED.search(words)
                     and not _PAYMENT_SHOWN.search(words)) or _PAID_SO_FAR_ASKED.search(words)
                    or (_OTHER_BILLS_PAID.search(words) and _YOURS_NEXT.search(words)))
    if intent is ReplyIntent.CEASE:
        if _MEANT_FOR_ANOTHER_THREAD.search(words):
            return True  # "Stop. Just... stop. What a week. Sorry, wrong thread, ignore me."
        if (_LAWYER_SAYS_IT_IS_DUE.search(words) or _THEIRS_NOT_OURS.search(words)
                or _INSOLVENCY_OVER.search(words)) and not _STOP_WORDS.search(words):
            return True
        return bool(_SEND_IT_ELSEWHERE.search(words) and not (
            _SENT_TO_A_REPRESENTATIVE.search(words) or _STOP_CONTACTING_ME.search(words)
            or _INSOLVENT_SELF.search(words)
            or (_ANOTHER_WAY_ASKED.search(words) and not _ANOTHER_EMAIL_GIVEN.search(words))))
    return False


# A stop request that only moves the reminders: to another of the debtor's addresses or to
# themself rather than a relative or colleague ("stop sending these to my old Hotmail and use
# accounts@... instead", "Please don't contact my wife about this... Email me here instead",
# "dejen de escribir al correo de Pedro... Me encargo yo"), or off the marketing list only
# ("Unsubscribe me from the newsletter - not these"). Not when it sends them to a lawyer or an
# insolvency practitioner.
_SEND_IT_ELSEWHERE = re.compile(
    # to the old postal address, as a link, the paper copy, the promotions only ("stop sending
    # the invoices to my old PO box", "Stop sending the invoice as a link ... attach the PDF",
    # "without also blocking the billing ones", "Los de facturación sí los quiero", "dejar de
    # mandar la factura física")
    r"\bstop sending (?:the |these |your )?(?:invoices?|bills?|statements?|post|letters?|paper"
    r"work) to (?:my|our) old (?:po box|p\.o\. box|postal address|house|office|flat|address)\b|"
    r"\b(?:invoices?|bills?|statements?) as (?:a )?links?\b|\bwithout (?:also )?(?:blocking|"
    r"stopping|losing) the (?:billing|invoice|invoicing)\b|\blos de (?:facturaci[óo]n|cobro) s[íi]"
    r"\b|\bdejar de (?:mandar|enviar)(?:me|nos)? (?:la |las )?facturas? f[íi]sicas?\b|"
    r"\buse [\w.+-]+@[\w.-]+ instead\b|\buse my (?:gmail|hotmail|yahoo|outlook|icloud|personal|"
    r"home|private)(?: e-?mail| address| account)?\b|\bto my old (?:hotmail|gmail|yahoo|outlook|"
    r"work |personal )?(?:e-?mail|address|account|inbox)?\b[^.]{0,30}\binstead\b|"
    r"\b(?:use|email|e-mail|write to|contact) (?:me )?(?:at |on )?(?:this|my|our|the) (?:new |"
    r"other |work |business )?(?:e-?mail|address|account|inbox)\b[^.]{0,20}\binstead\b|"
    r"(?<!n't )(?<!not )\b(?:email|e-mail|write to|contact) me (?:here |at this address )?"
    r"instead\b|"
    r"\bme encargo yo\b|\b(?:not|no) (?:these|this(?: one)?|the reminders|the invoices?)\b"
    r"[^.]{0,20}\b(?:just|"
    r"only) the (?:marketing|newsletters?|promotional)\b|\b(?:newsletter|marketing|promotional) "
    r"(?:e-?mails?|ones|list)\b[^.]{0,40}\b(?:not|but not|nicht|pas) (?:these|the reminders|"
    r"invoices)\b|\bwrite to [\w.+-]+@[\w.-]+ instead\b|\bécrivez(?:-moi)? d[ée]sormais à\b|"
    r"\b(?:nicht mehr|not) (?:an|to) (?:meine|my) (?:frau|mann|wife|husband|partner\w*)\b|"
    r"\b(?:i'm|i am) the (?:right|correct) (?:contact|person)\b|"
    r"\b(?:personal|old|home|work|private|gmail|hotmail) (?:e-?mail )?address\b[^.]{0,20}\buse "
    r"[\w.+-]+@[\w.-]+|"
    r"\b(?:newsletter|marketing|promotional)\b[^.]{0,50}\bkeep (?:the |these |sending )?"
    r"(?:invoices|reminders|statements|these)\b|\b(?:newsletter|marketing|promotional)\b[^.]{0,50}"
    r"\bbut still (?:get|receive|want|see) the (?:invoices|reminders|statements)\b|\bto my "
    r"(?:wife|husband|partner)'s (?:work )?"
    r"(?:e-?mail|address|inbox)\b|\bsend (?:everything|it all|all of it|them|these|"
    r"it) (?:to me|my way)\b(?! instead of)|"
    # "stop sending the invoices to our Dublin office, we closed it", "dejen de enviar las
    # cartas a la dirección antigua": the reminders sent to another of the debtor's addresses
    r"\bstop sending (?:\w+ ){0,3}to (?:our|my|the) (?:(?:old|previous|former) (?:\w+ )?(?:address|"
    r"inbox|e-?mail)|\w+ (?:office|branch))\b|\ba la direcci[óo]n (?:antigua|anterior|vieja)\b|"
    r"\bal correo (?:antiguo|anterior|viejo)\b",
    re.IGNORECASE)
_SENT_TO_A_REPRESENTATIVE = re.compile(
    r"\b(?:lawyers?|solicitors?|attorneys?|legal|avocat\w*|abogad\w*|anw(?:ä|a)lt\w*|"
    r"administrators?|liquidators?|receivers?|trustees?|insolvency|advisers?|advisors?|mabs|"
    r"stepchange|citizens advice|representatives?)\b", re.IGNORECASE)
_STOP_CONTACTING_ME = re.compile(
    r"\b(?:don't|do not|never|no longer|stop|quit|cease) (?:\w+ )?(?:contact|e-?mail|writ|call|"
    r"messag|text)\w* (?:me|us)\b|\bno (?:more|further) (?:contact|e-?mails)\b|\bany more "
    r"contact\b", re.IGNORECASE)


# A lawyer who found the bill in order, or cleared the payment ("He says it's legit and the
# invoice is fine", "Notre juriste a regardé, rien à redire sur la facture", "Unsere Anwältin
# hat die Zahlung freigegeben"): the debtor is not sending the creditor to a lawyer, unless they
# also ask not to be contacted.
_LAWYER_SAYS_IT_IS_DUE = re.compile(
    r"\b(?:lawyer|solicitor|attorney|counsel|juriste|avocat\w*|abogad\w*|anw(?:ä|a|"
    r"ae)lt\w*)\b[^.]{0,80}(?:\.[^.]{0,80})?\b(?:(?:devais|dois|devions|devons) bien|recomienda "
    r"(?:pagar|llegar a un acuerdo)|(?:is|'s|are) (?:all )?(?:fine|legit|legitimate|correct|valid|"
    r"in order|"
    r"due|owed)|rien à redire|bien due|est due|es correcta|est correcte|korrekt|in ordnung|est[áa] "
    r"(?:todo )?(?:correct[oa]|en orden)|freigegeben|berechtigt|procede|fundada|valide (?:toutes "
    r")?les factures|approves? (?:all )?(?:invoices|payments)|signs? off (?:all )?(?:invoices|"
    r"payments)|told (?:me|us) to pay)\b",
    re.IGNORECASE)
# A reply the writer says went to the wrong conversation: what it says is not for the creditor.
_MEANT_FOR_ANOTHER_THREAD = re.compile(_ANOTHER_THREAD, re.IGNORECASE)
# An insolvency told of, then said to be a supplier's or client's ("Kestrel Logistics went into
# administration last week. That was our haulier, not us").
_THEIRS_NOT_OURS = re.compile(
    rf"\b(?:(?:that|it|they|which)(?:'s| was| were| is| are)|was|were|is|are) (?:our|my|one of "
    rf"our) (?:[\w-]+ )?{THIRD_PARTIES}\b,?(?: [\w-]+)?,? not (?:us|me)\b|"
    r"\b(?:we're|we are|i'm|i am) not the (?:company|firm|business|one|people)\b[^.]{0,30}\b(?:in|"
    r"into|under) (?:liquidation|administration|receivership|insolvency)\b|"
    r"\bnous ne sommes (?:absolument |nullement |aucunement )?"
    r"(?:pas (?:du tout )?)?concern[ée]s\b|\bno nos afecta\b|\bbetrifft (?:uns )?nicht\b",
    re.IGNORECASE)
# An insolvency that is over ("I was in an IVA, but it finished in 2024", "made bankrupt in 2015
# but discharged in 2016", "we were in administration last year but that's all finished now").
_INSOLVENCY_OVER = re.compile(
    r"\b(?:i|we) (?:was|were|had been) (?:\w+ )?(?:in|made|declared|into|bankrupt|insolvent)\b"
    r"[^.]{0,60}\b(?:but|and)\b[^.]{0,30}\b(?:finished|ended|completed|discharged|(?:all )?over|"
    r"behind (?:me|us)|bought out|back to normal|(?:well )?out of it)\b|"
    # "I went through bankruptcy with my old company back in 2022 - all discharged"
    r"\b(?:i|we) went through (?:a |an )?(?:bankruptcy|insolvency|administration|liquidation|"
    r"iva)\b[^.]{0,60}\b(?:all |fully |long since )?(?:discharged|finished|ended|over)\b|"
    r"\b(?:my|our) " + INSOLVENCY_ENDED + r"\b|\b(?:" + INSOLVENCY_LEFT_BEHIND + r")\b",
    re.IGNORECASE)
_STOP_WORDS = re.compile(
    r"\b(?:stop|cease|no more|don't|do not|never|ne plus|plus de|no (?:me|nos) |nicht mehr|keine)"
    r"\b[^.]{0,30}\b(?:e-?mail\w*|contact\w*|writ\w*|call\w*|messag\w*|send\w*|courriel\w*|"
    r"[ée]cri\w*|correo\w*|escrib\w*|kontakt\w*|schreib\w*|mail\w*)", re.IGNORECASE)


# A sentence that asks when, how or what, and ends so: what it says of paying is asked.
_ASKS_WHEN_OR_HOW = re.compile(
    r"\W*(?:when|what|how|which|where|who|is there|are there|cu[áa]ndo|c[óo]mo|qu[ée]|quand|"
    r"comment|quel\w*|wann|wie|welche\w*)\b[^?.!]*\?\W*$", re.IGNORECASE)


def _sentences_of(words: str) -> list[_Sentence]:
    """The sentences of `words` that some pattern may match, each with those patterns: the
    words the patterns need are looked up once in the whole text. A sentence of a
    confidentiality disclaimer, or a signature's line naming a profession, is left out."""
    parts = statements(words)
    spans = []
    for part in parts:
        text = part.text
        start = part.start + len(text) - len(text.lstrip())
        spans.append((start, part.start + len(text.rstrip())))
    maybe = _INDEX.candidates(Folded.of(words), spans)
    # read only when a sentence may hold a stop request, which is where it matters
    may_stop = any(not ids.isdisjoint(_IDS_OF[ReplyIntent.CEASE]) for ids in maybe)
    email_welcome = may_stop and _EMAIL_WELCOME.search(words) is not None
    others_insolvent = may_stop and _OTHERS_INSOLVENT.search(words) is not None
    found = []
    said = False  # whether a sentence of three words or more came before
    for part, (start, end), ids in zip(parts, spans, maybe, strict=True):
        text = part.text[start - part.start : end - part.start]
        if said and _CLOSING_THANKS.fullmatch(text):
            continue  # "Call me tomorrow. Thanks": a courtesy, not an acknowledgement
        said = said or len(text.split()) >= 3
        if not ids:
            continue
        disclaimer = _DISCLAIMER_ID in ids and _PATTERNS[_DISCLAIMER_ID].search(text)
        if not (disclaimer or _PROFESSION_LINE.fullmatch(text)):
            found.append(_Sentence(text, ids, part.is_conditional, email_welcome,
                                   others_insolvent))
    return found


# A signature's line that names the writer's profession ("Avocats au barreau de Lyon"): like a
# disclaimer, it says nothing of the debtor's.
_PROFESSION_LINE = re.compile(r"\W*avocate?s? au barreau (?:de |d'|du )[\w' -]+\W*",
                              re.IGNORECASE)
_CLOSING_THANKS = re.compile(
    r"\W*(?:(?:many |thanks? )?thanks?(?: you)?(?: (?:so|very) much)?|thx|ta|cheers|"
    r"(?:ta|thanks|cheers),? (?:mate|love|pal|all)|"
    r"(?:muchas )?gracias|merci(?: beaucoup)?|(?:vielen )?dank(?:e(?: sch(?:ö|oe)n)?)?)\W*",
    re.IGNORECASE)


class _Sentence:
    """One sentence, the patterns that may match it (`ids`), and the intents it may say:
    those with such a phrase pattern, or a question's topic. `searched` is every pattern by
    index, as searched in this sentence (`_ONE_LINE` for a sentence of one line)."""

    __slots__ = ("condition_end", "email_welcome", "ids", "may_say", "others_insolvent",
                 "searched", "text")

    def __init__(self, text: str, ids: Set[int], conditional: bool,
                 email_welcome: bool = False, others_insolvent: bool = False) -> None:
        self.text, self.ids, self.email_welcome = text, ids, email_welcome
        self.others_insolvent = others_insolvent
        self.searched = _PATTERNS if "\n" in text else _ONE_LINE
        self.condition_end = condition_end(text) if conditional else -1
        may_say = {_SAID_BY[index] for index in ids}
        may_say.discard(ReplyIntent.UNCLEAR)
        if _NAMED_PERSON_ID in ids:
            may_say.add(ReplyIntent.WRONG_PERSON)
        if ids.isdisjoint(_TOPIC_IDS):
            may_say.discard(ReplyIntent.QUESTION)
        elif "?" in text:
            may_say.add(ReplyIntent.QUESTION)
        if conditional:  # asks, or promises once the condition is met
            may_say &= ({ReplyIntent.QUESTION, ReplyIntent.PROMISE_TO_PAY}
                        if self.condition_end > 0 else {ReplyIntent.QUESTION})
        self.may_say = may_say

    def says(self, intent: ReplyIntent) -> bool:
        """`says(intent, self.text)` for an intent it may say, trying only the patterns that
        may match."""
        text, searched = self.text, self.searched
        patterns = [searched[index] for index in sorted(self.ids & _IDS_OF[intent])]
        if intent is ReplyIntent.WRONG_PERSON and _NAMED_PERSON_ID in self.ids:
            if searched[_NAMED_PERSON_ID].search(text):
                return True
        elif intent is ReplyIntent.PAID:
            return _paid_in(text, patterns)
        elif intent is ReplyIntent.PROMISE_TO_PAY:
            if _ASKS_WHEN_OR_HOW.match(text):
                return False  # "When is the last day I can pay before interest starts?"
            return any(not _PRECONDITION.search(text, max(0, found.start() - 12), found.end())
                       for pattern in patterns for found in pattern.finditer(text)
                       if found.start() > self.condition_end)
        elif intent is ReplyIntent.CEASE:
            return any(not _stop_denied(text, found, self.email_welcome, self.others_insolvent)
                       for pattern in patterns for found in pattern.finditer(text))
        elif intent is ReplyIntent.DISPUTE and _SETTLED_HERE.any_match(text, Folded.of(text)):
            return False
        elif intent is ReplyIntent.QUESTION:
            if not any(searched[index].search(text) for index in _TOPIC_IDS & self.ids):
                return False
            if "?" in text and not _A_FAILURE_EXCLAIMED.match(text):
                return True
        return any(pattern.search(text) for pattern in patterns)


# A trouble told of as settled or beside the point in the sentence that tells of it ("We were
# charged twice but you refunded the duplicate straight away, so all good", "ustedes ya lo
# devolvieron", "he explained the weekend uplift and I'm happy", "that was a different
# delivery", "but that's a separate gripe"): no dispute of this bill. Kept apart by branch
# (`WordIndex.of_branches`): asked of every sentence that may dispute, the one alternation
# would be tried at each of its characters.
_SETTLED_HERE = WordIndex.of_branches(re.compile(
    r"\b(?:refunded|reversed|credited) (?:the |that |it\b)[^.]{0,40}\ball good\b|\bya (?:nos |me )?"
    r"lo (?:devolvieron|han devuelto|reembolsaron|abonaron)\b|\bexplained\b[^.]{0,50}\b(?:i'm|"
    r"we're|i am|we are) (?:now )?(?:happy|satisfied|fine|content)\b|\bthat was (?:a different|"
    r"another) (?:delivery|order|job|invoice|consignment|shipment)\b|\b(?:that's|that is|it's|"
    r"but) a separate (?:gripe|issue|matter|complaint|thing)\b|"
    # "ya nos lo anulasteis", "nada que objetar", "La facture en double a été annulée, merci",
    # "wurde ersetzt, von unserer Seite also alles gut", "es ist genau derselbe Betrag"
    r"\bdispute\b[^.]{0,30}\ball (?:resolved|sorted|settled)\b|\b(?:came|arrived|turned up) in "
    r"the end\b|"
    r"\bya (?:nos|me) lo (?:anulasteis|anularon|repusisteis|repusieron|cambiasteis|cambiaron|"
    r"corregisteis|corrigieron)\b|\bnada que objetar\b|\by cuadra\b|\bes el mismo importe\b|"
    r"\b(?:a|ont) été (?:annulée?s?|remplacée?s?|corrigée?s?),? merci\b|\bc'est bien le même "
    r"montant\b|\b(?:wurde|wurden) (?:storniert|ersetzt|korrigiert),? (?:danke|also alles gut)\b|"
    r"\balso alles gut\b|\b(?:ist|sind) angekommen,? danke\b|\bes ist (?:genau )?derselbe "
    r"betrag\b|"
    # "they were credited last time, so this one is correct", "the credit note you issued",
    # "je n'ai rien à redire"
    r"\b(?:so|and) (?:this|the|your) (?:one|invoice|bill|amount|total)(?: itself)? (?:is|looks) "
    r"(?:correct|right|fine)\b|\bcredit (?:note|memo) (?:you|they) (?:issued|sent|raised)\b|"
    r"\b(?:je n'ai|nous n'avons|on n'a) rien à redire\b|"
    # the fault put right: "Kev came back out and it's been bone dry through all this rain", "the
    # second engineer found the real problem and it's been fine for a fortnight"; thanks for a
    # credit given: "Merci d'avoir appliqué l'avoir", "Danke für die Gutschrift"
    r"\b(?:it's|it has) been (?:bone dry|dry|fine|perfect|spot on|working)(?: ever since| "
    r"since| for| through)\b|"
    r"\b(?:thanks|thank you) for (?:sorting|applying|the) (?:the |that )?credit\b|"
    r"\bmerci (?:d'avoir (?:appliqué|fait|accordé) |pour )l'avoir\b|\bdanke für die "
    r"gutschrift\b|\bgracias por (?:el abono|la nota de crédito|aplicar el abono)\b|"
    # a trouble told as put right: "We had a disagreement about the delivery charge but Jamie
    # sorted it with a credit note", "your lads fixed it under warranty, so no complaints", "The
    # previous complaint was dealt with", "mais c'est résolu", "wurde ja schon erledigt"
    r"\bbut (?:\w+ ){1,3}(?:sorted|fixed|resolved|corrected|dealt with|put right)(?: it| that| "
    r"this| them| the \w+)?\b(?! (?:yet|at all))|\bso no (?:complaints?|issues?|problems?)\b|"
    r"\b(?:was|were|has been|have been|got) (?:all |now |since )?(?:dealt with|resolved|"
    r"sorted(?: out)?|put right)(?! (?:yet|at all))\b|\b(?:was|were|has been|have been) "
    r"corrected,? (?:thanks|thank you|cheers)\b|\bmais c'est (?:résolu|réglé depuis|arrangé)\b|"
    r"\b(?:a|ont) été (?:résolue?s?|réglée?s?|corrigée?s?)\b|\bwurden? (?:ja )?(?:schon |bereits |"
    r"inzwischen )?(?:erledigt|geklärt|behoben)\b|\b(?:se )?(?:resolvió|solucionó|arregló)\b|"
    # the box dented but the goods whole: "la caja llegó algo abollada pero todo estaba perfecto
    # por dentro", "the box was bashed but everything inside was fine"
    r"\b(?:pero|but|mais|aber)\b[^.]{0,30}\b(?:todo|everything|tout|alles)\b[^.]{0,20}\b(?:perfect"
    r"\w*|fine|ok|okay|intact\w*|intakt|en (?:bon|parfait) état|in ordnung)\b|"
    # another supplier's failings told of: "Our previous cleaning company charged us for weeks
    # they never came", "The supplier we had before you sent the wrong parts", "Unser früherer
    # Lieferant hat uns ständig falsche Mengen berechnet"
    r"^\W*(?:\w+,? )?(?:our|the|my) (?:previous|old|last|former|other) (?:\w+ ){0,2}?(?:company|"
    r"firm|supplier|plumber|builder|contractor|cleaners?|electrician|fitter|roofer|decorator|"
    r"lot|provider|agency)\b|^\W*(?:the|our) (?:\w+ )?(?:supplier|company|firm|plumber|builder|"
    r"contractor|electrician|lot) (?:we|i) (?:had|used) (?:before|previously|last year|in the "
    r"\w+)\b|^\W*(?:unser|mein) (?:früherer|frueherer|alter|voriger|bisheriger|letzter) "
    r"(?:lieferant|dienstleister|handwerker|anbieter|installateur)\b", re.IGNORECASE))


def says(intent: ReplyIntent, clause: str) -> bool:
    """Whether one clause of the debtor's words expresses `intent`: the sentence rule of
    `strongest_said`, with every pattern tried."""
    return _Sentence(clause, _EVERY_ID, conditional=False).says(intent)


# "Before I can process this, I need ...": paying as a condition of something else, not a
# promise (a promise's words start at most a few characters after "before").
_PRECONDITION = re.compile(r"\bbefore (?:i|we) ", re.IGNORECASE)
# "Our client has just paid us": money that reached the debtor, not the creditor.
_PAID_TO_THEM = re.compile(r"(?<=paid) (?:us|me)\b", re.IGNORECASE)


# A stop request asked *not* to happen ("Please don't stop sending these, they help", "No
# dejen de mandarme estos recordatorios", "No need to stop the reminders"), and an insolvency
# denied ("We're not in administration, whatever you've heard"): not a stop request.
_NOT_STOPPING = re.compile(
    r"\b(?:don'?t|do not|dinnae|dinna|divn'?t|no need to|never|no hace falta que|no hay que)\s+"
    r"(?:ever\s+|you\s+dare\s+)?"
    r"(?:(?:want|need|ask|expect) (?:you|them) to\s+|(?:need|have) to\s+)?$|"
    r"\bnot asking (?:you|them) to\s+$|"
    r"\b(?:not going to|won't|will not) (?:tell|ask) (?:you|them) to\s+$|"
    r"\bno (?:(?:os|les|le) )?(?:pido|pedimos|estoy pidiendo|estamos pidiendo) que\s+$|"
    r"\bne (?:vous )?(?:demande|demandons) pas (?:de |d')?\s*$|\bnicht,? dass sie\s+$|"
    r"\bno (?:necesito|necesitamos|quiero|queremos) que\s+$|\bpas besoin (?:de |d')\s*$",
    re.IGNORECASE,
)
# Leave to stop, given with a payment ("You can stop the reminders now, payment goes out Friday").
_STOP_PERMITTED = re.compile(
    r"\b(?:you can|you may|so you can|then you can|(?:ya )?pueden|(?:ya )?pod[ée]is|"
    r"(?:ya )?puedes|(?:ya )?pod[ée]s|(?:vous )?pouvez|"
    r"k(?:ö|oe)nnen sie|(?:sie )?brauchen (?:mir|uns))\s+(?:now\s+)?$", re.IGNORECASE)
# The stop allowed as what follows from the debtor's answer ("Then you can stop chasing, I
# promise", "Ahora ya pueden dejar de perseguirme", "comme ça vous arrêtez de me relancer",
# "dann können Sie aufhören"): a payment said before, not a request.
# Reminders refused for a bill the writer has paid: a complaint about being chased, not a
# request to stop contact.
_WHEN_PAID = re.compile(r"[^.;]{0,30}?\bwhen (?:i|we)(?: have|'ve| had|'d)? (?:already )?paid\b",
                        re.IGNORECASE)
# A step the writer only came near taking ("I was about to draft a cease and desist letter!
# But fine - I'll pay the £990 on Friday").
_ONLY_THOUGHT_OF = re.compile(
    r"\b(?:(?:was|were) (?:about|this close|that close|ready) to|(?:i|we) (?:nearly|almost)) "
    r"\w+ (?:you )?(?:a |an )?(?:cease and )?$", re.IGNORECASE)
_FOR_THIS_ONE = re.compile(r"[^.;]{0,15}?\b(?:for|on|about) (?:this|that) (?:one|invoice|bill)\b",
                           re.IGNORECASE)
_RECORDS_TO_UPDATE = re.compile(r"\bupdate (?:your|the) (?:records?|ledger|system|books|account)\b",
                                re.IGNORECASE)
_DECIDED_AGAINST = re.compile(
    r"[^.;]{0,40}?\bbut (?:i |we )?(?:decided|chose|opted) (?:against|not to)\b|[^.;]{0,40}?\bbut "
    r"(?:i |we )?(?:didn't|did not|never) (?:go (?:ahead|through) with|take|sign(?:ed)?) it\b",
    re.IGNORECASE)
_STOP_FOLLOWS = re.compile(
    r"(?:^|[,;]\s*|\b(?:and|y|et|und)\s+)(?:then|now|so|ahora(?: ya)?|as[íi] (?:ya )?|comme ça|"
    r"dann|jetzt)\s+(?:you can|ya pueden|pueden|vous(?: pouvez)?|"
    r"k(?:ö|oe)nnen sie)\s+(?:\w+\s+)?$", re.IGNORECASE)
# An adviser who, in the sentence that names them, helps the debtor deal with creditors
# themself ("they've helped me put together a plan", "she suggested I offer what I can afford",
# "My insolvency practitioner suggested I talk to creditors directly", "the debt adviser
# suggested I ask you for a payment plan", "My debt adviser said I should reply to every
# creditor", "advice about cashflow - we're solvent"): no one the creditor is sent to, unless
# the same sentence tells of an insolvency of the debtor's own or hands the dealing over ("told
# me to write to all creditors to let them know I am entering an IVA", "ask you to deal with
# them").
_ADVISER_HELPS = re.compile(
    r"\bhelped (?:me|us) (?:to )?(?:put together|draw up|make|work out|set up) a (?:plan|budget|"
    r"proposal)\b|\bsuggested (?:i|we) (?:talk|speak|deal|write|reply) (?:to|with) (?:my |our )?"
    r"creditors directly\b|\bsuggested (?:i|we) ask (?:you|creditors) for (?:a )?(?:payment plan|"
    r"plan|instalments|more time)\b|\bsaid (?:i|we) should (?:reply|write|talk|speak) to (?:every|"
    r"each|all|my|our) creditors?\b|\bwe(?:'re| are) (?:still )?solvent\b|"
    # "she suggested I offer what I can actually afford", "advised me to propose £30 a month"
    r"\b(?:suggested|advised|recommended|told|said)(?: (?:me|us))?(?: that)?(?: (?:i|we))?"
    r"(?: (?:should|could|to))? (?:offer|propose)\b|"
    # "checked this one against my bank statements and said it's definitely mine", "mon
    # médiateur de dettes m'a demandé un décompte"
    r"\b(?:checked|went through|looked (?:at|over)) (?:this|it|the (?:invoice|bill))\b[^.]{0,80}"
    r"\b(?:said|says|confirmed)\b|\bm'a demand[ée] (?:un|une|le|la|les)\b", re.IGNORECASE)
_HANDED_OVER = re.compile(
    r"\b(?:IVA|individual voluntary arrangement|debt relief order|bankrupt\w*|administration|"
    r"liquidation|sequestration|trust deed|deal with (?:them|him|her)|contact (?:them|him|her)|"
    r"not me|instead|through (?:them|him|her))\b", re.IGNORECASE)
# The reminders alone stopped until a day or an event named before it ("No more reminders till
# then", "Bitte bis dahin keine weiteren Mahnungen", "D'ici là, merci de ne plus m'envoyer de
# relances", "Hasta entonces, no me manden más recordatorios"): a pause, not a stop. Not "Until
# then, no more emails please", "D'ici là, ne m'écrivez plus", "Until then, please leave me
# alone": all contact stopped, for as long as the debtor decides.
_ONLY_UNTIL_THEN = re.compile(
    r"\b(?:until|till|til|up to) then\b|\bbis dahin\b|\bd'ici l[àa]\b|\bjusque[- ]l[àa]\b|"
    r"\bhasta entonces\b|\bhasta (?:esa|dicha) fecha\b|\b(?:until|till|before) (?:that|this|"
    r"the due) (?:date|day)\b|\b(?:avant|jusqu'à) cette date\b|\bantes de (?:esa|dicha) fecha\b|"
    r"\bvor diesem (?:datum|tag)\b|\bbefore then\b",
    re.IGNORECASE)
_REMINDERS = re.compile(r"\b(?:reminders?|reminding|relances?|relancer|rappels?|recordatorios?|"
                        r"perseguir\w*|reclamar(?:me|nos)?|mahnung\w*|mahnen|chas\w+|"
                        r"erinnerung\w*)\b",
                        re.IGNORECASE)
# The reminders themselves as what may stop ("you can stop chasing", "pueden dejar de enviarme
# recordatorios"): they stop anyway once the bill is paid, so allowing it asks for nothing.
_ONLY_THE_CHASING = re.compile(
    r"(?:stop|dejar de|arr[êe]ter de|aufh(?:ö|oe)ren)\s+(?:\w+\s+){0,2}?" + _REMINDERS.pattern,
    re.IGNORECASE)


def _only_the_reminders(stop: str) -> bool:
    """Whether a stop request (from its words to the sentence's end) names the reminders and
    no other contact, no call and no lawyer."""
    return bool(_REMINDERS.search(stop)) and not (
        _ANY_CONTACT.search(stop) or _BY_PHONE.search(stop) or _A_LAWYER.search(stop))


_CADENCE_ONLY = re.compile(r"\b(?:once|one) (?:a (?:week|month|fortnight) )?(?:is|would be) "
                           r"(?:plenty|enough|fine)\b", re.IGNORECASE)
# A stop asked only of the newsletter or the offers ("Please remove me from the newsletter",
# "Bitte melden Sie mich vom Newsletter ab"), in a sentence that names no reminders, invoices
# or other contact: the marketing list, not the chasing.
_MARKETING = re.compile(r"\b(?:newsletters?|promotional|promotions?|promos?|marketing|offers|"
                        r"catalogues?|catalogs?|brochures?|infolettres?|ofertas|"
                        r"sales? e-?mails|publicit\w*|werbung|werbe\w*|promociones|publicidad|"
                        r"bolet[íi]n)\b",
                        re.IGNORECASE)
_THE_CHASING = re.compile(
    r"\b(?:reminders?|invoices?|statements?|bills?|billing|everything|all (?:e-?mails|contact|"
    r"of it)|(?:and|&|plus) (?:account|service) e-?mails|"
    r"anything|the lot|collections?|erase|gdpr|relances?|factures?|mahnung\w*|rechnung\w*|"
    r"recordatorios?|facturas?)\b",
    re.IGNORECASE)
# Where a stop request's clause ends: what follows "but" asks for something else.
_ANOTHER_CLAUSE = re.compile(r",?\s+(?:but|pero|mais|aber|sin embargo|however)\b|;",
                             re.IGNORECASE)
_PAYING_WORD = re.compile(r"\b(?:pay|paid|paying|payment|settle\w*|transfer\w*|cleared|pagu[ée]|"
                          r"pagad[oa]|pagamos|pay[ée]e?|r[ée]gl[ée]e?|bezahlt|überwiesen|zahle|"
                          r"bezahle)\b",
                          re.IGNORECASE)
# Reminders on paper, which a stop may name while email is welcome.
_ON_PAPER = re.compile(r"\b(?:paper|post|postal|letters?|hard cop(?:y|ies)|printed|cartas?|"
                       r"courriers?|papier|briefe?)\b", re.IGNORECASE)
# A stop request that names calls only, in a sentence that names no other way of contact
# (English only so far).
_CALLS_ONLY = re.compile(r"\b(?:call(?:s|ing|ed)?|ring(?:ing)?|phon(?:e|es|ing))\b", re.IGNORECASE)
_ANY_CONTACT = re.compile(r"mail|inbox|correo|courriel|writ|escrib|[ée]cri|schreib|contact|message|"
                          r"letter|lettre|carta|brief|text|sms|anything|at all|harass|spam",
                          re.IGNORECASE)
# After "stop ..." or "dejen de reclamarme": fees or interest, which the debtor contests.
_A_CHARGE_TO_STOP = re.compile(
    r"\s+(?:(?:the|those|these|your|any|los|las|el|la|esos|estos|les|des|ces|vos)\s+)?"
    r"(?:" + _LATE_CHARGES + r"|intereses|recargos?|moras?|comisi(?:ón|on|ones)|penalizaci\w+|"
    r"gastos|multas?|frais|p[ée]nalit[ée]s|int[ée]r[êe]ts|majorations?|zinsen|mahngeb\w+|geb(?:ü|ue)hren)\b",
    re.IGNORECASE)
# After "stop sending": the bills of one job, which the debtor contests.
_ONE_JOBS_BILLS = re.compile(
    r"\s+(?:me |us )?(?:the |these |those |your )?(?:invoices?|bills?|reminders?) (?:for|about) "
    r"(?:the|that|this) (?:[\w-]+ ){0,2}(?:job|order|work|visit|delivery|repair|project|booking|"
    r"call-?out)\b", re.IGNORECASE)
# A bare "no" negates only a Spanish stop ("No dejen de mandarme", "No me deis de baja"), not
# "No, stop sending".
_NO_BEFORE_DEJAR = re.compile(r"\bno\s+$", re.IGNORECASE)
_DEJAR_OR_DAR_DE_BAJA = re.compile(r"dej|(?:me|nos) d", re.IGNORECASE)
_INSOLVENCY_WORD = re.compile(
    r"\b(?:administration|receivership|liquidation|examinership|bankrupt\w*|insolven\w*|bust|"
    r"iva|debt relief order|sequestration|trust deed|"
    r"redressement|faillite|konkurs|concurso|quiebra|surendett\w*)\b",
    re.IGNORECASE,
)
# A client's or supplier's insolvency ("nuestro principal cliente ha entrado en concurso"): the
# words a model may take for the debtor's own; not the debtor's own told to its suppliers ("I've
# been asked to tell suppliers the company went into administration").
_THEIRS_INSOLVENT = re.compile(
    r"^(?!.*\b(?:tell|telling|inform|informing|notify|notifying|let) (?:all )?(?:of )?(?:our |its "
    r")?(?:suppliers|creditors)\b)"
    rf"(?=.*\b{THIRD_PARTIES}\b).*\b(?:administration|receivership|liquidation|examinership|"
    r"bankrupt\w*|insolven\w*|bust|chapter \d+|concurso|quiebra|quebr\w+|faillite|"
    r"redressement|konkurs\w*|pleite)\b",
    re.IGNORECASE | re.DOTALL,
)
_KEEP_SENDING = re.compile(_KEEP_SENDING_WORDS, re.IGNORECASE)
_DENIED_BEFORE = re.compile(
    r"\b(?:not|never|aren't|isn't|weren't|wasn't|ain't|nowhere near|no intention of|no plans? "
    r"to|pas|nicht|kein\w*|no estamos|no|(?:someone|somebody|who) (?:tells?|told|said)|"
    r"weder|"
    r"neither|ni|"
    # "trying hard to stay out of an IVA", "nobody's talking insolvency"
    r"stay(?:ing)? out of|keep(?:ing)? out of|avoid(?:ing)?|steer(?:ing)? clear of|rather than|"
    r"(?:nobody|no one|no-one)(?:'s| is) (?:talking|mentioning|thinking)(?: about| of)?|"
    r"no somos)\b[^.,;:!?]{0,20}$", re.IGNORECASE)


def wrong_person_denied(words: str) -> bool:
    """Whether the writer answers for the debt after all: took over from the contact who left,
    runs the business now, pays it themself or corrects an address of their own: words a model
    may take for a wrong person; or tells of goods never ordered while guessing at the wrong
    customer."""
    return bool(_ANSWERS_FOR_THE_DEBT.search(words) or _PAYS_IT_THEMSELF.search(words)
                or _NEVER_ORDERED.search(words) or (
        _BOUGHT_THE_BUSINESS.search(words) and not _NOT_THEIRS_TO_PAY.search(words)))


def payment_doubted(words: str) -> bool:
    """Whether the debtor only believes they paid and asks to check ("I thought I'd paid this
    on the 3rd? Can you check your end"): a question, whatever a model makes of the words."""
    return _taken_back(ReplyIntent.PAID, words)


def only_asks(words: str) -> bool:
    """Whether every sentence of the reply is a question that asks, opening as a question
    does ("¿El precio incluye IVA?", "Is VAT included?", "Est-ce que la TVA est comprise ?"):
    words a model may take for a dispute when the same words in statements make one."""
    parts = [part for part in statements(words)
             if _A_WORD.search(part.text) and not _A_GREETING_ALONE.fullmatch(part.text)]
    return bool(parts) and all(
        part.text.rstrip().endswith("?") and not _ASKS_WHY.search(part.text) and (
            _OPENS_A_QUESTION.match(part.text) or words[:part.start].rstrip().endswith("¿"))
        for part in parts)


_A_WORD = re.compile(r"\w")
# The verbs a question in the four languages opens with ("Can you...", "Is VAT...", "Pouvez-
# vous...", "Kann ich...").
_AUXILIARIES = (r"can|could|would|will|shall|should|do|does|did|is|are|am|was|were|has|have|may|"
                r"puedo|puede|pueden|podemos|est-ce|peut|pouvez|pourriez|kann|k(?:ö|o)nnen|soll|"
                r"ist|sind")
_GREETING = (r"(?:hi|hiya|hey|hello|buenas(?: tardes| noches)?|buenos d[íi]as|hola|bonjour|salut|"
             r"gr(?:ü|ue)ezi|hallo|guten tag|servus)(?: \w+)?")
_A_GREETING_ALONE = re.compile(r"\W*" + _GREETING + r"[\W]*", re.IGNORECASE)
_OPENS_A_QUESTION = re.compile(
    # after a greeting, if any ("hiya what's the 'disposal' charge", "Buenas tardes, ¿el ...")
    r"[^\w¿]*(?:" + _GREETING + r"[,!.]?\s+)?"
    r"(?:(?:and|also|so|y|et|und),? )?(?:¿|(?:" + _AUXILIARIES + r"|what|when|where|which|"
    r"who|quel\w*|combien|was|wann|wo|welche\w*|gibt es)\b)", re.IGNORECASE)
# "Why is it £95 when you told me £60?", "Could you explain why we're paying for a second
# visit?": a question that carries a claim.
_ASKS_WHY = re.compile(r"\b(?:why|how come|how (?:is|was|did|does|can)|explain|warum|wieso|"
                       r"pourquoi|comment se fait|por qu[ée]|c[óo]mo es que)\b", re.IGNORECASE)


# The work found good beside a grumble about how it went ("Wasn't happy. Work's fine though",
# "it's been fine since", "la commande était complète et conforme"): words a model may take for
# a dispute, though a sentence may still contest a charge ("the work is fine but you charged me
# twice"), which the rules read.
_WORK_FOUND_GOOD = re.compile(
    r"\b(?:work|job|roof|the work itself)(?:'s| is| was) (?:fine|great|good|spot on)\b|"
    r"\b(?:been|running|working) fine since\b|\b[ée]tait (?:compl[èe]te et )?conforme\b",
    re.IGNORECASE)


def dispute_denied(words: str) -> bool:
    """Whether the debtor says outright that nothing is contested ("not having a go, genuinely
    asking", "nothing to argue about"), or asks which day the bill was due ("Welches
    Fälligkeitsdatum gilt denn?") or for the bank details to pay with ("The invoice shows BSB:
    06 and nothing else - what's the full BSB?"), or what the guarantee covers ("How long's
    the guarantee on the tyres you fitted?"), or finds the work good beside a grumble: words a
    model may take for a dispute."""
    return any(pattern.search(words) is not None
               for pattern in (_ONLY_ASKING, _FIGURE_AGREED, _DUE_DATE_ASKED, _BANK_DETAILS_ASKED,
                               _WORK_FOUND_GOOD, _GUARANTEE_ASKED))


# A question of what the guarantee covers or how long it runs, asked in one sentence ("How
# long's the guarantee on the tyres?", "¿la garantía de la nevera es de un año o de dos?",
# "Jusqu'à quand court la garantie ?", "Gilt die Garantie auch noch, wenn wir umziehen?").
_GUARANTEE_ASKED = re.compile(
    r"(?:^|[.!?¿]\s*)(?![^.!?]*\b(?:jetzt|now|ahora|maintenant|rechnung|invoice|bill|factura|"
    r"facture|charge\w*)\b)[^.!?]*\b(?:" + _GUARANTEE + r")\b[^.!?]*\?", re.IGNORECASE)


def the_bill_called_wrong(words: str) -> bool:
    """Whether the reply calls the bill or its figure wrong ("This invoice is completely
    wrong"), and says nothing of the writer not being the customer: a word a model may take for
    a wrong person."""
    return (_THE_BILL_WRONG.search(words) is not None
            and _NOT_THE_CUSTOMER.search(words) is None)


_THE_BILL_WRONG = re.compile(
    r"\b(?:invoice|bill|amount|figure|total|price|charge|rechnung|betrag|factura|importe|"
    r"facture|montant)s? (?:is|are|was|were|looks?|ist|es|est) (?:\w+ )?(?:wrong|falsch|"
    r"incorrect[oa]?|erron[ée]e?|fausse|faux)\b", re.IGNORECASE)
_NOT_THE_CUSTOMER = re.compile(
    r"\bnever (?:ordered|bought|used|heard)\b|\bnot (?:my|our|ours|mine)\b|\bwrong (?:person|"
    r"address|company|name|email)\b|\bmixed (?:us|me) up\b|\bnunca (?:hemos|he) \w+\b|\bjamais "
    r"command\w*|\bnie (?:etwas )?bestellt\b", re.IGNORECASE)


def crossed_with_the_reminder(words: str) -> bool:
    """Whether the reply says it and the reminder crossed ("Creo que se han cruzado los
    correos: lo pagamos el lunes", "our emails must have crossed"): a payment already made,
    told of in words a model may take for a promise."""
    return _CROSSED.search(words) is not None


_CROSSED = re.compile(
    r"\b(?:crossed in the (?:post|mail)|(?:e-?mails?|messages?|letters?|reminders?|payments?) "
    r"(?:must have |have |has |probably )?crossed|se (?:han|habr[áa]n|deben de haber|deben haber) "
    r"cruzado|nos hemos cruzado|se sont (?:sans doute |probablement )?crois[ée]s|(?:haben|hat) "
    r"sich (?:wohl |offenbar )?(?:überschnitten|ueberschnitten|gekreuzt))\b", re.IGNORECASE)


def rest_paid_from_income(words: str) -> bool:
    """Whether the reply pays the rest when money owed to the writer comes in ("Sending half
    tomorrow, the other half when the job in Leeds pays out", "la otra mitad cuando nos
    paguen a nosotros"): terms offered, which a model may take for a dispute."""
    return _REST_FROM_INCOME.search(words) is not None


_ONLY_ASKING = re.compile(_ONLY_ASKING_WORDS, re.IGNORECASE)
_DUE_DATE_ASKED = re.compile(
    r"\b(?:(?:which|what) (?:is|was) the due date|(?:when|what day) (?:is|was) (?:it|this|the "
    r"(?:invoice|bill)) due|cu[áa]l (?:es|era) la fecha de vencimiento|quelle (?:est|[ée]tait) la "
    r"date d'[ée]ch[ée]ance|welche\w* f(?:ä|ae)lligkeit\w*)\b[^?]{0,60}\?", re.IGNORECASE)
_BANK_DETAILS_ASKED = re.compile(
    r"\b(?:bsb|iban|swift|bic|sort ?code|routing number|account (?:number|name|details)|bank "
    r"details|datos bancarios|n[úu]mero de cuenta|coordonn[ée]es bancaires|rib|bankverbindung|"
    r"kontonummer)\b[^.!?]{0,40}\?", re.IGNORECASE)
_REST_FROM_INCOME = re.compile(
    r"\b(?:the other half|the rest|the remainder|the balance|la otra mitad|el resto|l'autre "
    r"moiti[ée]|le reste|le solde|die andere h(?:ä|ae)lfte|den rest)\b[^.;]{0,30}?\b(?:when|once|"
    r"as soon as|cuando|en cuanto|una vez que|quand|d[èe]s que|lorsque|une fois que|sobald|wenn)"
    r"\b[^.;]{0,60}?\b(?:pays?(?: (?:us|me|out))?|paid|comes? (?:in|through)|clears?|paguen|"
    r"pague|paga|cobremos|cobre|nos pag\w+|paient|paie|pay[ée]s?|touch[ée]|rentre|zahlt|"
    r"bezahlt|eingeht|(?:ü|ue)berweist)\b", re.IGNORECASE)
_NEVER_ORDERED = re.compile(_NEVER_ORDERED_WRONG_CUSTOMER, re.IGNORECASE)
# "Our lawyer reviewed the contract terms and agreed with your figure"
_FIGURE_AGREED = re.compile(r"\bagree[sd]? with (?:your|the) (?:figures?|amount|total|invoice|"
                            r"numbers|charges?|price)\b|[,:;]\s*(?:all|everything) (?:correct|"
                            r"in order|fine|present and correct)\W*$", re.IGNORECASE | re.MULTILINE)


def a_way_of_paying_fails(words: str) -> bool:
    """Whether the reply tells of a way of paying that fails ("Der Zahlungslink funktioniert
    immer noch nicht", "the card keeps getting declined"): a trouble, no claim on the bill."""
    return _A_WAY_OF_PAYING_FAILS.search(words) is not None


_A_WAY_OF_PAYING_FAILS = re.compile(
    r"\b(?:payment ?link|pay(?:ment)? page|zahlungslink|link de pago|enlace de pago|lien de "
    r"paiement|(?:my |the )?card|karte|tarjeta|carte|portal|online banking|banking app)\b[^.]{0,40}"
    r"\b(?:(?:is |still )?not working|doesn't work|won't work|keeps? (?:failing|getting declined|"
    r"being declined)|declined|funktioniert\w* (?:immer noch |noch immer )?nicht|no funciona|ne "
    r"(?:fonctionne|marche) (?:toujours )?pas|abgelehnt|rechazad\w*|refus[ée]e?)\b",
    re.IGNORECASE)

# A way of paying that fails, told with a question mark but asking nothing ("the card payment
# on your link keeps failing??"): a trouble, no question, unless the sentence asks ("Why does
# the card keep getting declined?").
_A_FAILURE_EXCLAIMED = re.compile(
    r"(?!\W*(?:" + _AUXILIARIES + r")\b)"
    r"(?!.*\b(?:how|what|when|where|why|which|who|c(?:ó|o)mo|qu(?:é|e)|por qu(?:é|e)|comment|"
    r"pourquoi|quand|wie|was|warum|wann|wo)\b)"
    r"(?=.*" + _A_WAY_OF_PAYING_FAILS.pattern + ")", re.IGNORECASE | re.DOTALL)


# The debtor talking it over with someone of their own before answering ("Let me speak to my
# partner tonight", "I'll check with my accountant"): no one the creditor is sent to.
_TALKING_IT_OVER = re.compile(
    r"\b(?:let me|i'll|i will|i need to|i have to|i must|i'm going to|we'll|we will|we need to)"
    r" (?:speak|talk|check|have a word|discuss (?:it|this)) (?:to|with) (?:my|our) "
    r"(?!(?:\w+ )?(?:lawyer|solicitor|attorney|counsel|advocate|brief|legal|debt|insolvency)\b)",
    re.IGNORECASE)


# Someone else than the writer, whom a stop request may spare while the writer welcomes
# email ("please don't contact my husband, the account is in my name; keep writing to me here").
_SOMEONE_ELSE = re.compile(
    r"\b(?:him|her|(?:my|our|mon|ma|mi|mein|meinen|meine) (?:\w+ )?(?:husband|wife|partner|son|"
    r"daughter|mother|mum|mom|father|dad|parents|conjoint|conjointe|mari|femme|compagne|compagnon|"
    r"[ée]pouse|[ée]poux|"
    r"esposo|esposa|marido|mujer|pareja|mann|frau|partnerin))\b(?!'s)", re.IGNORECASE)
_SOMEONE_ELSE_SPARED = re.compile(
    r"\b(?:don't|do not|dont|ne pas|ne plus|no) (?:\w+ )?(?:contact|call|phone|ring|e-?mail|"
    r"write to|contacter|appeler|llamar|contactar|kontaktieren|anrufen)\w* "
    + _SOMEONE_ELSE.pattern,
    re.IGNORECASE)
_STOP = re.compile(r"\bstop\b", re.IGNORECASE)
_NOT_ME = re.compile(r"\bnot (?:me|us)\b", re.IGNORECASE)
# A service or an order to stop ("STOP the gardening visits", "stop pour la commande de lundi"),
# not the reminders.
_A_SERVICE_TO_STOP = re.compile(
    r"\s+(?:pour )?(?:(?:the|my|our|those|these|your|all|weekly|monthly|la|le|les) )?"
    r"(?!(?:\w+ ){0,2}?(?:reminder|e-?mail|message|chas|letter|call|contact|text|relance))"
    r"(?:\w+ ){0,2}?(?:visits?|deliver(?:y|ies)|orders?|subscriptions?|cleans?|cleaning|sessions?|"
    r"lessons?|appointments?|bookings?|commandes?|livraisons?|abonnements?)\b", re.IGNORECASE)
_NO_NEED_TO_OPT_OUT = re.compile(r"\b(?:don'?t|do not|no) need to (?:opt out|unsubscribe)\b",
                                 re.IGNORECASE)
# A service, plan or contract left ("Unsubscribe me from the monthly plan you put me on", "Je me
# suis désabonné du contrat de maintenance", "me di de baja del servicio"), not the reminders.
_A_SERVICE_LEFT = re.compile(
    r"\bunsubscrib\w*(?: me| us)? from (?:the |my |our |this |that |your )?(?:\w+ ){0,2}?(?:plan|"
    r"subscription|membership|service|contract|box|club|programme|program)\b|\bd[ée]sabonn\w* "
    r"(?:du|de la|de l'|de mon|de ma|de notre) ?(?:\w+ )?(?:contrat|abonnement|service|forfait)\b|"
    r"\bne (?:veux|voulons) plus de vos services\b|"
    r"\b(?:me|nos) (?:di|dimos|he dado|hemos dado) de baja (?:del|de la|de mi|de nuestro) "
    r"(?:servicio|plan|contrato|suscripci[óo]n|mantenimiento)\b|\bdar(?:me|nos) de baja "
    r"(?:del|de la|de mi|de nuestro) "
    r"(?:servicio|plan|contrato|suscripci[óo]n|mantenimiento)\b", re.IGNORECASE)
# Another firm's insolvency that leaves it owing the writer ("Bremer Homes went into
# administration three weeks ago owing us just under $60k"), told across sentences or by the
# writer's tie to it ("Hartland
# Home Stores went into administration before Christmas. They were our biggest customer and
# they owe us £38k", "l'entreprise où je travaille a été placée en liquidation judiciaire", "Das
# Seminarhotel, dem wir das Catering machen, ist in ein Sanierungsverfahren gegangen und uns
# sind 11.000 Euro hängen geblieben").
_INSOLVENCY_WORDS = (r"(?:administration|receivership|liquidation|bust|bankrupt\w*|insolven\w*|"
                     r"sanierungsverfahren|insolvenzverfahren|konkurs\w*|concurso|quiebra|"
                     r"liquidaci[óo]n|redressement|faillite)")
_OTHERS_INSOLVENT = with_start_lookahead(re.compile(
    rf"\b{_INSOLVENCY_WORDS}\b[^.]{{0,80}}(?:[.!]\s+[^.]{{0,100}})?\b(?:(?:they|who|which) "
    r"(?:still )?owed? (?:us|me|you)|(?:owing|owed|owes) (?:us|me)|(?:our|my) (?:biggest |main "
    r"|largest |best )?(?:customer|client|employer)|uns sind\b[^.]{0,30}\bh(?:ä|ae)ngen "
    r"geblieben|(?:schuldet|schulden) uns|nos deb(?:e|en|[íi]a)|nous doi(?:t|vent))\b|"
    r"\b(?:o[ùu] je travaille|o[ùu] je travaillais|o[ùu] nous travaillons|where i work|where i "
    r"worked|i work for|donde (?:trabajaba|laburaba|laburo)|bei (?:dem|der) ich "
    r"arbeite|donde trabajo|para la que trabajo|dem wir|der wir|for whom we)\b[^.]{0,120}\b"
    rf"{_INSOLVENCY_WORDS}\b|"
    # the one who did the books, a parent company, a namesake ("The bloke who used to do our
    # books went bankrupt", "La maison mère ... en procédure de sauvegarde, mais nous sommes ...
    # solvable", "die Müller Bau insolvent ist. Das ist ein anderer Müller, nicht wir")
    r"\bwho (?:used to )?(?:do|did|does|keep|kept) (?:our|my|the) (?:books|accounts|bookkeeping)\b|"
    # a customer the writer names first ("Our major off-taker, Greenfield Mills Ltd, was placed
    # under receivership", "Coastline Homes, who were about 60% of our work this year, went into
    # administration ... we're one of the unsecured creditors")
    r"\b(?:our|my) (?:major|main|biggest|largest|key|best|anchor) (?:customer|client|off-?taker|"
    rf"buyer|account)\b[^.]{{0,60}}\b{_INSOLVENCY_WORDS}\b|\bwho (?:were|was|are|is)\b[^.]{{0,30}}"
    rf"\bof our (?:work|business|turnover|sales|revenue)\b[^.]{{0,30}}\b{_INSOLVENCY_WORDS}\b|"
    rf"\b{_INSOLVENCY_WORDS}\b[^.]{{0,80}}\b(?:we're|we are) (?:one of )?(?:the |their |its )?"
    r"(?:unsecured |biggest |largest )?creditors\b|"
    # the creditor's own ("Your company went into administration in the spring and the new
    # owners told us ...")
    rf"\b(?:your (?:company|firm|business|lot|outfit)|ihre (?:firma|gesellschaft)|votre "
    rf"(?:soci[ée]t[ée]|entreprise)|su (?:empresa|compa[ñn][íi]a))\b[^.]{{0,30}}\b"
    rf"(?:{_INSOLVENCY_WORDS}|insolvent)\b|"
    r"\b(?:maison m[èe]re|parent company|muttergesellschaft|casa matriz)\b|\b(?:nous sommes|"
    r"somos|wir sind|we are|we're)\b[^.]{0,40}\b(?:solvables?|solventes?|zahlungsf(?:ä|ae)hig|"
    r"solvent)\b|\b(?:ein anderer|eine andere|another|a different|un autre|une autre|otra|otro)\b"
    r"[^.]{0,40}\b(?:nicht wir|not us|pas nous|no somos nosotros)\b", re.IGNORECASE))
_AN_INSOLVENCY = re.compile(_INSOLVENCY_WORDS, re.IGNORECASE)
# A stop request that moves the reminders off email altogether, giving no other address ("Don't
# use her address again — letters to the house in my name, or ring me"): not taken back.
_ANOTHER_WAY_ASKED = re.compile(
    r"\b(?:ring|call|phone) me\b|\bletters? to (?:the|my) (?:house|home|address)\b|\bby post\b|"
    r"\bpost only\b", re.IGNORECASE)
_ANOTHER_EMAIL_GIVEN = re.compile(r"@|\be-?mail me\b|\buse my \w+ (?:e-?mail|address|account)\b",
                                  re.IGNORECASE)
# The writer's own insolvency, which stops the chasing wherever the reminders were sent ("I'm
# in an IVA now, stop sending the invoices to my old address"): no mere change of address.
_INSOLVENT_SELF = re.compile(
    THEIR_OWN + rf"(?:\b{_INSOLVENCY_WORDS}\b|\b(?-i:IVA)\b|\bindividual voluntary "
    r"arrangement\b|\bdebt relief order\b|\btrust deed\b)", re.IGNORECASE | re.MULTILINE)
# Bankruptcy as a figure of speech ("Y'all are gonna have me in bankruptcy court with these
# prices lol").
_BANKRUPTING_ME = re.compile(
    r"\b(?:gonna|going to|will|'ll) (?:have|put|drive|send|land) (?:me|us) (?:in|into|to) "
    r"(?:the )?(?:bankruptcy|poorhouse|receivership)\b", re.IGNORECASE)
# The bill itself sent again ("stop sending me the same invoice", "Hören Sie bitte auf, mir
# immer wieder dieselbe Rechnung zu schicken", "dejad de mandarme la misma factura").
_THE_SAME_BILL = re.compile(
    r"[\s,]+(?:\w+ ){0,2}?(?:two|2|duplicate|double) (?:copies|reminders|e-?mails|invoices)\b|"
    r"[\s,]+(?:\w+ ){0,4}?(?:the same|this same|that same|the wrong|dieselbe|die gleiche|die "
    r"selbe|la misma|esta misma|la m[êe]me|les m[êe]mes) (?:\w+ )?(?:invoices?|bills?|rechnung|"
    r"factura|facturas|factures?)\b", re.IGNORECASE)
# A matter a lawyer handles for the writer that is not the debt.
_ANOTHER_MATTER = re.compile(
    r"\b(?:wegen|for|about|over|regarding|pour|por|sobre|con|um) (?:the |my |our |der |den |"
    r"meiner |"
    r"unserer |mon |ma |mi |el |la |du |de la )?(?:divorce|scheidung|trennung|separation|custody|"
    r"sorgerecht|probate|erbschaft|nachlass|divorcio|herencia|succession|conveyancing|house "
    r"(?:sale|purchase)|hauskauf|hausverkauf|lease|tenancy|mietvertrag|arrendamiento|bail)\b|"
    # "Mein Anwalt prüft gerade den Mietvertrag ..., das hat mit Ihnen nix zu tun"
    r"\b(?:hat|has) (?:mit ihnen |nothing )?(?:nix|nichts|nothing) (?:zu tun|to do with you)\b|"
    # "our in-house lawyer is handling a separate contract issue ..., nothing to do with this
    # invoice"
    r"\bnothing to do with (?:this|the|your|that) (?:invoice|bill|account|debt|balance)\b|"
    r"\ba separate (?:\w+ )?(?:issue|matter|dispute|case)\b",
    re.IGNORECASE)
_DATA_LAW = re.compile(r"gdpr|rgpd|dsgvo|ds-gvo|lopd|lopdgdd|habeas data", re.IGNORECASE)
_DATA_ASKED_FOR = re.compile(
    r"\b(?:subject access|auskunft|acceso|acc[èe]s|(?:like|want) to know|what (?:data|information)|"
    r"welche daten|which data|quels donn[ée]es|qu[ée] datos)\b", re.IGNORECASE)
_PAYING_ANYONE = re.compile(r"\b(?:pay\w*|pag[aá]\w*|r[ée]gl\w+|zahl\w*|bezahl\w*)\b",
                            re.IGNORECASE)
_INSOLVENCY_OFFICIAL = re.compile(
    r"liquidat|administrat|receiver|trustee|concursal|insolvenzverwalt|mandataire|concurso|"
    r"insolven|faillite|konkurs", re.IGNORECASE)
# Copies on paper, which a stop may name while the same bills come by email.
_PAPER_COPIES = re.compile(r"\s+(?:me |us )?(?:the |these |those |your |any |all the )?(?:paper|"
                           r"printed|hard[- ]cop(?:y|ies))\b|\s+(?:\w+ )?(?:las |los |les |die )?"
                           r"(?:facturas?|cartas?|factures?|courriers?|rechnungen?|briefe?) "
                           r"(?:en |sur |auf |in )?(?:papel|papier)\b", re.IGNORECASE)


# Calls refused ("Please stop ringing my mobile during work hours, email is better for me"):
# a stop request only where other contact is refused too.
_CALLS_REFUSED = re.compile(
    r"\b(?:don't|do not|never) (?:phone|ring|call) (?:me|us)\b|\barr[êe]tez les appels\b|"
    r"\bnicht mehr anrufen\b|\bno volver a llamar\w*\b|"
    r"\bstop (?:getting |receiving )?(?:the |these |those |your |all the )?(?:(?:phone |"
    r"automated |robo-?)?calls|ringing|phoning|calling)\b|\bh(?:ö|oe)ren sie auf,? mich "
    r"(?:\w+ ){0,3}anzurufen\b|\b(?:take|remove|delete) (?:my|our|the) (?:\w+ )?(?:landline|"
    r"mobile|phone|number|cell)(?: number)? (?:off|from) (?:your|the) (?:call|calling|phone)"
    r"(?:ing)? list\b|\bno more (?:phone )?calls\b|\bkeine anrufe mehr\b|\b(?:dejen|deje|dejad) de "
    r"llamar\w*|\barr[êe]tez de m'appeler\b|"
    # texts or WhatsApp turned off, the landline spared ("unsubscribe from the text reminders",
    # "darme de baja de los mensajes de WhatsApp", "al fijo no me llaméis")
    r"\b(?:unsubscribe|opt out|take me off)\b[^.]{0,20}\b(?:text|sms|whats\s?app)\b|"
    r"\bdar(?:me|nos) de baja de (?:los )?(?:mensajes|sms|avisos) (?:de|por) whats\s?app\b|"
    r"\bno me (?:llam[eé]is|llamen|llames)\b|"
    # "your calls to my landline need to stop", "the texts have to stop"
    r"\b(?:calls|phone calls|ringing|texts|text messages|whats\s?apps?)\b[^.]{0,30}\b(?:need|needs|"
    r"have|has|got) to stop\b", re.IGNORECASE)


# Letters, texts, WhatsApps or voicemails refused ("No letters to the house please", "Please no
# more WhatsApp messages", "stop leaving voicemails", "no need to send the paper copy"): with
# email welcome, a way of being reached refused, not contact.
_ANOTHER_WAY_STOPPED = re.compile(
    r"\b(?:no|no more|stop(?: sending| leaving)?|(?:don't|do not) send(?: any more)?|no need to "
    r"send|keine|no me (?:manden|mand[ée]is|env[íi]en)(?: m[áa]s)?|arr[êe]tez|h(?:ö|oe)ren sie "
    r"auf|dej(?:en|e|ad) de)\b[^.]{0,25}?\b(?:letters?|post|paper cop(?:y|ies)|voicemails?|"
    r"whats\s?app\w*|sms|texts?|text messages|calls?|appels?|briefe?|cartas?|anrufe?|"
    r"mensajes de texto|sonner|visits?|paper (?:bills|invoices|statements))\b", re.IGNORECASE)
# ... unless email is refused too ("no calls and no emails").
_EMAIL_REFUSED = re.compile(r"\b(?:no|no more|stop(?: the| sending)?|keine)\s+e-?mails?\b|"
                            r"\bstop e-?mailing\b", re.IGNORECASE)


def stop_request_denied(words: str) -> bool:
    """Whether the debtor's words hold a stop request they ask not to happen, or an
    insolvency they deny (see `_stop_denied`), ask for the reminders to go on, or tell of a
    client's or supplier's insolvency: words a model may take for a stop request."""
    if _KEEP_SENDING.search(words) or any(
            _THEIRS_INSOLVENT.search(part.text) for part in sentences(words)):
        return True
    if _TALKING_IT_OVER.search(words) and not _STOP_WORDS.search(words):
        return True
    if _CALLS_REFUSED.search(words) and (
            _EMAIL_WELCOME.search(words) or not _ANY_CONTACT.search(words)):
        return True  # "I'd like to stop getting calls from your automated system"
    if (_ANOTHER_WAY_STOPPED.search(words) and _EMAIL_WELCOME.search(words)
            and not _EMAIL_REFUSED.search(words)):
        return True  # "No letters to the house please ... Emails or texts are fine."
    if _SOMEONE_ELSE_SPARED.search(words) and _EMAIL_WELCOME.search(words):
        return True  # "please don't contact him, the account is in my name. Keep writing to me"
    if _OTHERS_INSOLVENT.search(words):
        return True  # "Bremer Homes went into administration three weeks ago owing us $60k"
    if _NO_NEED_TO_OPT_OUT.search(words):
        return True  # "Don't need to opt out, just need you to find my money"
    if _A_SERVICE_LEFT.search(words):
        return True  # "Je me suis désabonné du contrat de maintenance en juin"
    stops = [found.end() for found in _STOP.finditer(words)]
    if stops and all(_A_SERVICE_TO_STOP.match(words, end) for end in stops):
        return True  # "Please stop the weekly window clean from now on": a service ended
    if _taken_back(ReplyIntent.CEASE, words):
        return True
    for sentence in _sentences_of(words):
        for index in sorted(sentence.ids & _IDS_OF[ReplyIntent.CEASE]):
            if any(_stop_denied(sentence.text, found, sentence.email_welcome,
                                sentence.others_insolvent)
                   for found in sentence.searched[index].finditer(sentence.text)):
                return True
    return False


# A lawyer who found the invoice in order ("Talked to my lawyer and she says your invoice is
# fine", "j'ai consulté mon avocat, la facture est correcte"): the debtor pays, no referral.
_A_LAWYER = re.compile(
    r"\b(?:lawyer|solicitor|attorney|counsel|legal|avocat|abogad|letrad|anw[äa]lt|rechtsanw)",
    re.IGNORECASE)
_INVOICE_IN_ORDER = re.compile(
    r"\b(?:invoice|bill|amount|charges?|figures?|facture|montant|rechnung|betrag|factura|"
    r"importe)s?\b[^.;]{0,25}(?<!\bno )(?<!\bn')\b(?:is|are|was|looks?|seems?|est|ist|sind|"
    r"está|es|son)\s+(?:(?!not\b|nicht\b|pas\b|no\b)\w+\s+)?(?:fine|correct|right|valid|ok|"
    r"okay|legit\w*|in order|correcte?s?|juste|valable|korrekt|richtig|in ordnung|rechtens|bien|"
    r"correcta|v[áa]lida)\b|\b(?:invoice|bill) stands\b|\bagrees?\b[^.]{0,30}\b(?:is|are) "
    r"(?:correct|right|valid|fine)\b|\bno (?:issues?|problems?) with (?:the|your|this) (?:invoice|"
    r"bill|amount|charges?)\b",
    re.IGNORECASE)


# Calls, texts or letters refused while email is welcome ("Please don't phone me at work, email
# is fine", "Bitte keine SMS mehr, E-Mail reicht", "No me llames al móvil, mejor por correo",
# "Ne m'envoyez plus de courrier papier, l'e-mail suffit"): a preference of channel, not a stop
# request.
_BY_PHONE = re.compile(r"\b(?:phon|call|ring|text|sms|whats\s?app|llam|appel|t[ée]l[ée]phon|anruf|"
                       r"anzurufen|festnetz|"
                       r"handy|briefe?\b|post\b|letters?\b|paper|papier|papel|carta|briefpost)",
                       re.IGNORECASE)
_EMAIL_WELCOME = with_start_lookahead(re.compile(
    r"\bno need to stop (?:the )?e-?mails\b|\bkeep (?:the )?e-?mails (?:coming|going)\b|"
    r"\b(?:e-?mail(?:ing)?|correo|courriel|mail)s?\b[^.;]{0,25}(?:\b(?:is|are) |'s )(?:\w+ )?"
    r"(?:fine|ok|okay|"
    r"best|great|sweet|good|grand|better|perfect)\b|\bje préfère (?:le |les |par )?(?:e-?mails?|"
    r"mails?|courriels?)\b|\bnur (?:noch )?(?:an die|per) "
    r"\w*(?:e-?mail|mail)\b|"
    r"\b(?:e-?mail|correo|courriel|mail)s?\b[^.;]{0,15}(?:est[áa] bien|me va bien|reicht|(?:ist|"
    r"sind) (?:v(?:ö|oe)llig |total |ganz )?(?:ok|okay|in ordnung|besser|gut|prima)|geht|"
    r"(?:me )?conviennent|(?:me )?convient|va très bien|ça va|"
    r"suffit|c'est correct|c'est ok|c'est beau|c'est (?:très )?bien|c'est parfait|passt|"
    r"est[áa] b[áa]rbaro|est[áa] perfecto|perfecto|(?:todo )?joya|ta bien)|"
    # "Email works", "I prefer the email", "email is all I need", "Email is the way to reach me",
    # "Mails kommen an", "Per E-Mail erreichen Sie mich immer", "Les courriels, pas de problème",
    # "Écrivez-moi, c'est mieux" (and, above, "Email's perfect", "E-Mail ist völlig okay", "Por
    # correo perfecto", "Por mail todo joya")
    r"\be-?mails? (?:\w+ )?works\b|\bi prefer (?:the )?e-?mails?\b|"
    r"\be-?mail is (?:all (?:i|we) need|the way to reach)\b|\b(?:i'm|i am|we're|we are) (?:fine|"
    r"happy|ok|okay) with (?:the )?e-?mails?\b|"
    r"\bmails kommen an\b|\bper (?:e-?)?mail "
    r"erreichen sie mich\b|\bcourriels?,? pas de probl[èe]me\b|\b[ée]crivez-moi,? c'est mieux\b|"
    # "I get the emails, that's plenty", "Al correo sí", "que para eso tenéis el correo"
    r"\b(?:i|we) (?:get|read|see) the e-?mails\b,? (?:that's|thats|which is) (?:plenty|enough|"
    r"fine)\b|\b(?:al|por) (?:correo|mail|e-?mail) s[íi]\b|\be-?mails?,? (?:fine|ok|okay)\b|"
    r"\bno (?:problem|issue) with (?:the |your )?e-?mails\b|"
    r"\bpara eso (?:ten[ée]is|tienen|tienes) el (?:correo|mail)\b|"
    r"\bmejor por (?:aquí|aca|acá|este medio)\b|\bmejor (?:aqu[íi]|ac[áa]) por (?:correo|mail)\b|"
    r"\be-?mail (?:me )?instead\b|\bmejor por (?:correo|e-?mail|mail)\b|"
    r"\bprefiero que me escriban\b|"
    r"\bprefiero (?:el |por )?(?:correo|e-?mail|mail)\b|\bjust e-?mail\b|"
    r"\b(?:mejor )?escr[íi]b(?:ame|anme|ime|eme)\b|\bécrivez-moi plutôt\b|"
    r"\bschreiben sie (?:mir )?lieber\b|\bi'd "
    r"rather you (?:e-?mail(?:ed)?|wrote)\b|\bprefer (?:e-?mail|to be e-?mailed|you to e-?mail)\b|"
    r"\blieber per (?:e-?mail|mail)\b|\bpar "
    r"(?:e-?mail|courriel),? (?:c'est )?(?:mieux|bien|parfait)\b|"
    r"\b(?:por|par|per|by) (?:e-?mail|correo|courriel|mail)\b,? (?:sin problema|no problem|kein "
    r"problem|pas de probl[èe]me|sans probl[èe]me|bien|aucun souci|pas de souci|ok|vale)\b|"
    r"\bnur noch (?:e-?)?mails?\b|\b(?:e-?mail|correo|courriel|mail)s?(?:'s| is| "
    r"are) no problem\b|\bbut (?:still )?(?:get|receive|keep getting|want) (?:the )?e-?mails\b|"
    # "Keep writing to me here", "just me, here", "Email is the best way to reach me", "Al móvil
    # o por aquí por correo, lo que quieran", "Écrivez-moi par courriel, c'est correct", "Vous
    # pouvez m'écrire ici", "Per Mail gern jederzeit", "E-Mail ist mir lieber"
    r"\b(?:keep|carry on) (?:e-?mailing|writing to) (?:me|us)\b|\b(?:you can|feel free to|"
    r"happy for you to) (?:e-?mail|write to) (?:me|us)(?: here)?\b|\bjust (?:me|us),? here\b|"
    r"\be-?mail(?:ing)? (?:is|'s) the (?:best|easiest) way\b|\bpor (?:aqu[íi]|ac[áa]) (?:por )?"
    r"(?:correo|e-?mail|mail)\b[^.;]{0,30}\b(?:sin problema|todo bien|lo que quieran|perfecto)\b|"
    r"\bprefiero que (?:\w+ ){0,6}sea por (?:correo|e-?mail|mail)\b|"
    r"\b[ée]crivez(?:-| )moi (?:par|au) (?:courriel|e-?mail|mail)\b|"
    r"\bpar (?:courriel|e-?mail|mail),? c'est (?:correct|ok|parfait|bien|mieux|tr[èe]s bien)\b|"
    r"\bvous pouvez m'[ée]crire (?:ici|par)\b|\bper (?:e-?)?mail gerne?\b|"
    r"\bgerne? per (?:e-?)?mail\b|\b(?:e-?)?mail ist mir lieber\b|\b(?:e-?mail|correo|courriel|"
    r"mail)s?\b[^.;]{0,15}(?:todo bien|ça me va)|\be-?mail only\b|\bonly (?:by )?e-?mail\b|"
    r"\b[ée]crivez(?:-| )moi (?:ici|à cette adresse|sur cette adresse)\b|"
    # "but keep getting these emails", "que me lleguen solo los mails", "a este mail sí",
    # "write to me, here"
    r"\bkeep getting (?:the |these |your )?e-?mails\b|\b(?:lleguen|mand(?:en|[ée]is)|env[ií]en) "
    r"solo (?:los |por )?(?:mails|correos|e-?mails)\b|\ba este (?:mail|correo) s[íi]\b|"
    r"\bwrite to me,? here\b|\b(?:me|nos) (?:pueden|puede|pod[ée]is|puedes) escribir (?:por "
    r"aqu[íi]|a este correo|aqu[íi])\b|"
    # "email me if anything's wrong", "Anything else, email me", "Mails lese ich" (and, above,
    # "Al mail sí", "Par mail c'est très bien")
    r"(?<!or )(?<!nor )(?<!n't )(?<!not )\be-?mail me if\b|\banything else,? e-?mail me\b|"
    r"\b(?:e-?)?mails lese ich\b|\blese ich (?:meine |die )?(?:e-?)?mails\b|"
    # "un courriel ça fait la job", "por aquí respondo", "they just duplicate your emails",
    # "email is how I keep track of things"
    r"\b(?:courriel|e-?mail|mail)s?,? [çc]a fait (?:la job|l'affaire)\b|\bpor aqu[íi] "
    r"respondo\b|\bduplicates? (?:your|the) e-?mails\b|\be-?mail is how (?:i|we)\b",
    re.IGNORECASE))


# The reminder's own stop line quoted back in quotation marks, double or single ('"Reply STOP
# to stop these reminders"? Definitely not!', "Your email says 'Reply STOP to opt out of
# reminders'. I'm not opting out", "In Ihrer Mail steht 'Antworten Sie mit STOPP, um keine
# Erinnerungen mehr zu erhalten'"): no stop request of the debtor's.
_HOW_TO_STOP = (r"(?:reply|respond|antworten sie|r[ée]pondez|responda|responde|opt[- ]out|to stop|"
                r"pour arr[êe]ter|um keine|para (?:dejar|no recibir)|darse de baja)")
_REMINDER_QUOTED = re.compile(
    rf"[\"“«„][^\"“”«»„]{{0,40}}\b{_HOW_TO_STOP}\b[^\"“”«»„]{{0,100}}[\"”»“]"
    rf"|(?<!\w)['‘](?=(?-i:[A-ZÀ-Ý]))[^'‘’\n]{{0,40}}\b{_HOW_TO_STOP}\b[^'‘’\n]{{0,100}}['’](?!\w)",
    re.IGNORECASE)


def _stop_denied(sentence: str, found: re.Match[str], email_welcome: bool = False,
                 others_insolvent: bool = False) -> bool:
    """Whether a stop request a pattern `found` in `sentence` is one the debtor asks not to
    happen, an insolvency they deny, a lawyer who found the invoice in order, or calls refused
    while the reply (`email_welcome`) welcomes email, or an insolvency while the reply tells
    of another firm's (`others_insolvent`)."""
    if any(quoted.start() <= found.start() and found.end() <= quoted.end()
           for quoted in _REMINDER_QUOTED.finditer(sentence)):
        return True
    before = sentence[max(0, found.start() - 32) : found.start()]
    if _STOP_PERMITTED.search(before) and (
            _PAYING_WORD.search(sentence) or _ONLY_THE_CHASING.match(sentence, found.start())):
        return True  # "I'll pay Friday so you can stop chasing": no request, a payment coming
    if _STOP_FOLLOWS.search(before) or _ONLY_THOUGHT_OF.search(before):
        return True
    if _DECIDED_AGAINST.match(sentence, found.end()):
        return True  # "I looked into an IVA but decided against it"
    if _FOR_THIS_ONE.match(sentence, found.end()) and _RECORDS_TO_UPDATE.search(sentence):
        return True  # "Please update your records, and stop the reminders for this one": paid
        # or settled, the chasing of one bill to end, not contact
    if _CADENCE_ONLY.search(sentence):
        return True  # "stop sending me three reminders a week, once is plenty": how often
    if _WHEN_PAID.match(sentence, found.end()):
        return True  # "I do not wish to receive such reminders when I have paid in time"
    if _ONLY_UNTIL_THEN.search(sentence) and _only_the_reminders(sentence[found.start():]):
        return True  # "Bitte bis dahin keine weiteren Mahnungen": a pause until the day named
    if _ADVISER_HELPS.search(sentence) and not _HANDED_OVER.search(sentence):
        return True
    asked = sentence[: found.start()] + _ANOTHER_CLAUSE.split(sentence[found.start():], 1)[0]
    if (_MARKETING.search(sentence) and not _THE_CHASING.search(asked)
            and not _STOP_CONTACTING_ME.search(asked)):
        return True  # "Dejen de enviarme publicidad, pero necesito una copia de la factura"
    if any(bill.match(sentence, found.end())
           for bill in (_A_CHARGE_TO_STOP, _ONE_JOBS_BILLS, _THE_SAME_BILL)):
        return True  # "Dejen de reclamarme los intereses", "stop sending invoices for the April
        # job", "stop sending me the same invoice": a charge refused, not contact
    if _NOT_STOPPING.search(before) or (
            _NO_BEFORE_DEJAR.search(before) and _DEJAR_OR_DAR_DE_BAJA.match(found.group(0))):
        return True
    if _A_LAWYER.search(found.group(0)) and _INVOICE_IN_ORDER.search(sentence):
        return True
    if email_welcome and (_BY_PHONE.search(found.group(0)) or (
            _BY_PHONE.search(sentence) and "mail" not in found.group(0).lower())):
        return True
    if (_CALLS_ONLY.search(found.group(0)) and not _ANY_CONTACT.search(sentence)
            and not _NOT_ME.search(found.group(0))):
        return True  # "Please don't call me at work": calls refused, not contact (but "ring
        # her, not me" sends all contact to someone else)
    if email_welcome and _SOMEONE_ELSE.search(sentence, found.start(), found.end() + 40):
        return True  # "Don't contact my partner about my invoices please, just me, here"
    if _A_LAWYER.search(found.group(0)) and _ANOTHER_MATTER.search(sentence):
        return True  # "mit dem Anwalt wegen der Scheidung beschäftigt": a lawyer for something else
    if _DATA_LAW.fullmatch(found.group(0)) and (
            sentence.rstrip().endswith("?") or _DATA_ASKED_FOR.search(sentence)):
        return True  # "Under GDPR I'd like to know who is processing my data": a request for
        # the data, not a stop
    if _PAYING_ANYONE.search(sentence) and sentence.rstrip().endswith("?") and (
            _INSOLVENCY_OFFICIAL.search(found.group(0))):
        return True  # "¿... o hay que pagársela al administrador concursal?": whom to pay
    if _PAPER_COPIES.match(sentence, found.end()):
        return True  # "Please stop sending hard copies to the office, it all comes by email"
    if _STOP.search(found.group(0)) and _A_SERVICE_TO_STOP.match(sentence, found.end()):
        return True  # "I asked you to STOP the gardening visits": a service ended, not contact
    if _A_SERVICE_LEFT.search(sentence):
        return True  # "Unsubscribe me from the monthly plan you put me on without asking"
    if email_welcome and _ON_PAPER.search(sentence) and "mail" not in found.group(0).lower():
        return True  # "Stop sending the paper statements please, email's fine": post refused

    if others_insolvent and _AN_INSOLVENCY.search(found.group(0)):
        return True  # "Hartland Home Stores went into administration ... they owe us £38k"
    word = _INSOLVENCY_WORD.search(found.group(0))
    if word is None:
        return False
    if _OTHERS_INSOLVENT.search(sentence) or _BANKRUPTING_ME.search(sentence):
        return True  # another firm's insolvency, or "you'll have me in bankruptcy court lol"
    if sentence.rstrip().endswith("?") and len(sentence.split()) <= 3:
        return True  # "Bankruptcy? No, nothing like that."
    start = found.start() + word.start()
    return _DENIED_BEFORE.search(sentence, max(0, start - 30), start) is not None


# A payment stopped, cancelled or bounced: the sentence that tells of it tells of no payment.
_PAYMENT_UNDONE = re.compile(
    r"\b(?:stopped|cancell?ed|voided|bounced|reversed|recalled) (?:the|our|my|that|a) (?:cheque|"
    r"check|payment|transfer)\b|\b(?:cheque|check|payment|transfer) (?:was|got|has been) "
    r"(?:stopped|"
    r"cancell?ed|voided|bounced|returned|reversed)\b|\b(?:cheque|check|payment|transfer) "
    r"(?:bounced|came back|was sent back)\b", re.IGNORECASE)
# "We've been paid a visit by the auditors": an idiom, no payment.
_PAID_IDIOM = re.compile(r"\s+(?:a visit|a call|(?:my|our|their) respects|attention|a compliment|"
                         r"lip service)\b", re.IGNORECASE)


# A sentence that opens on what the writer believes, not knows.
_HEDGED = re.compile(r"\W*(?:i think|i believe|ich glaube)\b", re.IGNORECASE)


def _paid_in(clause: str, patterns: Iterable[re.Pattern[str]]) -> bool:
    """Whether one of `patterns` says paid in `clause`, not negated or in the future, and not
    asked ("Habe ich schon bezahlt?", "Have we paid this?")."""
    if _ASKS_WHETHER.match(clause) and clause.rstrip().endswith("?"):
        return False
    if _PAYMENT_UNDONE.search(clause):
        return False  # "we stopped the cheque we posted on the 2nd"
    if _HEDGED.match(clause):
        return False  # "ich glaube, mein Mann hat die Rechnung schon überwiesen": not known
    for pattern in patterns:
        for found in pattern.finditer(clause):
            window = clause[max(0, found.start() - 25) : found.end()]
            if (_PAID_NEGATION.search(window) or _PAID_TO_THEM.match(clause, found.end())
                    or _PAID_IDIOM.match(clause, found.end())):
                continue
            return True
    return False
