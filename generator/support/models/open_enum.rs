// Support code oagen copies into the generated `models` module.
// When some string enum is open (keeps unknown values).

thread_local! {
    static REFUSE_UNKNOWN_ENUM_VALUES: std::cell::Cell<bool> = const { std::cell::Cell::new(false) };
}

/// Runs `parse` with values outside an enum refused instead of kept as `Unknown`: a server
/// parses requests this way, since a client may only send what the spec lists.
pub fn refusing_unknown_enum_values<T>(parse: impl FnOnce() -> T) -> T {
    struct Restore(bool);
    impl Drop for Restore {
        fn drop(&mut self) {
            REFUSE_UNKNOWN_ENUM_VALUES.with(|flag| flag.set(self.0));
        }
    }
    let _restore = Restore(REFUSE_UNKNOWN_ENUM_VALUES.with(|flag| flag.replace(true)));
    parse()
}

fn accepts_unknown_enum_values() -> bool {
    !REFUSE_UNKNOWN_ENUM_VALUES.with(|flag| flag.get())
}
