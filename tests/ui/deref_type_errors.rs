//@ compile-fail
//@ spec: 14.19
struct Plain(i32);

fn main() {
    let p = Plain(1);
    println!("{}", *p); //~ ERROR E0614
}
