//! Any bytes as a spec: loading ends in a document or an error, never a panic, a hang or a blow-up.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    if let Ok(text) = std::str::from_utf8(data) {
        let _ = oagen::stages::load_text(text);
    }
});
