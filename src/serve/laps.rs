//! Stage times of a rebuild, for people measuring `serve`.

use std::time::Instant;

/// Stage times on stderr with `AIKOSITE_SERVE_TIMINGS` set.
pub struct Laps {
    on: bool,
    last: std::cell::Cell<Instant>,
}

impl Laps {
    pub fn new() -> Laps {
        Laps {
            on: std::env::var_os("AIKOSITE_SERVE_TIMINGS").is_some(),
            last: std::cell::Cell::new(Instant::now()),
        }
    }

    pub fn lap(&self, what: &str) {
        if self.on {
            eprintln!(
                "  {what}: {:.1} ms",
                self.last.get().elapsed().as_secs_f64() * 1000.0
            );
        }
        self.last.set(Instant::now());
    }
}
