//! See main.rs: the values cases.
