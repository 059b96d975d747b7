/work/main/bench/profile/target/release/deps/rustc_hash-432e9a20e95d7ea8.d: /root/.cargo/registry/src/index.crates.io-1949cf8c6b5b557f/rustc-hash-1.1.0/src/lib.rs

/work/main/bench/profile/target/release/deps/librustc_hash-432e9a20e95d7ea8.rlib: /root/.cargo/registry/src/index.crates.io-1949cf8c6b5b557f/rustc-hash-1.1.0/src/lib.rs

/work/main/bench/profile/target/release/deps/librustc_hash-432e9a20e95d7ea8.rmeta: /root/.cargo/registry/src/index.crates.io-1949cf8c6b5b557f/rustc-hash-1.1.0/src/lib.rs

/root/.cargo/registry/src/index.crates.io-1949cf8c6b5b557f/rustc-hash-1.1.0/src/lib.rs:
