# The listening form's interface text, Romanian.
# Reviewed: no (machine translation by the Chorus team); needs review by a fluent speaker.

continue = Continuați
skip-question = Săriți peste această întrebare
back = Înapoi
check-title = Verificați răspunsurile înainte de a le trimite
change = Modificați
not-answered = Fără răspuns
send = Trimiteți răspunsurile
sending = Se trimit răspunsurile…
sending-slow = Răspunsurile dumneavoastră se trimit în continuare. Pe unele telefoane durează câteva secunde.
done-title = Vă mulțumim, răspunsurile dumneavoastră au fost numărate
done-body = Păstrăm doar numărul de alegeri pentru fiecare răspuns și, separat, orice text scris de dumneavoastră. Nimic din ce păstrăm nu arată cine sunteți și nu leagă răspunsurile dumneavoastră între ele.
error-summary-title = A apărut o problemă
error-prefix = Eroare:
error-not-sent = Răspunsurile dumneavoastră nu au fost încă numărate. Verificați conexiunea la internet și încercați din nou. Dacă se întâmplă din nou, este posibil ca formularul să se fi schimbat de când l-ați deschis: deschideți-l din nou de la început.

# On "Check your answers" when the form checks that answers come from a person, not a
# program (proof of work), and that check failed twice: nothing was counted, and the answers
# are still on the page.
error-check-failed = Răspunsurile dumneavoastră nu au fost numărate. Acest formular verifică dacă răspunsurile vin de la o persoană, nu de la un program de calculator, iar de această dată verificarea nu a reușit. Răspunsurile dumneavoastră sunt încă aici: încercați să le trimiteți din nou.

# Shown above each question. $number is this question's position, $total how many there are.
question-progress = Întrebarea { $number } din { $total }

# Under a text box whose answer is too long. $max is the limit in characters.
error-too-long = { $max ->
    [one] Răspunsul trebuie să aibă cel mult { $max } caracter
    [few] Răspunsul trebuie să aibă cel mult { $max } caractere
   *[other] Răspunsul trebuie să aibă cel mult { $max } de caractere
}

# Under checkboxes when more are ticked than allowed. $max is how many may be ticked.
error-too-many = { $max ->
    [one] Selectați doar { $max } opțiune
    [few] Selectați cel mult { $max } opțiuni
   *[other] Selectați cel mult { $max } de opțiuni
}

# Shown by the server (not the widget) for a link to a form or page that does not exist.
page-not-found-title = Pagina nu a fost găsită
page-not-found-body = Verificați linkul primit. Dacă l-ați tastat, verificați dacă este scris corect.

# Shown by the server (not the widget) when answers sent without JavaScript came from an
# internet connection that has sent too many in a short time: nothing was counted, and the page
# has a "send" button to try again. $minutes is how long to wait (at least 1).
rate-limited-title = Răspunsurile dumneavoastră nu au fost încă numărate
rate-limited-body = { $minutes ->
    [one] Din această conexiune la internet au fost trimise prea multe răspunsuri într-un timp scurt, poate de alte persoane care folosesc aceeași rețea Wi-Fi. Vă rugăm să așteptați { $minutes } minut, apoi să trimiteți din nou răspunsurile.
    [few] Din această conexiune la internet au fost trimise prea multe răspunsuri într-un timp scurt, poate de alte persoane care folosesc aceeași rețea Wi-Fi. Vă rugăm să așteptați { $minutes } minute, apoi să trimiteți din nou răspunsurile.
   *[other] Din această conexiune la internet au fost trimise prea multe răspunsuri într-un timp scurt, poate de alte persoane care folosesc aceeași rețea Wi-Fi. Vă rugăm să așteptați { $minutes } de minute, apoi să trimiteți din nou răspunsurile.
}
not-saved-body = Nu am putut salva răspunsurile dumneavoastră acum, din cauza unei probleme la noi. Răspunsurile sunt încă pe această pagină: vă rugăm să așteptați câteva minute, apoi să le trimiteți din nou.

poster-invitation = Spuneți-vă părerea: scanați codul cu camera telefonului.
poster-promise = Este anonim: nu vă cerem numele și nimeni nu poate ști cine ce a spus.
poster-also = Puteți răspunde și în:
poster-qr-label = Cod QR: scanați-l cu camera telefonului pentru a deschide formularul
poster-type-link = Sau tastați această adresă:
invite-card-label = Codul dumneavoastră de invitație
invite-card-how = Scanați codul QR cu camera telefonului sau scrieți această adresă, apoi introduceți codul pe prima pagină:
invite-card-promise = Acest cod vă permite să răspundeți o singură dată. Nu este legat de răspunsurile dumneavoastră.
invite-card-use-by = Valabil până la:

## The start page

start-now = Începeți acum
# $minutes is about how long the form takes.
start-time = { $minutes ->
    [one] Durează aproximativ { $minutes } minut.
    [few] Durează aproximativ { $minutes } minute.
   *[other] Durează aproximativ { $minutes } de minute.
}
start-skip = Puteți sări peste orice întrebare și vă puteți opri oricând.
start-anonymous-title = Anonim: ce înseamnă asta
start-anonymous-body = Nu vă cerem numele și nici altceva care ar arăta cine sunteți. Nu păstrăm adresa dumneavoastră de internet și nu folosim cookie-uri.
start-kept-body = Când trimiteți răspunsurile, fiecare alegere este adăugată la o numărătoare, ca o liniuță trasă pe o foaie. Tot ce scrieți cu propriile cuvinte este păstrat separat de celelalte răspunsuri, astfel încât nimeni să nu poată pune din nou laolaltă răspunsurile dumneavoastră.
start-no-reply = Pentru că nu știm cine sunteți, nimeni nu poate răspunde la ce scrieți.
# Invite-only forms (a closed session): the code from a printed card, asked for on the
# start page, and on the check page when it was missing or refused.
invite-label = Codul dumneavoastră de invitație
invite-hint = Codul de pe cartonașul pe care l-ați primit, de exemplu ABCD-EFGH. Nu este legat de răspunsurile dumneavoastră.
invite-missing = Introduceți codul de invitație de pe cartonașul pe care l-ați primit
invite-refused = Acest cod de invitație a fost deja folosit sau nu este corect. Verificați-l sau cereți alt cod persoanei care conduce sesiunea.

## On every page

get-help = Obțineți ajutor acum
leave-page = Părăsiți această pagină
leave-page-hint = Sau apăsați de trei ori tasta Escape.

## When the device is offline at the end

done-queued-title = Răspunsurile dumneavoastră sunt salvate pe acest dispozitiv
done-queued-body = Nu au fost trimise încă, deoarece conexiunea a eșuat. Vor fi trimise automat când acest dispozitiv va fi din nou online, chiar dacă închideți această pagină, cu condiția să deschideți din nou acest formular pe acest dispozitiv în cel mult 7 zile. Nu se păstrează nimic altceva.
done-refused-title = Răspunsurile dumneavoastră nu au putut fi numărate
done-refused-body = Răspunsurile salvate pe acest dispozitiv au fost trimise, dar formularul s-a schimbat de când ați răspuns, așa că nu au putut fi numărate. Au fost șterse de pe acest dispozitiv.
start-help-below = Dacă aveți nevoie de ajutor acum, citiți mai jos.

## Save and finish later (on this device only)

save-later = Salvați și terminați mai târziu
save-later-unavailable = Pentru a salva răspunsurile și a termina mai târziu este nevoie de JavaScript, care nu rulează pe această pagină. Puteți totuși să răspundeți la toate întrebările și să trimiteți răspunsurile.
saved-title = Răspunsurile dumneavoastră sunt salvate pe acest dispozitiv
# $days is how long the device keeps them.
saved-body = { $days ->
    [one] Nu au fost trimise nimănui. Sunt păstrate doar pe acest dispozitiv, timp de { $days } zi, apoi sunt șterse.
    [few] Nu au fost trimise nimănui. Sunt păstrate doar pe acest dispozitiv, timp de { $days } zile, apoi sunt șterse.
   *[other] Nu au fost trimise nimănui. Sunt păstrate doar pe acest dispozitiv, timp de { $days } de zile, apoi sunt șterse.
}
saved-return = Pentru a termina, deschideți din nou acest formular pe acest dispozitiv. Vă vom întreba dacă doriți să continuați de unde ați rămas.
continue-answering = Continuați să răspundeți
resume-title = Aveți răspunsuri salvate pe acest dispozitiv
resume-body = Ați început să completați acest formular pe acest dispozitiv. Răspunsurile dumneavoastră nu au fost trimise.
resume-continue = Continuați de unde ați rămas
resume-restart = Începeți din nou
forget-device = Ștergeți răspunsurile mele de pe acest dispozitiv
draft-removed = Răspunsurile dumneavoastră au fost șterse de pe acest dispozitiv.

## Free-text questions

text-hint = Răspunsul dumneavoastră este anonim, așa că nimeni nu vă poate răspunde.
# After text-hint, on forms that have a support block.
help-pointer = Dacă aveți nevoie de ajutor acum, folosiți „Obțineți ajutor acum” din partea de sus a paginii.
# $max is the limit in characters.
text-limit = { $max ->
    [one] Puteți introduce cel mult { $max } caracter
    [few] Puteți introduce cel mult { $max } caractere
   *[other] Puteți introduce cel mult { $max } de caractere
}
# The live character count. $count is how many are left, or how many too many.
chars-left = { $count ->
    [one] Mai aveți { $count } caracter disponibil
    [few] Mai aveți { $count } caractere disponibile
   *[other] Mai aveți { $count } de caractere disponibile
}
chars-over = { $count ->
    [one] Aveți { $count } caracter în plus
    [few] Aveți { $count } caractere în plus
   *[other] Aveți { $count } de caractere în plus
}
# The text box under an "Other" option.
other-label = Vă rugăm să ne spuneți

## Languages

# The accessible name of the list of languages on every page.
language-nav = Alegeți o limbă

# Said to screen readers with the progress. $count is how many questions come after this one.
questions-left = { $count ->
    [0] Aceasta este ultima întrebare
    [one] Mai este { $count } întrebare
    [few] Mai sunt { $count } întrebări
   *[other] Mai sunt { $count } de întrebări
}

identify-title = Răspunsul dumneavoastră ar putea arăta cine este cineva
identify-body = Se pare că include un detaliu precum un număr de telefon, o adresă de e-mail sau de acasă, un cod poștal sau un număr NHS ori National Insurance. L-am marcat mai jos. Oricine citește răspunsurile l-ar putea folosi ca să afle cine l-a scris sau despre cine este.
identify-remove = Eliminați detaliile marcate
identify-keep = Păstrați răspunsul așa cum este
names-reminder = Vă rugăm să nu includeți numele nimănui, nici pe al dumneavoastră.

done-limited-body = În ultima oră au venit multe răspunsuri de la această conexiune la internet (poate o folosesc mulți oameni), așa că ale dumneavoastră vor fi trimise puțin mai târziu, de la sine. Vor pleca și dacă închideți această pagină, cu condiția să deschideți din nou acest formular pe acest dispozitiv în 7 zile. Nu se păstrează nimic altceva.

privacy-title = Cum rămân anonime răspunsurile dumneavoastră
privacy-summary = Chorus nu vă întreabă cine sunteți. Nu vă păstrează numele, adresa de internet, cookie-urile sau ora la care ați răspuns, doar ziua. Fiecare alegere pe care o faceți se adaugă la o numărătoare, ca o liniuță pe o foaie, iar ce scrieți cu cuvintele dumneavoastră se păstrează separat, fără legătură cu celelalte răspunsuri. Astfel, nimeni, nici măcar cei care se ocupă de acest formular, nu poate ști cine ce a spus. Rezultatele se arată doar după ce au răspuns destui oameni, iar numerele mici sunt ascunse. Vă rugăm să nu includeți numele dumneavoastră sau al altor persoane.
privacy-back = Înapoi la formular

feedback-title = Ați spus, am făcut
feedback-you-said = Ați spus:
feedback-we-did = Am făcut:
feedback-all = Vedeți tot ce am făcut după ce v-am ascultat
feedback-intro = Ce ne-au spus oamenii și ce am făcut în privința asta. Mulțumim tuturor celor care au răspuns.
feedback-none = Deocamdată nu este nimic aici. Când vom acționa pe baza a ceea ce ne-au spus oamenii, vom scrie aici.

form-closed-title = Acest formular este închis
form-closed-body = Nu mai primește răspunsuri. Mulțumim tuturor celor care și-au spus părerea.
form-not-open-title = Acest formular nu este încă deschis
form-not-open-body = Nu primește încă răspunsuri. Reveniți când se deschide.
