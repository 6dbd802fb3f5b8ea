//! Property tests (proptest): arbitrary front matter, Markdown bodies, names and addresses
//! thrown at the crate's own functions. Compiled for tests only and, like `main` and
//! `testing`, outside the module layers: it only calls the modules it tests.
//!
//! Each property runs a bounded number of cases (fewer where a case links a whole site) from
//! a fixed seed, so `cargo test` is reproducible; `PROPTEST_RNG_SEED=N` tries other inputs and
//! `PROPTEST_CASES=N` more of them. A failure prints the smallest input it found.

mod front_matter;
mod markdown;
mod paths;
mod slugs;

use proptest::test_runner::{Config, RngSeed};

/// The runner's settings: `cases` cases, a fixed seed unless `PROPTEST_RNG_SEED` is set, no
/// regression files written into `src/`.
pub fn config(cases: u32) -> Config {
    let base = Config::default();
    let seeded = std::env::var_os("PROPTEST_RNG_SEED").is_some();
    let cases = if std::env::var_os("PROPTEST_CASES").is_some() {
        base.cases
    } else {
        cases
    };
    Config {
        cases,
        failure_persistence: None,
        rng_seed: if seeded {
            base.rng_seed
        } else {
            RngSeed::Fixed(0x00a1_c051)
        },
        ..base
    }
}
