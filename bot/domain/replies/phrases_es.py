"""Spanish: the words debtors use for each intent, merged into `phrases.py`'s lists.

Patterns are matched case-insensitively against one sentence at a time of the debtor's own
words (quoted text, signature and "if ..." clauses already removed), as `phrases.py` says.
Keep them general: the ways people write, not the wording of any one sample.

Spanish as written in Spain and the Americas: usted/ustedes/vosotros/tú/vos, missing accents
(`[áa]`, `[ée]` ...), and regional words ("consigné", "cancelé la factura" and "está pago"
for paid in much of Latin America; "abonos" for instalments in Mexico; "la guita", "la plata",
"la lana" for money). A 1st person plural such as "pagamos" is past or present alike, so it
is used for a promise or a payment only with another word that says which.
"""

from __future__ import annotations

from bot.domain.replies.intents import ReplyIntent
from bot.domain.replies.their_own import THEIR_OWN

# Forms used in several patterns below.
_YOU = r"(?:les|le|te|os)"  # to you: ustedes, usted, tú/vos, vosotros
# Not just after a question's first word: "¿cómo les pago?", "¿a qué cuenta le deposito?"
_ASKED = (r"(?<!¿)(?<!¿y )(?<!c[oó]mo )(?<!d[oó]nde )(?<!cu[aá]ndo )(?<!qu[eé] )"
          r"(?<!qui[eé]n )(?<!cu[aá]l )(?<!c[oó]mo se )(?<!d[oó]nde se )")
# ... nor in a sentence that ends in a question mark ("¿a qué cuenta le transfiero?"), but a
# tag question after it is no matter ("les pago el viernes, ¿vale?")
_NOT_ASKED = r"(?![^.!?¿\n]*\?)"
# A written message: what a debtor asks not to be sent any more, or says came to them wrongly.
_MESSAGES = (r"(?:correos?|e-?mails?|mails?|mensajes?|recordatorios?|avisos?|whatsapps?|sms|"
             r"cartas?|notificaci[oó]n|notificaciones|llamadas?|comunicaci[oó]n|comunicaciones)")
# Someone who acts for the debtor: contact goes through them.
_REPRESENTATIVE = (r"(?:abogad[oa]s?|letrad[oa]s?|apoderad[oa]s?|representantes? legal(?:es)?|"
                   r"asesor(?:a|es)? (?:legal|jur[ií]dic[oa])|asesor[ií]a jur[ií]dica|"
                   r"bufete|despacho|gestor(?:a|[ií]a)?|procurador(?:a)?|s[ií]ndico|"
                   r"administrador(?:a)? concursal|departamento (?:legal|jur[ií]dico))")
# Money or a payment, as the thing paid, sent or received.
_MONEY = (r"(?:pagos?|transferencias?|dep[oó]sitos?|ingresos?|abonos?|giros?|cheques?|"
          r"consignaci[oó]n|consignaciones|importe|monto|dinero|plata|guita|lana|pasta|feria|"
          r"total|saldo|resto|efectivo)")
# Goods or a service, as what was not delivered, was faulty or was returned.
_GOODS = (r"(?:pedidos?|mercanc[ií]as?|productos?|material(?:es)?|paquetes?|env[ií]os?|"
          r"equipos?|servicios?|art[ií]culos?|g[eé]neros?|entregas?|encargos?|cajas?|"
          r"piezas?|unidades|m[aá]quinas?|aparatos?|repuestos?|mercader[ií]as?|insumos?|"
          r"lotes?|bultos?|muebles?|sillas?|mesas?|azulejos?|baldosas?|puertas?|ventanas?)")
# A word of paying in the past tense, first or third person, that is never a present or a
# subjunctive (so not "pagamos", "mando" or "deposite").
_PAID_VERB = (r"(?:pagué|pagé|pagó|pagaron|transferí|transfirió|transfirieron|depositó|"
              r"deposité|depositaron|consigné|consignó|consignaron|aboné|abonó|abonaron|"
              r"ingresé|ingresó|ingresaron|giré|giraron|liquidé|liquidó|liquidaron|saldé|"
              r"saldó|saldaron|cancelé|hice|hicimos|hizo|hicieron|realicé|realizó|realizaron|"
              r"efectué|efectuó|efectuaron|mandé|mandó|mandaron|envié|envió|enviaron)")
# The same 1st person without its accent, which is also a subjunctive ("que realice el pago"):
# paid only after "ya".
_PAID_UNACCENTED = (r"(?:pague|transferi|deposite|consigne|abone|ingrese|gire|liquide|salde|"
                    r"cancele|realice|efectue|mande|envie)")

# What a debtor pays with, or where: a fault there is no dispute about the bill ("el enlace
# de pago no funciona", "cuando funcione la web les pago").
_PAY_CHANNEL = (r"(?:enlace|link|web|p[aá]gina|portal|tarjeta|bizum|app|aplicaci[oó]n|pasarela|"
                r"bot[oó]n|c[oó]digo|formulario|banca|banco|plataforma|tpv|dat[aá]fono|"
                r"contrase[ñn]a|clave|usuario|qr|domiciliaci[oó]n|correo|mail|tel[eé]fono|"
                r"n[uú]mero|sistema|cuenta)")
# Setting right what was billed, as asked of the creditor (subjunctive, usted/ustedes/vosotros
# imperative): "cuando arreglen la fuga", "reparad la persiana", "cuando terminen la obra".
# "Terminar" and "acabar" only with the work ("cuando terminen las vacaciones" is a date).
_WORK = (r"(?:obras?|trabajos?|reformas?|instalaci[oó]n|proyecto|montaje|reparaci[oó]n|"
         r"ba[ñn]o|cocina|tejado|tareas?|servicio|encargo|pedido|entrega|pintura|mudanza)")
_FIX_VERB = (r"(?:(?:arregl|repar|solucion|rectifiqu|complet|reemplac|instal|retir)(?:en|[eé]is|"
             r"ad|e)|corr[ií]j(?:an|a|[aá]is)|corregid|sustituy(?:an|a|[aá]is)|sustituid|"
             r"(?:cambi|entregu)(?:en|[eé]is|ad|e)(?! (?:la|el|mi|nuestra|nuestro) (?:n[oó]mina|"
             r"sueldo|salario|paga|pago|dinero|d[ií]a|fecha|turno|liquidaci[oó]n|finiquito|"
             r"pensi[oó]n|aguinaldo|prima|cheque|transferencia)\b)|(?:lo|la|los|las) (?:termin|"
             r"acab|finalic)(?:en|[eé]is)|(?:termin|acab|finalic)(?:en|[eé]is|ad) (?:el|la|los|"
             rf"las) {_WORK})")
# Paying, as what the debtor will do once it is set right: "y pago", "os pagamos".
_WE_PAY = (r"(?:(?:les|le|os|te|se lo|se la) )?(?:pago|pagamos|pagar[eé]|pagaremos|abono|abonamos|"
           r"abonar[eé]|abonaremos|liquido|liquidamos|se paga|se abona|hablamos de pagar)")
# What a subscription, order or booking is: what a debtor says they cancelled.
_BOOKED = (r"(?:reservas?|pedidos?|contratos?|suscripci[oó]n|suscripciones|servicios?|"
           r"[oó]rden(?:es)?|compras?|membres[ií]as?|eventos?|viajes?|citas?|encargos?|"
           r"planes|plan|abonos? (?:mensual|anual|de temporada)|cursos?|matr[ií]culas?)")

# A time still to come, which makes a 1st person plural ("depositamos") a promise: "la semana
# próxima", "el mes que viene", "mañana" (not "esta mañana", "por la mañana"), "a principios
# de diciembre".
_TO_COME = (r"(?:la semana (?:pr[oó]xima|que viene)|la pr[oó]xima semana|el mes (?:pr[oó]ximo|"
            r"que viene)|el pr[oó]ximo (?:mes|lunes|martes|mi[eé]rcoles|jueves|viernes|s[aá]bado|"
            r"domingo)|pasado ma[ñn]ana|(?<!esta )(?<!la )(?<!de )ma[ñn]ana|esta (?:tarde|noche)|"
            r"a fin de mes|(?:a|para) (?:principios|mediados|finales|fines) de \w+)")

# After "no lo pago": a day it will be paid on makes it a promise, not a refusal ("no lo pago
# hasta el viernes"); "hasta que lo arreglen" stays a refusal.
_NOT_UNTIL_A_DAY = (r"(?! hasta (?:el|la|fin|finales|mediados|principios|ma[ñn]ana|pasado|\d|"
                    r"lunes|martes|mi[eé]rcoles|jueves|viernes|s[aá]bado|domingo|pr[oó]xim|"
                    r"que cobre|que me paguen|que reciba|que tenga)\b)")

PHRASES: dict[ReplyIntent, tuple[str, ...]] = {
    ReplyIntent.CEASE: (
        # "marqué 'sin comunicaciones por email'"
        r"\bsin (?:comunicaciones|contacto|avisos|env[íi]os) por (?:e-?mail|correo|mail)\b",
        # this address not to be used again: "Esta dirección no es para temas de pagos. No la
        # vuelvan a usar"
        r"\bno la (?:vuelvan|vuelva|volváis) a (?:usar|utilizar)\b",
        # another way instead of email: "prefiero que me llamen por teléfono en vez de escribirme
        # aquí", "llámenme en lugar de mandar correos"
        r"\b(?:ll[áa]m(?:en|e)(?:me|nos)?|llamar(?:me|nos)?|me llamen|nos llamen|por tel[ée]fono|"
        r"por whats\s?app)\b"
        r"[^.]{0,30}\b(?:en vez de|en lugar de) (?:escribir|mandar|enviar|correos?|e-?mails?|"
        r"mails?)",
        # "Les ruego que se pongan en contacto con ellos y no conmigo", "preconcurso", "Las
        # comunicaciones, al despacho que nos asesora"
        r"\b(?:toda la|las) (?:correspondencia|comunicaci(?:ón|ones)) (?:pase|pasen|vaya|vayan) "
        r"(?:por|a través de) (?:él|ella|ellos|ellas|mi |nuestr)|"
        r"\bcon (?:ellos|él|ella|ellas) y no (?:conmigo|con nosotros)\b|\bpreconcurso\b|\b(?:las|"
        r"toda) comunicaci(?:ones|ón),? al despacho\b",
        r"\bconsid[ée]r(?:en|e|ad)lo (?:como )?mi [úu]ltima respuesta\b",
        r"\bbasta de (?:mails|correos|e-?mails|mensajes|recordatorios|avisos)\b",
        # "que ya no le manden correos a él", "Los he bloqueado y reportado como spam. No insistan."
        r"\bya no (?:me|nos|le|les) (?:manden|mande|env[ií]en|env[ií]e|escriban|escriba) "
        rf"(?:\w+ )?{_MESSAGES}\b|\b(?:los|les|las|lo|la|te) (?:he|hemos) bloquead[oa]s?\b|"
        r"^\W*no insistan\W*$",
        # "Por aquí no contesto más", "ya no leo los correos"
        r"\bpor (?:aqu[íi]|ac[áa]) (?:ya )?no (?:contesto|respondo|leo|voy a (?:contestar|"
        r"responder))\b|\bya no (?:me|nos) (?:manden|env[ií]en|escriban) nada\b|"
        r"\bya no (?:leo|miro|abro|"
        r"reviso|contesto) (?:el |los |sus |este |estos )?(?:correos?|e-?mails?|mails?)\b",
        # "dejen de mandarme correos", "deja de escribirme", "paren de llamar"
        r"\b(?:dej(?:e|en|ad|es|a|ar)|paren|pare|para|parad|basta) de (?:estar(?:me|nos)? )?"
        r"(?:mande\b|mandar|enviar|"
        r"escribir|contactar|llamar|molestar|acosar|hostigar|insistir|agobiar|fastidiar|"
        r"perseguir|spamear|reclamar)\w*",
        # "no me manden más mails", "no nos envíen más recordatorios", "no me sigan escribiendo"
        r"\bno (?:me|nos) (?:sigan |siga |sigas |sig[aá]is )?(?:manden|mande|mandes|mand[eé]is|"
        r"env[ií]en|env[ií]e|env[ií]es|envi[eé]is|escriban|escriba|escribas|escrib[aá]is|"
        r"contacten|contacte|contactes|contact[eé]is|llamen|molesten|moleste|molestes|"
        r"mandando|enviando|escribiendo|contactando|llamando|molestando)\b(?: \S+){0,2}? "
        rf"(?:m[aá]s|{_MESSAGES})\b",
        # "favor de no volver a contactarme", "no vuelvan a escribirme"
        r"\bno (?:me|nos) (?:sigan|siga|sigas|sig[aá]is) (?:mandando|enviando|escribiendo|"
        r"contactando|llamando|molestando|acosando|reclamando)\b|\bno (?:autorizo|autorizamos|"
        r"consiento|consentimos|deseo|deseamos|quiero|queremos) que (?:me|nos) (?:contacten|"
        r"contacte|escriban|escriba|llamen|llame|molesten|moleste|sigan|siga)\b",
        r"\bno (?:vuelvan?|vuelvas|volv[aá]is|volver(?:me|nos)?|volvais) a (?:contactar|"
        r"escribir|llamar|mandar|enviar|molestar|comunicar|reclamar)\w*",
        # Mail not read ("No leo los correos", "los mails no los abro"), a threat with the next
        # one ("Otro correo más y los reporto"), a lawyer's advice not to answer ("me dijo que
        # ... yo no conteste nada"), the debtor spared ("por carta y no a ella por correo")
        r"\bno (?:leo|abro|reviso|miro) (?:los|sus|esos|estos|ning[uú]n) (?:correos?|mails?|"
        r"e-?mails?)\b|\b(?:correos|mails|e-?mails),? no los (?:leo|abro|reviso|miro)\b|"
        r"\b(?:correo|mail|e-?mail),? no lo (?:leo|abro|reviso|miro)\b|\ba este (?:correo|mail) "
        r"no\b|"
        r"\botro (?:correo|mail|e-?mail|mensaje|recordatorio) m[áa]s y\b|\b(?:me dijo|me "
        r"aconsej[óo]|me recomend[óo]|me indic[óo])\b[^.]{0,60}\bno (?:conteste|responda)\b|"
        r"\by no a (?:ella|él|el) por (?:correo|mail|e-?mail)\b",
        # "absténgase de contactarme", "abstenerse de llamar"
        r"\babst[eé]n(?:ga|gan|gase|ganse|erse|ete|gaos|te)\w* de (?:contactar|escribir|llamar|"
        r"enviar|mandar|comunicar|molestar|reclamar|cobrar)\w*",
        # "bórrenme de su lista", "elimínenme de la base de datos", "sáquenme de la lista"
        r"\b(?:b[oó]rr|elim[ií]n|s[aá]qu|qu[ií]t|d[eé]n)(?:en|e|ad|a)(?:me|nos) (?:de|en) "
        r"(?:su|la|sus|las|vuestra|tu|esta|esa) (?:lista|base|listado|registro|baja|env[ií]os|"
        r"sistema|mailing)",
        r"\b(?:qu[ií]t|elim[ií]n|b[oó]rr|saqu|ret[ií]r)(?:en|e|ad|a) (?:mi|nuestro|nuestra|este|"
        r"el|nuestros|mis) (?:correo|e-?mail|mail|direcci[oó]n|n[uú]mero|tel[eé]fono|contacto|"
        r"datos)\b(?: \S+){0,3}? (?:de|en) (?:su|la|sus|vuestra|tu|esta|esa) (?:lista|base|"
        r"listado|registro|sistema|mailing|env[ií]os)",
        r"^\W*(?:baja|darme de baja|dar de baja este correo)\W*$|\bdarnos de baja\b",
        # "no autorizo más contacto por este medio", "no quiero más correos automáticos"
        r"\bno (?:autorizo|autorizamos|consiento|consentimos|acepto|aceptamos|deseo|deseamos|"
        r"quiero|queremos) (?:\w+ ){0,2}?(?:m[aá]s |ning[uú]n |ninguna |otro |otra )?"
        rf"(?:contactos?|{_MESSAGES})\b",
        r"\bno (?:quiero|queremos) saber (?:nada )?(?:m[aá]s )?de (?:ustedes|vosotros|usted|"
        r"ti|vos|su empresa|su compa[ñn][ií]a)\b",
        # data protection: "ejerzo mi derecho de oposición", "eliminen mis datos", RGPD/LOPD
        # (not a signature's notice: "De acuerdo con el RGPD, le informamos de que ...", nor
        # "No GDPR worries on my side")
        r"\b(?:ejerzo|ejercemos|ejercito|ejercitamos) (?:mi|mis|nuestro|nuestros|el|los) "
        r"derechos?\b|\bderecho (?:de|a la) (?:oposici[oó]n|supresi[oó]n|cancelaci[oó]n|"
        r"olvido)\b|\b(?:me opongo|nos oponemos) al tratamiento\b",
        r"\b(?:elimin|borr|suprim|cancel)(?:en|an|e|a|ad|id) (?:todos )?(?:mis|nuestros) "
        r"datos\b|(?<!\bno )\b(?:RGPD|LOPD|LOPDGDD|GDPR|habeas data)\b"
        r"(?![^.]{0,40}\bles? informa(?:mos)?\b)",
        r"\bces(?:en|e|ad|ar) (?:todo|cualquier|el|de) ?(?:contacto|comunicaci\w+|tratamiento|"
        r"contactar\w*|escribir\w*|llamar\w*|enviar\w*|mandar\w*)",
        # "exijo que cesen los correos", "que cese ya el envío de avisos"
        r"\bces(?:en|e|ad|ar|is) (?:ya |de una vez )?(?:tod[oa]s (?:l[oa]s )?|tod[oa] |l[oa]s |"
        r"el |la |sus |vuestr[oa]s |est[oa]s |es[oa]s |tantos |tantas )?(?:env[ií]os? de )?"
        rf"{_MESSAGES}\b",
        # without a pronoun: "no envíen más avisos a esta dirección", "no manden más correos"
        r"\bno (?:(?:le|les) )?(?:sigan |siga |sig[aá]is )?(?:env[ií]en|env[ií]e|manden|mande|"
        r"mand[eé]is|envi[eé]is|remitan|remita|escriban|escriba|enviando|mandando|remitiendo) "
        rf"(?:m[aá]s|ning[uú]n|ninguna|otro|otra|otros|otras) (?:\w+ )?{_MESSAGES}\b",
        # the debtor company in liquidation: "la sociedad está en liquidación", "el liquidador
        # nombrado es D. Ramón Ortiz"
        THEIR_OWN + r"\b(?:sociedad|empresa|compa[ñn][ií]a|mercantil|firma|negocio|entidad|"
        r"s\.?l\.?|s\.?a\.?)\b (?:\w+ )?(?:est[aá]|se encuentra|ha entrado|entr[oó]|ha sido "
        r"puesta|fue puesta|ha quedado|qued[oó]) en (?:proceso de )?(?:liquidaci[oó]n|"
        r"disoluci[oó]n|concurso|quiebra|insolvencia)\b|\b(?:el|la) (?:liquidador|liquidadora)"
        r"(?: \w+)? (?:es|ser[aá]|"
        r"se encarga|gestiona|lleva)\b|\b(?:liquidador|liquidadora) (?:nombrad|designad)[oa]\b",
        # a lawyer or representative: "soy abogada y represento a ...", "toda comunicación
        # debe dirigirse a este despacho", "cualquier contacto será a través de mi gestor"
        # (not the writer's own trade: "Soy abogada y justo estoy con un juicio")
        r"\bsoy (?:el |la )?(?:abogad[oa]|letrad[oa]|apoderad[oa]|representante legal)\b"
        r"(?!,? y (?!represento|llevo|act[úu]o|me encargo)\w)|"
        r"\b(?:represento|representamos) (?:legalmente )?a\b",
        r"\b(?:despacho|bufete|abogad[oa]s?|letrad[oa]s?)\b(?: \S+){0,4}? (?:lleva|llevan|"
        r"gestiona|gestionan|se encarga de|se encargan de|representa|representan|tiene|tienen) "
        r"(?:mi|nuestro|este|el) (?:caso|asunto|expediente|reclamaci[oó]n)\b",
        r"\b(?:toda|cualquier|cualquiera|futuras?) (?:la |otra )?(?:comunicaci[oó]n|"
        r"comunicaciones|correspondencia|contacto|notificaci[oó]n|notificaciones)\b.{0,60}?\b"
        rf"{_REPRESENTATIVE}\b",
        r"\b(?:mis|nuestros|nuestras|nuestra) (?:abogad[oa]s?|letrad[oa]s?)\b|\b(?:mi|nuestro|"
        r"nuestra) (?:letrad[oa]|representante legal)\b",
        r"\b(?:mediante|v[ií]a|a trav[eé]s de|por medio de|por escrito a|dir[ií]j\w+ a|"
        r"contacten? (?:a|con)|hablen? con|comun[ií]quen?se con|ll[aá]men? a|escr[ií]ban(?:le)? "
        r"a) (?:mi|nuestro|nuestra|nuestros|mis) "
        rf"{_REPRESENTATIVE}\b",
        # insolvency of the debtor
        THEIR_OWN + r"(?:\bconcurso (?:mercantil|preventivo|voluntario|necesario)\b|"
        r"\bsuspensi[oó]n de pagos\b|"
        r"\bley de (?:la )?segunda oportunidad\b|\bexoneraci[oó]n del pasivo\b|"
        r"\b(?:procedimiento|proceso|juicio|tr[aá]mite) (?:concursal|de insolvencia|de "
        r"liquidaci[oó]n judicial|de reorganizaci[oó]n)\b|\bliquidaci[oó]n (?:judicial|forzosa)\b|"
        r"\b(?:declarad[oa]s?|declar[eé]|declar[oó]|declaramos) (?:en )?(?:quiebra|concurso|"
        r"insolvencia|bancarrota)\b|\bbancarrota\b|\bs[ií]ndico de la quiebra\b)",
        # "denme de baja", "quiero que me den de baja", "dadnos de baja"
        r"\b(?:d[eé]n(?:me|nos)|d[eé](?:me|nos)|d(?:adme|adnos|ame|anos)|d[aá]r(?:me|nos)|"
        r"(?:me|nos) (?:den|d[eé]|deis|des)) de baja\b",
        # a firm that acts for the debtor: "nuestro despacho representa a la Sra. Ruiz", "él me
        # representa en este tema"
        r"\b(?:despacho|bufete|firma|abogad[oa]s?|letrad[oa]s?|estudio jur[ií]dico|"
        r"procurador(?:a|es)?|apoderad[oa]s?)\b(?: \S+){0,3}? (?:que )?(?:representa|representan|"
        r"asiste|asisten|defiende|defienden|act[uú]a en nombre|act[uú]an en nombre) (?:a|al|de|"
        r"del)\b",
        r"\b(?:[eé]l|ella|ellos|ellas) (?:me|nos) (?:representa|representan|defiende|"
        r"defienden)\b(?! (?:un|una|el|la|unos|unas|mucho|poco|bien|mal)\b)",
        # contact only on paper: "a partir de ahora, solo por correo postal"
        r"\b(?:s[oó]lo|solamente|[uú]nicamente|exclusivamente) (?:por|mediante|v[ií]a|a trav[eé]s "
        r"de|con) (?:correo postal|correo ordinario|correo certificado|carta|cartas|burofax|"
        r"escrito|v[ií]a postal|carta certificada)\b|\bpor (?:correo postal|carta|burofax|escrito|"
        r"v[ií]a postal) (?:[uú]nicamente|exclusivamente|solamente|s[oó]lo)\b",
        # "traten con mi gestor", "eso lo verá mi abogada", "hablen con ella, no conmigo"
        r"\b(?:traten|tratad|trate|ent[ií][eé]ndan(?:se)?|ent[ií][eé]ndase|vean(?:lo)?|vea(?:lo)?|"
        r"resuelvan(?:lo)?|arr[eé]glen(?:lo|se)?|gestionen(?:lo)?) (?:\w+ )?(?:con|a trav[eé]s de) "
        rf"(?:mi|nuestro|nuestra|nuestros|mis) {_REPRESENTATIVE}\b",
        r"\b(?:ver[aá]n?|llevar[aá]n?|tratar[aá]n?|resolver[aá]n?|gestionar[aá]n?|"
        r"se encargar[aá]n?|se ocupar[aá]n?) (?:de (?:esto|eso|ello|todo|este asunto) )?"
        r"(?:mi|mis|nuestro|nuestra|nuestros|nuestras) (?:abogad[oa]s?|letrad[oa]s?|apoderad[oa]s?|"
        r"representantes? legal(?:es)?|bufete|despacho|procurador(?:a)?|asesor(?:a|es)? "
        r"(?:legal|jur[ií]dic[oa])|asesor[ií]a jur[ií]dica|departamento (?:legal|jur[ií]dico))\b",
        r"\b(?:hablen|hable|traten|trate|contacten|contacte|dir[ií]janse|dir[ií]jase|"
        r"ent[ií][eé]ndanse|escr[ií]ban(?:le|les)?|ll[aá]men(?:le|la|les)?) (?:directamente )?"
        r"(?:con|a) (?:[eé]l|ella|ellos|ellas)\b,? (?:y )?no (?:a m[ií]|conmigo|con nosotros|a "
        r"nosotros)\b",
        # "no voy a contestar más", "no responderemos más correos"
        r"\bno (?:(?:voy|vamos|pienso|pensamos) a |(?:pienso|pensamos) )?(?:contestar|responder)"
        r"(?:les|le|te|os)? m[aá]s\b(?! tarde)|\bno (?:contestar[eé]|responder[eé]|"
        r"contestaremos|responderemos) m[aá]s\b",
        # harassment
        r"\bacos(?:ando|an|ador|adores)\b|\bhostig\w+\b|\bme (?:est[aá]n|est[aá]s) acosando\b",
        # "me acogí al procedimiento de liquidación", "les pido no seguir enviándome cobros"
        r"\b(?:me acog[ií]|nos acogimos|se acogi[oó]|(?:me|nos|se) (?:he|hemos|ha) acogido) "
        r"(?:a|al) (?:un |una |la |el )?(?:procedimiento|proceso|concurso|liquidaci[oó]n|"
        r"reorganizaci[oó]n|insolvencia|quiebra|ley)\b|\b(?:procedimiento|proceso) de "
        r"liquidaci[oó]n\b",
        r"\b(?:les |le |te |os )?(?:pido|pedimos|ruego|rogamos|solicito|solicitamos|exijo|"
        r"exigimos) (?:que )?no (?:seguir|sigan|siga|continuar|contin[uú]en|volver|vuelvan)"
        r"(?: \S+){0,2}? (?:envi|mand|escrib|llam|contact|reclam|cobr|molest)\w*",
        r"\bdej(?:e|en|ad) de (?:escribir|enviar|contactar|llamar|molestar)\w*\b|"
        r"\bno me (?:vuelvan? a |vuelvas a )?(?:contacte\w*|escrib\w+|llam(?!o\b)\w+|molest\w+)\b|"
        r"\bdarme de baja\b|(?<!habl[eé] )(?<!hablamos )(?<!consult[eé] )(?<!consultamos )"
        r"(?<!coment[eé] )(?<!comentamos )(?<!estuve )(?<!estuvimos )(?<!reun[ií] )"
        r"(?<!reunimos )(?<!hablado )(?<!consultado )(?<!reunido )"
        r"\b(?:con|a|mediante|por medio de) (?:mi|nuestr[oa]) abogad[oa]\b|"
        r"\b(?:mi|nuestr[oa]) abogad[oa] (?:se pondrá|les contactará|les escribirá|llevará|"
        r"se encarga)|"
        r"\badministra(?:dor|ción) concursal\b",
        # in insolvency, unless it is a client's or supplier's: "nuestro principal cliente ha
        # entrado en concurso de acreedores" is no stop request
        THEIR_OWN + r"(?:(?<!casi en )(?<!casi )\bquiebra\b|\bconcurso (?:\w+ )?de acreedores\b)",
        r"\bd[ée]j(?:e|en|ad|adme|enme|ame)(?:me|nos)? en paz\b|\bno (?:quiero|queremos|deseo|"
        r"deseamos) (?:recibir|que me (?:escriban|contacten|llamen))\b|\bacoso\b",
    ),
    ReplyIntent.WRONG_PERSON: (
        r"\bno hay nadie que se llame\b|\besto no es para m[íi]\b",
        # "ustedes tienen mal el mail", "el correo que tienen está mal", "me llamo Martina
        # Gómez, no Martín Gómez"
        r"\btienen? (?:mal|equivocad[oa]|incorrect[oa]) (?:puesto |anotado )?(?:el|mi|la|su|este|"
        r"ese) (?:mail|correo|e-?mail|direcci[oó]n|contacto|n[uú]mero|tel[eé]fono)\b|"
        r"\b(?:el|este|ese|mi|su) (?:mail|correo|e-?mail|direcci[oó]n de correo)\b (?:que "
        r"(?:tienen|usan|ten[eé]is) )?(?:est[aá]|es) (?:mal|equivocad[oa]|incorrect[oa])\b",
        r"\b(?:me llamo|mi nombre es) (?-i:[A-ZÁÉÍÓÚÑ])\w+(?: (?-i:[A-ZÁÉÍÓÚÑ])\w+)*,? (?:y )?"
        r"no (?-i:[A-ZÁÉÍÓÚÑ])",
        # "yo solo soy la recepcionista", "estos temas no los veo", "manden esto a
        # administracion@..."
        r"\b(?:s[oó]lo|solamente|[uú]nicamente) soy (?:el|la|un|una) (?:recepcionista|"
        r"secretari[oa]|conserje|porter[oa]|becari[oa]|emplead[oa]|asistente|auxiliar|"
        r"administrativ[oa]|telefonista|cajer[oa]|dependient[ea]|vigilante|limpiador[a]?|"
        r"chofer|ch[oó]fer|repartidor[a]?)\b",
        r"\b(?:estos|esos|estas|esas) (?:temas|asuntos|pagos|cobros|facturas|cuestiones) no "
        r"(?:los|las) (?:veo|llevo|gestiono|manejo|toco|atiendo)\b",
        r"\b(?:manden|mande|env[ií]en|env[ií]e|remitan|remita|reenv[ií]en|reenv[ií]e|dir[ií]jan|"
        r"mandad|enviad|reenviad)(?:lo|la|los|las|se)? (?:(?:esto|todo esto|este correo|este "
        r"mensaje|estos correos|estos mensajes|estos avisos|los avisos|el aviso|el recordatorio|"
        r"los recordatorios) )?(?:directamente )?(?:a|al correo|a la direcci[oó]n|al mail) "
        r"\S+@\S+",
        # "se han equivocado de persona", "te equivocaste de correo"
        r"\b(?:equivoc|confund)(?:ado|ada|ados|aron|aste|asteis|i[oó]|ieron|iste|ó|o|an|"
        r"[aá]is|en|e|ido|ida)\b (?:de|con la|con el) (?:persona|correo|direcci[oó]n|"
        r"destinatari[oa]|e-?mail|mail|cliente|empresa|contacto|n[uú]mero|cuenta|se[ñn]or|"
        r"se[ñn]ora)\b",
        r"\b(?:correo|e-?mail|mail|direcci[oó]n|n[uú]mero|persona|destinatari[oa]|cliente|"
        r"contacto|empresa) (?:equivocad[oa]|err[oó]ne[oa]|incorrect[oa]|que no es)\b",
        # "yo no soy Javier Martín" (a name, with a capital)
        r"\b(?:yo )?no soy (?:el |la )?(?:se[ñn]or |se[ñn]ora |sr\.? |sra\.? |don |doña )?"
        r"(?-i:[A-ZÁÉÍÓÚÑ])\w+",
        r"\b(?:ni|no) (?:tengo|tenemos|tiene|tienen|tuve|tuvimos|he tenido|hemos tenido) "
        r"(?:nada|ninguna relaci[oó]n|relaci[oó]n alguna|v[ií]nculo alguno|ning[uú]n v[ií]nculo)"
        r" (?:que ver )?con\b(?! (?:ustedes|usted|vosotros|ti)\b)(?! lo (?:que|acordado|pactado|"
        r"hablado|presupuestado)\b)(?! (?:el presupuesto|la oferta)\b)",
        r"\bnada que ver con (?:esa|esta|la|dicha|aquella|su|ese|este|el|dicho) (?:empresa|"
        r"compa[ñn][ií]a|deuda|persona|sociedad|firma|cuenta|negocio|local|cliente|factura)\b",
        # new owners or tenants: "somos los nuevos dueños", "el inquilino anterior"
        r"\b(?:somos|soy) (?:los |el |la |las )?nuev[oa]s? (?:due[ñn][oa]s?|propietari[oa]s?|"
        r"inquilin[oa]s?|titulares?|arrendatari[oa]s?|ocupantes?)\b|\b(?:due[ñn][oa]|"
        r"propietari[oa]|inquilin[oa]|titular|ocupante|arrendatari[oa]|local|negocio)s? "
        r"anterior(?:es)?\b|\b(?:anterior|antiguo|antigua|previo|previa) (?:due[ñn][oa]|"
        r"propietari[oa]|inquilin[oa]|titular|ocupante|arrendatari[oa])s?\b",
        r"\bno (?:soy|somos) (?:el|la|los|las) (?:titular|titulares|deudor|deudora|deudores|"
        r"propietari[oa]s?|due[ñn][oa]s?|cliente|clientes|destinatari[oa]s?)\b",
        r"\b(?:el|la) titular (?:de la cuenta |de la factura |de la deuda )?es (?:mi|otra|otro|"
        r"otra persona)\b",
        # someone who left: "ya no llevo las cuentas de ...", "dejé el puesto", "ya no está en
        # la empresa", "falleció"
        r"\bya no (?:llevo|llevamos|lleva|gestiono|gestiona|manejo|maneja|atiendo|atiende|"
        r"administro|administra|me encargo|se encarga|estoy a cargo|est[aá] a cargo|soy (?:el|la) "
        r"(?:responsable|encargad[oa])|es (?:el|la) (?:responsable|encargad[oa])|forma parte|"
        r"formo parte|pertenece|pertenezco|colabora|colaboro|labora|laboro)\b",
        r"\bya no (?:est[aá]|estoy) (?:en|con) (?:la|nosotros|esta|nuestra|esa|el|este|la "
        r"misma)\b",
        # the address itself changed hands: "esta cuenta de correo ya no es de Grupo Lumbre",
        # "ese mail ya no es de la empresa, ahora lo uso yo"
        # "este correo lo maneja ahora otra persona"
        r"\b(?:correo|mail|e-?mail|buz[oó]n|direcci[oó]n|casilla)\b (?:\w+ ){0,2}?(?:lo|la) "
        r"(?:maneja|lleva|revisa|usa|atiende|tiene|gestiona|lee) (?:ahora |hoy |ya )?"
        r"(?:otra persona|alguien m[aá]s|otro compa[ñn]ero|otra compa[ñn]era|otro usuario)\b",
        # (not "la cuenta ya no es de 500": the bill)
        r"\b(?:(?:est[ea]|es[ea]|mi|el|la|su) (?:cuenta de (?:correo|e-?mail|mail)|correo|"
        r"direcci[oó]n(?: de (?:correo|e-?mail|mail))?|buz[oó]n|e-?mail|mail|casilla)"
        r"(?: electr[oó]nic[oa])?|(?:esta|esa) cuenta) ya no (?:es|pertenece|corresponde) "
        r"(?:de|a)\b(?! ?(?:\$|€|us\$|usd|eur)? ?\d)",
        r"\b(?:dej[eé]|dej[oó]|abandon[eé]|abandon[oó]|renunci[eé] a) (?:el|su|mi) (?:puesto|"
        r"cargo)\b|\b(?:dej[eé]|dej[oó]|me fui de|se fue de|sal[ií] de|sali[oó] de|"
        r"renunci[eé] a|renunci[oó] a) (?:la|esa|esta) (?:empresa|compa[ñn][ií]a|firma|"
        r"sociedad|oficina)\b|\bse jubil[oó]\b|\bfalleci[oó]\b|\bha fallecido\b",
        r"\bno (?:conozco|conocemos) (?:a )?(?:esa|esta|dicha|la|el|ese|este|ninguna?) "
        r"(?:persona|empresa|compa[ñn][ií]a|sociedad|se[ñn]or|se[ñn]ora|cliente)\b|"
        r"\b(?:nadie|ninguna persona) (?:aqu[ií] |ac[aá] )?(?:con|que se llame|llamad[oa]) "
        r"(?:ese|este|tal|dicho) nombre\b",
        r"\bnunca (?:he|hemos) sido (?:sus? )?clientes?\b|\bno (?:soy|somos) (?:sus? )?"
        r"clientes?\b",
        rf"\b{_MESSAGES}\b(?: \S+){{0,4}} por equivocaci[oó]n\b|\b(?:lleg[oó]|llegado|"
        r"recib[ií]|recibido|recibimos|enviad[oa]|mandad[oa]|enviaron|mandaron|escribi[oó]|"
        r"escribieron)\b(?: \S+){0,3} por equivocaci[oó]n\b",
        # "vendí el local en julio, el nuevo dueño ...", "yo no tengo nada que ver"
        r"\b(?:vend[ií]|vendimos|traspas[eé]|traspasamos|he vendido|hemos vendido|he "
        r"traspasado|hemos traspasado) (?:el|la|mi|nuestro|nuestra) (?:local|negocio|empresa|"
        r"tienda|casa|piso|departamento|inmueble|sociedad|restaurante|bar|comercio|oficina)\b|"
        r"\b(?:el|la) nuev[oa] (?:due[ñn][oa]|propietari[oa]|inquilin[oa]|titular|"
        r"arrendatari[oa])\b",
        r"\b(?:yo|nosotros|nosotras) no (?:tengo|tenemos) nada que ver\b",
        # "yo soy el contador externo, no el cliente", "diríjanse al gerente"
        r"\b(?:soy|somos) (?:el|la|los|las|su|sus) [^,.;]{1,40}?,? (?:y )?no (?:el|la|los|las|"
        r"su) (?:cliente|titular|deudor|deudora|propietari[oa]|due[ñn][oa]|responsable)s?\b",
        r"\bdir[ií]j(?:anse|ase|idos|ete) (?:al|a la|con el|con la) (?:gerente|due[ñn][oa]|"
        r"titular|propietari[oa]|director(?:a)?|responsable|encargad[oa]|administrador(?:a)?)\b",
        r"\bya no trabaj\w+\b|\bno trabaj\w+ (?:aquí|aqui|en)\b",
        r"\bno (?:soy|es) (?:el|la) responsable\b",
        r"\b(?:dirección|persona|destinatari[oa]) (?:equivocad[oa]|incorrect[oa])\b|"
        r"\b(?:llegó|llego|enviado|enviaron|mandaron|escribieron|recib\w+)\b.{0,20}\bpor error\b|"
        r"\bya no trabaja\b|\bno me llamo (?-i:[A-ZÁÉÍÓÚ])|\bno soy (?:la persona|"
        r"el destinatario)\b",
        r"\bno (?:tengo|tenemos) (?:nada que ver|ninguna relación) con\b",
    ),
    ReplyIntent.DISPUTE: (
        # "El precio de 65 €/hora es el de fin de semana. Vinieron un martes."
        r"\bes (?:el|la) (?:precio |tarifa )?de(?:l)? fin de semana\b",
        r"\bno (?:llegaron|lleg[óo]) nunca\b|\bnunca (?:llegaron|lleg[óo])\b|\bm[áa]nde(?:me|nos) "
        r"la corregida\b",
        # "cuando en la oferta ponía bien clarito 'portes incluidos'", "el presupuesto no
        # incluía el desmontaje", "Eso ya me lo abonasteis"
        r"\bcuando en (?:la oferta|el presupuesto|el contrato) (?:\w+ ){0,2}(?:pon[íi]a|"
        r"dec[íi]a)\b|"
        r"\b(?:el presupuesto|la oferta)\b[^.]{0,60}\bno inclu[íi]a\b|\bya (?:me|nos) lo "
        r"(?:abonasteis|abonaron|descontasteis|descontaron)\b",
        # "ese pedido lo hizo mi vecino del 3ºB, no yo"
        r"\b(?:pedido|encargo)\b[^.]{0,10}\blo (?:hizo|pidi[óo]|encarg[óo])\b[^.]{0,40}\bno "
        r"(?:yo|nosotros)\b",
        r"\bno me parece (?:justo|correcto) pagar\b|\bcubiert[oa] por (?:mi|el|nuestro) seguro\b",
        r"\bno (?:os|les|le|te) (?:hemos|he) contratado nada\b",
        r"\bnunca (?:hemos|he) (?:firmado|contratado|pedido|encargado)\b",
        # charged twice: "nos facturaron dos veces", "me cobraron doble"
        r"\b(?:factur|cobr|carg)(?:aron|[oó]|ado|ada|an|ando|aste|asteis|a|[eé]is|aron)\b"
        r"(?: \S+){0,4}? (?:dos veces|por duplicado|doble|2 veces|de m[aá]s|dos cargos)\b|"
        # "ya lo pagué en septiembre y me lo volvieron a cobrar"
        r"\b(?:me|nos) (?:lo|la|los|las) (?:volvieron|volvi[óo]|han vuelto|ha vuelto) a "
        r"(?:cobrar|facturar|cargar)\b",
        # asked to cancel or correct the invoice: "deben anularla", "rectifiquen la factura"
        r"\banul(?:en|e|ad|ar|arla|arlas|arlo|enla|enlas|enlo|ela|adla)\b|\brectifi(?:quen|que|"
        r"car|cad|caci[oó]n)\w*|\bcorr(?:ijan|ija|egir|egid|ij[aá]is) (?:la factura|el importe|"
        r"el monto|el error|el cobro|el cargo|la cantidad|el precio|los datos|el iva|eso|"
        r"esto)\b",
        # the amount is wrong: "el IVA está mal calculado", "el importe es incorrecto"
        r"\bmal (?:calculad|terminad|hech|ejecutad|realizad|instalad|reparad|facturad|cobrad|"
        r"aplicad|cargad)[oa]s?\b|\bqued[oó] mal\b|\bno qued[oó] bien\b",
        r"\b(?:importe|precio|monto|total|cantidad|cobro|cargo|factura|cifra|tarifa|"
        r"c[aá]lculo|iva|saldo|suma|cuenta|valor)s?\b(?: \S+){0,3}? (?<!\bno )(?:est[aá]n?|es|"
        r"son|viene|vienen|sale|salen|aparece) (?:\w+ )?(?:mal|equivocad[oa]s?|err[oó]ne[oa]s?|"
        r"incorrect[oa]s?|inflad[oa]s?|excesiv[oa]s?)\b",
        r"\berror (?:en|con|de) (?:la|el|su|esta|este|dicha|dicho|nuestra) (?:factura|importe|"
        r"cobro|cargo|c[aá]lculo|monto|precio|cantidad|facturaci[oó]n|liquidaci[oó]n)\b",
        # an error in the account, not the bank account a payment bounced from ("el banco lo
        # rechazó por un error en la cuenta")
        r"^(?!.*\b(?:banco|entidad|tarjeta|pago|transferencia|bizum|domiciliaci[oó]n)\b"
        r".{0,40}?\b(?:rechaz|rebot|devolvi|devuelt)\w*).*?\berror (?:en|con|de) (?:la|su|esta|"
        r"dicha|nuestra) cuenta\b",
        r"\b(?:cobro|cargo|factura|importe|cobros|cargos)s? (?:indebid|improcedent|excesiv|"
        r"err[oó]ne|duplicad|injustificad|abusiv)\w*|\babusiv[oa]s?\b|\bimprocedentes?\b|"
        r"\bindebid(?:[oa]s?|amente)\b|"
        r"\bcobrad[oa]s? (?:de m[aá]s|indebidamente|por error)\b",
        # a different price was agreed: "el precio acordado era de $4.500 y no de $5.200"
        r"\b(?:precio|importe|monto|total|tarifa|presupuesto|cantidad|valor)s? (?:acordad|"
        r"pactad|convenid|cotizad|presupuestad|ofertad)[oa]s? (?:era|eran|fue|fueron|es|son)\b|"
        r"\b(?:era|eran|es|son|fue) (?:de )?(?:[$€£] ?)?\d[\d.,]*\s?(?:€|euros?|pesos|"
        r"d[oó]lares|soles)?,? y no (?:de )?(?:[$€£] ?)?\d|\bla diferencia no\b",
        # refusing to pay it (not "todavía no lo pagamos", not yet paid)
        r"(?<!todav[ií]a )(?<!a[uú]n )(?<!todavia )\bno (?:(?:te|se|le|les|os|me) )?(?:lo|la|"
        r"los|las|le|les) (?:voy a |vamos a |pienso |pensamos |vas a |van a )?(?:pagar|pago|"
        r"pagar[eé]|pagaremos|abonar|abono|abonar[eé]|abonaremos|aceptar|acepto|aceptamos|"
        rf"reconozco|reconocemos|reconocer|debo|debemos)\b(?!,? (?:todav[ií]a|a[uú]n)\b)"
        rf"{_NOT_UNTIL_A_DAY}",
        r"(?<!todav[ií]a )(?<!a[uú]n )\bno (?:vamos|voy|pienso|pensamos|quiero|"
        r"queremos) a? ?(?:(?:la|lo|las|los|le|les) )?(?:pagar|abonar|liquidar|saldar|aceptar|"
        rf"reconocer)\b{_NOT_UNTIL_A_DAY}",
        r"(?<!\bno )\b(?:me niego|nos negamos|se niega|me rehúso|me rehuso|nos rehusamos) a "
        r"(?:pagar|abonar|aceptar|reconocer)\b",
        r"\bno (?:les|le|te|os)? ?(?:debo|debemos|debe) (?:nada|ni un)\b|\bno (?:les|le|te|os) "
        r"(?:debo|debemos)\b",
        r"\bno deber[ií]a(?:n|mos)? (?:haber (?:ning[uú]n |alg[uú]n )?(?:costo|coste|cargo|"
        r"cobro)|pagar|cobrar(?:me|nos|lo)?|tener que pagar|facturar(?:me|nos)?)\b",
        # "Dejen de cobrarme recargos por demora"; "Qué detalle, 250 € por cambiar una bombilla"
        r"\b(?:dej(?:e|en|ad|a|ar)|paren) de (?:cobrar|reclamar|cargar|aplicar|sumar|a[ñn]adir)"
        r"(?:me|nos|le|les)? (?:\w+ )?(?:los |las |el |la |esos |estos |esas |estas )?(?:intereses|"
        r"recargos?|moras?|comisi(?:ón|on|ones)|penalizaci\w+|gastos|multas?)\b|"
        r"\bqu[ée] (?:bonito|detalle|barato|maravilla|generosos?|bien|gracioso)\b[^.\d]{0,6}"
        r"\d[\d.,]*\s*(?:€|euros?|pesos|d[óo]lares)\s+(?:por|para)\b",
        # a fee or interest contested: "los intereses son abusivos", "quiten el recargo"
        r"\b(?:intereses|recargos?|moras?|penalizaci[oó]n|penalidad|comisi[oó]n|multa|gastos "
        r"de (?:gesti[oó]n|cobranza|cobro|recobro|administraci[oó]n))\b.{0,50}?\b(?:no "
        r"(?:corresponde|procede|aplica)|injustificad\w*|(?:qu[ií]t|elim[ií]n|ret[ií]r|an[uú]l)"
        r"(?:en|ar|e|ad)\w*|condon\w+)\b",
        r"\b(?:qu[ií]t|elim[ií]n|ret[ií]r|an[uú]l|cond[oó]n|desc[uo]ent)(?:en|e|ar|ad)(?:me|nos|lo|"
        r"los|la|las)? "
        r"(?:el|la|los|las|ese|esa|esos|esas|este|esta) (?:intereses|recargos?|moras?|"
        r"penalizaci[oó]n|comisi[oó]n|multa|cargos?|gastos)\b",
        # disagreement: "no estamos conformes", "en desacuerdo"
        r"\bno (?:estoy|estamos|est[aá]) (?:conformes?|de acuerdo)\b|\ben desacuerdo\b|"
        r"\binconform\w*\b|\bno (?:es|son) (?:mi|nuestra|nuestro|mis|nuestras) (?:factura|"
        r"deuda|pedido|compra)s?\b|\b(?:factura|deuda|cargo|compra|pedido|cobro)s? no (?:es|son) "
        r"(?:m[ií]as?|nuestr[oa]s?)\b",
        # not what was agreed: "esa cifra no es la que acordamos", "el precio no es el que
        # nos dijeron"
        r"\b(?:precio|importe|monto|total|cifra|tarifa|cantidad|valor|cobro|cargo|suma)s? "
        r"(?:\w+ ){0,2}?no (?:es|son|era|eran) (?:el|la|lo|los|las) (?:que )?(?:(?:me|nos) )?"
        r"(?:acordamos|acordado|pactamos|pactado|quedamos|hablamos|convinimos|firmamos|"
        r"aceptamos|dijeron|dijisteis|dijo|presupuestaron|presupuestasteis|presupuest[oó]|"
        r"cotizaron|cotizasteis|cotiz[oó]|ofrecieron|ofrecisteis|ofreci[oó]|pasaron|"
        r"pasasteis|pas[oó]|acordad[oa]s?|pactad[oa]s?|presupuestad[oa]s?|cotizad[oa]s?)\b",
        # not delivered, not ordered, not done: "el técnico nunca vino", "no pedí eso"
        # (not "nunca vino nadie a cobrar": the collector)
        r"\b(?:(?:nunca|jam[aá]s) (?:me |nos )?(?:vino|vinieron|apareci[oó]|aparecieron|"
        r"se present[oó]|se presentaron)|no (?:me |nos )?(?:vino|vinieron|apareci[oó]|"
        r"aparecieron|se present[oó]|se presentaron) (?:nunca|jam[aá]s|nadie))\b"
        r"(?! (?:\w+ ){0,2}?a (?:cobrar|recoger|buscar|por)\b)",
        r"\b(?:nunca|jam[aá]s) (?:me |nos )?(?:se hizo|se realiz[oó]|se entreg[oó]|"
        r"se termin[oó]|se prest[oó]|"
        r"se instal[oó]|se complet[oó]|se envi[oó]|ped[ií]|pedimos|"
        r"contrat[eé]|contratamos|solicit[eé]|solicitamos|autoric[eé]|autorizamos|firm[eé]|"
        r"firmamos|compr[eé]|compramos|encargu[eé]|encargamos|us[eé]|usamos|utilic[eé]|"
        r"utilizamos|acept[eé]|aceptamos|acordamos)\b",
        r"\b(?:nunca|jam[aá]s) (?:me |nos )?(?:lleg[oó]|llegaron|recib[ií]|recibimos)\b"
        r"(?! (?:la|el|ninguna|ning[uú]n|su|sus|las|los) (?:factura|correo|recordatorio|aviso|"
        r"mail|e-?mail|notificaci|recibo|mensaje|cobro|estado|copia))",
        r"(?<!todav[ií]a )(?<!a[uú]n )\bno (?:lo |la |los |las |eso |esto )?(?:ped[ií]|"
        r"contrat[eé]|contratamos|autoric[eé]|solicit[eé]|firm[eé]|firmamos|encargu[eé]|"
        r"encargamos|us[eé]|usamos|utilic[eé]|utilizamos|acept[eé])\b",
        rf"\bno (?:me |nos )?(?:lleg[oó]|llegaron|ha llegado|han llegado|recib[ií]|recibimos|"
        rf"hemos recibido|he recibido|entregaron|han entregado)\b(?: \S+){{0,2}}? (?:el |la |"
        rf"los |las |ning[uú]n |ninguna |nada del? |todo el |toda la )?{_GOODS}\b",
        rf"\b{_GOODS} (?:\w+ )?(?:vino|vinieron|lleg[oó]|llegaron|est[aá]|est[aá]n|vienen|"
        r"viene|qued[oó]|fue|fueron) (?:\w+ )?(?:incomplet|rot|da[ñn]ad|defectuos|equivocad|"
        r"mal|abiert|usad|vencid|caducad)\w*",
        r"\bs[oó]lo (?:\w+ )?(?:recib\w+|lleg\w+|entreg\w+|vinieron|mandaron|enviaron) \d+|"
        r"\bfalt(?:a|an|aron|[oó]) (?:\d+|material|piezas?|unidades|productos?|cajas?|"
        r"art[ií]culos?|mercanc[ií]a|parte del pedido)\b",
        rf"\b{_GOODS} (?:nunca|jam[aá]s|no) se (?:prest[oó]|realiz[oó]|hizo|entreg[oó]|"
        r"complet[oó]|termin[oó]|instal[oó]|envi[oó]|hicieron|entregaron|enviaron)\b",
        # not a way of paying that fails ("El pago en línea sigue sin funcionar")
        r"^(?!.*\b(?:pago|pagos|enlace|link|web|p[áa]gina|portal|tarjeta|banco|app|aplicaci[oó]n|"
        r"plataforma|bizum|transferencia)\b).*?"
        r"\b(?:de mala calidad|en mal estado|no sirve|no sirven|sigue sin funcionar|no "
        r"funcionan|siguen? (?:fallando|goteando|rot[oa]s?|sin funcionar)|nunca funcion[oó])\b",
        r"\b(?:en|por|bajo|dentro de(?: la)?|cubiert[oa]s? por) (?:la )?garant[ií]a\b",
        r"\bc[óo]mo que (?:le |les |te |os )?(?:debo|debemos)\b|\bya (?:lo|la|los|las) "
        r"(?:devolv[ií]|devolvimos|he devuelto|hemos devuelto)\b",
        rf"\b(?:devolv[ií]|devolvimos|hemos devuelto|he devuelto|regres[eé]|regresamos|"
        rf"retornamos|hemos regresado) (?:el|la|los|las|todo el|"
        rf"toda la) {_GOODS}|\b{_GOODS} (?:fue|fueron|ha sido|han sido) devuelt[oa]s?\b",
        # cancelled before being billed: "di de baja el servicio", "cancelamos el contrato"
        r"\b(?:di|dimos|he dado|hemos dado|dieron) de baja\b|\b(?:cancel[eé]|cancelamos|he "
        r"cancelado|hemos cancelado|anul[eé]|anulamos) (?:el|la|mi|nuestro|nuestra) "
        r"(?:servicio|pedido|contrato|suscripci[oó]n|orden|plan|reserva|l[ií]nea|compra|"
        r"membres[ií]a)\b",
        r"\b(?:me|nos) (?:est[aá]n|est[aá]s|est[aá]|siguen|sigue) (?:cobrando|facturando) "
        r"(?:de m[aá]s|doble|dos veces|algo|por algo|un|una|\d+)",
        r"\bnota (?:de )?cr[eé]dito\b|\bnotas de cr[eé]dito\b|\bfacturas? (?:corregida|"
        r"rectificada|modificada)s?\b",
        # the invoice to be corrected: "corríjanla", "¿pueden corregirla?", "que la rehagan"
        r"\bcorr[ií]j(?:an|a|as|[aá]is)(?:la|lo|las|los)\b|\bcorreg(?:ir|id)(?:la|lo|las|los)\b|"
        r"\breh(?:ag(?:an|a|[aá]is)|ac(?:er|ed))(?:la|lo|las|los)\b|\bque (?:la|lo|las|los) "
        r"(?:corrijan|corrija|corrij[aá]is|rehagan|rehaga|rectifiquen|rectifique|anulen|anule)\b",
        # fewer received than billed: "nos llegaron 40 cajas y en la factura pone 60", "nos
        # facturan 60 y sólo recibimos 40"
        r"\b(?:llegaron|lleg[oó]|recibimos|recib[ií]|entregaron|vinieron|trajeron|mandaron|"
        r"enviaron)\b (?:s[oó]lo |solamente |nada m[aá]s )?(?P<got>\d+) \w+[^.?!\n]{0,40}?"
        r"(?:\bfactura (?:pone|ponen|dice|dicen|figuran?|aparecen?|vienen?|marca|son|cobran|"
        r"cobr[aá]is)|\b(?:facturan|factur[aá]is|facturaron|cobran|cobr[aá]is|cobraron)) "
        r"(?:\w+ ){0,2}?(?!(?P=got)\b)\d+\b",
        r"(?:\bfactura (?:pone|ponen|dice|dicen|figuran?|aparecen?|vienen?|marca|son|cobran|"
        r"cobr[aá]is)|\b(?:facturan|factur[aá]is|facturaron|cobran|cobr[aá]is|cobraron)) "
        r"(?:\w+ ){0,2}?(?P<billed>\d+)\b[^.?!\n]{0,40}?\b(?:y|pero|cuando|aunque)\b "
        r"(?:s[oó]lo |solamente |nada m[aá]s )?(?:nos |me )?(?:llegaron|lleg[oó]|recibimos|"
        r"recib[ií]|entregaron|vinieron|trajeron|mandaron|enviaron)\b (?:\w+ )?"
        r"(?!(?P=billed)\b)\d+",
        # more hours or units billed than done: "la factura pone 12 horas pero estuvo cuatro"
        r"\b(?:indica|indican|pone|ponen|dice|dicen|marca|marcan|refleja|reflejan|figuran?|"
        r"aparecen?|cobra|cobran|cobr[aá]is|cobraron|factura|facturan|factur[aá]is|facturaron|"
        r"cuenta|cuentan)\b (?:\w+ ){0,2}?\d+(?:[.,]\d+)? ?(?:horas|h|unidades|cajas|piezas|kilos|"
        r"kg|metros|m2|m²|d[ií]as|jornadas|pal[eé]s|palets|bultos|litros|art[ií]culos|noches|"
        r"personas|sesiones|visitas|viajes|licencias|usuarios)\b.{0,40}?\b(?:pero|cuando|y "
        r"(?:s[oó]lo|solamente|solo|nosotros)|aunque|mientras)\b"
        r"(?! no (?:veo|s[ée]|entiendo|encuentro|me queda claro)\b)",  # "pero no veo desde cuándo"
        # a price shown or quoted, and more charged: "el precio era 299 € y me cobráis 379 €"
        r"\b(?:precio|presupuesto|importe|tarifa|oferta|cotizaci[oó]n|anuncio|cat[aá]logo|"
        r"promoci[oó]n)\b.{0,50}?\b(?:era|eran|pon[ií]a|dec[ií]a|indicaba|marcaba|estaba en|"
        r"sal[ií]a|fue) (?:de )?(?:[$€£] ?)?\d.{0,40}?\b(?:y|pero|cuando|mientras) (?:ahora )?"
        r"(?:me|nos) (?:cobr|factur|pid|reclam|carg)\w+",
        r"\b(?:me|nos) (?:cobr|factur|carg)(?:an|[aá]is|aron|asteis|[oó]|a|as)\b.{0,40}?\b"
        r"(?:cuando|pero|y|aunque) (?:el precio|el presupuesto|la oferta|la tarifa|el anuncio|"
        r"la web|en (?:la|vuestra|su|tu) (?:web|tienda|p[aá]gina|cat[aá]logo))\b",
        # charged for what was not done: "me cobran el desplazamiento cuando el técnico ni
        # siquiera encontró la dirección", "nos facturaron la instalación aunque no se hizo"
        r"\b(?:me|nos) (?:est[aá]n |est[aá]is )?(?:cobr|factur|carg)(?:an|[aá]is|aron|asteis|[oó]|"
        r"a|as|ando)\b.{0,60}?\b(?:(?:cuando|aunque|pese a que|a pesar de que)\b"
        r".{0,60}?\b(?:no|ni|nunca|jam[aá]s|sin)|y eso que)\b",
        # a discount left out: "falta el descuento del 15%", "no han aplicado el descuento"
        r"\bfalta(?:n|ba|ban)? (?:\w+ )?(?:el|la|los|las|aplicar(?:nos)? (?:el|la)) "
        r"(?:descuentos?|rebajas?|bonificaci[oó]n|bonificaciones|promoci[oó]n|dto)\b|"
        r"\b(?:descuento|rebaja|bonificaci[oó]n|dto)s? (?:\w+ ){0,4}?(?:no (?:est[aá]|aparece|"
        r"figura|viene|se (?:ha )?aplic\w*|(?:lo|la) (?:han|hab[eé]is) aplicado|han aplicado|"
        r"hab[eé]is aplicado)|sin aplicar)\b|\bno (?:(?:me|nos) )?(?:han|hab[eé]is|ha|se ha|"
        r"se han) (?:aplicado|descontado|tenido en cuenta) (?:el|la|los|las|nuestro|nuestra) "
        r"(?:descuento|rebaja|bonificaci[oó]n|abono|anticipo|dep[oó]sito|se[ñn]al|promoci[oó]n)",
        r"\bprometi(?:eron|steis|[oó]|ste) (?:un|una|el|la) (?:descuento|rebaja|precio|abono|"
        r"bonificaci[oó]n)\b",
        # faulty goods: "dejó de funcionar", "llegó averiada" (not a payment link or card)
        rf"^(?!.*\b{_PAY_CHANNEL}\b).*?(?:\bdej(?:[oó]|aron) de funcionar\b|\baveriad[oa]s?\b|"
        r"\b(?:se )?(?:aver[ií]|estrope)(?:[oó]|aron|ad[oa]s?)\b|"
        r"\bno (?:enciende|encienden|arranca|arrancan|enfr[ií]a|calienta|carga)\b)",
        # the wrong item: "nos mandasteis el modelo equivocado", "esto no es lo que pedí"
        r"\b(?:modelo|talla|color|producto|art[ií]culo|pieza|recambio|repuesto|tama[ñn]o|medida|"
        r"versi[oó]n|material|mercanc[ií]a|pedido|env[ií]o|marca)s? (?:equivocad|incorrect|"
        r"err[oó]ne|distint|diferente|que no (?:era|es|hab[ií]amos|ped))\w*",
        r"\bno (?:es|era|son|eran|corresponde|corresponden) (?:con )?(?:lo|el|la|los|las) que "
        r"(?:ped[ií]|pedimos|encargu[eé]|encargamos|compr[eé]|compramos|contrat[eé]|contratamos|"
        r"hab[ií]a pedido|hab[ií]amos pedido|solicit[eé]|solicitamos)\b",
        # unfinished work: "la obra está a medias", "la reforma sigue sin terminar"
        rf"\b(?:{_WORK}|jard[ií]n) (?:\w+ ){{0,2}}?"
        r"(?:est[aá]n?|qued[oó]|quedaron|sigue|siguen|contin[uú]a|contin[uú]an) (?:\w+ )?"
        r"(?:a medias|sin (?:terminar|acabar|finalizar|completar|rematar|entregar|instalar|"
        r"arreglar|reparar|hacer)|incomplet[oa]s?|inacabad[oa]s?|pendientes? de (?:terminar|"
        r"acabar|rematar|finalizar))\b",
        # paying only once it is set right: "pagaré cuando esté terminada", "arreglen la fuga y
        # pago", "os pago en cuanto arregléis la caldera"
        r"\b(?:cuando|en cuanto|una vez (?:que )?|hasta que|hasta q|apenas|tan pronto como|"
        r"despu[eé]s de que) (?:no )?(?:me |nos )?(?:lo |la |los |las )?(?:" + _FIX_VERB + r")\b",
        r"\b(?:cuando|en cuanto|una vez (?:que )?|hasta que|hasta q|apenas|tan pronto como) "
        r"(?:\w+ ){0,3}?(?:(?:est[eé]n?|quede|queden) (?:bien )?(?:terminad|arreglad|reparad|"
        r"solucionad|completad|instalad|corregid|rectificad|entregad|acabad|finalizad|"
        rf"sustituid|cambiad)[oa]s?|funcionen?\b(?! (?:\w+ )?{_PAY_CHANNEL}))\b",
        r"\b(?:" + _FIX_VERB + r")\b.{0,50}?\by " + _WE_PAY + r"\b",
        # never ordered: "nunca hicimos este pedido", "no hay ninguna orden de compra"
        r"\b(?:(?:nunca|jam[aá]s) (?:les |le |os |te )?(?:hice|hicimos|hizo|hicieron|realic[eé]|"
        r"realizamos|realiz[oó]|curs[eé]|cursamos|pas[eé]|pasamos|emit[ií]|emitimos|firm[eé]|"
        r"firmamos) (?:este|ese|el|ning[uú]n|ninguna|tal|dicho|dicha|aquel|un|una|esta|esa|la)|"
        r"no (?:les |le |os |te )?(?:hice|hicimos|hizo|hicieron|realic[eé]|realizamos|realiz[oó]|"
        r"curs[eé]|cursamos|pas[eé]|pasamos|emit[ií]|emitimos|firm[eé]|firmamos) (?:este|ese|"
        r"ning[uú]n|ninguna|tal|dicho|dicha|aquel|esta|esa)) (?:pedido|encargo|compra|orden|"
        r"solicitud|contrato|presupuesto|reserva|contrataci[oó]n)\b",
        r"\bno (?:hay|existe|tenemos|consta|tengo|recibieron|recibisteis) (?:ninguna |ning[uú]n |"
        r"ni una |constancia de (?:ning[uú]n |ninguna )?)(?:orden de compra|pedido|contrato|"
        r"presupuesto (?:firmado|aceptado)|encargo|albar[aá]n firmado)\b(?! (?:\w+ )?(?:pendiente|"
        r"abierto|nuevo|por pagar))",
        # the same invoice twice: "la misma factura que la 2024-118", "idéntica a la F-311"
        r"\bmisma factura (?:que|de)\b|\bfacturas? (?:\w+ )?(?:duplicad|repetid)[oa]s?\b|"
        r"\bid[eé]ntica (?:a|que) (?:la|otra) (?:factura|n[uú]mero|n[°º]|\d)",
        # a credit already issued: "ya nos emitieron un abono", "nos prometieron un abono"
        r"\b(?:emiti(?:eron|steis|ste|[oó])|hab[eé]is emitido|han emitido|ha emitido) "
        r"(?:ya )?(?:un|una|el|la) (?:abono|nota de (?:abono|cr[eé]dito)|(?:factura )?"
        r"rectificativa|devoluci[oó]n|reembolso)\b|\b(?:me|nos) (?:hicieron|hicisteis|hizo|"
        r"dieron|disteis|aplicaron|aplicasteis|aplic[oó]|prometieron|prometisteis|prometi[oó]) "
        r"(?:ya )?(?:un|una|el|la) (?:abono|nota de (?:abono|cr[eé]dito)|(?:factura )?"
        r"rectificativa|reembolso)\b",
        # billed to the wrong company: "emitan la factura a la empresa correcta", "la factura
        # está a nombre de X pero el contrato es con Y"
        r"\b(?:emit|hag|reh[aá]g|rehac|gener|corrij)\w* (?:\w+ ){0,2}?(?:la |una |nueva |otra )?"
        r"factura (?:nueva )?(?:a nombre de|a (?:la|nuestra|otra) (?:empresa|sociedad|"
        r"raz[oó]n social|entidad|filial)|correcta|corregida)",
        r"\bfactura (?:est[aá]|viene|va|sale|sali[oó]|fue emitida|se emiti[oó]|aparece|figura) "
        r"a nombre de\b.{0,80}?\b(?:pero|cuando|y no|mientras|en lugar de|en vez de)\b",
        # the contract says otherwise: "según la cláusula 5 del contrato", "tras la aceptación
        # final, que aún no ha ocurrido"
        r"\b(?:cl[aá]usula|art[ií]culo|apartado|punto|anexo)s? (?:\d+|[ivx]+)\w*(?:\.\d+)? "
        r"(?:del|de nuestro|de vuestro|de su|de las|de los|de la) (?:contrato|condiciones|"
        r"acuerdo|presupuesto|pliego|pedido|orden)\b|\bseg[uú]n (?:la|las) cl[aá]usulas?\b",
        r"\b(?:aceptaci[oó]n|recepci[oó]n|entrega|conformidad|puesta en marcha|validaci[oó]n)"
        r"(?: final| definitiva| de (?:la )?obra)?,? (?:que|la cual) (?:a[uú]n|todav[ií]a) no "
        r"(?:ha|se ha|hemos|han|hab[eé]is|tuvo|se produjo|se dio|ocurri[oó]|lleg[oó])",
        # cancelled in time: "la reserva la cancelamos", "no hay penalización"
        # (not "el pedido lo cancelamos con tarjeta": in much of Latin America, "we paid it")
        r"\b" + _BOOKED + r" (?:\w+ ){0,3}?(?:(?:la|lo|las|los) )?(?:ya )?(?:cancel|anul)(?:[eé]|"
        r"amos|aron|asteis|aste|[oó]|ad[oa]s?)\b(?![^.]*\b(?:tarjeta|efectivo|transferencia|"
        r"dep[oó]sito|contado|cheque|bizum|nequi|yape|spei|oxxo|pagad[oa]|pago)\b)|"
        r"\b(?:di|dimos|hemos dado|he dado) de baja (?:el|la|mi|nuestro|nuestra) " + _BOOKED,
        r"\bno (?:hay|cabe|corresponde|procede|aplica|debe haber|deber[ií]a haber|tiene que "
        r"haber) (?:ninguna |ning[uú]n )?(?:penalizaci[oó]n|penalidad|gastos? de cancelaci[oó]n|"
        r"cargo por cancelaci[oó]n)\b(?![^?]*\?)",
        # insurance or warranty pays: "el seguro debería cubrir esto", "lo cubre la garantía"
        r"\b(?:seguro|aseguradora|p[oó]liza|mutua|garant[ií]a|contrato de mantenimiento)\b"
        r"(?! de (?:desempleo|paro|vida|salud)| que\b)(?: \S+){0,3}? (?:deber[ií]a|debe|tiene "
        r"que|tendr[ií]a que|ten[ií]a que|va a|lo|la) (?:cubrir(?:lo|la)?|cubre|cubr[ií]a|"
        r"pagar(?:lo|la)?|asumir(?:lo|la)?|hacerse cargo)\b|"
        r"\b(?:lo|la|esto|eso) (?:tiene que |debe |deber[ií]a )?"
        r"(?:cubrir|cubre|pagar|paga|asumir) (?:el|la|su|nuestro|nuestra|vuestro|vuestra) "
        r"(?:seguro|aseguradora|p[oó]liza|garant[ií]a|mutua)\b",
        r"\b(?:cubiert[oa]s?|incluid[oa]s?) (?:en|por) (?:el|la|nuestro|nuestra|vuestro|"
        r"vuestra|su) (?:seguro|p[oó]liza|contrato de mantenimiento|mantenimiento|garant[ií]a|"
        r"cuota|tarifa plana)\b",
        # "no vamos a pagarlo", "no pienso pagarla" (not "pagarlo todo de golpe", nor "hasta
        # el viernes")
        r"(?<!todav[ií]a )(?<!a[uú]n )\bno (?:vamos|voy|pienso|pensamos|quiero|queremos) a? ?"
        r"(?:pagar|abonar|liquidar|saldar|aceptar|reconocer)(?:l[oa]s?|les?)\b(?! (?:\w+ )?"
        r"(?:todo|toda|de una vez|de golpe|completo|entero|en su totalidad|ahora|este mes|esta "
        rf"semana|hoy|todav[ií]a|a[uú]n|ya|por ahora|de momento)\b){_NOT_UNTIL_A_DAY}",
        # one paper says one figure, the bill another: "en la factura ponen 12 cajas y el
        # albarán dice 10", "en el contrato pone 29,90 y ustedes me pasan 39,90"
        r"\b(?:albar[aá]n|remito|gu[ií]a de (?:despacho|remisi[oó]n)|nota de entrega|hoja de "
        r"(?:entrega|horas|ruta|servicio)|parte de (?:trabajo|horas)|contrato|presupuesto|pedido|"
        r"orden de (?:compra|trabajo)|cotizaci[oó]n|oferta|ticket)\b"
        r".{0,60}?\b(?:dice|dec[ií]a|pone|pon[ií]a|indica|indicaba|marca|marcaba|figuran?|"
        r"son|eran|era|es|recoge|refleja)\b (?:\w+ ){0,2}?(?:[$€£] ?)?\d.{0,60}?(?:,|\by\b|"
        r"\bpero\b|\bmientras\b) (?:\w+ ){0,2}?(?:me |nos )?(?:pasan|pasaron|cobran|cobraron|"
        r"cobr[aá]is|facturan|facturaron|factur[aá]is|cargan|cargaron|ponen|piden|reclaman)\b",
        r"\b(?:factura|recibo|cargo|cobro)\b.{0,30}?\b(?:pone|ponen|dice|dicen|indica|marca|"
        r"figuran?|aparecen?|cobran|facturan)\b.{0,40}?\d.{0,80}?\b(?:albar[aá]n|remito|gu[ií]a|"
        r"nota de entrega|hoja de (?:entrega|horas|ruta|servicio)|parte de (?:trabajo|horas)|"
        r"contrato|presupuesto|pedido|orden de (?:compra|trabajo)|cotizaci[oó]n|oferta)\b"
        r".{0,60}?\b(?:dice|dec[ií]a|pone|indica|marca|figuran?|son|eran|era|recoge|refleja)\b "
        r"(?:\w+ ){0,2}?(?:[$€£] ?)?\d",
        # billed twice under another number: "es la misma obra que la F-2025-311"
        r"\b(?:la misma|el mismo) (?:obra|trabajo|servicio|pedido|concepto|cargo|cobro|env[ií]o|"
        r"entrega|compra|importe|factura) que (?:la|el) (?:factura |n[uú]mero )?(?:n\W{0,2} ?)?"
        r"[a-z]{0,4}-?\d|\bcon otro n[uú]mero y otra fecha\b",
        # faulty goods sent back: "llegó golpeada y se la regresamos"
        r"\b(?:vino|vinieron|lleg[oó]|llegaron|ha llegado|han llegado) (?:\w+ )?(?:golpead|abollad|"
        r"rayad|mojad|podrid|aplastad|roto|rota|rotos|rotas|quebrad|estropead)\w*",
        rf"\b{_GOODS}\b.{{0,60}}?\b(?:se |nos |me )?(?:la|lo|las|los) (?:regres|devolv)(?:amos|"
        r"[eé]|imos|[ií])\b",
        # "no sé por qué me siguen cobrando", "no entiendo este recordatorio"
        r"\bno (?:s[eé]|sabemos|entiendo|entendemos|comprendo|comprendemos) (?:por qu[eé]|a "
        r"qu[eé] se debe que) (?:me |nos )?(?:siguen |sigan |est[aá]n |vuelven a )?(?:cobr|"
        r"factur|reclam|pid)\w*|\bno (?:entiendo|entendemos|comprendo|comprendemos) (?:este|"
        r"esta|el|la|su|vuestro|vuestra|ese|esa) (?:recordatorio|cobro|cargo|reclamo|"
        r"reclamaci[oó]n|aviso)\b",
        # not agreed: "las 6 horas de desplazamiento no estaban pactadas"
        r"(?<!fecha )(?<!d[ií]a )\bno (?:estaba|estaban|estaba incluid[oa]|fue|fueron|era|eran|"
        r"hab[ií]a sido|hab[ií]an sido) (?:pactad|acordad|convenid|presupuestad|incluid|"
        r"contratad|autorizad|pedid|solicitad)[oa]s?\b",
        # unfinished: "la web todavía no está publicada", "faltan la mitad de las secciones
        # que acordamos", "para mí el trabajo no está terminado"
        rf"\b(?:{_WORK}|web|p[aá]gina|tienda online|app|aplicaci[oó]n|jard[ií]n|mueble|"
        r"muebles)s?\b(?: \S+){0,4}? (?:todav[ií]a |a[uú]n |todavia )?no (?:est[aá]n?|ha "
        r"sido|han sido|qued[oó]|quedaron) (?:\w+ )?(?:terminad|acabad|finalizad|completad|"
        r"entregad|publicad|instalad|montad|hech)[oa]s?\b",
        r"\bfalta(?:n|ba|ban)? (?:la mitad|parte|buena parte|varias|varios|algunas|algunos|"
        r"muchas|muchos|casi todo|casi todas?|casi todos) (?:de )?(?:las|los|la|el)? ?"
        r"(?:\w+ ){0,2}?que (?:acordamos|pactamos|pedimos|contratamos|encargamos|quedamos|"
        r"acordaron|pactaron|prometieron|presupuestaron)\b",
        # "el descuento del 10% que nos prometió Julián no aparece por ningún lado"
        r"\b(?:descuento|rebaja|bonificaci[oó]n|dto)s? (?:\S+ ){0,9}?(?:no (?:est[aá]|aparece|"
        r"figura|viene|se (?:ha )?aplic\w*)|sin aplicar)\b",
        # a payment on account left out: "la factura no lo descuenta", "no refleja el anticipo"
        r"\b(?:factura|recibo|saldo|cuenta|liquidaci[oó]n|reclamo)\b.{0,20}?\bno (?:(?:me|nos) )?"
        r"(?:lo |la |los |las )?(?:descuenta|descuentan|resta|restan|refleja|reflejan|recoge|"
        r"incluye|tiene en cuenta|tienen en cuenta|considera|contempla)\b",
        # charged in full all the same: "nos cobran el mes completo igual"
        r"\b(?:me|nos) (?:cobr|factur|pas|carg)(?:an|aron|[aá]is|asteis)\b (?:\S+ ){0,4}?"
        r"(?:igual\b(?! que)|igualmente|de todas formas|de todos modos|aun as[ií]|como si)",
        # it was theirs to bear: "el flete corría por cuenta de ustedes", "descuéntenlo y lo pago"
        r"\b(?:corr[ií]a|corre|iba|va|era|es) (?:a|por) cuenta (?:de ustedes|suya|vuestra|de "
        r"usted|tuya|de la empresa|del proveedor|de ellos)\b",
        r"\bdesc(?:u[eé]nt(?:en|e|ad)|ontad)(?:lo|la|los|las|melo|noslo|mela|nosla)\b",
        # not yet delivered: "las mesas todavía no las entregaron" (not a payslip or the bill)
        r"\b(?:todav[ií]a|a[uú]n|todavia) no (?:me |nos )?(?:lo |la |los |las )?(?:entregaron|"
        r"han entregado|instalaron|han instalado|terminaron|han terminado|montaron|han montado|"
        r"acabaron|han acabado|entreg[aá]is|hab[eé]is entregado)\b(?! (?:\w+ )?(?:factura|"
        r"recibo|comprobante|datos|n[oó]mina|sueldo|cheque|pago))",
        r"\bno (?:pagaremos|pagaré|pagamos)\b",
        r"\bno es correct[oa]\b|\b(?:tiene|hay) un error\b",
        r"\bno (?:vamos a|voy a|pienso|pensamos) pagar\b|\breclam\w+\b|\bdisconforme\b|"
        r"\bno estoy de acuerdo\b|\berror en la factura\b|\bcobrad[oa]s? dos veces\b|"
        r"\bduplicad\w+\b|"
        r"\bdefectuos\w+\b|\bnota de crédito\b|\bimpugn\w+\b|\bno (?:acordamos|acordado|"
        r"pedimos|solicitamos|autorizamos)\b|\bfactura rectificativa\b|\bcobra\w* por error\b",
        r"\bno (?:reconocemos|reconozco|aceptamos|acepto)\b|\bno (?:corresponde|coincide|cuadra)\b|"
        r"(?<!\bm[ií]o )(?<!\bm[ií]a )(?<!\bm[ií]os )(?<!\bm[ií]as )"
        r"\b(?:lleg[óo]|vino|vinieron|llegaron|est[áa]n?) (?:\w+ )?(?:rot[oa]s?|dañad[oa]s?|"
        r"defectuos[oa]s?)\b|\bno (?:hemos|he) recibido (?:\w+ )?(?:pedido|mercancía|mercancia|"
        r"material|producto|género|genero|servicio|envío|envio)\b|\bno se (?:realizó|hizo|terminó|"
        r"completó|entregó)\b|\bcobrad[oa]s? de más\b",
        # a quoted figure, then the bill's: "el presupuesto que os aceptamos era de 1.850 € y
        # la factura viene por 2.310 €"
        r"\b(?:precio|presupuesto|importe|tarifa|oferta|cotizaci[oó]n|total|monto|acuerdo)\b"
        r".{0,60}?\d.{0,40}?\b(?:y|pero|mientras|cuando|en cambio) (?:ahora )?(?:en )?(?:la|"
        r"su|vuestra|tu|esta) factura (?:\w+ ){0,2}?(?:viene|vino|llega|lleg[oó]|sale|sali[oó]|es|"
        r"fue|pone|puso|dice|asciende|ascendi[oó]|figura|aparece|marca|indica|suma|trae|trajo|"
        r"refleja|va)\w* (?:\w+ )?(?:[$€£] ?)?\d",
        # goods that came broken in part: "llegaron con la mitad rotos", "vino con dos piezas
        # rotas"
        r"\b(?:vino|vinieron|lleg[oó]|llegaron|ha llegado|han llegado|recibimos|recib[ií])\b "
        r"(?:\S+ ){0,3}?con (?:la mitad|parte|varios|varias|algunos|algunas|muchos|muchas|casi "
        r"todos|casi todas|\d+|dos|tres|cuatro|cinco|seis|la tapa|el cristal|la caja)\b"
        r"(?: \S+){0,3}? (?:rot|golpead|abollad|rayad|mojad|da[ñn]ad|quebrad|estropead|"
        r"defectuos|partid|vencid|caducad)\w*",
        # the same invoice again: "esta factura es igualita a la F-2025-0412", "mismo
        # concepto, mismo importe"
        r"\bfactura\b.{0,30}?\b(?:id[eé]ntic|igual|igualit|calcad|duplicad|repetid|clavad)\w* "
        r"(?:a|que|de) (?:la|otra|una) (?:factura |anterior )?(?:n\W{0,2} ?)?[a-z]{0,4}[-/]?\d|"
        r"\bmism[oa] (?:concepto|importe|monto|fecha|n[uú]mero|servicio|precio|referencia)\b"
        r"[^.]{0,40}?\bmism[oa] (?:concepto|importe|monto|fecha|servicio|precio|referencia)\b",
        # a discount agreed: "por teléfono acordamos un 10% de descuento" (not one that is
        # already applied)
        r"\b(?:acordamos|acordaron|acord[eé]|pactamos|pactaron|pact[eé]|negociamos|"
        r"convinimos|quedamos en|(?:me|nos) (?:ofrecieron|ofreci[oó]|ofrecisteis|dieron|dio|"
        r"concedieron|concedi[oó]|hicieron|hizo|aseguraron|asegur[oó]|dijeron|dijo))\b "
        r"(?:\w+ ){0,2}?(?:un |una |el |la )?(?:\d+(?:[.,]\d+)? ?% (?:de )?)?(?:descuento|"
        r"rebaja|bonificaci[oó]n|dto)\b(?![^.]*\b(?:aplicad|descontad|reflejad|incluid)[oa])",
        # charged for what was not chosen: "se nos factura envío urgente, pero elegimos el
        # estándar" (not "pero pedimos más tiempo")
        r"\b(?:me|nos) (?:est[aá]n |est[aá]is )?(?:factur|cobr|carg)\w*\b.{0,60}?\b(?:pero|"
        r"cuando|aunque|y eso que|si) (?:yo |nosotros |nosotras )?(?:eleg[ií]|elegimos|"
        r"escog[ií]|escogimos|seleccion[eé]|seleccionamos|marqu[eé]|marcamos|opt[eé]|optamos|"
        r"contrat[eé]|contratamos|ped[ií]|pedimos|encargu[eé]|encargamos|reserv[eé]|"
        r"reservamos|acordamos|pactamos|compr[eé]|compramos|solicit[eé]|solicitamos)\b"
        r"(?! (?:\w+ )?(?:m[aá]s )?(?:tiempo|plazo|pr[oó]rroga|aplazamiento|facilidades|plan|"
        r"un plan|una cita|ayuda|informaci[oó]n|la factura|copia|una copia|el detalle))",
        # charged in full for less: "la mitad de las clases se suspendieron y nos cobran el
        # trimestre entero", "pago sólo lo que corresponde"
        r"\b(?:y|pero|aun as[ií]|igual|e igual) (?:me|nos) (?:cobr|factur|pas|carg)(?:an|aron|"
        r"[aá]is|asteis)\b (?:\S+ ){1,3}?(?:enter|complet|[ií]ntegr)[oa]s?\b|"
        r"\b(?:me|nos) (?:cobr|factur|pas|carg)(?:an|aron|[aá]is|asteis)\b (?:\S+ ){1,3}?"
        r"(?:enter|complet|[ií]ntegr)[oa]s?\b,? (?:cuando|aunque|pese a|a pesar de|y eso que|"
        r"si (?:s[oó]lo|solamente)|y (?:el|la|los|las) \S+ (?:estuvo|estuvieron|est[aá]|no|"
        r"se suspendi|se cancel|cerr))|"
        r"\b(?:s[oó]lo|solamente|[uú]nicamente)\b,? (?:\w+ ){0,3}?(?:lo que (?:corresponde|"
        r"es justo|"
        r"usamos|usé|recibimos|recib[ií]|consumimos|consum[ií]|se hizo|se prest[oó]|se "
        r"entreg[oó]|se dio)|lo justo|la parte (?:que|proporcional))\b",
        # returned, and still billed: "devolvimos las 2 sillas con el código RMA-8812", "la
        # factura las sigue incluyendo"
        r"\b(?:devolv[ií]|devolvimos|devolvisteis|hemos devuelto|he devuelto|regres[eé]|"
        r"regresamos|retornamos|retorn[eé])\b (?:\S+ ){0,4}?(?:(?:con|bajo) (?:el |la )?"
        r"(?:c[oó]digo|n[uú]mero|referencia|autorizaci[oó]n|albar[aá]n|gu[ií]a)|rma\b)|"
        r"\b(?:devolv[ií]|devolvimos|hemos devuelto|he devuelto|regres[eé]|regresamos) "
        r"(?:el|la|los|las) (?:\d+|dos|tres|cuatro|cinco|seis|siete|ocho|nueve|diez) \w+",
        r"\b(?:factura|recibo|cargo|cobro|extracto|estado de cuenta)\b.{0,20}?\b(?:lo|la|los|"
        r"las) (?:sigue|siguen|contin[uú]a|contin[uú]an) (?:incluyendo|cobrando|facturando|"
        r"contando|reflejando|cargando)\b|\b(?:lo|la|los|las) (?:sigue|siguen|sig[aá]is|"
        r"contin[uú]an?) (?:cobrando|facturando|incluyendo|cargando|reclamando)\b|"
        r"\b(?:sigue|siguen|contin[uú]a|contin[uú]an) "
        r"(?:apareciendo|figurando|incluid[oa]s?|cobr[aá]ndo\w+|factur[aá]ndo\w+) en (?:la|el|"
        r"su|vuestra|esta) (?:factura|recibo|extracto|estado de cuenta)\b",
        # the time actually worked, which the bill is set against: "el técnico estuvo en la
        # oficina de 10 a 11:30", "sólo estuvo hora y media" (not "... y quedó perfecto")
        r"\b(?:estuvo|estuvieron|trabaj[oó]|trabajaron|dur[oó]|duraron|tard[oó]|tardaron|"
        r"vino|vinieron|se qued[oó]|se quedaron)\b (?:\S+ ){0,4}?(?:de|desde) (?:las )?"
        r"\d{1,2}(?:[:.h]\d\d)? (?:a|hasta) (?:las )?\d{1,2}(?:[:.h]\d\d)?\b(?! de (?:enero|"
        r"febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|setiembre|octubre|noviembre|"
        r"diciembre)\b)(?![^.]*\b(?:perfect|genial|excelente|bien|gracias|contentos|"
        r"content[oa])\w*)|\b(?:s[oó]lo|solamente|apenas) (?:estuvo|estuvieron|trabaj[oó]|"
        r"trabajaron|tard[oó]|tardaron|dur[oó]|se qued[oó]) (?:\w+ ){0,2}?(?:\d+|una|dos|tres|"
        r"media|hora y media|unos minutos|veinte minutos|diez minutos)\b",
        # the wrong tax rate: "nos aplicáis el IVA al 21% y este servicio tributa al 10%"
        r"\b(?:iva|igic|igv|itbis|impuesto|retenci[oó]n|irpf)\b[^.]{0,40}?\d+(?:[.,]\d+)? ?%"
        r"[^.]{0,60}?\b(?:tributa\w*|deber[ií]a(?:n)? (?:ser|ir|llevar|aplicarse)|corresponde|"
        r"correspond[ií]a|es (?:el|del|de un|un)|lleva|va|est[aá] (?:gravad|sujet)[oa]) (?:al|"
        r"el|del|un|a un|de un|con el|con un)? ?\d+(?:[.,]\d+)? ?%|\b(?:tributa|tributan|"
        r"est[aá] (?:exent|gravad)[oa]|est[aá]n (?:exent|gravad)[oa]s)\b[^.]{0,30}?\b(?:y|pero|"
        r"mientras|cuando) (?:me |nos )?(?:aplic|cobr|factur|carg|pon)\w+",
        # a thing still not working or not done: "un aire acondicionado que sigue sin enfriar",
        # "una lavadora que sigue igual de rota", "Las cortinas siguen sin colgar", "Ni siquiera
        # terminaron de pintar el salón. Falta una pared entera."
        r"\bsiguen? (?:sin (?:enfriar|calentar|arrancar|cerrar|colgar|terminar|arreglar|instalar|"
        r"montar|pintar|encender|desaguar)|igual de (?:rot[oa]s?|mal|estropead[oa]s?|"
        r"averiad[oa]s?))\b|\bni siquiera (?:terminaron|acabaron|vinieron|instalaron|pintaron|"
        r"montaron|entregaron|aparecieron|empezaron)\b|\bfalta(?:n)? (?:una? \w+ enter[oa]s?|la "
        r"mitad (?:de|del))\b",
        # a quote or a credit not kept: "El presupuesto decía 350 €, no 520 €", "El abono que nos
        # prometieron no aparece por ningún lado", "La garantía cubre la reparación"
        r"\b(?:presupuesto|oferta|precio acordado)\b[^.]{0,30}?\d[\d.,]*\s?(?:€|euros?)?,? no \d|"
        r"\b(?:abono|descuento|nota de cr[ée]dito|reembolso|dep[óo]sito|se[ñn]al)\b[^.]{0,40}\bno "
        r"(?:aparece|figura|est[áa] (?:descontad|aplicad|reflejad)[oa])\b|\b(?:cubiert[oa]s? por|"
        r"(?:est[áa]|sigue|todav[íi]a) en) (?:la )?garant[íi]a\b|\bla garant[íi]a (?:lo |la "
        r")?cubre\b",
    ),
    ReplyIntent.PAID: (
        # "en fin, pagado está", "se consignaron los $4.200.000 esta mañana en Bancolombia"
        r"\bpagad[oa] est[áa]\b|\bse consign(?:ó|aron)\b|\bconsign(?:é|amos)\b",
        # "Acabo de hacer la transferencia de 640 €"
        r"\bacab(?:o|amos) de (?:hacer|realizar|mandar|enviar|ordenar|pagar|abonar|transferir)\b"
        r"(?: (?:la|el|una|un) (?:transferencia|pago|ingreso|dep[óo]sito|bizum|abono)\b)?",
        # "El cheque se lo dejé el lunes a su repartidor"
        r"\b(?:cheque|efectivo|sobre|pago)\b[^.?]{0,20}\b(?:se lo|se la|le|les) (?:dej[ée]|"
        r"entregu[ée]|di)\b",
        # "hoy hemos ordenado el pago", "se han cruzado los correos: lo pagamos el lunes"
        # "te lo he pasado por bizum ahora mismo"
        r"\b(?:te|le|os|les|se) (?:lo|la) (?:he|hemos) pasado por (?:bizum|transferencia|el banco|"
        r"la app|paypal)\b",
        r"\b(?:hemos|he) ordenado (?:el pago|la transferencia)\b|\bse (?:han|habrán) cruzado\b"
        r"[^.?]{0,40}\blo (?:pagamos|pagué|transferimos|abonamos)\b",
        # "fue ordenado el pasado 31 de octubre", "emitió el pago el pasado día 28", "Listo,
        # transferido", "te mandé $ 86.500"
        r"\b(?:fue|ha sido|fueron|han sido) (?:ordenad|emitid|realizad|efectuad|transferid|abonad|"
        r"pagad)[oa]s?\b|\b(?:emitió|ordenó|realizó|efectuó|hicimos|hice) (?:el|la) "
        r"(?:pago|transferencia)\b|^\W*(?:listo,? )?transferido\b|\b(?:te|les|le|os) mand[ée] "
        r"(?:el|la|los|\$|€|\d)",
        # a day gone by, then a 1st person plural: "esta mañana depositamos el total", "ayer
        # por la tarde transferimos"
        r"\b(?:ayer|anteayer|antier|anoche|esta ma[ñn]ana|hoy temprano|la semana pasada|el "
        r"(?:mes|lunes|martes|mi[eé]rcoles|jueves|viernes|s[aá]bado|domingo) pasado)\b"
        r"[^.?]{0,30}?\b(?:pagamos|depositamos|transferimos|abonamos|ingresamos|consignamos|"
        r"liquidamos|saldamos)\b",
        # "se depositó en OXXO el sábado", "se transfirió a la cuenta de siempre"
        r"\bse (?:deposit|transfiri|ingres|consign|gir)[oó] (?:en|a)\b",
        # "al final transferimos el total" (not "al final pagamos el lunes que viene")
        r"\bal final (?:ya )?(?:(?:les|le|os|te|lo|la) )?(?:transferimos|pagamos|depositamos|"
        r"abonamos|ingresamos|enviamos|mandamos|realizamos|hicimos|efectuamos|liquidamos)\b"
        r"(?! (?:\w+ )?(?:el (?:lunes|martes|mi[eé]rcoles|jueves|viernes|s[aá]bado|domingo|"
        r"d[ií]a|\d|mes)\b(?! pasado)|el pr[oó]xim|ma[ñn]ana|la (?:semana|pr[oó]xima|quincena)|"
        r"a fin|esta semana|este mes|cuando|en cuanto))",
        # "la factura ya la pagamos el lunes por transferencia" ("ya": done, not to come)
        r"\bya (?:se )?(?:la|lo|las|los) (?:pagamos|transferimos|abonamos|ingresamos|"
        r"depositamos|liquidamos|saldamos)\b(?![^.?]{0,30}\b(?:que viene|pr[oó]xim\w*|"
        r"ma[ñn]ana|cuando|en cuanto)\b)",
        # "ya hice la transferencia", "realicé el pago", "hicimos el depósito"
        rf"\b(?:{_PAID_VERB}|he (?:hecho|realizado|efectuado|enviado|mandado)|hemos "
        r"(?:hecho|realizado|efectuado|enviado|mandado)) (?:ya )?(?:la|el|los|las|una|un|"
        r"dos|tres) (?:transferencias?|pagos?|dep[oó]sitos?|ingresos?|giros?|abonos?|"
        r"consignaci[oó]n|consignaciones|env[ií]os? de dinero|cheques?|bizum|spei|sinpe|yape|plin|"
        r"nequi|daviplata|mercado ?pago)\b",
        # "te lo pasé por Mercado Pago", "lo ingresó en ventanilla", "ya le yapeé"
        r"\b(?:te|le|les|os|se) (?:lo|la|los|las) pas[eé]\b(?= (?:por|ayer|anoche|el|hace|esta|"
        r"en|a))|\b(?:lo|la|los|las) (?:pagué|pagó|pagaron|transferí|transfirió|depositó|"
        r"deposité|depositaron|ingresé|ingresó|ingresaron|consigné|consignó|aboné|abonó)\b",
        # "te lo mandé por Mercado Pago recién", "se la transferí ayer" (accented: "que te lo
        # mande" is a subjunctive)
        r"\b(?:te|le|les|os|se) (?:lo|la|los|las) (?:mandé|envié|transferí|giré|deposité|"
        r"consigné|aboné|ingresé|pagué|mandó|envió|transfirió|depositó|abonó|ingresó)\b(?= "
        r"(?:por|ayer|anoche|el|hace|esta|en|a|al|reci[eé]n|hoy|ya|v[ií]a|con|mediante|desde|"
        r"antes|anteayer|antier|temprano)\b|\W*$)",
        # "la factura se abonó el 31 de octubre", "se pagó ayer por transferencia"
        r"\b(?:factura|deuda|importe|monto|recibo|cuota|saldo|total|cargo|pedido|adeudo|cuenta)s?"
        r" (?:\S+ ){0,2}?(?:ya )?se (?:abon|pag|transfiri|liquid|sald|cancel|deposit|ingres|"
        r"consign|gir)(?:[oó]|aron)\b|\bse (?:abon|pag|transfiri|liquid|sald|deposit|ingres|"
        r"consign|gir)(?:[oó]|aron) (?:el (?:d[ií]a )?\d|ayer|anteayer|antier|anoche|hace|la "
        r"semana pasada|el mes pasado|el (?:lunes|martes|mi[eé]rcoles|jueves|viernes|s[aá]bado|"
        r"domingo) pasado|mediante|por (?:transferencia|bizum|tarjeta|dep[oó]sito|cheque|"
        r"ventanilla|banco)|con (?:tarjeta|cheque|transferencia)|v[ií]a|en efectivo)\b",
        r"\b(?:yape|plin|bizum|nequi)(?:e[eé]|e[oó]|eamos|earon|[eé])\b|\bya (?:(?:le|les|te|os|"
        r"lo|la|se) ){0,2}(?:yape|plin|bizum|nequi)(?:e|ee|amos)\b",
        # "se liquidó con el pago del día 28", "el pago se cruzó con su correo"
        r"\bse (?:liquid[oó]|sald[oó]|cancel[oó]|pag[oó]|cubri[oó]|abon[oó]) con (?:el|la|un|"
        r"una|los|las|nuestro|nuestra) \w+",
        r"\bse (?:cruz[oó]|cruzaron|ha cruzado|han cruzado) con (?:su|tu|vuestro|el|este|ese) "
        r"(?:correo|mail|e-?mail|mensaje|recordatorio|aviso)\b",
        # "consigné en Bancolombia", "transferi los 320", "ya deposité"
        r"\b(?:consigné|deposité|transferí|transferi|giré|aboné|liquidé|saldé)\b|\bya "
        rf"(?:(?:les|le|te|os|lo|la|se|me) ){{0,2}}{_PAID_UNACCENTED}\b",
        r"\bcancel[eé] (?:la|el|los|las|toda la|todo el) (?:factura|deuda|saldo|total|importe|"
        r"monto|adeudo|cuota)s?\b",
        r"\bya (?:\w+ )?(?:realizamos|efectuamos|enviamos|mandamos|transferimos|depositamos|"
        r"abonamos|consignamos|cancelamos|ingresamos|giramos|liquidamos|saldamos)\b",
        # "el pago salió el viernes", "el cheque se envió", "el pago se efectuó el 30/10"
        rf"\b{_MONEY}\b(?: \S+){{0,3}}? (?:ya )?(?:sali[oó]|salieron|se (?:envi[oó]|"
        r"realiz[oó]|efectu[oó]|hizo|mand[oó]|emiti[oó]|acredit[oó]|proces[oó]|debit[oó]|"
        r"carg[oó]|aplic[oó]|hicieron|enviaron|realizaron|efectuaron)|(?:fue|fueron|ha sido|"
        r"han sido) (?:enviad|realizad|efectuad|hech|mandad|acreditad|procesad|emitid|"
        r"debitad|cobrad|aplicad|transferid|depositad|ingresad)[oa]s?|qued[oó] (?:hech|"
        r"realizad|acreditad|aplicad|registrad)[oa]|(?:est[aá]n?|qued[oó]) (?:ya )?"
        r"(?:hech|realizad|efectuad|enviad|acreditad|aplicad)[oa]s?)\b",
        # "ya se realizó el depósito", "se pagó ayer"
        r"\bse (?:realiz[oó]|efectu[oó]|hizo|envi[oó]|mand[oó]|emiti[oó]|proces[oó]|"
        r"acredit[oó]|aplic[oó]|abon[oó]|pag[oó]|deposit[oó]|transfiri[oó]|cancel[oó]|"
        r"liquid[oó]|sald[oó]|ingres[oó]|consign[oó]|gir[oó]) (?:ya )?(?:el|la|los|las|un|una) "
        r"(?:pagos?|transferencias?|dep[oó]sitos?|ingresos?|abonos?|giros?|cheques?|importe|"
        r"monto|saldo|factura|deuda|cuota|consignaci[oó]n|total)\b|\bya se (?:pag[oó]|"
        r"abon[oó]|transfiri[oó]|deposit[oó]|liquid[oó]|sald[oó]|cancel[oó]|hizo|realiz[oó]|"
        r"efectu[oó]|envi[oó]|mand[oó])\b",
        # "la factura fue cancelada mediante SPEI", "ya está saldada la deuda", "está pago"
        r"\b(?:factura|deuda|saldo|importe|monto|cuota|total|adeudo)s?\b(?: \S+){0,3}? "
        r"(?:fue|fueron|ha sido|han sido|qued[oó]|quedaron|est[aá]|est[aá]n) (?:ya )?(?:\w+mente )?"
        r"(?:cancelad|saldad|liquidad)[oa]s?\b",
        r"\b(?:est[aá]|est[aá]n|qued[oó]|quedaron|ha sido|han sido|fueron) (?:ya )?(?:todo |"
        r"toda |\w+mente )?"
        r"(?:pagad|abonad|saldad|liquidad|transferid|depositad|consignad|ingresad)[oa]s?\b|"
        r"\b(?:ya )?est[aá] pag[oa]\b",
        # "Pagado ayer por Bizum", "Transferencia realizada", "hecho!"
        r"^\W*(?:ya )?(?:pagad|abonad|transferid|depositad|ingresad|saldad|liquidad|"
        r"consignad)[oa]s?\b(?! (?:para|antes|el (?:pr[oó]xim|\d)|ma[ñn]ana|a fin))|"
        r"^\W*(?:hecho|ya est[aá]|listo,? ya (?:pagu[eé]|pagamos|est[aá]))\W*$",
        r"^\W*(?:pago|transferencia|dep[oó]sito|abono|ingreso|giro|consignaci[oó]n)s? (?:ya )?"
        r"(?:realizad|hech|efectuad|enviad|completad|procesad|confirmad)[oa]s?\b",
        rf"\b(?:est[aá]|qued[oó]) (?:ya )?(?:hech|realizad|efectuad|enviad|acreditad)[oa]s? "
        rf"(?:la|el|los|las) {_MONEY}\b",
        r"\b(?:realizamos|efectuamos|enviamos|mandamos|transferimos|depositamos|abonamos|"
        r"consignamos|ingresamos|giramos|liquidamos|saldamos)\b(?: \S+){0,4}? (?:ayer|anteayer|"
        r"antier|hace (?:\d+|un|una|unos|unas|dos|tres)|el \w+ pasado|la semana pasada|el mes "
        r"pasado|esta ma[ñn]ana|hoy temprano)\b",
        # "ayer me cargaron la domiciliación", "ya pasaron el recibo"
        r"\b(?:cargaron|carg[oó]|cobraron|cobr[oó]|debitaron|debit[oó]|descontaron|descont[oó]|"
        r"pasaron|pas[oó]|ejecutaron|ejecut[oó]|se (?:carg[oó]|cobr[oó]|debit[oó]|pas[oó]|"
        r"ejecut[oó])) (?:\w+ ){0,3}?(?:la domiciliaci[oó]n|el d[eé]bito autom[aá]tico|el "
        r"recibo(?: domiciliado)?|el adeudo|la cuota)\b",
        r"\b(?:estamos|estoy|est[aá]|deber[ií]a(?:mos)? estar|qued[oó]|quedamos|qued[eé]|"
        r"nos pusimos|me puse)\b(?: todo)? al d[ií]a\b",
        # "ya deberían tenerlo", "ya les llegó el pago"
        r"\bya (?:(?:lo|la) )?(?:deben|debe|deber[ií]an?|deber[ií]as) (?:de )?tener(?:lo|la)?\b|"
        r"\bya (?:les |le |te |os )?(?:deber[ií]an?|deber[ií]as|tendr[ií]an que) (?:tenerlo|"
        r"tenerla|haberlo|haberla|verlo|verla|estar reflejad|verse reflejad|figurar|aparecer|"
        r"haber recibido|tener el pago)\w*",
        rf"\bya (?:les |le |te |os )?(?:lleg[oó]|llegaron|debe haber llegado|tienen|tiene|"
        rf"recibieron|recibi[oó]) (?:el |la |los |las |su |sus )?{_MONEY}\b",
        # "les adjunto el comprobante", "adjunto el soporte", "envío captura de la transferencia"
        r"\b(?:adjunto|adjuntamos|anexo|anexamos|adjunt[eé]|les paso|te paso|le paso|"
        r"env[ií]o|mando|enviamos|mandamos|envi[eé]|mand[eé])\b(?: \S+){0,3}? (?:el |la |"
        r"los |las |un |una )?(?:comprobantes?|justificantes?|soportes?|vouchers?|recibo de "
        r"(?:pago|transferencia)|boleta de dep[oó]sito|captura|pantallazo|constancia de "
        r"(?:pago|transferencia|dep[oó]sito)|ticket de (?:pago|dep[oó]sito)|"
        r"tickets?(?! de (?:soporte|incidencia|servicio|atenci[oó]n)))\b"
        r"(?![^.]*\b(?:cuando|en cuanto|una vez|apenas|despu[eé]s de|tan pronto))",
        r"^\W*(?:pagad[oa]|abonad[oa])\W*$",
        r"\b(?:he|hemos|ya) (?:\w+ ){0,2}(?:pagado|transferido|abonado|ingresado|realizado|"
        r"hecho)\b(?! cargo\b)|\b(?:está|esta|fue) (?:ya )?(?:pagad[ao]|abonad[ao])\b|"
        r"\b(?:pagué|pagé|transferí|ingresé)\b|\bya (?:(?:lo|la) )?(?:pagamos|pague)\b",
        r"\b(?:transferencia|pago|ingreso)\b(?: \w+){0,2} (?:está|esta|fue|ha sido) (?:ya )?"
        r"(?:hech[oa]|realizad[oa]|enviad[oa]|efectuad[oa])\b",
    ),
    ReplyIntent.PAYMENT_PLAN: (
        r"\bla mitad (?:ahora|hoy)\b",
        # asked for time: "¿Nos podríais dar hasta el 20 para pagar?", "¿me puede esperar hasta
        # fin de mes?"
        r"\b(?:nos|me) (?:podr[ií]a(?:is|n|s)?|puede[ns]?|pod[ée]s|pod[ée]is) (?:dar|dejar|"
        r"conceder|esperar) (?:\w+ )?hasta\b|\b(?:d[ée]n|dame|denos|deme|dadnos|dadme|"
        r"esp[ée]ren(?:me|nos)?|esp[ée]rame) hasta\b",
        # more time: "necesito un par de meses más", "denme unas semanas más"
        r"\b(?:un par de|unos|unas|algunos|algunas|otros|otras|dos|tres|cuatro) (?:d[ií]as|"
        r"semanas|meses|quincenas) m[aá]s\b(?! o menos)|\b(?:un|otro|una|otra) (?:mes|semana|"
        r"quincena) m[aá]s\b(?! o menos)",
        # instalments: "abonos de $1,000 cada quincena", "cuatro pagos semanales"
        r"\b(?:pagos?|abonos?|cuotas?|pagar(?:les|le|te|lo)?|abonar(?:les|le|te|lo)?|darles|"
        r"darle|depositar\w*|transferir\w*|entregas?)\b(?: \S+){0,4}? cada (?:quincena|semana|"
        r"mes|\d+ d[ií]as|dos semanas|quince d[ií]as|fin de mes|viernes|lunes|cobro)\b",
        r"\b(?:pagos?|abonos?|cuotas?|entregas?|dep[oó]sitos?|plazos?|transferencias?) (?:\w+ )?"
        r"(?:semanal|quincenal|mensual|bimestral|bimensual|catorcenal)(?:es)?\b|"
        r"\b(?:semanal|quincenal|catorcenal)(?:es|mente)\b",
        r"\b(?:dos|tres|cuatro|cinco|seis|siete|ocho|nueve|diez|doce|\d+) (?:pagos|cuotas|"
        r"abonos|plazos|entregas|mensualidades|partes|parcialidades|meses sin intereses)\b",
        r"\b(?:acuerdo|convenio|arreglo|calendario) de (?:pagos?|financiaci[oó]n)\b|"
        r"\bfacilidades (?:de pago|para pagar)\b|\bpr[oó]rroga\b|\bir pagando\b|"
        r"\bir (?:pasando|abonando|depositando|transfiriendo|mandando|dejando|dando|cubriendo|"
        r"liquidando|saldando|entregando|consignando|girando|amortizando|descontando)\b|"
        r"(?<![\d.,])[$€£]?\d[\d.,]*\s?(?:€|euros?|pesos|d[oó]lares|soles|lucas|luquitas|mil|"
        r"lempiras|quetzales|colones|bol[ií]vares|k)? (?:por|a la|cada|x) (?:semana|quincena|"
        r"mes)\b|"
        r"\bpoco a poco\b|\bpor partes\b|\ben partes\b|\bparcialidades\b|\bmensualidades\b|"
        r"\ben (?:\w+ )?abonos\b|\bpagos? parcial(?:es)?\b|\babonos? parcial(?:es)?\b|"
        r"\brefinanci\w+\b|\breestructur\w+ (?:la|de la) deuda\b",
        # "pago la mitad el viernes y la otra mitad a fin de mes"
        r"\b(?:y|e) (?:la otra mitad|el resto|lo restante|lo dem[aá]s|lo que (?:resta|queda|"
        r"falta))\b|\bla otra mitad\b",
        # more time: "¿me dan hasta enero?", "¿nos pueden dar unas semanas?"
        r"\b(?:me|nos) (?:dan|da|das|dais|pueden dar|podr[ií]an dar|podr[ií]a dar|puede dar|"
        r"conceden|concede|dejan|permiten|podr[ií]an conceder|pueden conceder|esperan|espera|"
        r"podr[ií]an esperar|pueden esperar) (?:hasta|unos d[ií]as|unas semanas|un par de|"
        r"una semana|un mes|m[aá]s (?:tiempo|plazo|d[ií]as)|otra semana|otro mes|plazo|una "
        r"pr[oó]rroga)\b",
        r"\b(?:m[aá]s|un poco de|algo de|unos d[ií]as de|unas semanas de) (?:de )?(?:tiempo|"
        r"plazo)\b",
        # hardship: "me quedé sin trabajo", "no me alcanza", "no tengo el total"
        r"\b(?:me qued[eé]|nos quedamos|estoy|estamos) (?:sin (?:trabajo|empleo|chamba|laburo|"
        r"curro|ingresos|trabajar)|en (?:el )?paro|desemplead[oa]s?)\b|\b(?:me|nos) "
        r"(?:despidieron|echaron)\b|\bperd[ií] (?:mi|el) (?:trabajo|empleo)\b|"
        r"\bno (?:me|nos) alcanza\b|\bno llego a fin de mes\b",
        r"\bno (?:tengo|tenemos|cuento con|contamos con|dispongo de|disponemos de) (?:\w+ )?"
        r"(?:el total|todo el dinero|el dinero completo|la totalidad|liquidez|fondos "
        r"suficientes|para pagar(?:lo|la)? todo)\b",
        r"\bno (?:voy|vamos) a poder (?:pagar|abonar|cubrir|liquidar)(?:lo|la)? (?:todo|el "
        r"total|completo|la totalidad|de una vez|de golpe)\b|\bno (?:puedo|podemos) "
        r"(?:pagar|abonar|cubrir|liquidar)(?:lo|la)? (?:todo|el total|completo|la totalidad|de "
        r"una vez|de golpe)\b",
        r"(?<!\ben un )(?<!\bdentro de un )\bplazos?\b(?! (?:m[aá]xim[oa] )?de (?:\d+|veinticuatro|"
        r"cuarenta y ocho|setenta y dos) (?:horas|h|d[ií]as h[aá]biles)\b)",
        r"\ben (?:dos|tres|cuatro|varias|varios|\d+) (?:veces|pagos|partes)\b|\b(?:hago|har[ée]|"
        r"haremos|hacemos) (?:dos|tres|cuatro) pagos\b|"
        r"\ba plazos\b|\bfraccion\w+\b|\ben cuotas\b|\bcuotas\b|\baplaz\w+\b|\bmás tiempo\b|"
        r"\bal mes\b|\bmensual\w*\b|\bplan de pagos\b",
    ),
    ReplyIntent.PROMISE_TO_PAY: (
        # "Pagamos esta semana."
        r"^\W*(?:se lo |os lo |se la |os la |le |les |te )?pagamos (?:esta semana|la semana que "
        r"viene|ma[ñn]ana|hoy)\b",
        # "Lo pagamos lo antes posible", "lo abonamos a la mayor brevedad"
        r"\b(?:pag\w+|abon\w+|transfer\w+|ingres\w+)\b[^.?!]{0,30}?\b(?:lo antes posible|"
        r"cuanto antes|lo m[áa]s pronto posible|a la mayor brevedad|lo m[áa]s r[áa]pido posible|"
        r"en cuanto (?:pueda|podamos|me sea posible|nos sea posible)\b)",
        # "nos comprometemos a saldar la factura", "me comprometo a pagarlo"
        r"\b(?:me comprometo|nos comprometemos|se compromete|me compromet[ií]|nos "
        r"comprometimos|(?:me|nos) (?:he|hemos) comprometido) a (?:\w+ )?(?:pagar|saldar|abonar|"
        r"liquidar|transferir|depositar|cancelar|cubrir|regularizar|ingresar|consignar|hacer el "
        r"pago|realizar el pago|efectuar el pago|hacer la transferencia)\w*",
        # "hoy mismo hago el Bizum", "mando la transferencia esta tarde" (not a question)
        r"(?<!c[oó]mo )(?<!d[oó]nde )(?<!cu[aá]ndo )(?<!\bno )\b(?:hago|hacemos|realizo|"
        r"realizamos|mando|mandamos|env[ií]o|enviamos) (?:el|la|un|una) (?:bizum|transferencia|"
        r"pago|dep[oó]sito|ingreso|giro|yape|plin|nequi|sinpe|spei|consignaci[oó]n)\b"
        r"(?![^.]*\?)",
        # a day to come and a 1st person plural ("la semana próxima depositamos", "pagamos el
        # mes que viene"): a promise, not a payment
        r"\b" + _TO_COME + r"\b[^.?]{0,30}?\b(?:pagamos|depositamos|transferimos|"
        r"abonamos|ingresamos|consignamos|liquidamos|saldamos|transfiero|consigno|"
        r"(?<!el )(?<!un )(?<!del )(?:deposito|ingreso))\b(?![^.]*\?)",
        r"\b(?:pagamos|depositamos|transferimos|abonamos|ingresamos|consignamos|liquidamos|"
        r"saldamos)\b (?:\S+ ){0,4}?" + _TO_COME + r"\b(?![^.]*\?)",
        # "ese mismo día os lo paso", "el viernes te lo paso por Bizum" (not "se lo paso a mi
        # jefe")
        r"^(?=.*\b(?:hoy|ma[ñn]ana|d[ií]a|lunes|martes|mi[eé]rcoles|jueves|viernes|s[aá]bado|"
        r"domingo|semana|mes|quincena|cobr\w+|n[oó]mina|sueldo|\d+)\b)(?!.*\?).*?(?<!\bno )\b"
        r"(?:se|te|le|les|os) (?:lo|la|los|las) (?:paso|pasamos)\b(?! (?:a|al|con)\b)",
        # "a principios de diciembre queda saldado", "quedará pagado el viernes"
        r"(?<!\bya )\b(?:quedar[aá]n?|estar[aá]n?) (?:todo |toda )?(?:saldad|pagad|liquidad|"
        r"abonad|cancelad|cubiert|regularizad)[oa]s?\b(?![^.]*\?)",
        r"\b" + _TO_COME + r"\b[^.?]{0,20}?\bqueda(?:n)? (?:todo |toda )?(?:saldad|pagad|"
        r"liquidad|abonad|cancelad|cubiert)[oa]s?\b|\bqueda(?:n)? (?:todo |toda )?(?:saldad|"
        r"pagad|liquidad|abonad|cancelad|cubiert)[oa]s? (?:\S+ ){0,2}?" + _TO_COME + r"\b",
        # "esta semana lo pago", "el lunes se lo transfiero"
        r"(?<!\bno )\b(?:esta semana|este mes|hoy|ma[ñn]ana|pasado ma[ñn]ana|el (?:pr[oó]ximo )?"
        r"(?:lunes|martes|mi[eé]rcoles|jueves|viernes|s[aá]bado|domingo)|la semana que viene|la "
        r"pr[oó]xima semana|el (?:d[ií]a )?\d{1,2}|a fin de mes|en (?:unos|dos|tres) d[ií]as)"
        r"(?: mismo)? (?:se |te |le |les |os )?(?:lo|la|los|las) (?:pago|pagamos|transfiero|"
        r"transferimos|deposito|depositamos|abono|abonamos|liquido|ingreso|cancelo)\b",
        r"^(?!\W*¿)\W*(?:se |te |le |les |os )?(?:lo|la|los|las) (?:pago|pagamos|"
        r"transfiero|transferimos|deposito|depositamos|abono|abonamos|ingreso|liquido) "
        r"(?:el|este|esta|ma[ñn]ana|hoy|la semana|la pr[oó]xima|a fin|a finales|antes|sin "
        r"falta|en (?:unos|dos|tres))\b",
        # "va en la remesa de la semana que viene"
        r"\b(?:va|van|ir[aá]|ir[aá]n|sale|saldr[aá]|entra|entran|entrar[aá]|entrar[aá]n) (?:en|"
        r"incluid[oa]s? en|dentro de) (?:la|el) (?:remesa|lote|corrida|pr[oó]xim[oa] (?:remesa|"
        r"lote|corrida|pago|transferencia)|ciclo de pagos)\b",
        # "la tenemos incluida en la remesa de pagos del día 20", "está metida en el próximo
        # lote de pagos" (not "no la tenemos incluida")
        r"(?<!\bno )\b(?:(?:la|lo|las|los) (?:tenemos|tengo|tiene|tienen|hemos|he|ha|han)|"
        r"est[aá]n?|qued[oó]|quedaron|va|van|ir[aá]n?) (?:ya )?(?:incluid|programad|metid|"
        r"agendad|puest|anotad|cargad|metid|a[ñn]adid|inclu)[oa]s? en (?:la|el|nuestra|nuestro) "
        r"(?:pr[oó]xim[oa] )?(?:remesa|lote|corrida|ciclo|calendario|programaci[oó]n|relaci[oó]n|"
        r"planilla|listado|tanda) de (?:pagos?|transferencias|proveedores)\b",
        # "ya la programó para el 18 de noviembre", "lo hemos agendado para el viernes"
        # (and "ya lo reprogramé para este viernes", after a payment the bank rejected)
        r"(?<!\bno )\b(?:(?:lo|la|los|las) (?:re)?(?:program|agend|calendariz)(?:[oó]|aron|"
        r"amos|[eé]|ar[aá]|ar[aá]n|aremos|ar[eé])|(?:lo|la|los|las) (?:ha|han|hemos|he) "
        r"(?:re)?(?:programado|agendado|calendarizado)|(?:lo|la|los|las) (?:dej[eé]|dejamos|"
        r"dej[oó]|dejaron|tenemos|tengo|tiene|tienen) (?:re)?(?:programad|agendad|calendarizad)"
        r"[oa]s?|(?:ha|han|hemos|he) (?:re)?(?:programado|agendado|calendarizado) "
        r"(?:el pago|la transferencia|el ingreso|el dep[oó]sito|el abono|la factura))"
        r"(?: \w+)? para (?!que\b)",
        # a day, then "lo tienen": "el día 15 lo tienen", "mañana ya la tienen"
        r"\b(?:el (?:d[ií]a )?\d{1,2}|el (?:pr[oó]ximo )?(?:lunes|martes|mi[eé]rcoles|jueves|"
        r"viernes|s[aá]bado|domingo)|ma[ñn]ana|pasado ma[ñn]ana|esta semana|la semana que "
        r"viene|a fin de mes|antes del? \w+)\b(?: \S+){0,3}? (?:ya )?(?:lo|la|los|las) "
        r"(?:tienen|tiene|ten[eé]is|tienes)\b",
        # present for future, to you: "les pago", "te lo transfiero", "les deposito" (not
        # asked: "¿cómo les pago?", "¿les deposito a la misma cuenta?")
        rf"(?<!\bno ){_ASKED}{_YOU} (?:(?:lo|la|los|las) )?(?:pago|transfiero|deposito|abono|"
        rf"liquido|consigno|giro|ingreso|cancelo)\b{_NOT_ASKED}",
        rf"(?<!\bno ){_ASKED}\b(?:se|te|le|les|os) (?:lo|la|los|las) (?:pago|transfiero|"
        rf"deposito|abono|liquido|giro|ingreso|consigno)\b{_NOT_ASKED}",
        rf"\b(?:{_YOU} )?(?:paso|pasamos|mando|env[ií]o) (?:el |la |los |las )?(?:{_MONEY}|lo "
        r"que (?:debo|debemos))\b",
        # the future: "transferiremos", "depositaré", "se pagará"
        r"\b(?:pagar|transferir|depositar|abonar|liquidar|saldar|consignar|girar|ingresar|"
        r"regularizar|cubrir)(?:[eé]|emos|[aá]n?)\b|\b(?:enviar|mandar|realizar|efectuar|"
        r"cancelar)(?:[eé]|emos) (?:el|la|los|las|un|una|su|tu) (?:pagos?|transferencias?|"
        r"dep[oó]sitos?|ingresos?|abonos?|giros?|cheques?|importe|monto|dinero|plata|"
        r"factura|deuda|saldo|total|resto)\b",
        # "les voy a pagar", "se lo vamos a transferir" (not "no voy a poder")
        r"(?<!\bno )\b(?:voy|vamos|va|van) a (?!poder\b)(?:\w+ ){0,2}?(?:pagar|transferir|"
        r"depositar|abonar|liquidar|saldar|consignar|girar|ingresar|regularizar|cubrir|"
        r"ponerme al d[ií]a|ponernos al d[ií]a)\w*",
        # "lo tendrán el 3 de diciembre", "recibirán el pago el lunes"
        r"\b(?:lo|la|los|las) (?:tendr|recibir)(?:[aá]n|[aá]s|[aá]|[eé]is)\b(?! en cuenta)|"
        r"\b(?:tendr|recibir)(?:[aá]n|[aá]s|[aá]|[eé]is) (?:el|su|tu|vuestro|la) "
        r"(?:pago|dinero|transferencia|importe|dep[oó]sito|ingreso|plata|abono|cheque)\b",
        r"\b(?:queda|quedar[aá]|est[aá]|estar[aá]) (?:programad|agendad|previst|planificad)[oa] "
        r"(?:para|el)\b",
        r"\b(?:transferencia|pago|ingreso)\s+se\s+(?:hará|realizará|efectuará|hace)\b|"
        r"\b(?:haremos|haré|realizaremos|realizaré|efectuaremos|efectuaré)\s+(?:el|la)\s+"
        r"(?:pago|transferencia|ingreso)\b",
        r"\b(?:pagaré|pagaremos|transferiré|enviaré|mandaré|ingresaré|abonaré|"
        r"haré la transferencia|haremos la transferencia)\b|"
        r"\b(?:voy|vamos) a (?:pagar|transferir|hacer|ingresar|abonar)\b|"
        r"\b(?:os|te|le|les) (?:hago|hacemos|envío|enviamos|mando|pago|pagamos|ingreso|transfiero) "
        rf"(?:\w+ ){{0,2}}(?:transferencia|pago|ingreso|el|la|mañana|hoy)\b{_NOT_ASKED}|"
        r"\bsin falta\b",
    ),
    ReplyIntent.QUESTION: (
        # "Mándamela y la tramito", "favor enviar certificación bancaria", "Quería saber a
        # nombre de quién", "Solicito estado de cuenta", "Me indica por favor el importe", "Que
        # número de referencia pongo"
        r"\bm[áa]nd(?:a|e|en)(?:me|nos)(?:la|lo|las|los)\b|\benv[íi](?:a|e|en)(?:me|nos)(?:la|lo|"
        r"las|los)\b|\bfavor (?:de )?(?:enviar|mandar|indicar|confirmar|compartir|remitir)\b|"
        r"\bquer[ií]a saber\b|\bquisiera saber\b|\bsolicit(?:o|amos)\b|\b(?:me|nos) indica(?:n|"
        r"s)?\b|\bqu[ée] (?:n[úu]mero|referencia|cuenta|concepto)\b[^.?]{0,30}\b(?:pongo|ponemos|"
        r"uso|usamos|indico)\b",
        r"\bcu[aá]nto (?:es|ser[ií]a|queda|quedar[ií]a|debo|debemos|le debo|les debo|sale|"
        r"saldr[ií]a|tengo que|tenemos que|hay que)\b",
        r"\b(?:me|nos) (?:podr[ií]an|podr[ií]as|podr[ií]a|puede|pueden|pod[eé]is|pod[eé]s|"
        r"podes) (?:\w+ )?(?:mandar|enviar|reenviar|pasar|facilitar|indicar|decir|confirmar|"
        r"explicar|aclarar|compartir|adjuntar)\w*",
        r"\b(?:quisiera|quisi[eé]ramos|me gustar[ií]a|nos gustar[ií]a|necesito|necesitamos) "
        r"(?:saber|conocer|consultar|confirmar|que me (?:indiquen|digan|expliquen|confirmen|"
        r"env[ií]en|manden|aclaren))\b",
        r"\b(?:favor de|agradecer[ií]a(?:mos)?(?: que)?(?: me| nos)?|solicito|solicitamos|"
        r"necesito|necesitamos) (?:enviar|mandar|reenviar|indicar|me env[ií]en|me manden|"
        r"una copia|copia|el detalle|el desglose|los datos|la factura|el estado de cuenta|"
        r"un estado de cuenta)\b",
        r"\bme (?:podéis|podeis|puede|pueden|podrías|podrias|podrían) (?:mandar|enviar|decir|"
        r"confirmar|reenviar)\b",
        # made out again to someone else: "¿me la podéis anular y emitir de nuevo a nombre de
        # la S.L.?", "les pido que nos la reemitan a nombre de la empresa"
        r"\b(?:(?:me|nos) )?(?:la|las) (?:(?:podr[ií]an|podr[ií]as|podr[ií]a|puede|pueden|"
        r"pod[eé]is|pod[eé]s|podes|pod[eé]s) )?(?:(?:\w+ ){1,2}y )?(?:volver a )?(?:emitir|"
        r"emitan|emit[aá]is|reemitir|reemitan|reemit[aá]is|rehacer|hacer|hagan|facturar|"
        r"facturen|sacar|saquen|generar|generen|poner|pongan)\b(?: \w+){0,3}? a nombre de\b",
    ),
    ReplyIntent.ACKNOWLEDGED: (
        r"\b(?:he|hemos) pasado la factura a\b|\b(?:él|ella) se encarga\b",
        r"\b(?:lo |la )?revisar[áa]\b|\bles digo algo\b",
        r"\bacusamos recibo\b|\b(?:fue|ha sido) trasladad[oa]\b|\b(?:le |te )?reenv[íi]o (?:tu|su) "
        r"correo\b|\b(?:le|lo) pregunto a\b|\bconsulto con mi (?:socio|socia|marido|mujer|esposo|"
        r"esposa|pareja|jefe|contable)\b",
        # "Te pongo en copia a administración para que lo gestionen ellos"
        r"\b(?:te|le|les|os) pongo en copia\b|\bpongo en copia a\b",
        # "ya vi el correo", "lo estoy gestionando", "lo tengo presente, no me olvido"
        r"\bya (?:vi|vimos|he visto|hemos visto|le[ií]|le[ií]mos|he le[ií]do|hemos le[ií]do) "
        r"(?:el|su|tu|vuestro|este|los|sus|vuestros|estos) (?:correos?|mensajes?|mails?|"
        r"e-?mails?|avisos?|recordatorios?|whatsapps?)\b",
        r"\b(?:lo|la|los|las) (?:estoy|estamos) (?:gestionando|revisando|mirando|viendo|"
        r"tramitando|chequeando|checando|verificando|consultando|organizando|preparando)\b|"
        r"\b(?:estoy|estamos) en ello\b",
        r"\b(?:lo|la|los|las) (?:tengo|tenemos) (?:presente|en cuenta|anotad[oa]s?|apuntad[oa]s?|"
        r"en mente)\b|\bno (?:me olvido|nos olvidamos|lo olvido|la olvido|lo olvidamos|se me "
        r"olvida|se nos olvida)\b",
        r"(?<!\bno )\b(?:ya )?(?:s[eé]|sabemos) que (?:le |les |te |os )?(?:lo |la |eso )?"
        r"(?:debo|debemos|est[aá] pendiente|tengo pendiente|tenemos pendiente)\b",
        r"\blo (?:chequeo|checo|verifico|consulto|reviso|miro|veo|averiguo|compruebo|comento|"
        r"hablo|platico|analizo|gestiono|tramito|estudio)\b|\b(?:lo|la|los|las) "
        r"(?:chequeamos|revisamos|miramos|vemos|verificamos|consultamos|comprobamos|"
        r"averiguamos|gestionamos|analizamos)\b",
        r"\bgracias por (?:el|su|tu|vuestro|la) (?:recordatorio|aviso|correo|mensaje|e-?mail|"
        r"mail|informaci[oó]n|notificaci[oó]n)\b|\bgracias por (?:avisar|recordar|la info)\b",
        r"\b(?:di|dimos|he dado|hemos dado|doy|damos|daré) (?:aviso|parte|traslado)\b|"
        r"\b(?:se lo|lo|la|le|les) (?:pas[eé]|reenvi[eé]|traslad[eé]|comuniqu[eé]|turn[eé]|"
        r"he pasado|he reenviado|hemos pasado|hemos reenviado|trasladamos|pasamos|paso|"
        r"reenvio|reenvío|traslado) (?:a|al)\b|"
        # "Reenvío a administración, ellos te dirán algo"
        r"^\W*(?:te |le |os )?(?:reenv[íi]o|paso|traslado) (?:esto |el correo |tu correo )?"
        r"(?:a|al) (?:administraci[óo]n|contabilidad|finanzas|tesorer[íi]a|pagos|departamento|"
        r"compañer[oa])\b",
        r"^\W*(?:ok|okay|vale|dale|listo|perfecto|de acuerdo|entendido|enterad[oa]|anotado|"
        r"muy bien|claro|comprendido|tomo nota|tomamos nota|quedo atent[oa]|quedamos atentos)"
        r"\W*(?:gracias|muchas gracias|saludos)?\W*$",
        r"\b(?:les|le|te|os) (?:aviso|confirmo|comento|digo algo|escribo|respondo|contesto) "
        r"(?:en cuanto|cuando|apenas|lo antes|a la brevedad|pronto|luego|m[aá]s tarde|"
        r"ma[ñn]ana)\b|\bquedo (?:atent[oa]|pendiente)\b|\btomamos nota\b",
        r"\blo (?:paso|pasaré|reenvío|reenvio|mando) a\b",
        r"\brecibido\b",
        # "ya lo vi", "ya lo he leído", "visto"
        r"\bya (?:lo|la|los|las) (?:vi|vimos|v[ií]|he visto|hemos visto|le[ií]|le[ií]mos|he "
        r"le[ií]do|hemos le[ií]do|tengo en cuenta|tenemos en cuenta|tengo presente|"
        r"tenemos presente)\b|^\W*(?:visto|le[ií]do|vista)\W*(?:gracias)?\W*$",
        r"^\W*(?:recibido|entendido|gracias)\W*(?:thanks|thank you|cheers)?\W*$",
        r"\btomo nota\b|\blo (?:reviso|miro|reenvío|he reenviado)\b|\breenviad[oa]\b",
        # "Voy a revisarlo con mi socio y te digo algo", "se lo digo a mi mujer q es la q lleva
        # las cuentas", "lo turno al área de finanzas"
        r"\b(?:voy a|vamos a) (?:revisarlo|mirarlo|verlo|consultarlo|comentarlo|chequearlo|"
        r"checarlo|gestionarlo|hablarlo)\b|\bte digo algo\b|\bse lo (?:digo|paso|comento) a\b|"
        r"\blo turno a\w*\b",
        # "Acuso recibo de su correo. Lo he remitido al área de contabilidad", "ya le pasé la
        # cuenta de cobro a tesorería"
        r"\bacuso recibo\b|\b(?:lo|la|los|las) (?:he|hemos) remitido\b|\b(?:le |les )?(?:pas[eé]|"
        r"reenvi[eé]|remit[ií]|traslad[eé]) (?:la|el|su|tu|vuestra|vuestro) (?:\w+ ){0,4}(?:a|al) "
        r"(?:tesorer[ií]a|contabilidad|administraci[oó]n|pagos|cuentas por pagar|finanzas|mi jefe|"
        r"la oficina|[áa]rea)\b",
    ),
}
#: What a question may be about, besides `phrases._TOPICS`.
QUESTION_TOPICS: tuple[str, ...] = (
    r"qui[ée]n (?:me |nos |les )?escribe", r"qui[ée]n (?:es|eres|son) (?:usted|ustedes|vos|t[úu])",
    r"nombre de (?:la |ninguna |su )?empresa",
    r"certificaci[oó]n", r"estado de cuenta", r"importe", r"a nombre de", r"raz[oó]n social",
    r"n[úu]mero de referencia",
    r"comprob", r"verific",
    r"correspond", r"concepto", r"referencia", r"recibo", r"comprobante", r"cargo", r"saldo",
    r"deuda", r"monto", r"adeudo", r"tarjeta", r"efectivo", r"dep[oó]sito", r"bizum",
    r"nequi", r"daviplata", r"mercado ?pago", r"clabe", r"cbu", r"cvu", r"spei", r"oxxo",
    r"yape", r"plin", r"sinpe", r"pagar", r"abon", r"datos bancarios", r"rfc", r"cfdi", r"nit",
    r"cuit", r"ruc", r"desglose", r"detalle", r"vencimiento", r"vence", r"intereses",
    r"recargo", r"precio", r"cobr", r"domiciliaci[oó]n", r"n[uú]mero de cuenta",
    r"iva", r"duplicado", r"factura", r"extracto", r"pendiente", r"resumen", r"movimientos",
    r"cuenta", r"transferencia", r"pago", r"importe",
    # who the invoice is made out to: "¿me la podéis emitir de nuevo a nombre de la S.L.?",
    # "¿necesitáis la dirección fiscal?"; "¿de dónde sale esa cifra?" (`cif` and `nif` stand
    # alone)
    r"a nombre de", r"(?:re)?emit", r"datos fiscales", r"(?:direcci[oó]n|domicilio) fiscal",
    r"raz[oó]n social", r"cif(?!\w)", r"nif(?!\w)", r"titular", r"cifras?\b",
)
#: Words that, just before a "paid" phrase, mean it is not paid (yet).
NOT_PAID: tuple[str, ...] = (
    r"\bno (?:(?:me|nos|le|les|lo|la|los|las|se|te) )*(?:est[aá]n?|estamos|estoy|fue|fueron|"
    r"hice|hicimos|hizo|hicieron|he|hemos|ha|han|hab[ií]a\w*|qued[oó]|quedaron|sali[oó]|"
    r"realic[eé]|realiz[oó]|realizamos|efectu[eé]|efectu[oó]|mand[eé]|mand[oó]|mandamos|"
    r"envi[eé]|envi[oó]|enviamos|transfer[ií]|transferimos|deposit[eé]|depositamos|"
    r"consign[eé]|consignamos|pagu[eé]|pag[oó]|pagamos|pago|abon[eé]|abonamos|ingres[eé]|"
    r"ingresamos|sald[eé]|saldamos|liquid[eé]|liquidamos|cancel[eé]|cancelamos|gir[eé]|"
    r"giramos|cargaron|carg[oó]|cobraron|cobr[oó]|debitaron|debit[oó]|abon[oó]|"
    r"transfiri[oó]|deposit[oó]|ingres[oó]|liquid[oó]|sald[oó]|consign[oó]|gir[oó]|"
    r"abonaron|pagaron|transfirieron|depositaron|ingresaron)\b",
    r"\ba[uú]n no\b|\btodavia no\b|\bnunca\b|\bjam[aá]s\b",
    # "te mando el comprobante": a receipt still to be sent, after paying (but "aquí le mando
    # la foto del ticket" sends it now).
    r"(?<!aqu[ií] )(?<!aqui )(?<!ah[ií] )(?<!ya )\b(?:te|le|les|os) (?:mando|env[ií]o|paso)\b",
    r"\b(?<!esta )(?<!por la )(?<!de la )ma[ñn]ana\b|\bpr[oó]xim[oa]s?\b|\bque viene\b|"
    r"\bpara (?:el|la) (?:\d|d[ií]a|lunes|martes|mi[eé]rcoles|jueves|viernes|s[aá]bado|"
    r"domingo|pr[oó]xim|fin|semana|quincena)|\bpara (?:fin|finales|mediados|principios)\b|"
    r"\ben cuanto\b|"
    r"\btan pronto\b|\buna vez (?:que )?\b|\b(?:voy|vamos|va|van|vas) a\b|"
    r"\b(?:estar|quedar)[aá]n?\b|\bsi ya\b|\bsi (?:est[aá]|fue|se|lo|la|los|las|hab|qued|"
    r"hay|pag|recib)\w*",
    r"\btodavía no\b", r"\bno (?:he|hemos|lo)\b", r"\bserá\b", r"\bhasta que\b",
    # what will have been done by a day ("a más tardar el 24 ya les habré pagado")
    r"\bhabr(?:é|e|emos)\b", r"\ba m[áa]s tardar\b",
    r"\bcuando\b",
)
#: A debtor saying in so many words that they do not dispute.
NOT_A_DISPUTE: tuple[str, ...] = (
    r"\bno tiene nada que ver con (?:vosotros|ustedes|usted|ti)\b",
    r"\bno digo que no (?:lo |la )?(?:deba|debamos|debo)\b|\bfactura corregida,? que ya (?:me|nos) "
    r"lleg[óo]\b|\bya (?:me|nos) lleg[óo] la factura corregida\b",
    r"\bno (?:estoy|estamos) en desacuerdo\b",
    r"\b(?:discrepancia|reclamaci[oó]n|disputa|problema|malentendido)\b[^.]{0,40}\bse (?:aclar[oó]|"
    r"resolvi[oó]|solucion[oó])\b",
    r"\bni (?:reclamaci[oó]n|reclamaciones|reclamo|reclamos|queja|quejas|disputa)\b",
    r"\bno (?:hay|tenemos|tengo) (?:ninguna |ning[uú]n )?(?:reclamaci[oó]n|reclamo|queja|"
    r"disputa|problema con (?:la|esta|su) factura)\b",
    r"\bno (?:es|se trata de) (?:un |una )?(?:reclamo|reclamaci[oó]n|queja|disputa)\b",
    r"\bno (?:le |les |te |os )?(?:estoy|estamos) (?:reclamando|impugnando|disputando|discutiendo|"
    r"cuestionando)\b",
    r"\bno (?:discuto|discutimos|cuestiono|cuestionamos|impugno|impugnamos) (?:la|el) "
    r"(?:deuda|importe|monto|factura|cobro|cargo)\b",
    r"\bno es (?:una )?(?:reclamación|queja)\b",
    r"\bel error (?:\w+ ){0,3}(?:fue|era) m[íi]o\b",
    r"\b(?:la )?(?:disputa|reclamaci[oó]n) (?:ya )?(?:est[áa]|qued[óo]) resuelta\b",
    r"\bno es que no (?:la |lo |las |los )?(?:queramos|quiera|vayamos a) pagar\b",
)
