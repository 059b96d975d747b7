/work/main/bench/profile/target/release/deps/decodeme-f120ff9b32168715.d: /root/.cargo/registry/src/index.crates.io-1949cf8c6b5b557f/decodeme-12.0.3/src/lib.rs /root/.cargo/registry/src/index.crates.io-1949cf8c6b5b557f/decodeme-12.0.3/src/event.rs /root/.cargo/registry/src/index.crates.io-1949cf8c6b5b557f/decodeme-12.0.3/src/event_payload.rs /root/.cargo/registry/src/index.crates.io-1949cf8c6b5b557f/decodeme-12.0.3/src/lightweight_event.rs /root/.cargo/registry/src/index.crates.io-1949cf8c6b5b557f/decodeme-12.0.3/src/stringtable.rs

/work/main/bench/profile/target/release/deps/libdecodeme-f120ff9b32168715.rlib: /root/.cargo/registry/src/index.crates.io-1949cf8c6b5b557f/decodeme-12.0.3/src/lib.rs /root/.cargo/registry/src/index.crates.io-1949cf8c6b5b557f/decodeme-12.0.3/src/event.rs /root/.cargo/registry/src/index.crates.io-1949cf8c6b5b557f/decodeme-12.0.3/src/event_payload.rs /root/.cargo/registry/src/index.crates.io-1949cf8c6b5b557f/decodeme-12.0.3/src/lightweight_event.rs /root/.cargo/registry/src/index.crates.io-1949cf8c6b5b557f/decodeme-12.0.3/src/stringtable.rs

/work/main/bench/profile/target/release/deps/libdecodeme-f120ff9b32168715.rmeta: /root/.cargo/registry/src/index.crates.io-1949cf8c6b5b557f/decodeme-12.0.3/src/lib.rs /root/.cargo/registry/src/index.crates.io-1949cf8c6b5b557f/decodeme-12.0.3/src/event.rs /root/.cargo/registry/src/index.crates.io-1949cf8c6b5b557f/decodeme-12.0.3/src/event_payload.rs /root/.cargo/registry/src/index.crates.io-1949cf8c6b5b557f/decodeme-12.0.3/src/lightweight_event.rs /root/.cargo/registry/src/index.crates.io-1949cf8c6b5b557f/decodeme-12.0.3/src/stringtable.rs

/root/.cargo/registry/src/index.crates.io-1949cf8c6b5b557f/decodeme-12.0.3/src/lib.rs:
/root/.cargo/registry/src/index.crates.io-1949cf8c6b5b557f/decodeme-12.0.3/src/event.rs:
/root/.cargo/registry/src/index.crates.io-1949cf8c6b5b557f/decodeme-12.0.3/src/event_payload.rs:
/root/.cargo/registry/src/index.crates.io-1949cf8c6b5b557f/decodeme-12.0.3/src/lightweight_event.rs:
/root/.cargo/registry/src/index.crates.io-1949cf8c6b5b557f/decodeme-12.0.3/src/stringtable.rs:
