//! Test support (compiled for tests only): a small linked site built from the `basic`
//! fixture. It drives the pipeline, so it sits outside the module graph that
//! `tests/architecture.rs` checks, like `main`.

use crate::assets::AssetPlan;
use crate::dates::Date;
use crate::discover::Env;
use crate::pipeline::{SiteInput, Stages};
use std::path::Path;

pub struct Fixture {
    pub stages: Stages,
}

impl Fixture {
    pub fn basic() -> Fixture {
        let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/basic");
        let input = SiteInput {
            root,
            base_url: None,
            drafts: false,
            today: Date::new(2026, 11, 29).expect("valid date"),
        };
        match crate::pipeline::link_and_route(&input) {
            Ok(stages) => Fixture { stages },
            Err(e) => panic!("the basic fixture does not link: {e:?}"),
        }
    }

    pub fn with_env<R>(&self, f: impl FnOnce(&Env) -> R) -> R {
        let s = &self.stages;
        let assets = AssetPlan::default();
        let env = Env {
            config: &s.config,
            site: &s.site,
            strings: &s.theme.strings,
            routes: &s.routes,
            assets: &assets,
        };
        f(&env)
    }
}
