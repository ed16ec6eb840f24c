"""German: the words debtors use for each intent, merged into `phrases.py`'s lists.

Patterns are matched case-insensitively against one sentence at a time of the debtor's own
words (quoted text, signature and "if ..." clauses already removed), as `phrases.py` says.
Keep them general: the ways people write, not the wording of any one sample.

German as written in Germany, Austria and Switzerland: Swiss "ss" for "ß" ("ausschliesslich"),
umlauts typed as "ae/oe/ue" ("ueberwiesen"), Austrian and Swiss words ("verrechnen" for "to
bill", "Erlagschein", "Einzahlungsschein", "Konkurs", "Masseverwalter", "Offerte"), dialect
negations ("ned", "net", "nöd", "nix"), colloquial contractions ("hab's", "geht's") and all
persons (Sie, du, ihr) and word orders ("Den Rest überweise ich am Freitag").
"""

from __future__ import annotations

from bot.domain.replies.intents import ReplyIntent
from bot.domain.replies.their_own import NOT_OVER, THEIR_OWN

# Fragments used in several patterns.
_AE, _OE, _UE, _SS = "(?:ä|ae)", "(?:ö|oe)", "(?:ü|ue)", "(?:ß|ss)"
# "Anwalt", "Anwältin", "Anwälte", "Rechtsanwalt" ... (the umlaut comes and goes).
_ANWALT = r"(?:rechts)?anw(?:a|ä|ae)lt"
# What a debtor says they did when they paid: past participles.
_PAID_WORD = (
    rf"(?:bezahlt|gezahlt|{_UE}berwiesen|beglichen|angewiesen|eingezahlt|einbezahlt|"
    rf"ausgeglichen|abgebucht|eingezogen|gutgeschrieben|transferiert)"
)
# The people who act for a debtor: lawyers, insolvency trustees and administrators, guardians.
_REPRESENTATIVE = (
    rf"(?:{_ANWALT}\w*|anwaltskanzlei|kanzlei|rechtsbeistand|(?:verfahrens|general)?"
    rf"bevollm{_AE}chtigte\w*|"
    # (a Swiss "Treuhänderin" the reminder is only forwarded to keeps the books and pays)
    rf"rechtsvertret\w*|treuh{_AE}nder(?:in|innen|s|n)?\b(?! weitergeleitet)|insolvenzverwalt\w*|"
    rf"masseverwalt\w*|"
    rf"konkursverwalt\w*|konkursamt|sachwalter\w*|erwachsenenvertret\w*)"
)
_POSSESSIVE = r"(?:den |die |das |dem |der |meinen |meine |meiner |meinem |unseren |unsere |" \
    r"unserer |unserem )"
# A day still to come: a paid phrase after one of these is a promise, not a payment.
_FUTURE_DAY = (
    rf"(?:zum|zur|sp{_AE}testens|ende|anfang|mitte|morgen|{_UE}bermorgen|n{_AE}chste\w*|"
    r"kommende\w*|montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|monatsende|"
    r"wochenende|silvester|weihnachten|nikolaus|ostern|neujahr|jahresende|\d)"
)
# Every number word a debtor writes for a few of something.
_FEW = rf"(?:\d+|zwei|drei|vier|f{_UE}nf|sechs|sieben|acht|neun|zehn|elf|zw{_OE}lf)"
# Just before "falscher Betrag": the debtor's own message or words, not the invoice.
_MY_OWN_SLIP = "".join(
    [rf"(?<!{who} {last}{what} {verb} ein )" for who in ("meiner", "unserer")
     for last in ("", "letzten ") for what in ("mail", "e-mail", "nachricht")
     for verb in ("stand", "war")]
    + [rf"(?<!{verb} ihnen einen )" for verb in ("ich", "wir", "habe", "hab", "haben", "hatte",
                                                  "hatten")]
)
# The people a debtor paid to come and do something: trades, services, events.
_PROVIDER = (
    rf"(?:techniker|monteur|handwerker|installateur|elektriker|klempner|maler|fliesenleger|"
    rf"dachdecker|tischler|schreiner|zimmermann|g{_AE}rtner|fotograf|videograf|dj|band|musiker|"
    rf"s{_AE}nger|caterer|catering|koch|fahrer|chauffeur|reinigungskraft|putzfrau|putzkraft|"
    rf"reinigungsfirma|umzugsfirma|lehrer|trainer|nachhilfe|redner|moderator|animateur|"
    rf"mitarbeiter|team|firma|lieferant|kurier|bote|entertainer|zauberer|florist|friseur|"
    rf"visagist)\w*"
)
# Goods and services that can be late, cancelled or fail.
_DELIVERABLE = (
    rf"(?:lieferung|ware|waren|paket|sendung|bestellung|essen|buffet|torte|kuchen|blumen|"
    rf"deko\w*|zelt|kurs|termin|stunde|unterricht|training|veranstaltung|konzert|flug|fahrt|"
    rf"reise|event|seminar|workshop|behandlung|sitzung|tour|vorstellung|service|wartung|"
    rf"heizung|anlage|strom|internet|leitung|ger{_AE}t|maschine|material|m{_OE}bel|k{_UE}che)"
)
# A sentence with a question mark after this point: the sentence asks, it does not state.
_NOT_ASKED = r"(?=[^?]*$)"
# Not a matter to talk over with the creditor in person or on the phone: that is no
# acknowledgement but a call for a person ("Das müssen wir mal persönlich besprechen").
_NOT_IN_PERSON = (
    rf"(?![^.]*\b(?:pers{_OE}nlich|telefonisch|m{_UE}ndlich|am telefon|unter vier augen|"
    rf"mit ihnen|mit euch|mit dir|bei einem treffen|in einem gespr{_AE}ch)\b)"
)

# "Hören Sie auf, uns die Wartungspauschale zu berechnen": a charge to stop, not contact.
_NOT_A_CHARGE = r"(?![^.]{0,60}\bzu (?:berechnen|verrechnen|belasten|fakturieren|verlangen)\b)"
# The emails or reminders stopped ("mit den Mahnungs-Mails", "mit die Mails")
_THE_MAILS = (r"(?:den |die |der |ihren |diesen |euren |dem )?(?:\w+-)?(?:mails?|e-?mails?|"
              r"mahnungen|nachrichten|zuschriften|erinnerungen|schreiben|briefen?)\b")

_CEASE = (
    # another way instead of email: "Bitte rufen Sie mich an statt zu mailen", "lieber
    # telefonisch statt per Mail"
    r"\b(?:rufen sie (?:mich|uns) (?:\w+ )?an|anrufen|telefonisch|per (?:post|brief|telefon))\b"
    r"[^.]{0,20}\b(?:an)?statt (?:zu )?(?:mailen|schreiben|e-?mails?|per (?:e-?)?mail)\b",
    # Austrian "nimmer" (no more): "schreibens mir bittschön nimmer auf die Adresse"
    r"\b(?:schreib\w*|mail\w*|schick\w*) (?:mir|uns) (?:\w+ ){0,2}nimmer\b",
    # this address not to be used: "Diese Adresse ist privat und darf für Mahnungen nicht
    # verwendet werden"
    r"\b(?:diese|meine|unsere) (?:e-?mail-?|mail)?adresse\b[^.]{0,40}\b(?:darf|soll|sollte|bitte)"
    r"\b[^.]{0,30}\bnicht (?:mehr )?(?:verwendet|benutzt|genutzt|angeschrieben)\b",
    # someone who acts for the debtor: "nur noch mit ihr Kontakt aufnehmen, nicht mit mir"
    r"\b(?:mit|an) (?:ihr|ihm|ihnen|(?:meine[rmn]?|unsere[rmn]?|de[rmn]|die) \w+)\b[^.]{0,40}"
    r",? (?:und )?nicht (?:mit|an) (?:mir|mich|uns)\b",
    r"\bschutzschirmverfahren\b|\beinstellung (?:jeder|aller|der) (?:weiteren )?(?:kontaktaufnahme|"
    r"kontakte?|korrespondenz|mahnungen|zuschriften)\b",
    # Represented by a lawyer, a trustee or an administrator; talk to them, not to me.
    r"\b(?:anwaltlich|rechtsanwaltlich|juristisch|rechtlich) vertreten\b|"
    rf"\bvertreten (?:durch|von) {_POSSESSIVE}?(?:{_ANWALT}|kanzlei)",
    # (not "nicht über die Kanzlei": the debtor's own firm, which did not order it; nor "Ärger
    # mit unserem Treuhänder": trouble with the one who keeps the books)
    rf"(?<!nicht )\b(?:an|{_UE}ber|via|durch|(?<!rger )(?<!probleme )(?<!streit )mit) "
    rf"{_POSSESSIVE}?{_REPRESENTATIVE}",
    rf"\b(?:meine|meinen|meiner|meinem|unsere|unseren|unserer|unserem) "
    rf"{_ANWALT}(?:in|innen|e|en)\b",
    rf"\b(?:einen|eine|den|die) {_ANWALT}(?:in)? (?:\w+ ){{0,3}}"
    rf"(?:eingeschaltet|eingeschalten|beauftragt|genommen|mandatiert|hinzugezogen)\b",
    r"\b(?:mein|meine|meinen|meiner|meinem|meines|unser|unsere|unseren|unserer|unserem|"
    # (not "unsere Mandanten", plural: a firm's clientele, as a tax adviser writes of it)
    r"unseres) mandant(?:in|en|innen|schaft)?\b(?<!\bunsere mandanten)(?<!\bmeine mandanten)"
    # (not a client who pays the writer: "sobald unser Mandant uns bezahlt hat")
    rf"(?! (?:uns|mir) (?:\w+ )?(?:bezahlt|zahlt|gezahlt|{_UE}berwiesen|{_UE}berweist))|"
    r"\bnamens und (?:in )?vollmacht\b|"
    r"\bwahrnehmung (?:seiner|ihrer|der|meiner|unserer) (?:rechtlichen )?interessen\b",
    rf"\b(?:ausschlie{_SS}lich|nur noch|k{_UE}nftig|fortan)\b[^.]{{0,40}}\b{_REPRESENTATIVE}",
    rf"\b(?:schriftverkehr|korrespondenz|kommunikation)\b[^.]{{0,60}}\b{_REPRESENTATIVE}",
    r"\b(?:gesetzliche[nr]?|rechtliche[nr]?) betreuer(?:in)?\b|\bbetreuungsgericht\b",
    # Insolvency of the debtor: Germany, Austria (Schuldenregulierung, Sanierung, Konkurs),
    # Switzerland (Konkurs, Nachlassstundung).
    NOT_OVER + r"\b(?:privat|verbraucher|regel|firmen|unternehmens)insolvenz\w*\b",
    THEIR_OWN + rf"\b(?:privatkonkurs|konkursamt|konkursverfahren|konkurser{_OE}ffnung|"
    r"schuldenregulierungsverfahren|abschöpfungsverfahren|sanierungsverfahren|"
    r"nachlassstundung|nachlassverfahren|restschuldbefreiung|wohlverhaltens(?:phase|periode)|"
    r"schuldenbereinigung\w*)\b",
    r"\b(?:über|ueber|gegen) (?:mich|uns|meine (?:firma|person|gesellschaft)|unsere "
    r"(?:firma|gesellschaft)|mein (?:unternehmen|geschäft|vermögen)|unser (?:unternehmen|"
    r"geschäft|vermögen)|das vermögen (?:meiner|unserer|der (?:firma|gesellschaft)))\b[^.]{0,60}"
    r"\b(?:konkurs|insolvenz|verfahren)",
    r"\b(?:ich|wir|firma|gesellschaft|unternehmen|gmbh)\b (?:\w+ ){0,3}(?:in|im) konkurs\b|"
    rf"\bkonkurs (?:\w+ ){{0,2}}(?:angemeldet|beantragt|er{_OE}ffnet|anmelden|beantragen)\b",
    rf"\b(?:ich bin|wir sind|firma ist|gesellschaft ist|unternehmen ist|gmbh ist) (?:\w+ ){{0,2}}"
    rf"(?:bankrott|zahlungsunf{_AE}hig|{_UE}berschuldet)\b",
    # Stop writing to me.
    r"(?<!habe )(?<!hab )(?<!haben )(?<!hatte )(?<!hatten )(?<!bisher )(?<!noch )(?<!nie )"
    r"(?<!bislang )\bkeine (?:weiteren |weitere |automatischen |automatisierten |solchen |"
    r"diese |ihre |unn\w+ )*(?:e-?mails?|mails?|erinnerungen|zahlungserinnerungen|mahnungen|"
    r"mahnschreiben|nachrichten|schreiben|zuschriften|anrufe|briefe|post|kontaktaufnahmen?|"
    r"kontakt(?:e|versuche)?|zahlungsaufforderungen|aufforderungen|sms)\b",
    r"\bnicht mehr an (?:mich|uns|diese (?:adresse|e-?mail-?adresse|mailadresse))\b",
    # (not "laut Ihrem Schreiben nicht mehr gültig": the letter, not a stop)
    r"(?<!ihrem )(?<!ihrer )(?<!einem )(?<!dem )(?<!im )"
    r"\b(?:schreiben|schreibt|schreib|mailen|kontaktieren|kontaktiert|anrufen|belästigen|"
    r"nerven|nervt|behelligen|anschreiben|schicken|schickt|senden|sendet)(?: sie)?"
    r"(?: mir| mich| uns)?(?: bitte| doch| endlich| ab sofort| ab jetzt| künftig)* "
    r"(?:nicht mehr|nie wieder|nie mehr)\b(?! (?:gültig|aktuell|korrekt|richtig|zutreffend))",
    r"\b(?:nicht|nie) (?:mehr|wieder) (?:zu )?(?:kontaktier\w*|angeschrieben|anzuschreiben|"
    r"anschreiben|schreiben|belästig\w*|behellig\w*|anrufen|anzurufen|angerufen|mahnen|"
    r"erinnern|gemahnt|anmailen|mailen)\b",
    r"\bla(?:ss|ß)(?:en sie|t|e)? (?:mich|uns) (?:\w+ ){0,2}in (?:ruhe|frieden)\b",
    # "Die Schuldnerberatung vertritt mich." "Ich werde von der Schuldnerberatung vertreten."
    r"\b(?:vertritt|vertreten) (?:jetzt |nun |inzwischen |ab sofort )?(?:mich|uns)\b"
    r"(?! (?:\w+ )?(?:selbst|selber)\b)(?!.*\b(?:urlaub\w*|ferien|abwesenheit|krank\w*|"
    r"elternzeit|karenz|mutterschutz|solange|w(?:ä|ae)hrend)\b)|"
    r"\b(?:werde|werden|bin|sind) (?:\w+ ){0,2}(?:von|durch) "
    r"(?:der|die|den|dem|einer|einem) [^.?]{0,40}\bvertreten\b",
    r"^\W*(?:bitte )?(?:abmelden|austragen|abbestellen|stopp)\W*(?:bitte|danke)?\W*$",
    r"\b(?:melden|tragen) sie (?:mich|uns|meine (?:e-?mail-?)?adresse) (?:\w+ ){0,4}(?:ab|aus)\b",
    r"\b(?:aus|von) (?:ihrem|ihrer|dem|der|diesem|dieser|allen|ihren) (?:e-?mail-?|mail-?)?"
    rf"(?:verteiler|mailingliste|liste|newsletter|adressliste|kartei|datenbank|system)\w* "
    rf"(?:\w+ ){{0,2}}(?:streichen|entfernen|l{_OE}schen|austragen|nehmen|abmelden|gel{_OE}scht|"
    r"gestrichen|entfernt|ausgetragen|genommen|abgemeldet)\b",
    rf"\b(?:streichen|entfernen|l{_OE}schen|nehmen) sie (?:\w+ ){{0,3}}(?:mich|uns|meine "
    r"(?:e-?mail-?adresse|adresse|e-?mail|daten|kontaktdaten)) (?:\w+ ){0,3}(?:aus|von)\b",
    r"\b(?:sind|ist) (?:\w+ ){0,2}zu unterlassen\b|\bunterlassungs\w*\b",
    # Spam, blocking.
    rf"\b(?:ab sofort|ab jetzt|k{_UE}nftig|in zukunft|von nun an|fortan)\b[^.]{{0,40}}\bspam|"
    r"\bals spam (?:markier|meld|einstuf|blockier)\w*",
    r"\b(?:ihre|diese|die) (?:absenderadresse|adresse|e-?mail-?adresse|mails?|e-?mails?|nummer) "
    r"(?:\w+ ){0,3}(?:blockiert|gesperrt|geblockt)\b",
    # Data protection: objection to processing, erasure, consent withdrawn.
    r"\b(?:dsgvo|ds-gvo|dsg)\b",
    rf"\bdatenschutz(?:-?grundverordnung|beh{_OE}rde|beauftragte\w*|aufsicht)\b",
    r"\bwiderspr\w+\b[^.]{0,60}\b(?:verarbeitung|speicherung|nutzung|kontaktaufnahme|werbung|"
    r"(?:meiner|unserer|personenbezogenen) daten)\b",
    rf"\bl{_OE}schen sie (?:\w+ ){{0,2}}meine (?:personenbezogenen )?(?:daten|kontaktdaten|"
    rf"e-?mail-?adresse)\b|\bl{_OE}schung (?:meiner|unserer|aller) (?:\w+ )?daten\b",
    r"\bwiderrufe\w* (?:\w+ ){0,3}(?:einwilligung|zustimmung|einverständnis)\b|"
    r"\b(?:einwilligung|zustimmung|einverständnis)\w* (?:\w+ ){0,4}widerruf\w*",
    rf"\b(?:nur noch|ausschlie{_SS}lich|bitte nur) (?:schriftlich|per post|postalisch|"
    r"auf dem postweg|per brief|brieflich)\b",
    r"\bpsychoterror\b|\bstalking\b",
    r"\bzu unterlassen\b",
    # "..., wenn diese Erinnerungen per E-Mail künftig unterbleiben könnten."
    r"\b(?:zuschriften|mails|e-?mails|mahnungen|nachrichten|erinnerungen|zahlungserinnerungen|"
    r"anrufe)\b[^.]{0,40}\b(?:unterbleiben|unterbleibt)\b",
    rf"\b(?:unsere[rn]?|meine[rn]?|die|der) rechtsabteilung\b(?! (?:hat|haben) (?:\w+ ){{0,3}}"
    rf"(?:bezahlt|{_UE}berwiesen|freigegeben|gepr{_UE}ft))|\brechtsschutzversicherung\b",
    r"\bverbitte (?:mir|uns)\b|\bverbiete (?:ihnen|euch|dir)\b",
    r"\bmelden sie sich (?:\w+ ){0,2}(?:nie wieder|nie mehr|nicht mehr) bei (?:mir|uns)\b",
    r"(?<!habe )(?<!hab )(?<!haben )(?<!hatte )(?<!hatten )(?<!bisher )(?<!noch )(?<!nie )"
    r"(?<!bislang )\bkeine[nr] (?:weiteren |weitere |weiter )?(?:kontakt|anruf|brief|"
    r"schriftverkehr)\w*\b",
    rf"\bh{_OE}r(?:t|e|en sie)? (?:endlich |bitte |jetzt |doch )?auf\b" + _NOT_A_CHARGE,
    r"\b(?:verbraucherzentrale|verbraucherschutz|konsumentenschutz|konsumentenforum|"
    r"arbeiterkammer|schlichtungsstelle|ombudsstelle)\b|\banzeige (?:erstatten|gegen sie)\b|"
    r"\bzeige (?:sie|euch) an\b",
    r"\b(?:verwenden|nutzen|verarbeiten|speichern) sie meine (?:\w+ )?daten (?:\w+ ){0,2}nicht\b",
    # "bitte nix mehr schicken", "Bitte stellen Sie die E-Mails an ihre Adresse ein"
    r"\b(?:nichts|nix) mehr (?:zu )?(?:schicken|senden|zuschicken|zusenden|mailen)\b|"
    r"\bstellen sie (?:\w+ ){0,4}?(?:e-?mails|mails|mahnungen|erinnerungen|zusendungen|"
    r"schreiben)\b[^.]{0,40}\bein\b",
    # "Diese elektronische Post lese ich nicht mehr", "ich lese keine E-Mails mehr"
    r"\b(?:e-?mails?|mails?|elektronische post|nachrichten)\b[^.]{0,20}\b(?:lese|les|öffne|"
    r"beantworte) ich (?:eh |sowieso |ohnehin |gar |grundsätzlich )?nicht(?: mehr)?\b|\bich "
    r"lese (?:keine|diese) (?:e-?mails?|mails?) (?:nicht )?mehr\b|"
    # a threat with the next one ("Noch eine Mail und ich schalte meinen Anwalt ein")
    r"\bnoch (?:eine|so eine|eine einzige) (?:weitere )?(?:e-?mail|mail|mahnung|erinnerung|"
    r"nachricht) und\b",
    r"\bvon (?:\w+ ){0,3}(?:\w*mails?|\w*erinnerungen|mahnungen|\w*kontakt\w*|schreiben|anrufen|"
    r"nachrichten|zuschriften|\w*aufforderungen) (?:\w+ )?(?:abzusehen|absehen)\b|"
    r"\buntersage\w*\b",
    rf"\b{_REPRESENTATIVE}\b[^.]{{0,20}}\bzust{_AE}ndig\b|"
    rf"\bzust{_AE}ndig (?:ist|sind) (?:\w+ ){{0,2}}{_REPRESENTATIVE}",
    rf"\baufh{_OE}ren,? (?:mich|uns) (?:\w+ )?(?:anzurufen|anzuschreiben|zu kontaktieren|zu "
    rf"(?:e-?)?mailen|zu schreiben|zu bel{_AE}stigen)\b|"
    rf"\b(?:schluss|genug|aufh{_OE}ren)\b (?:\w+ ){{0,2}}mit (?:den |diesen |ihren |euren |dem "
    rf"|der |diesem |dieser )?(?:\w*mails?|\w*erinnerungen|mahnungen|nachrichten|anrufen|schreiben|"
    rf"briefen|spam|bel{_AE}stigung\w*|zuschriften)\b|\bnichts mehr von (?:ihnen|euch|dir|ihrer "
    rf"firma) (?:h{_OE}ren|lesen|wissen|bekommen|erhalten)\b",
    # The matter handed to the debtor's lawyer.
    r"\b(?:liegt|ist) (?:jetzt |nun )?bei (?:meinem|unserem) (?:rechts)?anwalt\b|\b(?:meinem|"
    r"unserem) (?:rechts)?anwalt (?:übergeben|weitergeleitet|überlassen|übertragen)\b|\b(?:an|zu) "
    r"(?:meinen|unseren) (?:rechts)?anwalt (?:weitergeleitet|übergeben|gegeben)\b",
    rf"\b(?:kl{_AE}rt|regelt|{_UE}bernimmt|erledigt|bearbeitet|k{_UE}mmert sich|pr{_UE}ft|"
    rf"f{_UE}hrt)\b (?:\w+ ){{0,4}}(?:mein|meine|unser|unsere) {_REPRESENTATIVE}",
    rf"\b(?:mein|meine|unser|unsere) {_REPRESENTATIVE}\b (?:\w+ ){{0,2}}(?:kl{_AE}rt|regelt|"
    rf"{_UE}bernimmt|k{_UE}mmert sich|meldet sich|wird sich|setzt sich|kontaktiert|pr{_UE}ft|"
    rf"(?:ist|sind) (?:\w+ )?(?:informiert|eingeschaltet|beauftragt|zust{_AE}ndig))\b",
    # I will not answer any more.
    r"\b(?:werde|werden)\b (?:\w+ ){0,4}(?:nicht mehr|nie mehr|nie wieder|keine (?:\w+ )?mehr) "
    r"(?:\w+ ){0,2}(?:antworten|reagieren|beantworten)\b|\b(?:antworte|reagiere)\b "
    r"(?:\w+ ){0,2}(?:nicht mehr|nie mehr|nie wieder)\b",
    r"\bauf (?:weitere|keine|ihre|diese|k\w+nftige) (?:\w+ )?(?:zuschriften|schreiben|mails?|"
    r"e-?mails?|mahnungen|nachrichten|briefe|anrufe|erinnerungen)\b[^.]{0,30}\b(?:nicht|nie) "
    r"(?:\w+ )?(?:reagieren|antworten|eingehen)\b",
    # Stop them: "ersuche Sie, diese einzustellen", "Stellen Sie die Mahnungen ein".
    r"\b(?:ersuche|ersuchen|bitte|bitten|fordere|fordern|verlange|verlangen)\b[^.]{0,40}"
    r"\b(?:diese|dies|das|sie|(?:die|ihre|jegliche|jeglichen|s(?:ä|ae)mtliche|weitere) "
    r"(?:zuschriften|schreiben|mails|e-?mails|mahnungen|nachrichten|briefe|anrufe|"
    r"kontaktaufnahmen?|kontaktversuche|erinnerungen|zahlungserinnerungen|belästigung\w*)) "
    r"(?:sofort |umgehend |ab sofort |k(?:ü|ue)nftig )?einzustellen\b",
    r"\b(?:stellen sie|stellt) (?:\w+ ){0,2}(?:zuschriften|schreiben|mails|e-?mails|mahnungen|"
    r"nachrichten|briefe|anrufe|kontaktaufnahmen?|erinnerungen|belästigung\w*) (?:\w+ )?ein\b",
    # "Mein Anwalt hat Ihnen bereits geschrieben / wird sich bei Ihnen melden."
    rf"\b(?:mein|meine|unser|unsere) {_REPRESENTATIVE}\b(?: [\w.]+){{0,3}} (?:hat|haben|wird|"
    rf"werden) (?:ihnen|euch|dir) (?:\w+ ){{0,2}}(?:geschrieben|schreiben|geantwortet|"
    rf"geantwortet|mitgeteilt|ein schreiben)\b",
    # "Bitte hören Sie jetzt mit den Mahnungs-Mails auf", "hörts bitte auf mit die Mails"
    r"\b(?:hören sie|hört|hörts|hörns)\b(?: (?!nicht\b)\w+){0,3} mit " + _THE_MAILS
    + r"(?: \w+){0,2} auf\b|\b(?:hören sie|hört|hörts|hörns) (?:(?!nicht\b)\w+ ){0,2}auf mit "
    + _THE_MAILS,
    r"\bhören sie auf\b" + _NOT_A_CHARGE + r"|\bnicht mehr (?:kontaktier\w*|anschreiben|anrufen|"
    r"schreiben)\b|"
    r"\bkeine (?:weiteren )?(?:e-?mails|nachrichten|mahnungen|kontaktaufnahme)\b(?!\s+(?:\w+\s+)?"
    r"(?:erhalten|bekommen))|\bkontaktieren sie mich nicht\b|\bunterlassen sie\b",
    THEIR_OWN + r"\binsolvenz\w*\b",
    r"\blassen sie (?:mich|uns) in ruhe\b|\bbelästig\w*\b|\bstellen sie (?:die |den |ihre |"
    r"jede |jeglichen? )?(?:zusendung|kontakt\w*|mahnungen|e-?mails|nachrichten|schreiben) ein\b",
)

_WRONG_PERSON = (
    r"\bden falschen \w+(?: \w+)? erwischt\b",
    r"^(?!.*\b(?:deshalb|daher|darum|brauche|brauchen|mehr zeit|raten)\b).*?"
    r"\b(?:mein|meine|unser|unsere) (?:mann|frau|vater|mutter|sohn|tochter|bruder|schwester|"
    r"partner|partnerin|ehemann|ehefrau)\b(?:[^.]|(?<=\d)\.){0,30}\b(?:verstorben|gestorben)\b",
    # This address is no longer the company's / the person's.
    rf"\b(?:adresse|e-?mail-?adresse|mailadresse|e-?mail|postfach|nummer|konto) (?:\w+ ){{0,2}}"
    rf"geh{_OE}rt (?:\w+ ){{0,2}}nicht (?:mehr )?(?:zu|zur|zum|der|dem|mir|uns)\b",
    r"\b(?:nutze|nutzen|verwende|verwenden|benutze|benutzen) (?:sie|diese|die adresse|diese "
    r"adresse) (?:\w+ ){0,2}privat\b",
    r"\b(?:diese|die) (?:e-?mail-?)?adresse (?:\w+ ){0,3}(?:nicht mehr (?:aktiv|aktuell|"
    r"gültig|genutzt|verwendet|betreut|gelesen)|wird nicht mehr)",
    # I don't know you; mistaken identity.
    r"\bkenne (?:ihre|diese|die|eure|deine) (?:firma|unternehmen|gesellschaft|company|kanzlei|"
    r"praxis|organisation)\b (?:\w+ ){0,2}nicht\b|\bkenne (?:sie|euch|dich) (?:\w+ ){0,2}nicht\b",
    r"\b(?:firma|unternehmen|name|namen|gesellschaft) sagt (?:mir|uns) "
    rf"(?:\w+ )?nichts\b|\bnie (?:\w+ ){{0,2}}(?:von|vom) (?:ihnen|ihrer|ihrem|dieser|diesem|"
    rf"euch|dir)\b(?: \w+){{0,2}} geh{_OE}rt\b",
    r"\b(?:bin|sind|war|waren) (?:doch |gar |auch |ja )?(?:nicht|nie|niemals|kein|keine) "
    r"(?:ihr |ihre |euer |eure |dein |deine )?kund(?:e|in|en|innen)\b",
    r"\bkeine (?:geschäfts|kunden|vertrags)beziehung\w*\b|\bkein (?:kundenkonto|konto) "
    r"(?:bei|mit) (?:ihnen|euch|dir|ihrer firma)\b|\b(?:haben|hatten|habe|hatte) (?:(?:auch|"
    r"gar|überhaupt) ){0,2}kein(?:en)? kundenkonto\b",
    r"\bverwechs(?:elt|lung)\b[^.]{0,30}\b(?:mich|uns|person|namen|kunden|adresse)\b|"
    r"\b(?:mich|uns) (?:\w+ ){0,2}verwechselt\b|\bverwechs\w+ (?:sie |du |ihr )?(?:mich|uns)\b|"
    r"\bnamensvetter\w*|\bgleichnamig\w*|"
    r"\bnamensgleich\w*",
    rf"\b(?:ich bin|bin|hier ist|wir sind) (?:nicht|kein) (?:herr|frau|hr\.?|fr\.?) \w+|"
    rf"\bhei{_SS}e (?:\w+ )?nicht\b",
    r"\b(?:hier|bei uns|unter dieser adresse)\b (?:\w+ ){0,2}(?:gibt es|arbeitet|wohnt|"
    r"existiert)\w* (?:\w+ ){0,2}kein(?:en|e|er)?\b|\bes gibt (?:hier|bei uns) kein\w*\b|"
    r"\bkein\w* \w+ (?:dieses namens|mit (?:diesem|dem) namen)\b",
    # Moved, left, retired, died; previous tenants or owners.
    r"\b(?:wohnt|lebt|arbeitet|wohnen|leben) (?:\w+ ){0,2}nicht (?:mehr )?(?:in|an|unter|hier|"
    r"bei)\b|\b(?:ist|sind) (?:\w+ ){0,3}(?:weggezogen|ausgezogen)\b|"
    # (not a warped frame or door: "ein Rahmen ist verzogen und schließt nicht")
    r"(?<!rahmen )(?<!tür )(?<!türe )(?<!türen )(?<!tuer )(?<!flügel )(?<!holz )(?<!tor )"
    r"(?<!brett )(?<!bretter )(?<!platte )(?<!platten )(?<!profil )(?<!boden )(?<!deckel )"
    r"\b(?:ist|sind) (?:\w+ ){0,3}verzogen\b(?! und schlie)",
    rf"\b(?:vormieter\w*|vorbesitzer\w*|voreigent{_UE}mer\w*|vorg{_AE}nger\w*|nachmieter\w*|"
    rf"(?:fr{_UE}her|ehemalig)e[nrm]? (?:mieter|bewohner|eigent{_UE}mer|inhaber|besitzer|"
    rf"gesch{_AE}ftsf{_UE}hrer|betreiber|mitarbeiter|angestellte|kolleg)\w*)\b",
    rf"\bneue[nrm]? (?:inhaber|eigent{_UE}mer|besitzer|betreiber)\w*\b",
    rf"\b(?:praxis|firma|gesch{_AE}ft|betrieb|laden|unternehmen|restaurant|werkstatt|kanzlei|"
    r"salon|lokal|filiale|hotel)\b (?:\w+ ){0,2}(?:wurde|ist|haben wir|habe ich) "
    rf"(?:[\w.]+ ){{0,5}}(?:verkauft|{_UE}bergeben|{_UE}bernommen|abgegeben)\b",
    r"\bnicht mehr (?:hier|für uns|für die firma|für das unternehmen|im haus|tätig|angestellt|"
    r"beschäftigt|an bord|teil des|in unserem|in unserer|bei der|bei dieser|bei ihnen)\b|"
    r"\bausgeschieden\b|\barbeite[tn]? (?:\w+ ){0,3}nicht mehr (?:hier|bei|für|in|da|im)\b",
    r"\bhat (?:uns|das unternehmen|die firma|den betrieb|die praxis|die kanzlei|das büro) "
    r"(?:\w+ ){0,3}verlassen\b",
    r"\b(?:ist|sind) (?:\w+ ){0,3}(?:in rente|in pension|im ruhestand|pensioniert|"
    r"in den ruhestand)\b",
    r"\b(?:herr|herrn|frau|hr|fr|der kunde|die kundin|der inhaber|die inhaberin|der adressat|"
    r"die adressatin|der empfänger|die empfängerin)\b[^.]{0,40}\b(?:verstorben|gestorben)\b|"
    r"\berbengemeinschaft\b",
    # "Mein Vater, an den diese Mail ging, ist verstorben." "Den Nachlass regelt ein Notar."
    rf"\b(?:mein|meine|unser|unsere)\w? (?:vater|mutter|mann|frau|ehemann|ehefrau|bruder|"
    rf"schwester|sohn|tochter|onkel|tante|opa|oma|gro{_SS}vater|gro{_SS}mutter|partner\w*|"
    rf"lebensgef{_AE}hrt\w*|vorg{_AE}nger\w*|vormieter\w*)\b,? (?:an (?:den|die)|f{_UE}r "
    rf"(?:den|die)|auf (?:dessen|deren) namen)\b[^.]{{0,60}}\b(?:verstorben|gestorben)\b|"
    rf"\b(?:verstorben|gestorben)\b[^.]{{0,40}}\b(?:an (?:ihn|sie) (?:adressiert|gerichtet)|"
    rf"auf (?:seinen|ihren) namen)\b",
    rf"\b(?:den|der) nachlass (?:regelt|verwaltet|wickelt|wird|k{_UE}mmert)\b|"
    rf"\bnachlassverwalt\w*|\bverlassenschaft\w*|\bnachlassgericht\b|\berbschein\w*",
    # "Verwechslung: ... Sie meinen wohl die Müller GmbH in Kassel."
    r"^\W*verwechslung\b|\b(?:sie meinen|gemeint ist|sie suchen) (?:\w+ )?(?:wohl|vermutlich|"
    r"sicher|bestimmt|wahrscheinlich|eher) (?:herrn?|frau|die firma|(?:die|den|das) "
    r"[^.]{0,30}\b(?:gmbh|ag|kg|ug|firma|gesellschaft|verein|praxis|kanzlei))\b",
    rf"\bfalsche[nrms]? (?:adressat\w*|ansprechperson|kund\w*|nummer|mail-?adresse|"
    rf"e-?mail-?adresse|postfach|haushalt|familie|stelle|abteilung|empf{_AE}nger\w*)\b|"
    rf"\bfalsch (?:zugestellt|adressiert|zugeordnet)\b",
    # "Diese Mail ist bei mir falsch gelandet." Not a payment that went astray.
    rf"^(?![^.]*\b(?:zahlung|{_UE}berweisung|geld|betrag|summe|buchung|lastschrift)\b)[^.]*"
    rf"\b(?:falsch|f{_AE}lschlich\w*|irrt{_UE}mlich|versehentlich)\b (?:bei (?:mir|uns) |hier )?"
    rf"(?:gelandet|zugegangen|zugestellt)\b",
    r"\bnicht (?:für|an) (?:mich|uns) (?:bestimmt|gedacht|gerichtet)\b",
    r"\b(?:bin|sind) (?:\w+ )?nicht (?:die person|derjenige|diejenige|der gesuchte|die gesuchte)\b|"
    r"\b(?:die|den) sie suchen\b",
    rf"\b(?:in|bei|mit) (?:der|dem) (?:adresse|person|empf{_AE}nger\w*|e-?mail\w*|mailadresse|"
    rf"kontakt|namen)\b[^.]{{0,20}}\b(?:geirrt|vertan|vertippt)\b|\b(?:geirrt|vertan|vertippt)\b"
    rf"[^.]{{0,20}}\b(?:adresse|person|empf{_AE}nger|e-?mail|mailadresse)\b",
    r"\bsind sie (?:\w+ ){0,2}falsch\b(?! informiert| gewickelt| unterrichtet)|\bsie sind "
    r"(?:hier|bei mir|bei uns) (?:\w+ )?falsch\b(?! informiert| gewickelt| unterrichtet)",
    r"\b(?:person|name|namen|firma|unternehmen|gesellschaft|herr|frau|kunde|kundin|herrn|"
    r"absender)\b[^.]{0,30}\b(?:ist|sind) (?:mir|uns) (?:\w+ )?(?:unbekannt|nicht bekannt|"
    r"fremd)\b",
    rf"\bzust{_AE}ndig (?:ist|sind) (?:jetzt|nun|inzwischen|neu|ab sofort|seit \w+)\b|"
    rf"\b(?:jetzt|nun|inzwischen|neu) zust{_AE}ndig\b",
    rf"\bbin (?:\w+ )?nicht mehr (?:der |die )?(?:gesch{_AE}ftsf{_UE}hrer\w*|inhaber\w*|kassier\w*|"
    rf"kassenwart\w*|vorstand|vorsitzende\w*|obmann|pr{_AE}sident\w*|eigent{_UE}mer\w*|mieter\w*|"
    rf"mitglied|verantwortlich\w*|ansprechpartner\w*|ansprechperson|mitarbeiter\w*|"
    rf"angestellte\w*|bei|f{_UE}r|im|dort)\b",
    r"\b(?:sie haben|an|bei) (?:die|eine|der|einer) falschen? (?:firma|gesellschaft) "
    r"(?:angeschrieben|geschrieben|geschickt|gesendet|kontaktiert|erreicht|angemailt|gelandet)\b|"
    r"\bbei der falschen (?:firma|gesellschaft)\b",
    r"\b(?:person|name|namen|herr|herrn|frau|kunde|kundin|mitarbeiter\w*)\b[^.]{0,30}\b(?:ist|"
    r"sind) (?:bei uns|hier|hier im haus) (?:\w+ )?(?:unbekannt|nicht bekannt)\b",
    r"\b(?:niemand|keiner|kein mensch|keine person)\b (?:\w+ ){0,3}(?:mit (?:diesem|dem) namen|"
    r"dieses namens|namens)\b|\b(?:wohnt|arbeitet|gibt es|lebt) (?:hier |dort )?"
    r"(?:niemand|keiner)\b",
    r"\b(?:herrn?|frau|person|mitarbeiter\w*|kunden|kundin) (?:\w+ ){0,2}gibt es (?:hier |bei uns "
    r"|unter dieser adresse )?(?:\w+ )?nicht\b",
    rf"\b(?:keine ahnung|wei{_SS} (?:\w+ )?nicht),? (?:wer|was|wen) (?:sie|ihr|du) (?:\w+ ){{0,2}}"
    rf"(?:sind|seid|bist|wollen|wollt|suchen|sucht|meinen|meint)\b",
    rf"\bgeh{_OE}rt (?:jetzt|nun|inzwischen|seit \w+) (?:mir|uns|jemand anderem|einer anderen)\b",
    r"\bfalsche(?:n|r)? (?:e-?mail|adresse(?! (?:\w+ ){0,3}(?:zugestellt|geliefert|gebracht))|"
    r"empfänger|person|ansprechpartner)\b|"
    r"\birrtümlich\b|\bversehentlich an mich\b|\bnicht (?:der|die) richtige\b|"
    r"\barbeitet nicht mehr\b|\bnicht mehr (?:bei uns|im unternehmen|in unserem)\b|"
    r"\bhat (?:das unternehmen|die firma|uns) verlassen\b|\bnicht (?:mehr )?zuständig\b",
    r"\bnichts (?:\w+ ){0,4}zu tun\b",
    # "Ich kenne keine Firma Schulze Bau." "Eine Frau Huber kennen wir nicht."
    r"\bkenne[n]? (?:\w+ )?(?:keine|keinen|kein) (?:firma|unternehmen|gesellschaft|herrn?|frau|"
    r"person|kund\w*|mitarbeiter\w*)\b|\b(?:eine[nr]?|die|den|der) (?:firma|herrn?|frau|"
    r"person|gesellschaft) [^.?,]{1,30}\bkenne[n]? (?:ich|wir) (?:\w+ )?nicht\b",
    # "Diese E-Mail-Adresse gehört mir privat." "Das ist meine private Adresse."
    rf"\b(?:adresse|e-?mail-?adresse|mailadresse|e-?mail|postfach|nummer) (?:\w+ ){{0,2}}"
    rf"geh{_OE}rt (?:mir|uns|einer privatperson) (?:\w+ )?privat\b|\b(?:das|dies|es|sie) ist "
    rf"(?:meine|eine) (?:rein )?(?:private (?:e-?mail-?|mail)?adresse|privatadresse)\b",
)

