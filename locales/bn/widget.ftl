# The listening form's interface text, Bengali.
# Reviewed: no (machine translation by the Chorus team); needs review by a fluent speaker.

continue = চালিয়ে যান
skip-question = এই প্রশ্নটি বাদ দিন
back = ফিরে যান
check-title = পাঠানোর আগে আপনার উত্তরগুলো দেখে নিন
change = বদলান
not-answered = উত্তর দেওয়া হয়নি
send = আপনার উত্তরগুলো পাঠান
sending = আপনার উত্তরগুলো পাঠানো হচ্ছে…
sending-slow = আপনার উত্তরগুলো এখনো পাঠানো হচ্ছে। কিছু ফোনে এতে কয়েক সেকেন্ড সময় লাগে।
done-title = ধন্যবাদ, আপনার উত্তরগুলো গণনায় যোগ করা হয়েছে
done-body = লোকে কোন উত্তর বেছে নেন, আমরা শুধু তার সংখ্যাটুকু রাখি। এর সাথে আলাদা করে রাখি আপনি নিজের কথায় যা লিখেছেন। আমরা যা রাখি, তা থেকে আপনি কে তা জানা যায় না, আর আপনার উত্তরগুলো একসাথে জোড়াও লাগানো যায় না।
error-summary-title = একটি সমস্যা হয়েছে
error-prefix = ভুল:
error-not-sent = আপনার উত্তরগুলো এখনো গণনায় যোগ হয়নি। আপনার ইন্টারনেট সংযোগ দেখে নিয়ে আবার চেষ্টা করুন। আবার এমন হলে, হয়তো আপনি খোলার পর ফর্মটি বদলে গেছে: তাহলে ফর্মটি আবার শুরু থেকে খুলুন।

# On "Check your answers" when the form checks that answers come from a person, not a
# program (proof of work), and that check failed twice: nothing was counted, and the answers
# are still on the page.
error-check-failed = আপনার উত্তরগুলো গণনায় যোগ হয়নি। এই ফর্মটি যাচাই করে যে উত্তরগুলো কোনো মানুষের কাছ থেকে আসছে, কোনো কম্পিউটার প্রোগ্রাম থেকে নয়, আর এবার সেই যাচাই সফল হয়নি। আপনার উত্তরগুলো এখনো এখানেই আছে: সেগুলো আবার পাঠানোর চেষ্টা করুন।

# Shown above each question. $number is this question's position, $total how many there are.
question-progress = { $total }টির মধ্যে { $number } নম্বর প্রশ্ন

# Under a text box whose answer is too long. $max is the limit in characters.
error-too-long = { $max ->
    [one] আপনার উত্তর { $max } অক্ষর বা তার কম হতে হবে
   *[other] আপনার উত্তর { $max } অক্ষর বা তার কম হতে হবে
}

# Under checkboxes when more are ticked than allowed. $max is how many may be ticked.
error-too-many = { $max ->
    [one] শুধু { $max }টি বিকল্প বেছে নিন
   *[other] { $max }টি বা তার কম বিকল্প বেছে নিন
}

# Shown by the server (not the widget) for a link to a form or page that does not exist.
page-not-found-title = পাতাটি পাওয়া যায়নি
page-not-found-body = আপনাকে যে লিংক দেওয়া হয়েছে সেটি দেখে নিন। আপনি নিজে টাইপ করে থাকলে, বানান ঠিক আছে কিনা দেখে নিন।

# Shown by the server (not the widget) when answers sent without JavaScript came from an
# internet connection that has sent too many in a short time: nothing was counted, and the page
# has a "send" button to try again. $minutes is how long to wait (at least 1).
rate-limited-title = আপনার উত্তরগুলো এখনো গণনায় যোগ হয়নি
rate-limited-body = { $minutes ->
    [one] অল্প সময়ের মধ্যে এই ইন্টারনেট সংযোগ থেকে অনেক বেশি উত্তর পাঠানো হয়েছে, হয়তো একই ওয়াই-ফাই ব্যবহার করা অন্য কেউ পাঠিয়েছেন। অনুগ্রহ করে { $minutes } মিনিট অপেক্ষা করুন, তারপর আপনার উত্তরগুলো আবার পাঠান।
   *[other] অল্প সময়ের মধ্যে এই ইন্টারনেট সংযোগ থেকে অনেক বেশি উত্তর পাঠানো হয়েছে, হয়তো একই ওয়াই-ফাই ব্যবহার করা অন্য কেউ পাঠিয়েছেন। অনুগ্রহ করে { $minutes } মিনিট অপেক্ষা করুন, তারপর আপনার উত্তরগুলো আবার পাঠান।
}
not-saved-body = আমাদের দিকের একটি সমস্যার কারণে এই মুহূর্তে আপনার উত্তরগুলো সংরক্ষণ করা যায়নি। আপনার উত্তরগুলো এখনো এই পাতায় আছে: অনুগ্রহ করে কয়েক মিনিট অপেক্ষা করুন, তারপর আবার পাঠান।

poster-invitation = আপনার মতামত দিন: আপনার ফোনের ক্যামেরা দিয়ে কোডটি স্ক্যান করুন।
poster-promise = এটি বেনামী: আমরা আপনার নাম জিজ্ঞাসা করি না, এবং কে কী বলেছে তা কেউ জানতে পারে না।
poster-also = আপনি এই ভাষাগুলোতেও উত্তর দিতে পারেন:
poster-qr-label = QR কোড: ফর্মটি খুলতে আপনার ফোনের ক্যামেরা দিয়ে এটি স্ক্যান করুন
poster-type-link = অথবা এই ঠিকানাটি টাইপ করুন:
invite-card-label = আপনার আমন্ত্রণ কোড
invite-card-how = আপনার ফোনের ক্যামেরা দিয়ে QR কোডটি স্ক্যান করুন, অথবা এই ঠিকানাটি টাইপ করুন, তারপর প্রথম পাতায় আপনার কোডটি টাইপ করুন:
invite-card-promise = এই কোড দিয়ে আপনি একবার উত্তর দিতে পারবেন। এটি আপনার উত্তরের সাথে যুক্ত নয়।
invite-card-use-by = এই তারিখের মধ্যে ব্যবহার করুন:

## The start page

start-now = এখনই শুরু করুন
# $minutes is about how long the form takes.
start-time = { $minutes ->
    [one] এতে প্রায় { $minutes } মিনিট সময় লাগে।
   *[other] এতে প্রায় { $minutes } মিনিট সময় লাগে।
}
start-skip = আপনি যেকোনো প্রশ্ন বাদ দিতে পারেন, আর যেকোনো সময় থেমে যেতে পারেন।
start-anonymous-title = বেনামী: এর মানে কী
start-anonymous-body = আমরা আপনার নাম জিজ্ঞেস করি না, আর এমন কিছুও জিজ্ঞেস করি না যা থেকে জানা যায় আপনি কে। আমরা আপনার ইন্টারনেট ঠিকানা রাখি না, আর কোনো কুকি ব্যবহার করি না।
start-kept-body = আপনি উত্তর পাঠালে, আপনার প্রতিটি বাছাই একটি গণনায় যোগ হয়, যেমন কাগজে দাগ কেটে গোনা হয়। আপনি নিজের কথায় যা লেখেন, তা আপনার অন্য উত্তরগুলো থেকে আলাদা করে রাখা হয়, তাই কেউ আপনার উত্তরগুলো আবার একসাথে জোড়া লাগাতে পারে না।
start-no-reply = আমরা জানি না আপনি কে, তাই আপনি যা লেখেন তার জবাব কেউ দিতে পারবে না।
# Invite-only forms (a closed session): the code from a printed card, asked for on the
# start page, and on the check page when it was missing or refused.
invite-label = আপনার আমন্ত্রণ কোড
invite-hint = আপনাকে দেওয়া কার্ডে লেখা কোড, যেমন ABCD-EFGH। এটি আপনার উত্তরের সঙ্গে যুক্ত নয়।
invite-missing = আপনাকে দেওয়া কার্ডে লেখা আমন্ত্রণ কোডটি লিখুন
invite-refused = এই আমন্ত্রণ কোডটি আগেই ব্যবহার করা হয়েছে, অথবা এটি সঠিক নয়। কোডটি মিলিয়ে দেখুন, অথবা যিনি সেশনটি পরিচালনা করছেন তাঁর কাছ থেকে আরেকটি কোড চেয়ে নিন।

