"""French: the words debtors use for each intent, merged into `phrases.py`'s lists.

Patterns are matched case-insensitively against one sentence at a time of the debtor's own
words (quoted text, signature and "if ..." clauses already removed), as `phrases.py` says.
Keep them general: the ways people write, not the wording of any one sample.

French as written in France, Belgium, Switzerland, Quebec and Africa: vous, tu and on, with
and without accents (`[ée]`), spoken forms ("j'peux pas", "y'a") and regional words
(fiduciaire, curateur, proposition de consommateur, Interac, TWINT, septante).
"""

from __future__ import annotations

from bot.domain.replies.intents import ReplyIntent
from bot.domain.replies.their_own import NOT_OVER, THEIR_OWN

# A past participle of paying, any gender and number, with or without accents.
_PAID_PARTICIPLE = (
    r"(?:pay[ée]|r[ée]gl[ée]|vir[ée]|vers[ée]|sold[ée]|acquitt[ée]|honor[ée]|transf[ée]r[ée]|"
    r"effectu[ée]|envoy[ée]|d[ée]bit[ée]|pr[ée]lev[ée]|encaiss[ée]|ex[ée]cut[ée])(?:e?s?)"
)
# The same, for a sentence that opens with one ("Réglé hier", not "Envoyé de mon iPhone").
_PAID_START = (
    r"(?:pay[ée]|r[ée]gl[ée]|vir[ée]|vers[ée]|sold[ée]|acquitt[ée]|transf[ée]r[ée]|"
    r"effectu[ée])(?:e?s?)"
)
# Something a debtor is asked to pay for.
_GOODS = (
    r"(?:commandes?|colis|marchandises?|livraisons?|produits?|articles?|mat[ée]riel|pi[èe]ces?|"
    r"prestations?|services?|travaux|palettes?|appareils?|machines?|fournitures?)"
)

# What is done to set it right, as a past participle stem: "réparé", "terminée".
_SET_RIGHT = (
    r"(?:r[ée]par|termin|fini|corrig|livr|remplac|rectifi|achev|refait|repris|[ée]chang|"
    r"install|r[ée]gl[ée] (?:le|ce))\w*"
)
# What a delivery is counted in.
_PACKED = (
    r"(?:cartons?|colis|palettes?|caisses?|bo[iî]tes?|sacs?|paquets?|lots?|pi[èe]ces?|"
    r"articles?|produits?|unit[ée]s?|rouleaux?|f[ûu]ts?|bidons?|plaques?|panneaux?|"
    r"bouteilles?|pots?)"
)
# Setting right what was billed, as asked of the creditor: "réparez", "remplacez la pièce".
_FIX = (
    r"(?:r[ée]parez|corrigez|terminez|finissez|achevez|livrez|remplacez|changez|rectifiez|"
    r"reprenez|refaites|[ée]changez|compl[ée]tez|installez|r[ée]glez (?:le|ce|d'abord le) "
    r"(?:probl[èe]me|souci|d[ée]faut))"
)
# What the debtor will do then: pay, or talk about paying.
_WE_PAY = (
    r"(?:je|nous|on|j') ?(?:vous )?(?:paie|paye|payons|r[èe]gle|r[ée]glons|paierai|paierons|"
    r"r[ée]glerai|r[ée]glerons|payerai|payerons|paiera|r[ée]glera|parlera|parlerons|verra|"
    r"verrons)\b"
)
# Paying, in the future or as a rule: "nous paierons", "je ne règle que".
_WILL_PAY = (
    r"(?:paierons|paierai|payerons|payerai|r[ée]glerons|r[ée]glerai|paiera|r[ée]glera|payons|"
    r"r[ée]glons|paie|paye|r[èe]gle|allons (?:payer|r[ée]gler)|vais (?:payer|r[ée]gler)|"
    r"va (?:payer|r[ée]gler))"
)

_CEASE = (
    # someone who acts for the debtor: "Contactez-la, pas moi", "voyez avec lui, pas avec moi"
    r"\b(?:contactez|appelez|[ée]crivez)-(?:la|le|les|lui|leur)\b[^.]{0,20}\b(?:pas|et non) "
    r"(?:à |avec )?moi\b|\b(?:voyez|traitez|parlez|voir|traiter) (?:avec|à) (?:elle|lui|eux|"
    r"elles)\b[^.]{0,20}\b(?:pas|et non) (?:avec |à )?moi\b",
    r"\badressez-vous (?:d[ée]sormais |dor[ée]navant )?(?:à|au) (?:notre|mon|ma|nos) (?:cabinet|"
    r"avocat|avocate|avocats|conseil|mandataire)\b",
    # Stop writing: imperatives, "je ne veux plus ...", "ne m'écrivez plus".
    r"\bne (?:me |m'|nous )?(?:contactez|recontactez|[ée]crivez|relancez|appelez|envoyez|"
    r"harcelez|sollicitez|t[ée]l[ée]phonez|d[ée]rangez|importunez|spammez)(?:-moi)? "
    r"(?:\w+ ){0,2}(?:plus|jamais)\b",
    r"\bne plus (?:jamais )?(?:me |m'|nous )(?:recontacter|solliciter|d[ée]ranger|appeler|"
    r"t[ée]l[ée]phoner|harceler|importuner|contacter|[ée]crire|relancer|envoyer)\b",
    r"\bne (?:veux|voulons|veut|souhaite|souhaitons|d[ée]sire|d[ée]sirons) plus (?:jamais )?"
    r"(?:rien )?(?:recevoir|[êe]tre (?:contact|sollicit|relanc|d[ée]rang|importun|appel|"
    r"harcel)\w*|entendre parler de vous|avoir de vos nouvelles)",
    r"\bne (?:veux|voulons|veut|souhaite|souhaitons|d[ée]sire|d[ée]sirons) plus (?:\w+ ){0,2}"
    r"(?:relances?|rappels?|courriels?|e-?mails?|mails?|messages?|appels?|sms|courriers?|"
    r"lettres?|nouvelles|sollicitations?)\b",
    # the same without its "ne", as it is spoken: "Je veux plus de courriels"
    r"\b(?:je|nous|on) (?:veux|voulons|veut) plus (?:de |d'|recevoir |vos |ces )?(?:relances?|"
    r"rappels?|courriels?|e-?mails?|mails?|messages?|appels?|sms)\b",
    r"\b(?:(?:merci|prière|je vous (?:demande|prie)) d'|(?:veuillez|pouvez-vous|"
    r"pourriez-vous) )arr[êeé]ter (?:de (?:me |m'|nous )?|vos |ces |les )(?:\w+ )?(?:relan|envo|"
    r"[ée]cri|mails?|messages?|courriels?|e-?mails?|rappels?)",
    r"\barr[êeé]t(?:e[zs]?|é) (?:de (?:me |m'|nous )|vos |ces |les |tes |avec (?:vos|ces|les) )"
    r"(?:\w+ )?(?:relan|harc|envo|[ée]cri|contact|appel|spam|mails?|messages?|courriels?|"
    r"e-?mails?|rappels?|sollicit)",
    r"\bcess(?:ez|er|e) (?:de (?:me |m'|nous )|vos |ces |les |tes |toute |tout |tous )"
    r"(?:\w+ )?(?:relan|"
    r"harc|envo|[ée]cri|contact|appel|spam|mails?|messages?|courriels?|rappels?|communication|"
    r"correspondance|sollicit)",
    r"\bstop (?:aux|à ces|a ces|à vos|a vos|avec (?:vos|ces)) (?:\w+ )?(?:relances|mails|"
    r"messages|courriels|rappels|appels|e-?mails)\b",
    r"\bharc[eè]l\w*\b|\bporter? plainte\b|\bporterai plainte\b",
    # another way instead of email: "Appelle-moi au lieu d'écrire"
    r"\b(?:appel|t[ée]l[ée]phon)\w*(?:-moi|-nous)?\b[^.]{0,30}\bau lieu (?:de (?:m'|nous )?"
    r"[ée]crire|d'[ée]crire|de (?:m'|nous )?envoyer des (?:mails|courriels|e-?mails)|des? "
    r"(?:mails?|courriels?|e-?mails?))\b",
    # "mon compte client doit être en « pas d'e-mail »"
    r"\b(?:en|être|marqu[ée]e?|not[ée]e?)\s*[«\"“]\s*(?:pas d'|sans |aucun )e-?mails?\b",
    # "pourriez-vous passer par téléphone plutôt que par mail"
    r"\b(?:par )?(?:t[ée]l[ée]phone|courrier|la poste)\b[^.]{0,20}\bplut[ôo]t que par (?:mail|"
    r"courriel|e-?mail)s?\b",
    # Unsubscribe, remove my address, data protection.
    r"\bd[ée]sinscri\w+|\bd[ée]sabonn\w+",
    r"\b(?:enlevez|retirez|supprimez|effacez|rayez|[ôo]tez|enlever|retirer|supprimer|effacer|"
    r"rayer)(?:-(?:moi|nous))? (?:mon |mes |notre |nos |moi |nous )?(?:adresse|e-?mail|courriel|"
    r"coordonn[ée]es|donn[ée]es|nom|num[ée]ro)?\w* ?(?:de |des |du )(?:votre |vos |la |les |"
    r"ce |cette )?(?:liste|fichier|base|mailing|diffusion|envoi)",
    r"\b(?:supprimez|effacez|supprimer|effacer) (?:toutes )?(?:mes|nos) (?:donn[ée]es|"
    r"coordonn[ée]es|informations)\b",
    r"\bm'oppose (?:au|à|a) (?:\w+ ){0,2}(?:traitement|utilisation|prospection)\b|"
    r"\bdroit (?:d'opposition|[àa] l'effacement|[àa] l'oubli)\b",
    # A lawyer acting for the debtor.
    r"\b(?:mandat[ée]|saisi|consult[ée]|engag[ée]|charg[ée]|mission\w+|d[ée]sign[ée]|"
    r"contact[ée]|pris contact avec|pris) (?:un |une |mon |ma |notre |l'|les )?(?:avocat|"
    r"avocate|avocats|ma[iî]tre|conseil juridique|juriste|cabinet d'avocats?)\b",
    r"\b(?:dossier|affaire|litige|cette affaire)\b.{0,40}\b(?:confi[ée]|transmis|remis)e? "
    r"(?:\w+ ){0,2}(?:avocat|avocate|ma[iî]tre|service juridique|service contentieux|"
    r"juriste|conseil)\b",
    r"\b(?:toute|toutes) (?:les |vos )?(?:futures? )?(?:correspondances?|communications?|"
    r"courriers?|demandes?|relances?)\b.{0,60}\b(?:adress|envoy|transm|dirig|pass)\w*",
    r"\b(?:adressez|[ée]crivez|envoyez|transmettez|voyez)(?:-vous|-les)? (?:\w+ ){0,3}(?:[àa]|au|"
    r"avec) (?:mon|ma|notre|nos|mes) (?:avocat|avocate|conseil|ma[iî]tre|service juridique|"
    r"mandataire|repr[ée]sentant)",
    r"\b(?:mes|nos) (?:avocats?|conseils juridiques)\b|\b(?:confi[ée]|transmis|"
    r"remis)e? (?:\w+ ){0,3}"
    r"(?:à|a) (?:mon|ma|notre|un|une) (?:avocat|avocate|ma[iî]tre|conseil)\b",
    # "Me Dubois", the written title of a lawyer, capitalised: "adressez-vous à Me Dubois".
    r"\b(?:par|à|avec|avocate?|conseil|contacter|contactez)[ ,]+(?-i:Me) (?-i:[A-ZÉÈ])\w+",
    r"\bentre les mains (?:d'un|d'une|de mon|de ma|de notre|de nos|de mes) (?:avocats?|"
    r"avocates?|juristes?|ma[iî]tres?|conseils?)\b|^\W*plus aucun(?:e)? (?:contact|mail|e-?mail|"
    r"courriel|relance|message|appel|sms|rappel|communication)s?\b",
    # Insolvency of the debtor.
    NOT_OVER + r"\b(?:j'ai|nous avons|on a|avons|ai|soci[ée]t[ée] a|entreprise a|bo[iî]te a|"
    r"compagnie a|firme a|commerce a) "
    r"(?:\w+ )?fait faillite\b|\bfaillite (?:personnelle|civile)\b|\bproc[ée]dure de faillite\b",
    r"\binsolvabilit[ée]\b|\bproposition de consommateur\b|\bsyndic (?:autoris[ée]|de "
    r"faillite|licenci[ée])\b",
    r"\bsurendett\w+\b|\br[ée]tablissement personnel\b|\br[ée]glement collectif de dettes\b|"
    r"\bm[ée]diat\w+ de dettes\b|\bsursis concordataire\b|\bconcordat\b",
    THEIR_OWN + r"\b(?:r[ée]organisation|sauvegarde|proc[ée]dure collective|cessation des "
    r"paiements|cessation de paiements)\b",
    THEIR_OWN + r"(?:\b(?:mandataire|administrateur|liquidateur) judiciaire\b|\bliquidateur\b|"
    r"\bcurateur\b)|"
    r"\bd[ée]claration de cr[ée]ances?\b",
    r"\b(?:nous avons|j'ai|on a|avons d[ûu]|ai d[ûu]|a d[ûu])\b (?:\w+ ){0,2}d[ée]pos[ée] "
    r"(?:le|notre|mon) bilan\b",
    r"\b(?:notre|ma|la|cette|mon) (?:soci[ée]t[ée]|entreprise|sarl|sas|sa|srl|sprl|asbl|"
    r"association|bo[iî]te|structure|commerce|cabinet) (?:\w+ ){0,3}(?:a d[ée]pos[ée] le bilan|"
    r"est en cessation|(?:a [ée]t[ée] |est )?plac[ée]e en|est en (?:liquidation|redressement|"
    r"sauvegarde|faillite))",
    r"\b(?:fichez|foutez|fiche|fous|laissez)[- ](?:moi|nous) la paix\b|"
    r"\bl[âa]chez[- ](?:moi|nous)\b",
    r"\b(?:mon|ma|notre|nos|mes) (?:conseils? juridiques?|service juridique|service contentieux|"
    r"juriste|avocate|avocats)\b",
    r"\b(?:je suis|nous sommes|sommes|suis|est|sera|serai|serons) (?:(?!pas\b|plus\b|"
    r"point\b|jamais\b)\w+ )?"
    r"repr[ée]sent[ée]e?s? par\b|\bavocate? au barreau\b|\bavocats au barreau\b|\bqui (?:me|nous) "
    r"repr[ée]sente\b|\b(?:adresser|adressez|contacter|contactez|voir avec|voyez avec|[ée]crire|"
    r"[ée]crivez) (?:\w+ ){0,2}ma[iî]tre\b(?! d')",
    # Only on paper: "dorénavant, uniquement par courrier postal".
    r"\b(?:uniquement|seulement|exclusivement) (?:par|via) (?:courrier(?: postal| recommand[ée])?|"
    r"voie postale|lettre(?: recommand[ée]e)?|la poste|recommand[ée]|[ée]crit)\b|\bpar "
    r"(?:courrier postal|voie postale|lettre|[ée]crit) (?:uniquement|seulement|exclusivement)\b",
    # Deal with my representative: "veuillez traiter avec mon mandataire".
    r"\b(?:traiter|traitez|voir|voyez|contacter|contactez|adresser|adressez|passer|passez|"
    r"joindre|joignez|discuter|discutez|[ée]changer|[ée]changez|communiquer|communiquez)"
    r"(?:-vous)? (?:\w+ ){0,2}?(?:avec|"
    r"[àa]|au|aupr[èe]s de|par) (?:mon|ma|notre|nos|mes) (?:avocat|avocate|avocats|conseil|"
    r"ma[iî]tre|mandataire|repr[ée]sentante?|service juridique|juriste|curateur|curatrice|"
    r"tuteur|tutrice|fond[ée] de pouvoir)\b",
    # Mail not read ("je ne lis pas ces mails", "Les mails, je ne les lis pas"), a threat with
    # the next one ("encore un mail et"), mail about the one a guardian writes for ("merci de
    # m'adresser dorénavant tout courrier le concernant")
    r"\bje ne (?:lis|ouvre) (?:pas|jamais|plus) (?:ces|les|vos|vos|aucun) (?:e-?mails?|mails?|"
    r"courriels?)\b|\b(?:e-?mails|mails|courriels),? je ne les (?:lis|ouvre) (?:pas|jamais|plus)"
    r"\b|\bj(?:e n)?'ouvre (?:jamais|pas|plus) (?:mes|les|vos|ces) (?:e-?)?mails\b|\bje (?:ne )?"
    r"l'ouvre (?:jamais|pas|plus)\b|\benvoyez(?:-moi)? plus rien\b|\barr[êe]t\w* les "
    r"[ée]changes par (?:e-?)?mail\b|"
    r"\b(?:encore un|un (?:autre|seul)) (?:e-?mail|mail|courriel|rappel|message)(?: de plus)? "
    r"et\b|\badresser\b[^.]{0,40}\b(?:courriers?|correspondances?|communications?)\b[^.]{0,10}"
    r"\b(?:le|la) concernant\b",
    # "je ne répondrai plus", "nous ne répondrons plus à vos messages"
    r"\bne (?:r[ée]pondrai|r[ée]pondrons|r[ée]pondra|r[ée]ponds|r[ée]pondons|r[ée]pondrais) "
    r"plus\b",
    r"^\W*plus (?:de |d')(?:mails?|e-?mails?|courriels?|relances?|messages?|appels?|sms|"
    r"rappels?)\b|\bne (?:veux|voulons|souhaite|souhaitons) plus (?:[êe]tre )?d[ée]march[ée]\w*",
    r"\bne plus me (?:contacter|écrire|relancer|envoyer)\b",
    # Not this address: "merci de ne plus utiliser cette adresse pour vos relances".
    r"\b(?:ne plus|n'|ne) ?(?:utiliser|utilisez|employer|employez|[ée]crire [àa]|[ée]crivez "
    r"(?:plus )?[àa]) (?:plus )?(?:cette|mon|ma|notre|l') ?(?:adresse|e-?mail|courriel|mail|"
    r"bo[iî]te)\b",
    r"\barr[êe]t(?:ez|er) de (?:m[e']|nous )\s*(?:écrire|ecrire|envoyer|contacter|relancer|"
    r"harceler|appeler|t[ée]l[ée]phoner)\b|"
    r"\bne (?:me )?(?:contactez|écrivez|relancez) plus\b|\bne plus (?:être|etre) contacté\w*\b|"
    r"\bme désinscrire\b|\bdésabonn\w+\b",
    # in insolvency, unless it is a client's or supplier's: "notre plus gros client est en
    # redressement judiciaire" is no stop request
    THEIR_OWN + r"(?:\b(?:en|déclarée?s?|sommes|suis) (?:en )?faillite\b|"
    r"\b(?:liquidation|redressement) judiciaire\b)",
    r"\blaissez[- ](?:moi|nous) tranquilles?\b|\bharcèlement\b|\bcess(?:er|ez) (?:toute|de "
    r"m[e']|de nous|vos|les) ?\w*|\bne (?:souhaite|souhaitons|veux|voulons) plus (?:\w+ )?"
    r"(?:recevoir|être contacté|etre contacte)\w*",
)

_WRONG_PERSON = (
    r"\baucun(?:e|s|es)? (?:d'entre (?:elles|eux|nous) )?ne conna[îi]t\b",
    r"\btromp\w* (?:de |d')(?:personne|destinataire|adresse|client|soci[ée]t[ée]|contact|"
    r"interlocuteur|num[ée]ro|dossier|courriel|e-?mail|mail|bo[iî]te|cliente?|monsieur|"
    r"madame|nom)\b|\bfaites erreur sur la personne\b",
    r"\berreur (?:de|sur le) destinataire\b|\berreur sur la personne\b|\bhomonym\w*\b",
    r"\bmauvais(?:e)? (?:personne|adresse|destinataire|contact|interlocuteur|client|"
    r"num[ée]ro|e-?mail|courriel)\b",
    r"\bne (?:suis|sommes) (?:pas|jamais) (?:\w+ )?(?:client|cliente|clients|clientes|"
    r"abonn[ée]e?s?|membres?|adh[ée]rent\w*|concern[ée]e?s?|la personne|le destinataire)\b",
    r"\bn'(?:ai|avons) jamais [ée]t[ée] (?:client|cliente|clients|abonn\w+)\b",
    r"\b(?:ce|cet|cette|ces|votre) (?:courriel|mail|e-?mail|message|relance|rappel|facture|"
    r"envoi|dossier|compte)s? ne (?:me|nous) concerne(?:nt)? (?:pas|absolument pas|en rien)\b",
    r"\badresse\b.{0,40}\bn'est plus (?:celle|la|utilis[ée]e|valide|active|attribu[ée]e)\b",
    r"\bn'(?:ai|avons|a) (?:aucun|aucune) (?:lien|rapport|relation|contrat|compte)\b",
    r"\bne (?:m'occupe|nous occupons|s'occupe|g[èe]re|g[ée]rons|traite) plus\b|"
    r"\bn'(?:est|suis) plus (?:responsable|en charge|charg[ée]e?|en poste|employ[ée]e?|"
    r"salari[ée]e?|tr[ée]sori[eè]re?|g[ée]rante?|le g[ée]rant|la g[ée]rante)\b",
    r"\b(?:adressez|[ée]crivez)(?:-vous)? (?:[àa]|au|aupr[èe]s d[eu]) (?:la |le |l')?"
    r"(?:nouveau|nouvelle|nouvel|successeur|rempla[çc]ant\w*)\b|"
    r"\b(?:mon|ma|son|sa) (?:successeur|rempla[çc]ant\w*)\b",
    r"\b(?:l'|mon |ma |notre |un |une |le |la |d'un |d'une )ancien(?:ne)? (?:coloc\w*|"
    r"locataire|occupant\w*|propri[ée]taire|r[ée]sident\w*|habitant)\b|"
    r"\bnouve(?:au|l|lle) (?:locataire|occupant\w*|propri[ée]taire)\b",
    r"\b(?:il|elle|ils|elles) (?:a|ont|est|sont) d[ée]m[ée]nag[ée]\w*\b|\bn'habite(?:nt)? "
    r"(?:plus|pas) (?:ici|l[àa]|[àa] cette adresse)\b|\bn'ai pas (?:sa|ses|leur|leurs) "
    r"(?:nouvelles? )?(?:adresse|coordonn[ée]es)\b",
    r"\b(?:a|ont) (?:quitt[ée] (?:ses fonctions|son poste|nos effectifs|le cabinet|le service|"
    r"la bo[iî]te|l'association|l'asbl)|pris (?:sa|leur) retraite)\b|"
    r"\b(?:est|sont) (?:parti\w* [àa] la retraite|d[ée]c[ée]d[ée]\w*)\b|\bd[ée]c[èe]s\b",
    r"\bne (?:connais|connaissons) (?:pas|aucun\w*) (?:\w+ )?(?:cette personne|cette soci[ée]t[ée]|"
    r"votre soci[ée]t[ée]|votre entreprise|ce monsieur|cette dame|de |d')",
    r"\b(?:aucune personne|personne) (?:de ce nom|portant ce nom|ne porte ce nom)\b",
    r"\bce n'est pas (?:moi|mon (?:compte|entreprise|dossier)|ma (?:soci[ée]t[ée]|facture|"
    r"commande)|notre (?:soci[ée]t[ée]|entreprise|compte|dossier|commande|facture|client))\b",
    # Taken for someone else: "vous confondez avec la Menuiserie Lambert".
    r"\bvous (?:nous |me )?(?:confondez|avez confondu|m[ée]langez)\b|\bconfusion (?:avec|de "
    r"(?:personne|soci[ée]t[ée]|nom))\b|\b(?:nous|me) (?:prenez|confondez) pour\b",
    # Someone else's address: "cette adresse appartenait à mon frère", "je ne gère pas ses
    # affaires".
    r"\b(?:adresse|e-?mail|mail|courriel|num[ée]ro|bo[iî]te)\b.{0,30}\bappart(?:enai|ien)\w* "
    r"(?:[àa]|au) (?:mon|ma|mes|notre|nos|un|une|l'|la|le|son|sa|l'ancien)",
    r"\bne (?:g[èe]re|g[ée]rons|m'occupe|nous occupons|s'occupe) (?:pas|aucunement) (?:de )?"
    r"(?:ses|leurs|les) (?:affaires|factures|comptes|dettes|papiers|finances)\b",
    r"\bvous faites (?:erreur|fausse route)\b|\bje ne vous connais (?:pas|m[êe]me pas)\b|"
    r"\bne (?:connais|connaissons) (?:pas|m[êe]me pas) (?:votre|cette|ce|vous)\b",
    r"\bne suis pas (?:le|la) (?:bon|bonne|responsable)\b",
    # Not the person named: "je ne suis pas Mme Nadeau", "cette adresse m'appartient depuis".
    r"\b(?:je ne suis|nous ne sommes|je suis|on n'est|ce n'est|c'est) pas (?:m\.|mme|mlle|mr|"
    r"monsieur|madame|mademoiselle) [a-zà-ÿ]|\b(?:je ne suis|nous ne sommes|ce n'est|c'est) "
    r"pas (?:m|mr|mme|mlle)\.?\W*$",
    r"\b(?:adresse|e-?mail|courriel|num[ée]ro|bo[iî]te)\b.{0,20}\b(?:m'|nous )appartien"
    r"(?:t|nent)\b.{0,20}\bdepuis\b",
    # Someone else pays: "je ne m'occupe pas de la facturation, c'est ma collègue".
    r"\bne (?:m'occupe|nous occupons|s'occupe|g[èe]re|g[ée]rons|traite|suis) (?:pas|plus|"
    r"aucunement) (?:en charge )?(?:de |d')?(?:la |des |du |les |l')?(?:facturation|"
    r"comptabilit[ée]|factures|paiements|r[èe]glements|finances|fournisseurs|administratif|"
    r"partie administrative)\b",
    # "je ne suis pas le Julien Martin que vous cherchez", "c'est pas moi pantoute".
    r"\b(?:je ne suis|nous ne sommes|je suis|nous sommes|on est|on n'est|c'est|ce n'est) pas "
    r"(?:le|la|les|celui|celle|ceux) (?:\w+ ){0,3}(?:que|qu'|qui) vous (?:cherchez|recherchez|"
    r"croyez|pensez|voulez|visez|relancez)\b",
    r"\bc'est (?:pas|point) moi\b(?! qui)",
    r"\b(?:adresse|personne|destinataire) (?:erronée|incorrecte|erronee)\b|\b(?:reçu|envoyé|"
    r"adressé|arrivé)\w*\b.{0,20}\bpar erreur\b|"
    r"\bne (?:fais|fait) plus partie\b|\bn'(?:est|suis) plus (?:dans|chez|avec)\b|"
    r"\bn'(?:ai|avons) rien à voir avec\b|\bne travaille plus (?:ici|chez|pour|dans|à)\b|"
    r"\bj'?\s?travaille pu (?:là|la|ici|chez)\b|"
    r"\ba quitté (?:la|notre|l')\b|\bpas la bonne (?:personne|adresse)\b",
)

