"""How Spanish-speaking debtors write each intent, and lookalikes that must not count."""

from __future__ import annotations

import pytest

from bot.domain.replies.classifier import human_intent
from bot.domain.replies.intents import ReplyIntent

CEASE, WRONG, DISPUTE, PAID = (ReplyIntent.CEASE, ReplyIntent.WRONG_PERSON,
                               ReplyIntent.DISPUTE, ReplyIntent.PAID)
PLAN, PROMISE, QUESTION, ACK = (ReplyIntent.PAYMENT_PLAN, ReplyIntent.PROMISE_TO_PAY,
                                ReplyIntent.QUESTION, ReplyIntent.ACKNOWLEDGED)


@pytest.mark.parametrize("words", [
    "Dejen de mandarme correos o pondré una queja.",
    "Deja de escribirme, por favor.",
    "Paren de llamarme.",
    "Baja. No me manden más mails.",
    "No nos envíen más recordatorios, gracias.",
    "No me sigan escribiendo.",
    "Favor de no volver a contactarme a este correo.",
    "Absténganse de contactarnos.",
    "Bórrenme de su lista, no quiero saber nada más de ustedes.",
    "Quiten mi correo de su base de datos.",
    "No autorizo más contacto por este medio.",
    "No autorizo que me contacten por este medio.",
    "No quiero más correos automáticos.",
])
def test_a_debtor_who_asks_in_spanish_not_to_be_contacted_is_cease(words: str) -> None:
    assert human_intent(words) is CEASE


@pytest.mark.parametrize("words", [
    "Ejerzo mi derecho de oposición y supresión conforme al RGPD.",
    "Borren mis datos de inmediato.",
    "Me opongo al tratamiento de mis datos personales.",
    "Soy abogada y represento a la Sra. Gómez en relación con esta deuda.",
    "En adelante, toda comunicación debe dirigirse exclusivamente a este despacho.",
    "A partir de hoy cualquier contacto será a través de mi gestor.",
    "Nuestros abogados se pondrán en contacto con ustedes.",
    "Hable con mi apoderado.",
    "El despacho Pérez & Asociados lleva mi caso, contacten con ellos.",
    "La empresa entró en concurso mercantil.",
    "Estamos en suspensión de pagos.",
    "Me he acogido a la ley de segunda oportunidad.",
    "Fuimos declarados en quiebra.",
    "Esto es acoso, me están hostigando todos los días.",
])
def test_a_debtor_with_a_lawyer_insolvency_or_a_data_objection_in_spanish_is_cease(
        words: str) -> None:
    assert human_intent(words) is CEASE


@pytest.mark.parametrize("words", [
    "Creo que se han equivocado de persona.",
    "Te equivocaste de correo.",
    "Le escribió al correo equivocado, yo soy el hijo.",
    "Yo no soy Javier Martín ni tengo nada que ver con esa empresa.",
    "Este correo es personal y no tiene nada que ver con la empresa.",
    "Somos los nuevos dueños desde agosto, nada que ver con esa deuda.",
    "Esa deuda es del inquilino anterior.",
    "Ya no llevo las cuentas de Distribuidora Nava, dejé el puesto en septiembre.",
    "Pedro ya no forma parte de la compañía.",
    "No soy el titular de esa cuenta.",
    "Aquí no hay nadie con ese nombre.",
    "Me llegó este mensaje por equivocación.",
    "Mi padre falleció el año pasado.",
])
def test_a_debtor_who_is_not_the_right_person_in_spanish_is_wrong_person(words: str) -> None:
    assert human_intent(words) is WRONG


@pytest.mark.parametrize("words", [
    "Nos facturaron dos veces el mismo pedido; la segunda deben anularla.",
    "Me cobraron doble este mes.",
    "El importe está mal calculado.",
    "Ese importe está equivocado.",
    "Hay un error en la factura.",
    "El precio acordado era de $4.500 y no de $5.200.",
    "Ese recargo por mora no lo voy a pagar.",
    "Pues no, esto no lo pago.",
    "No lo vamos a pagar.",
    "No vamos a abonar esa factura hasta que nos envíen lo que falta.",
    "Eso no lo debo.",
    "Con todo respeto, no les debo nada: la obra quedó mal terminada.",
    "Los intereses que me agregaron son abusivos y no los acepto.",
    "Me aplicaron intereses indebidamente, elimínenlos.",
    "El cobro es improcedente.",
    "Quiten el recargo, no corresponde.",
    "No estamos conformes con la factura.",
    "Ese pedido no es nuestro.",
    "Envíennos la factura corregida, por favor.",
    "Necesito una nota de credito por la diferencia.",
])
def test_a_debtor_who_contests_the_amount_or_a_fee_in_spanish_is_dispute(words: str) -> None:
    assert human_intent(words) is DISPUTE


