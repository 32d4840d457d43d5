# The listening form's interface text, Arabic.
# Reviewed: no (machine translation by the Chorus team); needs review by a fluent speaker.

continue = متابعة
skip-question = تخطَّ هذا السؤال
back = رجوع
check-title = راجع إجاباتك قبل إرسالها
change = تغيير
not-answered = لم تتم الإجابة
send = أرسل إجاباتك
sending = جارٍ إرسال إجاباتك…
sending-slow = ما زلنا نرسل إجاباتك. قد يستغرق ذلك بضع ثوانٍ على بعض الهواتف.
done-title = شكرًا لك، تم احتساب إجاباتك
done-body = نحتفظ فقط بعدد المرات التي اختار فيها الناس كل إجابة، ونحتفظ بشكل منفصل بأي كلمات كتبتها. لا شيء مما نحتفظ به يكشف من أنت أو يربط إجاباتك ببعضها.
error-summary-title = توجد مشكلة
error-prefix = خطأ:
error-not-sent = لم يتم احتساب إجاباتك بعد. تحقق من اتصالك بالإنترنت وحاول مرة أخرى. إذا تكرر ذلك، فربما تغيّر النموذج منذ أن فتحته: افتحه مرة أخرى من البداية.

# On "Check your answers" when the form checks that answers come from a person, not a
# program (proof of work), and that check failed twice: nothing was counted, and the answers
# are still on the page.
error-check-failed = لم يتم احتساب إجاباتك. يتحقق هذا النموذج من أن الإجابات صادرة عن شخص، وليس عن برنامج حاسوبي، ولم ينجح هذا التحقق هذه المرة. إجاباتك لا تزال هنا: حاول إرسالها مرة أخرى.

# Shown above each question. $number is this question's position, $total how many there are.
question-progress = السؤال { $number } من { $total }

# Under a text box whose answer is too long. $max is the limit in characters.
error-too-long = { $max ->
    [zero] يجب ألا تحتوي إجابتك على أي حرف
    [one] يجب ألا تزيد إجابتك على حرف واحد
    [two] يجب ألا تزيد إجابتك على حرفين
    [few] يجب ألا تزيد إجابتك على { $max } أحرف
    [many] يجب ألا تزيد إجابتك على { $max } حرفًا
   *[other] يجب ألا تزيد إجابتك على { $max } حرف
}

# Under checkboxes when more are ticked than allowed. $max is how many may be ticked.
error-too-many = { $max ->
    [zero] لا يمكنك اختيار أي خيار
    [one] اختر خيارًا واحدًا فقط
    [two] اختر خيارين أو أقل
    [few] اختر { $max } خيارات أو أقل
    [many] اختر { $max } خيارًا أو أقل
   *[other] اختر { $max } خيار أو أقل
}

# Shown by the server (not the widget) for a link to a form or page that does not exist.
page-not-found-title = الصفحة غير موجودة
page-not-found-body = تحقق من الرابط الذي أُعطي لك. إذا كتبته بنفسك، فتحقق من أنه مكتوب بشكل صحيح.

# Shown by the server (not the widget) when answers sent without JavaScript came from an
# internet connection that has sent too many in a short time: nothing was counted, and the page
# has a "send" button to try again. $minutes is how long to wait (at least 1).
rate-limited-title = لم يتم احتساب إجاباتك بعد
rate-limited-body = { $minutes ->
    [zero] تم إرسال عدد كبير جدًا من الإجابات من اتصال الإنترنت هذا في وقت قصير، ربما من أشخاص آخرين يستخدمون شبكة الواي فاي نفسها. يُرجى الانتظار قليلًا، ثم إرسال إجاباتك مرة أخرى.
    [one] تم إرسال عدد كبير جدًا من الإجابات من اتصال الإنترنت هذا في وقت قصير، ربما من أشخاص آخرين يستخدمون شبكة الواي فاي نفسها. يُرجى الانتظار دقيقة واحدة، ثم إرسال إجاباتك مرة أخرى.
    [two] تم إرسال عدد كبير جدًا من الإجابات من اتصال الإنترنت هذا في وقت قصير، ربما من أشخاص آخرين يستخدمون شبكة الواي فاي نفسها. يُرجى الانتظار دقيقتين، ثم إرسال إجاباتك مرة أخرى.
    [few] تم إرسال عدد كبير جدًا من الإجابات من اتصال الإنترنت هذا في وقت قصير، ربما من أشخاص آخرين يستخدمون شبكة الواي فاي نفسها. يُرجى الانتظار { $minutes } دقائق، ثم إرسال إجاباتك مرة أخرى.
    [many] تم إرسال عدد كبير جدًا من الإجابات من اتصال الإنترنت هذا في وقت قصير، ربما من أشخاص آخرين يستخدمون شبكة الواي فاي نفسها. يُرجى الانتظار { $minutes } دقيقة، ثم إرسال إجاباتك مرة أخرى.
   *[other] تم إرسال عدد كبير جدًا من الإجابات من اتصال الإنترنت هذا في وقت قصير، ربما من أشخاص آخرين يستخدمون شبكة الواي فاي نفسها. يُرجى الانتظار { $minutes } دقيقة، ثم إرسال إجاباتك مرة أخرى.
}
not-saved-body = تعذّر علينا حفظ إجاباتك الآن بسبب مشكلة من جهتنا. إجاباتك ما زالت في هذه الصفحة: يُرجى الانتظار بضع دقائق، ثم إرسالها مرة أخرى.

poster-invitation = شارك برأيك: امسح الرمز بكاميرا هاتفك.
poster-promise = المشاركة مجهولة الهوية: لا نطلب اسمك، ولا يمكن لأحد أن يعرف من قال ماذا.
poster-also = يمكنك أيضًا الإجابة بـ:
poster-qr-label = رمز QR: امسحه بكاميرا هاتفك لفتح الاستمارة
poster-type-link = أو اكتب هذا العنوان:
invite-card-label = رمز الدعوة الخاص بك
invite-card-how = امسح رمز QR بكاميرا هاتفك، أو اكتب هذا العنوان، ثم اكتب رمزك في الصفحة الأولى:
invite-card-promise = يتيح لك هذا الرمز الإجابة مرة واحدة. وهو غير مرتبط بإجاباتك.
invite-card-use-by = استخدمه قبل:

## The start page

start-now = ابدأ الآن
# $minutes is about how long the form takes.
start-time = { $minutes ->
    [zero] يستغرق ملء النموذج أقل من دقيقة.
    [one] يستغرق ملء النموذج دقيقة واحدة تقريبًا.
    [two] يستغرق ملء النموذج دقيقتين تقريبًا.
    [few] يستغرق ملء النموذج نحو { $minutes } دقائق.
    [many] يستغرق ملء النموذج نحو { $minutes } دقيقة.
   *[other] يستغرق ملء النموذج نحو { $minutes } دقيقة.
}
start-skip = يمكنك تخطي أي سؤال، والتوقف في أي وقت.
start-anonymous-title = مجهول الهوية: ماذا يعني ذلك
start-anonymous-body = لا نسألك عن اسمك، ولا عن أي شيء آخر يكشف من أنت. لا نحتفظ بعنوان الإنترنت الخاص بك، ولا نستخدم ملفات تعريف الارتباط (الكوكيز).
start-kept-body = عندما ترسل إجاباتك، يُضاف كل اختيار إلى عدد، مثل علامة عدّ على ورقة. أي شيء تكتبه بكلماتك الخاصة يُحفظ منفصلًا عن إجاباتك الأخرى، حتى لا يستطيع أحد أن يجمع إجاباتك معًا من جديد.
start-no-reply = لأننا لا نعرف من أنت، لا يمكن لأحد أن يرد على ما تكتبه.
# Invite-only forms (a closed session): the code from a printed card, asked for on the
# start page, and on the check page when it was missing or refused.
invite-label = رمز الدعوة الخاص بك
invite-hint = الرمز المكتوب على البطاقة التي أُعطيت لك، مثل ABCD-EFGH. لا يرتبط هذا الرمز بإجاباتك.
invite-missing = أدخل رمز الدعوة المكتوب على البطاقة التي أُعطيت لك
invite-refused = رمز الدعوة هذا استُخدم من قبل أو أنه غير صحيح. تحقق منه، أو اطلب رمزًا آخر من الشخص الذي يدير الجلسة.

