//! Any text that loads as a spec: lowering, emitting and formatting end in files or an error, never
//! a panic (emitted code that does not parse would be an `Error::Format`, also a generator bug, so
//! it fails the target too).
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else { return };
    if let Err(oagen::Error::Format { file, message, snippet }) = oagen::stages::lower_text(text, true) {
        panic!("{file}: emitted code does not parse: {message}\n{snippet}");
    }
});