_DISPUTE = (
    # fees or interest refused: "Hören Sie auf, Mahngebühren zu berechnen"
    rf"\bh{_OE}ren sie auf,? (?:\w+ ){{0,4}}?(?:\w*zinsen|\w*geb{_UE}hr\w*|\w*kosten|spesen|"
    rf"zuschl{_AE}ge|zuschlag|\w*pauschale)\b[^.]{{0,30}}\bzu (?:berechnen|verlangen|erheben|"
    r"fordern|verrechnen)\b",
    # "Fehlen 3 Kartons. Zahle nur, was da ist."
    r"^\W*(?:es )?fehlen (?:noch )?\d+\b|\bzahle nur,? was\b|\bunbrauchbar\b",
    # "diese Bestellung stammt nicht von uns"
    r"\b(?:bestellung|auftrag|lieferung) (?:stammt|kommt|ist) nicht von (?:uns|mir)\b",
    r"\bnicht (?:\w+mal|\d+ ?mal)\b[^.]{0,10}\bwie (?:berechnet|abgerechnet|in rechnung "
    r"gestellt)\b",
    r"\w*(?:zuschlag|betrag|preis|satz|summe|menge|stundenzahl) (?:ist|sind|war) (?:leider )?"
    r"(?:falsch|nicht korrekt|nicht richtig|fehlerhaft)\b",
    r"\b(?:nie|niemals) (?:bestellt|aufgegeben|unterschrieben|beauftragt)\b",
    r"^(?!.*\b(?:zahlung|(?:ü|ue)berweisung|geld|betrag)\b).*?\b(?:nie|niemals) (?:bei (?:uns|mir) "
    r")?(?:angekommen|geliefert|eingetroffen)\b",
    # Not owed, not justified.
    rf"\bunberechtigt\w*\b|\bzu unrecht\b|\bungerechtfertigt\w*\b|\bnicht (?:gerechtfertigt|"
    rf"nachvollziehbar)\b|\b(?:ist|sind|war|w{_AE}re) (?:\w+ ){{0,2}}nicht berechtigt\b",
    r"\b(?:schulde|schulden|schuldet)\b(?! sie)(?: \w+){0,3} (?:nichts|nix|keinen (?:cent|euro|"
    r"rappen|franken)|gar nichts)\b|\bkeine (?:offene[n]? )?(?:forderung|schulden|"
    r"verbindlichkeit\w*) (?:bei|gegen)\w*\b|\bnichts (?:mehr )?(?:offen|schuldig)\b",
    r"\b(?:ist|sind) (?:\w+ ){0,1}nicht (?:meine|unsere|mein|unser) (?:rechnung|bestellung|"
    r"auftrag|schuld|vertrag)\b",
    r"\bbestreit\w*\b(?! (?:\w+ ){0,2}nicht\b)|(?<!nicht )\bbestritten\b|\beinspruch\b|"
    r"\breklamier\w*\b|\bbeschwerde (?:gegen|wegen|über) (?:die|diese|ihre) (?:rechnung|"
    r"abrechnung|forderung|gebühr)",
    r"\bverweiger\w*\b(?! nicht)(?: (?!nicht\b)\w+){0,3} (?:zahlung|bezahlung|begleichung)\b"
    r"(?! nicht)",
    # Cancelled: the contract, the subscription, the order.
    rf"\b(?:vertrag|abo|abonnement|mitgliedschaft|auftrag|bestellung|dienst|service|"
    rf"vereinbarung|zugang|account|mietvertrag|lizenz|wartungsvertrag|tarif)\w*\b[^.]{{0,50}}"
    rf"\b(?:gek{_UE}ndigt|storniert|widerrufen|aufgel{_OE}st|annulliert)\b",
    rf"\b(?:habe|haben|hab|hatte|hatten) (?:\w+ ){{0,5}}(?:fristgerecht|fristlos|rechtzeitig|"
    rf"ordentlich|schriftlich|l{_AE}ngst|bereits|schon) (?:\w+ ){{0,3}}gek{_UE}ndigt\b|"
    rf"\bk{_UE}ndigungs(?:best{_AE}tigung|schreiben|frist|eingang)\b|\b(?:trotz|nach|seit) "
    rf"(?:\w+ ){{0,2}}k{_UE}ndigung\b|\bwiderruf\w*\b",
    # I do not accept it / I will not pay it, in every person and dialect.
    r"\b(?:akzeptiere|akzeptieren|akzeptier|anerkenne|anerkennen|erkenne|erkennen|erkennt|"
    r"akzeptiert)\b(?! sie\b| ihr\b| du\b)(?: \w+){0,4} (?:nicht|keine?n?)\b",
    rf"\b(?:geb{_UE}hr|geb{_UE}hren|mahngeb{_UE}hr\w*|zinsen|verzugszinsen|kosten|spesen|"
    rf"mahnspesen|rechnung|forderung|betrag|preis|summe|differenz|pauschale|zuschlag|position|"
    rf"stunden|aufschlag|inkassokosten)\b[^.]{{0,60}}\b(?:nicht|nie|keinesfalls|keineswegs) "
    rf"(?:\w+ )?(?:akzeptier\w*|anerkann\w*|anerkenn\w*|hingenommen|hinnehmen)\b",
    rf"\b(?:kann|k{_OE}nnen|werde|werden|will|wollen|m{_OE}chte)\b (?:\w+ ){{0,4}}nicht "
    rf"(?:akzeptieren|anerkennen|hinnehmen)\b",
    rf"\b(?:zahle|zahl|zahlen|bezahle|bezahl|bezahlen|begleiche|begleichen|{_UE}berweise|"
    rf"{_UE}berweisen|{_UE}bernehme|{_UE}bernehmen)\b(?! sie\b)(?: \w+){{0,4}} (?:nicht|ned|"
    rf"net|n{_OE}d|nid|nix|nichts|keinen (?:cent|euro|rappen|franken|groschen))\b(?! (?:vor|"
    rf"bevor|bis|erst|sofort|gleich|auf einmal|in einem|komplett|ganz|vollst{_AE}ndig|per|mit|"
    rf"bar|online|rechtzeitig|p{_UE}nktlich|termingerecht|alles|den ganzen|die ganze|im moment|"
    rf"gerade|jetzt)\b)",
    # I will pay once it is delivered / fixed / corrected; I am holding the money back.
    rf"\b(?:zahle|zahlen|zahl|bezahle|bezahlen|begleiche|begleichen|{_UE}berweise|{_UE}berweisen|"
    rf"zahlung|{_UE}berweisung|bezahlung|begleichung|bezahlt|beglichen)\b[^.]{{0,40}}\b(?:erst|"
    rf"sobald|wenn|nach|bevor|solange|bis)\b"
    rf"[^.]{{0,60}}\b(?:alles da|vollst{_AE}ndig|komplett geliefert|geliefert|nachgeliefert|"
    rf"repariert|behoben|beseitigt|korrigiert|berichtigt|funktioniert|fertiggestellt|"
    rf"gekl{_AE}rt|kl{_AE}rung|ersetzt|ausgetauscht|nachgebessert|mangelfrei|abgenommen|"
    rf"richtiggestellt|richtig gestellt|gutschrift|storniert)",
    rf"\b(?:behalten|behalte|halten|halte) (?:wir|ich) (?:\w+ ){{0,4}}(?:ein|zur{_UE}ck)\b|"
    rf"\b(?:wir|ich) (?:behalten|behalte) (?:\S+ ){{0,4}}(?:ein|zur{_UE}ck)\b|"
    rf"\b(?:einbehalt\w*|zur{_UE}ckbehalt\w*|zur{_UE}ckgehalten|einbehalten)\b",
    # Warranty and goodwill.
    rf"\bgarantie(?:fall|reparatur|leistung|arbeit|arbeiten|anspruch|anspr{_UE}che)\b|"
    rf"\b(?:unter|auf|in der|im rahmen der|innerhalb der) (?:garantie|gew{_AE}hrleistung)\b|"
    rf"\bgew{_AE}hrleistung\w*\b|\bkulanz\w*\b",
    # Incomplete, missing, not delivered, not done, returned.
    rf"\bunvollst{_AE}ndig\w*\b|\bteillieferung\b|\bnur teilweise (?:geliefert|erbracht|"
    rf"erledigt|ausgef{_UE}hrt|gemacht)\b",
    rf"\bes fehl(?:t|en|te|ten) (?:noch |immer noch |leider |nach wie vor )?(?:{_FEW}|ein|eine|"
    rf"einer|einige|mehrere|etliche|teile)\b(?! (?:angabe|rechnungsnummer|iban|unterschrift|"
    rf"info))",
    rf"\b(?:ware|waren|lieferung|paket|sendung|bestellung|artikel|material|ger{_AE}t|produkt|"
    rf"teile|m{_OE}bel|p{_AE}ckli|packerl)\b"
    rf"(?:(?!, (?:aber|jedoch|nur|bloss|blo{_SS}|doch) )[^.]|(?<=\d)\.){{0,40}}"
    rf"\b(?:nie|nicht|niemals) (?:\w+ ){{0,3}}"
    rf"(?:angekommen|eingetroffen|geliefert|zugestellt|erhalten|bekommen|da)\b|"
    rf"\b(?:ware|lieferung|paket|sendung|bestellung|artikel)\b(?:[^.]|(?<=\d)\.){{0,30}}"
    rf"\bkam(?:en)? (?:\w+ ){{0,3}}(?:nie|nicht) an\b",
    rf"\b(?:nie|niemals|keine) (?:eine |die |den |das )?(?:ware|waren|lieferung|paket|"
    rf"p{_AE}ckli|packerl|sendung|bestellung|artikel)\b (?:\w+ ){{0,3}}(?:erhalten|bekommen|"
    rf"gesehen|zugestellt|geliefert)\b",
    # Lost in the post, or sent back to the sender by the carrier: it never reached the debtor.
    rf"\b(?:ware|lieferung|paket|p{_AE}ckli|packerl|sendung|bestellung)\b(?:[^.]|(?<=\d)\.)"
    rf"{{0,40}}\b(?:verloren gegangen|verlorengegangen|verschollen|abhanden gekommen|an die "
    rf"falsche adresse|an eine falsche adresse|falsch zugestellt)\b",
    rf"\b(?:ware|lieferung|paket|p{_AE}ckli|packerl|sendung|bestellung|artikel)\b"
    rf"(?:[^.]|(?<=\d)\.){{0,80}}"
    rf"\b(?:(?:an den|zum) absender (?:\w+ )?(?:zur{_UE}ck|retour)|(?:zur{_UE}ck|retour) "
    rf"(?:an den|an|zum) absender|als unzustellbar|(?:nicht|un)zustellbar)\b",
    rf"\b(?:leistung|arbeit\w*|auftrag|reparatur|montage|installation|wartung|service|"
    rf"dienstleistung|handwerker|techniker|monteur|installateur|lieferung|ware|projekt|"
    rf"baustelle)\b[^.]{{0,40}}\b(?:nicht|nie|niemals) (?:\w+ )?(?:erbracht|geliefert|"
    rf"durchgef{_UE}hrt|ausgef{_UE}hrt|gemacht|erledigt|fertig\w*|abgeschlossen|beendet|"
    rf"gekommen|erschienen|angekommen|eingetroffen|zugestellt|erfolgt)\b",
    rf"\b(?:nie|niemals)\b(?: \w+){{0,2}} (?:erbracht|geliefert|durchgef{_UE}hrt|"
    rf"ausgef{_UE}hrt|gemacht|repariert|installiert|montiert|erschienen|vor ort)\b",
    r"\b(?:nie|niemals|nicht)\b(?<!noch nicht)(?: \w+){0,2} (?:abgeschlossen|unterschrieben|"
    r"unterzeichnet|beauftragt|in auftrag gegeben|abonniert|gebucht|zugestimmt|vereinbart|"
    r"abgemacht|ausgemacht|bestellt|angefordert|autorisiert)\b",
    rf"\b(?:ware|waren|artikel|ger{_AE}t|bestellung|paket|sendung|lieferung|produkt|teile)\b"
    rf"[^.]{{0,40}}\b(?:zur{_UE}ckgeschickt|zur{_UE}ckgesandt|zur{_UE}ckgesendet|retourniert|"
    rf"zur{_UE}ckgegeben|zur{_UE}ckgebracht)\b|\bretoure\w*\b|\br{_UE}cksendung\w*\b|"
    rf"\bannahme verweigert\b",
    # Defects and poor work.
    r"^(?!.*\b\w*(?:zahlung|überweisung|karte|banking|link|portal|login|app|webseite|website)\b)"
    r".*?(?<!link )(?<!portal )(?<!app )(?<!seite )(?<!login )(?<!code )(?<!karte )"
    r"\bfunktionier(?:t|en|te|ten)\b(?! (?:\w+ ){0,3}(?:link|portal|login|zahlungslink|website|"
    r"webseite|seite|app|qr))(?: \w+){0,4} nicht\b",
    r"(?<!laptop ist )(?<!handy ist )(?<!computer ist )(?<!rechner ist )(?<!drucker ist )"
    r"(?<!telefon ist )(?<!auto ist )"
    rf"\b(?:kaputt|defekt|besch{_AE}digt|zerbrochen|zerkratzt|verkratzt|undicht|mangelhaft|"
    rf"unbrauchbar|fehlerhaft|verschimmelt|verdorben)\w*\b|\btropft\b|\bleckt\b",
    rf"\bpfusch\w*\b|\bmurks\b|\bschlampig\w*\b|\bnicht (?:fachgerecht|ordnungsgem{_AE}{_SS}|"
    rf"sachgem{_AE}{_SS}|richtig|korrekt|sauber|ordentlich) (?:\w+ ){{0,2}}(?:ausgef{_UE}hrt|"
    rf"erledigt|gemacht|repariert|montiert|installiert|eingebaut|verlegt|gearbeitet|erbracht|"
    rf"geliefert)\b",
    rf"\b(?:qualit{_AE}t|leistung|arbeit|service|ware)\w*\b[^.]{{0,30}}\b(?:mangelhaft|"
    rf"ungen{_UE}gend|miserabel|schlecht|katastrophal|unzureichend|inakzeptabel|"
    rf"nicht in ordnung|eine zumutung)\b|\bunzufrieden\w*\b|\bnicht zufrieden\b",
    r"\bnicht (?:\w+ )?(?:behoben|beseitigt|repariert|nachgebessert)\b",
    # The amount, the hours, the rate, the VAT are wrong; too much; not what was agreed.
    rf"\b(?:zinsen|verzugszinsen|geb{_UE}hr\w*|mahngeb{_UE}hr\w*|mahnspesen|spesen|kosten|"
    rf"inkassokosten|preis\w*|rechnung|betrag|summe|stunden\w*|pauschale|forderung|aufschlag|"
    rf"zuschlag|honorar|tarif|stundensatz|anfahrt\w*)\b[^.]{{0,40}}\b(?:(?:v{_OE}llig|total|"
    rf"ma{_SS}los|viel|deutlich|komplett|absolut|extrem|weit) )?(?:{_UE}berzogen|"
    rf"{_UE}berh{_OE}ht|{_UE}bertrieben|unverh{_AE}ltnism{_AE}{_SS}ig|unangemessen|zu hoch|"
    rf"unversch{_AE}mt|nicht korrekt|nicht richtig|falsch)\b",
    rf"\b{_UE}berh{_OE}ht\w*\b|\bwucher\w*\b|\babzocke\w*\b|\bnepp\b|\bbetrug\b|"
    rf"\bbetr{_UE}ger\w*\b|\bbetr{_UE}gerisch\w*\b|\bunseri{_OE}s\w*\b",
    r"\bfalsch (?:berechnet|ausgewiesen|abgerechnet|verrechnet|fakturiert|angesetzt|kalkuliert|"
    r"erfasst|ausgestellt|adressiert|belastet|geliefert)\b|"
    # ... not one the debtor wrote themselves ("In meiner Mail stand ein falscher Betrag").
    rf"{_MY_OWN_SLIP}"
    r"\bfalsche[nrms]? (?:betrag|menge|"
    r"preis|steuersatz|mwst|mehrwertsteuer|ust|stundenzahl|anzahl|artikel|ware|rechnungsadresse|"
    r"summe|position|berechnung|stunden)\b",
    rf"\b(?:mwst|mehrwertsteuer|ust|umsatzsteuer|steuersatz|stundenzahl|stunden|anzahl|menge|"
    rf"st{_UE}ckzahl|position\w*|abrechnung|datum|leistungszeitraum|zeitraum|rechnungsadresse|"
    rf"firmenname|name)\b[^.]{{0,30}}\b(?:falsch|fehlerhaft|nicht korrekt|inkorrekt|unrichtig)\b",
    r"\binkorrekt\w*\b|\bunrichtig\w*\b|\brechenfehler\b|\bfehler (?:in|auf|bei) (?:der|ihrer|"
    r"dieser) (?:rechnung|abrechnung|berechnung)\b",
    rf"\bstimm(?:en|t|te|ten) (?:so |hier |leider |einfach |aber |doch |da |{_UE}berhaupt |"
    rf"gar )*nicht\b|\bnicht (?:\w+ ){{0,2}}(?:{_UE}berein|{_UE}bereinstimm\w*)\b",
    rf"\blaut (?:angebot|offerte|kostenvoranschlag|kva|voranschlag|vertrag|vereinbarung|"
    rf"auftragsbest{_AE}tigung|bestellung|preisliste|absprache|telefonat|website|webseite|"
    rf"homepage|inserat|anzeige)\b",
    # "Laut Ihrem Angebot kostet das 800 Euro, nicht 950."
    rf"\blaut (?:ihrem|ihrer|ihren|eurem|eurer|deinem|deiner|dem|der|unserem|unserer) "
    rf"(?:angebot|offerte|kostenvoranschlag|kva|voranschlag|vertrag|vereinbarung|"
    rf"auftragsbest{_AE}tigung|preisliste|website|webseite|homepage|inserat|anzeige|katalog|"
    rf"prospekt|flyer|werbung|aushang)\w*\b[^.?]{{0,40}}(?<![\d.])\d",
    # "Mir war nicht bewusst, dass das Abo weiterläuft." A renewal or a charge not known of.
    rf"\b(?:(?:war|ist) (?:mir|uns) nicht (?:bewusst|klar|bekannt)|(?:mir|uns) (?:war|ist) nicht "
    rf"(?:bewusst|klar|bekannt)|wusste[n]? (?:ich |wir )?nicht|keiner hat (?:mir|uns) gesagt|"
    rf"niemand hat (?:mir|uns) gesagt),? dass\b[^.?]{{0,60}}\b(?:abo\w*|vertrag\w*|"
    rf"mitgliedschaft|verl{_AE}nger\w*|weiterl{_AE}uft|weiterlaufen|weiterl{_AE}ufen|"
    rf"kostenpflichtig|geb{_UE}hr\w*|extra|zus{_AE}tzlich|berechnet|verrechnet|kostet|kosten)\b",
    # "Ich kenne keinen Grund, warum die Rechnung so hoch ist."
    rf"\b(?:rechnung|betrag|summe|preis|forderung|abrechnung|kosten)\b (?:\w+ ){{0,2}}so "
    rf"(?:hoch|teuer|viel)\b(?!,? dass\b)(?! (?:ist|sind|war|waren) (?:sie|er|es|das|die)\b)"
    rf"{_NOT_ASKED}",
    # "Es waren nur 3 Personen beim Essen, nicht 5."
    rf"\b(?:waren|war|kamen|kam|hatten|hatte|haben|habe|gab es|wurden|wurde|sind|ist|bekamen|"
    rf"erhielten)\b (?:\w+ ){{0,3}}(?:nur|lediglich|blo{_SS}) {_FEW}\b[^.?]{{0,40}}, "
    rf"(?:und )?nicht (?:{_FEW}|wie berechnet|wie verrechnet)\b",
    # No longer a member; the membership or contract ended.
    rf"\b(?:bin|sind|war|waren)\b (?:\w+ ){{0,3}}(?:kein|keine) (?:mitglied|abonnent\w*|"
    rf"mieter\w*|teilnehmer\w*|vereinsmitglied) mehr\b|\b(?:mitgliedschaft|abo|abonnement|"
    rf"vertrag|mietvertrag|mitgliedsvertrag|wartungsvertrag|vertragsverh{_AE}ltnis)\b "
    rf"(?:\w+ ){{0,2}}(?:endete|lief aus|ist ausgelaufen|ist abgelaufen|ist beendet|"
    rf"wurde beendet|war beendet|lief ab|ist erloschen|endet(?:e)? bereits)\b",
    r"\b(?:angebot|offerte|kostenvoranschlag|voranschlag)\b[^.]{0,20}\b(?:lautete|lautet|belief|"
    r"betrug|war (?:auf|über|bei)|sah \w+ vor|sprach von)\b",
    r"\b(?:vereinbart|abgemacht|ausgemacht|besprochen|abgesprochen|angeboten|offeriert|"
    r"zugesagt)\b[^.]{0,40}\bnicht (?:[€$]\s?|chf\s?|eur\s?|fr\.\s?)?\d",
    r"\b(?:an)?statt (?:der |den |die |dem )?(?:vereinbarten |angebotenen |besprochenen |"
    r"korrekten |richtigen )?(?:[€$]\s?|chf\s?|eur\s?)?\d",
    rf"\banders (?:vereinbart|abgemacht|ausgemacht|besprochen|abgesprochen|angeboten|"
    rf"kommuniziert|erkl{_AE}rt|gesagt|dargestellt|zugesagt|versprochen|beschrieben)\b",
    r"\b(?:aber|jedoch|trotzdem|dennoch)\b (?:\w+ ){0,5}(?:berechnet|verrechnet|abgerechnet|"
    r"fakturiert|in rechnung gestellt)\b|\bsie (?:berechnen|verrechnen|fakturieren|verlangen|"
    r"stellen) (?:uns |mir )?(?:aber|jedoch|nun|jetzt|trotzdem|dennoch|plötzlich)\b",
    r"\b(?:berechnet|verrechnet|abgerechnet|fakturiert|in rechnung gestellt) (?:wurden|wurde|"
    rf"werden|sind|ist|haben sie|hat man)(?: aber| jedoch| uns| mir| trotzdem)* (?:{_FEW}|volle|"
    r"ganze)\b",
    r"\b(?:war|waren|hat|haben|arbeitete|arbeiteten)\b (?:\w+ ){0,2}nur (?:eine halbe|einen "
    r"halben|\w+) (?:\w+ )?(?:stunde|stunden|std|tag|tage|minuten|min)\b",
    rf"\bzu ?viel (?:berechnet|verrechnet|abgerechnet|belastet|abgebucht|fakturiert|"
    rf"in rechnung gestellt)\b|\bzu viele (?:stunden|positionen|artikel|st{_UE}ck)\b",
    # Charged twice, duplicates.
    rf"\b(?:doppelt|zweimal|zwei ?mal|mehrfach|zweifach|2x|2 mal)\b (?:\w+ ){{0,2}}(?:belastet|"
    rf"abgebucht|berechnet|verrechnet|fakturiert|in rechnung gestellt|abgerechnet|bezahlt|"
    rf"gezahlt|{_UE}berwiesen|eingezogen|geschickt|gestellt)\b|\bdoppelte?n? (?:rechnung|"
    rf"belastung|abbuchung|buchung|zahlung|berechnung|fakturierung|verrechnung)\b|"
    rf"\bdoppelzahlung\b",
    r"\b(?:derselbe|denselben|dieselbe|dasselbe|demselben|der gleiche|den gleichen|die gleiche|"
    r"das gleiche|dem gleichen)n? (?:auftrag|leistung|bestellung|lieferung|rechnung|position|"
    r"arbeit)\b",
    # Please correct / cancel / credit / refund; waive the fee.
    rf"\b(?:korrigier|berichtig|{_UE}berarbeit|anpass|{_AE}nder)\w* (?:\w+ ){{0,3}}(?:rechnung|"
    rf"abrechnung|betrag|forderung)\b|\b(?:rechnung|abrechnung|betrag|forderung)\w* "
    rf"(?:\w+ ){{0,4}}(?:korrigier|berichtig|stornier|anpass|{_AE}nder|reduzier|k{_UE}rz|"
    rf"neu ausstell)\w*",
    rf"\b(?:richtige|korrekte|berichtigte|ge{_AE}nderte|angepasste|stornierte) "
    rf"(?:rechnung|abrechnung)\b",
    rf"\bschreiben sie (?:\w+ ){{0,3}}gut\b|\bgutschreiben\b|\br{_UE}ckerstattung\w*\b|"
    rf"\berstatt(?:en|ung)\b|\bzur{_UE}ck(?:zahlen|zahlung|{_UE}berweisen|erstatten|buchen)\b|"
    rf"\bgeld zur{_UE}ck\b",
    rf"\b(?:mahn)?geb{_UE}hr\w*\b[^.]{{0,40}}\b(?:erlassen|streichen|stornieren|"
    rf"zur{_UE}cknehmen|zur{_UE}ckziehen|entfernen|ausbuchen|weglassen)\b|\b(?:erlassen|"
    rf"streichen|stornieren|entfernen) sie (?:\w+ ){{0,3}}(?:geb{_UE}hr|zinsen|spesen|kosten|"
    rf"mahngeb{_UE}hr)\w*",
    # Promised free / included.
    rf"\b(?:zugesagt|versprochen|gesagt|hie{_SS}|vereinbart|abgemacht|ausgemacht|zugesichert|"
    rf"best{_AE}tigt|angeboten)\b[^.]{{0,60}}\b(?:kostenlos|kostenfrei|gratis|umsonst|inklusive|"
    rf"inkl\.|inbegriffen|enthalten|nicht (?:berechnet|verrechnet|in rechnung gestellt))",
    rf"\b(?:kostenlos|kostenfrei|gratis|umsonst|inklusive|inbegriffen|im preis enthalten)\b"
    rf"[^.]{{0,40}}\b(?:zugesagt|versprochen|vereinbart|gesagt|hie{_SS}|abgemacht|ausgemacht|"
    rf"zugesichert|angeboten|sein sollte|sein soll|war)\b",
    rf"\b(?:war|sei|w{_AE}re|sollte|h{_AE}tte)\b (?:\w+ ){{0,4}}(?:kostenlos|kostenfrei|gratis|"
    rf"umsonst|inklusive|inbegriffen|im preis enthalten)\b",
    r"\bsie haben sich (?:\w+ ){0,4}(?:verrechnet|geirrt|vertan)\b|\b(?:rechnung|forderung|"
    r"bestellung|auftrag|leistung|vertrag|betrag|position\w*)\b[^.]{0,30}\b(?:ist|sind) "
    r"(?:mir|uns) (?:\w+ )?(?:unbekannt|nicht bekannt)\b",
    r"\bentsprich\w* (?:\w+ ){0,3}nicht\b|\bnicht (?:dem|der|den) (?:bestellten|vereinbarten|"
    r"angebotenen|besprochenen|angebot|bestellung|vereinbarung|vertrag|auftrag|beschreibung)\b",
    r"\bnichts (?:\w+ ){0,2}(?:bestellt|beauftragt|gekauft|unterschrieben|abonniert|gebucht|"
    r"vereinbart|geliefert)\b|\b(?:nie|niemals) (?:\w+ ){0,2}erteilt\b",
    rf"\b(?:h{_OE}her|mehr|teurer) als (?:im |in der |das |der |die |laut |vereinbart|angeboten|"
    rf"besprochen|abgemacht|ausgemacht|offeriert)",
    rf"\b(?:im|in der|laut) (?:angebot|offerte|kostenvoranschlag|voranschlag|preisliste)\b"
    rf"[^.]{{0,40}}\b(?:stand|steht|standen|war|waren|hie{_SS}|stehen|anderer|andere|anders|nur|"
    rf"weniger|g{_UE}nstiger)\b|\b(?:im|in der|laut) (?:vertrag|vereinbarung|"
    rf"auftragsbest{_AE}tigung|bestellung)\b[^.]{{0,40}}\b(?:anderer|andere|anders|nur|weniger|"
    rf"g{_UE}nstiger)\b",
    rf"\bhat nichts gebracht\b|\b(?:fehler|problem|mangel|schaden|defekt|ger{_AE}usch|leck)\b"
    rf"[^.]{{0,30}}\b(?:immer noch|noch immer|weiterhin|nach wie vor|schon wieder)\b|"
    r"^(?!.*\b(?:\w*link|karte|portal|app|zahlungs\w*)\b)[^\n]*?"
    rf"\b(?:l{_AE}uft|laufen|funktioniert|funktionieren|h{_AE}lt)\b (?:\w+ ){{0,2}}(?:immer noch|"
    rf"noch immer|weiterhin|nach wie vor|schon wieder|wieder) nicht\b",
    rf"\bnicht (?:\w+ )?f{_AE}llig\b|\berst (?:am|zum|ab|per|in|nach|bei|mit|wenn|sobald)\b"
    rf"[^.]{{0,40}}"
    rf"\bf{_AE}llig\b",
    rf"\b(?:warum|wieso|weshalb|weswegen)\b (?:\w+ ){{0,4}}(?:berechn|verrechn|belast|abbuch|"
    rf"geb{_UE}hr|mahngeb{_UE}hr|zinsen|doppelt|zweimal|zahlen soll|bezahlen soll)\w*",
    r"\bseh(?:e|en) (?:\w+ ){0,2}nicht ein\b|\bnicht einsehen\b",
    rf"\b(?:lehne|lehnen)\b (?:\w+ ){{0,3}}(?:zahlung|rechnung|forderung|geb{_UE}hr\w*|"
    rf"mahngeb{_UE}hr\w*|kosten|zinsen|begleichung|bezahlung)\w* (?:\w+ )?ab\b",
    r"\b(?:zahlung|bezahlung|begleichung)\b (?:\w+ ){0,2}verweiger\w*\b(?! (?:ich |wir )?nicht)",
    rf"\bzur{_UE}ckgetreten\b|\br{_UE}cktritt\w*\b|\btrete\w* (?:\w+ ){{0,3}}zur{_UE}ck\b",
    rf"\b(?:rechnung|abrechnung)\b[^.]{{0,30}}\b(?:an|auf) (?:die|den|eine|einen) falschen? "
    rf"(?:firma|adresse|person|gesellschaft|namen|kunden|empf{_AE}nger)\b",
    rf"\b(?:rabatt|skonto|nachlass|preisnachlass|abzug|gutschrift|anzahlung|vorauszahlung|"
    rf"teilzahlung|akonto|guthaben|vorschuss|abschlagszahlung|abschlag|akontozahlung)\w*\b(?:[^.]|"
    rf"(?<=\d)\.|(?<=\bfr)\.|"
    rf"(?<=\bca)\.){{0,40}}\b(?:fehlt|fehlen|vergessen|(?:nicht|nirgends|nirgendwo) (?:\w+ )?"
    rf"(?:ber{_UE}cksichtigt|abgezogen|angerechnet|verrechnet|gutgeschrieben|eingerechnet|"
    rf"enthalten))\b(?![^.\n]*\?)|\b(?:fehlt|fehlen|vergessen)\b[^.]{{0,30}}\b(?:rabatt|skonto|"
    rf"nachlass|abzug|gutschrift|anzahlung|vorauszahlung|akonto\w*|abschlagszahlung\w*|"
    rf"abschlag\b|abschl{_AE}ge\b|teilzahlung\w*|vorschuss)",
    r"\bfehler (?:\w+ ){0,2}unterlaufen\b|\bfehler ihrerseits\b|\b(?:ihr|ihren|ihrem) fehler\b|"
    r"\bmuss ein (?:fehler|irrtum) sein\b|\b(?:liegt|handelt es sich um) (?:hier )?(?:wohl )?"
    r"(?:ein|einen|eine) (?:fehler|irrtum|versehen)\b|\b(?:ein|einen) fehler (?:in|auf|bei|im)\b",
    rf"\bnur\b[^.]{{0,30}}\b(?:geliefert|gemacht|erbracht|erledigt|montiert|eingebaut|repariert|"
    rf"installiert|ausgef{_UE}hrt|gearbeitet)\b",
    rf"\b(?:wird|werden)\b (?:\w+ ){{0,3}}nicht (?:\w+ )?(?:bezahlt|beglichen|{_UE}berwiesen)\b",
    r"\bkein(?:en)? (?:auftrag|bestellung|vertrag)\b",
    rf"\b(?:gearbeitet|geliefert|erbracht|bestellt|vereinbart|gemacht|geleistet)\b (?:\w+ ){{0,3}}"
    rf"nur (?:noch )?(?:{_FEW}|eine?|einen|die h{_AE}lfte|halb)\b|\bnur {_FEW}\b[^.]{{0,30}}\b"
    rf"(?:gearbeitet|geleistet|vereinbart)\b",
    r"\b(?:rechnung|betrag|summe|preis|menge|abrechnung|stunden\w*|position\w*)\b (?:\w+ ){0,2}"
    r"passt (?:\w+ ){0,2}nicht\b|\bpasst nicht (?:zu[mr]?|mit) (?:dem |der |unserem |unserer |"
    r"ihrem |ihrer )?(?:angebot|offerte|auftrag|bestellung|vereinbarung|lieferschein|vertrag|"
    r"kostenvoranschlag)",
    rf"\bnicht rechtens\b|\bunzul{_AE}ssig\w*\b|\bnicht zul{_AE}ssig\b|\brechtswidrig\w*\b|"
    rf"\bunrechtm{_AE}{_SS}ig\w*\b|\bnicht rechtm{_AE}{_SS}ig\b",
    r"\bregnet (?:\w+ ){0,3}(?:rein|herein|durch)\b|\berfolglos\b|\bohne erfolg\b|"
    r"\bnicht erfolgreich\b|\b(?:hat|haben) (?:\w+ )?nicht geholfen\b|\bnichts geholfen\b",
    rf"\b(?:weise|weisen)\b (?:\w+ ){{0,4}}zur{_UE}ck\b|\bzur{_UE}ckgewiesen\b|\bzur{_UE}ckweis\w*",
    r"\b(?:techniker|monteur|handwerker|installateur|mitarbeiter|termin)\b[^.]{0,40}"
    r"\b(?:nicht|nie) (?:\w+ )?(?:wahrgenommen|eingehalten|erschienen|gekommen|aufgetaucht)\b",
    # Tax: VAT charged where none is due (reverse charge, exempt, the other country).
    rf"\breverse[- ]?charge\w*|\bsteuerschuldnerschaft\b|\b(?:mwst|mehrwertsteuer|ust|"
    rf"umsatzsteuer)\b[^?]{{0,60}}\b(?:obwohl|obgleich|trotz)\b|\b(?:d{_UE}rfen|darf|d{_UE}rfte|"
    rf"h{_AE}tte|h{_AE}tten|m{_UE}sste|m{_UE}ssten|sollte|sollten|w{_AE}re)\b (?:\w+ ){{0,3}}"
    rf"(?:keine|ohne) (?:\w+ )?(?:mwst|mehrwertsteuer|ust|umsatzsteuer)\b|\bohne (?:\w+ )?"
    rf"(?:mwst|mehrwertsteuer|ust|umsatzsteuer)\b\.? (?:\w+ )?(?:neu )?(?:abrechnen|ausstellen|"
    rf"fakturieren|berechnen|verrechnen|aus)\b|\b(?:steuerfrei|steuerbefreit|nicht steuerbar|"
    rf"innergemeinschaftlich\w*)\b",
    # The same thing billed again.
    r"\b(?:rechnung|forderung|position|posten|mahnung|abbuchung|belastung)\b[^.]{0,30}"
    r"\b(?:ist|sind|war|kam|kamen) (?:\w+ )?(?:doppelt|identisch|ein duplikat)\b(?! so\b)|"
    r"\bidentisch mit (?:der |unserer |ihrer )?(?:rechnung|re\b|nr\b|abrechnung|forderung)|"
    r"\b(?:schon|bereits) (?:ein ?mal|einmal|mal|zuvor|vorher) (?:\w+ ){0,3}(?:berechnet|"
    r"verrechnet|abgerechnet|in rechnung gestellt|fakturiert)\b|\b(?:schon|bereits) "
    r"(?:\w+ )?(?:mit|über|in|auf) (?:der |unserer |ihrer )?(?:rechnung|abrechnung|"
    r"teilrechnung|schlussrechnung)\b[^.]{0,30}\b(?:abgerechnet|berechnet|verrechnet|"
    r"fakturiert|enthalten)\b",
    # The wrong person or company billed: it should be in the other one's name.
    rf"\b(?:vertragspartner|auftraggeber|besteller|rechnungsempf{_AE}nger|leistungsempf{_AE}nger|"
    rf"kunde|kundin|mieter|eigent{_UE}mer)\w* (?:ist|war|sind|waren|w{_AE}re) (?:\w+ )?(?:aber|"
    rf"jedoch|doch|eigentlich|allerdings)\b|\b(?:lautet|lauten|l{_AE}uft|ausgestellt|"
    rf"adressiert) (?:auf|an) [^.?]{{0,50}}\b(?:aber|jedoch|allerdings|statt|anstatt|nicht auf|"
    rf"nicht an)\b|\b(?:bestellt|beauftragt|gebucht|unterschrieben|unterzeichnet) (?:hat|haben|"
    rf"hatte|hatten) (?:\w+ )?(?:aber|jedoch|doch|eigentlich)\b",
    rf"\b(?:muss|m{_UE}sste|sollte|h{_AE}tte|geht|gehen|geh{_OE}rt)\b (?:\w+ ){{0,3}}(?:auf|an) "
    rf"(?:die|den|das|unsere|unseren|meine|meinen|mich) (?:\w+ )?(?:firma|gmbh|ag|gesellschaft|"
    rf"verein|hausverwaltung|verwaltung|vermieter\w*|eigent{_UE}mer\w*|versicherung|arbeitgeber|"
    rf"mutter\w*|tochter\w*|persönlich|privat)\b(?:[^.?]{{0,40}}\b(?:lauten|gehen|ausgestellt|"
    rf"adressiert|gestellt|gerichtet)\b|,? nicht (?:an|auf) (?:mich|uns))",
    rf"\bauf (?:die|den|das) (?:richtige|korrekte)n? (?:firma|gesellschaft|namen|"
    rf"empf{_AE}nger\w*|rechnungsadresse|kunden|vertragspartner)\b|\b(?:stellen|stelle|stellt) "
    rf"(?:sie |ihr |du )?(?:\w+ ){{0,6}}(?:neu|erneut|korrekt|richtig|berichtigt) aus\b|"
    rf"\bneu (?:aus(?:zu)?stellen|ausgestellt)\b",
    # Someone else pays this: the insurer, the landlord, the owner, the maker.
    rf"\b(?:muss|m{_UE}sste|sollte|soll|m{_UE}ssen|m{_UE}ssten|sollten)\b (?:\w+ ){{0,2}}(?:die|"
    rf"der|den|mein|meine|unser|unsere|ihre|ihr) (?:\w+ )?(?:versicherung|haftpflicht\w*|"
    rf"eigent{_UE}mer\w*|vermieter\w*|hausverwaltung|verwaltung|arbeitgeber\w*|hersteller\w*|"
    rf"krankenkasse|bautr{_AE}ger|verk{_AE}ufer\w*|generalunternehmer) (?:\w+ ){{0,2}}(?:zahlen|"
    rf"bezahlen|tragen|{_UE}bernehmen|begleichen)\b|\bversicherungs(?:fall|schaden)\b|"
    rf"\bhaftpflichtschaden\b|\bmit (?:der|meiner|ihrer|unserer) (?:\w+ )?versicherung "
    rf"ab(?:rechnen|gerechnet|zurechnen)\b",
    # Not due under the contract: acceptance not yet given, the payment term not over.
    rf"\b(?:abnahme|schlussabnahme|endabnahme|{_UE}bergabe|inbetriebnahme|fertigstellung)\b"
    rf"[^.]{{0,30}}\b(?:noch nicht|nicht|nie|noch gar nicht|noch keine) (?:\w+ )?(?:stattgefunden|"
    rf"erfolgt|erteilt|gemacht|durchgef{_UE}hrt|passiert)\b|"
    rf"\bnoch keine (?:abnahme|{_UE}bergabe)\b|"
    rf"\b(?:die|das|sie|es) (?:hat|ist) (?:aber |jedoch |doch )?noch nicht (?:stattgefunden|"
    rf"erfolgt)\b|\bverfr{_UE}ht\w*|\b(?:zahlungsziel|zahlungsfrist|frist)\b[^.]{{0,40}}\b(?:noch "
    rf"nicht|nicht) (?:\w+ )?(?:abgelaufen|erreicht|um|vorbei|verstrichen)\b",
    rf"\b(?:laut|gem{_AE}{_SS}|nach|entsprechend|gem\.) (?:§|ziff(?:er|\.)?|punkt|artikel|art\.|"
    rf"abschnitt|klausel|paragra(?:ph|f))|\bgem{_AE}{_SS} (?:unserem |unserer |dem |der |ihrer |"
    rf"ihrem )?(?:rahmenvertrag|vertrag|agb|vereinbarung|angebot|offerte|kostenvoranschlag)\w*",
    rf"\b(?:skonto|rabatt|nachlass|abzug|gutschrift|anzahlung)\w*\b[^.]{{0,30}}"
    rf"\b(?:abzuziehen|anzurechnen|zu verrechnen|zu ber{_UE}cksichtigen)\b",
    rf"\bverj{_AE}hr\w*",
    # The debtor's own papers say another figure: "Auf unserem Lieferschein stehen 42."
    rf"\b(?:auf|in|laut|gem{_AE}{_SS}|nach) (?:unserem|unserer|unseren|meinem|meiner|dem|der|"
    rf"den) (?:unterschriebenen |unterzeichneten |eigenen )?(?:lieferschein|wareneingang|"
    rf"z{_AE}hlung|stundenzettel|stundennachweis|stundenliste|arbeitsnachweis|arbeitsbericht|"
    rf"rapport|regierapport|aufma{_SS}|\w*protokoll|bestellschein|aufzeichnung|stempelkarte|"
    rf"packliste|frachtbrief|zeiterfassung|arbeitszeiterfassung|zutrittskontrolle|logbuch|"
    rf"fahrtenbuch)\w*\b (?:(?:\w+ ){{0,3}}(?:steht|stehen|stand|standen|"
    rf"sind|waren|ist|war|nur|lediglich|aber|hingegen|dagegen)\b )?(?:(?:nur|lediglich|aber|es|"
    rf"noch|genau|insgesamt|blo{_SS}|klar|eindeutig) ){{0,2}}(?!(?:19|20)\d\d\b)(?:\d{{1,4}}"
    rf"(?:,\d+)?|{_FEW})\b"
    rf"(?![./]\d|\.\s*\w| ?uhr\b)",
    # "Vereinbart waren 10 % Rabatt", "Ausgemacht war spätestens der 10.10.": the agreement
    # set against the bill (not "wie vereinbart", not instalments agreed).
    r"(?<!wie )\b(?:vereinbart|abgemacht|ausgemacht|zugesagt|versprochen|zugesichert|"
    r"angeboten|offeriert|bestellt) (?:war|waren|hatten wir|haben wir)\b(?! (?:\w+ ){0,3}"
    r"(?:raten?|ratenzahlung|teilzahlung\w*|stundung|zahlungsaufschub|aufschub)\b)",
    rf"\b(?:auf|in) (?:der|ihrer|dieser) (?:rechnung|abrechnung|schlussrechnung|faktura)\b "
    rf"(?:\w+ ){{0,3}}(?:davon|dazu|dar{_UE}ber|hiervon|dessen) (?:aber |jedoch |leider )?"
    rf"(?:nichts|kein wort|keine spur|keine rede|nicht)\b",
    # Late delivery with a penalty claimed: Vertragsstrafe, Konventionalstrafe, Pönale.
    rf"\b(?:vertragsstrafe|konventionalstrafe|p{_OE}nale|verzugsstrafe|liefer(?:verzugs)?"
    rf"strafe)\w*|\b(?:liefertermin|lieferfrist|liefertag|fertigstellungstermin|"
    rf"fertigstellungsfrist|ausf{_UE}hrungsfrist|bauzeit)\w*\b[^.]{{0,30}}\b(?:{_UE}berschritten|"
    rf"nicht eingehalten|verpasst|verstrichen)\b|"
    rf"\bsiehe (?:§|ziff(?:er|\.)?|punkt|art\.|artikel|abschnitt|klausel|paragra(?:ph|f))",
    # Fewer users or licences since a downgrade: billed for more than used.
    rf"\bdowngrade\w*|\b(?:herunter|herab|zur{_UE}ck)gestuft\b|\b(?:lizenzen|nutzer|"
    rf"benutzer|user|pl{_AE}tze|arbeitspl{_AE}tze|accounts|seats|ger{_AE}te|fahrzeuge|"
    rf"standorte)\b[^.]{{0,30}}\b(?:reduziert|verringert|gek{_UE}ndigt|abbestellt|"
    rf"abgemeldet|deaktiviert)\b",
    # Extras nobody ordered: "Wer hat diese Zusatzarbeiten beauftragt?", "ohne unsere
    # Unterschrift", "zahlen wir keine Extras".
    r"\bwer hat (?:\w+ ){0,3}(?:beauftragt|bestellt|angeordnet|genehmigt|freigegeben|"
    r"veranlasst|in auftrag gegeben|unterschrieben|autorisiert)\b",
    rf"\bohne (?:unsere|meine|eine|jede|unser|mein|vorherige) (?:schriftliche |vorherige )?"
    rf"(?:unterschrift|zustimmung|freigabe|genehmigung|auftrag|auftragserteilung|beauftragung|"
    rf"einverst{_AE}ndnis|bestellung|einwilligung|absprache|r{_UE}cksprache)\b",
    rf"\b(?:zahle|zahlen|bezahle|bezahlen|{_UE}bernehme|{_UE}bernehmen|begleiche|begleichen)\b "
    rf"(?:ich |wir )?(?:\w+ )?keine (?!raten|teilzahlung|anzahlung|vorkasse|vorauszahlung)"
    rf"(?:\w+ )?(?:extras?|zusatz\w*|mehrkosten|mehrarbeit\w*|nachtr{_AE}ge|aufpreis\w*|"
    rf"zuschl{_AE}ge|zuschlag|geb{_UE}hr\w*|mahngeb{_UE}hr\w*|zinsen|kosten|spesen|pauschale\w*|"
    rf"positionen|posten|stunden|rechnung|forderung|leistungen|arbeiten)\b",
    rf"\b(?:extras?|zusatz\w*|mehrkosten|mehrarbeit\w*|nachtr{_AE}ge|aufpreis\w*|zuschl{_AE}ge|"
    rf"zuschlag|geb{_UE}hr\w*|mahngeb{_UE}hr\w*|zinsen|spesen|mahnspesen|pauschale\w*)\b "
    rf"(?:zahle|zahlen|bezahle|bezahlen|{_UE}bernehme|{_UE}bernehmen) (?:ich|wir) (?:\w+ )?"
    rf"(?:keine|keinen|nicht)\b",
    r"\b(?:bis heute|immer noch|noch immer|nach wie vor) nicht (?:\w+ )?(?:fertig\w*|geliefert|"
    r"repariert|montiert|erledigt|behoben|installiert|eingebaut|gemacht)\b",
    # A charge for something that did not happen; sarcasm about a fee.
    rf"\b(?:\w*pauschale|\w*geb{_UE}hr\w*|\w*kosten|\w*zuschlag|aufschlag|anfahrt\w*|berechnen|"
    rf"berechnet|verrechnen|verrechnet|abgerechnet|in rechnung (?:gestellt|stellen)|fakturiert|"
    rf"verlangen|verlangt)\b[^.?]{{0,60}}\b(?:obwohl|obgleich|wo doch)\b[^.?]{{0,50}}\b(?:nicht|"
    rf"nie|kein\w*|niemand|nichts|abgesagt|storniert|gek{_UE}ndigt|vereinbart|zugesagt|"
    rf"versprochen|inklusive|kostenlos|gratis|umsonst)\b",
    rf"^\W*(?:toll|super|klasse|prima|na toll|wunderbar|gro{_SS}artig|spitze|sch{_OE}n|"
    rf"bravo|danke auch)\b\W+(?:[\w.,€]+ ){{0,3}}\w*(?:pauschale|geb{_UE}hr\w*|kosten|zuschlag|"
    rf"aufschlag|rechnung|mahnung)\b",
    # Left early, came late, never came back, did not show; cancelled; broke.
    rf"(?<!ich )(?<!wir )\b{_PROVIDER}\b[^.]{{0,40}}\b(?:(?:vor|nach) (?:dem|der|den|ende|"
    rf"beginn|schluss)\b[^.]{{0,25}}\b(?:gegangen|weg|abgereist|gefahren|verschwunden|"
    rf"abgehauen|aufgeh{_OE}rt|abgebrochen)|(?:zu fr{_UE}h|fr{_UE}her|vorzeitig) (?:\w+ )?"
    rf"(?:gegangen|weg|abgereist|gefahren|schluss|aufgeh{_OE}rt|abgebrochen)|"
    rf"aufgeh{_OE}rt|abgebrochen|hingeschmissen|(?:nie|nicht) (?:mehr |wieder )?(?:gekommen|"
    rf"erschienen|wiedergekommen|zur{_UE}ckgekommen|da)|(?:gar|{_UE}berhaupt) nicht (?:da|"
    rf"gekommen|erschienen)|zu sp{_AE}t|versp{_AE}tet|erst (?:nach|um|gegen|am)\b)",
    rf"\b{_DELIVERABLE}\w*\b[^.]{{0,40}}\b(?:zu sp{_AE}t|versp{_AE}tet|erst nach|(?:\w+ )?"
    rf"(?:tage|wochen|stunden|monate) sp{_AE}ter|ausgefallen|abgesagt|gestrichen|gecancelt|"
    rf"entfallen|fiel (?:\w+ )?aus)\b",
    rf"\b(?:gesprungen|gerissen|rissig|verf{_AE}rbt|verrostet|abgebl{_AE}ttert|schimmel\w*|"
    rf"l{_OE}cher)\b|\bwackel\w*",
    rf"\b(?:st{_UE}rzt|st{_UE}rzen|f{_AE}llt|fallen|geht|gehen|h{_AE}ngt|h{_AE}ngen)\b (?:\w+ )?"
    rf"(?:st{_AE}ndig|dauernd|immer wieder|laufend|andauernd|regelm{_AE}{_SS}ig|t{_AE}glich) "
    rf"(?:ab|aus|kaputt)\b",
    rf"\bmehr (?:probleme|m{_AE}ngel|sch{_AE}den|fehler)\b (?:\w+ )?als (?:vorher|davor|zuvor)\b|"
    rf"\b(?:schlimmer|schlechter) als (?:vorher|davor|zuvor)\b",
    rf"\b(?:brille|hose|kleid|anzug|schuhe?|jacke|k{_UE}che|t{_UE}r|fenster|m{_OE}bel|schrank|"
    rf"ersatzteil|prothese|zahnersatz|kost{_UE}m|ring|deckel|passform)\w*\b (?:\w+ ){{0,2}}"
    rf"(?:passt|passen|passte|passten) (?:\w+ ){{0,2}}nicht\b",
    # Wrong, missing or only part of what was ordered.
    r"\bfalsche[nrms]? (?!iban|kontonummer|referenz|rechnungsnummer|adresse|mail|e-mail|"
    r"nummer|link)\w+ (?:\w+ )?(?:geliefert|geschickt|verschickt|eingebaut|montiert|verbaut|"
    r"bekommen|erhalten|gesendet)\b|\b(?:an)?statt\b[^.]{0,40}\b(?:geliefert|geschickt|"
    r"eingebaut|montiert|verbaut)\b",
    rf"\b(?:h{_AE}lfte|teile|artikel|st{_UE}ck|kartons?|pakete?|positionen|ware|sachen|"
    rf"zubeh{_OE}r)\b[^.]{{0,30}}\b(?:fehlt|fehlen|fehlte|fehlten)\b|\bfehl(?:t|en|te|ten) "
    rf"(?:\w+ ){{0,2}}(?:die h{_AE}lfte|ein teil|ein st{_UE}ck|ein karton|ein paket|ein artikel|"
    rf"eine position|zubeh{_OE}r|die anleitung)\b|"
    # "das Raumthermostat fehlt bis heute": a part still missing (not the money: "uns fehlt
    # noch immer das Geld")
    r"\bfehl(?:t|en) (?:bis heute|immer noch|noch immer|nach wie vor)\b(?![^.]{0,20}\bgeld\b)",
    rf"\bnur (?:einen (?:kleinen )?teil|einen bruchteil|die h{_AE}lfte|halb)\b (?:der|des|von "
    rf"der|von den) (?:bestellung|lieferung|ware|waren|artikel|sendung|teile|m{_OE}bel|material"
    rf"|leistung|arbeit|auftrag|st{_UE}ck)\w*",
    rf"\bnur (?:{_FEW}|eine?n?|die h{_AE}lfte)\b[^.]{{0,30}}\b(?:stattgefunden|gekommen|"
    rf"erschienen|geliefert|gehalten|gegeben)\b",
    rf"\b(?:nie|niemals|nicht)\b(?<!noch nicht)(?: \w+){{0,2}} (?:geleistet|gearbeitet|"
    rf"angefallen|stattgefunden|abgesprochen|angek{_UE}ndigt|angefragt|genehmigt)\b",
    r"\b(?:nie|niemals|keinen)\b (?:\w+ ){0,4}(?:vertrag|auftrag|abo|bestellung|"
    r"vereinbarung)\w* (?:\w+ ){0,3}(?:geschlossen|abgeschlossen|unterschrieben|erteilt|"
    r"aufgegeben)\b",
    # The price: fixed, agreed otherwise, exceeded.
    rf"\b(?:festpreis|fixpreis|pauschalpreis|kostendach|kostenobergrenze|h{_OE}chstpreis)\w*",
    rf"\b(?:preis|stundensatz|stundenlohn|satz|tarif|honorar|pauschale|betrag|summe|kosten|"
    rf"miete|geb{_UE}hr|rabatt|nachlass)\w*\b[^.]{{0,20}}\b(?:war|waren|ist|sind|wurde|wurden)\b "
    rf"(?:\w+ )?(?:mit|auf|bei|zu|von) [^.]{{0,30}}\b(?:vereinbart|abgemacht|ausgemacht|"
    rf"besprochen|angeboten|offeriert|zugesagt|festgelegt)\b",
    r"\bsie (?:berechnen|verrechnen|fakturieren|verlangen) (?:uns |mir )?(?:jetzt |nun |aber )?"
    r"(?:[€$]\s?|chf\s?|eur\s?)?\d",
    rf"\b(?:kostenvoranschlag|voranschlag|angebot|offerte|budget|kostenrahmen)\b[^.]{{0,40}}"
    rf"\b(?:{_UE}berschritten|{_UE}berschreitet|{_UE}berstieg\w*)|\b(?:{_UE}bersteigt|"
    rf"{_UE}berschreitet|{_UE}bersteigen) (?:\w+ ){{0,2}}(?:angebot|kostenvoranschlag|"
    rf"voranschlag|offerte|vereinbart\w*|budget)\b",
    r"\b(?:davon|von \w+) war (?:nie|nicht|keine) (?:die )?rede\b|\bunwirksam\w*\b|"
    r"\bnicht wirksam\b|\bsittenwidrig\w*\b",
    # I pay once it works again, it is finished, it has arrived.
    rf"\b(?:zahle|zahlen|zahl|bezahle|bezahlen|begleiche|begleichen|{_UE}berweise|{_UE}berweisen"
    rf")\b[^.]{{0,20}}\berst\b,? (?:wenn|sobald|nachdem)\b[^.]{{0,50}}\b(?:wieder (?:l{_AE}uft|"
    rf"geht|funktioniert)|fertig|in ordnung|angekommen|eingetroffen|da ist|ankommt|vorliegt|"
    rf"neue rechnung|korrekte rechnung|richtige rechnung|repariert|erledigt)",
    # On the bill twice, a down payment not deducted, a rate agreed otherwise.
    r"\b(?:steht|stehen|ist|sind|taucht|tauchen|erscheint|erscheinen)\b (?:\w+ ){0,2}"
    r"(?:doppelt|zweimal|zwei ?mal|mehrfach|zweifach|2x|2 mal) (?:\w+ ){0,2}(?:auf|in) "
    r"(?:der|dieser|ihrer|meiner) (?:rechnung|abrechnung|faktura)\b",
    r"\b(?:vereinbart|abgemacht|ausgemacht|besprochen|offeriert|angeboten|zugesagt)\w*\b"
    r"[^.]{0,40}\d[^.]{0,15}\bnicht\b (?:\w+ )?(?:[€$]\s?|chf\s?|eur\s?|fr\.\s?)?\d",
    # Not delivered, not working, badly done: promised, still not there.
    rf"\b(?:immer noch|noch immer|nach wie vor|bis heute|weiterhin)\b (?:\w+ ){{0,2}}nicht "
    rf"(?:online|live|fertig|fertiggestellt|geliefert|eingebaut|montiert|installiert|"
    rf"repariert|behoben|erledigt|funktionsf{_AE}hig|einsatzbereit)\b",
    rf"^(?![^.]*\b(?:link|portal|zahlung|{_UE}berweisung|karte|login|passwort|app|konto|iban|"
    rf"lastschrift|twint|paypal)\w*\b)[^.]*\b(?:funktioniert|funktionieren|l{_AE}uft|laufen|"
    rf"geht|gehen|tut|tun)\b (?:\w+ ){{0,4}}(?:immer noch|noch immer|nach wie vor|weiterhin|"
    rf"schon wieder|wieder) nicht\b",
    r"\bobwohl\b[^.]{0,60}\b(?:fest )?(?:zugesagt|versprochen|vereinbart|garantiert|"
    r"abgemacht|ausgemacht)\b",
    rf"\bwof{_UE}r soll(?:en|st)? (?:ich|wir|man|du) (?:\w+ ){{0,2}}(?:zahlen|bezahlen)\b",
    rf"\b(?:schief|krumm|uneben|undicht|verkratzt|zerkratzt|besch{_AE}digt|falsch)\b "
    rf"(?:\w+ )?(?:verlegt|montiert|eingebaut|aufgebaut|installiert|verputzt|gestrichen|"
    rf"angeschlossen|geliefert|angekommen|gemauert|zugeschnitten)\b",
    rf"\bnachbesserung\w*|\bnacherf{_UE}llung\w*|\bm{_AE}ngelr{_UE}ge\w*|"
    rf"\bm{_AE}ngel(?:beseitigung|behebung|liste)\w*|\bpfusch\w*",
    r"^(?!.*\b(?:rechnung|mahnung|kopie|e-?mail|mail|schreiben|erinnerung)\b).*?\b(?:nie|nicht) "
    r"(?:erhalten|bekommen|geliefert)\b",
    r"\bnicht (?:korrekt|richtig)\b|\bzu hoch\b",
    r"\bmangel(?!s\b)\w*\b|\bmängel\w*\b|\breklamation\b|\bbeanstand\w*\b|\bfehlerhaft\w*\b|"
    r"\bdefekt\w*\b|\bwiderspr\w+\b|\bnicht einverstanden\b|\b(?:falsch|zu viel|doppelt) "
    r"(?:berechnet|abgerechnet|in rechnung)\b|\bgutschrift\b|\bstorn\w+\b|\bnicht (?:bestellt|"
    r"geliefert|erbracht)\b|(?<!kann )(?<!können )(?<!gerade )(?<!momentan )"
    r"(?<!leider )\bnicht (?:be)?(?:zahlen|begleichen)\b",
    r"\bstimmt nicht\b|\b(?:erkennen|akzeptieren) (?:\w+ ){0,3}nicht(?: an)?\b|\b(?:rechnung|"
    r"betrag|summe|menge|preis|abrechnung)\b.{0,30}\bfalsch\b|\bnur \d+\b.{0,30}\b(?:bestellt|"
    r"geliefert|erhalten|bekommen)\b|(?<!laptop ist )(?<!handy ist )(?<!computer ist )(?<!rechner "
    r"ist )(?<!drucker ist )(?<!telefon ist )(?<!auto ist )\b(?:beschädigt|kaputt)\b|\bnicht "
    r"(?:vollständig|ordnungsgemäß) (?:geliefert|erbracht|ausgeführt)\b|\bkorrigierte\w* "
    r"rechnung\b|\brechnungskorrektur\b|\b(?:bezahlen|zahlen|begleichen) wir nicht\b|\bnie "
    r"(?:gemacht|erledigt|ausgeführt|durchgeführt|geliefert|erhalten)\b",
    # Fewer hours than billed, an order never placed ("Sie haben uns 40 Stunden berechnet,
    # gearbeitet wurden laut Stundenzettel 26", "die drei Stunden Arbeitszeit waren höchstens
    # eine", "Nicht unser Auftrag.")
    r"\b(?:berechnet|abgerechnet|in rechnung gestellt)\b[^.]{0,20}\b(?:gearbeitet|geleistet|"
    r"geliefert|erbracht) (?:wurden|wurde|haben|hat)\b|\b(?:stunden|std|arbeitszeit|"
    r"tage)\b[^.]{0,20}\b(?:waren|war) (?:h(?:ö|oe)chstens|allenfalls|maximal|gerade mal|knapp) "
    r"(?:eine?|\d+|zwei|drei)\b|\bnicht unser(?:e)? (?:auftrag|bestellung)\b",
)

_PAID = (
    # Swiss German: "han scho zahlt am friitig", "hani scho überwiese"
    r"\b(?:han|hani|ha|hend|händ) (?:scho|schon) (?:zahlt|bezahlt|überwiese[n]?|iizahlt)\b",
    # "wir haben den offenen Betrag von € 1.180,– am 31. Oktober ... überwiesen", "die Zahlung
    # erfolgte bereits am 27.10."
    # (a dot after a digit ends no sentence, as in `clauses`: "1.250,00 €", "am 31. Oktober")
    r"\b(?:(?:wir|ich) (?:haben|habe)|(?:haben|habe) (?:wir|ich))\b(?:[^.?!]|(?<=\d)\.){0,80}"
    r"\b(?:überwiesen|bezahlt|beglichen|gezahlt|angewiesen)\b|"
    r"\b(?:zahlung|überweisung)\b[^.]{0,20}\berfolgte\b|\berfolgte bereits\b",
    # "Ich habe ... überwiesen", "Hab's grad bezahlt", "Meine Frau hat ... beglichen": not a
    # question that opens with the verb ("Habe ich schon bezahlt?").
    rf"(?:(?<!^)(?<!^\W)|{_NOT_ASKED})(?<!dann )(?<!sobald )\b(?:habe|haben|hab|habs|hat|"
    rf"habt|hatte|hatten)\b(?! (?:mein|meine|unser|unsere) (?:kunde|kundin|kunden|"
    rf"auftraggeber\w*|arbeitgeber\w*|versicherung|chef\w*)\b)"
    rf"(?:'s)?(?: [\w.,'-]+){{0,12}}? (?:{_PAID_WORD}|erledigt|veranlasst|freigegeben|"
    rf"get{_AE}tigt|geleistet)\b",
    # "Bezahlt ✔", "Überwiesen ✓ – hätte ich Skonto abziehen dürfen?"
    rf"^\W*(?:(?:schon|bereits|ist|wurde) )?(?:bezahlt|gezahlt|{_UE}berwiesen|beglichen|"
    rf"eingezahlt|einbezahlt|erledigt)\s*[✔✓☑✅]",
    # Cash handed to the creditor's driver or fitter; a receipt given for it.
    rf"\b(?:betrag|geld|bargeld|summe|rechnungsbetrag|restbetrag|\d+ ?(?:€|euro|eur|chf|"
    rf"franken)|bar)\b (?:\w+ ){{0,4}}(?:mitgegeben|{_UE}bergeben|ausgeh{_AE}ndigt|"
    rf"in die hand gedr{_UE}ckt|entgegengenommen)\b{_NOT_ASKED}|\bbar (?:\w+ ){{0,2}}gegeben\b"
    rf"{_NOT_ASKED}",
    rf"\b{_PROVIDER}\b[^.]{{0,40}}\b(?:kassiert|einkassiert|abkassiert)\b{_NOT_ASKED}",
    rf"(?<!keine )(?<!kein )\b(?:quittung|kassenbeleg|kassenzettel|zahlungsbest{_AE}tigung)\b "
    rf"(?:\w+ ){{0,3}}(?:ausgestellt|{_UE}berreicht|ausgeh{_AE}ndigt|unterschrieben)\b{_NOT_ASKED}|"
    rf"\b(?:hat|haben|hatte|hatten) (?:mir|uns) (?:\w+ ){{0,2}}(?:eine |die |den )?"
    rf"(?:quittung|kassenbeleg|kassenzettel|zahlungsbest{_AE}tigung) (?:[\w€.,]+ ){{0,3}}"
    rf"(?:ausgestellt|gegeben|{_UE}berreicht|ausgeh{_AE}ndigt|geschrieben)\b{_NOT_ASKED}",
    # "Die Zahlung wurde gestern freigegeben." (Not "die Rechnung ist freigegeben": approved.)
    rf"\b(?:zahlung|{_UE}berweisung|betrag)\b (?:\w+ ){{0,2}}(?:wurde|ist|wurden|sind) "
    rf"(?:[\w.]+ ){{0,3}}freigegeben\b{_NOT_ASKED}",
    # "..., dass der Betrag letzte Woche angewiesen wurde." (not "bis alles beglichen ist":
    # until it is)
    rf"(?<!\bbis )(?<!\bbis alles )(?<!\bbis es )(?<!\bbis sie )(?<!\bbis der betrag )"
    rf"\b{_PAID_WORD}(?: worden)? (?:ist|sind|wurde|wurden|war|waren|hat|haben|habe|hab)\b",
    # "Der Betrag wurde mit Valuta 03.11.2025 auf Ihr Konto überwiesen."
    rf"(?:(?<!^)(?<!^\W)|{_NOT_ASKED})\b(?:wurde|wurden|ist|sind|war|waren)\b"
    rf"(?: [\w.,'-]+){{0,8}}? {_PAID_WORD}\b(?! werden| zu werden){_NOT_ASKED}",
    # "Mit TWINT bezahlt, Quittung anbei." "Gestern überwiesen."
    rf"^\W*(?:(?:gr{_UE}ezi|hallo|hoi|servus|moin|guten tag)\b[^,]{{0,20}},\s*)?"
    rf"(?:[\w'.-]+ ){{0,7}}?(?:bezahlt|gezahlt|{_UE}berwiesen|beglichen|eingezahlt|"
    rf"einbezahlt|angewiesen)(?=\s*(?:[,.;!–-]|$|und\b)){_NOT_ASKED}",
    # "Überwiesen am Mittwoch, 640,00 € an Ihr Konto.": the participle first tells what is done.
    rf"^\W*(?:(?:schon|bereits) )?(?:bezahlt|gezahlt|{_UE}berwiesen|beglichen|eingezahlt|"
    rf"einbezahlt|angewiesen) (?:am|vom)\b{_NOT_ASKED}",
    # "Bar bezahlt beim Abholen." "Ist heute per Sofortüberweisung passiert."
    rf"^(?![^.]*\b(?:wird|werde|werden|kann|soll|m{_OE}chte|will)\b)[^.]*\b(?:bar|in bar|cash|"
    rf"vor ort|direkt)\b (?:\w+ )?(?:bezahlt|gezahlt|beglichen)\b{_NOT_ASKED}",
    rf"\w*(?:zahl|{_UE}berweis|twint|paypal)\w*\b[^.?]{{0,60}}\b(?:ist|wurde) (?:heute|gestern|"
    rf"eben|soeben|gerade|grad|vorhin|bereits|schon) (?:\w+ ){{0,3}}(?:passiert|erfolgt)\b"
    rf"{_NOT_ASKED}|\b(?:ist|wurde) (?:heute|gestern|eben|soeben|gerade|grad|vorhin|bereits|"
    rf"schon) per \w+ (?:passiert|erfolgt)\b{_NOT_ASKED}",
    # The payment has gone through, is on its way.
    rf"\b(?:zahlung|{_UE}berweisung|geld|betrag|summe|scheck|lastschrift)\b (?:\w+ ){{0,3}}"
    rf"(?:ist|sind|ging|war) (?:\w+ ){{0,3}}(?:durch|durchgegangen|durchgelaufen|unterwegs|"
    rf"auf dem weg|raus|rausgegangen|abgegangen|eingegangen|gebucht)\b{_NOT_ASKED}",
    rf"\b(?:ist|sind) (?:\w+ ){{0,2}}(?:zahlung|{_UE}berweisung|geld|betrag|summe) "
    rf"(?:\w+ ){{0,3}}(?:durch|durchgegangen|unterwegs|auf dem weg|raus|rausgegangen)\b"
    rf"{_NOT_ASKED}",
    rf"\b(?:m{_UE}sste|sollte|d{_UE}rfte|m{_UE}ssten|sollten)\b (?:\w+ ){{0,4}}(?:inzwischen|"
    rf"bereits|schon|l{_AE}ngst|mittlerweile)\b (?:\w+ ){{0,4}}(?:eingegangen|angekommen|"
    rf"gutgeschrieben|verbucht|auf ihrem konto|bei ihnen)",
    rf"\b(?:seit|bereits|schon|scho|l{_AE}ngst)\b[^.]{{0,30}}\b(?:bei ihnen|auf ihrem konto|"
    rf"auf ihr konto|bei euch|bei eich|bei dir|auf eurem konto|auf deinem konto)\b{_NOT_ASKED}",
    # "Das Geld ist bei Ihnen schon am Konto." "Des Geld is scho bei eich."
    rf"\b(?:geld|betrag|zahlung|{_UE}berweisung|summe)\b (?:ist|is|isch|sind|war) (?:\w+ ){{0,2}}"
    rf"(?:bereits|schon|scho|l{_AE}ngst|seit \w+) (?:\w+ ){{0,2}}(?:am|auf dem|auf ihrem|"
    rf"auf eurem|auf deinem) konto\b{_NOT_ASKED}",
    # "Hab's vorhin per Twint geschickt."
    rf"\b(?:habe|hab|habs|haben|hat)(?:'s)?\b(?: [\w'-]+){{0,3}} (?:per|mit|{_UE}ber|via) "
    rf"(?:twint|paypal|e-?banking|online-?banking|revolut|wise|sofort{_UE}berweisung|"
    rf"{_UE}berweisung|apple pay|google pay|klarna|postfinance|mobile banking|"
    rf"(?:die |der )?(?:bank|app))\b (?:\w+ )?(?:geschickt|gesendet|versendet|losgeschickt|"
    rf"bezahlt|gezahlt|{_UE}berwiesen|beglichen)\b{_NOT_ASKED}",
    # Proof of payment attached.
    rf"\b(?:zahlungs|{_UE}berweisungs|einzahlungs|buchungs|konto)?(?:beleg|best{_AE}tigung|"
    rf"nachweis|quittung|screenshot|auszug)\w*\b[^.?]{{0,25}}\b(?:anbei|im anhang|"
    rf"angeh{_AE}ngt|beigef{_UE}gt|liegt bei|sende ich (?:ihnen )?(?:mit|anbei|zu))\b",
    rf"\banbei (?:\w+ ){{0,3}}(?:zahlungs|{_UE}berweisungs|einzahlungs)?(?:beleg|"
    rf"best{_AE}tigung|nachweis|quittung|screenshot)\b",
    rf"\b(?:sie|ihr) (?:haben|habt|h{_AE}tten|m{_UE}ssten) (?:\w+ ){{0,4}}(?:geld|betrag|"
    rf"zahlung|{_UE}berweisung|summe) (?:\w+ ){{0,4}}(?:erhalten|bekommen)\b{_NOT_ASKED}",
    rf"\b(?:rechnung|forderung|betrag|saldo|zahlung|sache|angelegenheit)\b (?:ist|w{_AE}re|"
    rf"sollte) (?:\w+ ){{0,3}}erledigt\b{_NOT_ASKED}",
    rf"\b(?:zahlung|{_UE}berweisung|bezahlung|einzahlung)\b (?:ist |wurde )?(?:bereits |schon |"
    rf"l{_AE}ngst |heute |gestern )?(?:erledigt|get{_AE}tigt|ausgef{_UE}hrt|durchgef{_UE}hrt|"
    rf"veranlasst)\b{_NOT_ASKED}",
    rf"\b(?:zahlung|{_UE}berweisung|bezahlung|einzahlung|begleichung|lastschrift|dauerauftrag|"
    rf"abbuchung)\b (?:\w+ ){{0,2}}(?:erfolgte|lief|ist (?:\w+ )?gelaufen)\b{_NOT_ASKED}",
    rf"\b(?:wurde|wurden|ist|sind)\b (?:schon |bereits |l{_AE}ngst |doch )+(?:\w+ )?erledigt\b"
    rf"{_NOT_ASKED}",
    rf"\b(?:habe|haben|hab|hat)\b (?:\w+ ){{0,4}}(?:betrag|geld|zahlung|summe|rest|restbetrag|"
    rf"{_UE}berweisung|\d+ ?(?:€|euro|chf|franken|fr)) (?:\w+ ){{0,4}}(?:gesendet|geschickt|"
    rf"versendet|losgeschickt|abgeschickt|gemacht|get{_AE}tigt|ausgef{_UE}hrt|veranlasst|"
    rf"durchgef{_UE}hrt|aufgegeben|angesto{_SS}en|in auftrag gegeben)\b{_NOT_ASKED}",
    rf"\b(?:zahlung|{_UE}berweisung|bezahlung|einzahlung|begleichung)\b (?:ist|wurde|sind|wurden) "
    rf"(?:[\w.,/-]+ ){{0,4}}(?:erfolgt|ausgef{_UE}hrt|get{_AE}tigt|veranlasst|eingegangen|"
    rf"durchgef{_UE}hrt|raus)\b{_NOT_ASKED}",
    r"\b(?:wurde|wurden|ist|sind)\b(?:\s+\S+){0,4}\s+(?:beglichen|bezahlt|überwiesen)\b",
    r"\b(?:überweisung|zahlung)\s+erfolgte\b|^\W*(?:bezahlt|überwiesen|erledigt)\W*$",
    r"\b(?:bereits|schon) (?:\w+ ){0,4}(?:bezahlt|überwiesen|beglichen)\b|\b(?:habe|haben) "
    r"(?:\w+ ){0,6}(?:bezahlt|überwiesen|beglichen)\b|\b(?:überweisung|zahlung)"
    # "Die Zahlung über 1.204,50 € wurde am 3. des Monats ausgeführt"
    r"(?: (?:über|von|in höhe von) (?:€ ?|eur )?\d[\d.,']*(?: ?(?:€|eur|euro|chf))?)? "
    r"(?:ist|wurde) (?:\S+ ){0,4}(?:ausgeführt|veranlasst|getätigt|erfolgt|raus)\b",
    r"\b(?:ist|wurde|sind|wurden) (?:\w+ ){0,3}(?:rausgegangen|rausgeschickt|abgeschickt|"
    r"angewiesen|ausgeführt)\b|\b(?:ist|wurde|sind|wurden) (?:\S+ ){0,6}(?:rausgegangen|raus|"
    r"abgegangen)\b",
    # Swiss German: "isch zahlt", "isch scho überwiese".
    r"\bisch (?:scho |jetzt )?(?:zahlt|bezahlt|überwiese\w*|beglche)\b",
)

