//@ compile-fail
//@ spec: 6.9
fn double(x: i32) -> i32 { //~ ERROR E0308
    x * 2;
}

fn main() {
    double(2);
}
