//@ compile-fail
//@ subset-limit: rustc accepts this; Patina names the missing feature
//@ spec: 1.2
fn main() {
    let x = 3;
    let y = match x { //~ ERROR not supported
        1 => 10,
        _ => 20,
    };
}
