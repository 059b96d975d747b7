//! The fixed code generated crates carry: ordinary Rust files under `generator/support/`, compiled
//! and linted in the workspace by `oagen-support-check`, embedded here and spliced as tokens where
//! an emitter needs them.
//!
//! Each file is one piece an emitter includes under one condition (a JSON body, an open enum, ...),
//! so a crate carries only what it uses; parts of a piece that depend on more than that carry
//! `#[cfg(oagen = "...")]` conditions (see [`conditions`]). Plain `//` comments in the files are for
//! maintainers and vanish in tokenization; `///` comments stay as doc attributes.

mod conditions;
pub use conditions::FEATURES;

use std::cell::OnceCell;
use std::str::FromStr;
use std::sync::OnceLock;

use proc_macro2::TokenStream;
use quote::quote;

/// One support file.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Piece {
    ConstraintError,
    FromStr,
    ParamValue,
    ParamValueUuid,
    ParamValueChrono,
    ParamValueNet,
    OpenEnum,
    ConstrainedString,
    ConstrainedNumber,
    ModelsUnchecked,
    ClientErrors,
    ClientResponse,
    ClientPages,
    ClientApiKey,
    ClientEncodeForm,
    ClientDecode,
    ClientEncode,
    ClientStruct,
    ClientCredentials,
    ClientRequest,
    ClientMethods,
    ServerRejection,
    ServerStatusCode,
    ServerExtract,
    ServerFormBody,
    ServerTextBody,
    ServerBinaryBody,
    ServerMultipart,
    ServerAuth,
    ServerRequest,
    ReadObject,
}

impl Piece {
    pub const ALL: [Piece; 31] = [
        Self::ConstraintError,
        Self::FromStr,
        Self::ParamValue,
        Self::ParamValueUuid,
        Self::ParamValueChrono,
        Self::ParamValueNet,
        Self::OpenEnum,
        Self::ConstrainedString,
        Self::ConstrainedNumber,
        Self::ModelsUnchecked,
        Self::ClientErrors,
        Self::ClientResponse,
        Self::ClientPages,
        Self::ClientApiKey,
        Self::ClientEncodeForm,
        Self::ClientDecode,
        Self::ClientEncode,
        Self::ClientStruct,
        Self::ClientCredentials,
        Self::ClientRequest,
        Self::ClientMethods,
        Self::ServerRejection,
        Self::ServerStatusCode,
        Self::ServerExtract,
        Self::ServerFormBody,
        Self::ServerTextBody,
        Self::ServerBinaryBody,
        Self::ServerMultipart,
        Self::ServerAuth,
        Self::ServerRequest,
        Self::ReadObject,
    ];

    /// The file's path below `generator/support/`, for messages.
    pub fn path(self) -> &'static str {
        self.file().0
    }

    /// The file's text, compiled into the generator.
    pub fn source(self) -> &'static str {
        self.file().1
    }

    fn file(self) -> (&'static str, &'static str) {
        macro_rules! support {
            ($path:literal) => {
                ($path, include_str!(concat!("../../support/", $path)))
            };
        }
        match self {
            Self::ConstraintError => support!("models/constraint_error.rs"),
            Self::FromStr => support!("models/from_str.rs"),
            Self::ParamValue => support!("models/param_value.rs"),
            Self::ParamValueUuid => support!("models/param_value_uuid.rs"),
            Self::ParamValueChrono => support!("models/param_value_chrono.rs"),
            Self::ParamValueNet => support!("models/param_value_net.rs"),
            Self::OpenEnum => support!("models/open_enum.rs"),
            Self::ConstrainedString => support!("models/constrained_string.rs"),
            Self::ConstrainedNumber => support!("models/constrained_number.rs"),
            Self::ModelsUnchecked => support!("models/unchecked.rs"),
            Self::ClientErrors => support!("client/errors.rs"),
            Self::ClientResponse => support!("client/response.rs"),
            Self::ClientPages => support!("client/pages.rs"),
            Self::ClientApiKey => support!("client/api_key.rs"),
            Self::ClientEncodeForm => support!("client/encode_form.rs"),
            Self::ClientDecode => support!("client/decode.rs"),
            Self::ClientEncode => support!("client/encode.rs"),
            Self::ClientStruct => support!("client/client.rs"),
            Self::ClientCredentials => support!("client/credentials.rs"),
            Self::ClientRequest => support!("client/request.rs"),
            Self::ClientMethods => support!("client/methods.rs"),
            Self::ServerRejection => support!("server/rejection.rs"),
            Self::ServerStatusCode => support!("server/status_code.rs"),
            Self::ServerExtract => support!("server/extract.rs"),
            Self::ServerFormBody => support!("server/form_body.rs"),
            Self::ServerTextBody => support!("server/text_body.rs"),
            Self::ServerBinaryBody => support!("server/binary_body.rs"),
            Self::ServerMultipart => support!("server/multipart.rs"),
            Self::ServerAuth => support!("server/auth.rs"),
            Self::ServerRequest => support!("server/request.rs"),
            Self::ReadObject => support!("models/read_object.rs"),
        }
    }

    fn index(self) -> usize {
        self as usize
    }

    /// The file's items as tokens, lexed once per thread (token streams are not `Sync`) and cloned
    /// cheaply after.
    pub fn tokens(self) -> TokenStream {
        thread_local! {
            static LEXED: [OnceCell<TokenStream>; Piece::ALL.len()] = const { [const { OnceCell::new() }; Piece::ALL.len()] };
        }
        LEXED.with(|lexed| match lexed.get(self.index()) {
            Some(cell) => cell.get_or_init(|| self.lex()).clone(),
            None => self.lex(),
        })
    }

    /// The file's items, keeping the parts whose conditions (`#[cfg(oagen = "...")]`) are among
    /// `enabled`. Parsed once per thread; each call selects from a copy.
    pub fn tokens_with(self, enabled: &[&str]) -> TokenStream {
        thread_local! {
            static PARSED: [OnceCell<Result<syn::File, String>>; Piece::ALL.len()] =
                const { [const { OnceCell::new() }; Piece::ALL.len()] };
        }
        let parse = || syn::parse_file(self.source()).map_err(|err| err.to_string());
        let parsed = PARSED.with(|parsed| match parsed.get(self.index()) {
            Some(cell) => cell.get_or_init(parse).clone(),
            None => parse(),
        });
        let selected = parsed.and_then(|mut file| conditions::select(&mut file, enabled).map(|()| file));
        match selected {
            Ok(file) => {
                let items = &file.items;
                quote!(#(#items)*)
            }
            Err(err) => {
                let message = format!("oagen: the support file `{}` cannot be used: {err}", self.path());
                quote!(compile_error!(#message);)
            }
        }
    }

    /// The file lexed; a file that does not lex (a generator bug, which a test rules out) becomes
    /// a `compile_error!` in the generated crate rather than a panic here.
    fn lex(self) -> TokenStream {
        TokenStream::from_str(self.source()).unwrap_or_else(|err| {
            let message = format!("oagen: the support file `{}` does not lex: {err}", self.path());
            quote!(compile_error!(#message);)
        })
    }
}

/// Names the support files define (types, traits, functions, macros, and the helper types inside
/// their functions): a schema must not take one, or the generated module would define it twice or
/// a helper would see the schema's type under its own name. Parsed once per process.
pub fn reserved_type_names() -> impl Iterator<Item = &'static str> {
    static NAMES: OnceLock<Vec<String>> = OnceLock::new();
    NAMES
        .get_or_init(|| {
            let mut names = Vec::new();
            for piece in Piece::ALL {
                // A file that does not parse reserves nothing; a test rules that out.
                if let Ok(file) = syn::parse_file(piece.source()) {
                    item_names(&file.items, &mut names);
                }
            }
            names
        })
        .iter()
        .map(String::as_str)
}

fn item_names(items: &[syn::Item], names: &mut Vec<String>) {
    for item in items {
        let name = match item {
            syn::Item::Struct(item) => Some(&item.ident),
            syn::Item::Enum(item) => Some(&item.ident),
            syn::Item::Trait(item) => Some(&item.ident),
            syn::Item::Type(item) => Some(&item.ident),
            syn::Item::Union(item) => Some(&item.ident),
            syn::Item::Fn(item) => {
                let nested: Vec<syn::Item> = item
                    .block
                    .stmts
                    .iter()
                    .filter_map(|stmt| match stmt {
                        syn::Stmt::Item(item) => Some(item.clone()),
                        _ => None,
                    })
                    .collect();
                item_names(&nested, names);
                Some(&item.sig.ident)
            }
            syn::Item::Macro(item) => item.ident.as_ref(),
            syn::Item::Const(item) => Some(&item.ident),
            syn::Item::Static(item) => Some(&item.ident),
            _ => None,
        };
        names.extend(name.map(ToString::to_string));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_support_file_parses_as_rust_items() {
        for piece in Piece::ALL {
            assert_eq!(piece.index(), Piece::ALL.iter().position(|p| *p == piece).unwrap_or(usize::MAX));
            if let Err(err) = syn::parse_file(piece.source()) {
                panic!("{}: {err}", piece.path());
            }
            assert!(TokenStream::from_str(piece.source()).is_ok(), "{} does not lex", piece.path());
        }
    }

    #[test]
    fn every_condition_is_read_and_removed() {
        let all: Vec<&str> = conditions::CONDITIONS.iter().map(|(name, _)| *name).collect();
        for piece in Piece::ALL {
            for enabled in [&all[..], &[]] {
                let tokens = piece.tokens_with(enabled).to_string();
                assert!(!tokens.contains("compile_error"), "{}: {tokens}", piece.path());
                assert!(!tokens.contains("oagen"), "{} keeps a condition: {tokens}", piece.path());
            }
        }
    }

    #[test]
    fn the_check_crate_sets_every_condition() {
        let build = include_str!("../../support-check/build.rs");
        for (name, _) in conditions::CONDITIONS {
            assert!(build.contains(&format!("\"{name}\"")), "support-check/build.rs does not set `{name}`");
        }
    }

    #[test]
    fn reserved_names_come_from_the_support_files() {
        let names: Vec<&str> = reserved_type_names().collect();
        for name in ["ConstraintError", "ParamValue", "StringRules", "ConstrainedString", "Number", "NumberRules", "ConstrainedNumber"]
        {
            assert!(names.contains(&name), "{name} is not reserved");
        }
        for name in ["Error", "Failure", "ApiKeyPlace", "Rejection", "RejectionLocation", "PathParams", "QueryParams", "MultipartParts"]
            .into_iter()
            .chain(["Client", "Credentials", "Credential", "Request", "Body", "Restore", "Visitor"])
        {
            assert!(names.contains(&name), "{name} is not reserved");
        }
    }
}
