//! How long each step of a build took, for the log (`RUST_LOG=hotline_site=debug`) and for
//! finding what to make faster.

use std::fmt;
use std::time::{Duration, Instant};

/// Named steps, each timed from the end of the one before.
#[derive(Debug)]
pub struct Phases {
    last: Instant,
    done: Vec<(&'static str, Duration)>,
}

impl Phases {
    pub fn start() -> Phases {
        Phases {
            last: Instant::now(),
            done: Vec::new(),
        }
    }

    /// Ends the step called `name`, and starts the next.
    pub fn mark(&mut self, name: &'static str) {
        let now = Instant::now();
        self.done.push((name, now - self.last));
        self.last = now;
    }
}

impl fmt::Display for Phases {
    /// `content 812 ms, render 1204 ms, …`
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for (i, (name, took)) in self.done.iter().enumerate() {
            if i > 0 {
                f.write_str(", ")?;
            }
            write!(f, "{name} {} ms", took.as_millis())?;
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn lists_steps_in_order() {
        let mut phases = super::Phases::start();
        phases.mark("load");
        phases.mark("render");
        let shown = phases.to_string();
        assert!(shown.starts_with("load "), "{shown}");
        assert!(shown.contains(" ms, render "), "{shown}");
    }
}