_PLAN = (
    r"\bdie h(?:ä|ae)lfte (?:jetzt|heute|sofort)\b",
    rf"\babstottern\b|\babzustottern\b|\bstottere\w*\b|\bin (?:kleinen |kleineren |mehreren |"
    rf"monatlichen |{_FEW} )?(?:h{_AE}ppchen|schritten|etappen|teilen|tranchen|teilbetr{_AE}gen|"
    rf"portionen|betr{_AE}gen|summen)\b",
    rf"\b(?:{_FEW}|mehrere|einige|monatliche\w*|w{_OE}chentliche\w*|kleine\w*|gleiche\w*|"
    rf"erste\w*) (?:monatliche\w* |gleiche\w* |kleine\w* )?raten\b|"
    rf"\braten(?:plan|vereinbarung|zahlung|weise|h{_OE}he|vertrag)\w*\b|\b(?:erste|zweite|"
    rf"dritte|n{_AE}chste|letzte|monatliche) rate\b|\brate (?:von|à|a|zu je)\b",
    rf"\b(?:h{_AE}lfte|teil|teilbetrag|anzahlung|\d+ ?%|\d[\d.,']* ?(?:€|eur|euro|chf|franken|"
    rf"fr\.?))(?!\w)(?:[^.]|(?<=\d)\.){{0,60}}\b(?:den |der |die )?(?:rest|restbetrag|restlichen?|"
    rf"anderen? "
    rf"h{_AE}lfte|zweite h{_AE}lfte)\b",
    rf"\b(?:den |der )?rest(?:betrag)?\b (?:\w+ ){{0,2}}(?:zahle|{_UE}berweise|bezahle|"
    rf"begleiche|bekommen|erhalten|folgt|kommt|zahlen|{_UE}berweisen)\b",
    rf"\bnicht (?:\w+ ){{0,3}}(?:auf einmal|auf einen schlag|in einem (?:betrag|rutsch|zug)|"
    rf"den (?:ganzen|vollen|gesamten) betrag|die (?:ganze|volle|gesamte) summe|"
    rf"alles auf einmal|komplett|vollst{_AE}ndig)\b(?! (?:geliefert|erbracht|ausgef{_UE}hrt|"
    rf"erledigt|repariert))",
    rf"\b(?:auf einmal|auf einen schlag|in einem rutsch|alles zusammen)\b (?:\w+ )?(?:geht|"
    rf"ist|schaffe|kann|k{_OE}nnen|schaffen|klappt|gehts)(?:'s|s)? (?:\w+ ){{0,3}}(?:nicht|kaum|"
    rf"schwer)\b",
    # More time, a deferral.
    rf"\b(?:brauche|brauchen|ben{_OE}tige|ben{_OE}tigen|bitte um|bitten um|ersuche um|"
    rf"geben sie mir|geben sie uns|gebt mir|gib mir|h{_AE}tte gerne?|br{_AE}uchte|br{_AE}uchten)"
    rf"\b (?:\w+ ){{0,3}}(?:zeit|aufschub|verl{_AE}ngerung|fristverl{_AE}ngerung)\b",
    r"\b(?:geben sie|gebt|gib) (?:mir|uns) (?:noch )?(?:zeit )?bis\b",
    # "Bis zum 25. bräuchte ich noch"
    r"\bbis (?:zum |ende |mitte )?(?:[^.?!]|(?<=\d)\.){0,20}\b(?:br(?:ä|ae)uchte|brauche|ben(?:ö|"
    r"oe)tige|br(?:ä|ae)uchten|brauchen) (?:ich|wir) (?:noch)\b",
    rf"\b(?:zahlungs)?aufschub\b|\bfristverl{_AE}ngerung\b|\b(?:zahlungs)?(?:frist|ziel)\w* "
    rf"(?:\w+ ){{0,3}}(?:verl{_AE}nger|verschieb|erstreck|aufschieb|hinausschieb)\w*|"
    rf"\bverl{_AE}ngerung (?:der|des) (?:zahlungs)?(?:frist|ziel\w*)\b|\bnachfrist\b",
    # A plea for patience asks for more time when it says until when or for how long ("Bitte
    # um Geduld bis Ende Mai"); alone it is a courtesy, like "bear with us" ("Die Überweisung
    # geht am 15. raus. Bitte noch um a bissl Geduld.").
    r"\b(?:(?:bitte|bitten|ersuche|ersuchen)\b (?:\w+ ){0,2}um (?:[\w']+ ){0,3}geduld|"
    r"haben sie (?:bitte )?(?:noch )?(?:etwas |ein wenig |ein bisschen )?geduld|"
    r"gedulden (?:sie|du|ihr) (?:sich|dich|euch))\b[^.?]{0,30}\b(?:bis|f(?:ü|ue)r (?:\w+ )?"
    r"(?:tage|wochen|monate))\b",
    rf"\b(?:noch|weitere|zus{_AE}tzliche|ein paar|einige|paar) (?:ein paar |einige |zwei |drei |"
    rf"\d+ )?(?:weitere |zus{_AE}tzliche |mehr )?(?:tage|wochen|monate)\b(?! (?:zur{_UE}ck|her|"
    rf"sp{_AE}ter))",
    # Hardship.
    rf"\barbeitslos\w*\b|\berwerbslos\w*\b|\b(?:job|arbeit|arbeitsplatz|stelle|einkommen) "
    rf"(?:\w+ )?verloren\b|\bkurzarbeit\w*\b|\bb{_UE}rgergeld\b|\bhartz\b|\bsozialhilfe\b|"
    rf"\barbeitslosengeld\b|\bschuldnerberatung\w*\b",
    rf"\bfinanzielle[nr]? (?:schwierigkeiten|probleme|engp{_AE}sse?|notlage|sorgen|not)\b|"
    rf"\bfinanziell (?:\w+ ){{0,3}}(?:eng|schwierig|angespannt|schlecht|am ende|nicht gut)\b|"
    rf"\bknapp bei kasse\b|\bpleite\b|\bliquidit{_AE}t\w*\b|\bengp{_AE}ss?e?\b",
    r"\bnicht leisten\b|\bkein geld\b(?! (?:erhalten|bekommen|eingegangen))|"
    r"\bfehlt (?:uns|mir) (?:\w+ )?(?:das )?geld\b|\b(?:uns|mir) fehlt (?:\w+ )?(?:das )?geld\b",
    rf"\b(?:gesch{_AE}ft|laden|betrieb|umsatz|auftragslage|firma)\b (?:\w+ ){{0,3}}"
    rf"l{_AE}uft (?:\w+ ){{0,3}}schlecht\b|\bschlecht l{_AE}uft\b",
    rf"\banzahlung\b|\bteilbetr{_AE}g\w*|\bteilbetrag\b|\bim monat\b|\bjeden monat\b|"
    rf"\bpro (?:woche|quartal)\b|\bw{_OE}chentlich\w*\b|\balle (?:zwei|2|drei|3|vier|4) "
    rf"(?:wochen|monate)\b|\bmonatsrate\w*\b|\bjeweils (?:[\d.,]+ ?(?:€|eur|euro|chf|fr\.?|"
    rf"franken)? )?(?:zum|am|ende|anfang|mitte|pro|im|monatlich)\b",
    rf"\baufzuteilen\b|\baufteilen\b|\bzu verteilen\b|\bverteilen\b|\bst{_UE}ckeln\b|"
    rf"\bstaffeln\b|\babzahl\w*\b|\babzustottern\b",
    rf"\b(?:rechnung|betrag|forderung|zahlung|summe|schuld)\w* (?:\w+ )?stunden\b"
    rf"(?! (?:\w+ ){{0,2}}(?:berechnet|verrechnet|abgerechnet|gearbeitet))|\bzu stunden\b|"
    rf"\bstunden (?:k{_OE}nnten|k{_OE}nnen|w{_UE}rden)\b|\b(?:k{_OE}nnten|k{_OE}nnen|w{_UE}rden) "
    rf"(?:sie|ihr|du) (?:[\w.]+ ){{1,6}}stunden\s*(?:\?|$)",
    rf"\b(?:zahlung|rechnung|f{_AE}lligkeit|zahlungstermin|frist|betrag)\w* (?:\w+ ){{0,4}}"
    rf"(?:verschieb|hinausschieb|aufschieb|verschoben)\w*",
    r"\bfinanziellen engpass\b",
    r"\bratenzahlung\w*\b|\bin (?:\w+ )?raten\b|\bteilzahlung\w*\b|\bstundung\b|"
    r"\bzahlungsaufschub\b|\bfrist(?:erstreckung|verl(?:ä|ae)ngerung)\b|"
    r"\bmehr zeit\b|\bmonatlich\w*\b|\bpro monat\b|"
    # "Können Sie mir bis zum 15. Zeit geben?"
    r"\bbis (?:zum|zur|ende|anfang|mitte|n[äa]chste)\b(?:[^.?!]|(?<=\d)\.){0,30}\bzeit "
    r"(?:geben|lassen|einr[äa]umen)\b",
)

_PROMISE = (
    r"\bversprochen\b",
    # "Hab noch nicht gezahlt, mach ich Montag", "erledige ich morgen"
    rf"\b(?:mach(?:e|')?|erledige|zahle|{_UE}berweise|begleiche) ich (?:das |es |die rechnung )?"
    rf"(?:(?:am|bis|zum) )?(?:montag|dienstag|"
    rf"mittwoch|donnerstag|freitag|samstag|morgen|{_UE}bermorgen|heute|n{_AE}chste\w*|"
    rf"diese\w* woche)\b",
    # "Zahle so schnell wie möglich", "Ich zahl so bald wie möglich"
    rf"\b(?:zahl\w*|bezahl\w*|{_UE}berw\w+|begleich\w*)\b[^.?!]{{0,30}}?\b(?:so (?:schnell|bald) "
    rf"wie m{_OE}glich|schnellstm{_OE}glich|baldm{_OE}glichst|sobald (?:ich kann|wir k{_OE}nnen|"
    rf"es (?:geht|m{_OE}glich ist)))",
    # "Bis Monatsende ist alles beglichen." "Mittwoch ist das Geld bei Ihnen."
    rf"\b(?:bis|sp{_AE}testens|morgen|{_UE}bermorgen|n{_AE}chste\w*|kommende\w*|anfang|ende|"
    rf"mitte|montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|im laufe)\b"
    rf"(?:[^.]|(?<=\d)\.){{0,40}}"
    rf"\b(?:ist|sind|hast du|haben sie|habt ihr) (?:\w+ ){{0,3}}(?:bei ihnen|bei euch|bei dir|"
    rf"auf ihrem konto|auf eurem konto|auf deinem konto|beglichen|bezahlt|{_UE}berwiesen|"
    rf"erledigt|da|dr{_UE}ben)\b",
    # Spoken forms: "Ich überweis es dir bis Monatsende." "I zahl des am Freitag."
    # "Ich schau, dass es bis zum 15. erledigt ist."
    rf"\b(?:ich|i|wir) (?:zahl|bezahl|{_UE}berweis|begleich)\b(?! (?:\w+ )?(?:nicht|nie|nix|"
    rf"ned|net|n{_OE}d|kein\w*)\b)(?: \S+){{0,4}} (?:bis|am|morgen|{_UE}bermorgen|heute|"
    rf"n{_AE}chste\w*|kommende\w*|ende|anfang|mitte|diese\w*|sp{_AE}testens|zum)\b{_NOT_ASKED}",
    rf"\bschau\w*,? dass (?:\w+ ){{0,4}}(?:bis|am|zum|sp{_AE}testens|morgen|n{_AE}chste\w*)\b"
    rf"(?:[^.]|(?<=\d)\.){{0,30}}\b(?:erledigt|bezahlt|beglichen|{_UE}berwiesen|dr{_UE}ben|"
    rf"bei ihnen|bei euch|bei dir)\b",
    rf"\bdann (?:ist|sind|haben sie|hast du|habt ihr|bekommen sie|kommt|geht) (?:\w+ ){{0,4}}"
    rf"(?:auf ihrem konto|auf ihr konto|bei ihnen|{_UE}berwiesen|bezahlt|beglichen|das geld|"
    rf"raus)\b",
    # "Sie bekommen das Geld am Freitag." "Den Rest bekommen Sie am 20."
    rf"\b(?:sie|du|ihr) (?:bekommen|bekommst|bekommt|erhalten|erh{_AE}ltst|erhaltet|kriegen|"
    rf"kriegst|kriegt|haben|hast|habt) (?:\w+ ){{0,3}}(?:geld|betrag|zahlung|{_UE}berweisung|"
    rf"summe|rest|restbetrag)\b(?! (?:\w+ ){{0,3}}(?:erhalten|bekommen|gekriegt)\b){_NOT_ASKED}",
    rf"\b(?:geld|betrag|zahlung|{_UE}berweisung|summe|rest|restbetrag)\b (?:bekommen|erhalten|"
    rf"kriegen|haben) (?:sie|du|ihr)\b(?! (?:\w+ ){{0,3}}(?:erhalten|bekommen|gekriegt)\b)"
    rf"{_NOT_ASKED}",
    # "Den Betrag überweise ich am Freitag." "Zahlen wir nächste Woche."
    rf"\b(?:zahle|zahl|bezahle|{_UE}berweise|begleiche|erledige|veranlasse|zahlen|bezahlen|"
    rf"{_UE}berweisen|begleichen|erledigen|veranlassen) (?:ich|wir)\b(?: \S+){{0,4}} (?:bis|am|"
    rf"morgen|{_UE}bermorgen|heute|n{_AE}chste\w*|kommende\w*|ende|anfang|mitte|in|diese\w*|"
    rf"sp{_AE}testens|gleich|sofort|umgehend|zum|ab|noch)\b",
    rf"\b(?:ich|wir) (?:zahle|zahlen|{_UE}berweise|{_UE}berweisen|begleiche|begleichen|bezahle|"
    rf"bezahlen) (?:\w+ ){{0,4}}(?:sofort|gleich|umgehend|unverz{_UE}glich|schnellstm{_OE}glich|"
    rf"zeitnah|baldm{_OE}glichst|schnellstens|demn{_AE}chst|bald|asap)\b",
    rf"\bschaffe\w* (?:es|das|die zahlung|den betrag)\b (?:\w+ ){{0,4}}(?:bis|zum|am|morgen|"
    rf"n{_AE}chste\w*|anfang|ende|mitte|diese\w*)\b",
    rf"\b(?:zahlung|{_UE}berweisung|bezahlung|einzahlung|begleichung|geld|betrag|rest|"
    rf"restbetrag|summe|scheck)\b (?:\w+ ){{0,2}}"
    rf"(?:kommt|kommen|geht|gehen|folgt|folgen|trifft|trudelt) (?:\w+ ){{0,4}}(?:bis|am|morgen|"
    rf"{_UE}bermorgen|heute|n{_AE}chste\w*|kommende\w*|ende|anfang|mitte|in|diese\w*|"
    rf"sp{_AE}testens|zeitnah|demn{_AE}chst|bald|noch|in k{_UE}rze|umgehend)\b",
    # "Ich kann bis Dienstag zahlen", "Ich könnte am 20. überweisen": not "Kann ich ...?",
    # not "kann nicht zahlen".
    rf"\b(?:kann|k{_OE}nnte|k{_OE}nnen|will|wollen|m{_OE}chte|m{_OE}chten)\b(?! (?:ich|wir|man|"
    rf"sie|du|ihr)\b)(?: (?!nicht\b|kein\w*\b|nie\b)\S+){{0,6}} (?:zahlen|bezahlen|"
    rf"{_UE}berweisen|begleichen|anweisen|einzahlen|ausgleichen)\b"
    # "Ich möchte zahlen, aber der Link geht nicht": a wish held up, not a promise.
    rf"(?!,? (?:aber|doch|jedoch|allerdings) (?:der|die|das|es|ihr|ihre|ihr|mein|meine|leider|"
    rf"irgendwie|wie|ich|wir)\b){_NOT_ASKED}",
    rf"\b(?:mache|mach|machen|t{_AE}tige|t{_AE}tigen|veranlasse|veranlassen|erledige|erledigen) "
    rf"(?:\w+ ){{0,2}}(?:die |den )?(?:{_UE}berweisung|zahlung|einzahlung|bezahlung|rest)\b "
    rf"(?:\w+ ){{0,3}}(?:bis|am|morgen|{_UE}bermorgen|heute|n{_AE}chste\w*|kommende\w*|ende|anfang|"
    rf"mitte|in|diese\w*|sp{_AE}testens|gleich|sofort|umgehend|zum|noch)\b",
    rf"\b(?:zahle|zahl|{_UE}berweise|{_UE}berweis|bezahle|bezahl|begleiche|zahlen|"
    rf"{_UE}berweisen|bezahlen|begleichen) "
    rf"(?:ich|wir)\b(?! (?:\w+ )?(?:nicht|nie|nix|ned|net|keinen|keine|kein)\b){_NOT_ASKED}",
    r"\b(?:geht|gehen|kommt|kommen) (?:\w+ ){0,3}(?:raus|hinaus|an sie|zu ihnen)\b",
    # "Ich begleiche den Betrag innert 10 Tagen." "Ich zahle diese Woche noch."
    rf"\b(?:ich|wir) (?:zahle|zahlen|{_UE}berweise|{_UE}berweisen|begleiche|begleichen|bezahle|"
    rf"bezahlen)\b(?: (?!nicht\b|nie\b|kein\w*\b|ned\b|net\b)\w+){{0,4}} (?:innert|innerhalb|"
    rf"binnen|diese woche|diesen monat|n{_AE}chste woche|kommende woche)\b{_NOT_ASKED}",
    rf"\b(?:ich|wir) (?:zahle|zahlen|{_UE}berweise|{_UE}berweisen|begleiche|begleichen|bezahle|"
    rf"bezahlen)\b[^.]{{0,30}}\b(?:sobald|wenn|nachdem|nach)\b",
    rf"\bk{_UE}mmer\w* (?:mich|uns) (?:\w+ ){{0,3}}um (?:die|den|das) (?:{_UE}berweisung|zahlung|"
    rf"bezahlung|begleichung|rechnung|betrag|rest)\b",
    rf"\b(?:f{_UE}r|zum|auf) (?:den |das )?(?:[\w.]+ ){{0,2}}(?:eingeplant|terminiert|vorgemerkt|"
    rf"angesetzt|geplant|disponiert|avisiert|eingestellt|freigegeben|angewiesen)\b|"
    rf"\b(?:eingeplant|terminiert|vorgemerkt|"
    rf"disponiert|avisiert) (?:f{_UE}r|zum|am)\b",
    r"\b(?:wir|ich) (?:zahlen|zahle|überweisen|überweise|begleichen|begleiche|bezahlen|bezahle)"
    r"\b(?:\s+\S+){0,5}\s+(?:bis|am|morgen|heute|nächste\w*|ende|anfang|in)\b|"
    r"\b(?:zahlung|überweisung)\s+erfolgt\b",
    r"\b(?:werde|werden|wird|werd)\b(?:\s+\S+){0,6}?\s+(?:überweisen|bezahlen|zahlen|begleichen|"
    r"ausgeführt|angewiesen|überwiesen|bezahlt|beglichen|ausgeglichen)\b|"
    r"\b(?:überweise|zahle|bezahle) "
    r"(?:\w+ ){0,3}(?:morgen|heute|am|bis|nächste)\b",
)

_QUESTION_ASK = (
    rf"\b(?:k{_OE}nnen|k{_OE}nnten|w{_UE}rden|kannst|k{_OE}nntest|w{_UE}rdest|k{_OE}nnt) "
    rf"(?:sie|du|ihr) (?:\w+ ){{0,5}}(?:senden|schicken|zusenden|zuschicken|mitteilen|sagen|"
    rf"nennen|erkl{_AE}ren|geben|best{_AE}tigen|{_UE}bermitteln|mailen|weiterleiten|ausstellen|"
    rf"nachreichen|aufschl{_UE}sseln|zukommen lassen|pr{_UE}fen|nachpr{_UE}fen|{_UE}berpr{_UE}fen|"
    rf"nachsehen|nachschauen|kontrollieren|checken)\b",
    rf"\bbitte (?:\w+ ){{0,2}}(?:senden|schicken|{_UE}bermitteln|mailen|nennen|teilen|geben|"
    rf"stellen) sie (?:mir|uns)\b|\b(?:senden|schicken|{_UE}bermitteln|mailen|nennen|geben|"
    rf"teilen) sie (?:mir|uns) (?:bitte|doch|noch)\b",
    rf"\bbitte um (?:\w+ ){{0,2}}(?:zusendung|{_UE}bermittlung|kopie|r{_UE}ckmeldung|auskunft|"
    rf"info\w*|aufstellung|aufschl{_UE}sselung|erkl{_AE}rung|best{_AE}tigung)\b",
    rf"\b(?:ich|wir) (?:br{_AE}uchte|brauche|brauchen|ben{_OE}tige|ben{_OE}tigen|h{_AE}tte "
    rf"gerne?|h{_AE}tten gerne?|m{_OE}chte|m{_OE}chten|w{_UE}rde gerne?) (?:\w+ ){{0,3}}(?:kopie|"
    rf"duplikat|rechnungskopie|aufstellung|auflistung|aufschl{_UE}sselung|kontoauszug|quittung|"
    rf"beleg|best{_AE}tigung|bankverbindung|iban|details|info\w*|nachweis|pdf|rechnung|"
    rf"zahlungsinformationen)\b",
    rf"\b(?:ich|wir) (?:m{_OE}chte|m{_OE}chten|w{_UE}rde gerne?|wollte|w{_UE}sste gerne?|"
    rf"frage mich|fragen uns)\b (?:\w+ ){{0,3}}(?:wissen|fragen|nachfragen|erfahren)\b|"
    rf"\bteilen sie mir (?:\w+ )?mit\b",
    r"\bkönnten sie (?:mir|uns)? ?(?:\w+ ){0,4}(?:senden|schicken|"
    r"mitteilen|zusenden)\b",
)

_ACKNOWLEDGED = (
    r"^\W*erhalten,? dank\w*\W*$",
    r"\bschaue? (?:mir )?(?:das|es|ihre \w+|die \w+) (?:\w+ ){0,3}an\b",
    # "ok ich sags meiner frau", "liegt unserer Kreditorenbuchhaltung vor und wird geprüft"
    r"\bich sag(?:e|s)? (?:es |das )?(?:meiner|meinem|unserer|unserem)\b|\bwird (?:gerade |"
    r"derzeit |intern )?(?:geprüft|bearbeitet)\b|\bliegt (?:unserer|der|bei der|bei unserer) \w+ "
    r"vor\b",
    r"\bgebe (?:ihre|die|deine) (?:nachricht|e-?mail|mail|anfrage) (?:an \w+ )?weiter\b",
    # "Habe ich gesehen, geht an unsere Buchhaltung weiter."
    r"\bgeht an (?:unsere|die|den|das) \w+ weiter\b",
    r"\b(?:schaue|schau|sehe|seh|gucke|guck)(?:'s|s)? (?:\w+ ){0,3}(?:an|nach|durch)\b|"
    r"\b(?:schauen|gucken|sehen)'s (?:\w+ ){0,3}(?:an|nach|durch)\b|"
    r"\bwerfe (?:\w+ ){0,2}(?:einen )?blick\b",
    rf"\b(?:pr{_UE}fe|kl{_AE}re|checke|kontrolliere) (?:ich|wir|das|es|dies|den|die|intern)\b|"
    rf"\b(?:das|dies|es) (?:pr{_UE}fe|pr{_UE}fen|kl{_AE}re|kl{_AE}ren|checke|schaue) "
    rf"(?:ich|wir)\b",
    r"\b(?:gebe|geben) (?:ich |wir )?(?:ihnen |dir |euch )?(?:\w+ )?bescheid\b|"
    r"\bmelde (?:mich|ich mich)\b|\bmeld (?:mich|ich mich)\b|\bk(?:ü|ue)mmer(?:e|n|t)? "
    r"(?:mich|uns|sich|ich mich|wir uns)\b",
    rf"^\W*(?:alles klar|geht klar|in ordnung|passt|verstanden|notiert|"
    rf"zur kenntnis genommen|gesehen|erhalten|angekommen|danke|vielen dank|besten dank|"
    rf"herzlichen dank|merci|dankesch{_OE}n)(?:\s*[,!.–-]|\s*$)",
    rf"\b(?:danke|dank) (?:\w+ )?f{_UE}r (?:den|die|das|ihre|ihren|deine|deinen) (?:\w+ )?"
    rf"(?:hinweis|erinnerung|info|information|infos|nachricht|mail|e-?mail|schreiben|bescheid|"
    rf"r{_UE}ckmeldung|zusendung|mitteilung)\b",
    r"\b(?:habe|hab|haben) (?:ich|wir) (?:\w+ )?(?:erhalten|bekommen|gesehen|gelesen|notiert|"
    r"zur kenntnis genommen)\W*$|\b(?:ich|wir) (?:habe|haben) (?:ihre|deine|die|ihren|den) "
    r"(?:\w+ )?(?:nachricht|mail|e-?mail|erinnerung|mahnung|zahlungserinnerung|schreiben) "
    r"(?:\w+ )?(?:erhalten|bekommen|gelesen|gesehen)\b",
    rf"\b(?:bespreche|besprechen|kl{_AE}re|kl{_AE}ren|rede|reden|spreche|sprechen)\b"
    rf"{_NOT_IN_PERSON} (?:\w+ ){{0,3}}(?:mit|intern|ab)\b",
    r"^\W*(?:wird (?:erledigt|gemacht)|mach(?:e)? ich|erledige ich)\W*$|\bweitergegeben\b|"
    r"\bweitergereicht\b|\bleite (?:\w+ ){0,3}weiter\b",
    r"\b(?:sehen|schauen|gucken|schaun) (?:wir )?(?:uns )?(?:das|es|die sache|die rechnung) "
    r"(?:\w+ ){0,2}an\b",
    rf"\b(?:muss|m{_UE}ssen|werde|werden|will|wollen|m{_OE}chte|m{_OE}chten)\b{_NOT_IN_PERSON} "
    rf"(?:\w+ ){{0,6}}"
    rf"(?:besprechen|abkl{_AE}ren|kl{_AE}ren|abstimmen|pr{_UE}fen|nachsehen|nachschauen|"
    rf"anschauen|ansehen|weiterleiten|weitergeben)\b|\br{_UE}cksprache\b",
    r"^\W*(?:ist |wurde |wird )?(?:notiert|vermerkt|vorgemerkt)\W*$",
    rf"\b(?:komme|kommen) (?:\w+ ){{0,3}}(?:darauf|drauf|auf sie|auf euch|auf dich) (?:\w+ ){{0,2}}"
    rf"zur{_UE}ck\b",
    r"\b(?:habe|hab|haben) (?:ich|wir) (?:\w+ )?(?:erhalten|bekommen|gesehen|gelesen|notiert)"
    r"\W+(?:danke|vielen dank|merci|besten dank)\W*$",
    r"\b(?:verstanden|notiert|alles klar|geht klar|in ordnung|zur kenntnis genommen)\W*$",
    r"^\W*ok(?:ay|ey)?\W+(?:danke|merci|alles klar|verstanden|vielen dank|besten dank)\W*$",
    r"\b(?:gebe|leite|reiche) (?:es|das|sie|ihn|die \w+) (?:\S+ ){0,4}weiter\b",
    r"^\W*(?:erhalten|verstanden|danke)\W*(?:thanks|thank you|cheers)?\W*$",
    # "Ist mir bewusst. Ich schau, was sich machen lässt." Not "ist mir nicht bewusst".
    rf"\b(?:ist|war|sind) (?:mir|uns) (?:(?:schon|durchaus|voll|v{_OE}llig|sehr wohl|klar|"
    rf"nat{_UE}rlich|absolut) )?bewusst\b|\b(?:mir|uns) (?:ist|war) (?:das|es|dies) (?:(?:schon|"
    rf"durchaus|voll|v{_OE}llig|sehr wohl|klar|nat{_UE}rlich|absolut) )?bewusst\b",
    rf"\b(?:schau|schaue|schauen|schaun|seh|sehe|sehen|guck|gucke|gucken|mal sehen|mal "
    rf"schauen)\b[^.?]{{0,25}}\bwas (?:sich|ich|wir) (?:\w+ ){{0,2}}(?:machen|tun|unternehmen|"
    rf"einrichten|regeln|erreichen) (?:l{_AE}sst|kann|k{_OE}nnen|l{_AE}sst)\b",
    r"\bwir prüfen\b|\bmelden (?:uns|wir uns)\b|\bmelde mich\b|\bzur kenntnis\b|\bweitergeleitet\b|"
    r"\bwerde (?:mich|es) (?:darum )?(?:kümmern|prüfen)\b|\bkümmere mich\b",
)

PHRASES: dict[ReplyIntent, tuple[str, ...]] = {
    ReplyIntent.CEASE: _CEASE,
    ReplyIntent.WRONG_PERSON: _WRONG_PERSON,
    ReplyIntent.DISPUTE: _DISPUTE,
    ReplyIntent.PAID: _PAID,
    ReplyIntent.PAYMENT_PLAN: _PLAN,
    ReplyIntent.PROMISE_TO_PAY: _PROMISE,
    ReplyIntent.QUESTION: _QUESTION_ASK,
    ReplyIntent.ACKNOWLEDGED: _ACKNOWLEDGED,
}
#: What a question may be about, besides `phrases._TOPICS`.
QUESTION_TOPICS: tuple[str, ...] = (
    r"wer (?:schreibt|sind sie|ist das)", r"firmenname",
    r"saldenbest(?:ä|ae)tigung", r"kontoauszug",
    r"zahl", r"bezahl", r"einzahl", rf"{_UE}berweis", r"kreditkarte", r"karte", r"twint",
    r"klarna", r"sofort{_UE}berweisung", r"lastschrift", r"verwendungszweck", r"referenz",
    r"offene(?:n)? posten", r"mahnung", r"mahngeb", rf"geb{_UE}hr", r"kosten", r"frist",
    rf"f{_AE}llig", r"quittung", r"beleg", r"mehrwertsteuer", r"steuer", r"lieferschein",
    r"auftrag", r"bestellung", r"vertrag", r"kundennummer", r"kopie", r"duplikat", r"raten?",
    r"stundung", r"wof{_UE}r", r"worum geht", r"erlagschein", r"einzahlungsschein", r"qr",
    r"summe", r"geld", r"preis", r"leistung", r"berechn", r"abrechnung", r"position",
    r"posten", r"barzahl", r"bar (?:zahlen|bezahlen)", r"ratenzahl", r"teilzahl",
    r"anzahlung", r"vorauszahl", r"restbetrag", r"rechnungsbetrag", r"gesamtbetrag", r"restschuld",
    r"saldo", r"aufstellung", r"auflistung", rf"aufschl{_UE}sselung", rf"{_UE}bersicht",
    r"nachweis", r"unterlagen", rf"(?:nach|{_UE}ber)?pr{_UE}f", r"nachseh", r"nachschau",
    r"kontrollier",
    r"mwst", r"rechnung", r"zahlung", r"konto", r"überweisung", r"betrag",
)
#: Words that, just before a "paid" phrase, mean it is not paid (yet).
NOT_PAID: tuple[str, ...] = (
    r"\bnichts\b", r"\bnie\b", r"\bniemals\b", r"\bwerde\b", r"\bwollte\w*\b",
    rf"\bw{_UE}rde\w*\b", r"\bob\b", r"\bfalls\b", r"\bwenn\b", rf"\bsp{_AE}testens\b",
    rf"\bbis {_FUTURE_DAY}", rf"\bab {_FUTURE_DAY}", r"(?<!heute )(?<!gestern )\bmorgen\b",
    # "Ich meine, ich hätte das schon bezahlt": believed, not stated.
    rf"\bh{_AE}tte\w*\b",
    rf"\b{_UE}bermorgen\b", rf"\bw{_AE}re\b", r"\bdachte\w*\b", r"\bgedacht\b",
    rf"\bn{_AE}chste[nr]? (?:woche|monat|montag|dienstag|mittwoch|donnerstag|freitag)\b",
    r"\bnicht\b", r"\bwird\b", r"\bwerden\b", r"\bbis (?:die|der|das)\b", r"\bsobald\b",
    # "Die Zahlung ist für den 17.11. freigegeben": scheduled, not made.
    rf"\b(?:f{_UE}r|zum) (?:den |die |das )?(?:\d{{1,2}}\.|montag|dienstag|mittwoch|donnerstag|"
    rf"freitag|samstag|sonntag|n{_AE}chste\w*|kommende\w*|monatsende|ultimo|(?:ende|anfang|"
    rf"mitte) (?:des monats|\w+))",
)
#: A debtor saying in so many words that they do not dispute.
NOT_A_DISPUTE: tuple[str, ...] = (
    r"\bkeine beschwerde\b|\b(?:will|möchte|wollen) (?:ich |wir )?nichts reklamieren\b|"
    r"\bich bestreite (?:nichts|nicht,? dass)\b",
    r"\bnichts zu beanstanden\b",
    r"\bbestreiten (?:die forderung|die rechnung|das|den betrag) (?:keineswegs|nicht|in keiner "
    r"weise)\b",
    r"\b(?:reklamation|beanstandung|streit|unstimmigkeit)\b[^.]{0,30}\b(?:ist|wurde) (?:erledigt|"
    r"geklärt|beigelegt)\b",
    r"\bkein(?:en)? (?:widerspruch|einspruch)\b",
    r"\bnicht als (?:reklamation|beschwerde|widerspruch|einspruch) gemeint\b",
    r"\b(?:keine (?:beanstandung|reklamation)|kein(?:e)? (?:einwand|streit))\b",
    r"\bkeinerlei (?:beanstandung|reklamation|einw\w+)\b",
    r"\b(?:der )?fehler lag bei (?:mir|uns)\b",
)
