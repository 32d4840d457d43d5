# The listening form's interface text, Gujarati.
# Reviewed: no (machine translation by the Chorus team); needs review by a fluent speaker.

continue = આગળ વધો
skip-question = આ પ્રશ્ન છોડી દો
back = પાછા જાઓ
check-title = મોકલતા પહેલાં તમારા જવાબો તપાસી લો
change = બદલો
not-answered = જવાબ આપ્યો નથી
send = તમારા જવાબો મોકલો
sending = તમારા જવાબો મોકલાઈ રહ્યા છે…
sending-slow = તમારા જવાબો હજી મોકલાઈ રહ્યા છે. કેટલાક ફોન પર આમાં થોડી સેકન્ડ લાગે છે.
done-title = આભાર, તમારા જવાબો ગણતરીમાં ઉમેરાઈ ગયા છે
done-body = લોકો કયા જવાબો પસંદ કરે છે, તેની અમે ફક્ત ગણતરી રાખીએ છીએ. તે ઉપરાંત, તમે તમારા પોતાના શબ્દોમાં જે લખ્યું હોય તે અમે અલગ રાખીએ છીએ. અમે જે કંઈ રાખીએ છીએ તેનાથી એ ખબર પડતી નથી કે તમે કોણ છો, અને તમારા જવાબોને એકબીજા સાથે જોડી શકાતા નથી.
error-summary-title = એક સમસ્યા છે
error-prefix = ભૂલ:
error-not-sent = તમારા જવાબો હજી ગણતરીમાં ઉમેરાયા નથી. તમારું ઇન્ટરનેટ કનેક્શન તપાસો અને ફરી પ્રયાસ કરો. જો ફરીથી આવું થાય, તો કદાચ તમે ફોર્મ ખોલ્યું ત્યાર પછી તે બદલાઈ ગયું હોય: તેને ફરીથી શરૂઆતથી ખોલો.

# On "Check your answers" when the form checks that answers come from a person, not a
# program (proof of work), and that check failed twice: nothing was counted, and the answers
# are still on the page.
error-check-failed = તમારા જવાબો ગણતરીમાં ઉમેરાયા નથી. આ ફોર્મ તપાસે છે કે જવાબો કોઈ વ્યક્તિ તરફથી આવે છે, કોઈ કમ્પ્યુટર પ્રોગ્રામ તરફથી નહીં, અને આ વખતે તે તપાસ સફળ ન થઈ. તમારા જવાબો હજી અહીં જ છે: તેમને ફરીથી મોકલવાનો પ્રયાસ કરો.

# Shown above each question. $number is this question's position, $total how many there are.
question-progress = { $total } માંથી પ્રશ્ન { $number }

# Under a text box whose answer is too long. $max is the limit in characters.
error-too-long = { $max ->
    [one] તમારો જવાબ { $max } અક્ષર કે તેથી ઓછો હોવો જોઈએ
   *[other] તમારો જવાબ { $max } અક્ષરો કે તેથી ઓછો હોવો જોઈએ
}

# Under checkboxes when more are ticked than allowed. $max is how many may be ticked.
error-too-many = { $max ->
    [one] ફક્ત { $max } વિકલ્પ પસંદ કરો
   *[other] { $max } કે તેથી ઓછા વિકલ્પો પસંદ કરો
}

# Shown by the server (not the widget) for a link to a form or page that does not exist.
page-not-found-title = પેજ મળ્યું નથી
page-not-found-body = તમને આપવામાં આવેલી લિંક તપાસો. જો તમે તે જાતે ટાઇપ કરી હોય, તો તેની જોડણી બરાબર છે કે નહીં તે તપાસો.

