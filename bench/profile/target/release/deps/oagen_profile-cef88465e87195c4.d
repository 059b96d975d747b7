/work/main/bench/profile/target/release/deps/oagen_profile-cef88465e87195c4.d: src/main.rs

/work/main/bench/profile/target/release/deps/oagen_profile-cef88465e87195c4: src/main.rs

src/main.rs:
