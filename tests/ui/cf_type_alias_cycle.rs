//@ compile-fail
//@ spec: 14.6
// Hung the compiler (found with the fuzz target): the aliases expanded into each other forever.
type Ring = Vec<Link>; //~ ERROR E0391
type Link = (i32, Ring);

fn main() {
    let r: Ring = Vec::new();
    println!("{}", r.len());
}
