//@ compile-fail
//@ spec: 11.11
fn main() {
    let n = 3;
    let s = match n {
        1 => "one",
        2 => 2, //~ ERROR E0308
        _ => "many",
    };
}
