# The listening form's interface text, Italian.
# Reviewed: no (machine translation by the Chorus team); needs review by a fluent speaker.

continue = Avanti
skip-question = Saltare questa domanda
back = Indietro
check-title = Controlli le risposte prima di inviarle
change = Modifica
not-answered = Nessuna risposta
send = Inviare le risposte
sending = Invio delle risposte in corso…
sending-slow = Stiamo ancora inviando le sue risposte. Su alcuni telefoni ci vogliono alcuni secondi.
done-title = Grazie, le sue risposte sono state conteggiate
done-body = Conserviamo solo il conteggio delle risposte scelte dalle persone e, separatamente, le eventuali parole che ha scritto. Niente di ciò che conserviamo dice chi è o collega le sue risposte tra loro.
error-summary-title = C'è un problema
error-prefix = Errore:
error-not-sent = Le sue risposte non sono ancora state conteggiate. Controlli la connessione a internet e riprovi. Se succede di nuovo, il modulo potrebbe essere cambiato da quando lo ha aperto: lo riapra dall'inizio.

# On "Check your answers" when the form checks that answers come from a person, not a
# program (proof of work), and that check failed twice: nothing was counted, and the answers
# are still on the page.
error-check-failed = Le sue risposte non sono state conteggiate. Questo modulo verifica che le risposte arrivino da una persona e non da un programma informatico, e questa volta la verifica non è riuscita. Le sue risposte sono ancora qui: provi a inviarle di nuovo.

# Shown above each question. $number is this question's position, $total how many there are.
question-progress = Domanda { $number } di { $total }

# Under a text box whose answer is too long. $max is the limit in characters.
error-too-long = { $max ->
    [one] La risposta deve avere al massimo { $max } carattere
    [many] La risposta deve avere al massimo { $max } caratteri
   *[other] La risposta deve avere al massimo { $max } caratteri
}

# Under checkboxes when more are ticked than allowed. $max is how many may be ticked.
error-too-many = { $max ->
    [one] Selezioni solo { $max } opzione
    [many] Selezioni al massimo { $max } opzioni
   *[other] Selezioni al massimo { $max } opzioni
}

# Shown by the server (not the widget) for a link to a form or page that does not exist.
page-not-found-title = Pagina non trovata
page-not-found-body = Controlli il link che ha ricevuto. Se lo ha digitato, controlli che sia scritto correttamente.

# Shown by the server (not the widget) when answers sent without JavaScript came from an
# internet connection that has sent too many in a short time: nothing was counted, and the page
# has a "send" button to try again. $minutes is how long to wait (at least 1).
rate-limited-title = Le sue risposte non sono ancora state conteggiate
rate-limited-body = { $minutes ->
    [one] Da questa connessione internet sono state inviate troppe risposte in poco tempo, forse da altre persone che usano la stessa rete Wi-Fi. Attenda { $minutes } minuto, poi invii di nuovo le sue risposte.
    [many] Da questa connessione internet sono state inviate troppe risposte in poco tempo, forse da altre persone che usano la stessa rete Wi-Fi. Attenda { $minutes } minuti, poi invii di nuovo le sue risposte.
   *[other] Da questa connessione internet sono state inviate troppe risposte in poco tempo, forse da altre persone che usano la stessa rete Wi-Fi. Attenda { $minutes } minuti, poi invii di nuovo le sue risposte.
}
not-saved-body = Non siamo riusciti a salvare le sue risposte in questo momento per un problema da parte nostra. Le sue risposte sono ancora in questa pagina: attenda qualche minuto, poi le invii di nuovo.

poster-invitation = Dica la sua: inquadri il codice con la fotocamera del telefono.
poster-promise = È anonimo: non chiediamo il suo nome e nessuno può sapere chi ha detto cosa.
poster-also = Può rispondere anche in:
poster-qr-label = Codice QR: lo inquadri con la fotocamera del telefono per aprire il modulo
poster-type-link = Oppure digiti questo indirizzo:
invite-card-label = Il suo codice di invito
invite-card-how = Inquadri il codice QR con la fotocamera del telefono, oppure scriva questo indirizzo, poi inserisca il codice nella prima pagina:
invite-card-promise = Questo codice le permette di rispondere una volta. Non è collegato alle sue risposte.
invite-card-use-by = Valido fino al:

## The start page

start-now = Iniziare ora
# $minutes is about how long the form takes.
start-time = { $minutes ->
    [one] Ci vuole circa { $minutes } minuto.
    [many] Ci vogliono circa { $minutes } minuti.
   *[other] Ci vogliono circa { $minutes } minuti.
}
start-skip = Può saltare qualsiasi domanda e fermarsi in qualsiasi momento.
start-anonymous-title = Anonimo: cosa significa
start-anonymous-body = Non le chiediamo il nome né altro che dica chi è. Non conserviamo il suo indirizzo internet e non usiamo cookie.
start-kept-body = Quando invia le risposte, ogni scelta viene aggiunta a un conteggio, come una tacca su un foglio. Ciò che scrive con parole sue viene conservato separatamente dalle altre risposte, così nessuno può rimettere insieme le sue risposte.
start-no-reply = Poiché non sappiamo chi è, nessuno può rispondere a ciò che scrive.
# Invite-only forms (a closed session): the code from a printed card, asked for on the
# start page, and on the check page when it was missing or refused.
invite-label = Il suo codice di invito
invite-hint = Il codice scritto sul cartoncino che le è stato dato, per esempio ABCD-EFGH. Non è collegato alle sue risposte.
invite-missing = Inserisca il codice di invito scritto sul cartoncino che le è stato dato
invite-refused = Questo codice di invito è già stato usato oppure non è corretto. Lo controlli, oppure ne chieda un altro alla persona che conduce l'incontro.

## On every page

get-help = Aiuto immediato
leave-page = Uscire da questa pagina
leave-page-hint = Oppure prema il tasto Esc tre volte.

## When the device is offline at the end

done-queued-title = Le sue risposte sono salvate su questo dispositivo
done-queued-body = Non sono ancora state inviate perché la connessione non ha funzionato. Verranno inviate automaticamente quando questo dispositivo tornerà online, anche se chiude questa pagina, purché riapra questo modulo su questo dispositivo entro sette giorni. Non viene conservato nient'altro.
done-refused-title = Non è stato possibile conteggiare le sue risposte
done-refused-body = Le risposte salvate su questo dispositivo sono state inviate, ma il modulo è cambiato da quando lo ha compilato, quindi non è stato possibile conteggiarle. Sono state eliminate da questo dispositivo.
start-help-below = Se ha bisogno di aiuto subito, guardi più in basso.

## Save and finish later (on this device only)

save-later = Salvare e finire più tardi
save-later-unavailable = Per salvare le risposte e finire più tardi serve JavaScript, che non è attivo in questa pagina. Può comunque rispondere a tutte le domande e inviare le risposte.
saved-title = Le sue risposte sono salvate su questo dispositivo
# $days is how long the device keeps them.
saved-body = { $days ->
    [one] Non sono state inviate a nessuno. Restano solo su questo dispositivo, per { $days } giorno, e poi vengono eliminate.
    [many] Non sono state inviate a nessuno. Restano solo su questo dispositivo, per { $days } giorni, e poi vengono eliminate.
   *[other] Non sono state inviate a nessuno. Restano solo su questo dispositivo, per { $days } giorni, e poi vengono eliminate.
}
saved-return = Per finire, riapra questo modulo su questo dispositivo. Le verrà chiesto se vuole riprendere da dove aveva lasciato.
continue-answering = Continuare a rispondere
resume-title = Ha delle risposte salvate su questo dispositivo
resume-body = Ha iniziato a compilare questo modulo su questo dispositivo. Le sue risposte non sono state inviate.
resume-continue = Riprendere da dove aveva lasciato
resume-restart = Ricominciare da capo
forget-device = Eliminare le mie risposte da questo dispositivo
draft-removed = Le sue risposte sono state eliminate da questo dispositivo.

