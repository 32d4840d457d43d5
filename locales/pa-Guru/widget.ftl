# The listening form's interface text, Panjabi (Gurmukhi).
# Reviewed: no (machine translation by the Chorus team); needs review by a fluent speaker.

continue = ਜਾਰੀ ਰੱਖੋ
skip-question = ਇਹ ਸਵਾਲ ਛੱਡੋ
back = ਪਿੱਛੇ
check-title = ਆਪਣੇ ਜਵਾਬ ਭੇਜਣ ਤੋਂ ਪਹਿਲਾਂ ਇਨ੍ਹਾਂ ਨੂੰ ਚੈੱਕ ਕਰ ਲਓ
change = ਬਦਲੋ
not-answered = ਜਵਾਬ ਨਹੀਂ ਦਿੱਤਾ
send = ਆਪਣੇ ਜਵਾਬ ਭੇਜੋ
sending = ਤੁਹਾਡੇ ਜਵਾਬ ਭੇਜੇ ਜਾ ਰਹੇ ਹਨ…
sending-slow = ਤੁਹਾਡੇ ਜਵਾਬ ਅਜੇ ਵੀ ਭੇਜੇ ਜਾ ਰਹੇ ਹਨ। ਕੁਝ ਫ਼ੋਨਾਂ 'ਤੇ ਇਸ ਵਿੱਚ ਕੁਝ ਸਕਿੰਟ ਲੱਗਦੇ ਹਨ।
done-title = ਧੰਨਵਾਦ, ਤੁਹਾਡੇ ਜਵਾਬ ਗਿਣ ਲਏ ਗਏ ਹਨ
done-body = ਅਸੀਂ ਸਿਰਫ਼ ਇਹ ਗਿਣਤੀ ਰੱਖਦੇ ਹਾਂ ਕਿ ਲੋਕਾਂ ਨੇ ਕਿਹੜੇ ਜਵਾਬ ਚੁਣੇ, ਅਤੇ ਵੱਖਰੇ ਤੌਰ 'ਤੇ, ਉਹ ਸ਼ਬਦ ਜੋ ਤੁਸੀਂ ਲਿਖੇ। ਅਸੀਂ ਜੋ ਕੁਝ ਵੀ ਰੱਖਦੇ ਹਾਂ, ਉਸ ਤੋਂ ਇਹ ਪਤਾ ਨਹੀਂ ਲੱਗਦਾ ਕਿ ਤੁਸੀਂ ਕੌਣ ਹੋ, ਅਤੇ ਨਾ ਹੀ ਉਹ ਤੁਹਾਡੇ ਜਵਾਬਾਂ ਨੂੰ ਆਪਸ ਵਿੱਚ ਜੋੜਦਾ ਹੈ।
error-summary-title = ਕੋਈ ਸਮੱਸਿਆ ਹੈ
error-prefix = ਗਲਤੀ:
error-not-sent = ਤੁਹਾਡੇ ਜਵਾਬ ਅਜੇ ਗਿਣੇ ਨਹੀਂ ਗਏ। ਆਪਣਾ ਇੰਟਰਨੈੱਟ ਕਨੈਕਸ਼ਨ ਚੈੱਕ ਕਰੋ ਅਤੇ ਦੁਬਾਰਾ ਕੋਸ਼ਿਸ਼ ਕਰੋ। ਜੇ ਇਹ ਫਿਰ ਹੁੰਦਾ ਹੈ, ਤਾਂ ਹੋ ਸਕਦਾ ਹੈ ਕਿ ਤੁਹਾਡੇ ਖੋਲ੍ਹਣ ਤੋਂ ਬਾਅਦ ਫ਼ਾਰਮ ਬਦਲ ਗਿਆ ਹੋਵੇ: ਇਸ ਨੂੰ ਸ਼ੁਰੂ ਤੋਂ ਦੁਬਾਰਾ ਖੋਲ੍ਹੋ।

# On "Check your answers" when the form checks that answers come from a person, not a
# program (proof of work), and that check failed twice: nothing was counted, and the answers
# are still on the page.
error-check-failed = ਤੁਹਾਡੇ ਜਵਾਬ ਗਿਣੇ ਨਹੀਂ ਗਏ। ਇਹ ਫ਼ਾਰਮ ਜਾਂਚ ਕਰਦਾ ਹੈ ਕਿ ਜਵਾਬ ਕਿਸੇ ਵਿਅਕਤੀ ਵੱਲੋਂ ਆ ਰਹੇ ਹਨ, ਕਿਸੇ ਕੰਪਿਊਟਰ ਪ੍ਰੋਗਰਾਮ ਵੱਲੋਂ ਨਹੀਂ, ਅਤੇ ਇਸ ਵਾਰ ਇਹ ਜਾਂਚ ਸਫਲ ਨਹੀਂ ਹੋਈ। ਤੁਹਾਡੇ ਜਵਾਬ ਅਜੇ ਵੀ ਇੱਥੇ ਹਨ: ਇਹਨਾਂ ਨੂੰ ਦੁਬਾਰਾ ਭੇਜਣ ਦੀ ਕੋਸ਼ਿਸ਼ ਕਰੋ।

