"""French replies, as debtors in France, Belgium, Switzerland and Quebec write them: each rule
with a few wordings (vous, tu and on; with and without accents) and the lookalikes that must
not count."""

from __future__ import annotations

from datetime import date

import pytest

from bot.domain.replies.classifier import human_intent
from bot.domain.replies.intents import ReplyIntent
from tests.replies.messages import read_above_the_reminder


def _read(words: str) -> tuple[ReplyIntent, date | None]:
    """The intent and promised date of a reply with these words, sent Tue 4 Nov 2025."""
    parsed = read_above_the_reminder(words)
    return parsed.intent, parsed.promised_date


@pytest.mark.parametrize("words", [
    "Je vous prie de ne plus me contacter.",
    "Ne m'écrivez plus jamais.",
    "ne me contactez plus svp",
    "stp arrête de m'écrire",
    "Cessez vos relances immédiatement.",
    "Nous ne souhaitons plus recevoir vos courriels.",
    "J'ai déjà tout payé et vous continuez à me harceler.",
    "Je ne veux plus de vos relances, c'est clair ?",
    "Je ne veux plus être relancée.",
    "Je ne souhaite plus être démarché.",
    "Ça suffit, vous ne m'écrivez plus.",
    "Stop aux relances svp.",
    "Plus de mails svp.",
    "Fichez-moi la paix avec vos relances.",
    "Je vais porter plainte pour harcèlement.",
])
def test_a_debtor_who_asks_not_to_be_written_to_again_is_cease(words: str) -> None:
    assert human_intent(words) is ReplyIntent.CEASE


@pytest.mark.parametrize("words", [
    "Enlevez mon adresse de votre liste, je ne veux plus être sollicité.",
    "Retirez-moi de votre liste de diffusion.",
    "Merci de supprimer mon adresse de votre fichier.",
    "Conformément au RGPD, effacez mes coordonnées.",
    "Je m'oppose au traitement de mes données.",
    "J'exerce mon droit d'opposition.",
    "desabonnez moi",
])
def test_a_debtor_who_unsubscribes_or_objects_to_the_use_of_their_data_is_cease(
        words: str) -> None:
    assert human_intent(words) is ReplyIntent.CEASE


@pytest.mark.parametrize("words", [
    "Je vous informe que j'ai mandaté Maître Lefèvre, avocat au barreau de Lyon.",
    "Toute correspondance doit désormais lui être adressée.",
    "J'ai confié ce dossier à mon avocat.",
    "Nous avons mandaté un avocat pour nous représenter.",
    "Adressez-vous désormais à mon avocate.",
    "Mon conseil juridique vous contactera.",
    "Notre service contentieux prendra contact avec vous.",
    "Veuillez vous adresser à Maître Martin, qui me représente.",
    "Je suis représenté par Me Gagnon.",
])
def test_a_debtor_whose_lawyer_acts_for_them_is_cease(words: str) -> None:
    assert human_intent(words) is ReplyIntent.CEASE


@pytest.mark.parametrize("words", [
    "Notre entreprise est en liquidation judiciaire.",
    "La société a été placée en sauvegarde.",
    "Nous avons déposé le bilan le mois dernier.",
    "Nous sommes en cessation de paiements.",
    "Un dossier de surendettement est en cours auprès de la Banque de France.",
    "J'ai déposé une proposition de consommateur auprès d'un syndic autorisé en insolvabilité.",
    "Je suis sous règlement collectif de dettes, voyez avec ma médiatrice de dettes.",
    "Un curateur a été désigné par le tribunal de l'entreprise.",
    "Veuillez adresser votre déclaration de créance au mandataire judiciaire.",
])
def test_a_debtor_in_insolvency_proceedings_is_cease(words: str) -> None:
    assert human_intent(words) is ReplyIntent.CEASE


@pytest.mark.parametrize("words", [
    "Vous vous trompez de personne, je ne suis pas cliente chez vous.",
    "Vous vous êtes trompés d'adresse.",
    "Vous faites erreur, je ne vous connais pas.",
    "Mauvais destinataire.",
    "Erreur de destinataire : je suis le nouveau locataire.",
    "Nous n'avons jamais été clients chez vous.",
    "Ce message ne me concerne pas.",
    "Cette adresse n'est plus celle de la société Pelletier depuis le rachat.",
    "Nous n'avons aucun lien avec cette facture.",
    "Je ne m'occupe plus de la comptabilité de l'ASBL, adressez-vous au nouveau trésorier.",
    "M. Durand n'est plus en poste chez nous.",
    "Elle a pris sa retraite en juin.",
    "C'est mon ancien coloc qui avait pris cet abonnement.",
    "Il a déménagé et je n'ai pas sa nouvelle adresse.",
    "Il n'y a personne de ce nom ici.",
])
def test_a_reply_from_someone_who_is_not_the_debtor_is_wrong_person(words: str) -> None:
    assert human_intent(words) is ReplyIntent.WRONG_PERSON


