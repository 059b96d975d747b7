//! `oagen diff`: one small spec pair per rule, judged on the three axes, through the library and the
//! command line; and the authentik releases, when `../shared` is there.

use std::path::PathBuf;

use oagen::cli::{exit, run};
use oagen::diff::{Change, Compat, Kind, Options, Report, diff_files};
use oagen_tests::{repo_root, shared_dir};

/// Components every pair may refer to.
const BASE_SCHEMAS: &str = "A: {type: object, properties: {a: {type: string}}}, \
    B: {type: object, required: [b], properties: {b: {type: string}}}, \
    C: {type: object, properties: {c: {type: integer}}}";

/// A spec with `paths` and `schemas` given as YAML flow mappings.
fn document(paths: &str, schemas: &str) -> String {
    format!(
        "openapi: 3.0.3\ninfo: {{title: t, version: '1'}}\npaths: {paths}\ncomponents:\n  schemas: {{{BASE_SCHEMAS}{}{schemas}}}\n  securitySchemes: {{bearer: {{type: http, scheme: bearer}}}}\n",
        if schemas.is_empty() { "" } else { ", " }
    )
}

fn json_body(schema: &str) -> String {
    format!("{{content: {{application/json: {{schema: {schema}}}}}}}")
}

/// Where the schema under test is used.
#[derive(Debug, Clone, Copy)]
enum Used {
    Request,
    Response,
    Both,
}

/// A spec whose component `S` is `schema`, sent in a request body, received in a response, or both.
fn schema_document(schema: &str, used: Used) -> String {
    let (request, response) = match used {
        Used::Request => ("{$ref: '#/components/schemas/S'}", "{type: string}"),
        Used::Response => ("{type: string}", "{$ref: '#/components/schemas/S'}"),
        Used::Both => ("{$ref: '#/components/schemas/S'}", "{$ref: '#/components/schemas/S'}"),
    };
    let body = json_body(request).replacen('{', "{required: true, ", 1);
    let paths = format!("{{/things: {{post: {{operationId: createThing, requestBody: {body}, responses: {{'200': {{description: ok, {}}}}}}}}}}}", &json_body(response)[1..json_body(response).len() - 1]);
    document(&paths, &format!("S: {schema}"))
}

/// Writes a pair of specs and diffs them.
fn diff_texts(old: &str, new: &str, options: Options) -> Report {
    let dir = tempfile::tempdir().expect("temp dir");
    let (old_path, new_path) = (dir.path().join("old.yaml"), dir.path().join("new.yaml"));
    std::fs::write(&old_path, old).expect("write");
    std::fs::write(&new_path, new).expect("write");
    diff_files(&old_path, &new_path, options).unwrap_or_else(|err| panic!("{err}\n{old}\n{new}"))
}

/// `b`/`c` for breaking/compatible, one letter per axis: wire, client source, server source.
fn axes(change: &Change) -> String {
    [change.wire, change.client_source, change.server_source].iter().map(|c| if *c == Compat::Breaking { 'b' } else { 'c' }).collect()
}

/// The worse of two verdicts, axis by axis: what a schema used both ways gets.
fn worse(a: &str, b: &str) -> String {
    a.chars().zip(b.chars()).map(|(x, y)| if x == 'b' || y == 'b' { 'b' } else { 'c' }).collect()
}

fn find(report: &Report, kind: Kind) -> &Change {
    report.changes.iter().find(|c| c.kind == kind).unwrap_or_else(|| panic!("no {kind} in {:#?}", report.changes))
}

/// One rule: `S` changes from `old` to `new`; the change of `kind` is judged `request` when `S` is only
/// sent, `response` when only received, and the worse of both when used both ways.
fn schema_rule(old: &str, new: &str, kind: Kind, request: &str, response: &str) {
    for (used, expected) in [(Used::Request, request.to_owned()), (Used::Response, response.to_owned()), (Used::Both, worse(request, response))] {
        let report = diff_texts(&schema_document(old, used), &schema_document(new, used), Options::default());
        let change = find(&report, kind);
        assert_eq!(axes(change), expected, "{kind} with S used in {used:?}: {change:#?}");
        assert_eq!(change.subject, oagen::diff::Subject::Schema("S".into()));
        assert_eq!(change.operations.to_vec(), vec!["createThing".to_owned()]);
    }
}

#[test]
fn string_constraints() {
    let s = |extra: &str| format!("{{type: string, pattern: '^a'{extra}}}");
    schema_rule(&s(", maxLength: 5"), &s(""), Kind::MaxLengthRemoved, "ccc", "bcc");
    schema_rule(&s(""), &s(", maxLength: 5"), Kind::MaxLengthAdded, "bcc", "ccc");
    schema_rule(&s(", maxLength: 5"), &s(", maxLength: 3"), Kind::MaxLengthDecreased, "bcc", "ccc");
    schema_rule(&s(", maxLength: 3"), &s(", maxLength: 5"), Kind::MaxLengthIncreased, "ccc", "bcc");
    schema_rule(&s(", minLength: 1"), &s(", minLength: 3"), Kind::MinLengthIncreased, "bcc", "ccc");
    schema_rule("{type: string, maxLength: 5, pattern: '^a'}", "{type: string, maxLength: 5, pattern: '^b'}", Kind::PatternChanged, "bcc", "bcc");
    // A first rule turns `String` into a checked newtype: both crates change type.
    schema_rule("{type: string}", "{type: string, pattern: '^a'}", Kind::PatternAdded, "bbb", "cbb");
    schema_rule("{type: string, pattern: '^a'}", "{type: string}", Kind::PatternRemoved, "cbb", "bbb");
    // Length rules on a uuid are not checked by the generated code: nothing changes on the wire.
    schema_rule("{type: string, format: uuid}", "{type: string, format: uuid, maxLength: 5}", Kind::MaxLengthAdded, "ccc", "ccc");
}

