# The listening form's interface text, Polish.
# Reviewed: no (machine translation by the Chorus team); needs review by a fluent speaker.

continue = Dalej
skip-question = Pomiń to pytanie
back = Wróć
check-title = Sprawdź odpowiedzi przed wysłaniem
change = Zmień
not-answered = Brak odpowiedzi
send = Wyślij odpowiedzi
sending = Wysyłanie odpowiedzi…
sending-slow = Nadal wysyłamy Twoje odpowiedzi. Na niektórych telefonach trwa to kilka sekund.
done-title = Dziękujemy, twoje odpowiedzi zostały policzone
done-body = Przechowujemy tylko liczbę osób, które wybrały poszczególne odpowiedzi, a osobno – słowa wpisane przez ciebie. Nic z tego, co przechowujemy, nie wskazuje, kim jesteś, ani nie łączy twoich odpowiedzi ze sobą.
error-summary-title = Wystąpił problem
error-prefix = Błąd:
error-not-sent = Twoje odpowiedzi nie zostały jeszcze policzone. Sprawdź połączenie z internetem i spróbuj ponownie. Jeśli to się powtórzy, formularz mógł zostać zmieniony od chwili jego otwarcia: otwórz go ponownie od początku.

# On "Check your answers" when the form checks that answers come from a person, not a
# program (proof of work), and that check failed twice: nothing was counted, and the answers
# are still on the page.
error-check-failed = Twoje odpowiedzi nie zostały policzone. Ten formularz sprawdza, czy odpowiedzi pochodzą od człowieka, a nie od programu komputerowego, i tym razem to sprawdzenie się nie powiodło. Twoje odpowiedzi wciąż tu są: spróbuj wysłać je ponownie.

# Shown above each question. $number is this question's position, $total how many there are.
question-progress = Pytanie { $number } z { $total }

# Under a text box whose answer is too long. $max is the limit in characters.
error-too-long = { $max ->
    [one] Twoja odpowiedź może mieć najwyżej { $max } znak
    [few] Twoja odpowiedź może mieć najwyżej { $max } znaki
    [many] Twoja odpowiedź może mieć najwyżej { $max } znaków
   *[other] Twoja odpowiedź może mieć najwyżej { $max } znaku
}

# Under checkboxes when more are ticked than allowed. $max is how many may be ticked.
error-too-many = { $max ->
    [one] Zaznacz tylko { $max } opcję
    [few] Zaznacz najwyżej { $max } opcje
    [many] Zaznacz najwyżej { $max } opcji
   *[other] Zaznacz najwyżej { $max } opcji
}

# Shown by the server (not the widget) for a link to a form or page that does not exist.
page-not-found-title = Nie znaleziono strony
page-not-found-body = Sprawdź otrzymany link. Jeśli był wpisywany ręcznie, sprawdź, czy nie ma w nim błędu.

# Shown by the server (not the widget) when answers sent without JavaScript came from an
# internet connection that has sent too many in a short time: nothing was counted, and the page
# has a "send" button to try again. $minutes is how long to wait (at least 1).
rate-limited-title = Twoje odpowiedzi nie zostały jeszcze policzone
rate-limited-body = { $minutes ->
    [one] Z tego połączenia internetowego wysłano w krótkim czasie zbyt wiele odpowiedzi – być może zrobiły to inne osoby korzystające z tej samej sieci Wi-Fi. Odczekaj { $minutes } minutę, a potem wyślij odpowiedzi ponownie.
    [few] Z tego połączenia internetowego wysłano w krótkim czasie zbyt wiele odpowiedzi – być może zrobiły to inne osoby korzystające z tej samej sieci Wi-Fi. Odczekaj { $minutes } minuty, a potem wyślij odpowiedzi ponownie.
    [many] Z tego połączenia internetowego wysłano w krótkim czasie zbyt wiele odpowiedzi – być może zrobiły to inne osoby korzystające z tej samej sieci Wi-Fi. Odczekaj { $minutes } minut, a potem wyślij odpowiedzi ponownie.
   *[other] Z tego połączenia internetowego wysłano w krótkim czasie zbyt wiele odpowiedzi – być może zrobiły to inne osoby korzystające z tej samej sieci Wi-Fi. Odczekaj { $minutes } minuty, a potem wyślij odpowiedzi ponownie.
}
not-saved-body = Z powodu problemu po naszej stronie nie udało się teraz zapisać Twoich odpowiedzi. Twoje odpowiedzi są nadal na tej stronie: poczekaj kilka minut, a potem wyślij je ponownie.