@pytest.mark.parametrize("words", [
    "Nunca pedí ese servicio.",
    "El técnico nunca vino.",
    "El servicio nunca se prestó.",
    "No nos ha llegado el pedido.",
    "Nunca recibimos la mercancía.",
    "El pedido llegó incompleto.",
    "Solo recibimos 8 cajas de 10.",
    "La reparación no quedó bien.",
    "Está en garantía, no deberían cobrarme.",
    "Devolvimos los productos hace un mes.",
    "Di de baja el servicio en julio.",
    "Cancelé el contrato en agosto.",
])
def test_a_debtor_whose_order_was_not_delivered_or_was_faulty_in_spanish_is_dispute(
        words: str) -> None:
    assert human_intent(words) is DISPUTE


@pytest.mark.parametrize("words", [
    "Buenas, ya hice la transferencia esta mañana.",
    "Realicé el pago ayer.",
    "Esta mañana hice la transferencia.",
    "Pagado ayer por Bizum.",
    "hecho! transferi los 320 recien",
    "Consigné en Bancolombia el 31 de octubre.",
    "Te deposité esta mañana.",
    "Ya mande el pago.",
    "Hola, el pago salió el viernes pasado desde la cuenta de la empresa.",
    "El cheque se envió por correo la semana pasada.",
    "Ya se realizó el depósito en OXXO.",
    "La factura 1187 fue cancelada mediante SPEI.",
    "Ya está saldada la deuda.",
    "Ya está pago.",
    "Está todo pagado.",
    "Ya está hecha la transferencia.",
    "Mandamos el cheque la semana pasada.",
    "Ayer me cargaron la domiciliación en la cuenta.",
    "Les adjunto el comprobante de pago.",
    "Ya deberían tenerlo en su cuenta.",
])
def test_a_debtor_who_says_in_spanish_that_they_paid_is_paid(words: str) -> None:
    assert human_intent(words) is PAID


@pytest.mark.parametrize("words", [
    "¿Puedo darles abonos de $1,000 cada quincena?",
    "Propongo cuatro pagos semanales de 250.",
    "Pago la mitad el viernes y la otra mitad a fin de mes.",
    "¿Podemos hacer un acuerdo de pago?",
    "Les pido facilidades de pago.",
    "Necesito un poco más de tiempo.",
    "¿Me pueden esperar hasta fin de mes?",
    "Estoy en paro, ¿podría pagarlo poco a poco?",
    "No voy a poder pagarlo todo de una vez.",
    "Solicito una prórroga de 30 días.",
])
def test_a_debtor_who_asks_in_spanish_for_instalments_or_time_is_payment_plan(
        words: str) -> None:
    assert human_intent(words) is PLAN


@pytest.mark.parametrize("words", [
    "Esta semana no puedo, pero la que viene seguro les pago.",
    "Cobro la quincena y en cuanto me caiga les deposito.",
    "Te paso la guita cuando cobro.",
    "Dame unos días y te lo pago completo.",
    "Lo tendrán como muy tarde en diciembre.",
    "Transferiremos el importe en cuanto entre la nómina.",
    "Les voy a pagar sin falta.",
    "Vamos a regularizar el saldo esta semana.",
])
def test_a_debtor_who_commits_in_spanish_to_pay_is_promise_to_pay(words: str) -> None:
    assert human_intent(words) is PROMISE


@pytest.mark.parametrize(("words", "intent"), [
    ("Perdone, ¿esto a qué corresponde exactamente?", QUESTION),
    ("¿Aceptan Bizum?", QUESTION),
    ("Quisiera saber el saldo pendiente.", QUESTION),
    ("Necesito una copia de la factura.", QUESTION),
    ("Dale, lo chequeo.", ACK),
    ("Gracias por el recordatorio, ya le di aviso al área de tesorería.", ACK),
    ("Se lo paso a contabilidad.", ACK),
    ("Perfecto, quedo atento.", ACK),
])
def test_a_spanish_question_or_acknowledgement_is_read_as_such(
        words: str, intent: ReplyIntent) -> None:
    assert human_intent(words) is intent


