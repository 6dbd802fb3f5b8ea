//! See main.rs: the content cases.