## On every page

get-help = احصل على المساعدة الآن
leave-page = غادر هذه الصفحة الآن
leave-page-hint = أو اضغط على مفتاح Esc ثلاث مرات.

## When the device is offline at the end

done-queued-title = إجاباتك محفوظة على هذا الجهاز
done-queued-body = لم تُرسل بعد لأن الاتصال فشل. ستُرسل تلقائيًا عندما يعود هذا الجهاز إلى الاتصال بالإنترنت، حتى لو أغلقت هذه الصفحة، بشرط أن تفتح هذا النموذج مرة أخرى على هذا الجهاز خلال سبعة أيام. لا نحتفظ بأي شيء آخر.
done-refused-title = تعذّر احتساب إجاباتك
done-refused-body = أُرسلت الإجابات المحفوظة على هذا الجهاز، لكن النموذج تغيّر منذ أن أجبت عنه، لذلك تعذّر احتسابها. وقد حُذفت من هذا الجهاز.
start-help-below = إذا كنت بحاجة إلى مساعدة الآن، فانظر أدناه.

## Save and finish later (on this device only)

save-later = احفظ وأكمل لاحقًا
save-later-unavailable = حفظ إجاباتك لإكمالها لاحقًا يحتاج إلى JavaScript، وهي لا تعمل في هذه الصفحة. لا يزال بإمكانك الإجابة عن كل الأسئلة وإرسال إجاباتك.
saved-title = إجاباتك محفوظة على هذا الجهاز
# $days is how long the device keeps them.
saved-body = { $days ->
    [zero] لم تُرسل إلى أحد. تُحفظ على هذا الجهاز فقط، لفترة قصيرة، ثم تُحذف.
    [one] لم تُرسل إلى أحد. تُحفظ على هذا الجهاز فقط، لمدة يوم واحد، ثم تُحذف.
    [two] لم تُرسل إلى أحد. تُحفظ على هذا الجهاز فقط، لمدة يومين، ثم تُحذف.
    [few] لم تُرسل إلى أحد. تُحفظ على هذا الجهاز فقط، لمدة { $days } أيام، ثم تُحذف.
    [many] لم تُرسل إلى أحد. تُحفظ على هذا الجهاز فقط، لمدة { $days } يومًا، ثم تُحذف.
   *[other] لم تُرسل إلى أحد. تُحفظ على هذا الجهاز فقط، لمدة { $days } يوم، ثم تُحذف.
}
saved-return = لإكمال الإجابة، افتح هذا النموذج مرة أخرى على هذا الجهاز. سنسألك إن كنت تريد المتابعة من حيث توقفت.
continue-answering = تابع الإجابة
resume-title = لديك إجابات محفوظة على هذا الجهاز
resume-body = بدأت الإجابة عن هذا النموذج على هذا الجهاز. لم تُرسل إجاباتك بعد.
resume-continue = تابع من حيث توقفت
resume-restart = ابدأ من جديد
forget-device = احذف إجاباتي من هذا الجهاز
draft-removed = حُذفت إجاباتك من هذا الجهاز.

## Free-text questions

text-hint = إجابتك لا تكشف من أنت، لذلك لا يمكن لأحد أن يرد عليها.
# After text-hint, on forms that have a support block.
help-pointer = إذا كنت بحاجة إلى مساعدة الآن، فاستخدم «احصل على المساعدة الآن» في أعلى الصفحة.
# $max is the limit in characters.
text-limit = { $max ->
    [zero] لا يمكنك كتابة أي حرف
    [one] يمكنك كتابة حرف واحد كحد أقصى
    [two] يمكنك كتابة حرفين كحد أقصى
    [few] يمكنك كتابة ما يصل إلى { $max } أحرف
    [many] يمكنك كتابة ما يصل إلى { $max } حرفًا
   *[other] يمكنك كتابة ما يصل إلى { $max } حرف
}
# The live character count. $count is how many are left, or how many too many.
chars-left = { $count ->
    [zero] لم يتبقَّ لك أي حرف
    [one] تبقّى لك حرف واحد
    [two] تبقّى لك حرفان
    [few] تبقّى لك { $count } أحرف
    [many] تبقّى لك { $count } حرفًا
   *[other] تبقّى لك { $count } حرف
}
chars-over = { $count ->
    [zero] ليس لديك أي حرف زائد
    [one] لديك حرف واحد زائد
    [two] لديك حرفان زائدان
    [few] لديك { $count } أحرف زائدة
    [many] لديك { $count } حرفًا زائدًا
   *[other] لديك { $count } حرف زائد
}
# The text box under an "Other" option.
other-label = يُرجى إخبارنا

