//@ run-pass
//@ spec: 6.7
fn add_one(x: &mut i32) {
    *x += 1;
}

fn read(x: &i32) -> i32 {
    *x * 10
}

fn main() {
    let mut v = 5;
    add_one(&mut v);
    add_one(&mut v);
    println!("{}", read(&v));
    let r = &v;
    println!("{}", r);
    let s: &str = "slice";
    println!("{}", s);
}
