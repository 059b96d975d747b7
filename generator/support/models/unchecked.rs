// Support code oagen copies into the generated `models` module.
// When the client decodes responses without constraint checks (`check-responses = false`).

std::thread_local! {
    static UNCHECKED: std::cell::Cell<bool> = const { std::cell::Cell::new(false) };
}

/// Runs `decode` with the constraint checks of constrained values off on this thread: the client
/// decodes responses this way, so a server that loosened a rule still gets answers through. Types
/// and required fields are checked as ever. `decode` must not yield (it is a plain closure).
pub(crate) fn decode_unchecked<T>(decode: impl FnOnce() -> T) -> T {
    struct Reset(bool);
    impl Drop for Reset {
        fn drop(&mut self) {
            UNCHECKED.with(|flag| flag.set(self.0));
        }
    }
    let _reset = Reset(UNCHECKED.with(|flag| flag.replace(true)));
    decode()
}

/// Whether constraint checks are off on this thread (see [`decode_unchecked`]).
pub(crate) fn constraints_unchecked() -> bool {
    UNCHECKED.with(std::cell::Cell::get)
}