@pytest.mark.parametrize("words", [
    "Je refuse de payer cette facture.",
    "Nous refusons ces frais de relance.",
    "Hors de question de payer en l'état.",
    "Je ne vous dois rien.",
    "Cette facture avait été annulée par votre commercial. Je ne la dois pas.",
    "Je ne suis pas d'accord avec cette facture.",
    "Desaccord sur le montant.",
    "Je ne paierai rien tant que ce n'est pas réparé.",
    "Je ne vois pas pourquoi je paierais des pénalités de retard.",
    "Les frais de recouvrement sont abusifs.",
    "Cette dette est prescrite.",
])
def test_a_debtor_who_contests_or_refuses_the_debt_or_a_fee_is_dispute(words: str) -> None:
    assert human_intent(words) is ReplyIntent.DISPUTE


@pytest.mark.parametrize("words", [
    "Vous nous avez facturé 15 heures alors que le technicien est resté 6 heures.",
    "Vous avez facturé 10 pièces au lieu de 6.",
    "Le devis indiquait 800 €, pas 950 €.",
    "Le contrat prévoyait un tarif de nonante francs l'heure, pas cent vingt.",
    "Ce n'est pas ce qui était convenu.",
    "Le montant me semble exagéré.",
    "Il y a une erreur dans votre facture.",
    "Bonjour, y'a une erreur, on n'a jamais commandé les 2 palettes en plus.",
    "La facture ne tient pas compte de l'acompte versé.",
    "Votre commercial nous avait promis une remise de 10 %.",
    "La prestation était offerte.",
])
def test_a_debtor_who_says_the_amount_is_wrong_is_dispute(words: str) -> None:
    assert human_intent(words) is ReplyIntent.DISPUTE


@pytest.mark.parametrize("words", [
    "Merci de rectifier la facture.",
    "J'attends une facture rectificative.",
    "Envoyez-moi une note de crédit.",
    "J'ai payé deux fois, merci de me rembourser.",
    "Cette facture est en double.",
    "Cette facture a déjà été payée, vous la réclamez une deuxième fois.",
    "Je paierai quand vous aurez corrigé.",
])
def test_a_debtor_who_asks_for_a_correction_a_credit_note_or_a_refund_is_dispute(
        words: str) -> None:
    assert human_intent(words) is ReplyIntent.DISPUTE


@pytest.mark.parametrize("words", [
    "Nous avons résilié le contrat en juillet, la facture d'octobre n'a donc pas lieu d'être.",
    "Notre commande a été annulée.",
    "Nous n'avons pas reçu la marchandise.",
    "Le colis n'est jamais arrivé.",
    "La livraison n'a toujours pas été effectuée.",
    "Le technicien n'est jamais venu.",
    "On nous a facturé des heures qui n'ont pas été faites.",
    "Les travaux ne sont pas terminés.",
    "J'ai retourné la marchandise il y a un mois.",
])
def test_a_debtor_who_cancelled_or_never_got_what_is_billed_is_dispute(words: str) -> None:
    assert human_intent(words) is ReplyIntent.DISPUTE


@pytest.mark.parametrize("words", [
    "Le travail a été bâclé, on a dû faire venir un autre artisan.",
    "La machine ne fonctionne pas depuis la livraison.",
    "Le produit est défectueux.",
    "La marchandise est arrivée endommagée.",
    "La réparation était couverte par la garantie.",
])
def test_a_debtor_who_complains_of_the_quality_is_dispute(words: str) -> None:
    assert human_intent(words) is ReplyIntent.DISPUTE


@pytest.mark.parametrize("words", [
    "Réglé hier par carte bancaire sur votre site.",
    "Payé par TWINT tout à l'heure, merci de confirmer la réception.",
    "Payé intégralement par virement SEPA.",
    "C'est payé depuis une semaine !",
    "C'est bon, j'ai tout réglé.",
    "t'inquiète j'ai payé hier",
    "J'ai deja paye",
    "J'ai fait un virement Interac ce midi.",
    "Nous avons effectué le paiement le 2 novembre.",
    "On vous a viré la somme vendredi.",
    "Mon épouse s'est occupée du paiement hier.",
])
def test_a_debtor_who_says_they_paid_is_paid(words: str) -> None:
    assert human_intent(words) is ReplyIntent.PAID


@pytest.mark.parametrize("words", [
    "La facture a été acquittée le 28/10 par virement SEPA.",
    "Le chèque a été encaissé la semaine dernière.",
    "Le montant a été débité de mon compte.",
    "Le prélèvement est passé hier sur mon compte.",
    "Le règlement vous a été adressé par courrier.",
    "Montant versé ce jour sur votre compte.",
    "Dépôt fait ce matin.",
    "Ci-joint la preuve de paiement.",
    "Vous trouverez en pièce jointe une copie du relevé bancaire.",
])
def test_a_payment_said_to_have_gone_out_is_paid(words: str) -> None:
    assert human_intent(words) is ReplyIntent.PAID


