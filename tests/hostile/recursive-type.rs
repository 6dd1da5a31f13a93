// A struct that contains itself has infinite size.
//@ hostile-exit: 1
//@ hostile-first-line: error[E0072]: recursive type `List` has infinite size
struct List {
    next: List,
}
fn main() {}
