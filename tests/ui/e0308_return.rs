//@ compile-fail
//@ spec: 6.9
fn f() -> i32 {
    "text" //~ ERROR E0308
}

fn g() -> bool {
    return 1; //~ ERROR E0308
}

fn main() {
    f();
    g();
}