@pytest.mark.parametrize("words", [
    "Je n'ai pas encore payé.",
    "Je n'ai pas encore fait le virement.",
    "Le virement n'est pas encore parti.",
    "Le paiement n'a pas encore été fait.",
    "Envoyé depuis mon iPhone",
])
def test_a_payment_not_made_yet_is_not_paid(words: str) -> None:
    assert human_intent(words) is not ReplyIntent.PAID


@pytest.mark.parametrize("words", [
    "Lundi prochain c'est réglé, promis.",
    "Demain c'est payé.",
    "Je suis payé le 28, je vous règle le 29.",
    "Mon salaire est versé le 28, je paierai le 29.",
    "Je vous enverrai la preuve de paiement une fois le virement fait, vendredi.",
])
def test_a_payment_still_to_come_is_a_promise_not_paid(words: str) -> None:
    assert _read(words)[0] is ReplyIntent.PROMISE_TO_PAY


@pytest.mark.parametrize("words", [
    "Serait-il possible d'échelonner le paiement ?",
    "J'peux pas tout payer d'un coup, est-ce qu'on peut s'arranger en plusieurs versements ?",
    "Est-il possible d'avoir un échéancier ?",
    "Je peux faire des paiements de 50 $ à chaque paye.",
    "Je peux vous faire trois versements de 100 €.",
    "Je vous propose de payer la moitié maintenant et le reste en décembre.",
    "Est-ce que je peux payer petit à petit ?",
    "On pourrait trouver un arrangement ?",
])
def test_a_debtor_who_asks_to_pay_in_instalments_is_payment_plan(words: str) -> None:
    assert human_intent(words) is ReplyIntent.PAYMENT_PLAN


@pytest.mark.parametrize("words", [
    "Pouvez-vous m'accorder un report de deux mois ?",
    "Pourriez-vous m'accorder un délai de quinze jours ?",
    "Pouvez-vous patienter jusqu'à fin décembre ?",
    "J'ai besoin d'un peu plus de temps.",
    "Je ne conteste rien, mais je suis au chômage depuis septembre.",
    "Je ne conteste pas la facture mais je ne peux pas tout payer maintenant.",
    "Je suis dans une situation financière difficile.",
    "Je n'ai pas les fonds pour le moment, pouvez-vous attendre un peu ?",
    "Notre principal client a déposé le bilan, nous aurions besoin d'un délai supplémentaire.",
])
def test_a_debtor_in_hardship_who_asks_for_time_is_payment_plan(words: str) -> None:
    assert human_intent(words) is ReplyIntent.PAYMENT_PLAN


@pytest.mark.parametrize("words", [
    "Je vous verserai le montant début décembre.",
    "Nous réglerons la facture le 15.",
    "Je procéderai au règlement le 18.",
    "La facture sera réglée d'ici la fin du mois.",
    "Je m'engage à régler la totalité pour le 1er décembre.",
    "Comptez sur un virement jeudi en huit.",
    "Je peux payer dans 10 jours, ça vous va ? Vous pouvez me renvoyer le RIB ?",
    "Aujourd'hui même, avant 17 h, c'est promis.",
    "Vous serez payé avant la fin de la semaine.",
    "Je passe payer à votre bureau jeudi.",
    "Je fais le nécessaire d'ici vendredi.",
    "Je vous verse le montant demain.",
    "Je ferai le virement dès que je touche mon salaire.",
    "Ça ne marche pas pour moi lundi, je paierai mercredi.",
    "À défaut, je paierai le 20.",
    "Je verserai le montant convenu le 15.",
])
def test_a_debtor_who_commits_to_pay_later_is_promise_to_pay(words: str) -> None:
    assert human_intent(words) is ReplyIntent.PROMISE_TO_PAY


@pytest.mark.parametrize(("words", "day"), [
    ("Je vous règle ça demain matin.", date(2025, 11, 5)),
    ("Après-demain, le temps que l'argent arrive sur mon compte.", date(2025, 11, 6)),
    ("La facture est arrivée alors que j'étais en congé, je paie vendredi.", date(2025, 11, 7)),
    ("Je vous paie le reste de la facture vendredi.", date(2025, 11, 7)),
])
def test_a_debtor_who_names_the_day_they_pay_is_promise_to_pay_on_that_day(
        words: str, day: date) -> None:
    assert _read(words) == (ReplyIntent.PROMISE_TO_PAY, day)


@pytest.mark.parametrize("words", [
    "Pourriez-vous me faire parvenir une copie de la facture ?",
    "Merci de me transmettre votre RIB.",
    "Merci de m'indiquer le montant restant dû.",
    "Je voudrais recevoir un duplicata de la facture.",
    "J'aimerais connaître le détail des frais.",
    "Est-ce que je peux payer par chèque ?",
    "Le lien de paiement ne fonctionne pas, comment puis-je payer ?",
    "Je voudrais savoir à quoi correspond cette facture.",
])
def test_a_debtor_who_asks_about_the_invoice_or_how_to_pay_is_question(words: str) -> None:
    assert human_intent(words) is ReplyIntent.QUESTION