# Shown by the server (not the widget) when answers sent without JavaScript came from an
# internet connection that has sent too many in a short time: nothing was counted, and the page
# has a "send" button to try again. $minutes is how long to wait (at least 1).
rate-limited-title = તમારા જવાબો હજી ગણતરીમાં ઉમેરાયા નથી
rate-limited-body = { $minutes ->
    [one] થોડા સમયમાં આ ઇન્ટરનેટ કનેક્શન પરથી વધુ પડતા જવાબો મોકલવામાં આવ્યા છે, કદાચ એ જ વાઇ-ફાઇ વાપરતા બીજા લોકો દ્વારા. કૃપા કરીને { $minutes } મિનિટ રાહ જુઓ, પછી તમારા જવાબો ફરીથી મોકલો.
   *[other] થોડા સમયમાં આ ઇન્ટરનેટ કનેક્શન પરથી વધુ પડતા જવાબો મોકલવામાં આવ્યા છે, કદાચ એ જ વાઇ-ફાઇ વાપરતા બીજા લોકો દ્વારા. કૃપા કરીને { $minutes } મિનિટ રાહ જુઓ, પછી તમારા જવાબો ફરીથી મોકલો.
}
not-saved-body = અમારી બાજુની સમસ્યાને કારણે અત્યારે તમારા જવાબો સાચવી શકાયા નથી. તમારા જવાબો હજી આ પાના પર છે: કૃપા કરીને થોડી મિનિટ રાહ જુઓ, પછી ફરીથી મોકલો.

poster-invitation = તમારો અભિપ્રાય આપો: તમારા ફોનના કૅમેરાથી કોડ સ્કેન કરો.
poster-promise = આ અનામી છે: અમે તમારું નામ પૂછતા નથી, અને કોણે શું કહ્યું તે કોઈ જાણી શકતું નથી.
poster-also = તમે આ ભાષાઓમાં પણ જવાબ આપી શકો છો:
poster-qr-label = QR કોડ: ફોર્મ ખોલવા માટે તમારા ફોનના કૅમેરાથી તેને સ્કેન કરો
poster-type-link = અથવા આ સરનામું ટાઇપ કરો:
invite-card-label = તમારો આમંત્રણ કોડ
invite-card-how = તમારા ફોનના કૅમેરાથી QR કોડ સ્કૅન કરો, અથવા આ સરનામું ટાઇપ કરો, પછી પહેલા પાના પર તમારો કોડ ટાઇપ કરો:
invite-card-promise = આ કોડથી તમે એક વાર જવાબ આપી શકો છો. તે તમારા જવાબો સાથે જોડાયેલો નથી.
invite-card-use-by = આ તારીખ સુધીમાં વાપરો:

## The start page

start-now = હમણાં શરૂ કરો
# $minutes is about how long the form takes.
start-time = { $minutes ->
    [one] આમાં લગભગ { $minutes } મિનિટ લાગે છે.
   *[other] આમાં લગભગ { $minutes } મિનિટ લાગે છે.
}
start-skip = તમે કોઈ પણ પ્રશ્ન છોડી શકો છો, અને ગમે ત્યારે અટકી શકો છો.
start-anonymous-title = અનામી: આનો અર્થ શું છે
start-anonymous-body = અમે તમારું નામ પૂછતા નથી, કે બીજું એવું કંઈ પણ પૂછતા નથી જેનાથી ખબર પડે કે તમે કોણ છો. અમે તમારું ઇન્ટરનેટ સરનામું રાખતા નથી, અને કોઈ કૂકીઝ વાપરતા નથી.
start-kept-body = જ્યારે તમે તમારા જવાબો મોકલો છો, ત્યારે દરેક પસંદગી એક ગણતરીમાં ઉમેરાય છે, જેમ કાગળ પર લીટી દોરીને ગણતરી કરીએ. તમે તમારા પોતાના શબ્દોમાં જે કંઈ લખો તે તમારા બીજા જવાબોથી અલગ રાખવામાં આવે છે, જેથી કોઈ તમારા જવાબોને ફરીથી એકસાથે જોડી ન શકે.
start-no-reply = અમને ખબર નથી કે તમે કોણ છો, તેથી તમે જે લખો તેનો કોઈ જવાબ આપી શકશે નહીં.
# Invite-only forms (a closed session): the code from a printed card, asked for on the
# start page, and on the check page when it was missing or refused.
invite-label = તમારો આમંત્રણ કોડ
invite-hint = તમને આપવામાં આવેલા કાર્ડ પર લખેલો કોડ, જેમ કે ABCD-EFGH. તે તમારા જવાબો સાથે જોડાયેલો નથી.
invite-missing = તમને આપવામાં આવેલા કાર્ડ પર લખેલો આમંત્રણ કોડ દાખલ કરો
invite-refused = આ આમંત્રણ કોડ પહેલેથી વપરાઈ ગયો છે અથવા તે સાચો નથી. તેને તપાસો, અથવા સત્ર ચલાવનાર વ્યક્તિ પાસેથી બીજો કોડ માંગો.

## On every page

get-help = હમણાં જ મદદ મેળવો
leave-page = આ પેજ છોડો
leave-page-hint = અથવા Esc બટન ત્રણ વાર દબાવો.

## When the device is offline at the end

done-queued-title = તમારા જવાબો આ ડિવાઇસ પર સેવ થયેલા છે
done-queued-body = કનેક્શન ચાલ્યું નહીં એટલે તે હજી મોકલાયા નથી. આ ડિવાઇસ ફરીથી ઓનલાઇન થશે ત્યારે તે આપમેળે મોકલાઈ જશે, ભલે તમે આ પેજ બંધ કરી દો. પણ એ માટે તમારે સાત દિવસની અંદર આ જ ડિવાઇસ પર આ ફોર્મ ફરીથી ખોલવું પડશે. બીજું કંઈ રાખવામાં આવતું નથી.
done-refused-title = તમારા જવાબો ગણતરીમાં ઉમેરી શકાયા નથી
done-refused-body = આ ડિવાઇસ પર સેવ થયેલા જવાબો મોકલાયા હતા, પણ તમે જવાબ આપ્યા પછી ફોર્મ બદલાઈ ગયું છે, તેથી તેમને ગણતરીમાં ઉમેરી શકાયા નથી. તેમને આ ડિવાઇસ પરથી કાઢી નાખવામાં આવ્યા છે.
start-help-below = જો તમને હમણાં જ મદદની જરૂર હોય, તો નીચે જુઓ.

## Save and finish later (on this device only)

save-later = સેવ કરો અને પછી પૂરું કરો
save-later-unavailable = પછી પૂરું કરવા માટે જવાબો સેવ કરવા JavaScript જરૂરી છે, જે આ પેજ પર ચાલી રહી નથી. તો પણ તમે દરેક પ્રશ્નનો જવાબ આપી શકો છો અને તમારા જવાબો મોકલી શકો છો.
saved-title = તમારા જવાબો આ ડિવાઇસ પર સેવ થયેલા છે
# $days is how long the device keeps them.
saved-body = { $days ->
    [one] તે કોઈને મોકલવામાં આવ્યા નથી. તે ફક્ત આ ડિવાઇસ પર { $days } દિવસ માટે રાખવામાં આવશે, અને પછી કાઢી નાખવામાં આવશે.
   *[other] તે કોઈને મોકલવામાં આવ્યા નથી. તે ફક્ત આ ડિવાઇસ પર { $days } દિવસ માટે રાખવામાં આવશે, અને પછી કાઢી નાખવામાં આવશે.
}
saved-return = પૂરું કરવા માટે, આ ડિવાઇસ પર આ ફોર્મ ફરીથી ખોલો. તમે જ્યાં અટક્યા હતા ત્યાંથી આગળ વધવા માંગો છો કે નહીં, તે તમને પૂછવામાં આવશે.
continue-answering = જવાબ આપવાનું ચાલુ રાખો
resume-title = આ ડિવાઇસ પર તમારા સેવ કરેલા જવાબો છે
resume-body = તમે આ ડિવાઇસ પર આ ફોર્મના જવાબ આપવાનું શરૂ કર્યું હતું. તમારા જવાબો મોકલાયા નથી.
resume-continue = જ્યાં અટક્યા હતા ત્યાંથી આગળ વધો
resume-restart = ફરીથી શરૂ કરો
forget-device = આ ડિવાઇસ પરથી મારા જવાબો કાઢી નાખો
draft-removed = તમારા જવાબો આ ડિવાઇસ પરથી કાઢી નાખવામાં આવ્યા છે.

## Free-text questions

text-hint = તમે જે લખો છો તે અનામી છે, તેથી કોઈ તેનો જવાબ આપી શકશે નહીં.
# After text-hint, on forms that have a support block.
help-pointer = જો તમને હમણાં જ મદદની જરૂર હોય, તો પેજની ઉપર “હમણાં જ મદદ મેળવો” નો ઉપયોગ કરો.
# $max is the limit in characters.
text-limit = તમે { $max } અક્ષરો સુધી લખી શકો છો
# The live character count. $count is how many are left, or how many too many.
chars-left = { $count ->
    [one] હજી { $count } અક્ષર બાકી છે
   *[other] હજી { $count } અક્ષરો બાકી છે
}
chars-over = { $count ->
    [one] તમે { $count } અક્ષર વધારે લખ્યો છે
   *[other] તમે { $count } અક્ષરો વધારે લખ્યા છે
}
# The text box under an "Other" option.
other-label = કૃપા કરીને અમને જણાવો

