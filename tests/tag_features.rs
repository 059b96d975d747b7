//! A crate with a Cargo feature per tag (`generated/tagged`, from `fixtures/tagged.yaml` with
//! `tag-features = true`): which condition each item is compiled under, the features the manifest
//! declares, and the crate with every feature on (the default) serving its own client over
//! loopback. `.ci/run` runs clippy on it with each tag's feature alone.

use tagged::client::Client;
use tagged::models::*;
use tagged::server::*;

fn generated(file: &str) -> String {
    std::fs::read_to_string(format!("{}/../generated/tagged/{file}", env!("CARGO_MANIFEST_DIR"))).expect("the committed crate")
}

/// The `#[cfg(...)]` among the attributes right above `declaration` (its doc comment, derives),
/// or `None` when it has none.
fn condition_of(text: &str, declaration: &str) -> Option<String> {
    let lines: Vec<&str> = text.lines().collect();
    let at = lines.iter().position(|line| line.trim_start().starts_with(declaration)).unwrap_or_else(|| panic!("`{declaration}` is declared"));
    lines[..at]
        .iter()
        .rev()
        .map(|line| line.trim())
        .take_while(|line| line.starts_with("#[") || line.starts_with("///"))
        .find_map(|line| line.strip_prefix("#[cfg(").and_then(|rest| rest.strip_suffix(")]")).map(str::to_owned))
}

#[test]
fn each_type_compiles_with_the_features_whose_operations_reach_it() {
    let models = generated("src/models.rs");
    let pets_or_users = Some(r#"any(feature = "tag-pets", feature = "tag-users")"#.to_owned());
    for declaration in ["pub struct Pet {", "pub struct Owner {", "pub struct Contact {", "pub type PetName ="] {
        assert_eq!(condition_of(&models, declaration), pets_or_users, "{declaration}");
    }
    // `createPet` is tagged `stores` too, but its first tag is `pets`.
    assert_eq!(condition_of(&models, "pub struct Store {").as_deref(), Some(r#"feature = "tag-stores""#));
    // Reached by `stores` only, but named by `Leftover`, which is always compiled.
    assert_eq!(condition_of(&models, "pub enum StoreState {"), None);
    assert_eq!(condition_of(&models, "pub struct User {").as_deref(), Some(r#"feature = "tag-users""#));
    // Every feature's operations answer with a Problem; no operation uses Leftover.
    assert_eq!(condition_of(&models, "pub struct Problem {"), None);
    assert_eq!(condition_of(&models, "pub struct Leftover {"), None);
    // An operation's parameters go with its tag, and so do a type's impls and rules.
    assert_eq!(condition_of(&models, "pub struct ListPetsParams {").as_deref(), Some(r#"feature = "tag-pets""#));
    assert_eq!(condition_of(&models, "impl<'de> Deserialize<'de> for Store {").as_deref(), Some(r#"feature = "tag-stores""#));
    assert_eq!(condition_of(&models, "pub enum PetName {}"), pets_or_users, "the rules of PetName");
}

#[test]
fn each_operation_compiles_with_its_first_tag() {
    let client = generated("src/client.rs");
    for (method, feature) in [("list_pets", "tag-pets"), ("create_pet", "tag-pets"), ("get_store", "tag-stores"), ("get_user", "tag-users"), ("health", "untagged")] {
        let expected = format!(r#"feature = "{feature}""#);
        assert_eq!(condition_of(&client, &format!("pub fn {method}<'a>(")).as_deref(), Some(expected.as_str()), "{method}");
        assert_eq!(condition_of(&client, &format!("pub fn {method}_with_response<'a>(")).as_deref(), Some(expected.as_str()), "{method}");
    }
    assert_eq!(condition_of(&client, "pub enum GetStoreError {").as_deref(), Some(r#"feature = "tag-stores""#));
    // The server routes every operation: it needs every tag, and so has no conditions.
    assert!(!generated("src/server.rs").contains("#[cfg(feature"), "the server is compiled whole");
}

#[test]
fn the_manifest_declares_a_feature_per_tag_all_on_by_default() {
    let manifest = generated("Cargo.toml");
    assert!(manifest.contains(r#"default = ["client", "server", "rustls", "all-tags"]"#), "{manifest}");
    assert!(manifest.contains(r#"all-tags = ["tag-pets", "tag-stores", "tag-users", "untagged"]"#), "{manifest}");
    assert!(manifest.contains(r#"server = ["dep:axum", "dep:form_urlencoded", "dep:serde_path_to_error", "all-tags"]"#), "{manifest}");
    for feature in ["tag-pets", "tag-stores", "tag-users", "untagged"] {
        assert!(manifest.contains(&format!("\n{feature} = []\n")), "{feature}");
    }
    // Only the features of a crate: a `build.rs` module has none of its own.
    let module = oagen::Settings::new(concat!(env!("CARGO_MANIFEST_DIR"), "/fixtures/tagged.yaml")).tag_features(true).render_module().expect("module");
    assert!(!module.code.contains("feature = \"tag-"), "a module has no tag conditions");
}

struct Shop;

impl Api for Shop {
    type Principal = String;

    async fn check_bearer_token(&self, token: &str) -> Option<String> {
        Some(token.to_owned())
    }

    async fn list_pets(self: std::sync::Arc<Self>, _params: ListPetsParams, _request: axum::http::request::Parts) -> ListPetsResponse {
        ListPetsResponse::Ok(vec![pet()])
    }

    async fn create_pet(self: std::sync::Arc<Self>, body: Pet, _request: axum::http::request::Parts) -> CreatePetResponse {
        CreatePetResponse::Created(body)
    }

    async fn get_store(self: std::sync::Arc<Self>, id: String, _request: axum::http::request::Parts) -> GetStoreResponse {
        GetStoreResponse::Ok(Store { id, state: StoreState::Open })
    }

    async fn get_user(self: std::sync::Arc<Self>, name: String, caller: String, _request: axum::http::request::Parts) -> GetUserResponse {
        if name != caller {
            return GetUserResponse::Unauthorized(Problem { title: "someone else".into() });
        }
        GetUserResponse::Ok(User { name, pets: vec![pet()] })
    }

    async fn health(self: std::sync::Arc<Self>, _request: axum::http::request::Parts) -> HealthResponse {
        HealthResponse::Ok("alive".into())
    }
}

fn pet() -> Pet {
    Pet { id: 1, name: PetName::new("Rex").expect("short"), owner: Some(Owner { name: "ann".into(), contact: None }) }
}

#[tokio::test]
async fn with_every_feature_on_the_crate_serves_its_client() {
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.expect("bind loopback");
    let addr = listener.local_addr().expect("address");
    tokio::spawn(async move { axum::serve(listener, router(Shop)).await.expect("serve") });
    let api = Client::new(format!("http://{addr}")).with_bearer_token("ann");
    assert_eq!(api.list_pets(&ListPetsParams::default()).await.expect("list"), vec![pet()]);
    assert_eq!(api.create_pet(&pet()).await.expect("create"), pet());
    assert_eq!(api.get_store("s1").await.expect("store").state, StoreState::Open);
    assert_eq!(api.get_user("ann").await.expect("user").pets, vec![pet()]);
    assert_eq!(api.health().await.expect("health"), "alive");
}