# Shown above each question. $number is this question's position, $total how many there are.
question-progress = { $total } ਵਿੱਚੋਂ ਸਵਾਲ { $number }

# Under a text box whose answer is too long. $max is the limit in characters.
error-too-long = { $max ->
    [one] ਤੁਹਾਡਾ ਜਵਾਬ ਵੱਧ ਤੋਂ ਵੱਧ { $max } ਅੱਖਰ ਦਾ ਹੋਣਾ ਚਾਹੀਦਾ ਹੈ
   *[other] ਤੁਹਾਡਾ ਜਵਾਬ ਵੱਧ ਤੋਂ ਵੱਧ { $max } ਅੱਖਰਾਂ ਦਾ ਹੋਣਾ ਚਾਹੀਦਾ ਹੈ
}

# Under checkboxes when more are ticked than allowed. $max is how many may be ticked.
error-too-many = { $max ->
    [one] ਸਿਰਫ਼ { $max } ਵਿਕਲਪ ਚੁਣੋ
   *[other] { $max } ਜਾਂ ਇਸ ਤੋਂ ਘੱਟ ਵਿਕਲਪ ਚੁਣੋ
}

# Shown by the server (not the widget) for a link to a form or page that does not exist.
page-not-found-title = ਪੰਨਾ ਨਹੀਂ ਮਿਲਿਆ
page-not-found-body = ਤੁਹਾਨੂੰ ਦਿੱਤਾ ਗਿਆ ਲਿੰਕ ਚੈੱਕ ਕਰੋ। ਜੇ ਤੁਸੀਂ ਇਸ ਨੂੰ ਆਪ ਟਾਈਪ ਕੀਤਾ ਹੈ, ਤਾਂ ਚੈੱਕ ਕਰੋ ਕਿ ਇਸ ਦੇ ਸ਼ਬਦ-ਜੋੜ ਸਹੀ ਹਨ।

# Shown by the server (not the widget) when answers sent without JavaScript came from an
# internet connection that has sent too many in a short time: nothing was counted, and the page
# has a "send" button to try again. $minutes is how long to wait (at least 1).
rate-limited-title = ਤੁਹਾਡੇ ਜਵਾਬ ਅਜੇ ਗਿਣੇ ਨਹੀਂ ਗਏ
rate-limited-body = { $minutes ->
    [one] ਥੋੜ੍ਹੇ ਸਮੇਂ ਵਿੱਚ ਇਸ ਇੰਟਰਨੈੱਟ ਕਨੈਕਸ਼ਨ ਤੋਂ ਬਹੁਤ ਜ਼ਿਆਦਾ ਜਵਾਬ ਭੇਜੇ ਗਏ ਹਨ, ਸ਼ਾਇਦ ਉਸੇ ਵਾਈ-ਫਾਈ ਨੂੰ ਵਰਤਣ ਵਾਲੇ ਹੋਰ ਲੋਕਾਂ ਵੱਲੋਂ। ਕਿਰਪਾ ਕਰਕੇ { $minutes } ਮਿੰਟ ਉਡੀਕ ਕਰੋ, ਫਿਰ ਆਪਣੇ ਜਵਾਬ ਦੁਬਾਰਾ ਭੇਜੋ।
   *[other] ਥੋੜ੍ਹੇ ਸਮੇਂ ਵਿੱਚ ਇਸ ਇੰਟਰਨੈੱਟ ਕਨੈਕਸ਼ਨ ਤੋਂ ਬਹੁਤ ਜ਼ਿਆਦਾ ਜਵਾਬ ਭੇਜੇ ਗਏ ਹਨ, ਸ਼ਾਇਦ ਉਸੇ ਵਾਈ-ਫਾਈ ਨੂੰ ਵਰਤਣ ਵਾਲੇ ਹੋਰ ਲੋਕਾਂ ਵੱਲੋਂ। ਕਿਰਪਾ ਕਰਕੇ { $minutes } ਮਿੰਟ ਉਡੀਕ ਕਰੋ, ਫਿਰ ਆਪਣੇ ਜਵਾਬ ਦੁਬਾਰਾ ਭੇਜੋ।
}
not-saved-body = ਸਾਡੇ ਪਾਸੇ ਦੀ ਇੱਕ ਸਮੱਸਿਆ ਕਾਰਨ ਇਸ ਵੇਲੇ ਤੁਹਾਡੇ ਜਵਾਬ ਸੰਭਾਲੇ ਨਹੀਂ ਜਾ ਸਕੇ। ਤੁਹਾਡੇ ਜਵਾਬ ਅਜੇ ਵੀ ਇਸ ਪੰਨੇ 'ਤੇ ਹਨ: ਕਿਰਪਾ ਕਰਕੇ ਕੁਝ ਮਿੰਟ ਉਡੀਕ ਕਰੋ, ਫਿਰ ਦੁਬਾਰਾ ਭੇਜੋ।

poster-invitation = ਆਪਣੀ ਰਾਏ ਦਿਓ: ਆਪਣੇ ਫ਼ੋਨ ਦੇ ਕੈਮਰੇ ਨਾਲ ਕੋਡ ਸਕੈਨ ਕਰੋ।
poster-promise = ਇਹ ਗੁਮਨਾਮ ਹੈ: ਅਸੀਂ ਤੁਹਾਡਾ ਨਾਮ ਨਹੀਂ ਪੁੱਛਦੇ, ਅਤੇ ਕੋਈ ਨਹੀਂ ਜਾਣ ਸਕਦਾ ਕਿ ਕਿਸ ਨੇ ਕੀ ਕਿਹਾ।
poster-also = ਤੁਸੀਂ ਇਹਨਾਂ ਭਾਸ਼ਾਵਾਂ ਵਿੱਚ ਵੀ ਜਵਾਬ ਦੇ ਸਕਦੇ ਹੋ:
poster-qr-label = QR ਕੋਡ: ਫ਼ਾਰਮ ਖੋਲ੍ਹਣ ਲਈ ਇਸਨੂੰ ਆਪਣੇ ਫ਼ੋਨ ਦੇ ਕੈਮਰੇ ਨਾਲ ਸਕੈਨ ਕਰੋ
poster-type-link = ਜਾਂ ਇਹ ਪਤਾ ਟਾਈਪ ਕਰੋ:
invite-card-label = ਤੁਹਾਡਾ ਸੱਦਾ ਕੋਡ
invite-card-how = ਆਪਣੇ ਫ਼ੋਨ ਦੇ ਕੈਮਰੇ ਨਾਲ QR ਕੋਡ ਸਕੈਨ ਕਰੋ, ਜਾਂ ਇਹ ਪਤਾ ਟਾਈਪ ਕਰੋ, ਫਿਰ ਪਹਿਲੇ ਸਫ਼ੇ 'ਤੇ ਆਪਣਾ ਕੋਡ ਟਾਈਪ ਕਰੋ:
invite-card-promise = ਇਸ ਕੋਡ ਨਾਲ ਤੁਸੀਂ ਇੱਕ ਵਾਰ ਜਵਾਬ ਦੇ ਸਕਦੇ ਹੋ। ਇਹ ਤੁਹਾਡੇ ਜਵਾਬਾਂ ਨਾਲ ਜੁੜਿਆ ਨਹੀਂ ਹੈ।
invite-card-use-by = ਇਸ ਤਾਰੀਖ਼ ਤੱਕ ਵਰਤੋ:

## The start page

start-now = ਹੁਣੇ ਸ਼ੁਰੂ ਕਰੋ
# $minutes is about how long the form takes.
start-time = { $minutes ->
    [one] ਇਸ ਵਿੱਚ ਲਗਭਗ { $minutes } ਮਿੰਟ ਲੱਗਦਾ ਹੈ।
   *[other] ਇਸ ਵਿੱਚ ਲਗਭਗ { $minutes } ਮਿੰਟ ਲੱਗਦੇ ਹਨ।
}
start-skip = ਤੁਸੀਂ ਕੋਈ ਵੀ ਸਵਾਲ ਛੱਡ ਸਕਦੇ ਹੋ, ਅਤੇ ਕਿਸੇ ਵੀ ਸਮੇਂ ਰੁਕ ਸਕਦੇ ਹੋ।
start-anonymous-title = ਗੁਮਨਾਮ: ਇਸ ਦਾ ਕੀ ਮਤਲਬ ਹੈ
start-anonymous-body = ਅਸੀਂ ਤੁਹਾਡਾ ਨਾਮ ਨਹੀਂ ਪੁੱਛਦੇ, ਨਾ ਹੀ ਕੋਈ ਹੋਰ ਗੱਲ ਜਿਸ ਤੋਂ ਪਤਾ ਲੱਗੇ ਕਿ ਤੁਸੀਂ ਕੌਣ ਹੋ। ਅਸੀਂ ਤੁਹਾਡਾ ਇੰਟਰਨੈੱਟ ਐਡਰੈੱਸ ਨਹੀਂ ਰੱਖਦੇ, ਅਤੇ ਅਸੀਂ ਕੋਈ ਕੂਕੀਜ਼ ਨਹੀਂ ਲਗਾਉਂਦੇ।
start-kept-body = ਜਦੋਂ ਤੁਸੀਂ ਆਪਣੇ ਜਵਾਬ ਭੇਜਦੇ ਹੋ, ਤਾਂ ਹਰ ਚੋਣ ਇੱਕ ਗਿਣਤੀ ਵਿੱਚ ਜੁੜ ਜਾਂਦੀ ਹੈ, ਜਿਵੇਂ ਕਾਗਜ਼ 'ਤੇ ਗਿਣਤੀ ਲਈ ਲਕੀਰ ਲਗਾਉਣਾ। ਤੁਸੀਂ ਆਪਣੇ ਸ਼ਬਦਾਂ ਵਿੱਚ ਜੋ ਵੀ ਲਿਖਦੇ ਹੋ, ਉਹ ਤੁਹਾਡੇ ਬਾਕੀ ਜਵਾਬਾਂ ਤੋਂ ਵੱਖਰਾ ਰੱਖਿਆ ਜਾਂਦਾ ਹੈ, ਤਾਂ ਜੋ ਕੋਈ ਵੀ ਤੁਹਾਡੇ ਜਵਾਬਾਂ ਨੂੰ ਦੁਬਾਰਾ ਆਪਸ ਵਿੱਚ ਜੋੜ ਨਾ ਸਕੇ।
start-no-reply = ਕਿਉਂਕਿ ਸਾਨੂੰ ਨਹੀਂ ਪਤਾ ਕਿ ਤੁਸੀਂ ਕੌਣ ਹੋ, ਇਸ ਲਈ ਕੋਈ ਵੀ ਤੁਹਾਡੀ ਲਿਖੀ ਗੱਲ ਦਾ ਜਵਾਬ ਨਹੀਂ ਦੇ ਸਕਦਾ।
# Invite-only forms (a closed session): the code from a printed card, asked for on the
# start page, and on the check page when it was missing or refused.
invite-label = ਤੁਹਾਡਾ ਸੱਦਾ ਕੋਡ
invite-hint = ਤੁਹਾਨੂੰ ਦਿੱਤੇ ਗਏ ਕਾਰਡ ਉੱਤੇ ਲਿਖਿਆ ਕੋਡ, ਜਿਵੇਂ ABCD-EFGH। ਇਹ ਤੁਹਾਡੇ ਜਵਾਬਾਂ ਨਾਲ ਜੁੜਿਆ ਨਹੀਂ ਹੈ।
invite-missing = ਤੁਹਾਨੂੰ ਦਿੱਤੇ ਗਏ ਕਾਰਡ ਉੱਤੇ ਲਿਖਿਆ ਸੱਦਾ ਕੋਡ ਭਰੋ
invite-refused = ਇਹ ਸੱਦਾ ਕੋਡ ਪਹਿਲਾਂ ਹੀ ਵਰਤਿਆ ਜਾ ਚੁੱਕਾ ਹੈ ਜਾਂ ਇਹ ਸਹੀ ਨਹੀਂ ਹੈ। ਇਸ ਨੂੰ ਚੈੱਕ ਕਰੋ, ਜਾਂ ਸੈਸ਼ਨ ਚਲਾਉਣ ਵਾਲੇ ਵਿਅਕਤੀ ਤੋਂ ਕੋਈ ਹੋਰ ਕੋਡ ਮੰਗੋ।

## On every page

get-help = ਹੁਣੇ ਮਦਦ ਲਓ
leave-page = ਇਹ ਪੰਨਾ ਹੁਣੇ ਛੱਡੋ
leave-page-hint = ਜਾਂ Esc ਬਟਨ ਤਿੰਨ ਵਾਰ ਦਬਾਓ।

## When the device is offline at the end