## Languages

# The accessible name of the list of languages on every page.
language-nav = اختر لغة

# Said to screen readers with the progress. $count is how many questions come after this one.
questions-left = { $count ->
    [0] هذا هو السؤال الأخير
    [zero] لم يتبقَّ أي سؤال
    [one] تبقّى سؤال واحد
    [two] تبقّى سؤالان
    [few] تبقّى { $count } أسئلة
    [many] تبقّى { $count } سؤالًا
   *[other] تبقّى { $count } سؤال
}

identify-title = قد تكشف إجابتك هوية شخص ما
identify-body = يبدو أنها تتضمن تفصيلًا مثل رقم هاتف أو بريد إلكتروني أو عنوان منزل أو رمز بريدي أو رقم هيئة الخدمات الصحية الوطنية أو رقم التأمين الوطني. لقد ميّزناه أدناه. يمكن لأي شخص يقرأ الإجابات أن يستخدمه لمعرفة من كتبها أو عمّن تتحدث.
identify-remove = احذف التفاصيل المميّزة
identify-keep = أبقِ إجابتي كما هي
names-reminder = من فضلك لا تذكر اسم أي شخص، بما في ذلك اسمك.

done-limited-body = وصلت إجابات كثيرة من اتصال الإنترنت هذا خلال الساعة الماضية (ربما يشترك فيه أشخاص كثيرون)، لذا ستُرسل إجاباتك بعد قليل تلقائيًا. ستُرسل حتى لو أغلقت هذه الصفحة، بشرط أن تفتح هذه الاستمارة مرة أخرى على هذا الجهاز خلال 7 أيام. لا نحتفظ بأي شيء آخر.

privacy-title = كيف تبقى إجاباتك مجهولة الهوية
privacy-summary = لا يسألك Chorus عن هويتك. لا يحتفظ باسمك ولا بعنوان الإنترنت الخاص بك ولا بملفات تعريف الارتباط ولا بوقت إجابتك، بل باليوم فقط. يُضاف كل اختيار تقوم به إلى عدّاد، مثل علامة عدّ، وكل ما تكتبه بكلماتك يُحفظ وحده، غير مرتبط بإجاباتك الأخرى. لذلك لا يمكن لأحد، ولا حتى القائمين على هذه الاستمارة، أن يعرف من قال ماذا. لا تُشارَك النتائج إلا بعد أن يجيب عدد كافٍ من الناس، وتُخفى الأعداد الصغيرة. من فضلك لا تذكر اسمك ولا أسماء الآخرين.
privacy-back = العودة إلى الاستمارة

feedback-title = قلتم، ففعلنا
feedback-you-said = قلتم:
feedback-we-did = فعلنا:
feedback-all = اطّلع على كل ما فعلناه بعد الاستماع
feedback-intro = ما أخبرنا به الناس، وما فعلناه حياله. شكرًا لكل من أجاب.
feedback-none = لا يوجد شيء هنا بعد. عندما نتخذ إجراءً بشأن ما أخبرنا به الناس، سنذكر ذلك هنا.

form-closed-title = هذا النموذج مغلق
form-closed-body = لم يعد يستقبل إجابات. شكرًا لكل من شاركنا رأيه.
form-not-open-title = هذا النموذج غير مفتوح بعد
form-not-open-body = لا يستقبل إجابات بعد. يرجى العودة عندما يُفتح.