poster-invitation = Wyraź swoje zdanie: zeskanuj kod aparatem w telefonie.
poster-promise = To jest anonimowe: nie pytamy o imię i nazwisko, a nikt nie może się dowiedzieć, kto co powiedział.
poster-also = Możesz też odpowiedzieć w językach:
poster-qr-label = Kod QR: zeskanuj go aparatem w telefonie, aby otworzyć formularz
poster-type-link = Albo wpisz ten adres:
invite-card-label = Twój kod zaproszenia
invite-card-how = Zeskanuj kod QR aparatem w telefonie albo wpisz ten adres, a potem wpisz swój kod na pierwszej stronie:
invite-card-promise = Ten kod pozwala odpowiedzieć jeden raz. Nie jest powiązany z Twoimi odpowiedziami.
invite-card-use-by = Ważny do:

## The start page

start-now = Zacznij teraz
# $minutes is about how long the form takes.
start-time = { $minutes ->
    [one] Wypełnienie zajmuje około { $minutes } minuty.
    [few] Wypełnienie zajmuje około { $minutes } minut.
    [many] Wypełnienie zajmuje około { $minutes } minut.
   *[other] Wypełnienie zajmuje około { $minutes } minuty.
}
start-skip = Możesz pominąć każde pytanie i przerwać w dowolnym momencie.
start-anonymous-title = Anonimowo: co to oznacza
start-anonymous-body = Nie pytamy o twoje imię ani o nic innego, co mówi, kim jesteś. Nie przechowujemy twojego adresu internetowego i nie używamy plików cookie.
start-kept-body = Gdy wyślesz odpowiedzi, każdy wybór zostaje dodany do licznika, jak kreska postawiona na kartce przy liczeniu. Wszystko, co napiszesz własnymi słowami, jest przechowywane osobno od pozostałych odpowiedzi, więc nikt nie może z powrotem połączyć twoich odpowiedzi w całość.
start-no-reply = Ponieważ nie wiemy, kim jesteś, nikt nie może odpowiedzieć na to, co napiszesz.
# Invite-only forms (a closed session): the code from a printed card, asked for on the
# start page, and on the check page when it was missing or refused.
invite-label = Twój kod zaproszenia
invite-hint = Kod z otrzymanej karty, na przykład ABCD-EFGH. Nie jest powiązany z twoimi odpowiedziami.
invite-missing = Wpisz kod zaproszenia z otrzymanej karty
invite-refused = Ten kod zaproszenia został już użyty albo jest nieprawidłowy. Sprawdź go albo poproś osobę prowadzącą spotkanie o inny kod.

## On every page

get-help = Uzyskaj pomoc teraz
leave-page = Opuść tę stronę
leave-page-hint = Możesz też trzy razy nacisnąć klawisz Escape.

## When the device is offline at the end

done-queued-title = Twoje odpowiedzi są zapisane na tym urządzeniu
done-queued-body = Nie zostały jeszcze wysłane, ponieważ nie udało się połączyć. Zostaną wysłane automatycznie, gdy to urządzenie znów będzie online, nawet jeśli zamkniesz tę stronę – pod warunkiem że w ciągu 7 dni ponownie otworzysz ten formularz na tym urządzeniu. Nic więcej nie jest przechowywane.
done-refused-title = Nie udało się policzyć twoich odpowiedzi
done-refused-body = Odpowiedzi zapisane na tym urządzeniu zostały wysłane, ale formularz zmienił się od czasu udzielenia odpowiedzi, więc nie można było ich policzyć. Zostały usunięte z tego urządzenia.
start-help-below = Jeśli potrzebujesz pomocy teraz, informacje znajdziesz poniżej.

## Save and finish later (on this device only)

save-later = Zapisz i dokończ później
save-later-unavailable = Zapisanie odpowiedzi, aby dokończyć później, wymaga JavaScriptu, który nie działa na tej stronie. Nadal możesz odpowiedzieć na wszystkie pytania i wysłać odpowiedzi.
saved-title = Twoje odpowiedzi są zapisane na tym urządzeniu
# $days is how long the device keeps them.
saved-body = { $days ->
    [one] Nie zostały nikomu wysłane. Są przechowywane tylko na tym urządzeniu przez { $days } dzień, a potem zostaną usunięte.
    [few] Nie zostały nikomu wysłane. Są przechowywane tylko na tym urządzeniu przez { $days } dni, a potem zostaną usunięte.
    [many] Nie zostały nikomu wysłane. Są przechowywane tylko na tym urządzeniu przez { $days } dni, a potem zostaną usunięte.
   *[other] Nie zostały nikomu wysłane. Są przechowywane tylko na tym urządzeniu przez { $days } dnia, a potem zostaną usunięte.
}
saved-return = Aby dokończyć, otwórz ten formularz ponownie na tym urządzeniu. Zapytamy, czy chcesz kontynuować od miejsca przerwania.
continue-answering = Kontynuuj wypełnianie
resume-title = Masz odpowiedzi zapisane na tym urządzeniu
resume-body = Wypełnianie tego formularza zostało rozpoczęte na tym urządzeniu. Twoje odpowiedzi nie zostały wysłane.
resume-continue = Kontynuuj od miejsca przerwania
resume-restart = Zacznij od nowa
forget-device = Usuń moje odpowiedzi z tego urządzenia
draft-removed = Twoje odpowiedzi zostały usunięte z tego urządzenia.

