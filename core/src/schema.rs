//! Form definitions: what a coordinator writes in `forms/*.toml`, checked into a [`Form`].
//!
//! A form file is read into loose "file" structs first and only then checked, so that every
//! problem can be reported at once, with the question it belongs to and what to do about it,
//! instead of stopping at the first serde error.

use std::collections::{BTreeMap, HashSet};
use std::fmt;

use serde::{Deserialize, Serialize};

/// Free text longer than this is refused unless a question sets its own `max_length`.
pub const DEFAULT_MAX_LENGTH: u32 = 2000;
/// The largest `max_length` a question may set: quotes are for sensemaking, not essays.
pub const LIMIT_MAX_LENGTH: u32 = 10_000;
/// An option with this id asks "please tell us": it comes with a text box, kept as a quote.
pub const OTHER_OPTION: &str = "other";
/// The most free text one submission may carry in all, in characters: at up to 4 bytes each,
/// with the rest of the answers, it stays under the API's 64 KiB body limit.
pub const TEXT_BUDGET: usize = 14_000;
/// The longest "other" text, in Unicode characters: a few words, not an essay.
pub const OTHER_MAX_LENGTH: usize = 500;
/// The channel of responses that came without one (a plain link to the form).
pub const CHANNEL_DIRECT: &str = "direct";
/// The channel of responses whose link named a channel the form does not declare.
pub const CHANNEL_OTHER: &str = "other";
/// Diversity-monitoring questions must offer this option, so nobody is pushed to disclose.
pub const PREFER_NOT_TO_SAY: &str = "prefer-not-to-say";
/// Answers saved on a device to finish later are removed after this many days unless a form says otherwise.
pub const DEFAULT_DRAFT_DAYS: u32 = 7;
/// A weather page: nothing on it hints at what the person was doing before.
pub const DEFAULT_EXIT_URL: &str = "https://www.bbc.co.uk/weather";
/// Words in a question that mean it asks who someone is. Chorus forms are anonymous by
/// construction, so such a form is refused rather than trusted to be harmless.
pub const IDENTIFYING: &[&str] = &[
    "your name",
    "full name",
    "first name",
    "last name",
    "surname",
    "email address",
    "your email",
    "e-mail address",
    "phone number",
    "mobile number",
    "telephone number",
    "date of birth",
    "your address",
    "home address",
    "postcode",
    "post code",
    "nhs number",
    "national insurance",
];

/// Words people read, written in English (en-GB) and, where a form has them, translated.
///
/// A form is kept with all its translations; [`Form::localised`] gives the form in one language,
/// where a string without a translation is English and says so (`fallback`), so the page can
/// mark it `lang="en-GB"` for screen readers. It travels as a plain string: its English, or after
/// `localised`, its text in that language.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Text {
    pub text: String,
    /// Shown in English because the chosen language has no translation of it.
    pub fallback: bool,
    /// Translations by language tag, English left out.
    pub translations: BTreeMap<String, String>,
}

impl Text {
    /// This text in `lang`: its translation, or English marked as a fallback.
    pub fn in_lang(&self, lang: &str) -> Text {
        match self.translations.get(lang) {
            Some(t) => Text {
                text: t.clone(),
                fallback: false,
                translations: BTreeMap::new(),
            },
            None => Text {
                text: self.text.clone(),
                fallback: lang != ENGLISH,
                translations: BTreeMap::new(),
            },
        }
    }
}

impl std::ops::Deref for Text {
    type Target = str;
    fn deref(&self) -> &str {
        &self.text
    }
}

impl fmt::Display for Text {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.text)
    }
}

impl From<&str> for Text {
    fn from(text: &str) -> Text {
        Text {
            text: text.to_string(),
            ..Text::default()
        }
    }
}

impl From<String> for Text {
    fn from(text: String) -> Text {
        Text {
            text,
            ..Text::default()
        }
    }
}

impl Serialize for Text {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(&self.text)
    }
}

impl<'de> Deserialize<'de> for Text {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Text, D::Error> {
        String::deserialize(deserializer).map(Text::from)
    }
}

/// The language forms are written in first; every other language is a translation of it.
pub const ENGLISH: &str = "en-GB";

/// A checked form. Every question is optional by design: people may skip anything.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Form {
    pub id: String,
    pub title: Text,
    #[serde(default)]
    pub intro: Text,
    /// The languages the form is offered in (besides English); empty: every language Chorus
    /// speaks, with the form's own words in English.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub languages: Vec<String>,
    /// About how long answering takes, told on the start page.
    pub minutes: u32,
    /// Said before anyone starts, for forms that touch on difficult things.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub content_note: Option<Text>,
    /// Where to get help now: on the start page, behind "Get help now" on every page, and at the end.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub support: Option<Support>,
    /// Where "Leave this page" goes: a neutral site that gives nothing away on a shared screen.
    pub exit_url: String,
    /// Whether "Leave this page" also removes answers saved on the device.
    pub exit_clears_draft: bool,
    /// How many days answers saved on a device to finish later are kept there; 0 turns
    /// "Save and finish later" off.
    pub draft_days: u32,
    /// Only people given a one-time invite code may answer (a closed listening session): the
    /// start page asks for the code, and the server counts each code once (see
    /// [`crate::invite`]). Left out of the form's JSON when false.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub invite_only: bool,
    /// The organisation whose coordinators may see the form's counts, quotes and exports
    /// ([`DEFAULT_ORGANISATION`] when the file names none). Not in the form's JSON: people
    /// answering have no need of it.
    #[serde(skip)]
    pub organisation: String,
    /// The first day (UTC, `2026-12-01`) the form takes answers; none: from the start.
    #[serde(skip)]
    pub opens: Option<String>,
    /// The last day (UTC) it takes answers; none: no end.
    #[serde(skip)]
    pub closes: Option<String>,
    /// Quotes older than this many days are deleted (a daily task); none: kept.
    #[serde(skip)]
    pub keep_quotes_days: Option<u32>,
    /// Submissions through the API must carry a solved proof-of-work challenge (see
    /// [`crate::pow`]), which costs a phone under a second and a stuffing script a lot; posts
    /// from the pages without JavaScript are accepted under a much stricter limit instead.
    /// Left out of the form's JSON when false.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub proof_of_work: bool,
    /// Partner sites allowed to show the form in an iframe (`https://host[:port]`); the form's
    /// own pages send exactly these as `frame-ancestors`.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub embed_origins: Vec<String>,
    /// The community groups and venues the form is shared through (`?channel=`), so counts can
    /// be split by who asked without asking who answered.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub channels: Vec<Channel>,
    /// How many submissions one connection may send in an hour, as the form file sets it. The
    /// server's business, not the pages': never in the form's JSON.
    #[serde(skip)]
    pub limits: Limits,
    /// How this form's counts are released (`[release]`); unset parts take the server's
    /// defaults. The server's business: never in the form's JSON.
    #[serde(skip)]
    pub release: ReleaseSettings,
    /// The partner's colour for buttons and panels, `#rrggbb`, checked for contrast with white.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub accent: Option<String>,
    /// The partner's logo, a file on Chorus's own origin (see [`Logo`]).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub logo: Option<Logo>,
    #[serde(default)]
    pub buckets: Vec<Bucket>,
    pub questions: Vec<Question>,
}

/// A community group or venue a form is shared through. The id goes in links and exports; the
/// name is for coordinators and posters.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Channel {
    pub id: String,
    pub name: String,
}

/// `[release]`: a form's own release policy, for forms that need more caution than the
/// server's default (say, about a very small community).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ReleaseSettings {
    /// `Some(true)`: strict (1-7 shown as `*`, the rest rounded to 5); `Some(false)`: standard.
    pub strict: Option<bool>,
    /// Standard policy: counts below this are shown as `<threshold`.
    pub threshold: Option<u64>,
    /// Slices with fewer responses show nothing.
    pub base: Option<u64>,
}

/// A form's limits on how many submissions one internet connection may send in an hour
/// (`[limits]` and a channel's `submissions_per_hour`). Unset, the server's default applies.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Limits {
    /// The form's own limit, shared by every channel without a limit of its own.
    pub submissions_per_hour: Option<u32>,
    /// Channels with a limit of their own, by id: a busy venue's shared Wi-Fi can get more.
    pub channels: BTreeMap<String, u32>,
}

/// The allowance a submission draws on: see [`Form::allowance`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Allowance<'a> {
    /// The channel, when it has a limit of its own; `None`: the form's allowance, shared by
    /// every channel without one.
    pub channel: Option<&'a str>,
    /// Submissions per hour; `None`: the server's default.
    pub per_hour: Option<u32>,
}