done-queued-title = ਤੁਹਾਡੇ ਜਵਾਬ ਇਸ ਡਿਵਾਈਸ 'ਤੇ ਸੇਵ ਕੀਤੇ ਗਏ ਹਨ
done-queued-body = ਕਨੈਕਸ਼ਨ ਫ਼ੇਲ੍ਹ ਹੋਣ ਕਰਕੇ ਇਹ ਅਜੇ ਭੇਜੇ ਨਹੀਂ ਗਏ। ਜਦੋਂ ਇਹ ਡਿਵਾਈਸ ਦੁਬਾਰਾ ਔਨਲਾਈਨ ਹੋਵੇਗਾ, ਤਾਂ ਇਹ ਆਪਣੇ ਆਪ ਭੇਜੇ ਜਾਣਗੇ, ਭਾਵੇਂ ਤੁਸੀਂ ਇਹ ਪੰਨਾ ਬੰਦ ਕਰ ਦਿਓ, ਬੱਸ ਸ਼ਰਤ ਇਹ ਹੈ ਕਿ ਤੁਸੀਂ ਸੱਤ ਦਿਨਾਂ ਦੇ ਅੰਦਰ ਇਸੇ ਡਿਵਾਈਸ 'ਤੇ ਇਹ ਫ਼ਾਰਮ ਦੁਬਾਰਾ ਖੋਲ੍ਹੋ। ਹੋਰ ਕੁਝ ਵੀ ਨਹੀਂ ਰੱਖਿਆ ਜਾਂਦਾ।
done-refused-title = ਤੁਹਾਡੇ ਜਵਾਬ ਗਿਣੇ ਨਹੀਂ ਜਾ ਸਕੇ
done-refused-body = ਇਸ ਡਿਵਾਈਸ 'ਤੇ ਸੇਵ ਕੀਤੇ ਜਵਾਬ ਭੇਜ ਦਿੱਤੇ ਗਏ ਸਨ, ਪਰ ਤੁਹਾਡੇ ਜਵਾਬ ਦੇਣ ਤੋਂ ਬਾਅਦ ਫ਼ਾਰਮ ਬਦਲ ਗਿਆ ਸੀ, ਇਸ ਲਈ ਉਹ ਗਿਣੇ ਨਹੀਂ ਜਾ ਸਕੇ। ਉਹਨਾਂ ਨੂੰ ਇਸ ਡਿਵਾਈਸ ਤੋਂ ਹਟਾ ਦਿੱਤਾ ਗਿਆ ਹੈ।
start-help-below = ਜੇ ਤੁਹਾਨੂੰ ਹੁਣੇ ਮਦਦ ਚਾਹੀਦੀ ਹੈ, ਤਾਂ ਹੇਠਾਂ ਦੇਖੋ।

## Save and finish later (on this device only)

save-later = ਸੇਵ ਕਰੋ ਅਤੇ ਬਾਅਦ ਵਿੱਚ ਪੂਰਾ ਕਰੋ
save-later-unavailable = ਆਪਣੇ ਜਵਾਬ ਸੇਵ ਕਰਕੇ ਬਾਅਦ ਵਿੱਚ ਪੂਰਾ ਕਰਨ ਲਈ JavaScript ਦੀ ਲੋੜ ਹੈ, ਜੋ ਇਸ ਪੰਨੇ 'ਤੇ ਨਹੀਂ ਚੱਲ ਰਹੀ। ਤੁਸੀਂ ਫਿਰ ਵੀ ਹਰ ਸਵਾਲ ਦਾ ਜਵਾਬ ਦੇ ਸਕਦੇ ਹੋ ਅਤੇ ਆਪਣੇ ਜਵਾਬ ਭੇਜ ਸਕਦੇ ਹੋ।
saved-title = ਤੁਹਾਡੇ ਜਵਾਬ ਇਸ ਡਿਵਾਈਸ 'ਤੇ ਸੇਵ ਕੀਤੇ ਗਏ ਹਨ
# $days is how long the device keeps them.
saved-body = { $days ->
    [one] ਇਹ ਕਿਸੇ ਨੂੰ ਵੀ ਨਹੀਂ ਭੇਜੇ ਗਏ। ਇਹ ਸਿਰਫ਼ ਇਸ ਡਿਵਾਈਸ 'ਤੇ, { $days } ਦਿਨ ਲਈ ਰੱਖੇ ਜਾਂਦੇ ਹਨ, ਅਤੇ ਫਿਰ ਹਟਾ ਦਿੱਤੇ ਜਾਂਦੇ ਹਨ।
   *[other] ਇਹ ਕਿਸੇ ਨੂੰ ਵੀ ਨਹੀਂ ਭੇਜੇ ਗਏ। ਇਹ ਸਿਰਫ਼ ਇਸ ਡਿਵਾਈਸ 'ਤੇ, { $days } ਦਿਨਾਂ ਲਈ ਰੱਖੇ ਜਾਂਦੇ ਹਨ, ਅਤੇ ਫਿਰ ਹਟਾ ਦਿੱਤੇ ਜਾਂਦੇ ਹਨ।
}
saved-return = ਪੂਰਾ ਕਰਨ ਲਈ, ਇਸੇ ਡਿਵਾਈਸ 'ਤੇ ਇਹ ਫ਼ਾਰਮ ਦੁਬਾਰਾ ਖੋਲ੍ਹੋ। ਤੁਹਾਨੂੰ ਪੁੱਛਿਆ ਜਾਵੇਗਾ ਕਿ ਕੀ ਤੁਸੀਂ ਉੱਥੋਂ ਜਾਰੀ ਰੱਖਣਾ ਚਾਹੁੰਦੇ ਹੋ ਜਿੱਥੇ ਤੁਸੀਂ ਛੱਡਿਆ ਸੀ।
continue-answering = ਜਵਾਬ ਦੇਣਾ ਜਾਰੀ ਰੱਖੋ
resume-title = ਇਸ ਡਿਵਾਈਸ 'ਤੇ ਤੁਹਾਡੇ ਜਵਾਬ ਸੇਵ ਕੀਤੇ ਹੋਏ ਹਨ
resume-body = ਤੁਸੀਂ ਇਸ ਡਿਵਾਈਸ 'ਤੇ ਇਹ ਫ਼ਾਰਮ ਭਰਨਾ ਸ਼ੁਰੂ ਕੀਤਾ ਸੀ। ਤੁਹਾਡੇ ਜਵਾਬ ਅਜੇ ਭੇਜੇ ਨਹੀਂ ਗਏ।
resume-continue = ਉੱਥੋਂ ਜਾਰੀ ਰੱਖੋ ਜਿੱਥੇ ਤੁਸੀਂ ਛੱਡਿਆ ਸੀ
resume-restart = ਦੁਬਾਰਾ ਸ਼ੁਰੂ ਕਰੋ
forget-device = ਮੇਰੇ ਜਵਾਬ ਇਸ ਡਿਵਾਈਸ ਤੋਂ ਹਟਾਓ
draft-removed = ਤੁਹਾਡੇ ਜਵਾਬ ਇਸ ਡਿਵਾਈਸ ਤੋਂ ਹਟਾ ਦਿੱਤੇ ਗਏ ਹਨ।

## Free-text questions

text-hint = ਤੁਹਾਡਾ ਜਵਾਬ ਗੁਮਨਾਮ ਹੈ, ਇਸ ਲਈ ਕੋਈ ਵੀ ਤੁਹਾਨੂੰ ਇਸ ਦਾ ਜਵਾਬ ਨਹੀਂ ਦੇ ਸਕਦਾ।
# After text-hint, on forms that have a support block.
help-pointer = ਜੇ ਤੁਹਾਨੂੰ ਹੁਣੇ ਮਦਦ ਚਾਹੀਦੀ ਹੈ, ਤਾਂ ਪੰਨੇ ਦੇ ਉੱਪਰ “ਹੁਣੇ ਮਦਦ ਲਓ” ਵਰਤੋ।
# $max is the limit in characters.
text-limit = ਤੁਸੀਂ ਵੱਧ ਤੋਂ ਵੱਧ { $max } ਅੱਖਰ ਲਿਖ ਸਕਦੇ ਹੋ
# The live character count. $count is how many are left, or how many too many.
chars-left = { $count ->
    [one] ਤੁਹਾਡੇ ਕੋਲ { $count } ਅੱਖਰ ਬਾਕੀ ਹੈ
   *[other] ਤੁਹਾਡੇ ਕੋਲ { $count } ਅੱਖਰ ਬਾਕੀ ਹਨ
}
chars-over = { $count ->
    [one] ਤੁਸੀਂ { $count } ਅੱਖਰ ਵੱਧ ਲਿਖਿਆ ਹੈ
   *[other] ਤੁਸੀਂ { $count } ਅੱਖਰ ਵੱਧ ਲਿਖੇ ਹਨ
}
# The text box under an "Other" option.
other-label = ਕਿਰਪਾ ਕਰਕੇ ਸਾਨੂੰ ਦੱਸੋ

## Languages

# The accessible name of the list of languages on every page.
language-nav = ਭਾਸ਼ਾ ਚੁਣੋ

# Said to screen readers with the progress. $count is how many questions come after this one.
questions-left = { $count ->
    [0] ਇਹ ਆਖਰੀ ਸਵਾਲ ਹੈ
    [one] { $count } ਸਵਾਲ ਬਾਕੀ ਹੈ
   *[other] { $count } ਸਵਾਲ ਬਾਕੀ ਹਨ
}

identify-title = ਤੁਹਾਡੇ ਜਵਾਬ ਤੋਂ ਪਤਾ ਲੱਗ ਸਕਦਾ ਹੈ ਕਿ ਕੋਈ ਕੌਣ ਹੈ
identify-body = ਲੱਗਦਾ ਹੈ ਕਿ ਇਸ ਵਿੱਚ ਫ਼ੋਨ ਨੰਬਰ, ਈਮੇਲ ਜਾਂ ਘਰ ਦਾ ਪਤਾ, ਪੋਸਟਕੋਡ, ਜਾਂ NHS ਜਾਂ ਨੈਸ਼ਨਲ ਇੰਸ਼ੋਰੈਂਸ ਨੰਬਰ ਵਰਗਾ ਕੋਈ ਵੇਰਵਾ ਹੈ। ਅਸੀਂ ਇਸਨੂੰ ਹੇਠਾਂ ਨਿਸ਼ਾਨਬੱਧ ਕੀਤਾ ਹੈ। ਜਵਾਬ ਪੜ੍ਹਨ ਵਾਲਾ ਕੋਈ ਵੀ ਇਸ ਨਾਲ ਪਤਾ ਲਗਾ ਸਕਦਾ ਹੈ ਕਿ ਇਹ ਕਿਸ ਨੇ ਲਿਖਿਆ ਜਾਂ ਇਹ ਕਿਸ ਬਾਰੇ ਹੈ।
identify-remove = ਨਿਸ਼ਾਨਬੱਧ ਵੇਰਵੇ ਹਟਾਓ
identify-keep = ਮੇਰਾ ਜਵਾਬ ਜਿਵੇਂ ਹੈ ਉਵੇਂ ਰੱਖੋ
names-reminder = ਕਿਰਪਾ ਕਰਕੇ ਕਿਸੇ ਦਾ ਨਾਮ ਨਾ ਲਿਖੋ, ਆਪਣਾ ਨਾਮ ਵੀ ਨਹੀਂ।

done-limited-body = ਪਿਛਲੇ ਇੱਕ ਘੰਟੇ ਵਿੱਚ ਇਸ ਇੰਟਰਨੈੱਟ ਕਨੈਕਸ਼ਨ ਤੋਂ ਬਹੁਤ ਸਾਰੇ ਜਵਾਬ ਆਏ ਹਨ (ਸ਼ਾਇਦ ਬਹੁਤ ਲੋਕ ਇਸਨੂੰ ਵਰਤਦੇ ਹਨ), ਇਸ ਲਈ ਤੁਹਾਡੇ ਜਵਾਬ ਥੋੜ੍ਹੀ ਦੇਰ ਬਾਅਦ ਆਪਣੇ ਆਪ ਭੇਜੇ ਜਾਣਗੇ। ਜੇ ਤੁਸੀਂ ਇਹ ਪੰਨਾ ਬੰਦ ਕਰ ਦਿਓ ਤਾਂ ਵੀ ਉਹ ਜਾਣਗੇ, ਬਸ਼ਰਤੇ ਤੁਸੀਂ 7 ਦਿਨਾਂ ਦੇ ਅੰਦਰ ਇਸ ਡਿਵਾਈਸ 'ਤੇ ਇਹ ਫ਼ਾਰਮ ਦੁਬਾਰਾ ਖੋਲ੍ਹੋ। ਹੋਰ ਕੁਝ ਨਹੀਂ ਰੱਖਿਆ ਜਾਂਦਾ।

privacy-title = ਤੁਹਾਡੇ ਜਵਾਬ ਗੁਮਨਾਮ ਕਿਵੇਂ ਰਹਿੰਦੇ ਹਨ
privacy-summary = Chorus ਇਹ ਨਹੀਂ ਪੁੱਛਦਾ ਕਿ ਤੁਸੀਂ ਕੌਣ ਹੋ। ਇਹ ਤੁਹਾਡਾ ਨਾਮ, ਤੁਹਾਡਾ ਇੰਟਰਨੈੱਟ ਪਤਾ, ਕੂਕੀਜ਼ ਜਾਂ ਤੁਹਾਡੇ ਜਵਾਬ ਦੇਣ ਦਾ ਸਮਾਂ ਨਹੀਂ ਰੱਖਦਾ, ਸਿਰਫ਼ ਦਿਨ ਰੱਖਦਾ ਹੈ। ਤੁਹਾਡੀ ਹਰ ਚੋਣ ਇੱਕ ਚੱਲਦੀ ਗਿਣਤੀ ਵਿੱਚ ਜੁੜ ਜਾਂਦੀ ਹੈ, ਜਿਵੇਂ ਗਿਣਤੀ ਦਾ ਨਿਸ਼ਾਨ, ਅਤੇ ਜੋ ਕੁਝ ਤੁਸੀਂ ਆਪਣੇ ਸ਼ਬਦਾਂ ਵਿੱਚ ਲਿਖਦੇ ਹੋ ਉਹ ਵੱਖਰਾ ਰੱਖਿਆ ਜਾਂਦਾ ਹੈ, ਤੁਹਾਡੇ ਹੋਰ ਜਵਾਬਾਂ ਨਾਲ ਜੋੜੇ ਬਿਨਾਂ। ਇਸ ਲਈ ਕੋਈ ਵੀ, ਇਹ ਫ਼ਾਰਮ ਚਲਾਉਣ ਵਾਲੇ ਵੀ, ਨਹੀਂ ਦੱਸ ਸਕਦੇ ਕਿ ਕਿਸ ਨੇ ਕੀ ਕਿਹਾ। ਨਤੀਜੇ ਉਦੋਂ ਹੀ ਸਾਂਝੇ ਕੀਤੇ ਜਾਂਦੇ ਹਨ ਜਦੋਂ ਕਾਫ਼ੀ ਲੋਕ ਜਵਾਬ ਦੇ ਚੁੱਕੇ ਹੋਣ, ਅਤੇ ਛੋਟੀਆਂ ਗਿਣਤੀਆਂ ਲੁਕਾਈਆਂ ਜਾਂਦੀਆਂ ਹਨ। ਕਿਰਪਾ ਕਰਕੇ ਆਪਣਾ ਜਾਂ ਦੂਜਿਆਂ ਦਾ ਨਾਮ ਨਾ ਲਿਖੋ।
privacy-back = ਫ਼ਾਰਮ 'ਤੇ ਵਾਪਸ ਜਾਓ

feedback-title = ਤੁਸੀਂ ਕਿਹਾ, ਅਸੀਂ ਕੀਤਾ
feedback-you-said = ਤੁਸੀਂ ਕਿਹਾ:
feedback-we-did = ਅਸੀਂ ਕੀਤਾ:
feedback-all = ਸੁਣਨ ਤੋਂ ਬਾਅਦ ਅਸੀਂ ਜੋ ਕੁਝ ਕੀਤਾ ਉਹ ਸਭ ਦੇਖੋ
feedback-intro = ਲੋਕਾਂ ਨੇ ਸਾਨੂੰ ਕੀ ਦੱਸਿਆ, ਅਤੇ ਅਸੀਂ ਉਸ ਬਾਰੇ ਕੀ ਕੀਤਾ। ਜਵਾਬ ਦੇਣ ਵਾਲੇ ਹਰ ਕਿਸੇ ਦਾ ਧੰਨਵਾਦ।
feedback-none = ਇੱਥੇ ਹਾਲੇ ਕੁਝ ਨਹੀਂ ਹੈ। ਜਦੋਂ ਅਸੀਂ ਲੋਕਾਂ ਦੀਆਂ ਦੱਸੀਆਂ ਗੱਲਾਂ 'ਤੇ ਕਾਰਵਾਈ ਕਰਾਂਗੇ, ਤਾਂ ਇੱਥੇ ਦੱਸਾਂਗੇ।

form-closed-title = ਇਹ ਫ਼ਾਰਮ ਬੰਦ ਹੈ
form-closed-body = ਇਹ ਹੁਣ ਜਵਾਬ ਨਹੀਂ ਲੈ ਰਿਹਾ। ਆਪਣੇ ਵਿਚਾਰ ਸਾਂਝੇ ਕਰਨ ਵਾਲੇ ਹਰ ਕਿਸੇ ਦਾ ਧੰਨਵਾਦ।
form-not-open-title = ਇਹ ਫ਼ਾਰਮ ਹਾਲੇ ਖੁੱਲ੍ਹਿਆ ਨਹੀਂ ਹੈ
form-not-open-body = ਇਹ ਹਾਲੇ ਜਵਾਬ ਨਹੀਂ ਲੈ ਰਿਹਾ। ਜਦੋਂ ਇਹ ਖੁੱਲ੍ਹੇ ਤਾਂ ਵਾਪਸ ਆਓ।