## Languages

# The accessible name of the list of languages on every page.
language-nav = ભાષા પસંદ કરો

# Said to screen readers with the progress. $count is how many questions come after this one.
questions-left = { $count ->
    [0] આ છેલ્લો પ્રશ્ન છે
    [one] હવે { $count } પ્રશ્ન બાકી છે
   *[other] હવે { $count } પ્રશ્નો બાકી છે
}

identify-title = તમારા જવાબથી કોઈ કોણ છે તે ખબર પડી શકે છે
identify-body = એવું લાગે છે કે તેમાં ફોન નંબર, ઇમેઇલ અથવા ઘરનું સરનામું, પોસ્ટકોડ, અથવા NHS કે નેશનલ ઇન્શ્યોરન્સ નંબર જેવી કોઈ વિગત છે. અમે તેને નીચે ચિહ્નિત કરી છે. જવાબો વાંચનાર કોઈપણ વ્યક્તિ તેનો ઉપયોગ કરીને જાણી શકે કે તે કોણે લખ્યું છે અથવા તે કોના વિશે છે.
identify-remove = ચિહ્નિત વિગતો દૂર કરો
identify-keep = મારો જવાબ જેમ છે તેમ રાખો
names-reminder = કૃપા કરીને કોઈનું નામ ન લખો, તમારું પોતાનું નામ પણ નહીં.

done-limited-body = છેલ્લા એક કલાકમાં આ ઇન્ટરનેટ કનેક્શન પરથી ઘણા જવાબો આવ્યા છે (કદાચ ઘણા લોકો તેનો ઉપયોગ કરે છે), તેથી તમારા જવાબો થોડી વાર પછી આપમેળે મોકલાશે. તમે આ પેજ બંધ કરો તો પણ તે જશે, જો તમે 7 દિવસમાં આ ઉપકરણ પર ફરીથી આ ફોર્મ ખોલો. બીજું કશું રાખવામાં આવતું નથી.

privacy-title = તમારા જવાબો કેવી રીતે અનામી રહે છે
privacy-summary = Chorus તમે કોણ છો તે પૂછતું નથી. તે તમારું નામ, તમારું ઇન્ટરનેટ સરનામું, કૂકીઝ કે તમે ક્યારે જવાબ આપ્યો તે સમય રાખતું નથી, ફક્ત દિવસ રાખે છે. તમારી દરેક પસંદગી એક ચાલુ ગણતરીમાં ઉમેરાય છે, જેમ કે ગણતરીની લીટી, અને તમે તમારા પોતાના શબ્દોમાં જે લખો તે અલગ રાખવામાં આવે છે, તમારા બીજા જવાબો સાથે જોડ્યા વિના. તેથી કોઈ પણ, આ ફોર્મ ચલાવનારા લોકો પણ, કહી શકતા નથી કે કોણે શું કહ્યું. પૂરતા લોકોએ જવાબ આપ્યા પછી જ પરિણામો શેર થાય છે, અને નાની સંખ્યાઓ છુપાવવામાં આવે છે. કૃપા કરીને તમારું પોતાનું કે બીજાનું નામ ન લખો.
privacy-back = ફોર્મ પર પાછા જાઓ

feedback-title = તમે કહ્યું, અમે કર્યું
feedback-you-said = તમે કહ્યું:
feedback-we-did = અમે કર્યું:
feedback-all = સાંભળ્યા પછી અમે જે કંઈ કર્યું તે બધું જુઓ
feedback-intro = લોકોએ અમને શું કહ્યું, અને તે વિશે અમે શું કર્યું. જવાબ આપનાર દરેકનો આભાર.
feedback-none = અહીં હજી કંઈ નથી. લોકોએ જે કહ્યું તેના પર અમે પગલાં લઈશું ત્યારે અહીં જણાવીશું.

form-closed-title = આ ફોર્મ બંધ છે
form-closed-body = તે હવે જવાબો લેતું નથી. પોતાના વિચારો જણાવનાર દરેકનો આભાર.
form-not-open-title = આ ફોર્મ હજી ખુલ્યું નથી
form-not-open-body = તે હજી જવાબો લેતું નથી. તે ખુલે ત્યારે પાછા આવજો.