#[test]
fn number_constraints() {
    schema_rule("{type: integer, minimum: 1}", "{type: integer, minimum: 2}", Kind::MinimumIncreased, "bcc", "ccc");
    schema_rule("{type: integer, minimum: 1}", "{type: integer, minimum: 1, exclusiveMinimum: true}", Kind::MinimumIncreased, "bcc", "ccc");
    schema_rule("{type: integer, minimum: 0, maximum: 10}", "{type: integer, minimum: 0}", Kind::MaximumRemoved, "ccc", "bcc");
    schema_rule("{type: integer, maximum: 10}", "{type: integer, maximum: 5}", Kind::MaximumDecreased, "bcc", "ccc");
    schema_rule("{type: number, multipleOf: 2}", "{type: number, multipleOf: 4}", Kind::MultipleOfChanged, "bcc", "ccc");
    schema_rule("{type: number, multipleOf: 4}", "{type: number, multipleOf: 2}", Kind::MultipleOfChanged, "ccc", "bcc");
    schema_rule("{type: integer}", "{type: integer, minimum: 0}", Kind::MinimumAdded, "bbb", "cbb");
}

#[test]
fn collection_constraints() {
    let list = |extra: &str| format!("{{type: array, items: {{type: string}}, maxItems: 5{extra}}}");
    schema_rule(&list(""), &list(", minItems: 1"), Kind::MinItemsAdded, "bcc", "ccc");
    schema_rule(&list(""), &list(", uniqueItems: true"), Kind::UniqueItemsAdded, "bcc", "ccc");
    schema_rule(&list(", uniqueItems: true"), &list(""), Kind::UniqueItemsRemoved, "ccc", "bcc");
    schema_rule("{type: array, items: {type: string}, maxItems: 5}", "{type: array, items: {type: string}, maxItems: 9}", Kind::MaxItemsIncreased, "ccc", "bcc");
    let map = |n: u32| format!("{{type: object, additionalProperties: {{type: string}}, maxProperties: {n}}}");
    schema_rule(&map(3), &map(2), Kind::MaxPropertiesDecreased, "bcc", "ccc");
    // On a struct the generator does not check property counts.
    let object = |n: u32| format!("{{type: object, properties: {{a: {{type: string}}}}, maxProperties: {n}}}");
    schema_rule(&object(3), &object(2), Kind::MaxPropertiesDecreased, "ccc", "ccc");
    // A rule inside the items of a list is reported at the items.
    let items = |n: u32| format!("{{type: array, items: {{type: string, maxLength: {n}}}}}");
    let report = diff_texts(&schema_document(&items(3), Used::Request), &schema_document(&items(2), Used::Request), Options::default());
    assert_eq!(find(&report, Kind::MaxLengthDecreased).pointer, "/components/schemas/S/items");
}

#[test]
fn enums() {
    let e = |values: &str| format!("{{type: string, enum: [{values}]}}");
    schema_rule(&e("a, b"), &e("a, b, c"), Kind::EnumValueAdded, "ccb", "bbc");
    schema_rule(&e("a, b"), &e("a"), Kind::EnumValueRemoved, "bbb", "cbb");
    schema_rule("{type: integer, enum: [1, 2]}", "{type: integer, enum: [1, 2, 3]}", Kind::EnumValueAdded, "ccc", "bcc");
    // Clients generated with enum fallback decode values they do not know.
    let fallback = Options { enum_fallback: true, ..Options::default() };
    let report = diff_texts(&schema_document(&e("a"), Used::Response), &schema_document(&e("a, b"), Used::Response), fallback);
    assert_eq!(axes(find(&report, Kind::EnumValueAdded)), "cbc");
}

#[test]
fn types_formats_and_null() {
    schema_rule("{type: string}", "{type: integer}", Kind::TypeChanged, "bbb", "bbb");
    schema_rule("{type: integer}", "{type: number}", Kind::TypeChanged, "cbb", "bbb");
    schema_rule("{description: anything}", "{type: string}", Kind::TypeChanged, "bbb", "cbb");
    schema_rule("{type: string}", "{type: string, format: uuid}", Kind::FormatChanged, "bbb", "cbb");
    schema_rule("{type: string, format: date-time}", "{type: string}", Kind::FormatChanged, "cbb", "bbb");
    schema_rule("{type: integer, format: int32}", "{type: integer, format: int64}", Kind::FormatChanged, "cbb", "bbb");
    // Formats the generator does not map to a Rust type change nothing.
    schema_rule("{type: string, format: email}", "{type: string, format: hostname}", Kind::FormatChanged, "ccc", "ccc");
    schema_rule("{type: string}", "{type: string, nullable: true}", Kind::NullableAdded, "cbb", "bbb");
    schema_rule("{type: string, nullable: true}", "{type: string}", Kind::NullableRemoved, "bbb", "cbb");
}

#[test]
fn properties() {
    let o = |props: &str, required: &str| format!("{{type: object, required: [{required}], properties: {{{props}}}}}");
    let a = "a: {type: string}";
    let ab = "a: {type: string}, b: {type: string}";
    schema_rule(&o(a, ""), &o(ab, "b"), Kind::RequiredPropertyAdded, "bbc", "ccb");
    // Without `Default` (a field is required), a new optional field breaks struct literals of the side that builds it.
    schema_rule(&o(a, "a"), &o(ab, "a"), Kind::PropertyAdded, "cbc", "ccb");
    schema_rule(&o(a, ""), &o(ab, ""), Kind::PropertyAdded, "ccc", "ccc");
    schema_rule(&o(ab, "a, b"), &o(a, "a"), Kind::PropertyRemoved, "cbb", "bbb");
    schema_rule(&o(ab, ""), &o(a, ""), Kind::PropertyRemoved, "cbb", "cbb");
    schema_rule(&o(a, ""), &o(a, "a"), Kind::PropertyRequired, "bbb", "cbb");
    // Servers never return write-only properties: one gone breaks nobody's decoder.
    schema_rule(&o("a: {type: string, writeOnly: true}", "a"), &o("", ""), Kind::PropertyRemoved, "cbb", "cbb");
    schema_rule(&o(a, "a"), &o(a, ""), Kind::PropertyOptional, "cbb", "bbb");
    // Servers set read-only properties: a new required one is not for clients to send.
    schema_rule(&o(a, ""), &o("a: {type: string}, b: {type: string, readOnly: true}", "b"), Kind::RequiredPropertyAdded, "cbc", "ccb");
    schema_rule(&o(a, ""), &format!("{{type: object, properties: {{{a}}}, additionalProperties: {{type: integer}}}}"), Kind::AdditionalPropertiesChanged, "bbb", "cbb");
}

#[test]
fn compositions_and_references() {
    let r = |name: &str| format!("{{$ref: '#/components/schemas/{name}'}}");
    let one_of = |names: &[&str]| format!("{{oneOf: [{}]}}", names.iter().map(|n| r(n)).collect::<Vec<_>>().join(", "));
    schema_rule(&one_of(&["A", "B"]), &one_of(&["A", "B", "C"]), Kind::VariantAdded, "ccb", "bbc");
    schema_rule(&one_of(&["A", "B"]), &one_of(&["A"]), Kind::VariantRemoved, "bbb", "cbb");
    let tagged = |property: &str, mapping: &str| {
        format!("{{oneOf: [{}, {}], discriminator: {{propertyName: {property}, mapping: {{{mapping}}}}}}}", r("A"), r("B"))
    };
    let (a, ab) = ("a: '#/components/schemas/A'", "a: '#/components/schemas/A', b: '#/components/schemas/B'");
    schema_rule(&tagged("kind", a), &tagged("type", a), Kind::DiscriminatorChanged, "bbb", "bbb");
    schema_rule(&tagged("kind", a), &tagged("kind", ab), Kind::DiscriminatorMappingAdded, "ccc", "bcc");
    schema_rule(&tagged("kind", ab), &tagged("kind", a), Kind::DiscriminatorMappingRemoved, "bcc", "ccc");
    // Another schema: a new Rust type; on the wire, B requires `b` where A required nothing.
    schema_rule(&r("A"), &r("B"), Kind::RefChanged, "bbb", "cbb");
    let all_of = |names: &[&str]| format!("{{allOf: [{}]}}", names.iter().map(|n| r(n)).collect::<Vec<_>>().join(", "));
    schema_rule(&all_of(&["A", "B"]), &all_of(&["A", "C"]), Kind::AllOfChanged, "bbb", "bbb");
}

/// The same schema under a new key: a renamed Rust type, nothing on the wire.
#[test]
fn renamed_schemas() {
    let spec = |name: &str| {
        let paths = format!("{{/k: {{get: {{operationId: getK, responses: {{'200': {{description: ok, content: {{application/json: {{schema: {{$ref: '#/components/schemas/{name}'}}}}}}}}}}}}}}}}");
        document(&paths, &format!("{name}: {{type: string, enum: [a, b]}}"))
    };
    let report = diff_texts(&spec("Kind"), &spec("Sort"), Options::default());
    let kinds: Vec<(Kind, String)> = report.changes.iter().map(|c| (c.kind, axes(c))).collect();
    assert_eq!(kinds, [(Kind::RefChanged, "cbb".to_owned()), (Kind::SchemaRenamed, "cbb".to_owned())], "{:#?}", report.changes);
    assert_eq!(report.changes[1].operations.to_vec(), ["getK".to_owned()]);
}

/// A change inside a referenced schema is reported once, at the schema, with every operation reaching it
/// (here through a property, an array and an allOf).
#[test]
fn changes_are_reported_at_the_schema_with_the_operations_reaching_it() {
    let response = |schema: &str| format!("{{responses: {{'200': {{description: ok, {}}}}}}}", &json_body(schema)[1..json_body(schema).len() - 1]);
    let paths = format!(
        "{{/a: {{get: {}}}, /b: {{get: {}}}}}",
        response("{type: array, items: {$ref: '#/components/schemas/Outer'}}").replacen('{', "{operationId: getA, ", 1),
        response("{allOf: [{$ref: '#/components/schemas/Inner'}, {type: object, properties: {x: {type: string}}}]}").replacen('{', "{operationId: getB, ", 1)
    );
    let schemas = |max: u32| format!("Outer: {{type: object, properties: {{inner: {{$ref: '#/components/schemas/Inner'}}}}}}, Inner: {{type: string, pattern: '^a', maxLength: {max}}}");
    let (old, new) = (document(&paths, &schemas(5)), document(&paths, &schemas(9)));
    let report = diff_texts(&old, &new, Options::default());
    let changes: Vec<_> = report.changes.iter().filter(|c| c.kind == Kind::MaxLengthIncreased).collect();
    assert_eq!(changes.len(), 1, "{:#?}", report.changes);
    assert_eq!(changes[0].subject, oagen::diff::Subject::Schema("Inner".into()));
    assert_eq!(changes[0].operations.to_vec(), vec!["getA".to_owned(), "getB".to_owned()]);
    assert_eq!(axes(changes[0]), "bcc", "both operations receive it");
}

/// Schemas reached only through `additionalProperties` or a discriminator mapping still know their operations.
#[test]
fn reach_through_maps_and_discriminator_mappings() {
    let schemas = |values: &str| {
        format!(
            "Holder: {{type: object, properties: {{m: {{type: object, additionalProperties: {{$ref: '#/components/schemas/Value'}}}},              u: {{type: object, properties: {{kind: {{type: string}}}}, discriminator: {{propertyName: kind, mapping: {{x: '#/components/schemas/Tagged'}}}}}}}}}},              Value: {{type: string, enum: [{values}]}}, Tagged: {{type: string, enum: [{values}]}}"
        )
    };
    let paths = "{/h: {get: {operationId: getH, responses: {'200': {description: ok, content: {application/json: {schema: {$ref: '#/components/schemas/Holder'}}}}}}}}";
    let report = diff_texts(&document(paths, &schemas("a")), &document(paths, &schemas("a, b")), Options::default());
    let added: Vec<_> = report.changes.iter().filter(|c| c.kind == Kind::EnumValueAdded).collect();
    assert_eq!(added.len(), 2, "{:#?}", report.changes);
    for change in added {
        assert_eq!((change.operations.to_vec().as_slice(), axes(change).as_str()), (["getH".to_owned()].as_slice(), "bbc"), "{change:#?}");
    }
}

/// A pair of specs differing in one operation, `/things/{id}`'s `get`.
fn operation_rule(old_op: &str, new_op: &str, kind: Kind, expected: &str) -> Report {
    let paths = |op: &str| format!("{{'/things/{{id}}': {{get: {op}}}}}");
    let report = diff_texts(&document(&paths(old_op), ""), &document(&paths(new_op), ""), Options::default());
    let change = find(&report, kind);
    assert_eq!(axes(change), expected, "{kind}: {change:#?}");
    report
}

fn op(params: &str, extra: &str) -> String {
    format!(
        "{{operationId: getThing, parameters: [{{name: id, in: path, required: true, schema: {{type: string}}}}{params}], \
         responses: {{'200': {{description: ok, content: {{application/json: {{schema: {{type: string}}}}}}}}, '404': {{description: missing}}}}{extra}}}"
    )
}

#[test]
fn parameters() {
    let q = |name: &str, required: bool| format!(", {{name: {name}, in: query, required: {required}, schema: {{type: string}}}}");
    operation_rule(&op("", ""), &op(&q("filter", true), ""), Kind::ParameterAdded, "bbc");
    operation_rule(&op("", ""), &op(&q("filter", false), ""), Kind::ParameterAdded, "ccc");
    // The params struct has no `Default` when a query parameter is required: a new field breaks literals.
    operation_rule(&op(&q("need", true), ""), &op(&format!("{}{}", q("need", true), q("filter", false)), ""), Kind::ParameterAdded, "cbc");
    operation_rule(&op(&q("filter", false), ""), &op(&q("filter", true), ""), Kind::ParameterRequired, "bbb");
    operation_rule(&op(&q("filter", true), ""), &op(&q("filter", false), ""), Kind::ParameterOptional, "cbb");
    operation_rule(&op(&q("filter", false), ""), &op("", ""), Kind::ParameterRemoved, "cbb");
    let limited = |n: u32| format!(", {{name: filter, in: query, schema: {{type: string, pattern: '^a', maxLength: {n}}}}}");
    let report = operation_rule(&op(&limited(5), ""), &op(&limited(3), ""), Kind::MaxLengthDecreased, "bcc");
    assert_eq!(find(&report, Kind::MaxLengthDecreased).pointer, "/paths/~1things~1{id}/get/parameters/1/schema");
    assert_eq!(find(&report, Kind::MaxLengthDecreased).subject, oagen::diff::Subject::Operation("getThing".into()));
    let styled = ", {name: filter, in: query, style: form, explode: false, schema: {type: array, items: {type: string}}}";
    operation_rule(&op(&styled.replace("explode: false", "explode: true"), ""), &op(styled, ""), Kind::ParameterStyleChanged, "bcc");
}

#[test]
fn parameters_the_generated_code_ignores_change_nothing() {
    // Renaming a path parameter keeps the route.
    let renamed = op("", "").replace("name: id", "name: thing");
    let paths = |name: &str, op: &str| format!("{{'/things/{{{name}}}': {{get: {op}}}}}");
    let report = diff_texts(&document(&paths("id", &op("", "")), ""), &document(&paths("thing", &renamed), ""), Options::default());
    assert!(report.changes.is_empty(), "{:#?}", report.changes);
    // Cookie parameters are sent and read: a new required one breaks old clients.
    let cookie = op(", {name: session, in: cookie, required: true, schema: {type: string}}", "");
    let report = diff_texts(&document(&paths("id", &op("", "")), ""), &document(&paths("id", &cookie), ""), Options::default());
    let added = find(&report, Kind::ParameterAdded);
    assert!(added.message.contains("session"), "{}", added.message);
    // Without an operationId the method is named from the path, parameter names included.
    let anonymous = |name: &str, op: String| paths(name, &op.replace("operationId: getThing, ", ""));
    let report = diff_texts(&document(&anonymous("id", op("", "")), ""), &document(&anonymous("thing", renamed), ""), Options::default());
    let change = find(&report, Kind::OperationRenamed);
    assert_eq!(change.message, "GET /things/{thing}: operation id `get_things_by_id` → `get_things_by_thing` (method `get_things_by_id` → `get_things_by_thing`)");
}

#[test]
fn operations_and_bodies() {
    let report = operation_rule(&op("", ""), &op("", "").replace("getThing", "fetchThing"), Kind::OperationRenamed, "cbb");
    assert_eq!(report.summary.operations_added + report.summary.operations_removed, 0);
    let body = |required: bool| format!(", requestBody: {{required: {required}, content: {{application/json: {{schema: {{type: string}}}}}}}}");
    operation_rule(&op("", ""), &op("", &body(true)), Kind::RequestBodyAdded, "bbb");
    operation_rule(&op("", ""), &op("", &body(false)), Kind::RequestBodyAdded, "cbb");
    operation_rule(&op("", &body(false)), &op("", &body(true)), Kind::RequestBodyRequired, "bbb");
    operation_rule(&op("", &body(true)), &op("", &body(false)), Kind::RequestBodyOptional, "cbb");
    operation_rule(&op("", &body(true)), &op("", ""), Kind::RequestBodyRemoved, "cbb");
    let form = body(true).replace("application/json", "application/x-www-form-urlencoded").replace("{type: string}", "{type: object, properties: {a: {type: string}}}");
    let json = body(true).replace("{type: string}", "{type: object, properties: {a: {type: string}}}");
    operation_rule(&op("", &json), &op("", &form), Kind::MediaTypeChanged, "bbb");
    operation_rule(&op("", ""), &op("", "").replace(", '404': {description: missing}", ""), Kind::ResponseStatusRemoved, "cbb");
    let report = operation_rule(&op("", "").replace("'404'", "default"), &op("", ""), Kind::ResponseStatusRemoved, "cbb");
    assert_eq!(find(&report, Kind::ResponseStatusRemoved).pointer, "/paths/~1things~1{id}/get/responses/default");
    operation_rule(&op("", ""), &op("", "").replace("'404'", "'409': {description: conflict}, '404'"), Kind::ResponseStatusAdded, "cbc");
    // An old client takes a success status it does not know for an error.
    operation_rule(&op("", ""), &op("", "").replace("'404'", "'201': {description: created}, '404'"), Kind::ResponseStatusAdded, "bbc");
    operation_rule(&op("", ""), &op("", "").replace(", content: {application/json: {schema: {type: string}}}", ""), Kind::ResponseBodyRemoved, "bbb");
    // An inline response schema is reported under its operation.
    let old = op("", "").replace("{type: string}}}}", "{type: object, required: [a], properties: {a: {type: string}}}}}}");
    let new = op("", "").replace("{type: string}}}}", "{type: object, properties: {a: {type: string}}}}}}");
    let report = operation_rule(&old, &new, Kind::PropertyOptional, "bbb");
    assert_eq!(find(&report, Kind::PropertyOptional).subject, oagen::diff::Subject::Operation("getThing".into()));
}

#[test]
fn operations_added_and_removed() {
    let paths = |extra: &str| format!("{{/a: {{get: {}}}{extra}}}", op("", "").replace("getThing", "getA").replace(", {name: id, in: path, required: true, schema: {type: string}}", "").replace("[{name: id, in: path, required: true, schema: {type: string}}]", "[]"));
    let b = format!(", /b: {{post: {}}}", op("", "").replace("getThing", "postB").replace("[{name: id, in: path, required: true, schema: {type: string}}]", "[]"));
    let report = diff_texts(&document(&paths(""), ""), &document(&paths(&b), ""), Options::default());
    assert_eq!(axes(find(&report, Kind::OperationAdded)), "ccb");
    assert_eq!(report.summary.operations_added, 1);
    let report = diff_texts(&document(&paths(&b), ""), &document(&paths(""), ""), Options::default());
    assert_eq!(axes(find(&report, Kind::OperationRemoved)), "bbb");
    assert_eq!(report.summary.operations_removed, 1);
}

#[test]
fn security() {
    operation_rule(&op("", ""), &op("", ", security: [{bearer: []}]"), Kind::SecurityChanged, "bcc");
    operation_rule(&op("", ", security: [{bearer: []}]"), &op("", ", security: [{bearer: []}, {}]"), Kind::SecurityChanged, "ccc");
    operation_rule(&op("", ", security: [{bearer: []}]"), &op("", ""), Kind::SecurityChanged, "ccc");
}

#[test]
fn a_3_1_spec_compares_equal_to_its_3_0_form() {
    let old = schema_document("{type: string, nullable: true, enum: [a, null]}", Used::Both);
    let new = old.replace("openapi: 3.0.3", "openapi: 3.1.0").replace("{type: string, nullable: true, enum: [a, null]}", "{type: [string, 'null'], enum: [a, null]}");
    let report = diff_texts(&old, &new, Options::default());
    assert!(report.changes.is_empty(), "{:#?}", report.changes);
}

#[test]
fn cyclic_schemas_end() {
    // `L` loops through a reference into itself rather than to a component.
    let schemas = |extra: &str| {
        format!(
            "N: {{type: object, properties: {{next: {{$ref: '#/components/schemas/N'}}, v: {{type: string{extra}}}, l: {{$ref: '#/components/schemas/L'}}}}}}, \
             M: {{$ref: '#/components/schemas/N'}}, \
             L: {{type: object, properties: {{inner: {{type: object, properties: {{back: {{$ref: '#/components/schemas/L/properties/inner'}}, w: {{type: string{extra}}}}}}}}}}}"
        )
    };
    let paths = "{/n: {get: {operationId: getN, responses: {'200': {description: ok, content: {application/json: {schema: {$ref: '#/components/schemas/M'}}}}}}}}";
    let report = diff_texts(&document(paths, &schemas("")), &document(paths, &schemas(", nullable: true")), Options::default());
    let change = find(&report, Kind::NullableAdded);
    assert_eq!((change.pointer.as_str(), axes(change).as_str()), ("/components/schemas/L/properties/inner/properties/w", "bbb"));
    let pointers: Vec<&str> = report.changes.iter().map(|c| c.pointer.as_str()).collect();
    assert_eq!(pointers, ["/components/schemas/L/properties/inner/properties/w", "/components/schemas/N/properties/v"]);
}

// The command line.

fn fixture(name: &str) -> PathBuf {
    repo_root().join("tests/fixtures/diff").join(name)
}

fn oagen(args: &[&str]) -> (u8, String, String) {
    let (mut out, mut err) = (Vec::new(), Vec::new());
    let code = run(std::iter::once("oagen").chain(args.iter().copied()), &mut out, &mut err);
    (code, String::from_utf8_lossy(&out).into_owned(), String::from_utf8_lossy(&err).into_owned())
}

fn path(name: &str) -> String {
    fixture(name).to_str().expect("utf-8 path").to_owned()
}

#[test]
fn cli_identical_specs_report_no_change() {
    let (code, out, err) = oagen(&["diff", &path("pets.old.yaml"), &path("pets.old.yaml"), "--fail-on", "any"]);
    assert_eq!(code, exit::OK, "{err}");
    assert_eq!(out.trim(), "0 changes: 0 wire-breaking, 0 client-source-breaking, 0 server-source-breaking; operations: +0 \u{2212}0");
}

#[test]
fn cli_text_groups_changes_and_ends_with_the_summary() {
    let (code, out, err) = oagen(&["diff", &path("pets.old.yaml"), &path("pets.new.yaml")]);
    assert_eq!(code, exit::OK, "without --fail-on, breaking changes still exit 0: {err}");
    assert!(out.contains("schema PetKind (used by 2 operations: createPet, listPets)"), "{out}");
    assert!(out.contains("  enum-value-added #/components/schemas/PetKind\n"), "{out}");
    assert!(out.contains("operations added (1):\n  + deletePet: DELETE /pets/{id} added (method `delete_pet`)"), "{out}");
    let last = out.lines().last().unwrap_or_default();
    assert!(last.starts_with("4 changes: 1 wire-breaking, "), "{out}");
    assert!(last.ends_with("; operations: +1 \u{2212}0"), "{out}");
}

#[test]
fn cli_json_lists_changes_with_three_axes() {
    let (code, out, err) = oagen(&["diff", "--format", "json", &path("pets.old.yaml"), &path("pets.new.yaml")]);
    assert_eq!(code, exit::OK, "{err}");
    let json: serde_json::Value = serde_json::from_str(&out).expect("valid JSON");
    let changes = json["changes"].as_array().expect("changes");
    let kinds: Vec<&str> = changes.iter().filter_map(|c| c["kind"].as_str()).collect();
    assert_eq!(kinds, ["operation-added", "max-length-removed", "required-property-added", "enum-value-added"], "{out}");
    let enum_added = &changes[3];
    assert_eq!(enum_added["schema"], "PetKind");
    assert_eq!(enum_added["pointer"], "/components/schemas/PetKind");
    assert_eq!((enum_added["wire"].as_str(), enum_added["client_source"].as_str(), enum_added["server_source"].as_str()), (Some("breaking"), Some("breaking"), Some("breaking")));
    assert_eq!(enum_added["operations"], serde_json::json!(["createPet", "listPets"]));
    assert!(enum_added["message"].as_str().is_some_and(|m| m.contains("\"bird\"")), "{out}");
    assert_eq!(changes[0]["operation"], "deletePet");
    assert!(changes[0].get("schema").is_none());
    assert_eq!(json["summary"]["changes"], 4);
    assert_eq!(json["summary"]["operations_added"], 1);
    assert_eq!(json["summary"]["wire_breaking"], 1);
}

#[test]
fn cli_fail_on_exits_1_only_for_the_chosen_axis() {
    let run_with = |axis: &str, extra: &[&str]| {
        let mut args = vec!["diff", "--fail-on", axis];
        args.extend_from_slice(extra);
        let (old, new) = (path("pets.old.yaml"), path("pets.new.yaml"));
        let args: Vec<&str> = args.into_iter().chain([old.as_str(), new.as_str()]).collect();
        oagen(&args).0
    };
    assert_eq!(run_with("wire", &[]), exit::BREAKING);
    assert_eq!(run_with("client-source", &[]), exit::BREAKING);
    assert_eq!(run_with("server-source", &[]), exit::BREAKING);
    assert_eq!(run_with("any", &[]), exit::BREAKING);
    // With open enums, the added `bird` no longer breaks old clients, and nothing else breaks the wire.
    assert_eq!(run_with("wire", &["--enum-fallback"]), exit::OK);
}

#[test]
fn cli_unreadable_or_invalid_specs_exit_2_with_a_located_error() {
    let (code, out, err) = oagen(&["diff", &path("pets.old.yaml"), &path("missing.yaml")]);
    assert_eq!(code, exit::FAILED);
    assert!(out.is_empty());
    assert!(err.contains("missing.yaml: cannot read"), "{err}");
    let invalid = repo_root().join("tests/fixtures/invalid-openapi.yaml");
    let (code, _, err) = oagen(&["diff", invalid.to_str().expect("utf-8"), &path("pets.old.yaml"), "--fail-on", "any"]);
    assert_eq!(code, exit::FAILED);
    assert!(err.starts_with("error: ") && err.contains("invalid-openapi.yaml:") && err.contains("at #/"), "{err}");
    // A `$ref` that points at nothing is found before comparing, and located as `generate` locates it.
    let dangling = repo_root().join("tests/fixtures/dangling-ref.yaml");
    let (code, _, err) = oagen(&["diff", &path("pets.old.yaml"), dangling.to_str().expect("utf-8")]);
    assert_eq!(code, exit::FAILED);
    assert!(err.contains("dangling-ref.yaml:15:"), "names the file and line of the $ref: {err}");
    assert!(err.contains("#/paths/~1things/get/responses/200/content/application~1json/schema/$ref"), "{err}");
}

#[test]
fn readme_lists_every_kind() {
    let readme = std::fs::read_to_string(repo_root().join("README.md")).expect("README");
    for kind in Kind::ALL {
        assert!(readme.contains(&format!("| `{}` | {} |", kind.as_str(), kind.meaning())), "README lacks `{kind}`");
    }
}

// Where operations go: features per tag, server traits split by tag.

/// Three operations tagged `a`, `a` and `b`; `first` is the tags of the first (`/things`).
fn tagged_document(first: &str) -> String {
    let op = |id: &str, tags: &str| format!("{{get: {{operationId: {id}, tags: {tags}, responses: {{'200': {{description: ok, {}}}}}}}}}", &json_body("{$ref: '#/components/schemas/A'}")[1..json_body("{$ref: '#/components/schemas/A'}").len() - 1]);
    document(&format!("{{/things: {}, /more: {}, /others: {}}}", op("listThings", first), op("listMore", "[a]"), op("listOthers", "[b]")), "")
}

#[test]
fn a_first_tag_that_changes_moves_an_operation_to_another_feature() {
    let (old, new) = (tagged_document("[a]"), tagged_document("[b, a]"));
    let features = Options { tag_features: true, ..Options::default() };
    let report = diff_texts(&old, &new, features);
    let moved = find(&report, Kind::OperationFeatureMoved);
    assert_eq!(moved.message, "GET /things: compiled by feature `tag-a` → `tag-b`");
    // A build that enables `tag-a` alone loses the method; the wire and the server are untouched.
    assert_eq!((axes(moved).as_str(), moved.pointer.as_str()), ("cbc", "/paths/~1things/get"));
    assert_eq!(moved.operations.to_vec(), vec!["listThings".to_owned()]);
    assert_eq!(report.changes.len(), 1, "{:#?}", report.changes);
    // The same through the command line: the flag, and a settings file's `tag-features`.
    let dir = tempfile::tempdir().expect("temp dir");
    let (old_path, new_path) = (dir.path().join("old.yaml"), dir.path().join("new.yaml"));
    std::fs::write(&old_path, &old).expect("write");
    std::fs::write(&new_path, &new).expect("write");
    let (old_arg, new_arg) = (old_path.to_str().expect("utf-8"), new_path.to_str().expect("utf-8"));
    let (code, out, err) = oagen(&["diff", old_arg, new_arg, "--tag-features", "--fail-on", "client-source"]);
    assert_eq!(code, exit::BREAKING, "{out}{err}");
    assert!(out.contains("GET /things: compiled by feature `tag-a` → `tag-b`"), "{out}");
    assert_eq!(oagen(&["diff", old_arg, new_arg, "--fail-on", "any"]).0, exit::OK, "no features, no change");
    let settings = dir.path().join("oagen.toml");
    std::fs::write(&settings, "[[crate]]\nname = \"t\"\nspec = \"old.yaml\"\nout = \"t\"\ntag-features = true\n").expect("write settings");
    let (code, out, err) = oagen(&["diff", "--config", settings.to_str().expect("utf-8"), "--format", "json", new_arg]);
    assert_eq!(code, exit::OK, "{out}{err}");
    assert!(out.contains("\"operation-feature-moved\""), "{out}");
    // Without features per tag, tags place nothing: no change at all.
    assert_eq!(diff_texts(&old, &new, Options::default()), Report::default());
    // A tag added after the first moves nothing.
    assert_eq!(diff_texts(&old, &tagged_document("[a, b]"), features), Report::default());
}

#[test]
fn an_operation_declared_in_another_split_trait_breaks_server_source() {
    // Split at a few lines, the server trait is one trait per tag.
    let split = Options { split_lines: 15, ..Options::default() };
    let report = diff_texts(&tagged_document("[a]"), &tagged_document("[b]"), split);
    let moved = find(&report, Kind::OperationTraitMoved);
    assert_eq!(moved.message, "GET /things: server trait `AApi` → `BApi`");
    assert_eq!((axes(moved).as_str(), moved.operations.to_vec().as_slice()), ("ccb", ["listThings".to_owned()].as_slice()));
    assert_eq!(report.changes.len(), 1, "{:#?}", report.changes);
    // Split finer, a tag of two operations is two traits: `/things` leaves `a` for `b`, so `a`
    // fits in one trait and `b` needs two; `/more` and `/others` move although nothing of them changed.
    let finer = Options { split_lines: 10, ..Options::default() };
    let report = diff_texts(&tagged_document("[a]"), &tagged_document("[b]"), finer);
    let moves: Vec<&str> = report.changes.iter().filter(|c| c.kind == Kind::OperationTraitMoved).map(|c| c.message.as_str()).collect();
    let expected = [
        "GET /more: server trait `APart2Api` → `AApi`",
        "GET /others: server trait `BApi` → `BPart2Api`",
        "GET /things: server trait `APart1Api` → `BPart1Api`",
    ];
    assert_eq!(moves, expected);
    // Unsplit, every operation is declared in `Api` whatever its tags.
    assert_eq!(diff_texts(&tagged_document("[a]"), &tagged_document("[b]"), Options::default()), Report::default());
}

// The authentik releases.

#[test]
fn authentik_2024_8_to_2026_11() {
    let Some(shared) = shared_dir() else {
        println!("skipped: ../shared is absent");
        return;
    };
    let spec = |version: &str| shared.join(format!("specs/authentik-{version}.yml"));
    let report = diff_files(&spec("2024.8.3"), &spec("2026.11.0-rc1"), Options::default()).expect("specs load");
    let at = |pointer: &str, kind: Kind| {
        report.changes.iter().find(|c| c.pointer == pointer && c.kind == kind).unwrap_or_else(|| panic!("no {kind} at {pointer}"))
    };
    let flow_set = "/components/schemas/FlowSet/properties";
    // FlowSet is only received: a required property gone breaks decoding; a new one is a field servers fill.
    assert_eq!(axes(at(&format!("{flow_set}/background"), Kind::PropertyRemoved)), "bbb");
    assert_eq!(axes(at(&format!("{flow_set}/background_url"), Kind::RequiredPropertyAdded)), "ccb");
    // Old clients check `maxLength: 50` on the slugs they receive; the newtype stays (the pattern remains).
    let slug = at(&format!("{flow_set}/slug"), Kind::MaxLengthRemoved);
    assert_eq!((axes(slug).as_str(), slug.message.as_str()), ("bcc", "maxLength 50 → (none)"));
    let layout = at("/components/schemas/FlowLayoutEnum", Kind::EnumValueAdded);
    assert_eq!(layout.message, "enum values added: \"sidebar_left_frame_background\", \"sidebar_right_frame_background\"");
    assert_eq!(axes(layout), "bbb", "received by clients and sent to servers");
    let autocomplete = at("/components/schemas/PaginatedSourceStageList/properties/autocomplete", Kind::RequiredPropertyAdded);
    assert_eq!((axes(autocomplete).as_str(), autocomplete.operations.to_vec().as_slice()), ("ccb", ["stages_source_list".to_owned()].as_slice()));
    assert_eq!((report.summary.operations_added, report.summary.operations_removed), (298, 27));
    let removed = report.changes.iter().filter(|c| c.kind == Kind::OperationRemoved).count();
    assert_eq!(removed, 27);
    // A release compared with itself has no change.
    let same = spec("2025.6.4");
    assert_eq!(diff_files(&same, &same, Options::default()).expect("spec loads"), Report::default());
}

#[test]
fn cli_compares_a_settings_file_crate_as_it_is_generated() {
    // The crate keeps only `listPets` and decodes unknown enum values: what it does not call
    // (`createPet`, `deletePet`, `NewPet`) is no concern of its, and a new enum value does not break it.
    let dir = tempfile::tempdir().expect("temp dir");
    let settings = dir.path().join("oagen.toml");
    let old = path("pets.old.yaml").replace('\\', "/");
    let text = format!(
        "[[crate]]\nname = \"pets\"\nspec = \"{old}\"\nout = \"pets\"\nenum-fallback = true\n\n[crate.filter]\noperations = [\"listPets\"]\n"
    );
    std::fs::write(&settings, text).expect("write settings");
    let (code, out, err) =
        oagen(&["diff", "--config", settings.to_str().expect("utf-8"), "--format", "json", "--fail-on", "wire", &path("pets.new.yaml")]);
    assert_eq!(code, exit::OK, "{out}{err}");
    let json: serde_json::Value = serde_json::from_str(&out).expect("json");
    let kinds: Vec<&str> = json["changes"].as_array().expect("changes").iter().filter_map(|c| c["kind"].as_str()).collect();
    assert_eq!(kinds, ["required-property-added", "enum-value-added"], "{out}");
    assert_eq!(json["summary"]["wire_breaking"], 0, "{out}");
    // Only NEW with no crate to compare is an error (exit 2).
    let (code, _, err) = oagen(&["diff", "--config", &dir.path().join("missing.toml").to_string_lossy(), &path("pets.new.yaml")]);
    assert_eq!(code, exit::FAILED, "{err}");
}

/// A version that loads but does not generate (here a schema `$ref` to a string) has no code
/// layout: the spec comparison still runs, and the report says what was not compared and why,
/// in text and in JSON. Two versions that generate leave no note.
#[test]
fn a_version_that_does_not_generate_is_named_in_a_note() {
    let op = |schema: &str| format!("{{/things: {{get: {{operationId: listThings, responses: {{'200': {{description: ok, content: {{application/json: {{schema: {schema}}}}}}}}}}}}}}}");
    let old = document(&op("{$ref: '#/components/schemas/A'}"), "");
    let new = document(&op("{$ref: '#/info/title'}"), "");
    let report = diff_texts(&old, &new, Options::default());
    assert_eq!(report.notes.len(), 1, "{:#?}", report.notes);
    let note = &report.notes[0];
    assert!(note.starts_with("where operations' code goes (features, server traits) was not compared: NEW does not generate: "), "{note}");
    assert!(note.contains("`#/info/title` does not point at the expected object"), "{note}");
    assert!(!report.changes.is_empty(), "the specs are still compared");
    assert!(diff_texts(&old, &old, Options::default()).notes.is_empty());

    let dir = tempfile::tempdir().expect("temp dir");
    let (old_path, new_path) = (dir.path().join("old.yaml"), dir.path().join("new.yaml"));
    std::fs::write(&old_path, &old).expect("write");
    std::fs::write(&new_path, &new).expect("write");
    let (old_arg, new_arg) = (old_path.to_str().expect("utf-8"), new_path.to_str().expect("utf-8"));
    let (code, out, err) = oagen(&["diff", new_arg, old_arg]);
    assert_eq!(code, exit::OK, "{out}{err}");
    assert!(out.contains("\nnote: where operations' code goes (features, server traits) was not compared: OLD does not generate: "), "{out}");
    let (_, out, _) = oagen(&["diff", old_arg, new_arg, "--format", "json"]);
    let json: serde_json::Value = serde_json::from_str(&out).expect("JSON report");
    let notes = json["notes"].as_array().expect("notes");
    assert_eq!(notes.len(), 1, "{out}");
    assert!(notes[0].as_str().is_some_and(|n| n.contains("NEW does not generate")), "{out}");
}

/// A spec whose schema `Leaf` is reached by `ops` operations (half through `Node` in responses, half
/// in request bodies), plus `extra`; `Leaf.name` has `max_length` when given.
fn many_operations_spec(ops: usize, extra: &str, max_length: Option<u64>) -> String {
    let mut paths = serde_json::Map::new();
    let ids = (0..ops).map(|i| format!("op{i:03}")).chain(std::iter::once(extra.to_owned()));
    for (i, id) in ids.enumerate() {
        let schema = serde_json::json!({"$ref": if i % 2 == 0 { "#/components/schemas/Node" } else { "#/components/schemas/Leaf" }});
        let operation = if i % 2 == 0 {
            serde_json::json!({"get": {"operationId": id, "responses": {"200": {"description": "ok", "content": {"application/json": {"schema": schema}}}}}})
        } else {
            serde_json::json!({"post": {"operationId": id, "requestBody": {"content": {"application/json": {"schema": schema}}}, "responses": {"204": {"description": "done"}}}})
        };
        paths.insert(format!("/{id}"), operation);
    }
    let mut name = serde_json::json!({"type": "string"});
    if let Some(max) = max_length {
        name["maxLength"] = max.into();
    }
    serde_json::json!({
        "openapi": "3.0.3",
        "info": {"title": "t", "version": "1"},
        "paths": paths,
        "components": {"schemas": {
            "Node": {"type": "object", "properties": {"leaf": {"$ref": "#/components/schemas/Leaf"}}},
            "Leaf": {"type": "object", "properties": {"name": name}}
        }}
    })
    .to_string()
}

/// Operations are sets over the ids of both versions: a change names every operation that reaches
/// it in either, sorted, past one word of bits, in JSON; the text names five and counts the rest.
#[test]
fn a_schema_that_many_operations_reach_names_all_of_them() {
    let dir = tempfile::tempdir().expect("temp dir");
    let (old, new) = (dir.path().join("old.json"), dir.path().join("new.json"));
    std::fs::write(&old, many_operations_spec(150, "opRemoved", None)).expect("write");
    std::fs::write(&new, many_operations_spec(150, "opAdded", Some(10))).expect("write");
    let (old, new) = (old.to_str().expect("utf-8"), new.to_str().expect("utf-8"));
    let (code, out, err) = oagen(&["diff", "--format", "json", old, new]);
    assert_eq!(code, exit::OK, "{err}");
    let json: serde_json::Value = serde_json::from_str(&out).expect("valid JSON");
    let leaf = json["changes"].as_array().expect("changes").iter().find(|c| c["schema"] == "Leaf").expect("a change at Leaf");
    assert_eq!(leaf["kind"], "max-length-added", "{leaf}");
    let mut expected: Vec<String> = (0..150).map(|i| format!("op{i:03}")).collect();
    expected.extend(["opAdded".to_owned(), "opRemoved".to_owned()]);
    assert_eq!(leaf["operations"], serde_json::json!(expected));
    assert_eq!(leaf["wire"], "breaking", "a request body gained a limit");

    let (_, text, _) = oagen(&["diff", old, new]);
    assert!(text.contains("schema Leaf (used by 152 operations: op000, op001, op002, op003, op004 and 147 more)"), "{text}");
}