_DISPUTE = (
    # fees or interest refused: "arrêtez de me facturer des pénalités de retard"
    r"\barr[êe]t(?:ez|er) de (?:me |nous )?(?:facturer|compter|appliquer|r[ée]clamer|ajouter)"
    r"(?: \w+)? (?:les |des |ces |vos |de |d')?(?:frais|p[ée]nalit[ée]s|int[ée]r[êe]ts|"
    r"majorations?|indemnit[ée]s)\b",
    # "votre soi-disant réparation", "c'est écrit noir sur blanc dans le contrat", "Nous n'avons
    # rien pu en faire"
    r"\bsoi-disant (?:réparation|intervention|dépannage|travaux)\b|\b(?:écrit|marqué) noir sur "
    r"blanc\b|\binutilisables?\b|\bn'avons rien pu en faire\b",
    # "Vous ne pouvez pas me les facturer", "les travaux faisaient partie de la garantie", "Je ne
    # sais pas qui a passé cette commande mais ce n'est pas nous"
    r"\bvous ne pouvez pas (?:me |nous )?(?:les |le |la |l')?facturer\b|\b(?:faisai\w+|fait) "
    r"partie de la garantie\b|\b(?:commande|travaux|prestation)\b[^.]{0,50}\bce n'est pas "
    r"(?:nous|moi)\b",
    r"\b(?:compt[ée]|factur[ée]|appliqu[ée]|ajout[ée])\w* (?:la |le |les |l')?[\w-]+ deux fois\b",
    # Contesting, disagreeing, refusing to pay.
    r"\bd[ée]saccord\b|\br[ée]clam\w+ (?:injustifi|infond|abusi)\w*",
    r"\bhors de question (?:de|d'|que)\b|\bpas question (?:de|que) (?:je |nous |on )?"
    r"(?:payer|r[ée]gler|paie|paye)\b",
    r"\b(?:je|nous|on) refus(?:e|ons)\b (?:\w+ ){0,2}(?:de (?:vous )?(?:la |le |les )?"
    r"(?:payer|r[ée]gler|acquitter)|(?:cette|la|votre|ces|les|vos|ce|le) (?:facture|frais|"
    r"p[ée]nalit|montant|majoration|int[ée]r[êe]t|somme|suppl[ée]ment|relance))",
    r"\bne (?:vous )?(?:la |le |les )?(?:paierai|payerai|r[ée]glerai|paierons|r[ée]glerons|"
    r"paie|paye|r[èe]gle|payerons)\w* (?:rien|jamais|pas un)\b",
    r"\bne (?:vais|allons|compte|comptons|pense|pensons) pas (?:vous )?(?:la |le |les )?"
    r"(?:payer|r[ée]gler)\b(?! (?:avant|tant|d'ici|maintenant|tout de suite|ce mois|cette "
    r"semaine|imm[ée]diatement|aujourd'hui|tout|en une))",
    r"\bne (?:la |le |les |vous )?(?:dois|devons|doit) (?:rien|pas|absolument rien)\b|"
    r"\bpas (?:redevables?|d[ée]biteur\w*)\b|\bn'(?:avez|aviez) pas (?:[àa] |a )(?:me |nous )?"
    r"(?:facturer|faire payer|r[ée]clamer|compter)\b",
    r"\bne vois pas pourquoi (?:je|nous|on|j')\b|\bpourquoi (?:je|nous|on|devrais-je|"
    r"devrions-nous) (?:devrais|devrions|paierais|payerais|paierions|r[ée]glerais)\b",
    # Fees and penalties.
    r"\b(?:p[ée]nalit[ée]s?|frais|majorations?|indemnit[ée]s?|int[ée]r[êe]ts)\b (?:\w+ ){0,4}"
    r"(?:abusi\w*|injustifi\w*|excessi\w*|ill[ée]gal\w*|inacceptables?|exag[ée]r\w*)|"
    r"\bpas (?:les|ces|vos) (?:p[ée]nalit[ée]s|frais de (?:retard|relance|recouvrement)|"
    r"int[ée]r[êe]ts|majorations|indemnit[ée]s)\b",
    r"\babusi(?:f|ve|fs|ves)\b|\bexorbitant\w*\b|\binjustifi[ée]\w*\b|\bnon (?:justifi|fond)"
    r"[ée]e?s?\b|\bsans (?:fondement|objet)\b|\bpas (?:justifi|fond)[ée]e?s?\b|"
    r"\barnaque\b|\bescroquerie\b",
    # Wrong amount, wrong figures, an error in the invoice.
    r"\b(?:montant|facture|tva|prix|tarif|total|somme|quantit[ée]|taux|calcul|d[ée]compte|"
    r"relev[ée]|solde|nombre|heures?|factur[ée]\w*)\b (?:\w+ ){0,4}(?:est |sont |me semble |"
    r"semble |para[iî]t |paraissent )?(?:erron[ée]\w*|incorrect\w*|inexact\w*|faux|fausse|"
    r"exag[ée]r\w*|excessi\w*|trop (?:[ée]lev|cher|ch[èe]re|haut|important)\w*|gonfl[ée]\w*)",
    r"\b(?:il y a|y a|y'a|ya|il y aurait|contient|comporte) (?:une |des |plusieurs |un )?"
    r"(?:erreurs?|coquilles?|probl[èe]mes? de (?:facturation|montant|calcul)|"
    r"soucis? de (?:facturation|montant))\b(?! de ma part| de notre part)",
    r"\bfactur(?:é|ée|és|ées|ez|er|ons|ait|aient)\b.{0,60}\b(?:alors (?:que|qu')|au lieu d[eu']|"
    r"et non|"
    r"tandis que|pourtant)\b",
    r"\bau lieu d[eu]s? \d[\d  ,.']*\s*(?:%|€|\$|eur|euros?|chf|fr\.?|francs?|heures?|h\b|"
    r"km|pi[èe]ces?|unit[ée]s?|palettes?|jours?)|\b(?:et non|et pas) (?:pas )?(?:de |les |la )?"
    r"\d[\d  ,.']*\s*(?:%|€|\$|eur|euros?|chf|fr\.?|francs?|heures?|h\b|km|pi[èe]ces?|"
    r"unit[ée]s?|jours?)",
    r"\b(?:contrat|devis|offre|accord|bon de commande|tarif|convention|commande|compteur|"
    r"bon de livraison|relev[ée])\b.{0,40}\b(?:pr[ée]voyait|pr[ée]voit|indiquait|mentionnait|"
    r"stipul\w+|disait|parlait de|[ée]tait de|fixait|annon[çc]ait)\b",
    r"\b(?:pas|non|contrairement [àa]) (?:ce (?:qui|que) )?(?:[ée]tait|avait [ée]t[ée]|"
    r"nous avions|j'avais|on avait) (?:convenu|pr[ée]vu|n[ée]goci[ée]|command[ée])\b",
    # Asking for a correction, a credit note, a refund.
    r"\b(?:merci de|veuillez|pouvez-vous|pourriez-vous|prière de|je vous prie de|"
    r"je vous demande de) (?:bien vouloir )?(?:corriger|rectifier|revoir|annuler|refaire|"
    r"modifier)\b",
    r"\b(?:factur\w+|note) (?:rectifi\w+|corrig[ée]\w*|rectificative)\b|\bfacture d'avoir\b|"
    r"\bnote de cr[ée]dit\b|\btrop[- ]per[çc]u\b|\b(?:votre|cet|d'un) avoir\b|"
    r"\bl'avoir (?:de|du|n°|promis|correspondant|demand[ée])\b|\b(?:[ée]tablir|[ée]mettre|"
    r"faire|envoyer|attends|attendons) (?:un |l')avoir\b",
    r"\b(?:quand|lorsque|d[èe]s que|une fois que|apr[èe]s que) (?:vous aurez|la facture "
    r"(?:sera|aura [ée]t[ée])) (?:\w+ )?(?:corrig|rectifi|modifi|refait|annul|envoy[ée] "
    r"(?:un|l')avoir)\w*",
    r"\b(?:me|nous) rembourser\b|\bremboursement (?:de|du|des) (?:la |le |l')?(?:trop|"
    r"diff[ée]rence|doublon|montant|acompte|somme|double)\b",
    # Duplicates.
    r"\bdouble (?:facturation|paiement|pr[ée]l[èe]vement|d[ée]bit|envoi de facture)\b|"
    r"\ben double\b|\bfactur\w* (?:deux|2) fois\b|\bd[ée]j[àa] (?:[ée]t[ée] )?factur[ée]\w*\b",
    # Cancelled contracts and orders.
    r"\br[ée]sili[ée]\w*\b|\br[ée]siliation\b|\bn'a (?:donc |plus |m[êe]me )?pas lieu d'[êe]tre\b",
    r"\b(?:facture|commande|abonnement|contrat|prestation|intervention|r[ée]servation)"
    r"s? (?:\w+ ){0,3}annul[ée]e?s?\b|\b(?:j'ai|nous avons|on a|avions|avait|avais) (?:\w+ )?"
    r"annul[ée] (?:la|le|notre|ma|mon|cette|cet|ce)\b",
    # Cancelled by the creditor: "c'est vous qui avez annulé la réservation".
    r"\bvous (?:qui )?(?:avez|aviez|avez vous-m[êe]mes?|aviez vous-m[êe]mes?) (?:vous-m[êe]mes? |"
    r"d[ée]j[àa] |bien )?(?:annul[ée]|d[ée]command[ée]|r[ée]sili[ée]|report[ée] sans date)\b",
    # Left unfinished: "le chantier a été abandonné", "la terrasse n'est toujours pas finie".
    r"\b(?:chantier|travaux|travail|job|projet|r[ée]novation|installation|r[ée]paration|mission|"
    r"prestation|ouvrage)s? (?:\w+ ){0,3}(?:a|ont|avez|avait|avaient) (?:[ée]t[ée] )?"
    r"(?:abandonn[ée]|laiss[ée] en plan|laiss[ée] en l'[ée]tat)e?s?\b|\b(?:abandonn[ée]|"
    r"laiss[ée])e?s? en (?:cours de route|plan|chantier)\b|\babandonn[ée]\w* (?:le|la|les|"
    r"notre|nos|mon|ma|mes|ce|cette|ces) (?:chantier|travaux|projet|r[ée]novation|"
    r"installation|r[ée]paration)\b|\bjamais (?:re)?venue?s? "
    r"(?:finir|terminer|achever)\b",
    r"^(?!.*\b(?:virement|paiement|pr[ée]l[èe]vement|r[èe]glement|versement|ch[èe]que|"
    r"d[ée]p[ôo]t|dossier|demande|inscription|salaire)s?\b).*?\b(?:n'(?:est|sont)|"
    r"ne (?:sont|est)) (?:toujours|jamais|m[êe]me) pas (?:\w+ )?(?:fini|termin[ée]|achev[ée]|"
    r"pos[ée]|install[ée]|r[ée]par[ée]|mont[ée]|raccord[ée]|livr[ée]|branch[ée])e?s?\b",
    r"\b(?:re)?parti\w* sans (?:avoir )?(?:finir|terminer|achever|fini|termin[ée]|achev[ée]|"
    r"r[ée]par(?:er|[ée])|install(?:er|[ée])|r[ée]gl(?:er|[ée]) le probl[èe]me)\b|"
    r"\b(?:chantier|travaux|r[ée]novation)s? (?:est|sont) (?:\w+ )?(?:[àa] l'arr[êe]t|"
    r"arr[êe]t[ée]s?|au point mort|en suspens|en plan)\b|\bavant (?:la fin|d'avoir fini|"
    r"d'avoir termin[ée]) (?:des|du|de la) (?:travaux|chantier|job|r[ée]paration|installation)\b|"
    r"\b[àa] moiti[ée] (?:fait|fini|termin[ée]|pos[ée]|install[ée]|peint|r[ée]par[ée]|"
    r"mont[ée])e?s?\b|\b(?:travail|travaux|chantier|job)\b.{0,20}\breste (?:encore |toujours )?"
    r"[àa] (?:faire|finir|terminer)\b|\bn'(?:est|sont) pas (?:encore )?(?:fini|termin[ée]|"
    r"achev[ée]|pos[ée]|install[ée])e?s? (?:et|mais) vous\b",
    # Created by the creditor: "c'est vous qui avez reporté", "écourté à cause de vous".
    r"\bc'est vous qui (?:avez|aviez) (?:\w+ )?(?:annul|report|d[ée]command|r[ée]sili|chang|"
    r"modifi|rompu|arr[êe]t|interrompu)\w*|\b(?:[ée]court[ée]|interrompu|g[âa]ch[ée]|"
    r"annul[ée]|rat[ée])e?s? (?:\w+ ){0,2}(?:[àa] cause de|par la faute de|par) (?:vous|votre|"
    r"vos)\b",
    r"\b(?:salle|chambre|v[ée]hicule|voiture|place|table|cr[ée]neau|logement|g[îi]te|"
    r"emplacement|local|appartement)\b.{0,20}\bn'(?:[ée]tait|est|[ée]taient|sont) (?:plus |pas |"
    r"m[êe]me pas )disponibles?\b",
    r"\bn'(?:ai|avons|a|avions) jamais eu (?:la|le|les|notre|nos|ma|mon|mes|l') ?(?:salle|"
    r"chambre|v[ée]hicule|voiture|place|table|logement|service|prestation|acc[èe]s|livraison|"
    r"marchandise|commande|mat[ée]riel|abonnement|connexion|ligne|appareil|cl[ée]s?)\b",
    r"\b(?:fuit|fuient|coule|coulent|goutte|gouttent|tombe en panne|surchauffe|saute|sautent)\b "
    r"(?:\w+ )?(?:encore|toujours|de nouveau|[àa] nouveau)\b.{0,30}\b(?:apr[èe]s|depuis|malgr[ée]) "
    r"(?:votre|son|leur|le|la|vos) (?:passage|intervention|visite|r[ée]paration|d[ée]pannage|"
    r"venue|technicien)s?\b",
    r"^(?!.*\b(?:virement|paiement|pr[ée]l[èe]vement|r[èe]glement|versement|ch[èe]que|banque|"
    r"carte)s?\b).*?\b(?:technicien|livreur|[ée]quipe|ouvrier|artisan|plombier|[ée]lectricien|"
    r"r[ée]parateur|d[ée]panneur|chauffeur|installateur|monteur|transporteur)s? (?:\w+ ){0,2}"
    r"n'(?:a|ont) pas pu (?:intervenir|venir|passer|livrer|r[ée]parer|terminer|finir|installer|"
    r"effectuer|acc[ée]der|entrer)\b",
    r"\b(?:abonnement|contrat|bail|location|adh[ée]sion|forfait|mandat)s? (?:\w+ ){0,2}(?:a pris "
    r"fin|ont pris fin|s'est termin[ée]|a expir[ée]|est termin[ée]|[ée]tait termin[ée]|a [ée]t[ée] "
    r"(?:arr[êe]t[ée]|stopp[ée]))|\bn'(?:ai|avons) plus rien chez vous\b",
    r"\b(?:rendu|restitu[ée]|ramen[ée]|retourn[ée]|rapport[ée]|lib[ée]r[ée]|quitt[ée]|partie?s?|"
    r"d[ée]m[ée]nag[ée])e?s? (?:\w+ ){0,3}le \d{1,2}(?:er)?(?: \w+)?,? (?:et )?(?:pas|non|et non|"
    r"plut[ôo]t que) (?:le )?\d{1,2}\b",
    r"\bn'(?:a|ont|avez|avait|avaient) (?:jamais|pas|toujours pas) (?:fini|termin[ée]|"
    r"achev[ée]|compl[ée]t[ée]) (?:le|la|les|l'|votre|vos|son|leur|leurs|ce|cette|ces) ?"
    r"(?:chantier|travaux|travail|job|r[ée]paration|installation|pose|r[ée]novation|"
    r"montage|mission|prestation|peinture|toiture|salle|cuisine|terrasse)\b",
    # Not ordered, not delivered, not done.
    r"\bn'(?:ai|avons|a|avions|avais) (?:jamais|pas|toujours pas|rien) (?:(?!encore\b)\w+ )?"
    r"(?:command[ée]|"
    r"demand[ée]|sign[ée]|accept[ée]|valid[ée]|autoris[ée]|souscrit|b[ée]n[ée]fici[ée])\b",
    r"\bn'(?:ai|avons|a|avions|avais) (?:jamais|pas|toujours pas|rien) (?:\w+ )?re[çc]u "
    r"(?:la |le |les |ma |mon |mes |notre |nos |aucun\w* |votre |vos )?" + _GOODS,
    r"\b(?:jamais|pas|toujours pas|rien) (?:encore )?(?:[ée]t[ée] )?livr[ée]\w*\b|"
    r"\bjamais (?:arriv[ée]|venu)\w*",
    r"\b(?:technicien|colis|commande|marchandise|livraison|livreur|ouvriers?|artisan|d[ée]panneur|"
    r"plombier|[ée]lectricien|r[ée]parateur|[ée]quipe|produit|article|mat[ée]riel|pi[èe]ce)s? "
    r"(?:\w+ ){0,2}(?:n'est|ne sont|n'a|n'ont) (?:jamais|pas|toujours pas) (?:[ée]t[ée] )?"
    r"(?:venu|pass[ée]|arriv[ée]|livr[ée]|intervenu|re[çc]u|pr[ée]sent[ée]|effectu[ée]|"
    r"fait|r[ée]alis[ée])e?s?\b",
    r"\b(?:travaux|travail|prestation|intervention|chantier|r[ée]paration|installation|mission|"
    r"service)s? (?:\w+ ){0,3}(?:n'(?:est|a|ont)|ne sont) (?:jamais |pas |toujours pas )"
    r"(?:[ée]t[ée] )?(?:termin|fini|achev|r[ée]alis|fait|effectu|compl[ée]t)\w*",
    # Quality.
    r"\bb[âa]cl[ée]\w*\b|\bmal (?:fait|faits|faite|faites|r[ée]alis[ée]\w*|ex[ée]cut[ée]\w*|"
    r"pos[ée]\w*|install[ée]\w*|mont[ée]\w*|r[ée]par[ée]\w*)\b|\bmalfa[çc]ons?\b|"
    r"\bd[ée]fectu\w+|\bd[ée]fauts? (?:de (?:fabrication|conformit[ée]|qualit[ée]|livraison)|"
    r"cach[ée]s?|constat[ée]s?)\b|\b(?:des|un|plusieurs|nombreux) d[ée]fauts\b|"
    r"\bvices? cach[ée]s?\b|\bpas conformes?\b|"
    r"\binutilisables?\b|\bp[ée]rim[ée]\w*\b|\bab[iî]m[ée]\w*|\bcass[ée]e?s?\b|\ben panne\b",
    r"^(?!.*\b(?:lien|site|portail|plateforme|carte|code|mot de passe|espace client|appli\w*|"
    r"formulaire|bouton|qr|paiement|virement|iban|rib|terminal|adresse)\b)"
    r".*?(?<!ça )(?<!ca )(?<!cela )\bne (?:fonctionne|marche)(?:nt)? "
    r"(?:pas|plus|toujours pas|jamais)\b",
    r"\bsous garantie\b|\b(?:couvert|pris en charge)e?s? par (?:la|notre|votre) garantie\b|"
    r"\bgarantie\b.{0,30}\bcouv\w*",
    r"\b(?:retourn[ée]|renvoy[ée]|rapport[ée]|rendu)e?s? (?:la |le |les |notre |nos |votre |vos |"
    r"l')?" + _GOODS + r"|\b" + _GOODS + r" (?:\w+ ){0,3}(?:retourn|renvoy)[ée]e?s?\b",
    r"\b(?:r[ée]clam|factur|demand|pr[ée]lev|d[ée]bit|relanc)\w* (?:\w+ ){0,3}(?:une )?"
    r"(?:deuxi[èe]me|seconde|2e|2[èe]me|nouvelle) fois\b",
    r"\bne correspond\w* (?:[àa] rien|nullement|en rien)\b|\bne tien\w* pas compte\b|"
    r"\bpas (?:[ée]t[ée] )?(?:d[ée]duit|pris en compte)e?s?\b|\bprescri(?:te|t|ts|tes|ption)\b",
    r"\b(?:promis|pr[ée]vu|accord[ée]|convenu|annonc[ée])e?s? (?:\w+ ){0,3}(?:une |un |la |le )?"
    r"(?:remise|r[ée]duction|rabais|ristourne|geste commercial|gratuit\w*|offert\w*)\b|"
    r"\bgeste commercial\b|\b(?:[ée]tait|[ée]taient|sont|est) (?:\w+ )?(?:offerte?s?|"
    r"gratuite?s?|inclus\w*)\b",
    r"^(?!.*\b(?:virement|paiement|pr[ée]l[èe]vement|r[èe]glement|versement|ch[èe]que|"
    r"d[ée]p[ôo]t)s?\b)"
    r".*?\bn'(?:ont|a) (?:jamais |pas )(?:[ée]t[ée] )?(?!fait long feu)(?:faite?s?|effectu[ée]e?s?|"
    r"r[ée]alis[ée]e?s?|command[ée]e?s?|livr[ée]e?s?|fournie?s?|travaill[ée]e?s?|"
    r"consomm[ée]e?s?|utilis[ée]e?s?)\b",
    r"\bn'(?:ai|avons) rien re[çc]u\b,? ni\b",
    # To be corrected or removed: "merci de la corriger", "merci de les retirer".
    r"\b(?:merci de|veuillez|pouvez-vous|pourriez-vous|pri[èe]re de|je vous prie de|"
    r"je vous demande de|nous vous demandons de|vous devez|il faut) (?:bien vouloir )?"
    r"(?:la |le |les |l')(?:corriger|rectifier|revoir|annuler|refaire|modifier|retirer|"
    r"enlever|supprimer|d[ée]duire|r[ée][ée]diter|r[ée][ée]mettre)\b",
    r"\b(?:(?:merci de|veuillez|pouvez-vous|pourriez-vous|je vous demande de) (?:bien vouloir )?"
    r"(?:retirer|enlever|supprimer|d[ée]duire|annuler)|retirez|enlevez|supprimez|d[ée]duisez) "
    r"(?:les |ces |le |ce |la |cette |vos |l')(?:frais|p[ée]nalit[ée]s?|int[ée]r[êe]ts|"
    r"majorations?|indemnit[ée]s?|suppl[ée]ments?|lignes?|forfaits?|montants?)\b",
    # What the invoice says, and what is true: "la facture mentionne 30 heures alors que le
    # technicien est resté 18 heures", "la facture est adressée à X alors que le contrat ..."
    r"\b(?:facture|relev[ée]|d[ée]compte|devis|bon de livraison|note)\b (?:\w+ ){0,3}?"
    r"(?:mentionne|indique|compte|affiche|porte|comptabilise|fait [ée]tat d|annonce|pr[ée]sente|"
    r"comprend|factur|est (?:adress[ée]e|libell[ée]e|[ée]tablie|[ée]mise|au nom))\w*\b.{0,80}?"
    r"\b(?:alors (?:que|qu')|au lieu d[eu']|tandis que|et non)",
    # A price shown, and more billed: "le prix affiché était de 199 €, vous me facturez 249 €"
    r"\b(?:prix|tarif|montant|devis|offre|annonce)\b.{0,50}?\b(?:[ée]tait|affich[ée]|"
    r"indiqu[ée]|annonc[ée]|convenu|pr[ée]vu|not[ée])e?s?\b.{0,50}?\bvous (?:me |nous )?"
    r"(?:facturez|r[ée]clamez|demandez|comptez|pr[ée]levez|avez factur[ée])\b",
    r"\bvous (?:me |nous )?(?:facturez|avez factur[ée]|r[ée]clamez|comptez)\b.{0,50}?"
    r"\b(?:alors (?:que|qu')|au lieu d[eu']|et non)\b",
    # Part delivered: "nous n'avons reçu que 6 palettes sur 10", "il manque 4 pièces".
    r"\bn'(?:ai|avons|a|avions|avait|ont) (?:re[çc]u|eu|[ée]t[ée] livr[ée]e?s?|livr[ée]) que "
    r"\d+|\b(?:re[çc]u|livr[ée]e?s?) (?:seulement|uniquement) \d+|\b\d+ (?:\w+ )?sur (?:les )?"
    r"\d+ (?:\w+ )?(?:factur|command|pr[ée]vu|annonc|attendu)\w*|\blivraisons? (?:partielle|"
    r"incompl[èe]te)s?\b|\bil (?:en )?manque \d+(?:[.,]\d+)? ?(?!€|euros?\b|eur\b|chf\b|"
    r"francs?\b|\$|dollars?\b)",
    r"\b(?:ne )?" + _WILL_PAY + r" (?:uniquement |seulement |que )?(?:ce (?:qui|que)|les \w+ "
    r"(?:qui|que)|la partie)\b.{0,30}\b(?:livr|re[çc]u|fait|effectu|r[ée]alis|fourni|command)",
    # The wrong item: "c'est pas la bonne réf", "vous avez livré la mauvaise taille".
    r"\bpas (?:la|le|les) bon(?:ne)?s? (?:r[ée]f\w*|mod[èe]les?|articles?|produits?|couleurs?|"
    r"tailles?|pi[èe]ces?|commandes?|quantit[ée]s?|dimensions?|versions?|mat[ée]riels?|"
    r"marchandises?|colis|coloris)\b",
    r"\bmauvais(?:e|es)? (?:r[ée]f\w*|mod[èe]les?|articles?|produits?|couleurs?|tailles?|"
    r"pi[èe]ces?|commandes?|quantit[ée]s?|dimensions?|versions?|marchandises?|colis|coloris)"
    r"\b(?! (?:de paiement|bancaire))",
    r"\b(?:attend|attends|attendons|attendrons|attendrai)\b (?:\w+ )?(?:l'[ée]change|le "
    r"remplacement|la r[ée]paration|le bon (?:mod[èe]le|article|produit|colis)|l'avoir|le "
    r"retour|la correction|la facture (?:corrig|rectifi)\w*|le reste de la (?:commande|"
    r"livraison)|la fin des travaux|les pi[èe]ces manquantes|la reprise)\b.{0,30}?\b(?:avant "
    r"de|pour) (?:vous )?(?:payer|r[ée]gler)",
    # Never ordered: "nous n'avons jamais passé cette commande", "aucun bon de commande".
    r"\bn'(?:ai|avons|a|avions|avait) (?:jamais|pas|aucunement) (?:pass[ée]|fait|sign[ée]|"
    r"[ée]mis|envoy[ée]|valid[ée]|accept[ée]) (?:de |d'|cette |la |le |ce |une |un |aucun\w* )?"
    r"(?:commande|bon de commande|contrat|devis|ordre)s?\b|\baucun (?:bon de commande|devis "
    r"(?:sign[ée]|accept[ée])|contrat sign[ée]|ordre de service)\b",
    # The same invoice again: "identique à la F-2025-311", "la même facture que la 118".
    r"\b(?:identique|pareille|semblable|m[êe]me facture) (?:[àa]|que) (?:(?:la |le |celle |"
    r"l')?(?:facture |n[°º] ?|no\.? )?(?:[a-z]{1,4}[- ]?)?\d|[^.]*\bd[ée]j[àa]\b)|\bdoublons?\b",
    # Never agreed: "ils n'ont jamais été mentionnés", "absent du devis".
    r"\b(?:n'(?:ont|a|avaient|avait)|ne (?:sont|est)) jamais (?:[ée]t[ée] )?(?:(?:mentionn|"
    r"annonc|accept|indiqu|signal|communiqu|[ée]voqu|pr[ée]cis|n[ée]goci|valid|sign|demand|"
    r"command)[ée]|pr[ée]vu|convenu)e?s?\b",
    r"\bne (?:figurai(?:en)?t|[ée]tai(?:en)?t|sont|est|figure(?:nt)?) (?:pas|nullement|"
    r"aucunement) (?:pr[ée]vue?s? |inclu(?:se?|s) |mentionn[ée]e?s? )?(?:dans|sur|au) (?:le |la |"
    r"notre |votre |l')?(?:devis|contrat|offre|bon de commande|commande|proposition|tarif)\b",
    # The contract says otherwise: "d'après l'article 4 du contrat", "n'est dû qu'après".
    r"\b(?:article|clause|art\.|paragraphe|alin[ée]a) \d+\w*(?:\.\d+)? (?:du|de notre|de votre|"
    r"des|de nos|de vos|de la) (?:contrat|conditions|cgv|march[ée]|convention|accord|bon de "
    r"commande|devis|cahier des charges)\b|\bn'(?:intervient|est (?:d[ûu]e?|exigible|payable))"
    r" qu'(?:apr[èe]s|[àa] (?:la |l')?(?:r[ée]ception|livraison|validation|ach[èe]vement|"
    r"lev[ée]e|fin))",
    r"^(?!.*\b(?:virement|paiement|pr[ée]l[èe]vement|r[èe]glement|versement|ch[èe]que|"
    r"d[ée]p[ôo]t|rendez-vous|r[ée]union|appel)s?\b).*?\bn'(?:a|ont) (?:jamais|pas|"
    r"toujours pas|pas encore) eu lieu\b",
    # Pay once it is set right: "réparez d'abord la fuite", "remplacez la pièce et je vous
    # paie", "je paierai quand la porte sera réparée".
    r"\b" + _FIX + r" d'abord\b|\b" + _FIX + r"\b.{0,60}?\b(?:et|ensuite|apr[èe]s|puis|alors) "
    + _WE_PAY,
    r"\b" + _WILL_PAY + r" (?:\w+ )?(?:quand|lorsque|une fois que|d[èe]s que|apr[èe]s que) "
    r"(?:\w+ ){0,4}?(?:vous aurez|sera|seront) (?:\w+ )?(?:r[ée]par|termin|fini|corrig|livr|"
    r"remplac|rectifi|achev|refait|repris|[ée]chang|install)\w*",
    # Not before it is set right: "je ne réglerai pas avant que ce soit réparé", "j'attends que
    # la fuite soit réparée", "on paye quand ça va être fini".
    r"\bne (?:vous )?(?:la |le |les |rien )?(?:paierai|payerai|r[ée]glerai|paierons|payerons|"
    r"r[ée]glerons|paiera|r[ée]glera|paie|paye|r[èe]gle|payons|r[ée]glons|verserai|verserons)"
    r" (?:rien |pas |plus |quoi que ce soit )?(?:avant|tant) (?:que|qu')",
    r"\b(?:j'attends|nous attendons|on attend|j'attendrai|nous attendrons|on va attendre|je vais "
    r"attendre) (?:que |qu')?.{0,60}?\b(?:soi(?:en)?t|ai(?:en)?t [ée]t[ée]|va [êe]tre|vont "
    r"[êe]tre) (?:\w+ )?" + _SET_RIGHT,
    r"\b" + _WILL_PAY + r" (?:\w+ )?(?:quand|lorsque|une fois que|d[èe]s que|apr[èe]s que) "
    r"(?:\w+ ){0,4}?(?:va|vont) [êe]tre (?:\w+ )?" + _SET_RIGHT,
    # Still broken since the visit: "refait le même bruit depuis votre passage".
    r"\b(?:toujours|encore|exactement|refait|refont|a|ont|fait|font) (?:exactement )?(?:le "
    r"m[êe]me|la m[êe]me|les m[êe]mes) (?:bruit|probl[èe]me|souci|panne|fuite|d[ée]faut|"
    r"sympt[ôo]me|erreur|code)s?\b.{0,40}\bdepuis (?:votre|son|leur|le|la) (?:passage|"
    r"intervention|visite|r[ée]paration|d[ée]pannage|venue)\b",
    # Unfinished, as said in Quebec and aloud: "la job est pas finie", "c'est pas posé".
    r"\b(?:job|jobbe|travail|travaux|chantier|ouvrage|r[ée]paration|installation|r[ée]novation)"
    r" (?:\w+ )?(?:est|sont) (?:toujours |encore |m[êe]me )?pas (?:encore )?(?:fini|termin[ée]|"
    r"achev[ée]|compl[ée]t[ée]|faite?)e?s?\b",
    # Missing from a delivery: "il manque deux cartons", "il manque une palette sur la livraison".
    r"\bil (?:en )?manque (?:un|une|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|douze|"
    r"quinze|vingt|quelques|plusieurs|des) (?:\w+ )?" + _PACKED + r"\b",
    r"\bil (?:en )?manque\b.{0,40}\b(?:sur|dans|[àa]) (?:la|le|notre|ma|mon|votre|cette|ce) "
    r"(?:livraison|commande|colis|envoi|palette|exp[ée]dition)\b",
    # A discount agreed and left out: "appliquer la remise de 15 % convenue".
    r"\b(?:appliquer|appliquez|d[ée]duire|d[ée]duisez|d[ée]compter|tenir compte de|oubli[ée]|"
    r"pas appliqu[ée]|pas d[ée]duit|omis) (?:de |d')?(?:la|le|l'|notre|ma|mon|votre|cette|ce) "
    r"(?:remise|r[ée]duction|rabais|ristourne|escompte|geste)\b",
    r"\b(?:remise|r[ée]duction|rabais|ristourne|escompte)s? (?:\w+ ){0,4}(?:convenu|promis|"
    r"accord[ée]|n[ée]goci[ée]|n[ée]goci[ée])e?s? (?:avec|par|lors|au|[àa] la|sur)\b",
    # Billed against the facts: "vous avez appliqué une TVA à 20 % alors que c'est 10 %".
    r"\bvous (?:me |nous )?(?:avez )?(?:appliqu[ée]z?|compt[ée]z?|calcul[ée]z?|"
    r"ajout[ée]z?|factur[ée]z?|r[ée]clam[ée]z?) .{0,60}?\b(?:alors (?:que|qu')|au lieu "
    r"d[eu']|et non|tandis que)",
    # Only so much done, more billed: "n'est resté que 20 minutes et vous facturez deux heures".
    r"\bn'(?:est|sont|a|ont|ai|avons) (?:\w+ )?(?:que |qu')(?:\d+|une?|deux|trois|quatre|cinq|dix|"
    r"quinze|vingt|trente|quelques) .{0,60}?\b(?:et|mais|alors que|pourtant|or) (?:vous )?"
    r"(?:me |nous )?(?:factur|compt|r[ée]clam|demand)\w*",
    # Cancelled sessions billed: "les cours ont été annulés trois semaines".
    r"\b(?:cours|s[ée]ances?|le[çc]ons?|activit[ée]s?|ateliers?|stages?|entra[iî]nements?|"
    r"rendez-vous|visites?|passages?|tourn[ée]es?|ramassages?) (?:\w+ ){0,3}(?:ont|a|sont|est) "
    r"(?:[ée]t[ée] )?(?:annul[ée]|supprim[ée]|report[ée])e?s?\b.{0,60}\bvous (?:me |nous )?"
    r"(?:factur|compt|r[ée]clam|demand|pr[ée]lev)\w*",
    r"\bvous (?:me |nous )?(?:facturez|comptez|r[ée]clamez|avez factur[ée]) (?:quand m[êe]me )?"
    r"(?:le mois entier|le mois complet|tout le mois|la totalit[ée]|l'ann[ée]e enti[èe]re|le "
    r"trimestre entier|plein tarif)\b",
    r"\bn'est pas (?:correct|juste)e?\b|\btrop élevé\b",
    # Two invoices for one job: "deux factures pour la même intervention".
    r"\b(?:deux|2|trois|3|plusieurs) factures (?:\w+ ){0,2}(?:pour|sur|concernant) (?:la|le|les) "
    r"m[êe]mes? \w+|\bm[êe]me montant,? m[êe]me (?:libell[ée]|objet|r[ée]f[ée]rence|date)\b",
    # How long the job took, set against the bill: "le technicien est resté trois quarts
    # d'heure", "il n'est venu que 20 minutes".
    r"^(?!.*\b(?:merci|efficace|rapide\w*|parfait|super|bravo|impeccable|satisfaite?s?|"
    r"contente?s?|vite)\b).*?\b(?:est|sont) (?:rest[ée]|venu|intervenu|pass[ée]|l[àa])e?s? "
    r"(?:\w+ ){0,2}?"
    r"(?:(?:\d+|cinq|dix|quinze|vingt|trente|quarante) ?(?:minutes|min|mn)\b|"
    r"(?:un |trois )?quarts? d'heure|une demi-heure|(?:une|1) petite heure)",
    # Still billed for what went back: "ils sont toujours facturés".
    r"\b(?:est|sont|a [ée]t[ée]|ont [ée]t[ée]) (?:toujours|encore|quand m[êe]me|pourtant|"
    r"malgr[ée] tout|n[ée]anmoins) (?:\w+ )?factur[ée]e?s?\b|\bfactur[ée]e?s? (?:quand m[êe]me|"
    r"malgr[ée] (?:tout|le retour|la reprise))\b",
    r"\b(?:retourn[ée]|renvoy[ée]|rendu|rapport[ée]|restitu[ée])e?s? (?:les|nos|ces|vos) "
    r"(?:\d+|deux|trois|quatre|cinq|six|dix) (?!(?:formulaires?|documents?|contrats?|"
    r"exemplaires?|factures?|bons?|ch[èe]ques?|pages?|dossiers?|courriers?|lettres?)\b)\w+",
    # Pay only for what was delivered: "mais seulement ce qui a été livré".
    r"\b(?:payer|r[ée]gler|paie|paye|r[èe]gle|paierai|paierons|payerai|payerons|r[ée]glerai|"
    r"r[ée]glerons)\b.{0,20}?\b(?:uniquement|seulement|que|"
    r"qu') ce (?:qui|que|qu')\b.{0,30}\b(?:livr|re[çc]u|fait|effectu|r[ée]alis|fourni)",
    r"\bil (?:en )?manque (?:toujours|encore) (?:les |la |le |l'|des |mes |nos |notre |"
    r"ma |mon )(?!(?:\w+ )?(?:jours?|semaines?|mois|temps|argent|sous|fonds|num[ée]ro|"
    r"r[ée]f[ée]rence|iban|rib|facture|document|pi[èe]ce jointe|information|justificatif)s?\b)"
    r"(?:\w+ )?\w+",
    # A discount agreed and missing: "nous avions convenu d'une remise de 15 %".
    r"(?<!comme )\b(?:convenu|n[ée]goci[ée]|promis|accord[ée])e?s? (?:\w+ |\w+\. ){0,4}?"
    r"(?:d'une|d'un|une|un|la|le) (?:remise|r[ée]duction|rabais|ristourne|escompte|prix "
    r"(?:fixe|forfaitaire|sp[ée]cial)|tarif (?:pr[ée]f[ée]rentiel|sp[ée]cial))\b",
    r"\b(?:remise|r[ée]duction|rabais|ristourne|escompte)\b.{0,40}\b(?:ne figure|n'appara[iî]t|"
    r"n'est pas appliqu|n'a pas [ée]t[ée] appliqu)",
    # The contract's rate: "le taux horaire prévu au contrat est de 68 CHF".
    r"^(?!.*\b(?:comme|conform[ée]ment|selon|bien|correct\w*|conforme)\b).*?"
    r"\b(?:taux|prix|tarif|montant|forfait|co[ûu]t)s? (?:\w+ )?(?:pr[ée]vu|convenu|fix[ée]|"
    r"indiqu[ée]|stipul[ée]|inscrit|mentionn[ée]|n[ée]goci[ée])e?s? (?:au|dans le|par le|sur le|"
    r"dans l'|sur l'|au bon de) ?(?:contrat|devis|offre|commande|accord|convention)\b",
    # Holding back payment until it is fixed: "tant que c'est pas réparé je bloque le paiement".
    r"\b(?:je|nous|on|j') ?(?:bloque|bloquons|suspends|suspend|suspendons|retiens|retient|"
    r"retenons|g[èe]le|gelons|ai bloqu[ée]|avons bloqu[ée]|a bloqu[ée]|ai suspendu|avons "
    r"suspendu|a suspendu) (?:le|mon|notre|tout|les|ce) (?:paiement|r[èe]glement|versement|"
    r"virement)s?\b",
    r"\btant (?:que|qu') (?:\w+ |\w+'){0,4}?(?:pas|n'est pas|ne sera pas|ne sont pas|n'a pas "
    r"[ée]t[ée]) (?:encore )?" + _SET_RIGHT,
    r"\bne (?:paierons|paierai|payerons|payerai|réglerons|réglerai) pas\b(?! avant)|\blitige\b|"
    r"\bréclamation\b|\bpas d'accord\b|\berreur (?:sur|dans) (?:la|votre) facture\b|"
    r"\bfactur\w+ (?:deux fois|en double)\b|\bdéfectueu\w+\b|\bnon conforme\b|"
    r"\bjamais (?:reçu|commandé|livré)\b(?! (?:la|votre|cette|une|le|vos) (?:facture|relance|"
    r"copie|mail|e-?mail|rappel|courrier))|\bdoublon\b|\bun avoir\b|\bannuler (?:la|cette|notre) "
    r"facture\b",
    # Nobody came back to finish: "personne n'est revenu", "il n'est jamais repassé".
    r"\b(?:personne|aucun (?:technicien|ouvrier|artisan|plombier|[ée]lectricien|r[ée]parateur|"
    r"d[ée]panneur|installateur|livreur)) (?:n')?est (?:jamais |plus )?(?:re)?(?:venu|pass[ée]|"
    r"intervenu)\b(?! (?:vers|me |nous |sur ))|\b(?:technicien|ouvrier|artisan|plombier|"
    r"[ée]lectricien|r[ée]parateur|"
    r"d[ée]panneur|installateur|[ée]quipe|livreur|chauffagiste)s? (?:\w+ ){0,2}n'(?:est|sont) "
    r"(?:jamais|pas|toujours pas|plus) (?:re(?:venu|pass[ée])|revenue?s?)\b",
    # Still without what was paid for, and billed: "toujours pas d'eau chaude, et je reçois
    # une facture", "toujours en panne et vous me facturez".
    r"\btoujours (?:pas d(?:e |'|u |es )|sans |en panne\b)(?!(?:\w+ )?(?:r[ée]ponse|nouvelles?|"
    r"retour|facture|rib|iban|num[ée]ro|copie|virement|paiement|salaire|travail|emploi|"
    r"argent|fonds|sous)\b).{0,100}?\b(?:(?:je re[çc]ois|j'ai re[çc]u|on re[çc]oit|nous "
    r"recevons|nous avons re[çc]u|vous (?:me |nous |m')?(?:envoy|demand)\w*) (?:\w+ )?(?:une |"
    r"la |votre |cette |vos |des )?(?:factures?|relances?|rappels?|notes?)\b|(?:vous (?:me |"
    r"nous )?|on (?:me |nous ))(?:factur|r[ée]clam)\w*)",
    r"\bne correspond\w* pas\b|(?<!virement )(?<!paiement )(?<!règlement )(?<!transfert )"
    r"(?<!dépôt )(?<!depot )"
    r"\bn'a (?:jamais |pas )?(?:jamais |pas )?été (?:réalisé|effectué|"
    r"livré|terminé|fait|commandé)e?s?\b|\bne (?:reconnaissons|reconnais) pas\b|\bn'avons "
    r"(?:jamais |pas )reçu (?:la|le|les|notre|nos) (?:marchandise|commande|colis|livraison|"
    r"produit|matériel)s?\b|\b(?:endommag|abîm)\w+\b|\b(?:fendu|fissuré|rayé|"
    r"cassé)e?s?\b(?! (?:la tête|les pieds))|\bfacturé\w* (?:deux fois|à tort|en trop)\b",
    # A fault still there, less time than billed, a price not the agreed one ("La fuite est
    # toujours là", "votre technicien est resté à peine deux heures", "Le tarif horaire appliqué
    # n'est pas celui du contrat", "Vous appelez ça « réparé » ?")
    r"\b(?:la fuite|le probl[èe]me|la panne|le défaut|l'humidité|la tache|le bruit) est toujours "
    r"(?:là|présente?)\b|\b(?:rest[ée]|venu|travaillé|intervenu)e?s? (?:à peine|seulement|tout au "
    r"plus) (?:\d+|une?|deux|trois|quatre) (?:heures?|h|jours?|fois)\b|\b(?:le |ce )?(?:prix|"
    r"tarif|montant|taux)(?: horaire)?(?: appliqué| facturé)? n'est pas (?:celui|le bon)\b|"
    r"\bvous appelez (?:ça|cela)\b[^.?]{0,15}(?:r[ée]par|fini|termin|propre|un travail)|\bpas "
    r"(?:le )?souvenir d'avoir command[ée]\b|\bmanqu\w+\b[^.]{0,15}\bla moiti[ée] (?:des|du|de "
    r"la)\b",
)

_PAID = (
    # "Le virement est parti hier", "a donné l'ordre de paiement mercredi dernier", "jai fait
    # le virement la semaine passée"
    r"\b(?:virement|paiement|ch[èe]que|versement)\b[^.]{0,40}\best parti\b|\b(?:a|avons|ai) "
    r"donn[ée] l'ordre de (?:paiement|virement)\b|\b(?:j'?ai|nous avons|on a) fait (?:le|un) "
    r"(?:virement|paiement|versement)\b",
    # "Il s'est croisé avec notre paiement, parti ce lundi"
    r"\bcrois[ée]e?s? avec (?:notre|mon) (?:paiement|virement|r[èe]glement|ch[èe]que)\b",
    # A sentence that opens with a participle: "Réglé hier par carte", "Payé par TWINT".
    r"^\W*(?:d[ée]j[àa] |bien |tout )?" + _PAID_START + r"(?= (?:hier|avant-hier|ce "
    r"(?:matin|midi|soir|jour|week-end)|aujourd'hui|tout [àa] l'heure|tant[ôo]t|[àa] l'instant|"
    r"la semaine (?:derni[èe]re|pass[ée]e)|le mois dernier|le \d+|lundi|mardi|mercredi|jeudi|"
    r"vendredi|samedi|dimanche|par|via|en ligne|avec|depuis|il y a|sur (?:votre|le|ton)|"
    r"int[ée]gralement|en totalit[ée]|en entier|\d+|en m[êe]me temps|en un (?:seul )?"
    r"(?:versement|virement|paiement))\b)(?![^.,;]{0,40}\bprochain)",
    # Typed fast: "c fait jai payé", "g payé hier".
    r"\b(?:jai|j ai|g) (?:d[ée]j[àa] |bien |tout )?(?:pay[ée]|r[ée]gl[ée]|vir[ée]|envoy[ée])\b|"
    r"^\W*c (?:fait|pay[ée]|r[ée]gl[ée])\b|\b(?:jai|j ai|j'ai|g|on a|nous avons) d[ée]j[àa] "
    r"(?:tout )?(?:payer|r[ée]gler|virer)\b",
    r"\bc'est (?:d[ée]j[àa] |bien |tout |enfin )?(?:pay[ée]|r[ée]gl[ée]|vir[ée]|sold[ée]|"
    r"fait|parti|envoy[ée])\b",
    # "J'ai fait un virement", "nous avons lancé le paiement".
    r"\b(?:j'ai|nous avons|on a|ai|avons|a|ont|avions|avait)\s+(?:\w+ ){0,2}(?:fait|pass[ée]|"
    r"lanc[ée]|initi[ée]|ordonn[ée]|[ée]mis|donn[ée]|transmis|d[ée]pos[ée]|post[ée]|"
    r"exp[ée]di[ée]|envoy[ée]|effectu[ée]|r[ée]alis[ée]) (?:\w+ ){0,2}(?:virements?|paiements?|"
    r"r[èe]glements?|ch[èe]ques?|versements?|transferts?|d[ée]p[ôo]ts?|ordres? de (?:virement|"
    r"paiement)|le n[ée]cessaire)\b",
    r"\b(?:j'ai|nous avons|on a|ai|avons|a|ont|avions|avait)\s+(?:\w+ ){0,3}"
    r"(?:pay[ée]|r[ée]gl[ée]|vir[ée]|vers[ée]|sold[ée]|acquitt[ée]|honor[ée]|transf[ée]r[ée]|"
    r"rembours[ée]|envoy[ée])(?:e?s?)\b(?<!\bpayee)(?<!\bpayees)(?! (?:nos|mes|ses|leurs) "
    r"(?:engagements|obligations|commandes))(?! (?:la|votre|cette|le|les|vos) (?:facture|relance|"
    r"courriel|mail|message|rappel)s?\b)",
    # Just now: "je viens de vous payer via le lien".
    r"\b(?:je|nous|on) (?:viens|venons|vient) (?:tout juste |juste )?d(?:e |')(?:vous |te )?"
    r"(?:la |le |les )?(?:payer|r[ée]gler|virer|verser|solder|acquitter|faire (?:le|un) "
    r"(?:virement|paiement|versement)|effectuer (?:le|un) (?:virement|paiement|versement))\b",
    # "La facture a été acquittée", "le prélèvement est passé".
    r"\b(?:a|ont|avons|ai|avait|avaient) (?:bien |d[ée]j[àa] |donc |enfin )?[ée]t[ée] "
    r"(?:\w+ )?" + _PAID_PARTICIPLE + r"\b",
    r"(?<!on )\b(?:est|sont) (?:bien |d[ée]j[àa] |donc |enfin |maintenant |tout )?"
    r"(?:acquitt[ée]|sold[ée]|pay[ée]|r[ée]gl[ée])e?s?\b",
    r"\b(?:pr[ée]l[èe]vements?|virements?|paiements?|ch[èe]ques?|r[èe]glements?|versements?|"
    r"transferts?|d[ée]bits?|d[ée]p[ôo]ts?|montant|argent|somme|fonds) (?:\w+ ){0,3}(?:est|"
    r"sont|a [ée]t[ée]|"
    r"ont [ée]t[ée]) (?:bien |d[ée]j[àa] |donc |enfin )?(?:pass[ée]|parti|d[ée]bit[ée]|"
    r"pr[ée]lev[ée]|encaiss[ée]|sorti|ex[ée]cut[ée]|effectu[ée]|envoy[ée]|valid[ée]|fait|"
    r"[àa] la poste|dans (?:le|la) (?:courrier|poste|bo[iî]te))e?s?\b",
    # "Montant versé ce jour sur votre compte".
    r"\b(?:montant|somme|solde|totalit[ée]|reste|acompte|paiement|virement|r[èe]glement|"
    r"facture)s? (?:\w+ ){0,2}" + _PAID_PARTICIPLE + r" (?:ce (?:jour|matin|midi|soir)|"
    r"aujourd'hui|hier|le \d+|par|sur|via|en ligne|depuis|il y a|int[ée]gralement|en m[êe]me "
    r"temps|avec (?:la|le|les|celle|celui)|en un (?:seul )?(?:versement|virement|paiement))\b",
    # "Ci-joint la preuve de paiement".
    r"\b(?:preuve|justificatif|r[ée]c[ée]piss[ée]|capture(?: d'[ée]cran)?) "
    r"(?:de |du |d')(?:mon |notre |l')?(?:paiement|virement|r[èe]glement|versement|transfert|"
    r"d[ée]p[ôo]t|ordre)\b",
    r"\b(?:ci-joint|ci-jointe?s?|ci joint|en pi[èe]ce jointe|en pj|vous trouverez)\b.{0,40}"
    r"\b(?:confirmation|copie|relev[ée]|re[çc]u|ordre)\b.{0,30}\b(?:paiement|virement|"
    r"r[èe]glement|versement|banque|bancaire)",
    r"\b(?:d[ée]p[ôo]t|transfert|virement|paiement|versement|r[èe]glement|ch[èe]que|"
    r"pr[ée]l[èe]vement)s? (?:\w+ )?(?:fait|faits|effectu[ée]e?s?|r[ée]alis[ée]e?s?|"
    r"pass[ée]e?s?|parti|partis)\b",
    r"\b(?:pr[ée]l[èe]vements?|virements?|paiements?|ch[èe]ques?|r[èe]glements?|versements?|"
    r"transferts?|d[ée]p[ôo]ts?) (?:\w+ ){0,3}(?:a [ée]t[ée]|ont [ée]t[ée]|est|sont) (?:bien |"
    r"d[ée]j[àa] )?(?:adress[ée]|exp[ée]di[ée]|post[ée]|initi[ée]|transmis|lanc[ée]|"
    r"ordonn[ée]|remis)e?s?\b",
    r"\b(?:s'est|se sont|me suis|nous sommes|m'en suis|s'en est) (?:d[ée]j[àa] |bien )?"
    r"(?:occup[ée]|charg[ée])e?s? (?:du |de la |des |de l')(?:paiement|virement|r[èe]glement|"
    r"facture|versement)",
    r"\b(?:ai|avons|a) (?:\w+ ){0,2}(?:payé|réglé|viré|envoyé|effectué|procédé au (?:paiement|"
    r"virement|règlement))\b",
    r"^\W*(?:pay[ée]e?|réglée?|virée?)\W*$",
    r"\b(?:j'ai|nous avons|on a) (?:\w+ ){0,2}(?:payé|réglé|viré|envoyé|effectué)\b|"
    r"\b(?:a|ont) été (?:\w+ )?(?:effectué|payé|réglé|viré|envoyé)e?s?\b|\bdéjà (?:payé|réglé)\b",
    r"\b(?:paiement|virement|règlement|versement)\s+(?:a été |est )?(?:effectué|réalisé|envoyé|"
    r"fait|passé|parti)e?\b|"
    r"\b(?:virement|paiement|chèque|cheque|règlement)\b(?: \w+){0,2} (?:est|a été) (?:\w+ )?"
    r"(?:parti|envoyé|effectué|fait)e?\b",
)

_PLAN = (
    r"\bmoiti[ée] (?:maintenant|aujourd'hui|tout de suite)\b",
    r"\b(?:en|par) (?:plusieurs|petit(?:e)?s|quelques|\d+|deux|trois|quatre|cinq|six|dix|douze) "
    r"(?:fois|versements|paiements|mensualit[ée]s|tranches|[ée]ch[ée]ances|acomptes|parties|"
    r"temps|mois)\b",
    r"\b(?:tout|la totalit[ée]|l'int[ée]gralit[ée]|le tout|la somme|le montant)\b.{0,20}"
    r"\b(?:en une (?:seule )?fois|d'un (?:seul )?coup)\b|\b(?:payer|r[ée]gler) (?:\w+ )?"
    r"(?:en une (?:seule )?fois|d'un (?:seul )?coup)\b",
    r"\bacomptes?\b|\bpar tranches?\b|\b[ée]ch[ée]ancier\b|\b[ée]talement\b|\b[ée]tal(?:er|ons)\b|"
    r"\bplan de (?:paiement|remboursement|r[èe]glement|versement)s?\b|\bentente de paiement\b|"
    r"\bfacilit[ée]s? de paiement\b|\barrangement\b|\bs'arranger\b|\barranger (?:pour|avec)\b",
    r"\b(?:un |d'un )?(?:report|d[ée]lai|sursis|r[ée]pit)\b (?:de (?:paiement|gr[âa]ce)|"
    r"suppl[ée]mentaire|d'(?:un|une|deux|trois|quelques)|de (?:\d+|deux|trois|quatre|quelques|"
    r"quinze) (?:jours|semaines|mois))|\bd[ée]lai de gr[âa]ce\b",
    r"\b(?:accorder|donner|laisser|octroyer|consentir)\b (?:\w+ ){0,2}(?:un d[ée]lai|un report|"
    r"un peu (?:de|plus de) temps|plus de temps|quelques (?:jours|semaines|mois)|"
    r"jusqu'(?:au|[àa]))",
    r"\b(?:quelques|deux|trois|\d+) (?:jours|semaines|mois) (?:de plus|suppl[ée]mentaires)\b|"
    r"\bun peu (?:plus )?de temps\b",
    # Regular payments.
    r"\b(?:[àa] chaque|chaque) (?:paye|paie|salaire|mois|semaine|quinzaine|fin de mois)\b|"
    r"\btoutes les (?:deux|2|trois|3|quatre|4) semaines\b|\btous les (?:mois|quinze jours|"
    r"15 jours|deux mois)\b|\baux (?:deux|2|trois|3|quatre|4) (?:semaines|mois)\b|"
    r"\baux (?:quinze|15) jours\b|\bmensuellement\b|\bhebdomadaire\w*\b|\bpar semaine\b",
    # Part now, the rest later.
    r"\b(?:la moiti[ée]|une partie|un (?:premier|petit) versement|une premi[èe]re partie)\b"
    r".{0,60}\b(?:le reste|le solde|l'autre moiti[ée]|la suite)\b",
    r"\b(?:le reste|le solde|l'autre moiti[ée])\b (?:\w+ ){0,2}(?:le \d|fin|d[ée]but|mi-|en|"
    r"[àa] la|d'ici|dans|la semaine|le mois|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)",
    # Hardship.
    r"\b(?:au|en) ch[ôo]mage\b|\bsans emploi\b|\bperdu (?:mon|notre|son) (?:emploi|travail|"
    r"boulot|job|poste)\b|\blicenci[ée]e?s?\b|(?<!tais en )(?<!t[ée] en )\barr[êe]t (?:maladie|de "
    r"travail)\b",
    r"\bdifficult[ée]s? (?:financi[èe]res?|de tr[ée]sorerie|passag[èe]res?|[ée]conomiques?)\b|"
    r"\bp[ée]riode (?:difficile|compliqu[ée]e)\b|\bmoment difficile\b|\bprobl[èe]mes? "
    r"(?:de tr[ée]sorerie|financiers?|d'argent)\b|\btr[ée]sorerie (?:tendue|difficile|"
    r"serr[ée]e)\b|\bpas les moyens\b|\bfins? de mois difficiles?\b",
    r"\bne (?:peux|pouvons|peut) pas (?:tout |encore )?(?:payer|r[ée]gler|verser) (?:\w+ )?"
    r"(?:la totalit[ée]|l'int[ée]gralit[ée]|tout|en une fois|maintenant|pour (?:le|l')|"
    r"ce mois|imm[ée]diatement|tout de suite)|\b(?:j'peux|j'peut|je peux|on peut) pas tout\b",
    r"\b(?:\d+|deux|trois|quatre|cinq|six|plusieurs|petits|quelques) (?:versements|paiements|"
    r"mensualit[ée]s|[ée]ch[ée]ances|acomptes|tranches)\b|\bpetit [àa] petit\b|\bpeu [àa] peu\b",
    r"\b(?:patienter|attendre) (?:encore )?(?:un peu|quelques (?:jours|semaines|mois)|"
    r"jusqu'(?:[àa]|au|en)|\d+ (?:jours|semaines|mois)|la fin)",
    r"\bsituation (?:financi[èe]re )?(?:difficile|compliqu[ée]e|pr[ée]caire|d[ée]licate)\b|"
    r"\bsans (?:emploi|travail|revenus?|boulot)\b|\bpas (?:les|assez de) (?:fonds|moyens|sous|"
    r"liquidit[ée]s)\b|\b[àa] court d'argent\b",
    r"\ben (?:deux|trois|quatre|plusieurs|\d+) fois\b|\béchelonn\w+\b|\bétaler\b|"
    r"\bmensualités?\b|\bplus de temps\b|\bdélai (?:de paiement|supplémentaire)\b|\bpar mois\b",
    # "nous sollicitons un report d'échéance de 60 jours".
    r"\b(?:report|prorogation|prolongation|d[ée]calage|repousser|reporter|d[ée]caler|"
    r"proroger|prolonger)s? (?:de |d'|du |de la )?(?:l'|la |le |notre |mon |ma )?(?:[ée]ch[ée]ance|"
    r"date (?:de paiement|limite|d'[ée]ch[ée]ance)|d[ée]lai de paiement|paiement)s?\b",
)

_PROMISE = (
    # "je vous remettrai le chèque à ce moment-là"
    r"\bje vous (?:remettrai|donnerai|apporterai) (?:le|un|votre) (?:chèque|paiement|"
    r"règlement|montant|argent)\b",
    # "Je fais le virement tout de suite", "On vous paie dans la semaine"
    r"\bje (?:fais|lance|passe|envoie) le (?:virement|paiement|r[èe]glement) (?:tout de suite|"
    r"aujourd'hui|demain|ce (?:soir|matin|week-end)|dans la (?:journée|semaine)|lundi|mardi|"
    r"mercredi|jeudi|vendredi)\b|\bon vous (?:paie|paye|r[èe]gle|vire)\b",
    r"\bje passe\b[^.]{0,40}\bavec (?:le|un|mon) (?:ch[èe]que|r[èe]glement|paiement)\b",
    # "Ce sera payé au plus vite", "je vous paie dès que possible"
    r"\b(?:pa[iy]\w*|r[èé]gl\w+|vir\w+|vers\w+)\b[^.?!]{0,30}?\b(?:au plus vite|d[èe]s que "
    r"possible|au plus t[ôo]t|dans les plus brefs d[ée]lais|d[èe]s que (?:je|nous|on) "
    r"(?:peux|pourrai|pouvons|pourrons|peut|pourra))\b",
    r"\b(?:paier|payer|r[ée]gler|r[èe]gler|verser|virer|transf[ée]rer|solder|rembourser|"
    r"acquitter|honorer|r[ée]gulariser|effectuer|proc[ée]der|proc[èe]der)(?:ai|ons|a|ont)\b",
    r"(?<!si )\b(?:je|j'|nous|on) (?:peux|pouvons|peut|pourrai|pourrons|pourrais|pourrions) "
    r"(?:vous |te |la |le |les |vous la |vous le )?(?:payer|r[ée]gler|virer|verser|solder|"
    r"faire (?:le|un) (?:virement|paiement|versement))\b(?! (?:par|avec|via|en ligne|"
    r"directement|au|chez|sur|en (?:esp[èe]ces|liquide|cash|plusieurs|deux|trois)))",
    r"\b(?:facture|montant|somme|solde|reste|totalit[ée]|dette|note|arri[ée]r[ée])s? (?:\w+ ){0,3}"
    r"(?:sera|seront|va [êe]tre|vont [êe]tre|devrait [êe]tre|devraient [êe]tre) (?:\w+ )?"
    r"(?:r[ée]gl[ée]|pay[ée]|sold[ée]|vir[ée]|vers[ée]|honor[ée]|acquitt[ée]|trait[ée]|"
    r"int[ée]gr[ée]|inclus|mise? en paiement)\w*",
    r"\bc'est promis\b|^\W*promis\b|\bpromis(?: jur[ée])?\W*$|\bje (?:vous |te )?(?:le )?"
    r"promets\b|\bnous (?:vous )?(?:le )?promettons\b|\bje m'y engage\b|\bsans faute\b|"
    r"\bcomptez sur (?:moi|nous|un|le|mon|notre)\b|\bje m'engage [àa]\b",
    r"\ble temps que (?:l'argent|les fonds|mon salaire|ma paie|ma paye|le virement|la paie)\b|"
    r"\b(?:d[èe]s|aussit[ôo]t) (?:que|qu') ?(?:je |j'|nous |on )(?:touche|toucherai|re[çc]ois|"
    r"recevrai|recevons|aurai|aurons) (?:\w+ ){0,2}(?:salaire|paie|paye|fonds|argent|"
    r"allocations?|pension|retraite|prime)\b",
    r"\b(?:je|nous|on) (?:vous |te )?(?:fais|faisons|fait|lance|lan[çc]ons|envoie|envoyons|"
    r"r[èe]gle|r[ée]glons|paie|paye|payons|verse|versons|vire|virons) (?:\w+ ){0,2}(?:virement|"
    r"paiement|r[èe]glement|ch[èe]que|versement|[çc]a|montant|somme|solde|reste|facture|total|"
    r"tout|argent|n[ée]cessaire)\b (?:\w+ ){0,2}(?:demain|ce soir|"
    r"aujourd'hui|cette semaine|la semaine prochaine|lundi|mardi|mercredi|jeudi|vendredi|"
    r"samedi|dimanche|le \d|avant|d'ici|sous|dans|d[èe]s|fin|d[ée]but)",
    r"\b(?:demain|apr[èe]s-demain|ce soir|d'ici|prochain\w*|lundi|mardi|mercredi|jeudi|vendredi|"
    r"samedi|dimanche)\b(?: \w+){0,3},? c'est (?:pay|r[ée]gl|vir|sold|fait|envoy)",
    r"\b(?:dans|sous) (?:\w+ )?(?:jours?|semaines?|mois|heures?|quinzaine)\b(?: \w+){0,3},? "
    r"c'est (?:pay|r[ée]gl|vir|sold|fait|envoy)",
    r"\bvous (?:serez|allez [êe]tre) (?:pay[ée]|r[ée]gl[ée]|rembours[ée])e?s?\b|\bvous "
    r"(?:recevrez|aurez|allez recevoir|allez avoir) (?:\w+ |l'|d'){0,2}(?:paiement|virement|"
    r"r[èe]glement|ch[èe]que|argent|fonds|versement|montant|somme|d[ûu])\b",
    r"\b(?:je|nous|on) (?:passe|passerai|passerons|viens|viendrai|passons|passe demain) "
    r"(?:vous )?(?:(?:au|[àa] la|[àa] l'|chez|[àa] votre) (?:\w+ ){1,2})?(?:payer|r[ée]gler)\b",
    # A day first, then the present for the future: "le 3, je vous règle tout".
    r"\b(?:le \d{1,2}|demain|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|ce soir|"
    r"cet apr[èe]s-midi)\b[^.?!]{0,15}?(?:je|nous|on|j') ?(?:vous |te )?(?:r[èe]gle|paie|paye|"
    r"vire|verse|r[ée]glons|payons|virons|versons) (?:tout|le tout|la totalit[ée]|le solde|"
    r"le reste|la facture|le montant|la somme|l'int[ée]gralit[ée])\b",
    r"\b(?:je|nous) (?:vais|allons) (?:\w+ )?(?:payer|régler|virer|effectuer|faire|envoyer)\b|"
    r"\b(?:paierai|payerai|réglerai|règlerai|virerai|effectuerai|paierons|payerons|réglerons|"
    r"enverrai|enverrons)\b|\b(?:virement|paiement|règlement|chèque)\b(?: \w+){0,3} "
    r"(?:sera|partira|va partir|arrivera)\b",
)