/// A partner's logo. Served by Chorus itself (a path such as `/assets/partners/x.svg`): an image
/// from the partner's own server would tell that server who opened the form, and when.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Logo {
    pub src: String,
    /// What the logo says, usually the organisation's name.
    pub alt: Text,
}

/// Signposting to help, such as crisis lines.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Support {
    pub title: Text,
    #[serde(default)]
    pub text: Text,
    #[serde(default)]
    pub links: Vec<Link>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Link {
    pub label: Text,
    /// `https:`, `tel:`, `sms:` or `mailto:`.
    pub href: String,
}

/// A theme answers are sorted into for sensemaking ("what helps", "what is missing", …).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Bucket {
    pub id: String,
    pub title: Text,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Question {
    pub id: String,
    pub kind: Kind,
    pub bucket: String,
    pub title: Text,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub hint: Option<Text>,
    /// Empty for free-text questions.
    #[serde(default)]
    pub options: Vec<Choice>,
    /// For `multiple`: how many options one person may tick.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub max_choices: Option<u32>,
    /// For `text`: the limit in Unicode characters.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub max_length: Option<u32>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Kind {
    /// One option (radios).
    Single,
    /// Any number of options up to `max_choices` (checkboxes).
    Multiple,
    /// Free text, stored as a detached quote.
    Text,
    /// Diversity monitoring: one option, always with "Prefer not to say".
    Diversity,
}

impl Kind {
    pub const ALL: [&'static str; 4] = ["single", "multiple", "text", "diversity"];

    pub fn parse(s: &str) -> Option<Kind> {
        match s {
            "single" => Some(Kind::Single),
            "multiple" => Some(Kind::Multiple),
            "text" => Some(Kind::Text),
            "diversity" => Some(Kind::Diversity),
            _ => None,
        }
    }

    pub fn as_str(self) -> &'static str {
        match self {
            Kind::Single => "single",
            Kind::Multiple => "multiple",
            Kind::Text => "text",
            Kind::Diversity => "diversity",
        }
    }

    /// Whether the answer is chosen from options (as opposed to typed).
    pub fn has_options(self) -> bool {
        !matches!(self, Kind::Text)
    }
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Choice {
    pub id: String,
    pub label: Text,
}

/// An empty form, for tests and for building forms in code.
impl Default for Form {
    fn default() -> Self {
        Form {
            id: String::new(),
            title: Text::default(),
            intro: Text::default(),
            languages: Vec::new(),
            minutes: 1,
            content_note: None,
            support: None,
            exit_url: DEFAULT_EXIT_URL.to_string(),
            exit_clears_draft: true,
            draft_days: DEFAULT_DRAFT_DAYS,
            invite_only: false,
            organisation: DEFAULT_ORGANISATION.to_string(),
            opens: None,
            closes: None,
            keep_quotes_days: None,
            proof_of_work: false,
            embed_origins: Vec::new(),
            channels: Vec::new(),
            limits: Limits::default(),
            release: ReleaseSettings::default(),
            accent: None,
            logo: None,
            buckets: Vec::new(),
            questions: Vec::new(),
        }
    }
}

impl Form {
    /// The form in one language (see [`Text`]).
    pub fn localised(&self, lang: &str) -> Form {
        let mut form = self.clone();
        form.for_each_text(&mut |_, t| *t = t.in_lang(lang));
        form
    }

    /// Every text of the form, with where it is, for checks and coverage.
    pub fn for_each_text(&mut self, f: &mut impl FnMut(String, &mut Text)) {
        f("the form's `title`".into(), &mut self.title);
        f("the form's `intro`".into(), &mut self.intro);
        if let Some(l) = &mut self.logo {
            f("[logo] `alt`".into(), &mut l.alt);
        }
        if let Some(n) = &mut self.content_note {
            f("`content_note`".into(), n);
        }
        if let Some(s) = &mut self.support {
            f("[support] `title`".into(), &mut s.title);
            f("[support] `text`".into(), &mut s.text);
            for l in &mut s.links {
                f(format!("[support] link \"{}\"", l.href), &mut l.label);
            }
        }
        for b in &mut self.buckets {
            f(format!("bucket \"{}\"", b.id), &mut b.title);
        }
        for q in &mut self.questions {
            f(format!("question \"{}\" `title`", q.id), &mut q.title);
            if let Some(h) = &mut q.hint {
                f(format!("question \"{}\" `hint`", q.id), h);
            }
            for o in &mut q.options {
                f(
                    format!("question \"{}\" option \"{}\"", q.id, o.id),
                    &mut o.label,
                );
            }
        }
    }

    /// How many of the form's texts have a translation in `lang`, of how many.
    pub fn coverage(&self, lang: &str) -> (usize, usize) {
        let (mut have, mut all) = (0, 0);
        self.clone().for_each_text(&mut |_, t| {
            if !t.is_empty() {
                all += 1;
                have += usize::from(lang == ENGLISH || t.translations.contains_key(lang));
            }
        });
        (have, all)
    }

    pub fn question(&self, id: &str) -> Option<&Question> {
        self.questions.iter().find(|q| q.id == id)
    }

    /// The channel a response is counted under: one of the form's own, [`CHANNEL_DIRECT`] when
    /// none was given, and [`CHANNEL_OTHER`] for anything else, so no free text from a link is
    /// ever stored.
    pub fn counted_channel(&self, given: Option<&str>) -> &str {
        match given.map(str::trim).filter(|c| !c.is_empty()) {
            None | Some(CHANNEL_DIRECT) => CHANNEL_DIRECT,
            Some(c) => self
                .channels
                .iter()
                .find(|ch| ch.id == c)
                .map_or(CHANNEL_OTHER, |ch| ch.id.as_str()),
        }
    }

    /// The allowance a submission counted under `channel` (as [`Form::counted_channel`] gives
    /// it) draws on: the channel's own if it has a limit, else the form's. So a channel's limit
    /// is independent of the form's and of every other channel's.
    pub fn allowance(&self, channel: &str) -> Allowance<'_> {
        match self.limits.channels.get_key_value(channel) {
            Some((id, per_hour)) => Allowance {
                channel: Some(id.as_str()),
                per_hour: Some(*per_hour),
            },
            None => Allowance {
                channel: None,
                per_hour: self.limits.submissions_per_hour,
            },
        }
    }

    /// Whether the form takes answers on `today` (UTC, `2026-12-01`): from `opens` to
    /// `closes`, both days included.
    pub fn taking_answers(&self, today: &str) -> Openness {
        if self.opens.as_deref().is_some_and(|o| today < o) {
            Openness::NotYet
        } else if self.closes.as_deref().is_some_and(|c| today > c) {
            Openness::Closed
        } else {
            Openness::Open
        }
    }

    /// Every channel a count can be under, in the order exports list them.
    pub fn counted_channels(&self) -> impl Iterator<Item = &str> {
        self.channels
            .iter()
            .map(|c| c.id.as_str())
            .chain([CHANNEL_DIRECT, CHANNEL_OTHER])
    }

    pub fn question_index(&self, id: &str) -> Option<usize> {
        self.questions.iter().position(|q| q.id == id)
    }
}

impl Question {
    pub fn option(&self, id: &str) -> Option<&Choice> {
        self.options.iter().find(|o| o.id == id)
    }

    /// How many options one person may choose; 1 for single and diversity questions.
    pub fn choice_limit(&self) -> usize {
        match self.kind {
            Kind::Multiple => self.max_choices.map_or(self.options.len(), |m| m as usize),
            Kind::Single | Kind::Diversity => 1,
            Kind::Text => 0,
        }
    }

    /// The free-text limit in Unicode characters.
    pub fn text_limit(&self) -> usize {
        self.max_length.unwrap_or(DEFAULT_MAX_LENGTH) as usize
    }
}

/// One thing wrong with a form file, said so that a coordinator can fix it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problem {
    /// The question the problem is in, if it is in one.
    pub question: Option<String>,
    pub message: String,
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match &self.question {
            Some(q) => write!(f, "question \"{q}\": {}", self.message),
            None => f.write_str(&self.message),
        }
    }
}

/// A form file as written, before checking. Unknown keys are refused so typos are caught.
#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct FormFile {
    pub id: Option<String>,
    pub title: Option<TextFile>,
    pub intro: Option<TextFile>,
    #[serde(default)]
    pub languages: Vec<String>,
    pub minutes: Option<u32>,
    pub content_note: Option<TextFile>,
    pub support: Option<SupportFile>,
    pub exit_url: Option<String>,
    pub exit_clears_draft: Option<bool>,
    pub draft_days: Option<u32>,
    pub invite_only: Option<bool>,
    pub organisation: Option<String>,
    pub opens: Option<String>,
    pub closes: Option<String>,
    pub keep_quotes_days: Option<u32>,
    pub proof_of_work: Option<bool>,
    #[serde(default)]
    pub embed_origins: Vec<String>,
    #[serde(default)]
    pub channels: Vec<ChannelFile>,
    pub limits: Option<LimitsFile>,
    pub release: Option<ReleaseFile>,
    pub accent: Option<String>,
    pub logo: Option<LogoFile>,
    #[serde(default)]
    pub buckets: Vec<BucketFile>,
    #[serde(default)]
    pub questions: Vec<QuestionFile>,
}

#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ChannelFile {
    pub id: Option<String>,
    pub name: Option<String>,
    /// Signed, so that a negative number gets a clear problem rather than a TOML error.
    pub submissions_per_hour: Option<i64>,
}

/// `[release]`: `policy = "standard" | "strict"`, `threshold`, `base`.
#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ReleaseFile {
    pub policy: Option<String>,
    pub threshold: Option<u64>,
    pub base: Option<u64>,
}

/// `[limits]`: how many submissions one internet connection may send to the form in an hour.
#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct LimitsFile {
    pub submissions_per_hour: Option<i64>,
}

#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct LogoFile {
    pub src: Option<String>,
    pub alt: Option<TextFile>,
}

#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SupportFile {
    pub title: Option<TextFile>,
    pub text: Option<TextFile>,
    #[serde(default)]
    pub links: Vec<LinkFile>,
}

#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct LinkFile {
    pub label: Option<TextFile>,
    pub href: Option<String>,
}

#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct BucketFile {
    pub id: Option<String>,
    pub title: Option<TextFile>,
}

#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct QuestionFile {
    pub id: Option<String>,
    pub kind: Option<String>,
    pub bucket: Option<String>,
    pub title: Option<TextFile>,
    pub hint: Option<TextFile>,
    #[serde(default)]
    pub options: Vec<ChoiceFile>,
    pub max_choices: Option<u32>,
    pub max_length: Option<u32>,
}

#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ChoiceFile {
    pub id: Option<String>,
    pub label: Option<TextFile>,
}

/// Whether a form takes answers today.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Openness {
    NotYet,
    Open,
    Closed,
}

/// `2026-12-01`: a plain date, so dates compare as text.
fn is_day(s: &str) -> bool {
    let b = s.as_bytes();
    let digits = |r: std::ops::Range<usize>| b[r].iter().all(u8::is_ascii_digit);
    b.len() == 10
        && b[4] == b'-'
        && b[7] == b'-'
        && digits(0..4)
        && digits(5..7)
        && digits(8..10)
        && (1..=12).contains(&s[5..7].parse::<u8>().unwrap_or(0))
        && (1..=31).contains(&s[8..10].parse::<u8>().unwrap_or(0))
}

/// The organisation of forms whose file names none: the one the deployment's own coordinator
/// token (`CHORUS_COORDINATOR_TOKEN`) reads.
pub const DEFAULT_ORGANISATION: &str = "default";

/// Parses and checks a form file written in TOML.
#[cfg(feature = "files")]
pub fn parse_toml(text: &str) -> Result<Form, Vec<Problem>> {
    let file: FormFile = toml::from_str(text).map_err(|e| {
        vec![Problem {
            question: None,
            message: format!(
                "the file is not valid form TOML: {}",
                e.to_string().trim_end()
            ),
        }]
    })?;
    file.check()
}

/// Ids appear in URLs, CSV files and HTML `name`s: keep them plain.
pub fn is_slug(s: &str) -> bool {
    !s.is_empty()
        && s.len() <= 64
        && s.bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-' || b == b'_')
        && !s.starts_with('_')
}

/// A link a form may point people to: one of the allowed schemes, nothing that could break out
/// of an HTML attribute.
fn is_link(href: &str, schemes: &[&str]) -> bool {
    schemes
        .iter()
        .any(|s| href.starts_with(s) && href.len() > s.len())
        && !href.chars().any(|c| {
            c.is_whitespace() || c.is_control() || matches!(c, '"' | '\'' | '<' | '>' | '`')
        })
}

/// `https://host[:port]`, or `http://` for a machine's own localhost (for trying things out).
fn is_origin(origin: &str) -> bool {
    let rest = match origin.split_once("://") {
        Some(("https", rest)) => rest,
        Some(("http", rest)) if rest.starts_with("localhost") || rest.starts_with("127.0.0.1") => {
            rest
        }
        _ => return false,
    };
    let (host, port) = rest.split_once(':').unwrap_or((rest, "0"));
    !host.is_empty()
        && host
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || c == '.' || c == '-')
        && port.parse::<u16>().is_ok()
}

/// Where Chorus serves its public folder: a logo must be a file there.
pub const ASSETS_PREFIX: &str = "/assets/";

/// A file in Chorus's public folder: `/assets/` then plain path characters, nothing that climbs
/// out of the folder (`..`).
fn is_own_path(src: &str) -> bool {
    src.strip_prefix(ASSETS_PREFIX).is_some_and(|rest| {
        !rest.is_empty()
            && !rest.contains("..")
            && rest.len() <= 200
            && rest
                .bytes()
                .all(|b| b.is_ascii_alphanumeric() || matches!(b, b'/' | b'-' | b'_' | b'.'))
    })
}

/// More than this many channels makes every slice too small to show anything.
pub const MAX_CHANNELS: usize = 50;

/// The highest `submissions_per_hour` a form or channel may set: about three a second, more
/// than any venue sends, while a limit still means something.
pub const MAX_SUBMISSIONS_PER_HOUR: u32 = 10_000;

/// A `submissions_per_hour` as written: from 1 to [`MAX_SUBMISSIONS_PER_HOUR`], or what to fix.
fn per_hour(place: &str, value: Option<i64>) -> Result<Option<u32>, String> {
    match value {
        None => Ok(None),
        Some(n) => u32::try_from(n)
            .ok()
            .filter(|n| (1..=MAX_SUBMISSIONS_PER_HOUR).contains(n))
            .map(Some)
            .ok_or_else(|| {
                format!(
                    "{place} `submissions_per_hour` is {n}: use a number from 1 to {MAX_SUBMISSIONS_PER_HOUR} (how many answers one internet connection may send in an hour), or leave it out for the default"
                )
            }),
    }
}

pub const SLUG_RULE: &str =
    "use 1 to 64 lower-case letters, digits, '-' or '_', not starting with '_'";

/// A text as written: English alone, or a table of languages (`{ en-GB = "…", cy = "…" }`).
#[derive(Debug, Deserialize)]
#[serde(untagged)]
pub enum TextFile {
    English(String),
    Languages(BTreeMap<String, String>),
}

/// A translatable text; `None` when nothing is written. English is `en-GB` (or `en`) in a table.
fn tr(value: Option<TextFile>) -> Option<Text> {
    let clean = |v: &str| v.replace("\r\n", "\n").trim().to_string();
    match value? {
        TextFile::English(t) => Some(Text::from(clean(&t))).filter(|t| !t.is_empty()),
        TextFile::Languages(map) => {
            let mut translations: BTreeMap<String, String> = map
                .iter()
                .map(|(k, v)| (k.clone(), clean(v)))
                .filter(|(_, v)| !v.is_empty())
                .collect();
            let english = translations
                .remove(ENGLISH)
                .or_else(|| translations.remove("en"))
                .unwrap_or_default();
            Some(Text {
                text: english,
                fallback: false,
                translations,
            })
        }
    }
}

/// Control characters other than line breaks and tabs, and the explicit direction overrides,
/// embeddings and isolates: nothing a form's wording needs (direction marks and joiners are
/// fine), and what [`crate::answers::clean_text`] takes out of people's words too.
pub fn hides_words(c: char) -> bool {
    (c.is_control() && c != '\n' && c != '\t')
        || ('\u{202a}'..='\u{202e}').contains(&c)
        || ('\u{2066}'..='\u{2069}').contains(&c)
}

fn text(value: Option<String>) -> Option<String> {
    value
        // Files saved on Windows have CRLF line ends; paragraphs are split on blank lines.
        .map(|v| v.replace("\r\n", "\n").trim().to_string())
        .filter(|v| !v.is_empty())
}

