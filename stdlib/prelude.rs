// stdlib/prelude.rs — the items every Patina program sees without a `use`, as in Rust's
// prelude. It is written in the Patina subset, embedded in the compiler at build time
// (build/stdlib_embed.c), and resolved in a scope outside the user's crate, so a user
// item of the same name shadows it.

/// An optional value: `Some(value)` or `None`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Option<T> {
    None,
    Some(T),
}

/// The outcome of an operation that can fail: `Ok(value)` or `Err(error)`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Result<T, E> {
    Ok(T),
    Err(E),
}
