# The listening form's interface text, British English.
# Reviewed: source language (written by the Chorus team).

continue = Continue
skip-question = Skip this question
back = Back
check-title = Check your answers before sending them
change = Change
not-answered = Not answered
send = Send your answers
sending = Sending your answers…
sending-slow = Still sending your answers. On some phones this takes a few seconds.
done-title = Thank you, your answers have been counted
done-body = We keep only counts of the answers people choose and, separately, any words you wrote. Nothing we keep says who you are or links your answers together.
error-summary-title = There is a problem
error-prefix = Error:
error-not-sent = Your answers have not been counted yet. Check your internet connection and try again. If it happens again, the form may have changed since you opened it: open it again from the start.

# On "Check your answers" when the form checks that answers come from a person, not a
# program (proof of work), and that check failed twice: nothing was counted, and the answers
# are still on the page.
error-check-failed = Your answers have not been counted. This form checks that answers come from a person, not a computer program, and the check did not work this time. Your answers are still here: try sending them again.

# Shown above each question. $number is this question's position, $total how many there are.
question-progress = Question { $number } of { $total }

# Under a text box whose answer is too long. $max is the limit in characters.
error-too-long = { $max ->
    [one] Your answer must be { $max } character or fewer
   *[other] Your answer must be { $max } characters or fewer
}

# Under checkboxes when more are ticked than allowed. $max is how many may be ticked.
error-too-many = { $max ->
    [one] Select only { $max } option
   *[other] Select { $max } options or fewer
}

# Shown by the server (not the widget) for a link to a form or page that does not exist.
page-not-found-title = Page not found
page-not-found-body = Check the link you were given. If you typed it, check it is spelled correctly.

# Shown by the server (not the widget) when answers sent without JavaScript came from an
# internet connection that has sent too many in a short time: nothing was counted, and the page
# has a "send" button to try again. $minutes is how long to wait (at least 1).
rate-limited-title = Your answers have not been counted yet
rate-limited-body = { $minutes ->
    [one] Too many answers have been sent from this internet connection in a short time, perhaps by other people using the same Wi-Fi. Please wait { $minutes } minute, then send your answers again.
   *[other] Too many answers have been sent from this internet connection in a short time, perhaps by other people using the same Wi-Fi. Please wait { $minutes } minutes, then send your answers again.
}

# Answers posted without JavaScript that the server could not save (its disk full, say):
# nothing was counted, and the page has a "send" button to try again.
not-saved-body = We could not save your answers just now because of a problem on our side. Your answers are still on this page: please wait a few minutes, then send them again.

# On a printed A4 poster (the server shows these, not the widget). The poster adds the
# form's title and "start-time" in each of its languages, a QR code and the link.
poster-invitation = Have your say: scan the code with your phone's camera.
poster-promise = It is anonymous: we do not ask your name, and nobody can tell who said what.
poster-also = You can also answer in:
poster-qr-label = QR code: scan it with your phone's camera to open the form
poster-type-link = Or type this address:
# On printed invite cards for invite-only forms (the server shows these). Each card adds the
# form's title, the code, a QR code, the link after invite-card-how, and a date after
# invite-card-use-by.
invite-card-label = Your invite code
invite-card-how = Scan the QR code with your phone's camera, or type this address, then type your code on the first page:
invite-card-promise = This code lets you answer once. It is not linked to your answers.
invite-card-use-by = Use it by:

## The start page

start-now = Start now
# $minutes is about how long the form takes.
start-time = { $minutes ->
    [one] It takes about 1 minute.
   *[other] It takes about { $minutes } minutes.
}
start-skip = You can skip any question, and stop at any time.
start-anonymous-title = Anonymous: what this means
start-anonymous-body = We do not ask your name, or anything else that says who you are. We do not keep your internet address, and we set no cookies.
start-kept-body = When you send your answers, each choice is added to a count, like a tally mark on a sheet. Anything you write in your own words is kept apart from your other answers, so nobody can put your answers back together.
start-no-reply = Because we do not know who you are, nobody can reply to what you write.
# Invite-only forms (a closed session): the code from a printed card, asked for on the
# start page, and on the check page when it was missing or refused.
invite-label = Your invite code
invite-hint = The code on the card you were given, like ABCD-EFGH. It is not linked to your answers.
invite-missing = Enter the invite code from the card you were given
invite-refused = This invite code has already been used or is not right. Check it, or ask the person running the session for another.