impl FormFile {
    /// Checks everything and returns the form, or every problem found.
    pub fn check(self) -> Result<Form, Vec<Problem>> {
        let mut problems = Vec::new();
        let mut problem = |question: Option<&str>, message: String| {
            problems.push(Problem {
                question: question.map(str::to_string),
                message,
            })
        };

        let id = text(self.id).unwrap_or_default();
        if id.is_empty() {
            problem(
                None,
                "the form has no `id`: add one, for example id = \"demo\"".into(),
            );
        } else if !is_slug(&id) {
            problem(
                None,
                format!("the form id \"{id}\" is not usable in a link: {SLUG_RULE}"),
            );
        }
        let organisation =
            text(self.organisation.clone()).unwrap_or_else(|| DEFAULT_ORGANISATION.to_string());
        if !is_slug(&organisation) {
            problem(
                None,
                format!("the organisation \"{organisation}\" is not a usable id: {SLUG_RULE}"),
            );
        }
        let title = tr(self.title).unwrap_or_default();
        if title.is_empty() {
            problem(
                None,
                "the form has no `title`: add the name people will see".into(),
            );
        }

        let mut buckets = Vec::new();
        let mut bucket_ids = HashSet::new();
        for (n, b) in self.buckets.into_iter().enumerate() {
            let bid = text(b.id).unwrap_or_default();
            let where_ = if bid.is_empty() {
                format!("bucket number {}", n + 1)
            } else {
                format!("bucket \"{bid}\"")
            };
            if bid.is_empty() {
                problem(None, format!("{where_} has no `id`: add one"));
            } else if !is_slug(&bid) {
                problem(None, format!("{where_}: the id is not usable: {SLUG_RULE}"));
            } else if !bucket_ids.insert(bid.clone()) {
                problem(
                    None,
                    format!("{where_} is declared twice: give each bucket its own id"),
                );
            }
            let btitle = tr(b.title).unwrap_or_default();
            if btitle.is_empty() {
                problem(
                    None,
                    format!("{where_} has no `title`: add the theme's name"),
                );
            }
            buckets.push(Bucket {
                id: bid,
                title: btitle,
            });
        }
        if buckets.is_empty() {
            problem(
                None,
                "the form declares no buckets: add [[buckets]] with an id and title for each theme, \
                 such as \"what-helps\" or \"ideas\""
                    .into(),
            );
        }

        if self.questions.is_empty() {
            problem(
                None,
                "the form has no questions: add at least one [[questions]]".into(),
            );
        }
        let mut questions = Vec::new();
        let mut question_ids = HashSet::new();
        for (n, q) in self.questions.into_iter().enumerate() {
            let qid = text(q.id).unwrap_or_default();
            let label = if qid.is_empty() {
                format!("number {}", n + 1)
            } else {
                qid.clone()
            };
            let at = Some(label.as_str());
            if qid.is_empty() {
                problem(
                    at,
                    "has no `id`: add one, for example id = \"what-helps\"".into(),
                );
            } else if !is_slug(&qid) {
                problem(at, format!("the id is not usable: {SLUG_RULE}"));
            } else if !question_ids.insert(qid.clone()) {
                problem(
                    at,
                    "this id is used by another question too: ids must be unique".into(),
                );
            }

            let qtitle = tr(q.title).unwrap_or_default();
            if qtitle.is_empty() {
                problem(
                    at,
                    "has no `title`: add the question as people will read it".into(),
                );
            }

            let kind_text = text(q.kind).unwrap_or_default();
            let kind = Kind::parse(&kind_text);
            if kind.is_none() {
                let expected = Kind::ALL.join(", ");
                if kind_text.is_empty() {
                    problem(at, format!("has no `kind`: use one of {expected}"));
                } else {
                    problem(
                        at,
                        format!("unknown kind \"{kind_text}\": use one of {expected}"),
                    );
                }
            }

            let bucket = text(q.bucket).unwrap_or_default();
            if bucket.is_empty() {
                problem(
                    at,
                    "has no `bucket`: say which theme its answers belong to".into(),
                );
            } else if !bucket_ids.contains(&bucket) {
                problem(
                    at,
                    format!(
                        "bucket \"{bucket}\" is not declared: add it under [[buckets]] or fix the name"
                    ),
                );
            }

            let mut options = Vec::new();
            let mut option_ids = HashSet::new();
            for (m, o) in q.options.into_iter().enumerate() {
                let oid = text(o.id).unwrap_or_default();
                let olabel = tr(o.label).unwrap_or_default();
                if oid.is_empty() {
                    problem(at, format!("option number {} has no `id`: add one", m + 1));
                } else if !is_slug(&oid) {
                    problem(
                        at,
                        format!("option \"{oid}\": the id is not usable: {SLUG_RULE}"),
                    );
                } else if !option_ids.insert(oid.clone()) {
                    problem(
                        at,
                        format!("option \"{oid}\" appears twice: option ids must be unique"),
                    );
                }
                if olabel.is_empty() {
                    let name = if oid.is_empty() {
                        format!("number {}", m + 1)
                    } else {
                        format!("\"{oid}\"")
                    };
                    problem(
                        at,
                        format!("option {name} has no `label`: add the text people will see"),
                    );
                }
                options.push(Choice {
                    id: oid,
                    label: olabel,
                });
            }

            match kind {
                Some(Kind::Text) if !options.is_empty() => {
                    problem(
                        at,
                        "a text question has no options: remove them or change the kind".into(),
                    );
                }
                Some(Kind::Text) => {}
                Some(k) if options.len() < 2 => {
                    let what = if options.is_empty() {
                        "no options"
                    } else {
                        "only one option"
                    };
                    problem(
                        at,
                        format!("a {} question has {what}: add at least two", k.as_str()),
                    );
                }
                _ => {}
            }
            if kind == Some(Kind::Diversity) && !option_ids.contains(PREFER_NOT_TO_SAY) {
                problem(
                    at,
                    format!(
                        "a diversity question must offer \"Prefer not to say\": add an option with id = \"{PREFER_NOT_TO_SAY}\""
                    ),
                );
            }
            if let Some(max) = q.max_choices {
                if kind != Some(Kind::Multiple) {
                    problem(
                        at,
                        "`max_choices` only applies to multiple questions: remove it".into(),
                    );
                } else if max == 0 || max as usize > options.len() {
                    problem(
                        at,
                        format!(
                            "`max_choices` is {max}: use a number from 1 to {} (the number of options)",
                            options.len()
                        ),
                    );
                }
            }
            if let Some(max) = q.max_length {
                if kind != Some(Kind::Text) {
                    problem(
                        at,
                        "`max_length` only applies to text questions: remove it".into(),
                    );
                } else if max == 0 || max > LIMIT_MAX_LENGTH {
                    problem(
                        at,
                        format!("`max_length` is {max}: use a number from 1 to {LIMIT_MAX_LENGTH}"),
                    );
                }
            }

            questions.push(Question {
                id: qid,
                kind: kind.unwrap_or(Kind::Text),
                bucket,
                title: qtitle,
                hint: tr(q.hint),
                options,
                max_choices: q.max_choices,
                max_length: q.max_length,
            });
        }

        let minutes = self
            .minutes
            .unwrap_or(questions.len().div_ceil(2).clamp(1, 60) as u32);
        if !(1..=60).contains(&minutes) {
            problem(
                None,
                format!("`minutes` is {minutes}: use a number from 1 to 60"),
            );
        }
        let day = |key: &str,
                   value: Option<String>,
                   problem: &mut dyn FnMut(Option<&str>, String)| {
            let value = text(value)?;
            if is_day(&value) {
                Some(value)
            } else {
                problem(
                    None,
                    format!(
                        "`{key}` is \"{value}\": write a date as \"2026-12-01\" (year, month, day)"
                    ),
                );
                None
            }
        };
        let opens = day("opens", self.opens.clone(), &mut problem);
        let closes = day("closes", self.closes.clone(), &mut problem);
        if let (Some(o), Some(c)) = (&opens, &closes)
            && c < o
        {
            problem(
                None,
                format!("`closes` ({c}) is before `opens` ({o}): swap them or fix one"),
            );
        }
        if let Some(days) = self.keep_quotes_days
            && !(30..=3650).contains(&days)
        {
            problem(
                None,
                format!(
                    "`keep_quotes_days` is {days}: use a number of days from 30 to 3650 (ten years), or leave it out to keep quotes"
                ),
            );
        }
        let draft_days = self.draft_days.unwrap_or(DEFAULT_DRAFT_DAYS);
        if draft_days > 30 {
            problem(
                None,
                format!(
                    "`draft_days` is {draft_days}: use a number from 0 (no saving on the device) to 30"
                ),
            );
        }
        let exit_url = text(self.exit_url).unwrap_or_else(|| DEFAULT_EXIT_URL.to_string());
        if !is_link(&exit_url, &["https://"]) {
            problem(
                None,
                format!(
                    "`exit_url` \"{exit_url}\" must be a plain https:// address of a neutral site"
                ),
            );
        }
        let support = self.support.map(|s| {
            let title = tr(s.title).unwrap_or_default();
            if title.is_empty() {
                problem(None, "[support] has no `title`: add one, for example \"If you need help now\"".into());
            }
            let links = s
                .links
                .into_iter()
                .enumerate()
                .map(|(n, l)| {
                    let label = tr(l.label).unwrap_or_default();
                    let href = text(l.href).unwrap_or_default();
                    if label.is_empty() {
                        problem(None, format!("[support] link number {} has no `label`", n + 1));
                    }
                    if !is_link(&href, &["https://", "tel:", "sms:", "mailto:"]) {
                        problem(
                            None,
                            format!("[support] link \"{label}\": `href` \"{href}\" must start with https://, tel:, sms: or mailto: and have no spaces or quotes"),
                        );
                    }
                    Link { label, href }
                })
                .collect();
            Support { title, text: tr(s.text).unwrap_or_default(), links }
        });
        // Every answer must fit in one submission (64 KiB, and a character can take 4 bytes).
        let text_budget: usize = questions
            .iter()
            .map(|q| match q.kind {
                Kind::Text => q.text_limit(),
                _ if q.option(OTHER_OPTION).is_some() => OTHER_MAX_LENGTH,
                _ => 0,
            })
            .sum();
        if text_budget > TEXT_BUDGET {
            problem(
                None,
                format!(
                    "the text answers' limits add up to {text_budget} characters: keep the total to {TEXT_BUDGET} (lower some `max_length`), so a full answer fits in one submission"
                ),
            );
        }
        // Titles only: a hint such as "please do not include your name" is a good thing.
        for q in &questions {
            let words = q.title.to_lowercase();
            if let Some(found) = IDENTIFYING.iter().find(|w| words.contains(*w)) {
                problem(
                    Some(&q.id),
                    format!(
                        "asks for something that identifies a person (\"{found}\"): Chorus forms are anonymous, remove or reword the question"
                    ),
                );
            }
        }

        let embed_origins: Vec<String> = self
            .embed_origins
            .iter()
            .map(|o| o.trim().to_string())
            .collect();
        for origin in &embed_origins {
            if !is_origin(origin) {
                problem(
                    None,
                    format!(
                        "`embed_origins` has \"{origin}\": give a site's origin only, such as \"https://riversidemind.org.uk\" (no path; http only for localhost)"
                    ),
                );
            }
        }
        let mut channels = Vec::new();
        let mut channel_ids = HashSet::new();
        let mut channel_limits = BTreeMap::new();
        for (n, c) in self.channels.into_iter().enumerate() {
            let cid = text(c.id).unwrap_or_default();
            let name = text(c.name).unwrap_or_default();
            let where_ = if cid.is_empty() {
                format!("channel number {}", n + 1)
            } else {
                format!("channel \"{cid}\"")
            };
            if cid.is_empty() {
                problem(
                    None,
                    format!("{where_} has no `id`: add one, for example id = \"riverside-mind\""),
                );
            } else if !is_slug(&cid) {
                problem(
                    None,
                    format!("{where_}: the id is not usable in a link: {SLUG_RULE}"),
                );
            } else if cid == CHANNEL_DIRECT || cid == CHANNEL_OTHER {
                problem(
                    None,
                    format!(
                        "{where_}: \"{cid}\" is kept for responses without a listed channel: choose another id"
                    ),
                );
            } else if !channel_ids.insert(cid.clone()) {
                problem(
                    None,
                    format!("{where_} is declared twice: give each channel its own id"),
                );
            }
            if name.is_empty() {
                problem(
                    None,
                    format!(
                        "{where_} has no `name`: add the group's or venue's name, as coordinators know it"
                    ),
                );
            }
            match per_hour(&format!("{where_}:"), c.submissions_per_hour) {
                Ok(Some(n)) => {
                    channel_limits.insert(cid.clone(), n);
                }
                Ok(None) => {}
                Err(message) => problem(None, message),
            }
            channels.push(Channel { id: cid, name });
        }
        if channels.len() > MAX_CHANNELS {
            problem(
                None,
                format!(
                    "the form has {} channels: keep it to {MAX_CHANNELS} (each channel splits the counts, and a channel with few responses shows none of its own)",
                    channels.len()
                ),
            );
        }
        let form_limit = self
            .limits
            .and_then(|l| {
                per_hour("[limits]", l.submissions_per_hour)
                    .map_err(|m| problem(None, m))
                    .ok()
            })
            .flatten();
        let limits = Limits {
            submissions_per_hour: form_limit,
            channels: channel_limits,
        };
        let release = self.release.map_or_else(ReleaseSettings::default, |r| {
            let strict = match r.policy.as_deref().map(str::trim) {
                None => None,
                Some("standard") => Some(false),
                Some("strict") => Some(true),
                Some(other) => {
                    problem(
                        None,
                        format!(
                            "[release] `policy` \"{other}\" is not a policy: use \"standard\" or \"strict\""
                        ),
                    );
                    None
                }
            };
            if let Some(t) = r.threshold {
                if strict == Some(true) {
                    problem(None, "[release] `threshold` is for the standard policy: the strict one always hides 1 to 7; remove it".into());
                } else if !(2..=20).contains(&t) {
                    problem(None, format!("[release] `threshold` is {t}: use a number from 2 to 20"));
                }
            }
            if let Some(b) = r.base {
                let least = r.threshold.unwrap_or(5).max(if strict == Some(true) { 8 } else { 2 });
                if !(least..=100).contains(&b) {
                    problem(None, format!("[release] `base` is {b}: use a number from {least} (so a slice can show a count that is not small) to 100"));
                }
            }
            ReleaseSettings {
                strict,
                threshold: r.threshold,
                base: r.base,
            }
        });
        let accent = text(self.accent);
        if let Some(accent) = &accent {
            match crate::look::Colour::parse(accent) {
                None => problem(
                    None,
                    format!(
                        "`accent` \"{accent}\" is not a colour: write it as #rrggbb, for example \"#1d70b8\""
                    ),
                ),
                Some(colour) => {
                    let ratio = colour.contrast(crate::look::Colour::WHITE);
                    if ratio < crate::look::MIN_CONTRAST {
                        problem(
                            None,
                            format!(
                                "`accent` \"{accent}\" has a contrast of {:.1}:1 with white text; WCAG asks for at least {:.1}:1: choose a darker colour",
                                ratio,
                                crate::look::MIN_CONTRAST
                            ),
                        );
                    }
                }
            }
        }
        let logo = self.logo.map(|l| {
            let src = text(l.src).unwrap_or_default();
            let alt = tr(l.alt).unwrap_or_default();
            if !is_own_path(&src) {
                problem(None, format!(
                    "[logo] `src` \"{src}\" must be a file Chorus serves itself: put it in the public folder and write \"/assets/<file>\", such as \"/assets/partners/logo.svg\" (an image from another site would tell that site who opened the form)"
                ));
            }
            if alt.is_empty() {
                problem(None, "[logo] has no `alt`: add what the logo says, usually the organisation's name".into());
            }
            Logo { src, alt }
        });
        let languages: Vec<String> = self
            .languages
            .iter()
            .map(|l| l.trim().to_string())
            .collect();
        for lang in &languages {
            if lang.is_empty()
                || lang == ENGLISH
                || !lang.chars().all(|c| c.is_ascii_alphanumeric() || c == '-')
            {
                problem(
                    None,
                    format!(
                        "`languages` has \"{lang}\": list language tags such as \"cy\" or \"pa-Guru\" (English is always there)"
                    ),
                );
            }
        }
        let mut form = Form {
            id,
            title,
            intro: tr(self.intro).unwrap_or_default(),
            minutes,
            content_note: tr(self.content_note),
            languages,
            support,
            exit_url,
            exit_clears_draft: self.exit_clears_draft.unwrap_or(true),
            draft_days,
            invite_only: self.invite_only.unwrap_or(false),
            organisation,
            opens,
            closes,
            keep_quotes_days: self.keep_quotes_days,
            proof_of_work: self.proof_of_work.unwrap_or(false),
            embed_origins,
            channels,
            limits,
            release,
            accent,
            logo,
            buckets,
            questions,
        };
        let offered = form.languages.clone();
        form.for_each_text(&mut |place, t| {
            if t.text.is_empty() && !t.translations.is_empty() {
                problem(None, format!("{place} has translations but no English: add en-GB = \"…\""));
            }
            let all = std::iter::once(("en-GB", &t.text))
                .chain(t.translations.iter().map(|(l, v)| (l.as_str(), v)));
            for (lang, words) in all {
                if let Some(c) = words.chars().find(|&c| hides_words(c)) {
                    problem(
                        None,
                        format!(
                            "{place} ({lang}) has the invisible character U+{:04X}, which can hide text or make it display other than it reads: remove it",
                            u32::from(c)
                        ),
                    );
                }
            }
            for lang in t.translations.keys() {
                // A form that lists no languages is offered in all of Chorus's (checked by the server).
                if !offered.is_empty() && !offered.contains(lang) {
                    problem(
                        None,
                        format!("{place} has a \"{lang}\" translation, but \"{lang}\" is not in the form's `languages`: add it there"),
                    );
                }
            }
        });
        if problems.is_empty() {
            Ok(form)
        } else {
            Err(problems)
        }
    }
}

#[cfg(all(test, feature = "files"))]
mod tests {
    use super::*;

    const GOOD: &str = r#"
id = "t"
title = "Test form"
intro = "Hello"

[[buckets]]
id = "helps"
title = "What helps"

[[questions]]
id = "q1"
kind = "single"
bucket = "helps"
title = "Pick one"
options = [{ id = "a", label = "A" }, { id = "b", label = "B" }]

[[questions]]
id = "q2"
kind = "multiple"
bucket = "helps"
title = "Pick some"
max_choices = 2
options = [{ id = "a", label = "A" }, { id = "b", label = "B" }, { id = "c", label = "C" }]

[[questions]]
id = "q3"
kind = "text"
bucket = "helps"
title = "Tell us"
max_length = 10

[[questions]]
id = "age"
kind = "diversity"
bucket = "helps"
title = "Age"
options = [{ id = "under-25", label = "Under 25" }, { id = "prefer-not-to-say", label = "Prefer not to say" }]
"#;

    fn problems(text: &str) -> Vec<String> {
        parse_toml(text)
            .unwrap_err()
            .into_iter()
            .map(|p| p.to_string())
            .collect()
    }

    fn assert_problem(text: &str, expected: &str) {
        let found = problems(text);
        assert!(
            found.iter().any(|p| p.contains(expected)),
            "expected a problem containing {expected:?}, got {found:#?}"
        );
    }

    #[test]
    fn good_form_parses() {
        let form = parse_toml(GOOD).unwrap();
        assert_eq!(form.id, "t");
        assert_eq!(form.questions.len(), 4);
        assert_eq!(form.questions[1].choice_limit(), 2);
        assert_eq!(form.questions[2].text_limit(), 10);
        assert_eq!(form.questions[0].kind, Kind::Single);
        assert_eq!(form.questions[3].kind, Kind::Diversity);
    }

    #[test]
    fn duplicate_question_ids() {
        let text = GOOD.replace("id = \"q2\"", "id = \"q1\"");
        assert_problem(
            &text,
            "question \"q1\": this id is used by another question too",
        );
    }

    #[test]
    fn duplicate_option_ids() {
        let text = GOOD.replace(
            "{ id = \"b\", label = \"B\" }]",
            "{ id = \"a\", label = \"B\" }]",
        );
        assert_problem(&text, "question \"q1\": option \"a\" appears twice");
    }

    #[test]
    fn unknown_kind() {
        let text = GOOD.replace("kind = \"single\"", "kind = \"dropdown\"");
        assert_problem(
            &text,
            "question \"q1\": unknown kind \"dropdown\": use one of single, multiple, text, diversity",
        );
    }

    #[test]
    fn missing_kind() {
        let text = GOOD.replace("kind = \"single\"\n", "");
        assert_problem(&text, "question \"q1\": has no `kind`");
    }

    #[test]
    fn empty_options() {
        let text = GOOD.replace(
            "options = [{ id = \"a\", label = \"A\" }, { id = \"b\", label = \"B\" }]\n\n[[questions]]\nid = \"q2\"",
            "options = []\n\n[[questions]]\nid = \"q2\"",
        );
        assert_problem(&text, "question \"q1\": a single question has no options");
    }

    #[test]
    fn one_option_is_not_a_choice() {
        let text = GOOD.replace(
            "options = [{ id = \"a\", label = \"A\" }, { id = \"b\", label = \"B\" }]\n\n[[questions]]\nid = \"q2\"",
            "options = [{ id = \"a\", label = \"A\" }]\n\n[[questions]]\nid = \"q2\"",
        );
        assert_problem(&text, "a single question has only one option");
    }

    #[test]
    fn empty_option_label() {
        let text = GOOD.replace(
            "{ id = \"a\", label = \"A\" }, { id = \"b\"",
            "{ id = \"a\", label = \" \" }, { id = \"b\"",
        );
        assert_problem(&text, "question \"q1\": option \"a\" has no `label`");
    }

    #[test]
    fn missing_titles() {
        assert_problem(
            &GOOD.replace("title = \"Test form\"\n", ""),
            "the form has no `title`",
        );
        assert_problem(
            &GOOD.replace("title = \"Pick one\"\n", ""),
            "question \"q1\": has no `title`",
        );
        assert_problem(
            &GOOD.replace("title = \"What helps\"\n", ""),
            "bucket \"helps\" has no `title`",
        );
    }

    #[test]
    fn missing_form_id_and_bad_ids() {
        assert_problem(&GOOD.replace("id = \"t\"\n", ""), "the form has no `id`");
        assert_problem(
            &GOOD.replace("id = \"t\"\n", "id = \"My Form\"\n"),
            "not usable in a link",
        );
        assert_problem(
            &GOOD.replace("id = \"q1\"", "id = \"_q1\""),
            "question \"_q1\": the id is not usable",
        );
        assert_problem(
            &GOOD.replace(
                "{ id = \"a\", label = \"A\" }, { id = \"b\"",
                "{ id = \"_skipped\", label = \"A\" }, { id = \"b\"",
            ),
            "option \"_skipped\": the id is not usable",
        );
    }

    #[test]
    fn undeclared_bucket() {
        let text = GOOD.replace(
            "bucket = \"helps\"\ntitle = \"Pick one\"",
            "bucket = \"nope\"\ntitle = \"Pick one\"",
        );
        assert_problem(&text, "question \"q1\": bucket \"nope\" is not declared");
    }

    #[test]
    fn no_questions_or_buckets() {
        assert_problem("id = \"x\"\ntitle = \"X\"\n", "the form has no questions");
        assert_problem(
            "id = \"x\"\ntitle = \"X\"\n",
            "the form declares no buckets",
        );
    }

    #[test]
    fn diversity_needs_prefer_not_to_say() {
        let text = GOOD.replace(
            "{ id = \"prefer-not-to-say\", label = \"Prefer not to say\" }",
            "{ id = \"over-25\", label = \"25 or over\" }",
        );
        assert_problem(
            &text,
            "question \"age\": a diversity question must offer \"Prefer not to say\"",
        );
    }

    #[test]
    fn limits_in_range_and_in_the_right_kind() {
        assert_problem(
            &GOOD.replace("max_choices = 2", "max_choices = 4"),
            "`max_choices` is 4: use a number from 1 to 3",
        );
        assert_problem(
            &GOOD.replace("max_length = 10", "max_length = 0"),
            "`max_length` is 0",
        );
        assert_problem(
            &GOOD.replace("max_length = 10", "max_choices = 1"),
            "question \"q3\": `max_choices` only applies to multiple questions",
        );
    }

    #[test]
    fn text_with_options() {
        let text = GOOD.replace(
            "max_length = 10",
            "options = [{ id = \"a\", label = \"A\" }]",
        );
        assert_problem(&text, "question \"q3\": a text question has no options");
    }

    #[test]
    fn typos_and_bad_toml() {
        assert_problem(
            &GOOD.replace("intro = ", "introduction = "),
            "unknown field `introduction`",
        );
        assert_problem("id = ", "not valid form TOML");
    }

    #[test]
    fn start_page_settings() {
        let form = parse_toml(GOOD).unwrap();
        assert_eq!(form.minutes, 2, "four questions: about two minutes");
        assert_eq!(form.exit_url, DEFAULT_EXIT_URL);
        assert_eq!(form.support, None);
        let with = GOOD.replace(
            "intro = \"Hello\"\n",
            "intro = \"Hello\"\nminutes = 7\ncontent_note = \"Some questions are about hard times.\"\n\
             exit_url = \"https://example.org/\"\n[support]\ntitle = \"Help now\"\n\
             links = [{ label = \"Samaritans\", href = \"tel:116123\" }]\n",
        );
        let form = parse_toml(&with).unwrap();
        assert_eq!(form.minutes, 7);
        assert_eq!(form.exit_url, "https://example.org/");
        assert_eq!(
            form.content_note.as_deref(),
            Some("Some questions are about hard times.")
        );
        assert_eq!(form.support.unwrap().links[0].href, "tel:116123");
    }

    #[test]
    fn invite_only_forms_say_so_and_others_keep_their_json() {
        let plain = parse_toml(GOOD).unwrap();
        assert!(!plain.invite_only);
        let json = serde_json::to_value(&plain).unwrap();
        assert!(json.get("invite_only").is_none(), "left out when false");
        let closed = parse_toml(&GOOD.replace(
            "intro = \"Hello\"\n",
            "intro = \"Hello\"\ninvite_only = true\n",
        ))
        .unwrap();
        assert!(closed.invite_only);
        let json = serde_json::to_value(&closed).unwrap();
        assert_eq!(json["invite_only"], true);
        let back: Form = serde_json::from_value(json).unwrap();
        assert!(back.invite_only);
        assert_problem(
            &GOOD.replace(
                "intro = \"Hello\"\n",
                "intro = \"Hello\"\ninvite_only = \"yes\"\n",
            ),
            "not valid form TOML",
        );
    }

    #[test]
    fn a_form_belongs_to_its_organisation_and_the_json_does_not_say_which() {
        assert_eq!(parse_toml(GOOD).unwrap().organisation, DEFAULT_ORGANISATION);
        let owned = parse_toml(&GOOD.replace(
            "intro = \"Hello\"\n",
            "intro = \"Hello\"\norganisation = \"riverside\"\n",
        ))
        .unwrap();
        assert_eq!(owned.organisation, "riverside");
        let json = serde_json::to_value(&owned).unwrap();
        assert!(json.get("organisation").is_none(), "{json}");
        assert_problem(
            &GOOD.replace(
                "intro = \"Hello\"\n",
                "intro = \"Hello\"\norganisation = \"Riverside Mind\"\n",
            ),
            "the organisation \"Riverside Mind\" is not a usable id",
        );
    }

    #[test]
    fn a_form_takes_answers_between_its_days() {
        let with = |extra: &str| {
            parse_toml(&GOOD.replace(
                "intro = \"Hello\"\n",
                &format!("intro = \"Hello\"\n{extra}"),
            ))
        };
        let always = parse_toml(GOOD).unwrap();
        assert_eq!(always.taking_answers("2026-11-23"), Openness::Open);
        let form = with("opens = \"2026-12-01\"\ncloses = \"2027-01-31\"\n").unwrap();
        assert_eq!(form.taking_answers("2026-11-30"), Openness::NotYet);
        assert_eq!(form.taking_answers("2026-12-01"), Openness::Open);
        assert_eq!(form.taking_answers("2027-01-31"), Openness::Open);
        assert_eq!(form.taking_answers("2027-02-01"), Openness::Closed);
        assert!(serde_json::to_value(&form).unwrap().get("closes").is_none());
        assert_problem(
            &GOOD.replace(
                "intro = \"Hello\"\n",
                "intro = \"Hello\"\ncloses = \"31/01/2027\"\n",
            ),
            "write a date as",
        );
        assert_problem(
            &GOOD.replace(
                "intro = \"Hello\"\n",
                "intro = \"Hello\"\nopens = \"2027-02-01\"\ncloses = \"2027-01-31\"\n",
            ),
            "is before `opens`",
        );
        assert_eq!(
            with("keep_quotes_days = 365\n").unwrap().keep_quotes_days,
            Some(365)
        );
        assert_problem(
            &GOOD.replace(
                "intro = \"Hello\"\n",
                "intro = \"Hello\"\nkeep_quotes_days = 7\n",
            ),
            "from 30 to 3650",
        );
    }

    #[test]
    fn proof_of_work_is_off_unless_asked_and_kept_out_of_the_json_when_off() {
        let plain = parse_toml(GOOD).unwrap();
        assert!(!plain.proof_of_work);
        let json = serde_json::to_value(&plain).unwrap();
        assert!(json.get("proof_of_work").is_none(), "left out when false");
        let guarded = parse_toml(&GOOD.replace(
            "intro = \"Hello\"\n",
            "intro = \"Hello\"\nproof_of_work = true\n",
        ))
        .unwrap();
        assert!(guarded.proof_of_work);
        let json = serde_json::to_value(&guarded).unwrap();
        assert_eq!(json["proof_of_work"], true);
        let back: Form = serde_json::from_value(json).unwrap();
        assert!(back.proof_of_work);
        assert_problem(
            &GOOD.replace(
                "intro = \"Hello\"\n",
                "intro = \"Hello\"\nproof_of_work = \"yes\"\n",
            ),
            "not valid form TOML",
        );
    }

    #[test]
    fn unsafe_links_are_refused() {
        let with = |extra: &str| {
            GOOD.replace(
                "intro = \"Hello\"\n",
                &format!("intro = \"Hello\"\n{extra}\n"),
            )
        };
        assert_problem(
            &with("exit_url = \"http://example.org\""),
            "`exit_url` \"http://example.org\" must be a plain https://",
        );
        assert_problem(
            &with("exit_url = \"javascript:alert(1)\""),
            "must be a plain https://",
        );
        assert_problem(
            &with(
                "[support]\ntitle = \"Help\"\nlinks = [{ label = \"X\", href = \"javascript:alert(1)\" }]",
            ),
            "[support] link \"X\": `href` \"javascript:alert(1)\" must start with https://, tel:, sms: or mailto:",
        );
        assert_problem(
            &with(
                "[support]\ntitle = \"Help\"\nlinks = [{ label = \"X\", href = 'https://a.org/\"onclick' }]",
            ),
            "must start with https://",
        );
        assert_problem(
            &with("[support]\ntext = \"Call us\""),
            "[support] has no `title`",
        );
        assert_problem(&with("minutes = 0"), "`minutes` is 0");
    }

    #[test]
    fn channels_are_declared_and_unknown_ones_count_as_other() {
        let with = |extra: &str| {
            GOOD.replace(
                "intro = \"Hello\"\n",
                &format!("intro = \"Hello\"\n{extra}\n"),
            )
        };
        let form = parse_toml(&with(
            "channels = [{ id = \"riverside-mind\", name = \"Riverside Mind\" }, { id = \"st-marys\", name = \"St Mary's\" }]",
        ))
        .unwrap();
        assert_eq!(form.counted_channel(Some("st-marys")), "st-marys");
        assert_eq!(form.counted_channel(None), CHANNEL_DIRECT);
        assert_eq!(form.counted_channel(Some(" ")), CHANNEL_DIRECT);
        assert_eq!(form.counted_channel(Some("direct")), CHANNEL_DIRECT);
        assert_eq!(form.counted_channel(Some("other")), CHANNEL_OTHER);
        assert_eq!(form.counted_channel(Some("Riverside-Mind")), CHANNEL_OTHER);
        assert_eq!(
            form.counted_channel(Some("<script>somebody's name</script>")),
            CHANNEL_OTHER
        );
        assert_eq!(
            form.counted_channels().collect::<Vec<_>>(),
            ["riverside-mind", "st-marys", "direct", "other"]
        );
        for (bad, expected) in [
            (
                "channels = [{ id = \"other\", name = \"X\" }]",
                "is kept for responses",
            ),
            (
                "channels = [{ id = \"a b\", name = \"X\" }]",
                "not usable in a link",
            ),
            ("channels = [{ id = \"a\" }]", "has no `name`"),
            (
                "channels = [{ id = \"a\", name = \"X\" }, { id = \"a\", name = \"Y\" }]",
                "declared twice",
            ),
        ] {
            assert_problem(&with(bad), expected);
        }
    }

    #[test]
    fn limits_are_set_per_form_and_per_channel() {
        let with = |extra: &str| {
            GOOD.replace(
                "intro = \"Hello\"\n",
                &format!("intro = \"Hello\"\n{extra}\n"),
            )
        };
        // Unset: the server's default, for every channel alike.
        let plain = parse_toml(GOOD).unwrap();
        assert_eq!(plain.limits, Limits::default());
        assert_eq!(
            plain.allowance(CHANNEL_DIRECT),
            Allowance {
                channel: None,
                per_hour: None
            }
        );
        let form = parse_toml(&with(
            "channels = [{ id = \"busy-cafe\", name = \"Busy café\", submissions_per_hour = 300 }, { id = \"quiet-group\", name = \"Quiet group\" }]\n[limits]\nsubmissions_per_hour = 120",
        ))
        .unwrap();
        assert_eq!(form.limits.submissions_per_hour, Some(120));
        assert_eq!(
            form.allowance("busy-cafe"),
            Allowance {
                channel: Some("busy-cafe"),
                per_hour: Some(300)
            }
        );
        // Channels without a limit of their own share the form's.
        for channel in ["quiet-group", CHANNEL_DIRECT, CHANNEL_OTHER] {
            assert_eq!(
                form.allowance(channel),
                Allowance {
                    channel: None,
                    per_hour: Some(120)
                },
                "{channel}"
            );
        }
        // Only a channel's own limit, and no [limits]: the others get the server's default.
        let only_channel = parse_toml(&with(
            "channels = [{ id = \"busy-cafe\", name = \"Busy café\", submissions_per_hour = 300 }]",
        ))
        .unwrap();
        assert_eq!(only_channel.allowance(CHANNEL_DIRECT).per_hour, None);
        // The server's business: never in the form's JSON.
        let json = serde_json::to_string(&form).unwrap();
        assert!(!json.contains("submissions_per_hour") && !json.contains("limits"));
        assert_eq!(
            parse_toml(&with(&format!(
                "[limits]\nsubmissions_per_hour = {MAX_SUBMISSIONS_PER_HOUR}"
            )))
            .unwrap()
            .limits
            .submissions_per_hour,
            Some(10_000)
        );
        for (bad, expected) in [
            (
                "[limits]\nsubmissions_per_hour = 0",
                "[limits] `submissions_per_hour` is 0: use a number from 1 to 10000",
            ),
            (
                "[limits]\nsubmissions_per_hour = 10001",
                "`submissions_per_hour` is 10001: use a number from 1 to 10000",
            ),
            (
                "[limits]\nsubmissions_per_hour = -5",
                "`submissions_per_hour` is -5",
            ),
            ("[limits]\nper_hour = 5", "unknown field `per_hour`"),
            (
                "channels = [{ id = \"a\", name = \"A\", submissions_per_hour = 0 }]",
                "channel \"a\": `submissions_per_hour` is 0: use a number from 1 to 10000",
            ),
            (
                "channels = [{ id = \"a\", name = \"A\", submissions_per_hour = 99999999999 }]",
                "channel \"a\": `submissions_per_hour` is 99999999999",
            ),
        ] {
            assert_problem(&with(bad), expected);
        }
    }

