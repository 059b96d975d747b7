//! The settings file, `oagen.toml`: one `[[crate]]` table per generated crate, read the same way by
//! the CLI, by `build.rs` ([`Settings::from_config`]) and by CI. Unknown keys are refused with the
//! key and the line, because a misspelt option silently ignored generates the wrong crate.
//!
//! ```toml
//! [[crate]]
//! name = "petstore"                  # package name of the generated crate
//! spec = "openapi.yaml"              # relative to this file's directory
//! out = "generated/petstore"         # idem; the CLI needs it, build.rs does not
//! parts = ["models", "client"]       # default: all three
//! enum-fallback = true
//! check-responses = false            # decode responses without constraint checks
//! pagination = false                 # no `<operation>_stream` methods
//! split-lines = 25000                # files longer than this include the rest from parts (0: never)
//! tag-features = true                # a Cargo feature per tag (`tag-pets`), all on by default
//! derives = ["Hash"]
//! [crate.filter]
//! tags = ["pets"]
//! exclude-operations = ["*_destroy"]
//! [crate.replace]
//! Timestamp = "chrono::DateTime<chrono::Utc>"
//! ```

use std::collections::BTreeMap;
use std::ops::Range;
use std::path::{Path, PathBuf};

use serde::Deserialize;
use toml::Spanned;

use crate::error::Error;
use crate::filter::Filter;
use crate::{Parts, Settings};

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct ConfigFile {
    #[serde(rename = "crate", default)]
    crates: Vec<CrateEntry>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
struct CrateEntry {
    name: Spanned<String>,
    spec: PathBuf,
    out: Option<PathBuf>,
    parts: Option<Vec<Spanned<String>>>,
    #[serde(default)]
    enum_fallback: bool,
    #[serde(default = "yes")]
    check_responses: bool,
    #[serde(default = "yes")]
    pagination: bool,
    #[serde(default = "default_split_lines")]
    split_lines: usize,
    #[serde(default)]
    tag_features: bool,
    #[serde(default)]
    filter: FilterEntry,
    #[serde(default)]
    replace: BTreeMap<String, Spanned<String>>,
    #[serde(default)]
    derives: Vec<Spanned<String>>,
}

fn yes() -> bool {
    true
}

#[derive(Deserialize, Default)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
struct FilterEntry {
    #[serde(default)]
    tags: Vec<String>,
    #[serde(default)]
    operations: Vec<String>,
    #[serde(default)]
    paths: Vec<String>,
    #[serde(default)]
    exclude_tags: Vec<String>,
    #[serde(default)]
    exclude_operations: Vec<String>,
    #[serde(default)]
    exclude_paths: Vec<String>,
}

/// Reads the settings file at `path`: the settings of every crate it lists, in file order, with
/// their paths made relative to the file's directory.
pub fn read(path: &Path) -> Result<Vec<Settings>, Error> {
    let text = std::fs::read_to_string(path).map_err(|source| Error::Read { path: path.to_owned(), source })?;
    parse(path, &text)
}

/// Parses settings-file text; `path` locates relative paths and names the file in errors.
pub fn parse(path: &Path, text: &str) -> Result<Vec<Settings>, Error> {
    let at = |span: Option<Range<usize>>, message: String| Error::Config {
        path: path.to_owned(),
        line: span.map(|s| line_of(text, s.start)),
        message,
    };
    let file: ConfigFile = toml::from_str(text).map_err(|err| at(err.span(), err.message().to_owned()))?;
    if file.crates.is_empty() {
        return Err(at(None, "no `[[crate]]` table: the file lists no crate to generate".into()));
    }
    let base = path.parent().unwrap_or(Path::new(""));
    let mut names: Vec<&str> = Vec::new();
    let mut all = Vec::new();
    for entry in &file.crates {
        let name = entry.name.get_ref();
        if names.contains(&name.as_str()) {
            return Err(at(Some(entry.name.span()), format!("crate `{name}` is listed twice")));
        }
        names.push(name);
        all.push(crate_settings(entry, base, path).map_err(|(span, message)| at(span, message))?);
    }
    Ok(all)
}

type Located = (Option<Range<usize>>, String);

fn default_split_lines() -> usize {
    crate::DEFAULT_SPLIT_LINES
}

fn crate_settings(entry: &CrateEntry, base: &Path, file: &Path) -> Result<Settings, Located> {
    crate::validate_crate_name(entry.name.get_ref()).map_err(|err| (Some(entry.name.span()), err.to_string()))?;
    let mut settings = Settings::new(base.join(&entry.spec)).crate_name(entry.name.get_ref()).enum_fallback(entry.enum_fallback)
        .check_responses(entry.check_responses)
        .pagination(entry.pagination)
        .split_lines(entry.split_lines)
        .tag_features(entry.tag_features);
    settings.out = entry.out.as_ref().map(|out| base.join(out));
    settings.settings_file = Some(file.to_owned());
    if let Some(parts) = &entry.parts {
        settings.parts = parse_parts(parts)?;
    }
    let f = &entry.filter;
    settings.filter = Filter {
        tags: f.tags.clone(),
        operations: f.operations.clone(),
        paths: f.paths.clone(),
        exclude_tags: f.exclude_tags.clone(),
        exclude_operations: f.exclude_operations.clone(),
        exclude_paths: f.exclude_paths.clone(),
    };
    for (schema, rust) in &entry.replace {
        crate::validate_rust_type(rust.get_ref()).map_err(|message| (Some(rust.span()), format!("replace.{schema}: {message}")))?;
        settings.type_replacements.insert(schema.clone(), rust.get_ref().clone());
    }
    for derive in &entry.derives {
        crate::validate_derive(derive.get_ref()).map_err(|message| (Some(derive.span()), format!("derives: {message}")))?;
        settings.extra_derives.push(derive.get_ref().clone());
    }
    Ok(settings)
}

fn parse_parts(parts: &[Spanned<String>]) -> Result<Parts, Located> {
    let mut chosen = Parts { models: false, client: false, server: false };
    for part in parts {
        match part.get_ref().as_str() {
            "models" => chosen.models = true,
            "client" => chosen.client = true,
            "server" => chosen.server = true,
            other => {
                return Err((Some(part.span()), format!("unknown part `{other}`: expected `models`, `client` or `server`")));
            }
        }
    }
    chosen.validate().map_err(|message| (parts.first().map(Spanned::span), message))?;
    Ok(chosen)
}

/// 1-based line of a byte offset.
fn line_of(text: &str, offset: usize) -> usize {
    text.as_bytes().iter().take(offset).filter(|b| **b == b'\n').count() + 1
}

#[cfg(test)]
mod tests {
    use super::*;

    fn error(text: &str) -> String {
        match parse(Path::new("dir/oagen.toml"), text) {
            Ok(_) => String::from("parsed"),
            Err(err) => err.to_string(),
        }
    }

    #[test]
    fn unknown_keys_name_the_key_and_line() {
        let err = error("[[crate]]\nname = \"a\"\nspec = \"a.yaml\"\nenum-fallbak = true\n");
        assert!(err.starts_with("dir/oagen.toml:4:") && err.contains("enum-fallbak"), "{err}");
        let err = error("[[crate]]\nname = \"a\"\nspec = \"a.yaml\"\n[crate.filter]\ntag = [\"x\"]\n");
        assert!(err.starts_with("dir/oagen.toml:5:") && err.contains("`tag`"), "{err}");
    }

    #[test]
    fn values_are_checked_where_they_are_written() {
        let err = error("[[crate]]\nname = \"a\"\nspec = \"a.yaml\"\nparts = [\"client\"]\n");
        assert!(err.starts_with("dir/oagen.toml:4:") && err.contains("models"), "{err}");
        let err = error("[[crate]]\nname = \"a\"\nspec = \"a.yaml\"\n\n[crate.replace]\nStamp = \"not a type!\"\n");
        assert!(err.starts_with("dir/oagen.toml:6:") && err.contains("replace.Stamp"), "{err}");
        let err = error("[[crate]]\nname = \"9a\"\nspec = \"a.yaml\"\n");
        assert!(err.starts_with("dir/oagen.toml:2:"), "{err}");
    }

    #[test]
    fn paths_are_relative_to_the_file() -> Result<(), Error> {
        let text = "[[crate]]\nname = \"a\"\nspec = \"specs/a.yaml\"\nout = \"gen/a\"\nderives = [\"Hash\"]\n";
        let crates = parse(Path::new("dir/oagen.toml"), text)?;
        assert_eq!(crates[0].spec, Path::new("dir/specs/a.yaml"));
        assert_eq!(crates[0].out.as_deref(), Some(Path::new("dir/gen/a")));
        assert_eq!(crates[0].extra_derives, ["Hash"]);
        Ok(())
    }

    #[test]
    fn split_lines_defaults_and_reads() -> Result<(), Error> {
        let crates = parse(Path::new("oagen.toml"), "[[crate]]\nname = \"a\"\nspec = \"a.yaml\"\n\n[[crate]]\nname = \"b\"\nspec = \"b.yaml\"\nsplit-lines = 0\n")?;
        assert_eq!((crates[0].split_lines, crates[1].split_lines), (crate::DEFAULT_SPLIT_LINES, 0));
        Ok(())
    }
}
