//! Sets every condition the support files test (`#[cfg(oagen = "...")]`), so each part of them is
//! compiled and linted; the generator keeps only the parts a crate's conditions select. The list
//! matches `CONDITIONS` in `generator/src/emit/support/conditions.rs` (a generator test checks).

const CONDITIONS: [&str; 16] = [
    "auth", "bearer", "basic", "api_key", "body", "multipart", "unchecked", "page_numbers", "cookies", "next_links", "json_errors", "chosen_statuses",
    "unexpected_statuses", "optional_params", "optional_lists", "json_responses",
];

fn main() {
    let values = CONDITIONS.map(|name| format!("\"{name}\"")).join(", ");
    println!("cargo::rustc-check-cfg=cfg(oagen, values({values}))");
    for name in CONDITIONS {
        println!("cargo::rustc-cfg=oagen=\"{name}\"");
    }
}