    #[test]
    fn a_form_may_release_more_carefully() {
        let with = |release: &str| {
            GOOD.replace(
                "intro = \"Hello\"\n",
                &format!("intro = \"Hello\"\n[release]\n{release}\n"),
            )
        };
        let form = parse_toml(&with("policy = \"strict\"\nbase = 20")).unwrap();
        assert_eq!(
            form.release,
            ReleaseSettings {
                strict: Some(true),
                threshold: None,
                base: Some(20)
            }
        );
        assert_eq!(
            parse_toml(GOOD).unwrap().release,
            ReleaseSettings::default()
        );
        assert_problem(
            &with("policy = \"loose\""),
            "use \"standard\" or \"strict\"",
        );
        assert_problem(
            &with("policy = \"strict\"\nthreshold = 6"),
            "`threshold` is for the standard policy",
        );
        assert_problem(&with("threshold = 30"), "use a number from 2 to 20");
        assert_problem(&with("threshold = 8\nbase = 5"), "use a number from 8");
    }

    #[test]
    fn accent_colours_must_contrast_with_white_text() {
        let with = |accent: &str| {
            GOOD.replace(
                "intro = \"Hello\"\n",
                &format!("intro = \"Hello\"\naccent = \"{accent}\"\n"),
            )
        };
        assert_eq!(
            parse_toml(&with("#4c2c92")).unwrap().accent.as_deref(),
            Some("#4c2c92")
        );
        assert_problem(&with("#ffdd00"), "contrast of 1.");
        assert_problem(&with("#777777"), "choose a darker colour");
        assert_problem(&with("purple"), "is not a colour");
    }

    #[test]
    fn logos_are_served_by_chorus() {
        let with = |src: &str| {
            GOOD.replace(
                "intro = \"Hello\"\n",
                &format!(
                    "intro = \"Hello\"\nlogo = {{ src = \"{src}\", alt = \"Riverside Mind\" }}\n"
                ),
            )
        };
        let form = parse_toml(&with("/assets/partners/riverside-mind.svg")).unwrap();
        assert_eq!(form.logo.unwrap().alt.text, "Riverside Mind");
        for bad in [
            "https://riversidemind.org.uk/logo.png",
            "//riversidemind.org.uk/logo.png",
            "/assets/../secret",
            "/assets/a\\\" onerror=\\\"x.png",
            "logo.png",
            "/f/demo",
            "/assets/",
        ] {
            assert_problem(&with(bad), "must be a file Chorus serves itself");
        }
        assert_problem(
            &GOOD.replace(
                "intro = \"Hello\"\n",
                "intro = \"Hello\"\nlogo = { src = \"/assets/l.svg\" }\n",
            ),
            "[logo] has no `alt`",
        );
    }

    #[test]
    fn embed_origins_are_origins() {
        let with = |o: &str| {
            GOOD.replace(
                "intro = \"Hello\"\n",
                &format!("intro = \"Hello\"\nembed_origins = [\"{o}\"]\n"),
            )
        };
        assert_eq!(
            parse_toml(&with("https://riversidemind.org.uk"))
                .unwrap()
                .embed_origins,
            ["https://riversidemind.org.uk"]
        );
        assert!(parse_toml(&with("http://127.0.0.1:8081")).is_ok());
        for bad in [
            "https://a.org/path",
            "http://a.org",
            "*.a.org",
            "https://a.org:99999",
            "https://a b.org",
        ] {
            assert_problem(&with(bad), "`embed_origins` has");
        }
    }

    #[test]
    fn translations_fall_back_to_english_one_text_at_a_time() {
        let text = GOOD
            .replace(
                "title = \"Test form\"",
                "title = { en-GB = \"Test form\", cy = \"Ffurflen prawf\" }",
            )
            .replace(
                "title = \"Pick one\"",
                "title = { en-GB = \"Pick one\", cy = \"Dewiswch un\", ar = \"اختر واحدًا\" }",
            );
        let form = parse_toml(&text).unwrap();
        let cy = form.localised("cy");
        assert_eq!(
            (cy.title.text.as_str(), cy.title.fallback),
            ("Ffurflen prawf", false)
        );
        assert_eq!(
            (
                cy.questions[0].title.text.as_str(),
                cy.questions[0].title.fallback
            ),
            ("Dewiswch un", false)
        );
        // Not translated: English, and marked as such.
        assert_eq!(
            (
                cy.questions[1].title.text.as_str(),
                cy.questions[1].title.fallback
            ),
            ("Pick some", true)
        );
        assert!(
            cy.title.translations.is_empty(),
            "a localised form carries one language"
        );
        let en = form.localised(ENGLISH);
        assert_eq!(
            (en.title.text.as_str(), en.title.fallback),
            ("Test form", false)
        );
        assert_eq!(form.coverage("ar"), (1, form.coverage(ENGLISH).1));
        assert_eq!(form.coverage(ENGLISH).0, form.coverage(ENGLISH).1);
        // The API still shows plain English strings.
        let json = serde_json::to_value(&form).unwrap();
        assert_eq!(json["questions"][0]["title"], "Pick one");
    }

    #[test]
    fn translations_need_english_and_a_listed_language() {
        assert_problem(
            &GOOD.replace("title = \"Pick one\"", "title = { cy = \"Dewiswch un\" }"),
            "question \"q1\" `title` has translations but no English",
        );
        let listed = GOOD.replace(
            "intro = \"Hello\"\n",
            "intro = \"Hello\"\nlanguages = [\"cy\"]\n",
        );
        assert!(
            parse_toml(&listed.replace(
                "title = \"Pick one\"",
                "title = { en-GB = \"Pick one\", cy = \"Dewiswch un\" }"
            ))
            .is_ok()
        );
        assert_problem(
            &listed.replace(
                "title = \"Pick one\"",
                "title = { en-GB = \"Pick one\", pl = \"Wybierz\" }",
            ),
            "has a \"pl\" translation, but \"pl\" is not in the form's `languages`",
        );
    }

    #[test]
    fn all_text_must_fit_one_submission() {
        let text = GOOD.replace("max_length = 10", "max_length = 10000")
            + "\n[[questions]]\nid = \"q4\"\nkind = \"text\"\nbucket = \"helps\"\ntitle = \"More\"\nmax_length = 5000\n";
        assert_problem(
            &text,
            "the text answers' limits add up to 15000 characters: keep the total to 14000",
        );
    }

    #[test]
    fn identifying_questions_are_refused() {
        assert_problem(
            &GOOD.replace(
                "title = \"Tell us\"",
                "title = \"What is your email address?\"",
            ),
            "question \"q3\": asks for something that identifies a person (\"email address\")",
        );
        assert_problem(
            &GOOD.replace("title = \"Tell us\"", "title = \"Tell us your Postcode\""),
            "question \"q3\": asks for something that identifies a person (\"postcode\")",
        );
        // A hint that warns people off is welcome.
        let warned = GOOD.replace(
            "title = \"Tell us\"",
            "title = \"Tell us\"\nhint = \"Please do not include your name\"",
        );
        assert!(parse_toml(&warned).is_ok());
    }

    #[test]
    fn every_problem_is_reported_at_once() {
        let text = GOOD
            .replace("kind = \"single\"", "kind = \"dropdown\"")
            .replace("title = \"Tell us\"\n", "");
        assert_eq!(problems(&text).len(), 2, "{:#?}", problems(&text));
    }
}
