# The listening form's interface text, Welsh.
# Reviewed: no (machine translation by the Chorus team); needs review by a fluent speaker.

continue = Parhau
skip-question = Hepgor y cwestiwn hwn
back = Yn ôl
check-title = Gwirio eich atebion cyn eu hanfon
change = Newid
not-answered = Heb ateb
send = Anfon eich atebion
sending = Wrthi'n anfon eich atebion…
sending-slow = Wrthi'n anfon eich atebion o hyd. Ar rai ffonau mae hyn yn cymryd ychydig eiliadau.
done-title = Diolch, mae eich atebion wedi cael eu cyfrif
done-body = Rydym yn cadw cyfrif o'r atebion y mae pobl yn eu dewis yn unig ac, ar wahân, unrhyw eiriau a ysgrifennwyd gennych. Nid oes dim byd rydym yn ei gadw yn dweud pwy ydych chi nac yn cysylltu eich atebion â'i gilydd.
error-summary-title = Mae problem wedi codi
error-prefix = Gwall:
error-not-sent = Nid yw eich atebion wedi cael eu cyfrif eto. Gwiriwch eich cysylltiad â'r rhyngrwyd a rhowch gynnig arall arni. Os bydd hyn yn digwydd eto, efallai bod y ffurflen wedi newid ers i chi ei hagor: agorwch hi eto o'r dechrau.

# On "Check your answers" when the form checks that answers come from a person, not a
# program (proof of work), and that check failed twice: nothing was counted, and the answers
# are still on the page.
error-check-failed = Nid yw eich atebion wedi cael eu cyfrif. Mae'r ffurflen hon yn gwirio bod atebion yn dod gan berson, nid gan raglen gyfrifiadurol, ac ni weithiodd y gwiriad y tro hwn. Mae eich atebion yma o hyd: rhowch gynnig arall ar eu hanfon.

# Shown above each question. $number is this question's position, $total how many there are.
question-progress = Cwestiwn { $number } o { $total }

# Under a text box whose answer is too long. $max is the limit in characters.
error-too-long = { $max ->
    [zero] Rhaid i'ch ateb fod yn { $max } nod neu lai
    [one] Rhaid i'ch ateb fod yn { $max } nod neu lai
    [two] Rhaid i'ch ateb fod yn { $max } nod neu lai
    [few] Rhaid i'ch ateb fod yn { $max } nod neu lai
    [many] Rhaid i'ch ateb fod yn { $max } nod neu lai
   *[other] Rhaid i'ch ateb fod yn { $max } nod neu lai
}

# Under checkboxes when more are ticked than allowed. $max is how many may be ticked.
error-too-many = { $max ->
    [zero] Dewiswch { $max } opsiwn neu lai
    [one] Dewiswch { $max } opsiwn yn unig
    [two] Dewiswch { $max } opsiwn neu lai
    [few] Dewiswch { $max } opsiwn neu lai
    [many] Dewiswch { $max } opsiwn neu lai
   *[other] Dewiswch { $max } opsiwn neu lai
}

# Shown by the server (not the widget) for a link to a form or page that does not exist.
page-not-found-title = Heb ddod o hyd i'r dudalen
page-not-found-body = Gwiriwch y ddolen a gawsoch. Os gwnaethoch ei theipio, gwiriwch ei bod wedi'i sillafu'n gywir.

