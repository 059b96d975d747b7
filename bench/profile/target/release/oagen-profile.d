/work/main/bench/profile/target/release/oagen-profile: /work/main/bench/profile/src/main.rs
