# The listening form's interface text, Urdu.
# Reviewed: no (machine translation by the Chorus team); needs review by a fluent speaker.

continue = جاری رکھیں
skip-question = یہ سوال چھوڑ دیں
back = واپس
check-title = اپنے جوابات بھیجنے سے پہلے انہیں چیک کر لیں
change = تبدیل کریں
not-answered = جواب نہیں دیا گیا
send = اپنے جوابات بھیجیں
sending = آپ کے جوابات بھیجے جا رہے ہیں…
sending-slow = آپ کے جوابات ابھی بھی بھیجے جا رہے ہیں۔ کچھ فونز پر اس میں چند سیکنڈ لگتے ہیں۔
done-title = شکریہ، آپ کے جوابات گن لیے گئے ہیں
done-body = ہم صرف یہ گنتی رکھتے ہیں کہ لوگوں نے کون سے جواب چنے، اور الگ سے وہ الفاظ جو آپ نے لکھے ہوں۔ ہمارے پاس رکھی گئی کوئی بھی چیز یہ نہیں بتاتی کہ آپ کون ہیں، اور نہ ہی آپ کے جوابات کو آپس میں جوڑتی ہے۔
error-summary-title = ایک مسئلہ ہے
error-prefix = خرابی:
error-not-sent = آپ کے جوابات ابھی گنے نہیں گئے۔ اپنا انٹرنیٹ کنکشن چیک کریں اور دوبارہ کوشش کریں۔ اگر ایسا پھر ہو تو ہو سکتا ہے کہ آپ کے کھولنے کے بعد فارم بدل گیا ہو: اسے شروع سے دوبارہ کھولیں۔

# On "Check your answers" when the form checks that answers come from a person, not a
# program (proof of work), and that check failed twice: nothing was counted, and the answers
# are still on the page.
error-check-failed = آپ کے جوابات گنے نہیں گئے۔ یہ فارم جانچتا ہے کہ جوابات کسی انسان کی طرف سے آ رہے ہیں، کسی کمپیوٹر پروگرام کی طرف سے نہیں، اور اس بار یہ جانچ کامیاب نہیں ہوئی۔ آپ کے جوابات ابھی بھی یہاں موجود ہیں: انہیں دوبارہ بھیجنے کی کوشش کریں۔

# Shown above each question. $number is this question's position, $total how many there are.
question-progress = { $total } میں سے سوال { $number }

# Under a text box whose answer is too long. $max is the limit in characters.
error-too-long = { $max ->
    [one] آپ کا جواب زیادہ سے زیادہ { $max } حرف کا ہونا چاہیے
   *[other] آپ کا جواب زیادہ سے زیادہ { $max } حروف کا ہونا چاہیے
}

# Under checkboxes when more are ticked than allowed. $max is how many may be ticked.
error-too-many = { $max ->
    [one] صرف { $max } آپشن منتخب کریں
   *[other] { $max } یا اس سے کم آپشنز منتخب کریں
}

# Shown by the server (not the widget) for a link to a form or page that does not exist.
page-not-found-title = صفحہ نہیں ملا
page-not-found-body = آپ کو دیا گیا لنک چیک کریں۔ اگر آپ نے اسے خود ٹائپ کیا ہے تو چیک کریں کہ اس کے ہجے درست ہیں۔

# Shown by the server (not the widget) when answers sent without JavaScript came from an
# internet connection that has sent too many in a short time: nothing was counted, and the page
# has a "send" button to try again. $minutes is how long to wait (at least 1).
rate-limited-title = آپ کے جوابات ابھی گنے نہیں گئے
rate-limited-body = { $minutes ->
    [one] تھوڑے وقت میں اس انٹرنیٹ کنکشن سے بہت زیادہ جوابات بھیجے گئے ہیں، شاید اسی وائی فائی کو استعمال کرنے والے دوسرے لوگوں کی طرف سے۔ براہ کرم ایک منٹ انتظار کریں، پھر اپنے جوابات دوبارہ بھیجیں۔
   *[other] تھوڑے وقت میں اس انٹرنیٹ کنکشن سے بہت زیادہ جوابات بھیجے گئے ہیں، شاید اسی وائی فائی کو استعمال کرنے والے دوسرے لوگوں کی طرف سے۔ براہ کرم { $minutes } منٹ انتظار کریں، پھر اپنے جوابات دوبارہ بھیجیں۔
}
not-saved-body = ہماری طرف کے ایک مسئلے کی وجہ سے اس وقت آپ کے جوابات محفوظ نہیں ہو سکے۔ آپ کے جوابات ابھی اسی صفحے پر ہیں: براہ کرم چند منٹ انتظار کریں، پھر انہیں دوبارہ بھیجیں۔