# Shown by the server (not the widget) when answers sent without JavaScript came from an
# internet connection that has sent too many in a short time: nothing was counted, and the page
# has a "send" button to try again. $minutes is how long to wait (at least 1).
rate-limited-title = Nid yw eich atebion wedi cael eu cyfrif eto
rate-limited-body = { $minutes ->
    [zero] Mae gormod o atebion wedi cael eu hanfon o'r cysylltiad rhyngrwyd hwn mewn amser byr, efallai gan bobl eraill sy'n defnyddio'r un Wi-Fi. Arhoswch { $minutes } munud, yna anfonwch eich atebion eto.
    [one] Mae gormod o atebion wedi cael eu hanfon o'r cysylltiad rhyngrwyd hwn mewn amser byr, efallai gan bobl eraill sy'n defnyddio'r un Wi-Fi. Arhoswch { $minutes } munud, yna anfonwch eich atebion eto.
    [two] Mae gormod o atebion wedi cael eu hanfon o'r cysylltiad rhyngrwyd hwn mewn amser byr, efallai gan bobl eraill sy'n defnyddio'r un Wi-Fi. Arhoswch { $minutes } funud, yna anfonwch eich atebion eto.
    [few] Mae gormod o atebion wedi cael eu hanfon o'r cysylltiad rhyngrwyd hwn mewn amser byr, efallai gan bobl eraill sy'n defnyddio'r un Wi-Fi. Arhoswch { $minutes } munud, yna anfonwch eich atebion eto.
    [many] Mae gormod o atebion wedi cael eu hanfon o'r cysylltiad rhyngrwyd hwn mewn amser byr, efallai gan bobl eraill sy'n defnyddio'r un Wi-Fi. Arhoswch { $minutes } munud, yna anfonwch eich atebion eto.
   *[other] Mae gormod o atebion wedi cael eu hanfon o'r cysylltiad rhyngrwyd hwn mewn amser byr, efallai gan bobl eraill sy'n defnyddio'r un Wi-Fi. Arhoswch { $minutes } munud, yna anfonwch eich atebion eto.
}
not-saved-body = Doedd dim modd cadw eich atebion ar hyn o bryd oherwydd problem ar ein hochr ni. Mae eich atebion yn dal ar y dudalen hon: arhoswch ychydig funudau, yna anfonwch nhw eto.

poster-invitation = Dweud eich dweud: sganiwch y cod gyda chamera eich ffôn.
poster-promise = Mae'n ddienw: nid ydym yn gofyn eich enw, ac ni all neb ddweud pwy ddywedodd beth.
poster-also = Gallwch hefyd ateb yn:
poster-qr-label = Cod QR: sganiwch ef gyda chamera eich ffôn i agor y ffurflen
poster-type-link = Neu teipiwch y cyfeiriad hwn:
invite-card-label = Eich cod gwahoddiad
invite-card-how = Sganiwch y cod QR â chamera eich ffôn, neu teipiwch y cyfeiriad hwn, yna teipiwch eich cod ar y dudalen gyntaf:
invite-card-promise = Mae'r cod hwn yn gadael i chi ateb unwaith. Nid yw'n gysylltiedig â'ch atebion.
invite-card-use-by = Defnyddiwch ef erbyn:

## The start page

start-now = Dechrau nawr
# $minutes is about how long the form takes.
start-time = { $minutes ->
    [zero] Mae'n cymryd tua { $minutes } munud.
    [one] Mae'n cymryd tua { $minutes } munud.
    [two] Mae'n cymryd tua { $minutes } funud.
    [few] Mae'n cymryd tua { $minutes } munud.
    [many] Mae'n cymryd tua { $minutes } munud.
   *[other] Mae'n cymryd tua { $minutes } munud.
}
start-skip = Gallwch hepgor unrhyw gwestiwn, a stopio ar unrhyw adeg.
start-anonymous-title = Dienw: beth mae hyn yn ei olygu
start-anonymous-body = Nid ydym yn gofyn am eich enw, nac am unrhyw beth arall sy'n dweud pwy ydych chi. Nid ydym yn cadw eich cyfeiriad rhyngrwyd, ac nid ydym yn gosod cwcis.
start-kept-body = Pan fyddwch yn anfon eich atebion, bydd pob dewis yn cael ei ychwanegu at gyfrif, fel marc ar daflen gyfrif. Bydd unrhyw beth y byddwch yn ei ysgrifennu yn eich geiriau eich hun yn cael ei gadw ar wahân i'ch atebion eraill, felly ni all neb roi eich atebion yn ôl at ei gilydd.
start-no-reply = Gan nad ydym yn gwybod pwy ydych chi, ni all neb ymateb i'r hyn rydych yn ei ysgrifennu.
# Invite-only forms (a closed session): the code from a printed card, asked for on the
# start page, and on the check page when it was missing or refused.
invite-label = Eich cod gwahoddiad
invite-hint = Y cod ar y cerdyn a roddwyd i chi, fel ABCD-EFGH. Nid yw'n gysylltiedig â'ch atebion.
invite-missing = Rhowch y cod gwahoddiad o'r cerdyn a roddwyd i chi
invite-refused = Mae'r cod gwahoddiad hwn wedi cael ei ddefnyddio'n barod, neu nid yw'n gywir. Gwiriwch ef, neu gofynnwch i'r person sy'n cynnal y sesiwn am un arall.