## Free-text questions

text-hint = La sua risposta è anonima, quindi nessuno può rispondere a ciò che scrive.
# After text-hint, on forms that have a support block.
help-pointer = Se ha bisogno di aiuto subito, usi “Aiuto immediato” in alto nella pagina.
# $max is the limit in characters.
text-limit = Può scrivere fino a { $max } caratteri
# The live character count. $count is how many are left, or how many too many.
chars-left = { $count ->
    [one] Resta { $count } carattere
    [many] Restano { $count } caratteri
   *[other] Restano { $count } caratteri
}
chars-over = { $count ->
    [one] Ha { $count } carattere di troppo
    [many] Ha { $count } caratteri di troppo
   *[other] Ha { $count } caratteri di troppo
}
# The text box under an "Other" option.
other-label = Per favore, ci dica

## Languages

# The accessible name of the list of languages on every page.
language-nav = Scelta della lingua

# Said to screen readers with the progress. $count is how many questions come after this one.
questions-left = { $count ->
    [0] Questa è l'ultima domanda
    [one] Manca { $count } domanda
    [many] Mancano { $count } domande
   *[other] Mancano { $count } domande
}

identify-title = La sua risposta potrebbe rivelare chi è qualcuno
identify-body = Sembra contenere un dato come un numero di telefono, un indirizzo email o di casa, un codice postale, o un numero NHS o di National Insurance. Lo abbiamo evidenziato qui sotto. Chiunque legga le risposte potrebbe usarlo per scoprire chi l'ha scritta o di chi parla.
identify-remove = Togliere i dati evidenziati
identify-keep = Lasciare la risposta com'è
names-reminder = Per favore non scriva il nome di nessuno, nemmeno il suo.

done-limited-body = Nell'ultima ora sono arrivate molte risposte da questa connessione internet (forse la usano molte persone), quindi le sue verranno inviate un po' più tardi, da sole. Partiranno anche se chiude questa pagina, purché riapra questo modulo su questo dispositivo entro 7 giorni. Non viene conservato nient'altro.

privacy-title = Come le sue risposte restano anonime
privacy-summary = Chorus non le chiede chi è. Non conserva il suo nome, il suo indirizzo internet, i cookie né l'ora in cui ha risposto, solo il giorno. Ogni scelta che fa viene aggiunta a un conteggio, come una tacca, e quello che scrive con parole sue viene conservato a parte, senza legarlo alle altre risposte. Così nessuno, nemmeno chi gestisce questo modulo, può sapere chi ha detto cosa. I risultati vengono condivisi solo quando hanno risposto abbastanza persone, e i numeri piccoli vengono nascosti. Per favore non scriva il suo nome né quello di altre persone.
privacy-back = Tornare al modulo

feedback-title = Avete detto, abbiamo fatto
feedback-you-said = Avete detto:
feedback-we-did = Abbiamo fatto:
feedback-all = Veda tutto ciò che abbiamo fatto dopo aver ascoltato
feedback-intro = Ciò che le persone ci hanno detto e ciò che abbiamo fatto al riguardo. Grazie a tutte le persone che hanno risposto.
feedback-none = Qui non c'è ancora nulla. Quando avremo agito in base a ciò che le persone ci hanno detto, lo scriveremo qui.

form-closed-title = Questo modulo è chiuso
form-closed-body = Non accetta più risposte. Grazie a tutte le persone che hanno condiviso la propria opinione.
form-not-open-title = Questo modulo non è ancora aperto
form-not-open-body = Non accetta ancora risposte. Torni quando sarà aperto.