poster-invitation = اپنی رائے دیں: اپنے فون کے کیمرے سے کوڈ اسکین کریں۔
poster-promise = یہ گمنام ہے: ہم آپ کا نام نہیں پوچھتے، اور کوئی نہیں جان سکتا کہ کس نے کیا کہا۔
poster-also = آپ ان زبانوں میں بھی جواب دے سکتے ہیں:
poster-qr-label = QR کوڈ: فارم کھولنے کے لیے اسے اپنے فون کے کیمرے سے اسکین کریں
poster-type-link = یا یہ پتہ ٹائپ کریں:
invite-card-label = آپ کا دعوتی کوڈ
invite-card-how = اپنے فون کے کیمرے سے QR کوڈ اسکین کریں، یا یہ پتہ ٹائپ کریں، پھر پہلے صفحے پر اپنا کوڈ ٹائپ کریں:
invite-card-promise = اس کوڈ سے آپ ایک بار جواب دے سکتے ہیں۔ یہ آپ کے جوابات سے منسلک نہیں ہے۔
invite-card-use-by = اس تاریخ تک استعمال کریں:

## The start page

start-now = ابھی شروع کریں
# $minutes is about how long the form takes.
start-time = { $minutes ->
    [one] اس میں تقریباً ایک منٹ لگتا ہے۔
   *[other] اس میں تقریباً { $minutes } منٹ لگتے ہیں۔
}
start-skip = آپ کوئی بھی سوال چھوڑ سکتے ہیں، اور کسی بھی وقت رک سکتے ہیں۔
start-anonymous-title = گمنام: اس کا کیا مطلب ہے
start-anonymous-body = ہم آپ کا نام نہیں پوچھتے، نہ ہی کوئی اور ایسی بات جس سے پتا چلے کہ آپ کون ہیں۔ ہم آپ کا انٹرنیٹ ایڈریس نہیں رکھتے، اور ہم کوئی کوکیز نہیں لگاتے۔
start-kept-body = جب آپ اپنے جوابات بھیجتے ہیں تو ہر انتخاب ایک گنتی میں شامل ہو جاتا ہے، جیسے کاغذ پر گنتی کی لکیر لگانا۔ آپ اپنے الفاظ میں جو کچھ بھی لکھتے ہیں وہ آپ کے باقی جوابات سے الگ رکھا جاتا ہے، تاکہ کوئی بھی آپ کے جوابات کو دوبارہ آپس میں جوڑ نہ سکے۔
start-no-reply = چونکہ ہمیں معلوم نہیں کہ آپ کون ہیں، اس لیے کوئی بھی آپ کی لکھی ہوئی بات کا جواب نہیں دے سکتا۔
# Invite-only forms (a closed session): the code from a printed card, asked for on the
# start page, and on the check page when it was missing or refused.
invite-label = آپ کا دعوتی کوڈ
invite-hint = آپ کو دیے گئے کارڈ پر لکھا ہوا کوڈ، جیسے ABCD-EFGH۔ یہ آپ کے جوابات سے منسلک نہیں ہے۔
invite-missing = آپ کو دیے گئے کارڈ پر لکھا ہوا دعوتی کوڈ درج کریں
invite-refused = یہ دعوتی کوڈ پہلے ہی استعمال ہو چکا ہے یا درست نہیں ہے۔ اسے چیک کریں، یا سیشن چلانے والے شخص سے کوئی دوسرا کوڈ مانگیں۔

## On every page

get-help = ابھی مدد حاصل کریں
leave-page = یہ صفحہ ابھی چھوڑ دیں
leave-page-hint = یا Esc کا بٹن تین بار دبائیں۔