@pytest.mark.parametrize("words", [
    "No hemos pagado todavía.",
    "Todavía no hice la transferencia.",
    "Aún no he realizado el pago.",
    "No se ha hecho el pago aún.",
    "Aun no realizamos la transferencia.",
    "Mañana hago la transferencia.",
    "El pago saldrá el viernes.",
    "Para el viernes estará pagado.",
    "Quisiera saber si ya está pagado.",
    "¿Quiere que realice el pago por transferencia?",
    "Realizo el pago el lunes.",
    "Les mando el comprobante en cuanto haga la transferencia.",
])
def test_a_spanish_debtor_who_has_not_paid_yet_or_will_pay_is_not_paid(words: str) -> None:
    assert human_intent(words) is not PAID


@pytest.mark.parametrize(("words", "not_intent"), [
    ("Le pasé la factura a mi gestor.", CEASE),
    ("Mi asesor revisó la factura y está todo bien.", CEASE),
    ("Dejé de recibir sus facturas por correo.", CEASE),
    ("No me mandaron la factura.", CEASE),
    ("Les mando un saludo cordial.", PROMISE),
    ("Les envío los datos que pidieron.", PROMISE),
    ("Me da un poco de vergüenza el retraso.", PLAN),
    ("No me niego a pagar, solo quiero la factura.", DISPUTE),
    ("No es un reclamo, solo necesito la factura en PDF.", DISPUTE),
    ("No la pago hasta el viernes porque cobro ese día.", DISPUTE),
    ("Todavía no lo pago, lo hago mañana.", DISPUTE),
    ("No me ha llegado la factura, ¿me la reenvían?", DISPUTE),
    ("Nunca me llegó la factura.", DISPUTE),
    ("El precio no está mal.", DISPUTE),
    ("La mercancía llegó bien, gracias.", DISPUTE),
    ("No va a pagar mi socio, pago yo.", DISPUTE),
    ("Hice un pago parcial la semana pasada.", PLAN),
    ("No estoy en la oficina hoy, lo reviso mañana.", WRONG),
])
def test_a_spanish_lookalike_is_not_read_as_the_intent_it_resembles(
        words: str, not_intent: ReplyIntent) -> None:
    assert human_intent(words) is not not_intent


@pytest.mark.parametrize("words", [
    # hours, units or a price other than billed
    "La factura pone 12 horas pero el fontanero solo estuvo cuatro.",
    "Nos facturan 40 cajas cuando recibimos 25.",
    "Por favor corríjanla cuanto antes.",
    "El presupuesto decía 1.200 € pero nos facturáis 1.450 €.",
    "Me cobran 80 € cuando el precio de la web es 60 €.",
    "Nos facturaron la instalación aunque no se hizo.",
    "Falta el descuento del 10% que acordamos.",
    "No han aplicado el descuento pactado.",
    # faulty, wrong or unfinished
    "La nevera dejó de funcionar a la semana.",
    "La impresora llegó averiada.",
    "Nos enviaron la talla equivocada.",
    "Esto no es lo que pedí.",
    "La reforma sigue sin terminar.",
    "El trabajo quedó a medias y nadie ha vuelto.",
    # paying only once it is set right
    "Pagaré cuando la instalación esté terminada.",
    "Les pago en cuanto arreglen la caldera.",
    "Arreglad la persiana y os pago.",
    "Terminen el tejado y pagamos.",
    # never ordered, twice, credited, the wrong company, the contract
    "Jamás hicimos ese pedido.",
    "No existe ninguna orden de compra de nuestra parte.",
    "Es la misma factura que nos mandaron en octubre.",
    "Esta factura es idéntica a la 2025-044.",
    "Nos emitisteis una nota de abono por esa cantidad.",
    "Hagan la factura a la empresa correcta, por favor.",
    "La factura está a nombre de mi padre pero el contrato es mío.",
    "Conforme a la cláusula 7 del contrato, no corresponde pagar hasta la entrega.",
    "El pago es a la conformidad de obra, que todavía no hemos dado.",
    # cancelled, insured, refused
    "La suscripción la cancelé en agosto.",
    "Según sus condiciones no hay penalización.",
    "Eso lo tiene que cubrir el seguro.",
    "Está incluido en el contrato de mantenimiento.",
    "No vamos a pagarlo.",
])
def test_a_spanish_debtor_who_contests_what_is_billed_in_any_way_is_dispute(words: str) -> None:
    assert human_intent(words) is DISPUTE


@pytest.mark.parametrize("words", [
    "Denme de baja, por favor.",
    "Dadnos de baja de vuestra lista.",
    "El bufete Ruiz representa a la empresa en este asunto.",
    "Ella me representa, hablen con ella.",
    "Solo por carta, gracias.",
    "Comuníquense únicamente por correo postal.",
    "Traten con mi abogado.",
    "Eso lo llevará mi abogado.",
    "Hablen con él, no conmigo.",
    "No vamos a responder más correos.",
])
def test_a_spanish_debtor_who_sends_you_elsewhere_or_stops_answering_is_cease(
        words: str) -> None:
    assert human_intent(words) is CEASE


