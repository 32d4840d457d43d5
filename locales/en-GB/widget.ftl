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
done-title = Thank you, your answers have been counted
done-body = We keep only counts of the answers people choose and, separately, any words you wrote. Nothing we keep says who you are or links your answers together.
error-summary-title = There is a problem
error-prefix = Error:
error-not-sent = Your answers have not been sent yet. Check your internet connection and try again.

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