## On every page

get-help = এখনই সাহায্য নিন
leave-page = এই পাতা থেকে বেরিয়ে যান
leave-page-hint = অথবা Esc বোতামটি তিনবার চাপুন।

## When the device is offline at the end

done-queued-title = আপনার উত্তরগুলো এই ডিভাইসে সেভ করা আছে
done-queued-body = ইন্টারনেট সংযোগ কাজ করেনি বলে এগুলো এখনো পাঠানো হয়নি। এই ডিভাইস আবার অনলাইনে এলে এগুলো নিজে থেকেই পাঠানো হবে, আপনি এই পাতা বন্ধ করে দিলেও। তবে তার জন্য সাত দিনের মধ্যে এই ডিভাইসে ফর্মটি আবার খুলতে হবে। আর কিছুই রাখা হয় না।
done-refused-title = আপনার উত্তরগুলো গণনায় যোগ করা যায়নি
done-refused-body = এই ডিভাইসে সেভ করা উত্তরগুলো পাঠানো হয়েছিল, কিন্তু আপনি উত্তর দেওয়ার পর ফর্মটি বদলে গেছে, তাই সেগুলো গণনায় যোগ করা যায়নি। উত্তরগুলো এই ডিভাইস থেকে মুছে ফেলা হয়েছে।
start-help-below = আপনার এখনই সাহায্য দরকার হলে, নিচে দেখুন।

## Save and finish later (on this device only)

save-later = সেভ করে পরে শেষ করুন
save-later-unavailable = পরে শেষ করার জন্য উত্তর সেভ করতে JavaScript লাগে, কিন্তু এই পাতায় তা চলছে না। তবুও আপনি সব প্রশ্নের উত্তর দিতে আর উত্তরগুলো পাঠাতে পারবেন।
saved-title = আপনার উত্তরগুলো এই ডিভাইসে সেভ করা আছে
# $days is how long the device keeps them.
saved-body = { $days ->
    [one] এগুলো কাউকে পাঠানো হয়নি। এগুলো শুধু এই ডিভাইসে { $days } দিন রাখা হবে, তারপর মুছে ফেলা হবে।
   *[other] এগুলো কাউকে পাঠানো হয়নি। এগুলো শুধু এই ডিভাইসে { $days } দিন রাখা হবে, তারপর মুছে ফেলা হবে।
}
saved-return = শেষ করতে, এই ডিভাইসে ফর্মটি আবার খুলুন। আপনি যেখানে থেমেছিলেন সেখান থেকে চালিয়ে যেতে চান কিনা, তা জিজ্ঞেস করা হবে।
continue-answering = উত্তর দেওয়া চালিয়ে যান
resume-title = এই ডিভাইসে আপনার সেভ করা উত্তর আছে
resume-body = আপনি এই ডিভাইসে এই ফর্মের উত্তর দেওয়া শুরু করেছিলেন। আপনার উত্তরগুলো পাঠানো হয়নি।
resume-continue = যেখানে থেমেছিলেন সেখান থেকে চালিয়ে যান
resume-restart = আবার শুরু করুন
forget-device = এই ডিভাইস থেকে আমার উত্তরগুলো মুছে দিন
draft-removed = আপনার উত্তরগুলো এই ডিভাইস থেকে মুছে ফেলা হয়েছে।

## Free-text questions

text-hint = আপনার উত্তর বেনামী, তাই কেউ এর জবাব দিতে পারবে না।
# After text-hint, on forms that have a support block.
help-pointer = আপনার এখনই সাহায্য দরকার হলে, পাতার ওপরে “এখনই সাহায্য নিন” ব্যবহার করুন।
# $max is the limit in characters.
text-limit = আপনি { $max } অক্ষর পর্যন্ত লিখতে পারেন
# The live character count. $count is how many are left, or how many too many.
chars-left = { $count ->
    [one] আপনার আরও { $count } অক্ষর বাকি আছে
   *[other] আপনার আরও { $count } অক্ষর বাকি আছে
}
chars-over = { $count ->
    [one] আপনি { $count } অক্ষর বেশি লিখেছেন
   *[other] আপনি { $count } অক্ষর বেশি লিখেছেন
}
# The text box under an "Other" option.
other-label = দয়া করে আমাদের জানান