@pytest.mark.parametrize(("words", "intent"), [
    ("Al final transferimos el total.", PAID),
    ("Ya está pagado. Ni reclamación ni nada.", PAID),
    ("El día 20 lo tienen.", PROMISE),
    ("El viernes ya la tienen.", PROMISE),
])
def test_a_spanish_payment_or_promise_near_dispute_words_keeps_its_intent(
        words: str, intent: ReplyIntent) -> None:
    assert human_intent(words) is intent


@pytest.mark.parametrize(("words", "not_intent"), [
    ("Pagaré cuando termine el mes.", DISPUTE),
    ("Cuando terminen las vacaciones les pago.", DISPUTE),
    ("Les pago cuando me entreguen la nómina.", DISPUTE),
    ("Cuando funcione la web les pago.", DISPUTE),
    ("Mándenme el IBAN y les pago.", DISPUTE),
    ("La web dejó de funcionar cuando intenté pagar.", DISPUTE),
    ("La referencia de pago es incorrecta, ¿cuál uso?", DISPUTE),
    ("El precio era bueno y nos cobraron lo justo, gracias.", DISPUTE),
    ("No hice el pedido a tiempo, perdón.", DISPUTE),
    ("No hay ningún pedido pendiente, ya pagamos todo.", DISPUTE),
    ("El banco nos hizo la devolución del recibo.", DISPUTE),
    ("El pedido lo cancelamos ayer con tarjeta.", DISPUTE),
    ("¿No hay penalización si pago el lunes?", DISPUTE),
    ("El seguro va a pagarme el día 10 y les transfiero.", DISPUTE),
    ("Seguro que mi jefe va a pagar esta semana.", DISPUTE),
    ("No vamos a pagarlo todo de golpe, ¿podemos en cuotas?", DISPUTE),
    ("No voy a pagarla hasta el viernes, que cobro.", DISPUTE),
    ("Hicimos un abono de 300 € ayer.", DISPUTE),
    ("No voy a contestar más tarde, les escribo mañana.", CEASE),
    ("Lo revisará mi gestor y les confirmo.", CEASE),
    ("El comercial que nos representa en Valencia les llamará.", CEASE),
    ("Les envío la carta por correo postal.", CEASE),
    ("Al final pagamos el lunes que viene.", PAID),
    ("Ya lo tienen desde ayer.", PROMISE),
])
def test_a_spanish_lookalike_of_a_dispute_or_cease_is_not_read_as_one(
        words: str, not_intent: ReplyIntent) -> None:
    assert human_intent(words) is not not_intent


@pytest.mark.parametrize(("words", "intent"), [
    # insolvency, and asking not to be sent more
    ("Me acogí al procedimiento de liquidación voluntaria.", CEASE),
    ("Nos hemos acogido al concurso de acreedores.", CEASE),
    ("Le ruego que no sigan enviándome recordatorios.", CEASE),
    ("Les pido no seguir mandándome cobros.", CEASE),
    # someone else's account
    ("Vendimos el negocio en marzo; el nuevo propietario lleva las cuentas.", WRONG),
    ("Traspasé la tienda hace un año.", WRONG),
    ("Soy la asesora fiscal, no la titular.", WRONG),
    ("Diríjase a la gerente, por favor.", WRONG),
    ("Yo no tengo nada que ver.", WRONG),
    # paid by a local app, a counter or with another payment
    ("Se lo pasé ayer por Bizum.", PAID),
    ("Mi hermana lo depositó el martes en ventanilla.", PAID),
    ("Ya le yapeé los 200 soles.", PAID),
    ("Le hice el SPEI esta mañana.", PAID),
    ("Se saldó con la transferencia del lunes.", PAID),
    ("Nuestro pago se cruzó con su mensaje.", PAID),
    # a day, then "lo pago"; a payment run
    ("Esta semana lo pago, palabra.", PROMISE),
    ("El lunes se lo transfiero.", PROMISE),
    ("Lo pago el viernes.", PROMISE),
    ("Va en el lote de pagos del jueves.", PROMISE),
    ("Su factura entra en la remesa del día 30.", PROMISE),
])
def test_a_spanish_debtor_insolvent_elsewhere_paid_or_promising_in_other_words(
        words: str, intent: ReplyIntent) -> None:
    assert human_intent(words) is intent