## On every page

get-help = Cael help nawr
leave-page = Gadael y dudalen hon
leave-page-hint = Neu pwyswch Escape dair gwaith.

## When the device is offline at the end

done-queued-title = Mae eich atebion wedi'u cadw ar y ddyfais hon
done-queued-body = Nid ydynt wedi cael eu hanfon eto oherwydd bod y cysylltiad wedi methu. Byddant yn cael eu hanfon yn awtomatig pan fydd y ddyfais hon ar-lein eto, hyd yn oed os byddwch yn cau'r dudalen hon, cyn belled â'ch bod yn agor y ffurflen hon eto ar y ddyfais hon o fewn 7 diwrnod. Nid oes dim byd arall yn cael ei gadw.
done-refused-title = Nid oedd modd cyfrif eich atebion
done-refused-body = Cafodd yr atebion a oedd wedi'u cadw ar y ddyfais hon eu hanfon, ond mae'r ffurflen wedi newid ers i chi ei hateb, felly nid oedd modd eu cyfrif. Maent wedi cael eu dileu o'r ddyfais hon.
start-help-below = Os oes angen help arnoch nawr, edrychwch isod.

## Save and finish later (on this device only)

save-later = Cadw a gorffen yn nes ymlaen
save-later-unavailable = Mae angen JavaScript i gadw eich atebion a gorffen yn nes ymlaen, ac nid yw'n rhedeg ar y dudalen hon. Gallwch barhau i ateb pob cwestiwn ac anfon eich atebion.
saved-title = Mae eich atebion wedi'u cadw ar y ddyfais hon
# $days is how long the device keeps them.
saved-body = { $days ->
    [zero] Nid ydynt wedi cael eu hanfon at neb. Maent yn cael eu cadw ar y ddyfais hon yn unig, am { $days } diwrnod, ac yna'n cael eu dileu.
    [one] Nid ydynt wedi cael eu hanfon at neb. Maent yn cael eu cadw ar y ddyfais hon yn unig, am { $days } diwrnod, ac yna'n cael eu dileu.
    [two] Nid ydynt wedi cael eu hanfon at neb. Maent yn cael eu cadw ar y ddyfais hon yn unig, am { $days } ddiwrnod, ac yna'n cael eu dileu.
    [few] Nid ydynt wedi cael eu hanfon at neb. Maent yn cael eu cadw ar y ddyfais hon yn unig, am { $days } diwrnod, ac yna'n cael eu dileu.
    [many] Nid ydynt wedi cael eu hanfon at neb. Maent yn cael eu cadw ar y ddyfais hon yn unig, am { $days } diwrnod, ac yna'n cael eu dileu.
   *[other] Nid ydynt wedi cael eu hanfon at neb. Maent yn cael eu cadw ar y ddyfais hon yn unig, am { $days } diwrnod, ac yna'n cael eu dileu.
}
saved-return = I orffen, agorwch y ffurflen hon eto ar y ddyfais hon. Byddwn yn gofyn a ydych am barhau o'r man lle gwnaethoch stopio.
continue-answering = Parhau i ateb
resume-title = Mae gennych atebion wedi'u cadw ar y ddyfais hon
resume-body = Rydych wedi dechrau ateb y ffurflen hon ar y ddyfais hon. Nid yw eich atebion wedi cael eu hanfon.
resume-continue = Parhau o'r man lle gwnaethoch stopio
resume-restart = Dechrau eto
forget-device = Dileu fy atebion o'r ddyfais hon
draft-removed = Mae eich atebion wedi cael eu dileu o'r ddyfais hon.

## Free-text questions

text-hint = Mae eich ateb yn ddienw, felly ni all neb ymateb iddo.
# After text-hint, on forms that have a support block.
help-pointer = Os oes angen help arnoch nawr, defnyddiwch “Cael help nawr” ar frig y dudalen.
# $max is the limit in characters.
text-limit = Gallwch ysgrifennu hyd at { $max } nod
# The live character count. $count is how many are left, or how many too many.
chars-left = { $count ->
    [zero] Mae gennych { $count } nod ar ôl
    [one] Mae gennych { $count } nod ar ôl
    [two] Mae gennych { $count } nod ar ôl
    [few] Mae gennych { $count } nod ar ôl
    [many] Mae gennych { $count } nod ar ôl
   *[other] Mae gennych { $count } nod ar ôl
}
chars-over = { $count ->
    [zero] Mae gennych { $count } nod yn ormod
    [one] Mae gennych { $count } nod yn ormod
    [two] Mae gennych { $count } nod yn ormod
    [few] Mae gennych { $count } nod yn ormod
    [many] Mae gennych { $count } nod yn ormod
   *[other] Mae gennych { $count } nod yn ormod
}
# The text box under an "Other" option.
other-label = Dywedwch wrthym

