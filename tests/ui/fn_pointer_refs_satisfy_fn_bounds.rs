//@ run-pass
//@ spec: 15.3
// `&fn(A) -> B` and `&fn item` satisfy Fn/FnMut/FnOnce bounds like `&closure` does (E0277
// before; found by the fuzzer iterating a Vec of fn pointers).
fn apply<F: Fn(i64) -> i64>(f: F, x: i64) -> i64 {
    f(x)
}
fn twice<F: FnMut(u8) -> u8>(mut f: F) -> u8 {
    f(1).wrapping_add(f(2))
}
fn once<F: FnOnce(i64) -> i64>(f: F) -> i64 {
    f(40)
}
fn triple(x: i64) -> i64 {
    x * 3
}
fn main() {
    let fs: Vec<fn(i64) -> i64> = vec![|x| x / 2, triple, |x| x.rotate_left(9)];
    for (n, f) in fs.iter().enumerate() {
        println!("{} {} {}", n, apply(f, 7 + n as i64), once(f));
    }
    let g: fn(u8) -> u8 = |b| b.wrapping_mul(200);
    println!("{} {} {}", twice(&g), twice(g), apply(&triple, 5));
    let r = &fs[1];
    println!("{}", apply(r, 2));
}
