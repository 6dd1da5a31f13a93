//@ compile-fail
//@ spec: 15.6
fn double(x: i32) -> i32 { x * 2 }
fn main() {
    let k = 3;
    let f: fn(i32) -> i32 = |x| x + k; //~ ERROR E0308
    let g: fn(i64) -> i64 = double; //~ ERROR E0308
    let h: fn(i32) -> i32 = double;
    println!("{} {} {}", f(1), g(2), h(3));
}