## When the device is offline at the end

done-queued-title = آپ کے جوابات اس ڈیوائس پر محفوظ ہیں
done-queued-body = کنکشن ناکام ہونے کی وجہ سے یہ ابھی بھیجے نہیں گئے۔ جب یہ ڈیوائس دوبارہ آن لائن ہو گی تو یہ خود بخود بھیج دیے جائیں گے، چاہے آپ یہ صفحہ بند کر دیں، بس شرط یہ ہے کہ آپ سات دن کے اندر اسی ڈیوائس پر یہ فارم دوبارہ کھولیں۔ اس کے علاوہ کچھ بھی نہیں رکھا جاتا۔
done-refused-title = آپ کے جوابات گنے نہیں جا سکے
done-refused-body = اس ڈیوائس پر محفوظ جوابات بھیج دیے گئے، لیکن آپ کے جواب دینے کے بعد فارم بدل گیا تھا، اس لیے انہیں گنا نہیں جا سکا۔ انہیں اس ڈیوائس سے ہٹا دیا گیا ہے۔
start-help-below = اگر آپ کو ابھی مدد چاہیے تو نیچے دیکھیں۔

## Save and finish later (on this device only)

save-later = محفوظ کریں اور بعد میں مکمل کریں
save-later-unavailable = جوابات محفوظ کر کے بعد میں مکمل کرنے کے لیے JavaScript ضروری ہے، جو اس صفحے پر نہیں چل رہا۔ آپ پھر بھی ہر سوال کا جواب دے سکتے ہیں اور اپنے جوابات بھیج سکتے ہیں۔
saved-title = آپ کے جوابات اس ڈیوائس پر محفوظ ہیں
# $days is how long the device keeps them.
saved-body = { $days ->
    [one] یہ کسی کو نہیں بھیجے گئے۔ یہ صرف اس ڈیوائس پر، ایک دن کے لیے رکھے جاتے ہیں، اور پھر ہٹا دیے جاتے ہیں۔
   *[other] یہ کسی کو نہیں بھیجے گئے۔ یہ صرف اس ڈیوائس پر، { $days } دن کے لیے رکھے جاتے ہیں، اور پھر ہٹا دیے جاتے ہیں۔
}
saved-return = مکمل کرنے کے لیے، یہ فارم اسی ڈیوائس پر دوبارہ کھولیں۔ آپ سے پوچھا جائے گا کہ کیا آپ وہیں سے جاری رکھنا چاہتے ہیں جہاں آپ نے چھوڑا تھا۔
continue-answering = جواب دینا جاری رکھیں
resume-title = اس ڈیوائس پر آپ کے جوابات محفوظ ہیں
resume-body = آپ نے اس ڈیوائس پر یہ فارم بھرنا شروع کیا تھا۔ آپ کے جوابات ابھی بھیجے نہیں گئے۔
resume-continue = وہیں سے جاری رکھیں جہاں آپ نے چھوڑا تھا
resume-restart = دوبارہ شروع کریں
forget-device = میرے جوابات اس ڈیوائس سے ہٹا دیں
draft-removed = آپ کے جوابات اس ڈیوائس سے ہٹا دیے گئے ہیں۔

## Free-text questions

text-hint = آپ کا جواب گمنام ہے، اس لیے کوئی بھی آپ کو اس کا جواب نہیں دے سکتا۔
# After text-hint, on forms that have a support block.
help-pointer = اگر آپ کو ابھی مدد چاہیے تو صفحے کے اوپر “ابھی مدد حاصل کریں” استعمال کریں۔
# $max is the limit in characters.
text-limit = { $max ->
    [one] آپ زیادہ سے زیادہ { $max } حرف لکھ سکتے ہیں
   *[other] آپ زیادہ سے زیادہ { $max } حروف لکھ سکتے ہیں
}
# The live character count. $count is how many are left, or how many too many.
chars-left = { $count ->
    [one] آپ کے پاس { $count } حرف باقی ہے
   *[other] آپ کے پاس { $count } حروف باقی ہیں
}
chars-over = { $count ->
    [one] آپ نے { $count } حرف زیادہ لکھا ہے
   *[other] آپ نے { $count } حروف زیادہ لکھے ہیں
}
# The text box under an "Other" option.
other-label = براہ کرم ہمیں بتائیں

