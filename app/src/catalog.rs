//! The forms a server offers, read from `forms/*.toml` at start. A form with any problem stops
//! the start, so people never meet a half-broken form.

use std::collections::BTreeMap;
use std::fmt;
use std::path::{Path, PathBuf};
use std::sync::Arc;

use chorus_core::schema::{self, Form, Problem};

use crate::i18n::{LANGUAGES, language};

/// A problem in a form file, with the file it is in.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FileProblem {
    pub file: PathBuf,
    pub problem: Problem,
}

impl fmt::Display for FileProblem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.file.display(), self.problem)
    }
}

#[derive(Debug, Clone, Default)]
pub struct Catalog {
    forms: BTreeMap<String, Arc<Form>>,
}

impl Catalog {
    pub fn get(&self, id: &str) -> Option<Arc<Form>> {
        self.forms.get(id).cloned()
    }

    pub fn ids(&self) -> impl Iterator<Item = &str> {
        self.forms.keys().map(String::as_str)
    }

    /// Reads every `.toml` file in the given files or folders; returns every problem found.
    pub fn load(paths: &[PathBuf]) -> Result<Catalog, Vec<FileProblem>> {
        let mut problems = Vec::new();
        let mut files = Vec::new();
        for path in paths {
            if path.is_dir() {
                match std::fs::read_dir(path) {
                    Ok(entries) => {
                        let mut found: Vec<PathBuf> = entries
                            .filter_map(|e| e.ok().map(|e| e.path()))
                            .filter(|p| p.extension().is_some_and(|e| e == "toml"))
                            .collect();
                        found.sort();
                        files.extend(found);
                    }
                    Err(e) => problems.push(problem(path, format!("cannot read the folder: {e}"))),
                }
            } else {
                files.push(path.clone());
            }
        }
        if files.is_empty() && problems.is_empty() {
            let shown: Vec<String> = paths.iter().map(|p| p.display().to_string()).collect();
            problems.push(problem(
                paths.first().map_or(Path::new("."), |p| p.as_path()),
                format!(
                    "no form files (*.toml) found in {}: add one, see docs/forms.md",
                    shown.join(", ")
                ),
            ));
        }

        let mut forms: BTreeMap<String, (PathBuf, Arc<Form>)> = BTreeMap::new();
        for file in files {
            let text = match std::fs::read_to_string(&file) {
                Ok(t) => t,
                Err(e) => {
                    problems.push(problem(&file, format!("cannot read the file: {e}")));
                    continue;
                }
            };
            match schema::parse_toml(&text) {
                Ok(mut form) => {
                    // Languages must be ones Chorus's interface speaks.
                    let mut wrong = std::collections::BTreeSet::new();
                    form.for_each_text(&mut |_, t| {
                        wrong.extend(
                            t.translations
                                .keys()
                                .filter(|l| language(l).is_none())
                                .cloned(),
                        )
                    });
                    wrong.extend(
                        form.languages
                            .iter()
                            .filter(|l| language(l).is_none())
                            .cloned(),
                    );
                    for lang in wrong {
                        let known: Vec<&str> = LANGUAGES.iter().map(|l| l.tag).collect();
                        problems.push(problem(
                            &file,
                            format!(
                                "\"{lang}\" is not a language Chorus speaks: use one of {}",
                                known.join(", ")
                            ),
                        ));
                    }
                    let stem = file
                        .file_stem()
                        .and_then(|s| s.to_str())
                        .unwrap_or_default();
                    if stem != form.id {
                        problems.push(problem(
                            &file,
                            format!("the form id is \"{}\" but the file is named \"{stem}.toml\": make them the same", form.id),
                        ));
                    } else if let Some((other, _)) = forms.get(&form.id) {
                        problems.push(problem(
                            &file,
                            format!(
                                "form id \"{}\" is also used by {}",
                                form.id,
                                other.display()
                            ),
                        ));
                    } else {
                        forms.insert(form.id.clone(), (file.clone(), Arc::new(form)));
                    }
                }
                Err(found) => problems.extend(found.into_iter().map(|p| FileProblem {
                    file: file.clone(),
                    problem: p,
                })),
            }
        }
        if problems.is_empty() {
            Ok(Catalog {
                forms: forms
                    .into_iter()
                    .map(|(id, (_, form))| (id, form))
                    .collect(),
            })
        } else {
            Err(problems)
        }
    }
}

fn problem(file: &Path, message: String) -> FileProblem {
    FileProblem {
        file: file.to_path_buf(),
        problem: Problem {
            question: None,
            message,
        },
    }
}

/// A form's definition as recorded in its versions: what people were shown, as JSON
/// (wording, options, translations, look). Not the server's settings, nor the partner sites
/// allowed to embed it, which are not what anyone answered.
pub fn definition(form: &Form) -> String {
    let shown = Form {
        embed_origins: Vec::new(),
        ..form.clone()
    };
    serde_json::to_string_pretty(&shown).unwrap_or_default()
}
