//@ run-pass
//@ spec: 4.3 5.1
fn main() {
    let a = {
        let b = 10;
        let c = 20;
        b + c
    };
    println!("{}", a);
    let d = if a > 25 { "big" } else { "small" };
    println!("{}", d);
    let e = if a < 0 { -1 } else if a == 0 { 0 } else { 1 };
    println!("{}", e);
    let f: () = {};
    let _ = f;
    let g = { 5 } + 1;
    println!("{}", g);
}
