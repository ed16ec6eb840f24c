"""German replies: how debtors in Germany, Austria and Switzerland write each intent, and
the lookalikes that must not count (negations, "noch nicht", a lawyer mentioned in passing,
questions that open with the verb, future tenses)."""

from __future__ import annotations

import pytest

from bot.domain.replies.classifier import human_intent
from bot.domain.replies.intents import ReplyIntent


@pytest.mark.parametrize(
    "words",
    [
        "Ich werde anwaltlich vertreten, bitte wenden Sie sich an meine Anwältin.",
        "Bitte richten Sie jede weitere Korrespondenz an unsere Kanzlei.",
        "Wir vertreten Frau Huber in dieser Sache, eine Vollmacht liegt bei. Namens und in "
        "Vollmacht unserer Mandantin widersprechen wir.",
        "Ich habe einen Rechtsanwalt eingeschaltet.",
        "Wenden Sie sich an meinen Rechtsanwalt, Herrn Dr. Braun.",
        "Über unser Unternehmen wurde das Insolvenzverfahren eröffnet.",
        "Ich befinde mich in der Privatinsolvenz.",
        "Wir haben Konkurs angemeldet.",
        "Über mich ist das Schuldenregulierungsverfahren eröffnet worden, zuständig ist der "
        "Masseverwalter.",
        "Wir sind in Nachlassstundung, bitte wenden Sie sich an den Sachwalter.",
        "Unsere Firma ist zahlungsunfähig.",
        "Schreiben Sie mir nie wieder!",
        "Schicken Sie mir bitte keine Mahnungen mehr.",
        "Ich möchte nicht mehr angeschrieben werden.",
        "Lasst mich endlich in Ruhe.",
        "Lass mich in Ruhe!",
        "Bitte tragen Sie mich aus Ihrem Verteiler aus.",
        "Bitte melden Sie mich von allen Mails ab.",
        "Stopp.",
        "Bitte abmelden",
        "Entfernen Sie meine E-Mail-Adresse aus Ihrem System.",
        "Löschen Sie sofort meine Daten gemäß DSGVO.",
        "Ich widerrufe meine Einwilligung zur Kontaktaufnahme.",
        "Ich widerspreche der Verarbeitung meiner personenbezogenen Daten.",
        "Künftig nur noch schriftlich per Post.",
        "Ab sofort landen Ihre Mails im Spam-Ordner.",
        "Ich habe Ihre Adresse blockiert.",
        "Keine Anrufe mehr bitte.",
        "Ich will keine Erinnerungen mehr bekommen.",
        "Bitte stellen Sie jede Kontaktaufnahme ein.",
        "Hören Sie auf, mich zu belästigen.",
        "Das ist Psychoterror, hören Sie auf!",
        "Mein gesetzlicher Betreuer kümmert sich um alles.",
        "Korrespondenz bitte ausschliesslich über meinen Anwalt.",
        "Ich fordere Sie auf, jegliche Kontaktaufnahme zu unterlassen.",
        "Bitte nehmen Sie mich aus Ihrem Mahnlauf heraus und kontaktieren Sie nur noch meinen "
        "Anwalt.",
        "Die Angelegenheit liegt bei meinem Rechtsanwalt.",
        "Ich habe die Sache meinem Anwalt übergeben.",
        "Ich habe die Sache an meinen Anwalt weitergegeben.",
        "Unsere Rechtsabteilung wird sich mit Ihnen in Verbindung setzen.",
        "Die Sache liegt jetzt bei unserer Rechtsabteilung.",
        "Gegen unsere GmbH wurde ein Insolvenzantrag gestellt.",
        "Das Insolvenzverfahren über mein Vermögen wurde eröffnet, Aktenzeichen 12 IN 345/25.",
        "Wir befinden uns im Konkurs.",
        "Ich bin in Privatkonkurs.",
        "Wir haben Insolvenz angemeldet.",
        "Ich verbitte mir weitere Mails.",
        "Ich verbiete Ihnen, mich weiter zu kontaktieren.",
        "Kontaktieren Sie mich nie wieder.",
        "Melden Sie sich nie wieder bei mir.",
        "Bitte keine Post mehr an diese Adresse.",
        "Ich wünsche keinen weiteren Kontakt.",
        "Hört auf, mir zu schreiben.",
        "Hör auf mir zu schreiben",
        "Ich habe Sie schon zweimal gebeten, mir nicht mehr zu schreiben.",
        "Sie belästigen mich.",
        "Ich melde das bei der Verbraucherzentrale, wenn Sie nicht aufhören.",
        "Ich verlange die Löschung meiner Daten nach Art. 17 DSGVO.",
        "Verwenden Sie meine Daten nicht weiter.",
        "Sehr geehrte Damen und Herren,\nich bitte Sie, von weiteren Zahlungserinnerungen "
        "abzusehen.\nMfG",
        "Ich untersage Ihnen jede weitere Kontaktaufnahme.",
        "Bitte unterlassen Sie künftig jegliche Kontaktaufnahme per E-Mail.",
        "Nehmen Sie mich bitte aus dem Verteiler.",
        "Ich möchte aus Ihrer Kartei gelöscht werden.",
        "Bitte löschen Sie mich aus Ihrem System.",
        "Die Forderung ist beim Insolvenzverwalter anzumelden.",
        "Für uns ist jetzt der Masseverwalter zuständig.",
        "Die Firma ist in Liquidation.",
        "Unsere Gesellschaft befindet sich in Liquidation, bitte wenden Sie sich an den "
        "Liquidator.",
        "Wir haben einen Insolvenzantrag gestellt.",
        "Ich schreibe im Auftrag meines Mandanten, Herrn Klein.",
        "Die Angelegenheit wurde an unseren Rechtsbeistand übergeben.",
        "Ich bin nicht mehr bereit, Ihre Mails zu lesen. Kontakt nur über meine Anwältin.",
        "Nicht mehr schreiben!",
        "Stop!!!",
        "Schluss jetzt mit den Mails!",
        "Genug mit den Mahnungen, ich will nichts mehr von Ihnen hören.",
        "Bitte wenden Sie sich an meine Bevollmächtigte, Frau Lenz.",
        "Die Forderung stimmt sowieso nicht, das regelt jetzt mein Anwalt.",
        "Um die Sache kümmert sich ab sofort unser Rechtsanwalt.",
        "Mein Anwalt wird sich bei Ihnen melden.",
        "Ich werde auf Ihre Mails nicht mehr antworten.",
        "Ich antworte Ihnen nicht mehr.",
    ],
)
def test_a_debtor_who_is_represented_insolvent_or_asks_not_to_be_contacted_is_cease(
        words: str) -> None:
    assert human_intent(words) is ReplyIntent.CEASE


@pytest.mark.parametrize(
    "words",
    [
        "Diese Mailadresse gehört nicht mehr zur Firma Meier.",
        "Ich kenne Ihre Firma nicht.",
        "Ich war nie Kunde bei Ihnen.",
        "Ich bin nicht Herr Schneider.",
        "Sie verwechseln mich mit jemandem.",
        "Herr Wagner arbeitet seit Monaten nicht mehr hier.",
        "Frau Roth ist nicht mehr bei uns beschäftigt.",
        "Herr Kaiser ist im Ruhestand.",
        "Herr Vogel ist leider verstorben.",
        "Der Vormieter ist ausgezogen, ich bin der neue Mieter.",
        "Das Geschäft wurde im Frühjahr verkauft, wenden Sie sich an die neuen Inhaber.",
        "Hier gibt es keinen Herrn Lang.",
        "Die Mail ist nicht für mich bestimmt.",
        "Sie haben die falsche Firma angeschrieben.",
        "Ich bin für Rechnungen nicht zuständig.",
        "Er wohnt nicht mehr unter dieser Adresse.",
        "Die Firma sagt mir nichts.",
        "Ich bin nicht die Person, die Sie suchen.",
        "Sie haben sich in der Adresse geirrt.",
        "Das muss ein Irrtum sein, ich habe nie bei Ihnen bestellt und kenne die Firma nicht.",
        "Da sind Sie bei mir falsch.",
        "Hier sind Sie falsch.",
        "Diese Person ist mir unbekannt.",
        "Ich habe mit dieser Firma nichts zu tun.",
        "Herr Baumann ist nicht mehr im Unternehmen, seine Nachfolgerin ist Frau Keller.",
        "Frau Schmid hat uns Ende September verlassen.",
        "Die Mail ging an die falsche Adresse.",
        "Das betrifft meinen Sohn, nicht mich. Er wohnt nicht mehr hier.",
        "Zuständig ist jetzt Herr Frei, bitte schreiben Sie ihm.",
        "Der Verein wurde aufgelöst, ich bin nicht mehr Kassier.",
        "Ich bin nicht mehr Geschäftsführer dieser Firma.",
        "Die Person ist bei uns unbekannt.",
        "Unter dieser Adresse wohnt niemand mit diesem Namen.",
        "Den Herrn gibt es hier nicht.",
        "Bitte korrigieren Sie Ihre Kundendaten, ich bin nicht Ihre Kundin.",
        "Ich habe keine Ahnung, wer Sie sind oder was Sie wollen.",
        "Ich habe nichts mit der Firma Huber zu tun.",
        "Die Adresse gehört jetzt mir, nicht mehr Herrn Graf.",
        "Falsche Person.",
        "Falscher Empfänger.",
        "Sie haben sich in der E-Mail-Adresse vertippt.",
    ],
)
def test_a_reader_who_is_not_the_debtor_has_left_or_no_longer_uses_the_address_is_wrong_person(
        words: str) -> None:
    assert human_intent(words) is ReplyIntent.WRONG_PERSON