@pytest.mark.parametrize("words", [
    "Pris note.",
    "C'est noté, notre comptable s'en occupe.",
    "Merci pour le rappel. Je suis en déplacement, j'y jette un œil à mon retour.",
    "D'accord, je vois ça avec ma femme ce soir.",
    "Je vais vérifier et je reviens vers vous.",
    "Merci pour l'info.",
    "Message reçu.",
    "J'en parle à mon associé.",
    "Très bien, je m'en charge.",
])
def test_a_debtor_who_only_acknowledges_is_acknowledged(words: str) -> None:
    assert human_intent(words) is ReplyIntent.ACKNOWLEDGED


@pytest.mark.parametrize("words", [
    "Le maître d'œuvre vous contactera pour le chantier.",
    "Le rendez-vous a été annulé, rappelez-moi.",
    "Je vous remercie de votre compréhension.",
    "Les travaux avancent bien, merci.",
    "Notre nouvel associé vous rappellera.",
    "Ce n'est pas grave.",
    "Si vous avez déjà reçu le paiement, ignorez ce message.",
])
def test_a_lookalike_that_states_nothing_is_unclear(words: str) -> None:
    assert human_intent(words) is ReplyIntent.UNCLEAR


CEASE, WRONG, DISPUTE, PAID = (ReplyIntent.CEASE, ReplyIntent.WRONG_PERSON,
                               ReplyIntent.DISPUTE, ReplyIntent.PAID)


@pytest.mark.parametrize("words", [
    # what the invoice says, and what is true
    "La facture indique 12 heures alors que l'intervention a duré 5 heures.",
    "Le relevé compte 40 cartons au lieu de 25.",
    "Merci de la corriger rapidement.",
    "Veuillez les retirer de la facture.",
    "Merci de supprimer les frais de relance.",
    "Le tarif annoncé était de 50 €, vous me facturez 70 €.",
    "Vous me facturez 90 € alors que l'annonce disait 60 €.",
    "La facture est établie à Martin SA alors que nous sommes Martin SARL.",
    # part delivered, the wrong item
    "On n'a reçu que 3 cartons sur 5.",
    "Livraison partielle : il manque 4 pièces.",
    "Nous avons été livrés de 8 palettes sur les 12 commandées.",
    "Nous réglerons uniquement ce qui a été livré.",
    "Ce n'est pas le bon modèle.",
    "Vous nous avez livré la mauvaise taille.",
    "Nous attendons le remplacement avant de régler.",
    # never ordered, twice, never agreed, the contract
    "Je n'ai jamais passé de commande chez vous.",
    "Aucun bon de commande n'existe pour cette facture.",
    "Cette facture est identique à la facture 2025-041.",
    "Ce supplément n'a jamais été convenu.",
    "Ces options ne figuraient pas sur le devis.",
    "Selon l'article 6 du contrat, le solde n'est dû qu'après la levée des réserves.",
    "La réception du chantier n'a toujours pas eu lieu.",
    # paying once it is set right
    "Terminez d'abord le chantier.",
    "Remplacez la pièce et je vous paie.",
    "Corrigez la facture, ensuite nous réglerons.",
    "Je paierai quand la porte sera réparée.",
    "Nous réglerons lorsque vous aurez terminé les travaux.",
])
def test_a_french_debtor_who_contests_what_is_billed_in_any_way_is_dispute(words: str) -> None:
    assert human_intent(words) is DISPUTE


@pytest.mark.parametrize("words", [
    "Uniquement par courrier, merci.",
    "Contactez-moi seulement par lettre recommandée.",
    "Par écrit uniquement, s'il vous plaît.",
    "Veuillez traiter avec mon conseil.",
    "Passez par mon mandataire désormais.",
    "Je ne répondrai plus à vos messages.",
])
def test_a_french_debtor_who_wants_paper_a_representative_or_silence_is_cease(
        words: str) -> None:
    assert human_intent(words) is CEASE


@pytest.mark.parametrize(("words", "intent"), [
    ("Pas de litige, c'est réglé.", PAID),
    ("Aucune contestation de notre part, le virement est parti hier.", PAID),
    ("Pas de litige sur le montant, mais il manque 3 cartons.", DISPUTE),
])
def test_a_french_debtor_who_says_there_is_no_dispute_is_taken_at_their_word(
        words: str, intent: ReplyIntent) -> None:
    assert human_intent(words) is intent