## Languages

# The accessible name of the list of languages on every page.
language-nav = Dewis iaith

# Said to screen readers with the progress. $count is how many questions come after this one.
questions-left = { $count ->
    [0] Dyma'r cwestiwn olaf
    [zero] { $count } cwestiwn ar ôl
    [one] { $count } cwestiwn ar ôl
    [two] { $count } gwestiwn ar ôl
    [few] { $count } chwestiwn ar ôl
    [many] { $count } chwestiwn ar ôl
   *[other] { $count } cwestiwn ar ôl
}

identify-title = Gallai eich ateb ddangos pwy yw rhywun
identify-body = Mae'n edrych fel ei fod yn cynnwys manylyn fel rhif ffôn, cyfeiriad e-bost neu gartref, cod post, neu rif GIG neu Yswiriant Gwladol. Rydym wedi'i farcio isod. Gallai unrhyw un sy'n darllen yr atebion ei ddefnyddio i ddarganfod pwy a'i hysgrifennodd neu am bwy y mae.
identify-remove = Tynnu'r manylion sydd wedi'u marcio
identify-keep = Cadw fy ateb fel y mae
names-reminder = Peidiwch â chynnwys enw neb, gan gynnwys eich enw chi.

done-limited-body = Mae llawer o atebion wedi dod o'r cysylltiad rhyngrwyd hwn yn yr awr ddiwethaf (efallai bod llawer o bobl yn ei rannu), felly bydd eich atebion chi'n cael eu hanfon ychydig yn nes ymlaen, ohonynt eu hunain. Byddant yn mynd hyd yn oed os byddwch yn cau'r dudalen hon, cyn belled â'ch bod yn agor y ffurflen hon eto ar y ddyfais hon o fewn 7 diwrnod. Ni chedwir dim byd arall.

privacy-title = Sut mae eich atebion yn aros yn ddienw
privacy-summary = Nid yw Chorus yn gofyn pwy ydych chi. Nid yw'n cadw eich enw, eich cyfeiriad rhyngrwyd, cwcis na'r amser y gwnaethoch ateb, dim ond y diwrnod. Mae pob dewis a wnewch yn cael ei ychwanegu at gyfrif, fel marc cyfrif, ac mae unrhyw beth rydych yn ei ysgrifennu yn eich geiriau eich hun yn cael ei gadw ar wahân, heb ei gysylltu â'ch atebion eraill. Felly ni all neb, dim hyd yn oed y bobl sy'n rhedeg y ffurflen hon, ddweud pwy ddywedodd beth. Dim ond pan fydd digon o bobl wedi ateb y caiff canlyniadau eu rhannu, ac mae niferoedd bach yn cael eu cuddio. Peidiwch â chynnwys eich enw chi nac enwau pobl eraill.
privacy-back = Yn ôl i'r ffurflen

feedback-title = Dywedoch chi, gwnaethom ni
feedback-you-said = Dywedoch chi:
feedback-we-did = Gwnaethom ni:
feedback-all = Gweld popeth a wnaethom ar ôl gwrando
feedback-intro = Beth ddywedodd pobl wrthym, a beth wnaethom ni amdano. Diolch i bawb a atebodd.
feedback-none = Does dim byd yma eto. Pan fyddwn wedi gweithredu ar yr hyn a ddywedodd pobl wrthym, byddwn yn dweud hynny yma.

form-closed-title = Mae'r ffurflen hon wedi cau
form-closed-body = Nid yw'n derbyn atebion mwyach. Diolch i bawb a rannodd eu barn.
form-not-open-title = Nid yw'r ffurflen hon ar agor eto
form-not-open-body = Nid yw'n derbyn atebion eto. Dewch yn ôl pan fydd yn agor.
