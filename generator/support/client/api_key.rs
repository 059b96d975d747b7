// Support code oagen copies into the generated `client` module.
// When some operation accepts an API key.

/// Where an operation takes its API key.
#[derive(Debug, Clone, Copy)]
enum ApiKeyPlace {
    #[allow(dead_code)]
    Header(&'static str),
    #[allow(dead_code)]
    Query(&'static str),
    #[allow(dead_code)]
    Cookie(&'static str),
}
