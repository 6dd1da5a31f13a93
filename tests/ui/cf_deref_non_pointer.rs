//@ compile-fail
//@ spec: 6.7
// Dereferencing values that are not references: a struct, a field that is
// already a value, a bool and a tuple.
struct Node {
    value: i32,
    next: u32,
}

fn get(n: &Node) -> i32 {
    *n.value //~ ERROR E0614
}

fn main() {
    let n = Node { value: 1, next: 0 };
    let a = *n; //~ ERROR E0614
    let flag = true;
    if *flag {} //~ ERROR E0614
    let t = (1, 2);
    let b = *t.0; //~ ERROR E0614
    let r = &n;
    let c = **r; //~ ERROR E0614
}
