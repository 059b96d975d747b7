//! Compiles and lints, as ordinary Rust, the fixed code oagen copies into every generated crate
//! (`generator/support/`, embedded by `generator/src/emit/support.rs`). Each module below has the
//! shape of the generated module the files are spliced into: the same imports, every file the
//! emitter may include there, and stubs for the few items the emitters write per crate.
//!
//! A new support file is added both to `Piece` in the generator and to a module here. The build
//! script sets every `oagen` condition, so all optional parts of the files are compiled too.

// The generated operations call these helpers; nothing here does.
#![allow(dead_code)]

/// The generated `models` module.
pub mod models {
    use serde::{Deserialize, Serialize};

    include!("../../support/models/constraint_error.rs");
    include!("../../support/models/from_str.rs");
    include!("../../support/models/param_value.rs");
    include!("../../support/models/param_value_uuid.rs");
    include!("../../support/models/param_value_chrono.rs");
    include!("../../support/models/param_value_net.rs");
    include!("../../support/models/open_enum.rs");
    include!("../../support/models/read_object.rs");
    include!("../../support/models/constrained_string.rs");
    include!("../../support/models/constrained_number.rs");
    include!("../../support/models/unchecked.rs");
}

/// The generated `client` module.
pub mod client {
    #[allow(unused_imports)]
    use super::models::*;

    include!("../../support/client/client.rs");
    include!("../../support/client/credentials.rs");
    include!("../../support/client/errors.rs");
    include!("../../support/client/response.rs");
    include!("../../support/client/pages.rs");
    include!("../../support/client/api_key.rs");
    include!("../../support/client/encode_form.rs");
    include!("../../support/client/decode.rs");
    include!("../../support/client/encode.rs");
    include!("../../support/client/request.rs");
    include!("../../support/client/methods.rs");
}

/// The generated `server` module.
pub mod server {
    use axum::body::Bytes;
    use std::sync::Arc;

    use axum::extract::{Path, State};
    use axum::extract::rejection::PathRejection;
    use axum::http::{HeaderMap, StatusCode};
    use axum::response::{IntoResponse, Response};

    use super::models::*;

    /// Stub: the generated trait of operations, with the credential checks the support code
    /// calls (the emitter writes one per kind of credential the API accepts).
    pub trait Api: Send + Sync + 'static {
        type Principal: Send + 'static;
        fn check_bearer_token(&self, token: &str) -> impl std::future::Future<Output = Option<Self::Principal>> + Send;
        fn check_basic_auth(&self, credentials: &str) -> impl std::future::Future<Output = Option<Self::Principal>> + Send;
        fn check_api_key(&self, key: &str) -> impl std::future::Future<Output = Option<Self::Principal>> + Send;
        fn reject(&self, rejection: Rejection) -> Response {
            rejection.into_response()
        }
    }

    include!("../../support/server/rejection.rs");
    include!("../../support/server/status_code.rs");
    include!("../../support/server/extract.rs");
    include!("../../support/server/form_body.rs");
    include!("../../support/server/text_body.rs");
    include!("../../support/server/binary_body.rs");
    include!("../../support/server/multipart.rs");
    include!("../../support/server/auth.rs");
    include!("../../support/server/request.rs");
}