## Languages

# The accessible name of the list of languages on every page.
language-nav = زبان منتخب کریں

# Said to screen readers with the progress. $count is how many questions come after this one.
questions-left = { $count ->
    [0] یہ آخری سوال ہے
    [one] ایک سوال باقی ہے
   *[other] { $count } سوال باقی ہیں
}

identify-title = آپ کے جواب سے پتہ چل سکتا ہے کہ کوئی کون ہے
identify-body = لگتا ہے کہ اس میں فون نمبر، ای میل یا گھر کا پتہ، پوسٹ کوڈ، یا NHS یا نیشنل انشورنس نمبر جیسی کوئی تفصیل ہے۔ ہم نے اسے نیچے نشان زد کیا ہے۔ جواب پڑھنے والا کوئی بھی اسے استعمال کر کے جان سکتا ہے کہ یہ کس نے لکھا یا یہ کس کے بارے میں ہے۔
identify-remove = نشان زد تفصیلات ہٹائیں
identify-keep = میرا جواب جیسا ہے ویسا ہی رکھیں
names-reminder = براہ کرم کسی کا نام نہ لکھیں، اپنا نام بھی نہیں۔

done-limited-body = پچھلے ایک گھنٹے میں اس انٹرنیٹ کنکشن سے بہت سے جوابات آئے ہیں (شاید بہت سے لوگ اسے استعمال کرتے ہیں)، اس لیے آپ کے جوابات کچھ دیر بعد خود بخود بھیجے جائیں گے۔ اگر آپ یہ صفحہ بند کر دیں تب بھی وہ جائیں گے، بشرطیکہ آپ 7 دن کے اندر اس آلے پر یہ فارم دوبارہ کھولیں۔ اس کے علاوہ کچھ نہیں رکھا جاتا۔

privacy-title = آپ کے جوابات گمنام کیسے رہتے ہیں
privacy-summary = Chorus یہ نہیں پوچھتا کہ آپ کون ہیں۔ یہ آپ کا نام، آپ کا انٹرنیٹ پتہ، کوکیز یا آپ کے جواب دینے کا وقت نہیں رکھتا، صرف دن رکھتا ہے۔ آپ کا ہر انتخاب ایک جاری گنتی میں شامل ہو جاتا ہے، جیسے گنتی کا نشان، اور جو کچھ آپ اپنے الفاظ میں لکھتے ہیں وہ الگ رکھا جاتا ہے، آپ کے دوسرے جوابات سے جوڑے بغیر۔ اس لیے کوئی بھی، اس فارم کو چلانے والے بھی، یہ نہیں بتا سکتے کہ کس نے کیا کہا۔ نتائج تبھی شیئر کیے جاتے ہیں جب کافی لوگ جواب دے چکے ہوں، اور چھوٹی تعداد چھپا دی جاتی ہے۔ براہ کرم اپنا یا دوسروں کا نام نہ لکھیں۔
privacy-back = فارم پر واپس جائیں

feedback-title = آپ نے کہا، ہم نے کیا
feedback-you-said = آپ نے کہا:
feedback-we-did = ہم نے کیا:
feedback-all = سننے کے بعد ہم نے جو کچھ کیا وہ سب دیکھیں
feedback-intro = لوگوں نے ہمیں کیا بتایا، اور ہم نے اس بارے میں کیا کیا۔ جواب دینے والے ہر شخص کا شکریہ۔
feedback-none = یہاں ابھی کچھ نہیں ہے۔ جب ہم لوگوں کی بتائی ہوئی باتوں پر عمل کریں گے تو یہاں بتائیں گے۔

form-closed-title = یہ فارم بند ہے
form-closed-body = یہ اب جوابات نہیں لے رہا۔ اپنی رائے دینے والے ہر شخص کا شکریہ۔
form-not-open-title = یہ فارم ابھی کھلا نہیں ہے
form-not-open-body = یہ ابھی جوابات نہیں لے رہا۔ جب یہ کھلے تو واپس آئیں۔
