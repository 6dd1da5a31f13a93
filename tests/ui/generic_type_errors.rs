//@ compile-fail
//@ spec: 11.15
// Instances need exactly one argument per type parameter; expected types flow into constructors.
struct Pair<A, B> { a: A, b: B }

fn main() {
    let z: Option<i32, i32> = None; //~ ERROR E0107
    let w: Option = None; //~ ERROR E0107
    let q: Result<i32, bool> = Ok(true); //~ ERROR E0308
    let p: Pair<u8> = Pair { a: 1, b: 2 }; //~ ERROR E0107
    let r: Pair<u8, char> = Pair { a: 1, b: 2 }; //~ ERROR E0308
}