@pytest.mark.parametrize(
    "words",
    [
        "Die Rechnung ist nicht korrekt, es wurden 5 Stunden zu viel berechnet.",
        "Wir haben nur 3 Paletten erhalten, nicht 5.",
        "Das Gerät ist defekt, wir zahlen nicht.",
        "Ich zahle keinen Cent für diesen Pfusch.",
        "Das bezahle ich sicher nicht.",
        "Die Mahngebühr übernehme ich nicht.",
        "Die Mahnspesen werden nicht anerkannt.",
        "Bitte erlassen Sie die Mahngebühr, ich habe die Rechnung nie bekommen.",
        "Ich habe das Abo schon im August gekündigt.",
        "Den Vertrag habe ich fristgerecht gekündigt.",
        "Ich habe den Kauf widerrufen und die Ware zurückgeschickt.",
        "Die Ware haben wir retourniert.",
        "Die Reparatur war ein Garantiefall.",
        "Das fällt unter die Gewährleistung.",
        "Es fehlen noch 3 Teile.",
        "Die Lieferung ist nie angekommen.",
        "Das Paket kam nie an.",
        "Der Handwerker ist nie erschienen.",
        "Die Arbeiten sind noch nicht abgeschlossen.",
        "Die Heizung funktioniert immer noch nicht.",
        "Der Preis ist völlig überzogen.",
        "Die Anfahrtskosten sind unverhältnismäßig.",
        "Sie haben falsch abgerechnet.",
        "Die Stundenzahl ist falsch.",
        "Laut Kostenvoranschlag waren es 800 Euro.",
        "Vereinbart waren 500 €, nicht 650 €.",
        "Es war anders vereinbart.",
        "Das habe ich nie bestellt.",
        "Ich habe keinen Vertrag unterschrieben, ich habe nie zugestimmt.",
        "Sie haben uns zweimal belastet.",
        "Die Rechnung wurde doppelt gestellt.",
        "Bitte stellen Sie eine korrigierte Rechnung aus.",
        "Können Sie die Rechnung bitte korrigieren? Der Steuersatz stimmt nicht.",
        "Ich will mein Geld zurück.",
        "Bitte um Rückerstattung des zu viel gezahlten Betrags.",
        "Das ist reine Abzocke.",
        "Wir zahlen erst, wenn der Mangel behoben ist.",
        "Die Zahlung erfolgt, sobald die Ware vollständig geliefert wurde.",
        "Wir behalten 20 % ein, bis die Nachbesserung erfolgt ist.",
        "Ich bestreite die Forderung.",
        "Die Forderung ist unberechtigt.",
        "Ich schulde Ihnen nichts.",
        "Die Beratung war laut Ihrem Mitarbeiter kostenlos.",
        "Man hat mir gesagt, die Anfahrt sei inklusive.",
        "Das zahl i ned.",
        "Die Zinsen akzeptiere ich nicht.",
        "Das kann ich so nicht akzeptieren.",
        "Ich bin mit der Rechnung nicht einverstanden.",
        "Die Positionen stimmen nicht mit dem Lieferschein überein.",
        "Die Ware kam beschädigt an.",
        "Wir haben 19 % statt 7 % berechnet bekommen.",
        "Wir erheben Einspruch gegen diese Rechnung.",
        "Die Rechnung ist nicht nachvollziehbar, die Stunden wurden nie geleistet.",
        "Die Ware entspricht nicht der Bestellung.",
        "Sie haben die falsche Ware geliefert.",
        "Das Produkt hat einen Mangel, wir haben reklamiert.",
        "Die Rechnung enthält Positionen, die wir nicht bestellt haben.",
        "Wir haben nichts bestellt.",
        "Den Auftrag haben wir nie erteilt.",
        "Die Leistung wurde nicht wie vereinbart erbracht.",
        "Sie haben mir 120 Franken zu viel verrechnet.",
        "Die Rechnung ist zu hoch.",
        "Der Stundensatz ist höher als im Angebot.",
        "Im Angebot stand ein anderer Preis.",
        "Das Angebot lautete auf 1.200 €.",
        "Die Reparatur hat nichts gebracht, das Auto macht immer noch das Geräusch.",
        "Die Maschine läuft immer noch nicht.",
        "Der Fehler ist immer noch da.",
        "Das Problem besteht weiterhin.",
        "Die Rechnung ist bereits durch eine Gutschrift ausgeglichen.",
        "Das war doch eine Kulanzleistung.",
        "Die Anfahrt war als kostenlos zugesagt.",
        "Die Mahnung ist nicht gerechtfertigt, die Rechnung ist erst am 30. fällig.",
        "Die Rechnung ist noch gar nicht fällig.",
        "Warum soll ich für etwas zahlen, das ich nie bekommen habe?",
        "Wieso berechnen Sie mir eine Mahngebühr?",
        "Warum wird mir das doppelt berechnet?",
        "Ich sehe nicht ein, warum ich das zahlen soll.",
        "Ich lehne die Zahlung ab.",
        "Die Zahlung verweigere ich, bis die Ware da ist.",
        "Das Abo habe ich längst storniert.",
        "Ich bin vom Vertrag zurückgetreten.",
        "Ich habe von meinem Rücktrittsrecht Gebrauch gemacht.",
        "Bitte stornieren Sie die Rechnung.",
        "Die Rechnung ist an die falsche Firma adressiert, bitte neu ausstellen.",
        "Die Menge stimmt nicht.",
        "Das stimmt so nicht, wir hatten einen Rabatt von 10 % vereinbart.",
        "Der vereinbarte Rabatt fehlt auf der Rechnung.",
        "Sie haben den Skonto nicht berücksichtigt.",
        "Da ist Ihnen ein Fehler unterlaufen.",
        "Die Rechnung ist fehlerhaft.",
        "Das war nicht ausgemacht.",
        "Es wurde nur die Hälfte geliefert.",
        "Ich zahle nur, was auch geliefert wurde.",
        "Die Rechnung akzeptieren wir so nicht.",
        "Die Rechnung wird nicht bezahlt, bevor der Schaden behoben ist.",
        "Wir zahlen nicht, solange die Ware mangelhaft ist.",
        "Das Gerät wurde nie geliefert.",
        "Das Gerät wurde nicht geliefert.",
        "Die Bestellung wurde storniert.",
        "Ich habe die Bestellung rechtzeitig storniert.",
        "Der Auftrag wurde von uns storniert.",
        "Das war ein Kostenvoranschlag, kein Auftrag.",
        "Ich habe nur ein Angebot angefordert, keinen Auftrag erteilt.",
        "Die Anfahrtspauschale ist nicht vereinbart worden.",
        "Die Anfahrt wurde zweimal berechnet.",
        "Sie haben 8 Stunden abgerechnet, gearbeitet wurden aber nur 5.",
        "Der Monteur war nur zwei Stunden hier.",
        "Das Material war nicht im Preis inbegriffen? Uns wurde das anders gesagt.",
        "Das wurde uns anders erklärt.",
        "Die Rechnung passt nicht zum Angebot.",
        "Der Betrag passt nicht.",
        "Die Gebühren sind nicht rechtens.",
        "Die Mahngebühren sind nicht zulässig.",
        "Die Zinsen sind nicht korrekt berechnet.",
        "Die Ware ist nicht in Ordnung.",
        "Mit der Arbeit sind wir überhaupt nicht zufrieden.",
        "Die Arbeit ist mangelhaft ausgeführt worden.",
        "Das Dach ist immer noch undicht.",
        "Es regnet immer noch rein.",
        "Die Reparatur war erfolglos.",
        "Ich verweigere die Zahlung.",
        "Wir weisen die Forderung zurück.",
        "Die Forderung weisen wir zurück.",
        "Ich habe die Ware nicht erhalten.",
        "Ihr Techniker hat den Termin nicht wahrgenommen, trotzdem kam eine Rechnung.",
        "Das Abo wurde automatisch verlängert, obwohl ich gekündigt hatte.",
        "Sie haben Mehrwertsteuer ausgewiesen, wir sind aber im Reverse-Charge-Verfahren.",
        "Auf der Rechnung ist Umsatzsteuer, obwohl die Leistung steuerfrei ist.",
        "Sie dürfen uns keine Mehrwertsteuer berechnen.",
        "Die Rechnung ist doppelt, die gleiche kam schon im Oktober.",
        "Die Rechnung ist identisch mit der Nr. 2231 vom September.",
        "Diese Arbeiten haben Sie schon einmal in Rechnung gestellt.",
        "Die Position ist bereits mit der Teilrechnung abgerechnet worden.",
        "Die Rechnung lautet auf mich, Auftraggeber war aber unser Verein.",
        "Vertragspartner ist aber die Holding, nicht die GmbH.",
        "Die Rechnung hätte an die Hausverwaltung gehen müssen.",
        "Bitte stellen Sie die Rechnung auf die richtige Firma aus.",
        "Das muss die Versicherung des Unfallgegners übernehmen.",
        "Laut Ziffer 4 der AGB ist die Zahlung erst nach Abnahme fällig.",
        "Die Abnahme hat noch nicht stattgefunden.",
        "Ihre Mahnung ist verfrüht, das Zahlungsziel ist noch nicht abgelaufen.",
        "Gemäß Rahmenvertrag sind 3 % Skonto abzuziehen.",
        "Die Forderung ist längst verjährt.",
        "Na toll, eine Servicepauschale, obwohl niemand gekommen ist.",
        "Sie verlangen eine Anfahrt, obwohl der Techniker nicht mal geklingelt hat.",
        "Der Fotograf ist vor dem Anschneiden der Torte gegangen.",
        "Die Band hat eine Stunde früher Schluss gemacht.",
        "Der Maler hat nach zwei Tagen aufgehört und ist nie wiedergekommen.",
        "Die Putzkraft war gar nicht da.",
        "Das Buffet kam erst nach den Reden.",
        "Der Kurs ist zweimal ausgefallen.",
        "Die Fliesen sind gesprungen.",
        "Die Software stürzt ständig ab.",
        "Der Wagen hat jetzt mehr Probleme als vorher.",
        "Sie haben die falsche Farbe geliefert.",
        "Die Hälfte der Teile fehlt.",
        "Wir haben nur einen Teil der Bestellung bekommen.",
        "Von zehn Stunden haben nur sechs stattgefunden.",
        "Diese Stunden wurden nie geleistet.",
        "Die Zusatzarbeiten waren nicht abgesprochen.",
        "Wir haben nie einen Vertrag mit Ihnen geschlossen.",
        "Wir hatten einen Festpreis vereinbart.",
        "Der Stundensatz war mit 60 Euro vereinbart, Sie berechnen 80.",
        "Der Kostenvoranschlag wurde um ein Drittel überschritten.",
        "Davon war nie die Rede.",
        "Die Preiserhöhung ist unwirksam.",
        "Ich zahle erst, wenn die Heizung wieder läuft.",
        "Die Küche ist bis heute nicht fertig montiert.",
    ],
)
def test_a_debtor_who_contests_the_debt_the_amount_a_fee_or_the_work_is_dispute(words: str) -> None:
    assert human_intent(words) is ReplyIntent.DISPUTE