@pytest.mark.parametrize("words", [
    # one paper says one figure, the bill another
    "El albarán dice 34 y nos facturaron 40.",
    "El albarán dice 34, ustedes facturaron 40.",
    "En la factura ponen 12 cajas y el remito que firmé dice 10.",
    "La factura pone 20 horas y el parte de trabajo firmado dice 14.",
    "En el contrato pone 29,90 al mes y me pasan 39,90.",
    # billed twice under another number
    "Es el mismo trabajo que la factura 2025-120.",
    "Es la misma obra, solo que con otro número y otra fecha.",
    # damaged and sent back, not delivered, not finished
    "El sofá vino roto y se lo devolvimos al transportista.",
    "Los muebles llegaron rayados.",
    "Aún no nos han entregado las sillas.",
    "La cocina todavía no está terminada.",
    "Faltan varias de las funciones que pactamos.",
    # not agreed, theirs to bear, a discount or payment on account left out
    "Los dos viajes extra no estaban acordados.",
    "El transporte iba por cuenta del proveedor.",
    "Descuéntenlo de la factura y pago.",
    "La rebaja del 5 % que nos ofreció el comercial no figura.",
    "El recibo no refleja el anticipo de 200 €.",
    "Cerraron el gimnasio dos semanas y nos cobraron la cuota entera igual.",
    # why still charged
    "No sé por qué nos siguen reclamando esto.",
    "No entiendo este cobro.",
])
def test_a_spanish_debtor_who_contests_the_bill_by_the_facts_is_dispute(words: str) -> None:
    assert human_intent(words) is DISPUTE


@pytest.mark.parametrize(("words", "not_intent"), [
    ("El contrato dice 12 meses de permanencia.", DISPUTE),
    ("El presupuesto pone 500 €, les pago el viernes.", DISPUTE),
    ("Todavía no me entregaron la factura, ¿me la mandan?", DISPUTE),
    ("Todavía no me entregaron la nómina, pago el lunes.", DISPUTE),
    ("La fecha no estaba acordada, así que les pago el viernes.", DISPUTE),
    ("El pago no está hecho todavía, lo hago mañana.", DISPUTE),
    ("Nos cobran igual que el mes pasado, ok.", DISPUTE),
    ("No sé por qué no se cobró el recibo, ¿lo pasan otra vez?", DISPUTE),
    ("Vendí mi coche para pagar esto, les transfiero el lunes.", WRONG),
    ("Soy el hijo del titular, mi padre les paga mañana.", WRONG),
    ("Le pido que me mande la factura.", CEASE),
    ("Lo pago mañana a primera hora.", PAID),
    ("Dame 10 días y te lo pago completo.", PAID),
])
def test_a_spanish_lookalike_of_a_fact_dispute_or_a_new_form_is_not_read_as_one(
        words: str, not_intent: ReplyIntent) -> None:
    assert human_intent(words) is not not_intent