@pytest.mark.parametrize(("words", "not_intent"), [
    ("Merci de la renvoyer par mail.", DISPUTE),
    ("La facture indique 300 €, je la règle demain.", DISPUTE),
    ("Le montant que vous me réclamez sera réglé demain.", DISPUTE),
    ("Le prix était correct, je vous paie vendredi.", DISPUTE),
    ("Nous réglerons le solde à réception de votre relevé.", DISPUTE),
    ("On attend notre paie avant de payer.", DISPUTE),
    ("Nous n'avons pas encore passé la commande de décembre.", DISPUTE),
    ("La facture est identique à celle du mois dernier, on paie demain.", DISPUTE),
    ("Le virement n'a pas eu lieu, je relance ma banque.", DISPUTE),
    ("Envoyez-moi le RIB et je vous paie.", DISPUTE),
    ("Je paierai quand j'aurai reçu mon salaire.", DISPUTE),
    ("Nous réglerons quand la paie sera versée.", DISPUTE),
    ("Il me manque 200 € pour tout payer, je vous propose deux fois.", DISPUTE),
    ("Vous nous avez livré la mauvaise taille.", WRONG),
    ("Je vous paierai uniquement par virement.", CEASE),
    ("Veuillez voir avec mon comptable.", CEASE),
])
def test_a_french_lookalike_of_a_dispute_or_cease_is_not_read_as_one(
        words: str, not_intent: ReplyIntent) -> None:
    assert human_intent(words) is not not_intent


@pytest.mark.parametrize("words", [
    # Not before it is set right.
    "Je ne paierai rien tant que la fuite n'est pas réparée.",
    "Nous ne réglerons pas avant que le portail soit installé.",
    "Pour la main-d'oeuvre, j'attends que l'infiltration soit réparée.",
    "On paye quand ça va être fini.",
    # Still broken since the visit; not finished, as said in Quebec.
    "La machine fait toujours le même problème depuis son intervention.",
    "La chaudiere refait le meme bruit depuis votre passage.",
    "Le chantier est toujours pas terminé.",
    "La job est pas finie.",
    # Missing from a delivery.
    "Il manque trois palettes sur la commande.",
    "Il manque deux cartons, c'est noté sur le bon.",
    "Il manque une caisse dans le colis.",
    # A discount agreed and left out; billed against the facts.
    "Il faut d'abord appliquer la remise de 15 % convenue au salon.",
    "Vous avez oublié la remise promise par votre commercial.",
    "Vous avez appliqué une TVA à 20 % alors que c'est 10 %.",
    "Vous appliquez le tarif week-end alors que vous êtes venus un mardi.",
    "Le technicien n'est resté que 20 minutes et vous facturez deux heures.",
    "L'ouvrier n'a passé qu'une heure ici et vous me facturez une journée.",
    # Cancelled sessions billed in full.
    "Les cours ont été annulés trois semaines et vous nous facturez le mois entier.",
    "Les séances de yoga ont été annulées deux fois et vous me prélevez tout le mois.",
])
def test_a_french_dispute_implied_by_facts_is_dispute(words: str) -> None:
    assert human_intent(words) is DISPUTE


@pytest.mark.parametrize(("words", "intent"), [
    ("Ce n'est pas notre société, vous confondez avec la Menuiserie Lambert.", WRONG),
    ("Vous nous confondez avec une autre entreprise.", WRONG),
    ("Cette adresse mail appartenait à mon frère.", WRONG),
    ("Ce numéro appartient à l'ancien locataire.", WRONG),
    ("Je ne gère pas ses affaires.", WRONG),
    ("C'est pour quelle commande exactement ?", ReplyIntent.QUESTION),
    ("Ça concerne quelle facture ?", ReplyIntent.QUESTION),
    ("Serait-ce possible de faire des paiements aux deux semaines?", ReplyIntent.PAYMENT_PLAN),
    ("Je passe à la boutique régler en espèces.", ReplyIntent.PROMISE_TO_PAY),
    ("Je passe au bureau payer demain.", ReplyIntent.PROMISE_TO_PAY),
    ("Le 3, je vous règle tout.", ReplyIntent.PROMISE_TO_PAY),
    ("Vendredi je vous paie le solde.", ReplyIntent.PROMISE_TO_PAY),
])
def test_a_french_debtor_read_by_the_third_round_of_rules(
        words: str, intent: ReplyIntent) -> None:
    assert human_intent(words) is intent


@pytest.mark.parametrize(("words", "not_intent"), [
    ("Je ne paierai pas avant vendredi.", DISPUTE),
    ("Je ne règle pas avant le 15, c'est ma paye.", DISPUTE),
    ("J'attends que mon salaire soit versé pour vous payer.", DISPUTE),
    ("On paye quand la paye va être versée.", DISPUTE),
    ("Il manque un numéro de facture sur votre mail.", DISPUTE),
    ("Merci pour la remise, je paie demain.", DISPUTE),
    ("Le technicien n'est resté que 20 minutes, très efficace, merci.", DISPUTE),
    ("La séance est annulée, je vous paie quand même.", DISPUTE),
    ("Le travail est fini, je vous paie demain.", DISPUTE),
    ("Ne confondez pas les deux factures svp.", WRONG),
    ("Je passe à la boutique ce soir.", ReplyIntent.PROMISE_TO_PAY),
    ("Le 3, je vous ai tout réglé.", ReplyIntent.PROMISE_TO_PAY),
])
def test_a_french_lookalike_of_the_third_round_is_not_read_as_one(
        words: str, not_intent: ReplyIntent) -> None:
    assert human_intent(words) is not not_intent


@pytest.mark.parametrize("words", [
    "On a reçu deux factures pour la même commande.",
    "Même montant, même libellé : c'est la même chose.",
    "Le plombier est resté vingt minutes.",
    "Votre technicien est passé à peine un quart d'heure.",
    "Les cartons sont toujours facturés.",
    "Nous avons renvoyé les 2 imprimantes le 3 mai.",
    "Je veux bien régler, mais seulement ce que j'ai reçu.",
    "Je paierai, mais uniquement ce qui a été livré.",
    "Il manque toujours les deux radiateurs.",
    "Nous avions négocié une remise de 10 %.",
    "La réduction de 10 % n'apparaît pas.",
    "Le prix fixé au contrat est de 1200 €.",
    "Le tarif convenu dans le devis était de 40 €.",
    "Nous avons bloqué le paiement en attendant la réparation.",
    "tant que la fuite est pas réparée je paye rien",
])
def test_a_french_dispute_of_the_fourth_round_implied_by_facts_is_dispute(words: str) -> None:
    assert human_intent(words) is DISPUTE


@pytest.mark.parametrize(("words", "intent"), [
    ("Merci de ne plus utiliser cette adresse pour vos relances.", ReplyIntent.CEASE),
    ("N'utilisez plus mon adresse e-mail, svp.", ReplyIntent.CEASE),
    ("Vous vous êtes trompé de courriel.", WRONG),
    ("Je ne suis pas le Paul Durand que vous cherchez.", WRONG),
    ("C'est pas moi pantoute.", WRONG),
    ("On l'a réglée par virement le 3.", ReplyIntent.PAID),
    ("Je viens de vous payer par TWINT.", ReplyIntent.PAID),
    ("Nous venons de faire le virement.", ReplyIntent.PAID),
    ("Nous sollicitons un report d'échéance de 60 jours.", ReplyIntent.PAYMENT_PLAN),
    ("Est-ce qu'on peut reporter le paiement de deux semaines ?", ReplyIntent.PAYMENT_PLAN),
    ("D'ici dix jours maximum c'est réglé.", ReplyIntent.PROMISE_TO_PAY),
    ("Dans une semaine au plus tard c'est réglé.", ReplyIntent.PROMISE_TO_PAY),
    ("Bien pris en compte.", ReplyIntent.ACKNOWLEDGED),
    ("Je fais le point avec mon comptable.", ReplyIntent.ACKNOWLEDGED),
])
def test_a_french_debtor_read_by_the_fourth_round_of_rules(
        words: str, intent: ReplyIntent) -> None:
    assert human_intent(words) is intent


@pytest.mark.parametrize(("words", "not_intent"), [
    ("Le technicien est resté toute la journée, merci.", DISPUTE),
    ("Il manque encore quelques jours avant ma paie.", DISPUTE),
    ("Il manque toujours le numéro de facture.", DISPUTE),
    ("Vous m'avez toujours facturé à 30 jours, pourquoi changer ?", DISPUTE),
    ("J'ai renvoyé les 2 formulaires signés.", DISPUTE),
    ("La banque bloque le virement depuis hier, je réessaie demain.", DISPUTE),
    ("Le montant prévu au contrat est bien de 500 €, je paie vendredi.", DISPUTE),
    ("Comme convenu, le tarif est bon, je paie vendredi.", DISPUTE),
    ("Tant que je ne suis pas payé par mon client, je ne peux pas régler.", DISPUTE),
    ("Merci de ne plus utiliser l'ancien IBAN.", ReplyIntent.CEASE),
    ("C'est pas moi qui gère les paiements, je transmets.", WRONG),
    ("Ce n'est pas le montant que vous réclamez.", WRONG),
    ("Je viens de recevoir votre relance.", ReplyIntent.PAID),
    ("C'est réglé depuis lundi.", ReplyIntent.PROMISE_TO_PAY),
    ("J'étais en arrêt maladie, je vous règle d'ici la fin du mois.",
     ReplyIntent.PAYMENT_PLAN),
])
def test_a_french_lookalike_of_the_fourth_round_is_not_read_as_one(
        words: str, not_intent: ReplyIntent) -> None:
    assert human_intent(words) is not not_intent


def test_a_past_sick_leave_with_a_day_to_pay_is_a_promise_not_a_plan() -> None:
    words = "Désolée pour le retard, j'étais en arrêt maladie. Je vous règle d'ici la fin du mois."
    assert _read(words) == (ReplyIntent.PROMISE_TO_PAY, date(2025, 11, 30))


@pytest.mark.parametrize(("words", "intent"), [
    # Cease: "cesser tout contact", a lawyer named with "désormais", "avocat au barreau".
    ("Je conteste cette dette et vous demande de cesser tout contact.", ReplyIntent.CEASE),
    ("Merci de cesser tout envoi.", ReplyIntent.CEASE),
    ("Cessez tous vos appels.", ReplyIntent.CEASE),
    ("Je suis désormais représenté par Me Dubois ; adressez-vous à lui.", ReplyIntent.CEASE),
    ("Nous sommes maintenant représentés par le cabinet Roy.", ReplyIntent.CEASE),
    ("Mon avocate au barreau de Montréal vous écrira.", ReplyIntent.CEASE),
    ("Mon avocat, Me Gagnon, vous contactera.", ReplyIntent.CEASE),
    ("Veuillez vous adresser à Me Dubois.", ReplyIntent.CEASE),
    ("Plus aucun contact svp, la suite devant le juge.", ReplyIntent.CEASE),
    ("J'ai fait faillite le mois dernier.", ReplyIntent.CEASE),
    ("Nous sommes en procédure de faillite personnelle.", ReplyIntent.CEASE),
    ("Veuillez communiquer avec mon avocat.", ReplyIntent.CEASE),
    ("Mon dossier est entre les mains d'un avocat.", ReplyIntent.CEASE),
    # Wrong person: not the person named; the address is mine; someone else does the billing.
    ("Je ne suis pas Mme Nadeau.", WRONG),
    ("Ce n'est pas Monsieur Tremblay ici.", WRONG),
    ("Je ne suis pas M. Roch.", WRONG),
    ("Cette adresse courriel m'appartient depuis 2019.", WRONG),
    ("Je ne m'occupe pas de la facturation, c'est ma collègue Sophie.", WRONG),
    ("Nous ne gérons pas la comptabilité, voyez avec le siège.", WRONG),
    # Dispute: cancelled by the creditor, a job abandoned or still unfinished.
    ("C'est vous qui avez annulé la réservation, pas nous.", DISPUTE),
    ("Vous avez annulé le cours vous-même.", DISPUTE),
    ("Le chantier a été abandonné en cours de route.", DISPUTE),
    ("Vos ouvriers ont abandonné les travaux il y a un mois.", DISPUTE),
    ("La terrasse n'est toujours pas finie.", DISPUTE),
    ("Les fenêtres ne sont toujours pas posées, je ne paie pas.", DISPUTE),
    ("L'artisan n'est jamais revenu finir la salle de bain.", DISPUTE),
    ("Le travail a été laissé en plan.", DISPUTE),
    ("Le peintre est parti sans finir.", DISPUTE),
    ("Le chantier est à l'arrêt depuis septembre.", DISPUTE),
    ("Le garage n'a jamais fini la réparation.", DISPUTE),
    ("C'est vous qui avez reporté l'événement, pas nous.", DISPUTE),
    ("L'entrepreneur a sacré son camp avant la fin des travaux.", DISPUTE),
    ("Le plombier est reparti sans avoir réparé la fuite.", DISPUTE),
    ("La salle n'était plus disponible, vous nous l'avez écrit.", DISPUTE),
    ("Le chantier est arrêté depuis trois semaines.", DISPUTE),
    ("Les travaux sont à moitié faits.", DISPUTE),
    ("La moitié du travail reste à faire.", DISPUTE),
    ("Le mur n'est pas fini et vous voulez être payés ?", DISPUTE),
    ("La toiture fuit encore après votre intervention.", DISPUTE),
    ("On n'a jamais eu la salle, elle était louée à quelqu'un d'autre.", DISPUTE),
    ("Votre technicien n'a pas pu intervenir, la pièce manquait.", DISPUTE),
    ("L'abonnement a pris fin en août, je n'ai plus rien chez vous.", DISPUTE),
    ("J'ai rendu le véhicule le 2, pas le 9.", DISPUTE),
    ("Le séjour a été écourté à cause de vous.", DISPUTE),
    # Paid: a two-digit day, paid along with another invoice, typed fast, a direct deposit.
    ("Facture soldée le 28/10, réf. de l'opération VIR-55102.", ReplyIntent.PAID),
    ("Payé en même temps que la facture d'octobre, en un seul versement.", ReplyIntent.PAID),
    ("Réglée en un seul virement avec la facture de septembre.", ReplyIntent.PAID),
    ("c fait jai payé", ReplyIntent.PAID),
    ("g réglé ce matin", ReplyIntent.PAID),
    ("jai deja payer", ReplyIntent.PAID),
    ("Le dépôt direct a été fait vendredi, numéro de confirmation 7734-QC.", ReplyIntent.PAID),
    # Promise: "vous aurez l'argent".
    ("Dans tous les cas vous aurez l'argent d'ici vendredi.", ReplyIntent.PROMISE_TO_PAY),
    ("Vous aurez l'argent lundi.", ReplyIntent.PROMISE_TO_PAY),
])
def test_a_french_reply_of_the_fifth_round_is_read(words: str, intent: ReplyIntent) -> None:
    assert human_intent(words) is intent


@pytest.mark.parametrize(("words", "not_intent"), [
    ("Je ne suis pas représenté par un avocat, j'ai juste une question.", ReplyIntent.CEASE),
    ("Cessez tout de suite de faire ça.", ReplyIntent.CEASE),
    ("Merci de me répondre avant lundi.", ReplyIntent.CEASE),
    ("Il est parti sans payer, c'est mon ex.", DISPUTE),
    ("La chaudière marche encore après votre intervention, merci.", DISPUTE),
    ("Je paierai le 2, pas le 9.", DISPUTE),
    ("La banque n'a pas pu faire le virement.", DISPUTE),
    ("Le contrat a pris effet en août.", DISPUTE),
    ("Le local est disponible, je vous paie demain.", DISPUTE),
    ("Call me, a Me Too story.", ReplyIntent.CEASE),
    ("Mon client a fait faillite, je paierai en retard.", ReplyIntent.CEASE),
    ("Je n'ai plus aucun contact avec lui.", ReplyIntent.CEASE),
    ("Veuillez communiquer avec mon comptable.", ReplyIntent.CEASE),
    ("Je ne suis pas sûre d'avoir reçu la facture.", WRONG),
    ("C'est ma comptable qui s'en occupe, je lui transmets.", WRONG),
    ("Je ne m'occupe pas de ça avant lundi.", WRONG),
    ("Avez-vous annulé la facture ?", DISPUTE),
    ("Mon dossier n'est toujours pas terminé de mon côté.", DISPUTE),
    ("Le virement n'est toujours pas parti, désolé.", DISPUTE),
    ("Le dépôt n'a pas été fait.", DISPUTE),
    ("Les travaux sont finis, merci, je paie vendredi.", DISPUTE),
    ("Payé en même temps que la prochaine facture.", ReplyIntent.PAID),
    ("jai pas payé encore", ReplyIntent.PAID),
    ("Le dépôt direct sera fait vendredi.", ReplyIntent.PAID),
    ("Aurez-vous l'argent avant lundi ?", ReplyIntent.PROMISE_TO_PAY),
    ("Vous aurez l'information demain.", ReplyIntent.PROMISE_TO_PAY),
])
def test_a_french_lookalike_of_the_fifth_round_is_not_read_as_one(
        words: str, not_intent: ReplyIntent) -> None:
    assert human_intent(words) is not not_intent


@pytest.mark.parametrize(("words", "intent"), [
    # Nobody came back to finish the job.
    ("Personne n'est revenu.", DISPUTE),
    ("Personne n'est jamais repassé depuis.", DISPUTE),
    ("Le technicien n'est jamais revenu avec la pièce.", DISPUTE),
    ("Le plombier n'est pas repassé comme promis.", DISPUTE),
    ("Aucun technicien n'est revenu.", DISPUTE),
    ("personne est revenu pis j'ai pas d'eau chaude", DISPUTE),
    # Still without what was paid for, and billed for it.
    ("Trois semaines plus tard, toujours pas d'eau chaude, et je reçois une facture de 380 €.",
     DISPUTE),
    ("Toujours pas de chauffage et vous me facturez 200 €.", DISPUTE),
    ("Toujours en panne, et vous m'envoyez une relance !", DISPUTE),
    ("Toujours sans internet et on me réclame la facture complète.", DISPUTE),
    # A mention the law requires is missing: reissue the invoice, its sum is not contested.
    ("Il manque notre numéro de TVA intracommunautaire. Pourriez-vous nous renvoyer une "
     "facture corrigée ?", ReplyIntent.QUESTION),
    ("La facture ne porte pas notre numéro SIRET, pouvez-vous la refaire ?",
     ReplyIntent.QUESTION),
    ("L'adresse de facturation est celle de l'ancien siège. Pourriez-vous nous renvoyer une "
     "facture rectifiée ?", ReplyIntent.QUESTION),
    ("Sans numéro de TVA, notre comptable ne peut pas l'enregistrer. Merci de nous envoyer une "
     "facture rectifiée.", ReplyIntent.QUESTION),
    # ... unless the reply also finds fault with what is billed.
    ("Le montant est faux. Il manque aussi notre numéro de TVA.", DISPUTE),
    ("Il manque notre numéro de TVA et le prix est trop élevé, pourriez-vous nous renvoyer une "
     "facture corrigée ?", DISPUTE),
    ("Il manque notre numéro de TVA. Et nous n'avons jamais reçu la marchandise.", DISPUTE),
])
def test_a_french_reply_of_the_sixth_round_is_read(words: str, intent: ReplyIntent) -> None:
    assert human_intent(words) is intent


@pytest.mark.parametrize(("words", "not_intent"), [
    ("Personne n'est revenu vers moi.", DISPUTE),
    ("Personne n'est venu me voir pour le RIB.", DISPUTE),
    ("Je n'ai toujours pas reçu la facture.", DISPUTE),
    ("Toujours pas de réponse et je reçois une relance.", DISPUTE),
    ("Toujours pas de salaire, je reçois une relance, je paierai fin du mois.", DISPUTE),
    ("Je suis toujours sans emploi et vous me relancez.", DISPUTE),
])
def test_a_french_lookalike_of_the_sixth_round_is_not_read_as_one(
        words: str, not_intent: ReplyIntent) -> None:
    assert human_intent(words) is not not_intent