@pytest.mark.parametrize(
    "words",
    [
        "Ich habe die Rechnung gestern bezahlt.",
        "Wir haben den Betrag am Montag überwiesen.",
        "Hab's schon überwiesen.",
        "Habe ich gestern erledigt.",
        "Die Zahlung ist bereits raus.",
        "Das Geld ist unterwegs.",
        "Die Überweisung ist durch.",
        "Rechnung wurde am 02.11. beglichen.",
        "Betrag wurde per Lastschrift eingezogen.",
        "Der Betrag müsste inzwischen bei Ihnen eingegangen sein.",
        "Das Geld ist schon seit Freitag auf Ihrem Konto.",
        "Zahlungsbeleg anbei.",
        "Anbei die Überweisungsbestätigung.",
        "Per Einzahlungsschein einbezahlt.",
        "Unser Buchhalter hat das letzte Woche angewiesen.",
        "Ist längst bezahlt!",
        "Wir haben ueberwiesen.",
        "Sie haben das Geld doch schon am Freitag bekommen.",
        "Mein Mann hat das schon erledigt.",
        "Bezahlt.",
        "Die Rechnung ist erledigt.",
        "Die Zahlung wurde gestern ausgeführt.",
        "Ich habe das schon vor einer Woche überwiesen.",
        "Bereits am Freitag beglichen.",
        "Wir haben die Zahlung am 31.10. veranlasst.",
        "Die Zahlung ist am Montag rausgegangen.",
        "Das Geld wurde gestern überwiesen.",
        "Habe heute früh überwiesen.",
        "Überweisung ist erledigt.",
        "Zahlung erledigt.",
        "Das ist schon längst bezahlt!",
        "Ich hab das doch schon bezahlt!",
        "Die Rechnung wurde von meiner Frau beglichen.",
        "Wir haben gestern per Kreditkarte bezahlt.",
        "Wurde per PayPal bezahlt.",
        "Bezahlung erfolgte am 3.11.",
        "Sollte inzwischen gutgeschrieben sein.",
        "Das Geld müsste längst bei Ihnen sein.",
        "Der Betrag ist seit Freitag auf Ihrem Konto.",
        "Die Überweisung lief am Montag.",
        "Ich habe bar bezahlt, bei Ihrem Monteur.",
        "Wir haben den offenen Betrag heute angewiesen.",
        "Die Buchhaltung hat die Zahlung freigegeben.",
        "Die Rechnung ist beglichen.",
        "Der Dauerauftrag ist gelaufen.",
        "Die Zahlung ging heute raus.",
        "Hab grad überwiesen.",
        "Das wurde schon längst erledigt.",
        "Wir haben bereits gezahlt.",
        "Ich habe den Betrag per Twint gesendet.",
        "Zahlung ist am 28.10. erfolgt.",
        "Die Zahlung haben wir bereits am 30.10. geleistet.",
        "Ist bereits beglichen, bitte prüfen.",
        "Ich hab schon lange bezahlt.",
        "Alles bezahlt.",
        "Hab bezahlt.",
        "Ich habe gestern eine Überweisung gemacht.",
        "Ich habe die Überweisung gestern getätigt.",
        "Der Betrag wurde Ihrem Konto am 31.10. gutgeschrieben.",
        "Wurde am Freitag per E-Banking überwiesen.",
        "Wir haben per E-Banking bezahlt.",
        "Das Geld ist raus.",
        "Geld ist überwiesen.",
        "Ist überwiesen.",
        "Bezahlt am 2.11., Beleg anbei.",
        "In meiner letzten Nachricht stand ein falscher Betrag, überwiesen haben wir aber alles.",
        "Ich hatte Ihnen einen falschen Betrag genannt, bezahlt habe ich aber die volle Summe.",
        "Wir sind früher gegangen, haben aber vorher bar bezahlt.",
    ],
)
def test_a_debtor_who_says_the_money_has_gone_is_paid(words: str) -> None:
    assert human_intent(words) is ReplyIntent.PAID