## Free-text questions

text-hint = Twoja odpowiedź jest anonimowa, więc nikt nie może na nią odpowiedzieć.
# After text-hint, on forms that have a support block.
help-pointer = Jeśli potrzebujesz pomocy teraz, użyj przycisku „Uzyskaj pomoc teraz” u góry strony.
# $max is the limit in characters.
text-limit = { $max ->
    [one] Możesz wpisać do { $max } znaku
    [few] Możesz wpisać do { $max } znaków
    [many] Możesz wpisać do { $max } znaków
   *[other] Możesz wpisać do { $max } znaku
}
# The live character count. $count is how many are left, or how many too many.
chars-left = { $count ->
    [one] Pozostał { $count } znak
    [few] Pozostały { $count } znaki
    [many] Pozostało { $count } znaków
   *[other] Pozostało { $count } znaku
}
chars-over = { $count ->
    [one] Masz { $count } znak za dużo
    [few] Masz { $count } znaki za dużo
    [many] Masz { $count } znaków za dużo
   *[other] Masz { $count } znaku za dużo
}
# The text box under an "Other" option.
other-label = Napisz, co masz na myśli

## Languages

# The accessible name of the list of languages on every page.
language-nav = Wybierz język

# Said to screen readers with the progress. $count is how many questions come after this one.
questions-left = { $count ->
    [0] To jest ostatnie pytanie
    [one] Pozostało { $count } pytanie
    [few] Pozostały { $count } pytania
    [many] Pozostało { $count } pytań
   *[other] Pozostało { $count } pytania
}

identify-title = Twoja odpowiedź może zdradzić, kim ktoś jest
identify-body = Wygląda na to, że zawiera dane takie jak numer telefonu, adres e-mail lub domowy, kod pocztowy albo numer NHS lub National Insurance. Zaznaczyliśmy je poniżej. Każdy, kto czyta odpowiedzi, mógłby dzięki nim ustalić, kto ją napisał lub kogo dotyczy.
identify-remove = Usuń zaznaczone dane
identify-keep = Zostaw odpowiedź bez zmian
names-reminder = Prosimy nie podawać niczyjego imienia ani nazwiska, także własnego.

done-limited-body = W ostatniej godzinie z tego połączenia internetowego przyszło wiele odpowiedzi (może korzysta z niego wiele osób), więc Twoje zostaną wysłane trochę później, same. Zostaną wysłane nawet po zamknięciu tej strony, jeśli otworzysz ten formularz ponownie na tym urządzeniu w ciągu 7 dni. Nic więcej nie jest przechowywane.

privacy-title = Jak Twoje odpowiedzi pozostają anonimowe
privacy-summary = Chorus nie pyta, kim jesteś. Nie przechowuje Twojego imienia i nazwiska, adresu internetowego, plików cookie ani godziny odpowiedzi, tylko dzień. Każdy Twój wybór jest dodawany do licznika, jak kreska w zestawieniu, a to, co piszesz własnymi słowami, jest przechowywane osobno, bez powiązania z innymi odpowiedziami. Dlatego nikt, nawet osoby prowadzące ten formularz, nie może ustalić, kto co powiedział. Wyniki są udostępniane dopiero wtedy, gdy odpowie wystarczająco dużo osób, a małe liczby są ukrywane. Prosimy nie podawać swojego imienia ani imion innych osób.
privacy-back = Wróć do formularza

feedback-title = Wy powiedzieliście, my zrobiliśmy
feedback-you-said = Wy powiedzieliście:
feedback-we-did = My zrobiliśmy:
feedback-all = Zobacz wszystko, co zrobiliśmy po wysłuchaniu
feedback-intro = Co ludzie nam powiedzieli i co z tym zrobiliśmy. Dziękujemy wszystkim, którzy odpowiedzieli.
feedback-none = Na razie nic tu nie ma. Kiedy zrobimy coś w odpowiedzi na to, co ludzie nam powiedzieli, napiszemy o tym tutaj.

form-closed-title = Ten formularz jest zamknięty
form-closed-body = Nie przyjmuje już odpowiedzi. Dziękujemy wszystkim, którzy podzielili się swoim zdaniem.
form-not-open-title = Ten formularz nie jest jeszcze otwarty
form-not-open-body = Nie przyjmuje jeszcze odpowiedzi. Wróć, gdy zostanie otwarty.
