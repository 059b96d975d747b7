//! Swagger 2.0 in: a 2.0 document and the 3.0 version of the same API (both from the npm package
//! `@readme/oas-examples`, see `tests/fixtures/swagger2/README.md`) give the same models, and errors
//! in a 2.0 document name its own lines and pointers.

use oagen::Settings;
use oagen_tests::repo_root;

fn models(spec: &str) -> String {
    let settings = Settings::new(repo_root().join("tests/fixtures/swagger2").join(spec)).crate_name("petstore");
    let generated = settings.render().unwrap_or_else(|err| panic!("{spec}: {err}"));
    let file = generated.files.iter().find(|file| file.path == "src/models.rs").expect("src/models.rs");
    file.contents.clone()
}

#[test]
fn petstore_2_0_and_3_0_give_the_same_models() {
    let from_2_0 = models("petstore-2.0.yaml");
    // The package's 3.0 petstore adds `readOnly: true` and `default: 40` to `Pet.id`, which its 2.0
    // petstore does not have; the documentation lines they produce are the only difference.
    let from_3_0 = models("petstore-3.0.yaml").replacen("    /// Read-only: set by the server.\n    ///\n    /// Default: `40`.\n", "", 1);
    assert!(from_2_0.contains("pub struct Pet {") && from_2_0.contains("pub enum PetStatus"));
    assert_eq!(from_2_0, from_3_0);
}

#[test]
fn petstore_expanded_2_0_and_3_0_give_the_same_models() {
    let from_2_0 = models("petstore-expanded-2.0.json");
    assert!(from_2_0.contains("pub struct NewPet {"));
    assert_eq!(from_2_0, models("petstore-expanded-3.0.json"));
}

#[test]
fn the_2_0_client_keeps_bodies_uploads_and_parameters() {
    let settings = Settings::new(repo_root().join("tests/fixtures/swagger2/petstore-2.0.yaml")).crate_name("petstore");
    let generated = settings.render().expect("render");
    let file = |path: &str| generated.files.iter().find(|file| file.path == path).expect(path).contents.clone();
    let (client, models) = (file("src/client.rs"), file("src/models.rs"));
    // A body parameter, a formData upload with a `type: file` field, and a query list.
    assert!(client.contains("pub fn add_pet<'a>(") && client.contains("body: &'a Pet"), "body parameter");
    assert!(client.contains("pub fn upload_file<'a>(") && client.contains("body: Option<&'a UploadFileBody>"), "form upload");
    assert!(models.contains("pub file: Option<Vec<u8>>"), "`type: file` is bytes");
    assert!(client.contains("pub fn find_pets_by_status<'a>("), "query list");
}

#[test]
fn warnings_name_pointers_in_the_2_0_document() {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("old.yaml");
    let text = r#"
swagger: "2.0"
info: {title: old, version: "1"}
paths:
  /things:
    post:
      parameters:
        - {name: code, in: query, type: string, pattern: '^(?=x).*$'}
        - name: thing
          in: body
          schema:
            type: object
            properties:
              tag: {type: string, pattern: '^(?!y)'}
      responses:
        '204': {description: added}
"#;
    std::fs::write(&path, text).expect("write");
    let generated = Settings::new(&path).crate_name("old").render().expect("render");
    let pointers: Vec<&str> = generated.warnings.iter().map(|warning| warning.pointer.as_str()).collect();
    assert!(pointers.contains(&"/paths/~1things/post/parameters/0/pattern"), "{pointers:?}");
    assert!(pointers.contains(&"/paths/~1things/post/parameters/1/schema/properties/tag/pattern"), "{pointers:?}");
}