@pytest.mark.parametrize(
    "words",
    [
        "Ich überweise das Geld am Montag.",
        "Das Geld kommt nächste Woche.",
        "Sie bekommen das Geld bis Freitag.",
        "Den Betrag überweisen wir Ende des Monats.",
        "Bezahle ich morgen.",
        "Ich zahle sofort.",
        "Wir werden die Rechnung nächste Woche begleichen.",
        "Die Überweisung geht morgen raus.",
        "Bis Freitag ist alles bezahlt.",
        "Ich kann am 15. zahlen.",
        "Ich schaffe es bis Ende der Woche.",
        "Spätestens übermorgen ist das Geld bei Ihnen.",
        "Ich überweise morgen.",
        "Wir zahlen bis zum 20. November.",
        "Die Rechnung wird nächste Woche bezahlt.",
        "Bezahlung folgt in Kürze.",
        "Das Geld kommt Ende des Monats.",
        "Sie haben das Geld spätestens am Freitag.",
        "Ich mache die Überweisung am Montag.",
        "Wir begleichen die Rechnung umgehend.",
        "Ich zahle gleich heute Abend.",
        "Überweisung erfolgt heute noch.",
        "Betrag geht diese Woche raus.",
        "Nach meinem Gehaltseingang überweise ich.",
        "Ich werde es Anfang Dezember bezahlen.",
        "Am Freitag ist das Geld auf Ihrem Konto.",
        "Wir werden die Rechnung im nächsten Zahllauf begleichen.",
        "Werde morgen überweisen.",
        "Geht heute noch raus.",
        "Die Zahlung erfolgt bis Ende der Woche.",
        "Ich überweise, sobald ich am 25. mein Gehalt bekomme.",
        "Ich bezahle das am Monatsende.",
        "Zahle am Freitag.",
        "Ich kümmere mich morgen um die Überweisung.",
        "Wir werden umgehend überweisen.",
        "Die Rechnung wird diese Woche noch beglichen.",
        "Sie erhalten die Zahlung in den nächsten Tagen.",
        "Überweisung ist für Freitag eingeplant.",
        "Die Zahlung ist für den 15. terminiert.",
    ],
)
def test_a_debtor_who_commits_to_paying_later_is_promise_to_pay(words: str) -> None:
    assert human_intent(words) is ReplyIntent.PROMISE_TO_PAY


@pytest.mark.parametrize(
    "words",
    [
        "Kann ich in Raten zahlen?",
        "Wäre eine Ratenzahlung möglich?",
        "Ich würde gerne in 4 Raten zahlen.",
        "Ich kann 50 € im Monat zahlen.",
        "Die Hälfte jetzt, den Rest im Dezember.",
        "Ich bräuchte noch etwas Zeit.",
        "Ich bitte um Zahlungsaufschub bis Januar.",
        "Könnten Sie die Zahlungsfrist verlängern?",
        "Ich bin gerade arbeitslos und habe kein Geld.",
        "Wir haben finanzielle Schwierigkeiten.",
        "Ich kann es mir im Moment nicht leisten.",
        "Geben Sie mir noch ein paar Wochen.",
        "Ich kann das nicht auf einmal bezahlen.",
        "Wir sind knapp bei Kasse.",
        "Können wir eine Teilzahlung vereinbaren?",
        "Ich könnte monatlich 100 € abzahlen.",
        "Können wir das in drei Teilbeträgen machen?",
        "Ich kann nur 200 € sofort zahlen, den Rest später.",
        "Wäre es möglich, die Zahlung aufzuteilen?",
        "Könnten Sie mir die Rechnung stunden?",
        "Ich bitte um Stundung bis Ende Januar.",
        "Ich brauche einen Aufschub von vier Wochen.",
        "Ich bin krank und habe momentan kein Einkommen, können wir eine Ratenzahlung machen?",
        "Wir sind gerade in einem finanziellen Engpass.",
        "Könnten wir die Zahlung auf zwei Monate verteilen?",
        "Ich schlage vor, in vier Monatsraten zu zahlen.",
        "Ist eine Abzahlung möglich?",
        "Kann ich es in Teilen bezahlen?",
        "Ich kann nur in kleinen Beträgen zahlen.",
        "Ich kann jeden Monat 50 Euro überweisen.",
        "Können wir einen Ratenplan machen?",
        "Wäre eine Verlängerung des Zahlungsziels um 30 Tage möglich?",
        "Kann ich die Zahlung um einen Monat verschieben?",
        "Ich bitte um etwas Aufschub.",
        "Momentan kann ich leider nicht den vollen Betrag zahlen.",
        "Ich kann die Rechnung nicht auf einen Schlag zahlen.",
        "Mir geht es finanziell gerade sehr schlecht.",
        "Ich habe gerade kein Geld, bekomme aber im Dezember mein Weihnachtsgeld.",
        "Kann ich in zwei Teilen zahlen?",
    ],
)
def test_a_debtor_who_asks_for_instalments_or_more_time_is_payment_plan(words: str) -> None:
    assert human_intent(words) is ReplyIntent.PAYMENT_PLAN


@pytest.mark.parametrize(
    "words",
    [
        "Wie ist Ihre IBAN?",
        "Können Sie mir die Rechnung nochmal schicken?",
        "Wofür ist dieser Betrag?",
        "Welche Rechnungsnummer soll ich angeben?",
        "Kann ich mit Twint zahlen?",
        "Bitte schicken Sie mir eine Kopie der Rechnung.",
        "Ich bräuchte eine Rechnungskopie für meine Buchhaltung.",
        "Bis wann ist die Rechnung fällig?",
        "Was kostet die Mahngebühr?",
        "Gibt es auch eine Zahlung per Lastschrift?",
        "Wo finde ich die Rechnung?",
        "An welches Konto soll ich überweisen?",
        "Könnten Sie mir bitte die Bankverbindung mitteilen?",
        "Ich brauche die IBAN.",
        "Was ist das für eine Rechnung?",
        "Worum geht es bei dieser Rechnung?",
        "Um welche Rechnung handelt es sich?",
        "Welche Leistung wird hier berechnet?",
        "Bitte senden Sie mir die Rechnung erneut zu.",
        "Können Sie mir einen Einzahlungsschein schicken?",
        "Ist die Mahngebühr schon enthalten?",
        "Wie hoch ist der offene Betrag genau?",
        "Welche Zahlungsmöglichkeiten gibt es?",
        "Geht auch Barzahlung?",
        "Kann ich per Rechnung zahlen?",
        "Was passiert, wenn ich nicht zahle?",
        "Können Sie mir sagen, wie hoch der Restbetrag ist?",
        "Ich möchte wissen, wofür die Mahngebühr ist.",
        "Könnten Sie mir eine detaillierte Aufstellung schicken?",
        "Hätten Sie die Rechnung auch als PDF?",
        "Ich möchte zahlen, aber der Link geht nicht. Können Sie mir Ihre IBAN schicken?",
        "Ist auf der Rechnung die Mehrwertsteuer enthalten?",
    ],
)
def test_a_debtor_who_asks_for_information_is_question(words: str) -> None:
    assert human_intent(words) is ReplyIntent.QUESTION


@pytest.mark.parametrize(
    "words",
    [
        "Danke für die Erinnerung.",
        "Ich schaue mir das an und melde mich.",
        "Wir prüfen das intern.",
        "Ok, danke.",
        "Habe es an die Buchhaltung weitergegeben.",
        "Ich gebe Ihnen Bescheid.",
        "Vielen Dank für Ihre Nachricht, wir kümmern uns darum.",
        "Ihre Mail haben wir erhalten.",
        "Alles klar.",
        "Ich kläre das ab.",
        "Danke, ist angekommen.",
        "Ich kümmere mich darum.",
        "Wird erledigt.",
        "Ich leite das an unsere Buchhaltung weiter.",
        "Ich habe das an die zuständige Kollegin weitergeleitet.",
        "Wir sehen uns das an.",
        "Ich muss das erst mit meinem Mann besprechen.",
        "Danke für die Info, ich melde mich nächste Woche.",
        "Ist notiert.",
        "Besten Dank für den Hinweis.",
        "Wir klären das und melden uns.",
        "Alles klar, wird erledigt.",
        "Danke für Ihre Geduld, ich schaue nach.",
        "Wir kommen darauf zurück.",
        "Ich komme auf Sie zurück.",
        "Ich werde mich darum kümmern.",
        "Ok, verstanden.",
        "Habe ich gesehen, danke.",
    ],
)
def test_a_debtor_who_acknowledges_without_committing_is_acknowledged(words: str) -> None:
    assert human_intent(words) is ReplyIntent.ACKNOWLEDGED


@pytest.mark.parametrize(
    "words",
    [
        "Rufen Sie mich an.",
        "Wer sind Sie überhaupt",
        "Schönes Wochenende!",
        "Ich bin bis Montag nicht im Büro.",
        "Können Sie mich zurückrufen?",
        "Hallo",
        "Ich bin im Urlaub bis 20.11.",
    ],
)
def test_a_reply_about_none_of_these_is_unclear(words: str) -> None:
    assert human_intent(words) is ReplyIntent.UNCLEAR


