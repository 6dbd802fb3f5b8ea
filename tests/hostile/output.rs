//! See main.rs: the output cases.
