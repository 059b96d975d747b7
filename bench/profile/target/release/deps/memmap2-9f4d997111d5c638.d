/work/main/bench/profile/target/release/deps/memmap2-9f4d997111d5c638.d: /root/.cargo/registry/src/index.crates.io-1949cf8c6b5b557f/memmap2-0.2.3/src/lib.rs /root/.cargo/registry/src/index.crates.io-1949cf8c6b5b557f/memmap2-0.2.3/src/unix.rs

/work/main/bench/profile/target/release/deps/libmemmap2-9f4d997111d5c638.rlib: /root/.cargo/registry/src/index.crates.io-1949cf8c6b5b557f/memmap2-0.2.3/src/lib.rs /root/.cargo/registry/src/index.crates.io-1949cf8c6b5b557f/memmap2-0.2.3/src/unix.rs

/work/main/bench/profile/target/release/deps/libmemmap2-9f4d997111d5c638.rmeta: /root/.cargo/registry/src/index.crates.io-1949cf8c6b5b557f/memmap2-0.2.3/src/lib.rs /root/.cargo/registry/src/index.crates.io-1949cf8c6b5b557f/memmap2-0.2.3/src/unix.rs

/root/.cargo/registry/src/index.crates.io-1949cf8c6b5b557f/memmap2-0.2.3/src/lib.rs:
/root/.cargo/registry/src/index.crates.io-1949cf8c6b5b557f/memmap2-0.2.3/src/unix.rs:
