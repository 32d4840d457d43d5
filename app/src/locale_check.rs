//! `chorus check locales`: every language says everything English says, with the same
//! variables, in valid Fluent, and says whether a fluent speaker has reviewed it.
//!
//! A message missing in a language would fall back to English at run time; this catches it
//! before it ships, together with variables a translation invents (they would show as errors).

use std::collections::{BTreeMap, BTreeSet};
use std::fmt;
use std::path::{Path, PathBuf};

use fluent_syntax::ast::{Entry, Expression, InlineExpression, Pattern, PatternElement};

use crate::i18n::{FALLBACK, LANGUAGES};

/// The one Fluent file each language has.
pub const FILE: &str = "widget.ftl";

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LocaleProblem {
    pub file: PathBuf,
    pub message: String,
}

impl fmt::Display for LocaleProblem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.file.display(), self.message)
    }
}

/// What a Fluent file holds: each message id with the variables it uses.
type Messages = BTreeMap<String, BTreeSet<String>>;

fn read(file: &Path) -> Result<Messages, Vec<String>> {
    let text =
        std::fs::read_to_string(file).map_err(|e| vec![format!("cannot read the file: {e}")])?;
    let resource = match fluent_syntax::parser::parse(text.as_str()) {
        Ok(r) => r,
        Err((_, errors)) => {
            return Err(errors
                .iter()
                .map(|e| {
                    let line = text[..e.pos.start.min(text.len())].matches('\n').count() + 1;
                    format!("line {line}: not valid Fluent ({:?}); a select must end with a `*` default variant", e.kind)
                })
                .collect());
        }
    };
    let mut messages = Messages::new();
    for entry in resource.body {
        if let Entry::Message(m) = entry {
            let mut vars = BTreeSet::new();
            if let Some(value) = &m.value {
                pattern_vars(value, &mut vars);
            }
            messages.insert(m.id.name.to_string(), vars);
        }
    }
    Ok(messages)
}

fn pattern_vars(pattern: &Pattern<&str>, out: &mut BTreeSet<String>) {
    for element in &pattern.elements {
        if let PatternElement::Placeable { expression } = element {
            expression_vars(expression, out);
        }
    }
}

fn expression_vars(expression: &Expression<&str>, out: &mut BTreeSet<String>) {
    match expression {
        Expression::Select { selector, variants } => {
            inline_vars(selector, out);
            for v in variants {
                pattern_vars(&v.value, out);
            }
        }
        Expression::Inline(inline) => inline_vars(inline, out),
    }
}

fn inline_vars(inline: &InlineExpression<&str>, out: &mut BTreeSet<String>) {
    match inline {
        InlineExpression::VariableReference { id } => {
            out.insert(id.name.to_string());
        }
        InlineExpression::Placeable { expression } => expression_vars(expression, out),
        InlineExpression::FunctionReference { arguments, .. } => {
            for a in &arguments.positional {
                inline_vars(a, out);
            }
        }
        _ => {}
    }
}

/// Checks every language folder under `dir` against `dir/en-GB`. Returns the problems found
/// and, per language, how many of English's messages it has.
pub fn check(dir: &Path) -> (Vec<LocaleProblem>, Vec<(String, usize, usize)>) {
    let mut problems = Vec::new();
    let mut coverage = Vec::new();
    let reference_file = dir.join(FALLBACK).join(FILE);
    let reference = match read(&reference_file) {
        Ok(m) => m,
        Err(errors) => {
            let file = reference_file.clone();
            problems.extend(errors.into_iter().map(|message| LocaleProblem {
                file: file.clone(),
                message,
            }));
            return (problems, coverage);
        }
    };
    let mut folders: Vec<String> = std::fs::read_dir(dir)
        .map(|entries| {
            entries
                .filter_map(|e| e.ok())
                .filter(|e| e.path().is_dir())
                .filter_map(|e| e.file_name().to_str().map(str::to_string))
                .collect()
        })
        .unwrap_or_default();
    folders.sort();
    for language in LANGUAGES {
        if !folders.iter().any(|f| f == language.tag) {
            problems.push(LocaleProblem {
                file: dir.join(language.tag),
                message: format!(
                    "{} is offered but has no {FILE}: translate locales/{FALLBACK}/{FILE}",
                    language.name
                ),
            });
        }
    }
    for folder in folders.iter().filter(|f| *f != FALLBACK) {
        let file = dir.join(folder).join(FILE);
        let mut say = |message: String| {
            problems.push(LocaleProblem {
                file: file.clone(),
                message,
            })
        };
        if !LANGUAGES.iter().any(|l| l.tag == folder) {
            say(format!(
                "\"{folder}\" is not one of Chorus's languages: add it to LANGUAGES in app/src/i18n.rs or remove the folder"
            ));
        }
        let text = std::fs::read_to_string(&file).unwrap_or_default();
        if !text.lines().take(5).any(|l| l.starts_with("# Reviewed:")) {
            say("the first lines must say whether a fluent speaker has reviewed it: `# Reviewed: yes, by …` or `# Reviewed: no …`".into());
        }
        let messages = match read(&file) {
            Ok(m) => m,
            Err(errors) => {
                errors.into_iter().for_each(&mut say);
                continue;
            }
        };
        for (id, vars) in &reference {
            match messages.get(id) {
                None => say(format!(
                    "message \"{id}\" is missing: translate it from locales/{FALLBACK}/{FILE}"
                )),
                Some(theirs) => {
                    for extra in theirs.difference(vars) {
                        say(format!(
                            "message \"{id}\" uses ${extra}, which English does not pass: use only {}",
                            listed(vars)
                        ));
                    }
                }
            }
        }
        for id in messages.keys().filter(|id| !reference.contains_key(*id)) {
            say(format!(
                "message \"{id}\" is not in English: remove it, or add it to locales/{FALLBACK}/{FILE} first"
            ));
        }
        let have = reference
            .keys()
            .filter(|id| messages.contains_key(*id))
            .count();
        coverage.push((folder.clone(), have, reference.len()));
    }
    (problems, coverage)
}

fn listed(vars: &BTreeSet<String>) -> String {
    if vars.is_empty() {
        "no variables".into()
    } else {
        vars.iter()
            .map(|v| format!("${v}"))
            .collect::<Vec<_>>()
            .join(", ")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn locales() -> PathBuf {
        PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../locales")
    }

    #[test]
    fn the_shipped_locales_are_complete() {
        let (problems, coverage) = check(&locales());
        assert_eq!(
            problems,
            vec![],
            "{}",
            problems
                .iter()
                .map(|p| p.to_string())
                .collect::<Vec<_>>()
                .join("\n")
        );
        assert_eq!(coverage.len(), LANGUAGES.len() - 1);
        assert!(coverage.iter().all(|(_, have, all)| have == all));
    }

    #[test]
    fn a_broken_copy_is_caught() {
        let dir = tempfile::tempdir().unwrap();
        for language in ["en-GB", "cy"] {
            std::fs::create_dir_all(dir.path().join(language)).unwrap();
            std::fs::copy(
                locales().join(language).join(FILE),
                dir.path().join(language).join(FILE),
            )
            .unwrap();
        }
        let cy = dir.path().join("cy").join(FILE);
        let text = std::fs::read_to_string(&cy).unwrap();
        // Drop "back", give "question-progress" a variable English does not pass, add a stray
        // message, and break a selector's default.
        let broken: String = text
            .lines()
            .filter(|l| !l.starts_with("back ="))
            .map(|l| {
                if l.starts_with("question-progress") {
                    "question-progress = Cwestiwn { $number } o { $total } { $name }".to_string()
                } else {
                    l.to_string()
                }
            })
            .collect::<Vec<_>>()
            .join("\n")
            + "\nextra-message = Helo\n";
        std::fs::write(&cy, broken).unwrap();
        let (problems, _) = check(dir.path());
        let text: Vec<String> = problems.iter().map(|p| p.message.clone()).collect();
        for expected in [
            "message \"back\" is missing",
            "message \"question-progress\" uses $name, which English does not pass: use only $number, $total",
            "message \"extra-message\" is not in English",
            "Polski is offered but has no widget.ftl",
        ] {
            assert!(
                text.iter().any(|t| t.contains(expected)),
                "missing {expected:?} in {text:#?}"
            );
        }

        let no_default = std::fs::read_to_string(&cy)
            .unwrap()
            .replace("   *[other]", "    [other]");
        std::fs::write(&cy, no_default).unwrap();
        let (problems, _) = check(dir.path());
        assert!(
            problems
                .iter()
                .any(|p| p.message.contains("not valid Fluent")),
            "{problems:#?}"
        );
    }
}
