# The listening form's interface text, Spanish.
# Reviewed: no (machine translation by the Chorus team); needs review by a fluent speaker.

continue = Continuar
skip-question = Saltar esta pregunta
back = Volver
check-title = Revise sus respuestas antes de enviarlas
change = Cambiar
not-answered = Sin responder
send = Enviar sus respuestas
sending = Enviando sus respuestas…
sending-slow = Seguimos enviando sus respuestas. En algunos teléfonos tarda unos segundos.
done-title = Gracias, sus respuestas se han contabilizado
done-body = Solo guardamos el recuento de las respuestas que elige la gente y, por separado, lo que usted haya escrito con sus propias palabras. Nada de lo que guardamos dice quién es usted ni relaciona sus respuestas entre sí.
error-summary-title = Hay un problema
error-prefix = Error:
error-not-sent = Sus respuestas todavía no se han contabilizado. Compruebe su conexión a internet y vuelva a intentarlo. Si vuelve a ocurrir, puede que el formulario haya cambiado desde que lo abrió: ábralo de nuevo desde el principio.

# On "Check your answers" when the form checks that answers come from a person, not a
# program (proof of work), and that check failed twice: nothing was counted, and the answers
# are still on the page.
error-check-failed = Sus respuestas no se han contabilizado. Este formulario comprueba que las respuestas las envía una persona y no un programa informático, y esta vez la comprobación no ha funcionado. Sus respuestas siguen aquí: intente enviarlas de nuevo.

# Shown above each question. $number is this question's position, $total how many there are.
question-progress = Pregunta { $number } de { $total }

# Under a text box whose answer is too long. $max is the limit in characters.
error-too-long = { $max ->
    [one] Su respuesta debe tener como máximo { $max } carácter
    [many] Su respuesta debe tener como máximo { $max } caracteres
   *[other] Su respuesta debe tener como máximo { $max } caracteres
}

# Under checkboxes when more are ticked than allowed. $max is how many may be ticked.
error-too-many = { $max ->
    [one] Seleccione solo { $max } opción
    [many] Seleccione como máximo { $max } opciones
   *[other] Seleccione como máximo { $max } opciones
}

# Shown by the server (not the widget) for a link to a form or page that does not exist.
page-not-found-title = Página no encontrada
page-not-found-body = Compruebe el enlace que le dieron. Si lo escribió usted, compruebe que está bien escrito.

# Shown by the server (not the widget) when answers sent without JavaScript came from an
# internet connection that has sent too many in a short time: nothing was counted, and the page
# has a "send" button to try again. $minutes is how long to wait (at least 1).
rate-limited-title = Sus respuestas todavía no se han contabilizado
rate-limited-body = { $minutes ->
    [one] Se han enviado demasiadas respuestas desde esta conexión a internet en poco tiempo, quizá por otras personas que usan la misma red wifi. Espere { $minutes } minuto y vuelva a enviar sus respuestas.
    [many] Se han enviado demasiadas respuestas desde esta conexión a internet en poco tiempo, quizá por otras personas que usan la misma red wifi. Espere { $minutes } minutos y vuelva a enviar sus respuestas.
   *[other] Se han enviado demasiadas respuestas desde esta conexión a internet en poco tiempo, quizá por otras personas que usan la misma red wifi. Espere { $minutes } minutos y vuelva a enviar sus respuestas.
}
not-saved-body = No hemos podido guardar sus respuestas en este momento por un problema de nuestra parte. Sus respuestas siguen en esta página: espere unos minutos y vuelva a enviarlas.

poster-invitation = Dé su opinión: escanee el código con la cámara de su teléfono.
poster-promise = Es anónimo: no le pedimos su nombre y nadie puede saber quién dijo qué.
poster-also = También puede responder en:
poster-qr-label = Código QR: escanéelo con la cámara de su teléfono para abrir el formulario
poster-type-link = O escriba esta dirección:
invite-card-label = Su código de invitación
invite-card-how = Escanee el código QR con la cámara de su teléfono o escriba esta dirección; después, escriba su código en la primera página:
invite-card-promise = Este código le permite responder una vez. No está vinculado a sus respuestas.
invite-card-use-by = Válido hasta el:

## The start page

start-now = Empezar ahora
# $minutes is about how long the form takes.
start-time = { $minutes ->
    [one] Se tarda aproximadamente { $minutes } minuto.
    [many] Se tarda aproximadamente { $minutes } minutos.
   *[other] Se tarda aproximadamente { $minutes } minutos.
}
start-skip = Puede saltarse cualquier pregunta y parar en cualquier momento.
start-anonymous-title = Anónimo: qué significa
start-anonymous-body = No le pedimos su nombre ni nada que indique quién es. No guardamos su dirección de internet y no usamos cookies.
start-kept-body = Cuando envía sus respuestas, cada opción que ha elegido se suma a un recuento, como una rayita en una hoja. Lo que escriba con sus propias palabras se guarda aparte del resto de sus respuestas, para que nadie pueda volver a juntarlas.
start-no-reply = Como no sabemos quién es usted, nadie puede responder a lo que escriba.
# Invite-only forms (a closed session): the code from a printed card, asked for on the
# start page, and on the check page when it was missing or refused.
invite-label = Su código de invitación
invite-hint = El código de la tarjeta que le dieron, por ejemplo ABCD-EFGH. No está vinculado a sus respuestas.
invite-missing = Escriba el código de invitación de la tarjeta que le dieron
invite-refused = Este código de invitación ya se ha usado o no es correcto. Compruébelo o pida otro a la persona que dirige la sesión.

## On every page

get-help = Obtener ayuda ahora
leave-page = Salir de esta página
leave-page-hint = O pulse la tecla Esc tres veces.

## When the device is offline at the end

done-queued-title = Sus respuestas están guardadas en este dispositivo
done-queued-body = Todavía no se han enviado porque falló la conexión. Se enviarán automáticamente cuando este dispositivo vuelva a tener conexión, aunque cierre esta página, siempre que vuelva a abrir este formulario en este dispositivo en un plazo de siete días. No se guarda nada más.
done-refused-title = No se han podido contabilizar sus respuestas
done-refused-body = Las respuestas guardadas en este dispositivo se enviaron, pero el formulario ha cambiado desde que usted lo respondió, así que no se han podido contabilizar. Se han borrado de este dispositivo.
start-help-below = Si necesita ayuda ahora, consulte más abajo.

## Save and finish later (on this device only)

save-later = Guardar y terminar más tarde
save-later-unavailable = Para guardar sus respuestas y terminar más tarde se necesita JavaScript, que no está funcionando en esta página. Aun así, puede responder a todas las preguntas y enviar sus respuestas.
saved-title = Sus respuestas están guardadas en este dispositivo
# $days is how long the device keeps them.
saved-body = { $days ->
    [one] No se han enviado a nadie. Se guardan solo en este dispositivo, durante { $days } día, y después se borran.
    [many] No se han enviado a nadie. Se guardan solo en este dispositivo, durante { $days } días, y después se borran.
   *[other] No se han enviado a nadie. Se guardan solo en este dispositivo, durante { $days } días, y después se borran.
}
saved-return = Para terminar, vuelva a abrir este formulario en este dispositivo. Se le preguntará si quiere continuar donde lo dejó.
continue-answering = Seguir respondiendo
resume-title = Tiene respuestas guardadas en este dispositivo
resume-body = Empezó a responder este formulario en este dispositivo. Sus respuestas no se han enviado.
resume-continue = Continuar donde lo dejó
resume-restart = Empezar de nuevo
forget-device = Borrar mis respuestas de este dispositivo
draft-removed = Sus respuestas se han borrado de este dispositivo.

## Free-text questions

text-hint = Su respuesta es anónima, así que nadie puede contestarla.
# After text-hint, on forms that have a support block.
help-pointer = Si necesita ayuda ahora, use “Obtener ayuda ahora” en la parte superior de la página.
# $max is the limit in characters.
text-limit = Puede escribir hasta { $max } caracteres
# The live character count. $count is how many are left, or how many too many.
chars-left = { $count ->
    [one] Le queda { $count } carácter
    [many] Le quedan { $count } caracteres
   *[other] Le quedan { $count } caracteres
}
chars-over = { $count ->
    [one] Tiene { $count } carácter de más
    [many] Tiene { $count } caracteres de más
   *[other] Tiene { $count } caracteres de más
}
# The text box under an "Other" option.
other-label = Por favor, díganos

## Languages

# The accessible name of the list of languages on every page.
language-nav = Elija un idioma

# Said to screen readers with the progress. $count is how many questions come after this one.
questions-left = { $count ->
    [0] Esta es la última pregunta
    [one] Queda { $count } pregunta
    [many] Quedan { $count } preguntas
   *[other] Quedan { $count } preguntas
}

identify-title = Su respuesta podría revelar quién es alguien
identify-body = Parece que incluye un dato como un número de teléfono, una dirección de correo electrónico o de casa, un código postal, o un número del NHS o de la National Insurance. Lo hemos marcado abajo. Cualquier persona que lea las respuestas podría usarlo para saber quién la escribió o de quién habla.
identify-remove = Quitar los datos marcados
identify-keep = Dejar mi respuesta como está
names-reminder = Por favor, no incluya el nombre de nadie, tampoco el suyo.

done-limited-body = En la última hora han llegado muchas respuestas desde esta conexión a internet (quizá la comparten muchas personas), así que las suyas se enviarán un poco más tarde, solas. Se enviarán aunque cierre esta página, siempre que vuelva a abrir este formulario en este dispositivo en un plazo de 7 días. No se guarda nada más.

privacy-title = Cómo sus respuestas siguen siendo anónimas
privacy-summary = Chorus no le pregunta quién es. No guarda su nombre, su dirección de internet, cookies ni la hora en que respondió, solo el día. Cada opción que elige se suma a un recuento, como una marca en una hoja, y lo que escribe con sus propias palabras se guarda aparte, sin relación con sus otras respuestas. Así, nadie, ni siquiera quienes gestionan este formulario, puede saber quién dijo qué. Los resultados solo se comparten cuando ha respondido suficiente gente, y los números pequeños se ocultan. Por favor, no incluya su nombre ni el de otras personas.
privacy-back = Volver al formulario

feedback-title = Ustedes dijeron, nosotros hicimos
feedback-you-said = Ustedes dijeron:
feedback-we-did = Nosotros hicimos:
feedback-all = Vea todo lo que hicimos después de escuchar
feedback-intro = Lo que la gente nos dijo y lo que hicimos al respecto. Gracias a todas las personas que respondieron.
feedback-none = Todavía no hay nada aquí. Cuando hayamos actuado según lo que la gente nos dijo, lo diremos aquí.

form-closed-title = Este formulario está cerrado
form-closed-body = Ya no recibe respuestas. Gracias a todas las personas que compartieron su opinión.
form-not-open-title = Este formulario aún no está abierto
form-not-open-body = Todavía no recibe respuestas. Vuelva cuando se abra.
