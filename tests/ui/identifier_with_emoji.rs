//@ compile-fail
//@ spec: 2.7
//@ stderr-contains: help: try using their name instead: `ferris`
// An identifier with emoji in it is lexed whole, then rejected (rustc's recovery).
fn main() {
    let x🦀y = 4; //~ ERROR identifiers cannot contain emoji: `x🦀y`
    let 🦀 = 3; //~ ERROR Ferris cannot be used as an identifier
    let p🫈 = 5; //~ ERROR identifiers cannot contain emoji
    println!("{} {} {}", x🦀y, 🦀, p🫈);
}