_ACKNOWLEDGED = (
    r"\breviendr(?:ons|ai) vers vous\b",
    r"^\W*not[ée]\b",
    # "mon fils s'occupe de mes factures je lui fais suivre"
    r"\bje (?:lui|leur) (?:fais|fait|ferai) suivre\b|\bje (?:lui|leur) (?:transmets|"
    r"transf[èe]re)\b",
    r"\b(?:pris|prends|prenons) (?:bonne )?note\b|\bc'est not[ée]\b|\bbien not[ée]\b|"
    r"\bbien re[çc]u\b|\bbien compris\b",
    r"\b(?:s'en|m'en|nous en|on s'en) (?:occupe|occupons|charge|chargeons)\b|"
    r"\bje m'en (?:occupe|charge)\b",
    r"\bj(?:e|')(?: vais)? (?:y )?jet(?:te|er) un (?:[œo]e?il|coup d'[œo]e?il)\b|"
    r"\bje (?:vais )?(?:regarder|v[ée]rifier|voir (?:[çc]a|cela)|examiner|[ée]tudier|me "
    r"pencher|me renseigner)\b|\bje vois (?:[çc]a|cela|ca) avec\b",
    r"\b(?:nous|on) (?:regardons|v[ée]rifions|allons (?:regarder|v[ée]rifier|voir)|va "
    r"(?:regarder|v[ée]rifier|voir))\b|\bje (?:reviens|reviendrai|reviens rapidement) vers vous\b|"
    r"\bnous (?:revenons|reviendrons) vers vous\b|\bje vous (?:recontacte|tiens au courant|"
    r"tiendrai au courant|redis)\b",
    r"\bje (?:fais|ferai) (?:suivre|passer)\b|\b(?:transmets|transmettons|transf[èe]re|"
    r"faisons suivre)\b|\bj'ai (?:bien )?(?:pris connaissance|transmis|fait suivre)\b",
    r"^\W*(?:d'accord|entendu|re[çc]u|compris|parfait|tr[èe]s bien|[çc]a marche|"
    r"pas de (?:souci|soucis|probl[èe]me))\b",
    r"\bmerci (?:pour|de) (?:le |ce |votre |l'|la |cette )(?:rappel|relance|message|courriel|mail|"
    r"e-?mail|info\w*|notification|petit mot)\b",
    r"^\W*(?:message|courriel|mail|e-?mail|relance|rappel) (?:bien )?re[çc]us?\b|"
    r"\bj'en (?:parle|parlerai|discute|discuterai)\b|\bje (?:vais )?(?:en parler|en discuter) "
    r"(?:avec|[àa])\b",
    r"\bbien reçu\b",
    r"^\W*(?:bien reçu|noté|merci)\W*(?:thanks|thank you|cheers)?\W*$",
    r"\bje (?:transmets|regarde|vérifie)\b|\btransmis\b|\bj'ai transféré\b",
    r"^\W*(?:bien |c'est )?pris en compte\b|\b(?:je|nous|on) (?:fais|faisons|fait|ferai|"
    r"ferons|vais faire|allons faire) (?:le point|un point)\b",
)

_QUESTION_ASK = (
    r"\b(?:pourriez|pouvez|pourrais|peux)-(?:vous|tu) (?:me |m'|nous )?(?:renvoyer|"
    r"faire parvenir|expliquer|pr[ée]ciser|communiquer|d[ée]tailler|donner|transf[ée]rer)\b",
    r"\b(?:merci de|je vous prie de|veuillez) (?:bien vouloir )?(?:me |m'|nous )(?:envoyer|"
    r"renvoyer|transmettre|faire parvenir|indiquer|communiquer|pr[ée]ciser|expliquer|donner)\b",
    r"\b(?:j'aimerais|je voudrais|nous voudrions|nous aimerions|je souhaiterais|"
    r"nous souhaiterions|je souhaite|il me faut|il nous faut|j'ai besoin d') (?:\w+ )?"
    r"(?:avoir|recevoir|obtenir|conna[iî]tre|savoir|une copie|un duplicata|un relev[ée]|"
    r"le d[ée]tail|les coordonn[ée]es|votre iban|votre rib)\b",
    r"\b(?:c'est |ce serait |cela concerne |[çc]a concerne )?pour quel(?:le)?s? (?:commande|"
    r"facture|prestation|livraison|intervention|contrat|dossier|p[ée]riode|mois|article)s?\b",
    r"\b(?:puis-je|peut-on|pouvons-nous|est-ce que|est-il possible|serait-il possible|"
    r"comment (?:faire|puis-je|payer|r[ée]gler|proc[ée]der)|o[ùu] (?:puis-je|dois-je|"
    r"envoyer|payer)|quel(?:le)?s? (?:est|sont)|[àa] quoi correspond)\b",
    r"\b(?:pourriez|pouvez)-vous (?:m'|me |nous )?(?:envoyer|transmettre|"
    r"confirmer|indiquer|dire)\b",
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
    r"ch[èe]que", r"relev[ée]", r"r[ée]f[ée]rence", r"coordonn[ée]es", r"num[ée]ro",
    r"[ée]ch[ée]ance", r"p[ée]nalit[ée]", r"frais", r"devis", r"bon de commande", r"re[çc]u",
    r"quittance", r"lien", r"interac", r"twint", r"carte", r"qr", r"bvr", r"bulletin",
    r"pr[ée]l[èe]vement", r"domiciliation", r"esp[èe]ces", r"solde", r"total", r"duplicata",
    r"r[èe]glement", r"r[ée]gler", r"versement", r"somme", r"[àa] quoi correspond",
    r"au nom de", r"commande", r"livraison", r"intervention",
    r"tva", r"rib", r"facture", r"paiement", r"virement", r"compte", r"montant",
    r"r[ée]capitulatif", r"reste d[ûu]", r"qui [êe]tes[- ]vous", r"qui (?:m'|nous )[ée]crit",
    r"nom de (?:la |votre )?soci[ée]t[ée]", r"t[ée]l[ée]charger", r"d[ée]tail",
)
#: Words that, just before a "paid" phrase, mean it is not paid (yet).
NOT_PAID: tuple[str, ...] = (
    r"\bn'\w+ pas\b", r"\bne \w+ pas\b", r"\bn'\w+ (?:toujours|jamais|rien|plus)\b",
    r"\bn'\w+ (?:encore|toujours) (?:rien|pas|jamais)\b", r"\bne \w+ (?:encore )?rien\b",
    r"\bne \w+ (?:jamais|toujours pas|plus)\b", r"\btoujours pas\b",
    r"\bpas (?:encore )?(?:été|ete)\b",
    r"\bprochain\w*", r"\bdemain\b", r"\bd'ici\b", r"\blorsque\b", r"\blorsqu'", r"\bune fois\b",
    r"\baur(?:ai|ons|a|ez|ont)\b", r"\bdevr\w+", r"\bser(?:ai|ons|ont|ez)\b", r"\bvais\b",
    r"\ballons\b", r"\bapr[èe]s que\b", r"\bavant que\b", r"\bpour que\b", r"\bce soir\b",
    r"\benverr\w+", r"\bfer(?:ai|ons|a)\b", r"\b(?:suis|sommes|on est) pay[ée]",
    r"\b(?:ma|la|notre|sa) pa(?:i|y)e\b", r"\bsalaire\b",
    r"\bpas encore\b", r"\bn'(?:ai|avons) pas\b", r"\bsera\b", r"\bjusqu'à ce\b", r"\bquand\b",
    r"\bdès que\b", r"'ici\b", r"\bdans (?:\w+ )?(?:jours|semaines|mois|heures)\b",
    r"\bau plus tard\b", r"\bmaximum\b",
)
# A fault found with what is billed, anywhere in a reply: "faux", "jamais reçu", "trop".
_FAULT_ANYWHERE = (
    r"[\s\S]*\b(?:faux|fausse|erron\w*|incorrect\w*|inexact\w*|trop|contest\w*|litige|"
    r"r[ée]clamation|avoir|rembours\w*|jamais|d[ée]fectu\w*|cass[ée]e?s?|ab[iî]m[ée]\w*|"
    r"(?:pas|rien) (?:re[çc]u|command[ée]|livr[ée]|fait|fini|termin[ée]))\b"
)
# A mention the law requires, missing or out of date: "il manque notre numéro de TVA",
# "la facture ne porte pas notre SIRET", "l'adresse de facturation est celle de l'ancien siège".
_MENTION_MISSING = (
    r"\b(?:(?:il (?:y )?manque(?: aussi| encore| [ée]galement)?|sans|ne (?:figure|porte|"
    r"mentionne) pas|n'(?:indique|appara[iî]t) pas) (?:notre |le |votre |la |les |l'|nos |mon |"
    r"ma )?(?:num[ée]ro (?:de )?(?:tva|siret|siren|ide|che|bce|d'entreprise|"
    r"d'identification)|n[°º] (?:de )?(?:tva|siret|ide)|mentions? (?:l[ée]gales|obligatoires)|"
    r"raison sociale|adresse de facturation)|adresse de facturation (?:est|[ée]tait) "
    r"(?:celle de (?:l'|notre |mon |ma )ancien\w*|(?:l'|notre )ancienne))\b"
)
# The first character of a reply, spelled out: a pattern anchored at the start of the text
# (`\A`) must still read one character for the start look-ahead `phrases.py` puts before it.
_FIRST_CHARACTER = "[a-z0-9à-ÿ \t\r\n«»\"'(*>•-]"
#: A debtor saying in so many words that they do not dispute.
NOT_A_DISPUTE: tuple[str, ...] = (
    r"\b(?:je|nous) ne (?:conteste|contestons) pas\b(?=\W)",
    r"\b(?:litige|r[ée]clamation|contestation|d[ée]saccord) (?:\w+ ){0,4}(?:est|a [ée]t[ée]) "
    r"(?:r[ée]gl[ée]|r[ée]solu|clos)\b",
    r"\b(?:pas de|aucun(?:e)?) (?:litige|contestation|r[ée]clamation)(?: (?:de|du) (?:notre|ma|"
    r"mon) (?:part|c[ôo]t[ée]))?\b(?! (?:sur|concernant|pour|quant) (?!(?:le |la |les |l')?"
    r"(?:travail|travaux|prestation|qualit[ée]|chantier|livraison|service|intervention)\b))",
    r"\bje ne conteste rien\b", r"\bnous ne contestons rien\b",
    r"\bne (?:la|le|les) (?:conteste|contestons) pas\b", r"\blitige (?:est )?r[ée]gl[ée]\b",
    r"\bne (?:conteste|contestons) (?:pas du tout|absolument pas|aucunement)\b",
    r"\bsans (?:vouloir )?contester\b",
    r"\bil ne s'agit pas d'une (?:contestation|r[ée]clamation)\b",
    r"\bce n'est pas une contestation\b",
    r"\bne (?:conteste|contestons) pas (?:la |cette |votre |le |ce )(?:facture|dette|cr[ée]ance|"
    r"montant|somme)\b",
    r"\b(?:(?:ce|ceci) n'est pas une (?:contestation|réclamation)|sans contestation)\b",
    # A mention the law requires is missing or out of date: the invoice is to be reissued,
    # its sum is not contested ("il manque notre numéro de TVA intracommunautaire"), unless
    # the reply finds fault with what is billed anywhere, before or after.
    r"\A(?!" + _FAULT_ANYWHERE + r")(?=[\s\S]*?" + _MENTION_MISSING + r")" + _FIRST_CHARACTER,
)
