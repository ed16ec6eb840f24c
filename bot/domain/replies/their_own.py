"""A look-ahead (and the words of an insolvency that is over) shared by `phrases.py` and the
language modules, kept apart so that neither imports the other."""

from __future__ import annotations

# The firms a debtor deals with, and other people's firms, whose insolvency is not the
# debtor's own.
_RELATIVES = (
    r"(?:brother|sister|father|mother|dad|mum|mom|son|daughter|cousin|uncle|aunt|friend|"
    r"(?:business )?partner|husband|wife|ex|ex-husband|ex-wife|brother-in-law|sister-in-law|"
    r"father-in-law|accountants?|bookkeeper)"
)
THIRD_PARTIES = (
    r"(?:clients?|customers?|suppliers?|contractors?|debtors?|tenants?|buyers?|\w*kunden?|"
    r"auftraggeber\w*|lieferant\w*|clientes?|proveedor\w*|fournisseurs?|landlords?|"
    r"distribut\w*|wholesalers?|retailers?|stockists?|grossistes?|mayoristas?|\w*h(?:ä|ae)ndler\w*|"
    r"abnehmer\w*|gcs?|general contractors?|carriers?|couriers?|hauliers?|transporteurs?|"
    r"transportistas?|spediteur\w*|subcontractors?|sous-traitants?|(?:old |former |ex-)?employers?|"
    r"employeurs?|empleador\w*|arbeitgeber\w*|mandantes?|"
    r"filiales?|subsidiar(?:y|ies)|tochter\w*|providers?|freight (?:company|firm|forwarders?)|"
    # ("the company that filed Chapter 11 in your area is Beacon Roofing, not Beacon Roof Care")
    r"(?:company|business|firm|outfit) that (?:went|filed|is|was|has|had)|" + _RELATIVES
    + r"(?:'s|’s) (?:company|business|firm|shop|restaurant|bar|caf[ée]|store|salon|garage|"
    r"bankruptcy|insolvency|liquidation|administration)|sister (?:company|firm|business)|"
    # "My sister's the one going through bankruptcy", "The bankruptcy was my business
    # partner's", "My business partner went personally bankrupt", the flat's "previous owner"
    # (not a spouse or parent gone bankrupt: the writer may be answering for them)
    + _RELATIVES + r"(?:'s| is) the one|(?:my|our|his|her) " + _RELATIVES
    + r"(?:'s|’s)(?= *(?:[,.;!]|$))|(?:my|our) (?:business partner|ex|ex-husband|ex-wife|"
    r"accountants?|bookkeeper) (?:\w+ ){0,2}?(?:went|has gone|had gone|is going|was|is|has "
    r"been|got|filed|declared)(?: \w+){0,2}? (?:bankrupt|bust|insolvent|into (?:administration|"
    r"liquidation|receivership)|for (?:bankruptcy|insolvency))|(?:previous|former|last) "
    r"(?:owners?|occupiers?|occupants?|tenants?)|"
    # "la empresa de mi hermano", "el que se declaró en insolvencia es mi papá", "l'entreprise de
    # mon frère", "die Firma meiner Schwester"
    r"(?<!parte )(?:de|es) (?:mi|nuestro|nuestra) (?:pap[áa]|padre|madre|mam[áa]|hermano|hermana|"
    r"hijo|hija|t[íi]o|t[íi]a|primo|prima|socio|socia|cu[ñn]ado|cu[ñn]ada|suegro|suegra|ex)|"
    r"(?<!part )de (?:mon|ma) (?:fr[èe]re|p[èe]re|fils|oncle|cousin|associ[ée]|beau-fr[èe]re|"
    r"s(?:œ|oe)ur|m[èe]re|fille|tante|cousine|associ[ée]e)|"
    r"(?:seines|ihres|meines|unseres) (?:bruders|vaters|sohnes|onkels|schwagers|cousins|"
    r"gesch(?:ä|ae)ftspartners|teilhabers)|(?:seiner|ihrer|meiner|unserer) (?:schwester|mutter|"
    r"tochter|tante|cousine|schw(?:ä|ae)gerin))"
)
#: An insolvency said to be over ("our IVA finished back in March", "my debt management plan
#: finished in July").
INSOLVENCY_ENDED = (
    r"(?:iva|dro|debt relief order|debt management plan|dmp|bankruptcy|insolvency|administration|"
    r"trust deed|consumer proposal|cva|debt review|debt agreement) (?:(?:was |has been )?"
    r"(?:finished|ended|discharged|completed)|is over)"
)
#: An insolvency the writer says they came out of ("I finished my IVA in the summer", "ya salí
#: de la quiebra", "Meine Privatinsolvenz ist seit März abgeschlossen, Restschuldbefreiung
#: erteilt").
INSOLVENCY_LEFT_BEHIND = (
    r"(?:finished|completed|came out of|got out of|out of) (?:my|our|the) (?:iva|dro|bankruptcy|"
    r"insolvency|administration|trust deed|debt relief order|debt management plan)|"
    r"sal[ií](?:mos)? (?:de la quiebra|del concurso)|(?:estoy|estamos) rehabilitad[oa]s?|"
    r"insolvenz\w* (?:ist|wurde) (?:\w+ ){0,2}(?:abgeschlossen|beendet|aufgehoben)|"
    r"restschuldbefreiung|(?:fini|termin[ée]|sortie?s? d[eu]) (?:mon |ma |notre |le |la )?(?:plan "
    r"de surendettement|surendettement|redressement(?: judiciaire)?)|"
    # "Ma procédure de surendettement est clôturée depuis 2022", "Le plan de redressement ... a
    # été exécuté jusqu'au bout et la procédure est close"
    r"(?:proc[ée]dure|plan)\b[^.]{0,40}\b(?:est|a [ée]t[ée]) (?:cl[ôo]tur[ée]e?|close|termin[ée]e?|"
    r"ex[ée]cut[ée]e?)"
)
# Insolvency words count only for the debtor's own: not in a sentence about a client, customer,
# supplier or distributor of theirs ("one of our clients went into administration, so ..."),
# nor in one that says it is someone else's ("to be clear, it's them in administration", "the
# firm that went into administration is my old employer, not me", "the UK entity is unaffected",
# "what they owed us"), nor an insolvency that is over ("our IVA finished back in March").
# Put it before a pattern (`THEIR_OWN + r"..."`): it applies to the first alternative only.
_NOT_THEM = (
    r"\bit(?:'s|’s| is) them\b|.*\b(?:not (?:me|us|mine|ours)|pas (?:moi|nous)|no "
    r"(?:yo|nosotros)|nicht (?:ich|wir|uns|mich)|(?:is|are) (?:unaffected|not affected)|"
    r"(?:they|he|she) owed us|solvent|(?:was|is|'s|are|were) a (?:separate|different) "
    r"(?:company|entity|business|legal entity)|nothing to do with "
    r"(?:us|me)|mit (?:uns|mir) nichts zu tun|" + INSOLVENCY_ENDED + "|"
    + INSOLVENCY_LEFT_BEHIND +
    # close to it ("about two weeks off going bankrupt myself"), or the writer's trade ("I'm an
    # insolvency practitioner myself")
    r"|(?:weeks?|days?|months?|a step|an inch|a whisker|not far|close) (?:off|from|away from|to) "
    r"(?:going )?(?:bankrupt|bust|under|insolvent|bankruptcy)|on the (?:verge|brink|edge) of "
    r"(?:going )?(?:bankrupt\w*|insolvency|bust|going under)|(?:i'm|i am|i work as|we're|we are) "
    r"an? insolvency (?:practitioners?|firm|lawyer|specialist)"
    r"|(?:bankruptcy|iva) discharge (?:in|back in) (?:19|20)\d\d|"
    # discharged long ago, a proposal or petition refused, business as usual after it ("had a
    # bankruptcy, in 2018, discharged a year later", "j'ai été libéré depuis longtemps", "ist
    # aber seit 2022 abgeschlossen", "Our IVA proposal was rejected", "Der Insolvenzantrag ...
    # wurde abgewiesen", "ya se homologó el acuerdo y estamos operando normal")
    r"discharged (?:\w+ ){0,2}(?:later|ago)|j'ai été libéré|seit (?:19|20)\d\d abgeschlossen|"
    r"(?:proposal|petition|application) was (?:rejected|refused|turned down|dismissed)|wurde "
    r"(?:\w+ ){0,3}abgewiesen|(?:estamos|seguimos) operando (?:normal|con normalidad)|"
    # the writer's own trade ("I work as a debt adviser myself", "i am a lawyer by profession")
    r"(?:i work as|i'm|i am) an? (?:debt advis[eo]r|lawyer|solicitor|attorney|advocate) "
    r"(?:myself|by profession)|i work as an? (?:debt advis[eo]r|lawyer|solicitor)|"
    r"despite (?:what )?(?:the )?"
    r"rumou?rs?|(?:we're|we are) trading (?:fine|normally|as (?:normal|usual))|discharged from "
    r"(?:bankruptcy|"
    r"(?:my|our|the) iva)|(?:nearly|almost) (?:went|gone|go) (?:bankrupt|bust|under))\b"
)
THEIR_OWN = rf"^(?!.*\b{THIRD_PARTIES}\b|.*{_NOT_THEM}).*?"
# The same for an insolvency said in the first person or by its own name ("Ich bin in
# Privatinsolvenz, mein Arbeitgeber weiß Bescheid"): only that it is over, refused or another's
# in so many words rules it out, not a third party named beside it.
NOT_OVER = rf"^(?!.*{_NOT_THEM}).*?"
