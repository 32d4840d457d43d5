//! Interface text from `locales/` through Fluent (i18n-embed), resolved here on the server so the
//! widget receives plain strings and carries no Fluent of its own.

use std::collections::HashMap;

use chorus_core::schema::{Form, Kind, OTHER_MAX_LENGTH, OTHER_OPTION};
use chorus_widget::strings::{CountStrings, Msg, QuestionStrings, Strings};
use i18n_embed::fluent::FluentLanguageLoader;
use i18n_embed::{I18nEmbedError, LanguageLoader};
use intl_pluralrules::{PluralRuleType, PluralRules};
use rust_embed::RustEmbed;
use unic_langid::LanguageIdentifier;

#[derive(RustEmbed)]
#[folder = "../locales"]
struct Localizations;

/// The language every message exists in, and the one used when nothing else is asked for.
pub const FALLBACK: &str = "en-GB";

/// Messages used by the server besides the widget's own (`Msg`).
const SERVER_MESSAGES: &[&str] = &[
    "question-progress",
    "error-too-long",
    "error-too-many",
    "page-not-found-title",
    "page-not-found-body",
    "rate-limited-title",
    "rate-limited-body",
    "privacy-summary",
    "privacy-back",
    "poster-invitation",
    "poster-promise",
    "poster-also",
    "poster-qr-label",
    "poster-type-link",
    "text-limit",
    "chars-left",
    "chars-over",
    "questions-left",
];

/// A language Chorus's interface is written in.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Language {
    /// The BCP 47 tag, also the folder under `locales/`.
    pub tag: &'static str,
    /// The language's name in itself, as the language switcher shows it.
    pub name: &'static str,
    pub rtl: bool,
}

const fn lang(tag: &'static str, name: &'static str, rtl: bool) -> Language {
    Language { tag, name, rtl }
}

/// The languages Chorus's interface is written in, in the order the switcher lists them.
pub const LANGUAGES: &[Language] = &[
    lang("en-GB", "English", false),
    lang("cy", "Cymraeg", false),
    lang("ar", "العربية", true),
    lang("bn", "বাংলা", false),
    lang("gu", "ગુજરાતી", false),
    lang("it", "Italiano", false),
    lang("pa-Guru", "ਪੰਜਾਬੀ", false),
    lang("pl", "Polski", false),
    lang("pt", "Português", false),
    lang("ro", "Română", false),
    lang("es", "Español", false),
    lang("ur", "اردو", true),
];

/// One of Chorus's languages by its tag, whatever its capitals ("CY" is "cy").
pub fn language(tag: &str) -> Option<&'static Language> {
    LANGUAGES.iter().find(|l| l.tag.eq_ignore_ascii_case(tag))
}

/// The page's language: `?lang=` if Chorus speaks it, else the best match for the browser's
/// `Accept-Language`, else English. Never a cookie: the choice travels in the URL.
pub fn choose(
    query: Option<&str>,
    accept_language: Option<&str>,
    available: &[&'static str],
) -> &'static str {
    if let Some(tag) = query.and_then(|q| available.iter().find(|t| t.eq_ignore_ascii_case(q))) {
        return tag;
    }
    let requested = fluent_langneg::accepted_languages::parse(accept_language.unwrap_or_default());
    let ids: Vec<LanguageIdentifier> = available.iter().filter_map(|t| t.parse().ok()).collect();
    let default: LanguageIdentifier = FALLBACK.parse().expect("a valid tag");
    let chosen = fluent_langneg::negotiate_languages(
        &requested,
        &ids,
        Some(&default),
        fluent_langneg::NegotiationStrategy::Lookup,
    );
    let chosen = chosen.first().map(|id| id.to_string()).unwrap_or_default();
    available
        .iter()
        .find(|t| **t == chosen)
        .copied()
        .unwrap_or(FALLBACK)
}

/// Loaded interface text for every language Chorus speaks.
pub struct Locales {
    loaders: HashMap<String, FluentLanguageLoader>,
}

impl Locales {
    /// Loads every language in `locales/`; a message a language lacks falls back to English.
    pub fn load() -> Result<Locales, I18nEmbedError> {
        let mut loaders = HashMap::new();
        let fallback: LanguageIdentifier = FALLBACK.parse().expect("a valid language tag");
        for language in LANGUAGES {
            let present = Localizations::get(&format!("{}/widget.ftl", language.tag)).is_some();
            if !present {
                continue;
            }
            let id: LanguageIdentifier = language.tag.parse().expect("a valid language tag");
            let loader = FluentLanguageLoader::new("widget", fallback.clone());
            if id == fallback {
                loader.load_languages(&Localizations, &[id])?;
            } else {
                loader.load_languages(&Localizations, &[id, fallback.clone()])?;
            }
            loaders.insert(language.tag.to_string(), loader);
        }
        Ok(Locales { loaders })
    }

    /// The languages a form is offered in: those it lists (and English), or every language
    /// Chorus speaks when it lists none.
    pub fn offered(&self, form: &Form) -> Vec<&'static str> {
        self.available()
            .into_iter()
            .filter(|t| {
                form.languages.is_empty() || *t == FALLBACK || form.languages.iter().any(|l| l == t)
            })
            .collect()
    }

    /// The languages loaded, in the switcher's order.
    pub fn available(&self) -> Vec<&'static str> {
        LANGUAGES
            .iter()
            .map(|l| l.tag)
            .filter(|t| self.loaders.contains_key(*t))
            .collect()
    }

    fn loader(&self, lang: &str) -> &FluentLanguageLoader {
        self.loaders
            .get(lang)
            .unwrap_or_else(|| &self.loaders[FALLBACK])
    }

    /// A message the server shows itself, outside the widget.
    pub fn get(&self, lang: &str, id: &str) -> String {
        self.loader(lang).get(id)
    }

    /// A message with one number in it, such as "It takes about { $minutes } minutes."
    pub fn get_with(&self, lang: &str, id: &str, name: &str, value: usize) -> String {
        self.loader(lang)
            .get_args(id, HashMap::from([(name, value)]))
    }

    /// Message ids the widget and server use that the language lacks.
    pub fn missing(&self, lang: &str) -> Vec<&'static str> {
        let loader = self.loader(lang);
        let ids = Msg::ALL
            .iter()
            .map(|m| m.id())
            .chain(SERVER_MESSAGES.iter().copied());
        ids.filter(|id| !loader.has(id)).collect()
    }

    /// Every string the widget may show for `form`, in `lang`.
    pub fn widget_strings(&self, form: &Form, lang: &str) -> Strings {
        let loader = self.loader(lang);
        let total = form.questions.len();
        let questions = form
            .questions
            .iter()
            .enumerate()
            .map(|(i, q)| QuestionStrings {
                progress: loader.get_args(
                    "question-progress",
                    HashMap::from([("number", i + 1), ("total", total)]),
                ),
                left: loader.get_args("questions-left", HashMap::from([("count", total - i - 1)])),
                error: match q.kind {
                    Kind::Text => Some(
                        loader.get_args("error-too-long", HashMap::from([("max", q.text_limit())])),
                    ),
                    Kind::Multiple if q.choice_limit() < q.options.len() => Some(
                        loader
                            .get_args("error-too-many", HashMap::from([("max", q.choice_limit())])),
                    ),
                    _ => None,
                },
                other_error: q.option(OTHER_OPTION).is_some().then(|| {
                    loader.get_args("error-too-long", HashMap::from([("max", OTHER_MAX_LENGTH)]))
                }),
                limit: (q.kind == Kind::Text).then(|| {
                    loader.get_args("text-limit", HashMap::from([("max", q.text_limit())]))
                }),
            })
            .collect();
        let tag = language(lang)
            .filter(|l| self.loaders.contains_key(l.tag))
            .map_or(FALLBACK, |l| l.tag);
        Strings {
            lang: tag.to_string(),
            rtl: language(tag).is_some_and(|l| l.rtl),
            languages: self
                .offered(form)
                .into_iter()
                .filter_map(language)
                .map(|l| (l.tag.to_string(), l.name.to_string()))
                .collect(),
            messages: Msg::ALL
                .iter()
                .map(|&m| match m {
                    Msg::StartTime => {
                        loader.get_args(m.id(), HashMap::from([("minutes", form.minutes)]))
                    }
                    Msg::SavedBody => {
                        loader.get_args(m.id(), HashMap::from([("days", form.draft_days)]))
                    }
                    _ => loader.get(m.id()),
                })
                .collect(),
            questions,
            counts: count_strings(loader),
        }
    }
}