@pytest.mark.parametrize(
    "words",
    [
        "Ich bin selbst Rechtsanwalt und zahle die Rechnung morgen.",
        "Ein Kunde von uns ist in Konkurs gegangen, daher brauchen wir mehr Zeit.",
        "Ich habe keine Mahnung erhalten, nur diese Mail.",
        "Wir haben keine weiteren Rechnungen von Ihnen bekommen.",
        "Ihre Mail war im Spam-Ordner, deshalb antworte ich erst jetzt.",
        "Mein Treuhänder hat die Rechnung letzte Woche bezahlt.",
        "Bitte löschen Sie meine alte Adresse und verwenden Sie die neue.",
        "Ich melde mich morgen bei Ihnen.",
        "Unsere Kanzlei hat die Rechnung bereits beglichen.",
        "Unsere Rechtsabteilung hat die Zahlung freigegeben.",
        "Wir sind eine Anwaltskanzlei und haben die Rechnung bezahlt.",
        "Ich melde mich, sobald ich mehr weiß.",
        "Hören Sie, ich zahle nächste Woche.",
        "Mein Anwalt hat gesagt, ich soll einfach zahlen, das mache ich am Freitag.",
        "Ich konnte nicht mehr antworten, weil ich im Urlaub war.",
    ],
)
def test_a_lawyer_or_insolvency_mentioned_in_passing_or_a_message_not_received_is_not_cease(
        words: str) -> None:
    assert human_intent(words) is not ReplyIntent.CEASE


@pytest.mark.parametrize(
    "words",
    [
        "Ich bin seit 10 Jahren Ihr Kunde.",
        "Ich bin umgezogen, meine neue Adresse lautet Hauptstraße 5.",
        "Meine Kollegin ist diese Woche nicht im Haus.",
        "Ich bin nicht mehr sicher, ob ich bezahlt habe.",
        "Ich habe eine neue E-Mail-Adresse: max@example.de",
        "Frau Meier ist bis Montag nicht im Büro.",
    ],
)
def test_a_customer_who_moved_or_a_colleague_away_is_not_wrong_person(words: str) -> None:
    assert human_intent(words) is not ReplyIntent.WRONG_PERSON


@pytest.mark.parametrize(
    "words",
    [
        "Ich bestreite die Forderung nicht, brauche aber etwas mehr Zeit.",
        "Ich zahle nicht vor dem 15.",
        "Ich überweise nicht per PayPal, sondern per Bank.",
        "Ich habe die Überweisung noch nicht gemacht.",
        "Die Zahlung wurde noch nicht ausgeführt.",
        "Der Zahlungslink funktioniert nicht.",
        "Leider funktioniert der Link nicht.",
        "Meine Karte wurde nicht akzeptiert.",
        "Akzeptieren Sie keine Kreditkarten?",
        "Ich zahle, sobald mein Gehalt da ist.",
        "Ich habe bezahlt, nachdem die Reparatur fertig war.",
        "Mein Konto ist überzogen, ich brauche mehr Zeit.",
        "Die Rechnung ist korrekt, ich zahle am Freitag.",
        "Ich zahle am 20. statt am 15.",
        "Das Angebot war super, danke.",
        "Die Rechnung ist in Ordnung, ich zahle nächste Woche.",
        "Wir zahlen die Rechnung nicht sofort, sondern am Monatsende.",
        "Ich kann erst am 15. zahlen.",
        "Warum haben Sie mir keine Rechnung geschickt?",
        "Das Angebot ist in Ordnung, ich zahle am Freitag.",
        "Ich zahle die Rechnung nicht auf einmal, sondern in Raten.",
        "Ich habe nicht bezahlt, weil ich im Urlaub war. Ich zahle morgen.",
        "Ich kann die Rechnung erst nächste Woche zahlen.",
        "Kann ich die Rechnung nicht per Lastschrift zahlen?",
        "Die Zahlung wurde vom Konto noch nicht abgebucht.",
        "Wir haben leider vergessen, die Rechnung zu bezahlen.",
        "Meine Zahlung ist wohl nicht angekommen?",
        "Nach wie vor schulde ich Ihnen 200 €, die zahle ich Freitag.",
        "Ich zahle erst, wenn mein Gehalt kommt.",
        "Die Versicherung zahlt mir das Geld nächste Woche aus, dann überweise ich.",
        "Ich zahle die Mahngebühr mit, obwohl die Mahnung spät kam.",
        "Toll, danke für die Erinnerung, ich kümmere mich darum.",
        "Der Termin nächste Woche passt mir nicht.",
        "Ich habe den Betrag ohne MwSt. schon überwiesen, den Rest zahlt die Firma.",
        "Mein Computer ist abgestürzt, ich zahle morgen.",
    ],
)
def test_a_promise_for_later_a_payment_problem_or_a_not_yet_is_not_dispute(words: str) -> None:
    assert human_intent(words) is not ReplyIntent.DISPUTE


@pytest.mark.parametrize(
    "words",
    [
        "Ich habe noch nicht bezahlt.",
        "Ich werde morgen überweisen.",
        "Ist meine Zahlung eingegangen?",
        "Können Sie prüfen, ob die Zahlung eingegangen ist?",
        "Die Zahlung ist noch nicht durch.",
        "Die Rechnung bezahlt meine Versicherung nächste Woche.",
        "Bis Freitag ist der Betrag überwiesen.",
        "Es wurde noch nichts abgebucht.",
        "Ich wollte heute überweisen, aber die Bank hatte zu.",
        "Die Rechnung muss noch bezahlt werden.",
        "Wenn die Rechnung bezahlt ist, melde ich mich.",
        "Haben Sie mein Geld bekommen?",
        "Sobald das Geld da ist, überweise ich.",
        "Ich habe die Rechnung bekommen und zahle morgen.",
        "Ich habe die Rechnung erhalten.",
        "Wir haben die Rechnung heute erhalten und werden sie nächste Woche bezahlen.",
        "Ich habe noch nicht überwiesen, mache es aber morgen.",
        "Die Überweisung ist fehlgeschlagen.",
        "Die Zahlung ist zurückgekommen.",
        "Ich werde die Rechnung bezahlen.",
        "Die Rechnung ist noch nicht bezahlt, sorry.",
        "Ich habe es leider noch nicht geschafft zu überweisen.",
        "Die Rechnung wurde an meine Buchhaltung weitergeleitet.",
        "Ich habe vergessen zu bezahlen.",
        "Ich hab's verschwitzt, zahle sofort.",
        "Das Geld ist leider noch nicht da.",
        "Ich dachte, die Rechnung wäre schon bezahlt.",
        "Wissen Sie, ob das schon überwiesen wurde?",
    ],
)
def test_a_payment_not_yet_made_still_to_come_or_asked_about_is_not_paid(words: str) -> None:
    assert human_intent(words) is not ReplyIntent.PAID


@pytest.mark.parametrize(
    "words",
    [
        "Kann ich per Kreditkarte zahlen?",
        "Ich kann im Moment nicht zahlen.",
        "Haben Sie die Zahlung gesehen?",
    ],
)
def test_a_question_about_paying_or_being_unable_to_pay_is_not_promise_to_pay(words: str) -> None:
    assert human_intent(words) is not ReplyIntent.PROMISE_TO_PAY


@pytest.mark.parametrize(
    "words",
    [
        "Merci für die Geduld, ich zahle morgen.",
        "Ich habe vor ein paar Tagen überwiesen.",
        "Ich überweise morgen, danke für Ihre Geduld.",
        "Ich habe vor ein paar Wochen bezahlt.",
        "Die Rechnung kam erst vor ein paar Tagen.",
    ],
)
def test_thanks_for_patience_or_a_few_days_ago_is_not_payment_plan(words: str) -> None:
    assert human_intent(words) is not ReplyIntent.PAYMENT_PLAN


@pytest.mark.parametrize(
    "words",
    [
        "Bitte per WhatsApp melden.",
        "Das hab ich doch schon Ihrem Kollegen am Telefon gesagt.",
        "Schöne Grüße an Herrn Lehmann!",
    ],
)
def test_a_request_to_call_or_a_greeting_is_not_acknowledged(words: str) -> None:
    assert human_intent(words) is not ReplyIntent.ACKNOWLEDGED


@pytest.mark.parametrize(
    "words",
    [
        "Danke, erledigt.",
    ],
)
def test_a_done_is_not_question(words: str) -> None:
    assert human_intent(words) is not ReplyIntent.QUESTION


@pytest.mark.parametrize(
    "words",
    [
        "Mein Anwalt hat Ihnen bereits geschrieben.",
        "Unsere Rechtsanwältin wird Ihnen schreiben.",
        "Auf weitere Mahnungen werde ich nicht mehr reagieren.",
        "Ich werde auf weitere Zuschriften nicht antworten.",
        "Ich ersuche Sie, sämtliche Zuschriften einzustellen.",
        "Wir fordern Sie auf, die Mahnungen umgehend einzustellen.",
        "Stellen Sie die Mahnungen ein.",
    ],
)
def test_a_lawyer_who_already_wrote_or_a_demand_to_stop_writing_is_cease(words: str) -> None:
    assert human_intent(words) is ReplyIntent.CEASE


@pytest.mark.parametrize(
    "words",
    [
        "Mein Anwalt hat mir geraten, die Sache einfach zu bezahlen.",
        "Ich bitte Sie, die Lastschrift einzustellen und mir eine Rechnung zu schicken.",
        "Ich werde auf Ihre Mail morgen antworten.",
        "Ich habe meine Zahlungen eingestellt.",
    ],
)
def test_a_lawyers_advice_or_stopping_a_direct_debit_is_not_cease(words: str) -> None:
    assert human_intent(words) is not ReplyIntent.CEASE


@pytest.mark.parametrize(
    "words",
    [
        "Die Anfahrtspauschale steht zweimal auf der Rechnung.",
        "Die Position Material taucht doppelt in der Rechnung auf.",
        "Der vereinbarte Stundensatz war CHF 95, nicht 125.",
        "Abgemacht waren 80 € pro Stunde, nicht 110 €.",
        "Die 300 € Anzahlung vom 2.10. sind in der Rechnung nicht abgezogen.",
        "Die Akontozahlung über 500 Fr. wurde nicht verrechnet.",
        "Der Rabatt ist nirgends abgezogen.",
        "Die Website ist immer noch nicht online.",
        "Die Küche ist bis heute nicht montiert.",
        "Ich warte seit Wochen, obwohl Ende September fest zugesagt war.",
        "Das Gerät funktioniert nach der Reparatur immer noch nicht.",
        "Die Heizung läuft schon wieder nicht.",
        "Wofür soll ich da zahlen?",
        "Die Fliesen im Bad sind schief verlegt.",
        "Erst Nachbesserung, dann Geld.",
        "Das ist Pfusch.",
    ],
)
def test_a_bill_contested_by_the_facts_is_dispute(words: str) -> None:
    assert human_intent(words) is ReplyIntent.DISPUTE


@pytest.mark.parametrize(
    "words",
    [
        "Ich habe immer noch nicht bezahlt, sorry.",
        "Ich zahle 200, nicht 300, diesen Monat.",
        "Wie vereinbart zahle ich 100 € monatlich.",
        "Die Rechnung steht auf meiner Liste.",
    ],
)
def test_a_payment_not_yet_made_or_an_agreed_plan_is_not_dispute(words: str) -> None:
    assert human_intent(words) is not ReplyIntent.DISPUTE


@pytest.mark.parametrize(
    ("words", "intent"),
    [
        ("Grüezi mitenand, per Twint bezahlt, grad eben.", ReplyIntent.PAID),
        ("Bar bezahlt beim Abholen.", ReplyIntent.PAID),
        ("Mit dem QR-Einzahlungsschein am 30. Oktober bezahlt, bitte prüfen.", ReplyIntent.PAID),
        ("Ich sollte es bezahlen – ist heute per Sofortüberweisung passiert.", ReplyIntent.PAID),
        ("In zwei Wochen zahle ich, dann hat mein Kunde auch bezahlt.",
         ReplyIntent.PROMISE_TO_PAY),
        ("Ich begleiche den Betrag innert 10 Tagen.", ReplyIntent.PROMISE_TO_PAY),
        ("Moin, ich zahle diese Woche noch, bin grad auf Montage.", ReplyIntent.PROMISE_TO_PAY),
        ("Wir zahlen diesen Monat noch.", ReplyIntent.PROMISE_TO_PAY),
        ("Könnten Sie mir die Summe bis Jänner stunden?", ReplyIntent.PAYMENT_PLAN),
        ("Vorschlag: 200 € heute, danach jeweils 100 € zum 15.", ReplyIntent.PAYMENT_PLAN),
        ("Mein Vater, an den diese Mail ging, ist im September verstorben.",
         ReplyIntent.WRONG_PERSON),
        ("Meine Mutter, für die die Rechnung war, ist letzten Monat gestorben.",
         ReplyIntent.WRONG_PERSON),
        ("Den Nachlass verwaltet ein Notar.", ReplyIntent.WRONG_PERSON),
        ("Verwechslung: Wir sind die Müller GmbH aus Köln.", ReplyIntent.WRONG_PERSON),
        ("Sie meinen wohl die Müller GmbH in Kassel.", ReplyIntent.WRONG_PERSON),
    ],
)
def test_swiss_and_austrian_payments_promises_plans_and_estates(
    words: str, intent: ReplyIntent
) -> None:
    assert human_intent(words) is intent


@pytest.mark.parametrize(
    ("words", "intent"),
    [
        ("Der Unfall ist gestern passiert.", ReplyIntent.PAID),
        ("Die Rechnung wird bar bezahlt.", ReplyIntent.PAID),
        ("Können Sie mir die Stunden aufschlüsseln?", ReplyIntent.PAYMENT_PLAN),
        ("Ich zahle nicht innerhalb von 10 Tagen.", ReplyIntent.PROMISE_TO_PAY),
        ("Mein Vater ist gestorben, deshalb brauche ich mehr Zeit.", ReplyIntent.WRONG_PERSON),
        ("Sie meinen wohl die Rechnung vom Oktober?", ReplyIntent.WRONG_PERSON),
        ("Ich bitte um einen Nachlass von 10 %.", ReplyIntent.WRONG_PERSON),
    ],
)
def test_lookalikes_of_those_are_not_that_intent(words: str, intent: ReplyIntent) -> None:
    assert human_intent(words) is not intent


@pytest.mark.parametrize(
    ("words", "intent"),
    [
        # Disputes implied by facts: the debtor's own papers, an agreement, a missing deduction.
        ("Laut Rechnung 48 Paletten. Auf unserem Lieferschein stehen 42.", ReplyIntent.DISPUTE),
        ("Laut unserem Wareneingang waren es nur 30 Stück.", ReplyIntent.DISPUTE),
        ("In unserer Zeiterfassung stehen 6 Stunden.", ReplyIntent.DISPUTE),
        ("Vereinbart waren 10 % Rabatt. Auf der Rechnung findet sich davon nichts.",
         ReplyIntent.DISPUTE),
        ("Abgemacht war ein Festpreis von 800 €.", ReplyIntent.DISPUTE),
        ("Bestellt waren 40 Stück, geliefert wurden 34.", ReplyIntent.DISPUTE),
        ("Auf der Rechnung ist davon leider nichts zu sehen.", ReplyIntent.DISPUTE),
        ("Bei der Schlussrechnung fehlt die Abschlagszahlung von 2.000 €.", ReplyIntent.DISPUTE),
        ("Der Abschlag vom September fehlt.", ReplyIntent.DISPUTE),
        ("Die Lieferung kam am 28.10., vereinbart war spätestens der 10.10.",
         ReplyIntent.DISPUTE),
        ("Vertragsstrafe siehe § 5 Rahmenvertrag.", ReplyIntent.DISPUTE),
        ("Der Liefertermin wurde um drei Wochen überschritten, wir ziehen die Pönale ab.",
         ReplyIntent.DISPUTE),
        ("Wir haben seit dem Sommer nur noch 8 Mitarbeiter und das Downgrade gemacht.",
         ReplyIntent.DISPUTE),
        ("Wir haben die Lizenzen im Juli auf 5 reduziert.", ReplyIntent.DISPUTE),
        ("Wer hat denn diese Zusatzarbeiten beauftragt? Wir jedenfalls nicht.",
         ReplyIntent.DISPUTE),
        ("Die Mehrarbeiten wurden ohne unsere Zustimmung gemacht.", ReplyIntent.DISPUTE),
        ("Ohne unsere Unterschrift zahlen wir keine Extras.", ReplyIntent.DISPUTE),
        ("Mahngebühren zahle ich keine.", ReplyIntent.DISPUTE),
        # Paid: at the post office, cash to the driver, a receipt, a tick, a release.
        ("Hab's am Freitag mit dem Erlagschein bei der Post eingezahlt.", ReplyIntent.PAID),
        ("Bezahlt ✔ Hätte ich eigentlich Skonto abziehen dürfen?", ReplyIntent.PAID),
        ("Ich habe den Betrag bar Ihrem Fahrer mitgegeben.", ReplyIntent.PAID),
        ("Das Geld habe ich Ihrem Monteur in bar übergeben.", ReplyIntent.PAID),
        ("Ihr Techniker hat mir eine Quittung über 120 € gegeben.", ReplyIntent.PAID),
        ("Ich habe dem Chauffeur das Geld bar gegeben.", ReplyIntent.PAID),
        ("Der Monteur hat die 200 € gleich vor Ort kassiert.", ReplyIntent.PAID),
        ("Die Zahlung wurde gestern freigegeben.", ReplyIntent.PAID),
        # Released for a day to come: a promise.
        ("Unsere Buchhaltung hat die Zahlung für den 17.11. freigegeben.",
         ReplyIntent.PROMISE_TO_PAY),
        ("Wir haben die Überweisung zum Monatsende angewiesen.", ReplyIntent.PROMISE_TO_PAY),
        # Half on one day, the rest on another, after a day written "14.".
        ("Die Hälfte zahle ich am 14., den Rest Ende Dezember – ginge das?",
         ReplyIntent.PAYMENT_PLAN),
        ("500 € zahle ich am 14., den Rest im Januar.", ReplyIntent.PAYMENT_PLAN),
        # The mail landed with the wrong person.
        ("Diese Mail ist bei mir falsch gelandet.", ReplyIntent.WRONG_PERSON),
        ("Ihre E-Mail ist fälschlicherweise bei mir zugegangen.", ReplyIntent.WRONG_PERSON),
        ("Ok, ich schau's mir an.", ReplyIntent.ACKNOWLEDGED),
        ("Wir schauen's uns an.", ReplyIntent.ACKNOWLEDGED),
        ("Das muss ich erst mit meinem Mann besprechen.", ReplyIntent.ACKNOWLEDGED),
    ],
)
def test_facts_that_dispute_payments_in_cash_and_releases(
    words: str, intent: ReplyIntent
) -> None:
    assert human_intent(words) is intent


@pytest.mark.parametrize(
    ("words", "intent"),
    [
        ("Auf dem Lieferschein steht die Nummer 4711.", ReplyIntent.DISPUTE),
        ("Wie vereinbart waren wir am Montag da.", ReplyIntent.DISPUTE),
        ("Vereinbart war eine Ratenzahlung von 100 € im Monat.", ReplyIntent.DISPUTE),
        ("Mir fehlt noch die Abschlagsrechnung, bitte schicken.", ReplyIntent.DISPUTE),
        ("Die Frist für die Zahlung ist verstrichen, sorry, ich zahle morgen.",
         ReplyIntent.DISPUTE),
        ("Ich habe den Termin verpasst, tut mir leid.", ReplyIntent.DISPUTE),
        ("Wir zahlen keine Raten, sondern alles auf einmal am Freitag.", ReplyIntent.DISPUTE),
        ("Wer hat Ihnen meine Adresse gegeben?", ReplyIntent.DISPUTE),
        ("Ich habe die Rechnung meinem Steuerberater übergeben.", ReplyIntent.PAID),
        ("Ich habe keine Quittung bekommen.", ReplyIntent.PAID),
        ("Ich werde den Betrag Ihrem Fahrer mitgeben.", ReplyIntent.PAID),
        ("Hat Ihr Fahrer das Geld kassiert?", ReplyIntent.PAID),
        ("Ich habe den Betrag an die Buchhaltung gegeben, die prüft das.", ReplyIntent.PAID),
        ("Die Rechnung ist zur Zahlung freigegeben.", ReplyIntent.PAID),
        ("Die Überweisung ist noch nicht freigegeben.", ReplyIntent.PAID),
        ("Meine Zahlung ist falsch gelandet, auf Ihrem alten Konto.", ReplyIntent.WRONG_PERSON),
        ("Ihre Mail ist im Spam gelandet, sorry.", ReplyIntent.WRONG_PERSON),
        ("Das müssen wir mal persönlich besprechen.", ReplyIntent.ACKNOWLEDGED),
        ("Das sollten wir telefonisch klären.", ReplyIntent.ACKNOWLEDGED),
    ],
)
def test_lookalikes_of_facts_payments_in_cash_and_releases(
    words: str, intent: ReplyIntent
) -> None:
    assert human_intent(words) is not intent


@pytest.mark.parametrize(
    ("words", "intent"),
    [
        # A long way from "haben" to the participle; an ordinal's dot before the verb.
        ("Wir haben den Betrag am 28.10. auf Ihr Konto bei der Raiffeisenbank überwiesen.",
         ReplyIntent.PAID),
        ("Ich habe die offene Summe gestern Abend über das Online-Banking meiner Hausbank an "
         "Sie überwiesen.", ReplyIntent.PAID),
        ("Bis Freitag, den 28., ist das auf Ihrem Konto.", ReplyIntent.PROMISE_TO_PAY),
        ("Bis zum 28. ist das Geld bei Ihnen.", ReplyIntent.PROMISE_TO_PAY),
        # Colloquial verbs without their "-e".
        ("Ich komm grad nicht dazu, aber naechste Woche zahl ich, ganz sicher.",
         ReplyIntent.PROMISE_TO_PAY),
        ("Am Montag überweis ich das.", ReplyIntent.PROMISE_TO_PAY),
        ("Nächste Woche bezahl ich.", ReplyIntent.PROMISE_TO_PAY),
        # Aware of it, will see what can be done.
        ("Ja, ist mir bewusst. Ich schau, was sich machen lässt.", ReplyIntent.ACKNOWLEDGED),
        ("Das ist uns durchaus bewusst.", ReplyIntent.ACKNOWLEDGED),
        ("Mal schauen, was sich machen lässt.", ReplyIntent.ACKNOWLEDGED),
        ("Wir sehen, was wir tun können.", ReplyIntent.ACKNOWLEDGED),
        # Never heard of the company; a private address.
        ("Ich kenne keine Firma Schulze Bau.", ReplyIntent.WRONG_PERSON),
        ("Wir kennen keine Frau Huber.", ReplyIntent.WRONG_PERSON),
        ("Eine Firma Schulze Bau kenne ich nicht.", ReplyIntent.WRONG_PERSON),
        ("Diese E-Mail-Adresse gehört mir privat.", ReplyIntent.WRONG_PERSON),
        ("Das ist meine private E-Mail-Adresse.", ReplyIntent.WRONG_PERSON),
        # Only believed paid ("hätte"), asked to check.
        ("Ich meine, ich hätte das schon im September bezahlt. Können Sie das bitte prüfen?",
         ReplyIntent.QUESTION),
        ("Ich glaube, wir hätten das bereits überwiesen. Könnten Sie das nachsehen?",
         ReplyIntent.QUESTION),
        ("Können Sie bitte nachschauen, ob meine Zahlung angekommen ist?", ReplyIntent.QUESTION),
        # The debtor's own records give another figure.
        ("Es wurden 40 Stunden berechnet, Ihr Mitarbeiter war laut unserem Zutrittsprotokoll "
         "22 Stunden im Haus.", ReplyIntent.DISPUTE),
        ("Laut unserer Zeiterfassung waren es nur 7,5 Stunden.", ReplyIntent.DISPUTE),
        ("Laut unserem Übergabeprotokoll 18 Paletten, nicht 20.", ReplyIntent.DISPUTE),
        ("Ihr Techniker war laut unserer Stempelkarte nur 3 Stunden hier.", ReplyIntent.DISPUTE),
    ],
)
def test_round_five_paid_promises_acknowledgements_wrong_people_and_records(
    words: str, intent: ReplyIntent
) -> None:
    assert human_intent(words) is intent


@pytest.mark.parametrize(
    ("words", "intent"),
    [
        ("Zahl ich nicht.", ReplyIntent.PROMISE_TO_PAY),
        ("Das ist mir nicht bewusst, ich habe nichts bestellt.", ReplyIntent.ACKNOWLEDGED),
        ("Mir war nicht bewusst, dass das Abo weiterläuft.", ReplyIntent.ACKNOWLEDGED),
        ("Ich kenne keinen Grund für die Verspätung.", ReplyIntent.WRONG_PERSON),
        ("Die Firma kenne ich, aber die Rechnung stimmt nicht.", ReplyIntent.WRONG_PERSON),
        ("Ich meine, ich habe das schon im September bezahlt.", ReplyIntent.QUESTION),
        ("Laut unserem Protokoll war der Techniker am 12. Mai bei uns.", ReplyIntent.DISPUTE),
        ("Laut unserer Zeiterfassung kam er um 8 Uhr.", ReplyIntent.DISPUTE),
        ("Laut unserem Protokoll 2024 ist alles in Ordnung.", ReplyIntent.DISPUTE),
        ("Wir prüfen das und melden uns.", ReplyIntent.QUESTION),
    ],
)
def test_round_five_lookalikes(words: str, intent: ReplyIntent) -> None:
    assert human_intent(words) is not intent


@pytest.mark.parametrize(
    "words",
    [
        "Mir war nicht bewusst, dass das Abo weiterläuft.",
        "Ich wusste nicht, dass sich der Vertrag automatisch verlängert.",
        "Wir wussten nicht, dass die Anfahrt extra kostet.",
        "Ich kenne keinen Grund, warum die Rechnung so hoch ist.",
        "Ich verstehe nicht, warum der Betrag so hoch ist.",
        "Laut Ihrem Angebot kostet das 800 Euro, nicht 950.",
        "Laut Ihrer Website kostet das 349 Euro.",
        "Es waren nur 3 Personen beim Essen, nicht 5.",
        "Wir haben nur 30 Stück erhalten, nicht 40.",
        "Ich bin seit 2023 kein Mitglied mehr.",
        "Die Mitgliedschaft endete am 31.12.",
        "Der Vertrag ist abgelaufen.",
    ],
)
def test_a_renewal_not_known_of_a_price_quoted_or_a_membership_ended_is_dispute(
    words: str,
) -> None:
    assert human_intent(words) is ReplyIntent.DISPUTE


@pytest.mark.parametrize(
    "words",
    [
        "Ich wusste nicht, dass die Rechnung schon fällig ist.",
        "Mir war nicht klar, dass Sie schon gemahnt haben.",
        "Die Rechnung ist so hoch, dass wir sie in Raten zahlen müssen.",
        "Laut Ihrer Website kann ich per PayPal zahlen, geht das?",
        "Laut Ihrer Mail vom 3.10. ist noch etwas offen.",
        "Wir können nur 3 Raten zahlen, nicht 5.",
        "Ich bin kein Mitglied, bitte melden Sie mich an.",
    ],
)
def test_a_due_date_not_known_of_or_instalments_limited_is_not_dispute(words: str) -> None:
    assert human_intent(words) is not ReplyIntent.DISPUTE


@pytest.mark.parametrize(
    ("words", "intent"),
    [
        ("Lassen Sie mich bitte in Frieden.", ReplyIntent.CEASE),
        ("Die Schuldnerberatung der Caritas vertritt mich.", ReplyIntent.CEASE),
        ("Ich werde von der Schuldnerberatung der Diakonie vertreten.", ReplyIntent.CEASE),
        ("Hab's vorhin per Twint geschickt.", ReplyIntent.PAID),
        ("Ich habe es heute per Paypal bezahlt.", ReplyIntent.PAID),
        ("Ich mach die Überweisung gleich nach dem Mittag.", ReplyIntent.PROMISE_TO_PAY),
    ],
)
def test_round_five_cease_paid_and_promise_variants(words: str, intent: ReplyIntent) -> None:
    assert human_intent(words) is intent


@pytest.mark.parametrize(
    ("words", "intent"),
    [
        ("Frau Huber vertritt mich während meines Urlaubs.", ReplyIntent.CEASE),
        ("Herr Maier vertritt mich bis 20.11., solange ich krank bin.", ReplyIntent.CEASE),
        ("Ich vertrete mich selbst.", ReplyIntent.CEASE),
        ("Hab ich per Twint geschickt?", ReplyIntent.PAID),
    ],
)
def test_holiday_cover_or_a_payment_asked_about_is_not_cease_or_paid(
    words: str, intent: ReplyIntent
) -> None:
    assert human_intent(words) is not intent


@pytest.mark.parametrize(
    "words",
    [
        "Die Lieferung vom 12.03. ist bei uns nie angekommen.",
        "Die Ware ist nie bei uns angekommen.",
        "Die Ware vom 12.3. ist bis heute nicht bei uns eingetroffen.",
        "Wir haben die Lieferung vom 12.03. nie bekommen.",
        "Die Sendung vom 5.4. kam bei uns nie an.",
        "Die Bestellung ist aber nie angekommen.",
        "Laut DHL-Sendungsverfolgung ging das Paket am 16.03. an den Absender zurück.",
        "Das Paket wurde laut Post als unzustellbar retourniert.",
        "Die Sendung ging retour an den Absender.",
        "Das Paket ist auf dem Postweg verloren gegangen.",
        "Die Sendung ist verschollen.",
        "Das Päckli ist nie angekommen.",
        "Das Packerl is nie angekommen.",
        "Die Lieferung wurde an die falsche Adresse zugestellt.",
        "Wir haben nie eine Lieferung erhalten.",
        "Wir haben keine Ware bekommen.",
    ],
)
def test_goods_that_never_arrived_or_went_back_to_the_sender_are_dispute(words: str) -> None:
    assert human_intent(words) is ReplyIntent.DISPUTE


@pytest.mark.parametrize(
    "words",
    [
        "Die Lieferung vom 12.03. ist gut angekommen.",
        "Ihre Mahnung kam als unzustellbar zurück.",
        "Die Lieferung ist da, aber die Rechnung habe ich nie bekommen.",
        "Die Rechnung ist wohl verloren gegangen, können Sie sie nochmal schicken?",
        "Die Lieferung kam gut an, keine Beanstandung.",
    ],
)
def test_goods_that_arrived_or_a_letter_returned_is_not_dispute(words: str) -> None:
    assert human_intent(words) is not ReplyIntent.DISPUTE


@pytest.mark.parametrize(
    "words",
    [
        "Ihre Mahnung ging an die falsche Adresse.",
        "Sie schreiben an die falsche Adresse.",
    ],
)
def test_a_reminder_sent_to_the_wrong_address_is_wrong_person(words: str) -> None:
    assert human_intent(words) is ReplyIntent.WRONG_PERSON


@pytest.mark.parametrize(
    "words",
    [
        "Die Überweisung geht bis spätestens zum 15.03. raus. Bitte noch um a bissl Geduld.",
        "Bitte um Geduld, ich zahle am Freitag.",
        "Wir überweisen am 20. Wir bitten um etwas Geduld.",
    ],
)
def test_a_plea_for_patience_with_a_payment_day_is_promise_to_pay(words: str) -> None:
    assert human_intent(words) is ReplyIntent.PROMISE_TO_PAY


@pytest.mark.parametrize(
    "words",
    [
        "Ich bitte um Geduld bis Ende Mai.",
        "Haben Sie bitte noch etwas Geduld bis Monatsende.",
        "Bitte gedulden Sie sich noch bis Ende Monat.",
        "Bitte um noch ein paar Wochen Geduld.",
        "Wir bitten um Geduld für ein paar Wochen.",
    ],
)
def test_a_plea_for_patience_until_a_day_or_for_weeks_is_payment_plan(words: str) -> None:
    assert human_intent(words) is ReplyIntent.PAYMENT_PLAN


@pytest.mark.parametrize(
    "words",
    [
        "Bis zum 15. ist das Geld bei euch.",
        "Ich schau, dass es bis 15. erledigt ist.",
        "Ich überweis es dir bis Monatsende.",
        "I zahl des am Freitag.",
        "Ich werd des bis Freitag überweisen.",
    ],
)
def test_spoken_austrian_and_swiss_promises_are_promise_to_pay(words: str) -> None:
    assert human_intent(words) is ReplyIntent.PROMISE_TO_PAY


@pytest.mark.parametrize(
    "words",
    [
        "Ich überweis am Freitag?",
        "Ich schau, dass ich die Unterlagen bis Freitag finde.",
        "Bis gestern war das Geld bei euch.",
    ],
)
def test_spoken_lookalikes_are_not_promise_to_pay(words: str) -> None:
    assert human_intent(words) is not ReplyIntent.PROMISE_TO_PAY


@pytest.mark.parametrize(
    "words",
    [
        "Das Geld ist bei Ihnen schon am Konto.",
        "Des Geld is scho bei eich.",
        "Der Betrag ist seit Freitag auf eurem Konto.",
        "Das Geld ist schon bei dir.",
    ],
)
def test_money_already_with_the_creditor_is_paid(words: str) -> None:
    assert human_intent(words) is ReplyIntent.PAID


@pytest.mark.parametrize(
    "words",
    [
        "Ist das Geld schon bei euch?",
        "Das Geld ist noch nicht am Konto.",
        "Bis Freitag ist das Geld schon bei euch.",
    ],
)
def test_money_asked_about_not_yet_or_by_a_day_to_come_is_not_paid(words: str) -> None:
    assert human_intent(words) is not ReplyIntent.PAID