@pytest.mark.parametrize(("words", "intent"), [
    # cease without a pronoun, and a company in liquidation
    ("Exijo que cesen los correos.", CEASE),
    ("Que cesen ya los recordatorios, estoy harto.", CEASE),
    ("No envíen más avisos a esta dirección.", CEASE),
    ("No les manden más recordatorios a mi madre.", CEASE),
    ("La empresa se encuentra en liquidación; la liquidadora es Dña. Ana Ruiz.", CEASE),
    # disputes implied by facts
    ("El presupuesto que aceptamos era de 1.850 € y la factura viene por 2.310 €.", DISPUTE),
    ("El precio pactado fue de $4.000, pero la factura llega por $5.200.", DISPUTE),
    ("Las baldosas llegaron con la mitad rotas.", DISPUTE),
    ("Recibimos las cajas con varias botellas rotas.", DISPUTE),
    ("La mercadería llegó vencida.", DISPUTE),
    ("Esta factura es igualita a la F-2025-0412.", DISPUTE),
    ("Mismo concepto y mismo importe que la del mes pasado.", DISPUTE),
    ("Por teléfono acordamos un 10% de descuento por volumen.", DISPUTE),
    ("El vendedor nos ofreció un 15 % de descuento.", DISPUTE),
    ("Se nos factura envío urgente, pero elegimos el envío estándar.", DISPUTE),
    ("Me cobraron la habitación doble cuando reservé una individual.", DISPUTE),
    ("Cerraron la piscina un mes y nos cobran el año completo.", DISPUTE),
    ("Pagaré solamente lo que usamos.", DISPUTE),
    ("Devolvimos las 2 sillas con el código RMA-8812.", DISPUTE),
    ("Regresamos el equipo con la guía 55123.", DISPUTE),
    ("La factura las sigue incluyendo.", DISPUTE),
    ("Las lámparas devueltas siguen apareciendo en la factura.", DISPUTE),
    ("Nos aplicáis el IVA al 21% y este servicio tributa al 10%.", DISPUTE),
    ("Nos cobran IVA del 21% cuando es un 4%.", DISPUTE),
    ("El técnico estuvo en la oficina de 10 a 11:30.", DISPUTE),
    ("Los operarios trabajaron desde las 8 hasta las 9:30.", DISPUTE),
    ("Solo estuvo hora y media en casa.", DISPUTE),
    ("el presupuesto era de 1850 y la factura vino por 2310", DISPUTE),
    ("Nos facturan el curso completo aunque sólo fui a tres clases.", DISPUTE),
    ("Solo voy a pagar lo que corresponde.", DISPUTE),
    ("Regresamos la mercancía hace un mes y la siguen cobrando.", DISPUTE),
    # paid, plan, promise, question, acknowledged
    ("La factura se abonó el 31 de octubre mediante transferencia.", PAID),
    ("Se pagó ayer por Bizum.", PAID),
    ("Listo, te lo mandé por Mercado Pago recién.", PAID),
    ("Ya se la transferí ayer.", PAID),
    ("Te puedo ir pasando 50 lucas por semana.", PLAN),
    ("Puedo ir abonando 100 € cada mes.", PLAN),
    ("Les doy $200 por quincena.", PLAN),
    ("La tenemos incluida en la remesa de pagos del día 20.", PROMISE),
    ("Va incluida en el próximo lote de pagos.", PROMISE),
    ("Nuestro contador ya la programó para el 18 de noviembre.", PROMISE),
    ("Hemos programado la transferencia para el viernes.", PROMISE),
    ("La dejamos agendada para el viernes.", PROMISE),
    ("Hablé con mi abogado por otro tema. Lo pago el lunes.", PROMISE),
    ("¿Me mandan un extracto con todo lo que tengo pendiente?", QUESTION),
    ("Dale, ya lo vi.", ACK),
    ("Visto.", ACK),
])
def test_a_spanish_reply_from_the_third_probe_set_is_read_as_meant(
        words: str, intent: ReplyIntent) -> None:
    assert human_intent(words) is intent


@pytest.mark.parametrize(("words", "not_intent"), [
    ("Lo consulté con mi abogada y les pago el viernes.", CEASE),
    ("No envíen más mercadería hasta que paguemos.", CEASE),
    ("Estoy esperando mi liquidación de la empresa para pagarles.", CEASE),
    ("Acordamos un 10% de descuento y ya está aplicado, gracias.", DISPUTE),
    ("Nos facturan el mes, pero pedimos más tiempo para pagar.", DISPUTE),
    ("La factura es igual a la del mes pasado, pago el lunes.", DISPUTE),
    ("Devolvimos la llamada ayer sin respuesta.", DISPUTE),
    ("La factura incluye el IVA al 21%, pago el lunes.", DISPUTE),
    ("El paquete llegó con la caja perfecta.", DISPUTE),
    ("Nos cobran el mes completo, ok, lo pagamos el viernes.", DISPUTE),
    ("El técnico estuvo de 10 a 12 y quedó todo perfecto, pago el viernes.", DISPUTE),
    ("Estuvimos cerrados del 1 al 15 de agosto, les pago el lunes.", DISPUTE),
    ("La factura no se abonó porque el banco la rechazó.", PAID),
    ("¿Quieres que te lo mande por Mercado Pago?", PAID),
    ("Se pagará el 31.", PAID),
    ("Vamos 2 veces por semana al gimnasio.", PLAN),
    ("Le responderemos en un plazo máximo de 48 horas hábiles.", PLAN),
    ("No la tenemos incluida en la remesa de pagos.", PROMISE),
    ("Lo programé para que me avise.", PROMISE),
    ("Solo quería saber lo que debo.", DISPUTE),
    ("Ya lo vi y no estoy de acuerdo con el importe.", ACK),
])
def test_a_spanish_lookalike_from_the_third_probe_set_is_not_read_as_one(
        words: str, not_intent: ReplyIntent) -> None:
    assert human_intent(words) is not not_intent


@pytest.mark.parametrize(("words", "intent"), [
    # cease: "comunicación" with its accent
    ("Solicito que cesen toda comunicación conmigo.", CEASE),
    ("Exijo que cese la comunicación por este medio.", CEASE),
    # wrong person: the wrong address or name, someone who does not deal with it
    ("Me llamo Martina Gómez, no Martín Gómez, y no les debo nada.", WRONG),
    ("Tienen mal mi correo, yo no soy cliente suyo.", WRONG),
    ("El correo que tienen está mal.", WRONG),
    ("Yo solo soy la recepcionista, manden esto a pagos@clinica.pe.", WRONG),
    ("Sólo soy el empleado de la tienda.", WRONG),
    ("Estos temas no los llevo yo.", WRONG),
    ("Manden esto directamente a administracion@empresa.com.", WRONG),
    # paid
    ("Se depositó en OXXO el sábado.", PAID),
    ("Se transfirió a la cuenta que nos indicaron.", PAID),
    ("Aquí le mando la foto del ticket.", PAID),
    ("Esta mañana depositamos el total en el BCP.", PAID),
    ("Ayer por la tarde transferimos los 300 €.", PAID),
    # more time
    ("La deuda es mía, pero necesito un par de meses más.", PLAN),
    ("¿Me pueden dar unas semanas más?", PLAN),
    ("Necesito un mes más para juntar el dinero.", PLAN),
    # promises
    ("Nos comprometemos a saldar la factura a más tardar el 28/11.", PROMISE),
    ("Me comprometo a pagarlo antes del día 20.", PROMISE),
    ("La empresa se compromete a realizar el pago el lunes.", PROMISE),
    ("Hoy mismo por la tarde hago el Bizum.", PROMISE),
    ("Esta tarde mando la transferencia.", PROMISE),
    ("Le aviso que la semana próxima, el miércoles, depositamos.", PROMISE),
    ("Pagamos el mes que viene, en cuanto entre la subvención.", PROMISE),
    ("Mañana deposito sin falta.", PROMISE),
    ("El 25 cobro la nómina y ese mismo día os lo paso.", PROMISE),
    ("El viernes te lo paso por Bizum.", PROMISE),
    ("A principios de diciembre queda saldado.", PROMISE),
    ("Para finales de mes quedará todo pagado.", PROMISE),
    ("Queda saldado a mediados de diciembre.", PROMISE),
    ("El banco lo rechazó por un error en la cuenta; lo reprogramé para el viernes.", PROMISE),
    ("La transferencia rebotó, la he reprogramado para el lunes.", PROMISE),
    # acknowledgements
    ("Buenas, ya vi el correo, disculpe la demora.", ACK),
    ("Ya vimos su mensaje, lo estamos revisando.", ACK),
    ("Lo estoy gestionando.", ACK),
    ("Sí, sí, ya sé que debo eso.", ACK),
    ("Sé que le debo, estoy en ello.", ACK),
    ("Lo tengo presente, no me olvido.", ACK),
    ("Lo tenemos en cuenta.", ACK),
    # an error in the bill stays a dispute, whatever else the sentence says
    ("Rechazo la factura: hay un error en el importe.", DISPUTE),
    ("El recibo lo devolví porque hay un error en el importe.", DISPUTE),
    ("Creo que hay un error en la cuenta que nos pasaron.", DISPUTE),
])
def test_a_spanish_reply_from_the_fourth_probe_set_is_read_as_meant(
        words: str, intent: ReplyIntent) -> None:
    assert human_intent(words) is intent


@pytest.mark.parametrize(("words", "not_intent"), [
    ("Hay un error en la cuenta que nos pasaron: el total no cuadra.", PROMISE),
    ("Tienen mal el importe, eran 300 y no 450.", WRONG),
    ("Envíenme la factura a juan@empresa.com, por favor.", WRONG),
    ("Soy la secretaria del Sr. Ruiz y le paso el aviso.", WRONG),
    ("Gracias, se lo paso a mi jefe.", PROMISE),
    ("¿Hago el pago a la misma cuenta de siempre?", PROMISE),
    ("¿Cómo hago el pago desde el extranjero?", PROMISE),
    ("¿El mes que viene pagamos lo mismo?", PROMISE),
    ("Mañana por la mañana hablamos.", PROMISE),
    ("Ya queda saldado con la transferencia de ayer.", PROMISE),
    ("Llevo unos días más o menos liado.", PLAN),
    ("No sé qué debo exactamente, ¿me mandan el detalle?", ACK),
    ("Les mando el ticket de incidencia del portal.", PAID),
])
def test_a_spanish_lookalike_from_the_fourth_probe_set_is_not_read_as_one(
        words: str, not_intent: ReplyIntent) -> None:
    assert human_intent(words) is not not_intent


@pytest.mark.parametrize(("words", "intent"), [
    # asked to make the invoice out to someone else (and not refusing to pay): a question
    ("No es que no quiera pagar, que quede claro. ¿Me la podéis anular y emitir de nuevo a "
     "nombre de la S.L.?", QUESTION),
    ("¿Nos la pueden volver a emitir a nombre de la empresa?", QUESTION),
    ("Necesitamos que la reemitan a nombre de Montero Reformas S.L.", QUESTION),
    ("Les pido que nos la emitan a nombre de la empresa, por favor.", QUESTION),
    ("¿La pueden poner a nombre de mi empresa?", QUESTION),
    ("¿Me la podrías hacer de nuevo con los datos fiscales de la empresa?", QUESTION),
    ("¿Necesitáis algún dato más, la dirección fiscal o algo?", QUESTION),
    ("¿Cuál es la razón social que tengo que poner?", QUESTION),
    ("¿Les paso el CIF de la empresa?", QUESTION),
    # lookalikes: paid, refused, or billed to the wrong company stay what they were
    ("La factura está a nombre de la empresa, ya la pagamos ayer.", PAID),
    ("No voy a pagar una factura que está a nombre de otra persona.", DISPUTE),
    ("La factura está a nombre de Grupo Ibérico SL pero el contrato es con Ibérica Servicios "
     "SL. Emitan la factura a la empresa correcta.", DISPUTE),
    ("¿De dónde sale esa cifra?", QUESTION),
])
def test_a_spanish_request_to_reissue_the_invoice_to_another_name_is_a_question(
        words: str, intent: ReplyIntent) -> None:
    assert human_intent(words) is intent


@pytest.mark.parametrize(("words", "intent"), [
    # billed for a visit nobody made, "nunca" after the verb too
    ("Me están cobrando la fumigación de octubre y no vinieron nunca.", DISPUTE),
    ("No vinieron nunca y me están cobrando la visita.", DISPUTE),
    ("No se presentaron nunca, así que no pienso pagar.", DISPUTE),
    # not the figure agreed
    ("Esa cifra no es la que acordamos.", DISPUTE),
    ("El precio no es el que pactamos.", DISPUTE),
    ("El total no es el que nos dijeron por teléfono.", DISPUTE),
    # the collector who never came is no dispute; asking how to pay is no promise
    ("Nunca vino nadie a cobrar, ¿cómo les pago?", QUESTION),
    ("El cobrador nunca vino a cobrar, ¿les deposito?", QUESTION),
    ("¿Les pago en efectivo o por transferencia?", QUESTION),
    ("¿A qué cuenta le transfiero?", QUESTION),
    ("¿Cómo se lo pago?", QUESTION),
    ("¿A nombre de quién les hago la transferencia?", QUESTION),
    # ... but a tag question after a promise leaves it a promise
    ("Les pago el viernes, ¿vale?", PROMISE),
    ("Les hago la transferencia el lunes, ¿les parece bien?", PROMISE),
    ("Se lo pago el lunes.", PROMISE),
])
def test_a_spanish_visit_never_made_is_a_dispute_and_how_to_pay_a_question(
        words: str, intent: ReplyIntent) -> None:
    assert human_intent(words) is intent


@pytest.mark.parametrize(("words", "intent"), [
    # the address changed hands
    ("Esta cuenta de correo ya no es de Grupo Lumbre.", WRONG),
    ("Esta cuenta ya no es de la empresa, la dieron de baja.", WRONG),
    ("Ese mail ya no es de la empresa, ahora lo uso yo.", WRONG),
    ("La dirección de correo ya no corresponde a Construcciones Ribera.", WRONG),
    ("Este correo lo maneja ahora otra persona, escríbanle a compras@empresa.mx.", WRONG),
    ("La cuenta ya no es de 500, pagué una parte.", PAID),
    # fewer received than billed, in either order; the same figure, or an invoice number, is not
    ("Nos llegaron 40 cajas y en la factura pone 60.", DISPUTE),
    ("Recibimos 12 sillas pero nos facturan 15.", DISPUTE),
    ("Nos facturan 60 cajas y sólo recibimos 40.", DISPUTE),
    ("Llegaron 3 bultos, la factura pone 3, todo bien.", ReplyIntent.UNCLEAR),
    ("Recibimos 40 cajas ayer, ¿me manda la factura?", QUESTION),
])
def test_a_spanish_address_that_changed_hands_or_fewer_goods_than_billed(
        words: str, intent: ReplyIntent) -> None:
    assert human_intent(words) is intent


@pytest.mark.parametrize("words", [
    "¿Nos podríais dar hasta el 20 de noviembre para pagar los 980 €?",
    "¿Me puede esperar hasta fin de mes? Ando muy justo.",
])
def test_a_spanish_debtor_asking_for_time_until_a_day_asks_for_a_plan(words: str) -> None:
    assert human_intent(words) is PLAN
