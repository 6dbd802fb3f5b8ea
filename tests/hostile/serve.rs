//! See main.rs: the serve cases.
