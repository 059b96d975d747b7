/work/main/bench/profile/target/release/deps/perf_event_open_sys-50599de0f5e6a80f.d: /root/.cargo/registry/src/index.crates.io-1949cf8c6b5b557f/perf-event-open-sys-3.0.0/src/lib.rs /root/.cargo/registry/src/index.crates.io-1949cf8c6b5b557f/perf-event-open-sys-3.0.0/src/bindings.rs

/work/main/bench/profile/target/release/deps/libperf_event_open_sys-50599de0f5e6a80f.rlib: /root/.cargo/registry/src/index.crates.io-1949cf8c6b5b557f/perf-event-open-sys-3.0.0/src/lib.rs /root/.cargo/registry/src/index.crates.io-1949cf8c6b5b557f/perf-event-open-sys-3.0.0/src/bindings.rs

/work/main/bench/profile/target/release/deps/libperf_event_open_sys-50599de0f5e6a80f.rmeta: /root/.cargo/registry/src/index.crates.io-1949cf8c6b5b557f/perf-event-open-sys-3.0.0/src/lib.rs /root/.cargo/registry/src/index.crates.io-1949cf8c6b5b557f/perf-event-open-sys-3.0.0/src/bindings.rs

/root/.cargo/registry/src/index.crates.io-1949cf8c6b5b557f/perf-event-open-sys-3.0.0/src/lib.rs:
/root/.cargo/registry/src/index.crates.io-1949cf8c6b5b557f/perf-event-open-sys-3.0.0/src/bindings.rs:
