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
    "text-limit",
    "chars-left",
    "chars-over",
];

/// The languages Chorus's interface is written in.
pub const LANGUAGES: &[&str] = &[FALLBACK];

/// Loaded interface text for every language Chorus speaks.
pub struct Locales {
    loaders: HashMap<String, FluentLanguageLoader>,
}

impl Locales {
    pub fn load() -> Result<Locales, I18nEmbedError> {
        let mut loaders = HashMap::new();
        for tag in LANGUAGES {
            let lang: LanguageIdentifier = tag.parse().expect("a valid language tag");
            let loader = FluentLanguageLoader::new("widget", lang.clone());
            loader.load_languages(&Localizations, &[lang])?;
            loaders.insert((*tag).to_string(), loader);
        }
        Ok(Locales { loaders })
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
        Strings {
            lang: loader.current_language().to_string(),
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