/// The character count's messages for each plural category of the loader's language, with
/// `{n}` where the number goes, so the browser can show them without Fluent.
fn count_strings(loader: &FluentLanguageLoader) -> Vec<CountStrings> {
    // Plural rules are per language, not per region ("en", not "en-GB").
    let language =
        LanguageIdentifier::from_parts(loader.current_language().language, None, None, &[]);
    let Ok(rules) = PluralRules::create(language, PluralRuleType::CARDINAL) else {
        return Vec::new();
    };
    let mut out: Vec<CountStrings> = Vec::new();
    // A number for each category: CLDR's categories all show up below 200.
    for n in 0..200u32 {
        let Ok(category) = rules.select(n) else {
            continue;
        };
        let category = format!("{category:?}").to_lowercase();
        if out.iter().any(|c| c.category == category) {
            continue;
        }
        let text = |id: &str| {
            loader
                .get_args(id, HashMap::from([("count", n)]))
                .replace(&n.to_string(), "{n}")
        };
        out.push(CountStrings {
            left: text("chars-left"),
            over: text("chars-over"),
            category,
        });
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn english_has_every_widget_message() {
        let locales = Locales::load().unwrap();
        assert_eq!(locales.missing(FALLBACK), Vec::<&str>::new());
    }

    /// Fluent's choice for each number matches CLDR's category, and the category's template
    /// (what the browser uses) says the same as Fluent, in the languages with most plurals.
    #[test]
    fn plurals_in_welsh_arabic_and_polish() {
        let locales = Locales::load().unwrap();
        for (tag, categories) in [("cy", 6), ("ar", 6), ("pl", 3)] {
            let loader = locales.loader(tag);
            let counts = count_strings(loader);
            assert_eq!(counts.len(), categories, "{tag}: {counts:?}");
            let id =
                LanguageIdentifier::from_parts(loader.current_language().language, None, None, &[]);
            let rules = PluralRules::create(id, PluralRuleType::CARDINAL).unwrap();
            let mut seen = Vec::new();
            for n in [0u32, 1, 2, 3, 6, 11, 100] {
                let category = format!("{:?}", rules.select(n).unwrap()).to_lowercase();
                let fluent = loader.get_args("chars-left", HashMap::from([("count", n)]));
                let strings = Strings {
                    counts: counts.clone(),
                    ..Strings::default()
                };
                assert_eq!(
                    strings.count(i64::from(n), &category),
                    fluent,
                    "{tag} {n} ({category})"
                );
                assert!(!fluent.contains("chars-left") && !fluent.is_empty());
                let left = loader.get_args("questions-left", HashMap::from([("count", n)]));
                assert!(
                    !left.contains("questions-left") && !left.is_empty(),
                    "{tag} {n}"
                );
                seen.push(fluent);
            }
            seen.dedup();
            assert!(
                seen.len() >= 3,
                "{tag}: the numbers should not all read alike: {seen:?}"
            );
        }
    }

    #[test]
    fn choosing_the_language() {
        let all: Vec<&str> = LANGUAGES.iter().map(|l| l.tag).collect();
        assert_eq!(choose(Some("cy"), Some("pl"), &all), "cy", "the link wins");
        assert_eq!(choose(Some("xx"), Some("pl, en;q=0.5"), &all), "pl");
        assert_eq!(choose(None, Some("pa-IN,pa;q=0.9"), &all), "pa-Guru");
        assert_eq!(choose(None, Some("pt-BR"), &all), "pt");
        assert_eq!(choose(None, Some("en-US,en;q=0.9"), &all), "en-GB");
        assert_eq!(choose(None, Some("fr-FR"), &all), "en-GB");
        assert_eq!(choose(None, None, &all), "en-GB");
        assert_eq!(
            choose(Some("cy"), None, &["en-GB"]),
            "en-GB",
            "only languages offered"
        );
    }

    #[test]
    fn character_counts_per_plural_category() {
        let locales = Locales::load().unwrap();
        let counts = count_strings(locales.loader(FALLBACK));
        let categories: Vec<&str> = counts.iter().map(|c| c.category.as_str()).collect();
        assert_eq!(categories, ["other", "one"]);
        let strip = |s: &str| s.replace(['\u{2068}', '\u{2069}'], "");
        assert_eq!(strip(&counts[1].left), "You have {n} character remaining");
        assert_eq!(strip(&counts[0].over), "You have {n} characters too many");
    }
}
