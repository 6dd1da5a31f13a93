//@ compile-fail
//@ spec: 4.2
fn f(n: i32) {
    n += 1; //~ ERROR E0384
    println!("{}", n);
}

fn main() {
    f(1);
}