## Languages

# The accessible name of the list of languages on every page.
language-nav = একটি ভাষা বেছে নিন

# Said to screen readers with the progress. $count is how many questions come after this one.
questions-left = { $count ->
    [0] এটাই শেষ প্রশ্ন
    [one] আর { $count }টি প্রশ্ন বাকি
   *[other] আর { $count }টি প্রশ্ন বাকি
}

identify-title = আপনার উত্তর থেকে কেউ কে তা বোঝা যেতে পারে
identify-body = মনে হচ্ছে এতে ফোন নম্বর, ইমেইল বা বাড়ির ঠিকানা, পোস্টকোড, বা NHS বা ন্যাশনাল ইন্স্যুরেন্স নম্বরের মতো কোনো তথ্য আছে। আমরা নিচে সেটি চিহ্নিত করেছি। উত্তরগুলো যে-কেউ পড়লে এটি দিয়ে জানতে পারে কে লিখেছে বা কার সম্পর্কে লেখা।
identify-remove = চিহ্নিত তথ্যগুলো মুছে ফেলুন
identify-keep = আমার উত্তর যেমন আছে তেমন রাখুন
names-reminder = অনুগ্রহ করে কারও নাম লিখবেন না, আপনার নিজের নামও না।

done-limited-body = গত এক ঘণ্টায় এই ইন্টারনেট সংযোগ থেকে অনেক উত্তর এসেছে (হয়তো অনেকে এটি ব্যবহার করছেন), তাই আপনার উত্তর একটু পরে নিজে থেকেই পাঠানো হবে। আপনি এই পেজ বন্ধ করলেও সেগুলো যাবে, যদি ৭ দিনের মধ্যে এই ডিভাইসে আবার এই ফর্মটি খোলেন। আর কিছু রাখা হয় না।

privacy-title = আপনার উত্তর কীভাবে বেনামী থাকে
privacy-summary = Chorus জানতে চায় না আপনি কে। এটি আপনার নাম, ইন্টারনেট ঠিকানা, কুকি বা আপনি কখন উত্তর দিয়েছেন তা রাখে না, শুধু দিনটি রাখে। আপনার প্রতিটি বাছাই একটি চলমান গণনায় যোগ হয়, যেমন দাগ কেটে গোনা, আর আপনি নিজের ভাষায় যা লেখেন তা আলাদাভাবে রাখা হয়, আপনার অন্য উত্তরের সঙ্গে যুক্ত না করে। তাই কেউ, এমনকি এই ফর্ম যাঁরা চালান তাঁরাও, বলতে পারেন না কে কী বলেছে। যথেষ্ট মানুষ উত্তর দেওয়ার পরেই ফলাফল জানানো হয়, আর ছোট সংখ্যাগুলো লুকানো থাকে। অনুগ্রহ করে আপনার নিজের বা অন্যদের নাম লিখবেন না।
privacy-back = ফর্মে ফিরে যান

feedback-title = আপনারা বলেছেন, আমরা করেছি
feedback-you-said = আপনারা বলেছেন:
feedback-we-did = আমরা করেছি:
feedback-all = শোনার পর আমরা যা যা করেছি সব দেখুন
feedback-intro = মানুষ আমাদের যা বলেছেন, এবং সে বিষয়ে আমরা যা করেছি। যাঁরা উত্তর দিয়েছেন সবাইকে ধন্যবাদ।
feedback-none = এখানে এখনও কিছু নেই। মানুষ যা বলেছেন সে অনুযায়ী আমরা কিছু করলে, এখানে তা জানাব।

form-closed-title = এই ফর্মটি বন্ধ হয়ে গেছে
form-closed-body = এটি এখন আর উত্তর নিচ্ছে না। যাঁরা নিজেদের মতামত জানিয়েছেন সবাইকে ধন্যবাদ।
form-not-open-title = এই ফর্মটি এখনও খোলেনি
form-not-open-body = এটি এখনও উত্তর নিচ্ছে না। ফর্মটি খুললে আবার আসুন।