## On every page

get-help = Get help now
leave-page = Leave this page
leave-page-hint = Or press Escape three times.

## When the device is offline at the end

done-queued-title = Your answers are saved on this device
done-queued-body = They have not been sent yet because the connection failed. They will be sent by themselves when this device is back online, even if you close this page, as long as you open this form again on this device within 7 days. Nothing else is kept.
done-refused-title = Your answers could not be counted
done-refused-body = The answers saved on this device were sent, but the form has changed since you answered it, so they could not be counted. They have been removed from this device.
start-help-below = If you need help now, see below.

## Save and finish later (on this device only)

save-later = Save and finish later
save-later-unavailable = Saving your answers to finish later needs JavaScript, which is not running on this page. You can still answer every question and send your answers.
saved-title = Your answers are saved on this device
# $days is how long the device keeps them.
saved-body = { $days ->
    [one] They have not been sent to anyone. They are kept on this device only, for 1 day, and then removed.
   *[other] They have not been sent to anyone. They are kept on this device only, for { $days } days, and then removed.
}
saved-return = To finish, open this form again on this device. You will be asked if you want to continue where you left off.
continue-answering = Continue answering
resume-title = You have answers saved on this device
resume-body = You started answering this form on this device. Your answers have not been sent.
resume-continue = Continue where you left off
resume-restart = Start again
forget-device = Remove my answers from this device
draft-removed = Your answers have been removed from this device.

## Free-text questions

text-hint = Your answer is anonymous, so nobody can reply to it.
# After text-hint, on forms that have a support block.
help-pointer = If you need help now, use “Get help now” at the top of the page.
# $max is the limit in characters.
text-limit = You can enter up to { $max } characters
# The live character count. $count is how many are left, or how many too many.
chars-left = { $count ->
    [one] You have { $count } character remaining
   *[other] You have { $count } characters remaining
}
chars-over = { $count ->
    [one] You have { $count } character too many
   *[other] You have { $count } characters too many
}
# The text box under an "Other" option.
other-label = Please tell us

## Languages

# The accessible name of the list of languages on every page.
language-nav = Choose a language

# Said to screen readers with the progress. $count is how many questions come after this one.
questions-left = { $count ->
    [0] This is the last question
    [one] 1 question left
   *[other] { $count } questions left
}

## Free text that may identify someone (shown before it leaves the page)

identify-title = Your answer may show who someone is
identify-body = It looks like it includes a detail such as a phone number, an email or home address, a postcode, or an NHS or National Insurance number. We have marked it below. Anyone reading the answers could use it to find out who wrote it or who it is about.
identify-remove = Remove the marked details
identify-keep = Keep my answer as it is
names-reminder = Please do not include anyone’s name, including your own.

# On the confirmation page when the server said too many answers came from this connection.
done-limited-body = Many answers have come from this internet connection in the last hour (perhaps lots of people share it), so yours will be sent a little later, by themselves. They will go even if you close this page, as long as you open this form again on this device within 7 days. Nothing else is kept.

# How anonymity works, in a paragraph: linked from the start page, shown on its own page.
privacy-title = How your answers stay anonymous
privacy-summary = Chorus does not ask who you are. It does not keep your name, your internet address, cookies or the time you answered, only the day. Each choice you make is added to a running count, like a tally mark, and anything you write in your own words is kept on its own, not linked to your other answers. So nobody, not even the people running this form, can tell who said what. Results are only shared once enough people have answered, and small numbers are hidden. Please leave out your own name and other people’s.
privacy-back = Back to the form

## You said, we did

# What a group did after listening, written by its coordinators: the latest entries on the
# start and confirmation pages, all of them on a page of their own.
feedback-title = You said, we did
feedback-you-said = You said:
feedback-we-did = We did:
feedback-all = See everything we did after listening
feedback-intro = What people told us, and what we did about it. Thank you to everyone who answered.
feedback-none = Nothing here yet. When we have acted on what people told us, we will say so here.

## A form before it opens and after it closes

# Shown instead of the form on the days it does not take answers (its opens and closes days).
form-closed-title = This form is closed
form-closed-body = It is no longer taking answers. Thank you to everyone who shared their views.
form-not-open-title = This form is not open yet
form-not-open-body = It is not taking answers yet. Please come back when it opens.
