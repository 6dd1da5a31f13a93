//@ run-pass
//@ spec: 15.1
// A closure returned as `-> impl Fn(A) -> B` (or FnMut) takes its parameter types from
// that bound (it was E0282 "type annotations needed" on the parameter).
fn adder(k: i64) -> impl Fn(i64) -> i64 {
    move |x| x.wrapping_mul(k).wrapping_add(1)
}
fn counter(start: u32) -> impl FnMut(u32) -> u32 {
    let mut n = start;
    move |step| {
        n = n.wrapping_add(step);
        n.count_ones()
    }
}
fn pick(flag: u32) -> impl Fn(&str) -> usize {
    move |s| s.trim().len() + flag as usize
}
fn main() {
    let f = adder(3);
    println!("{} {}", f(5), f(i64::MAX));
    let mut c = counter(7);
    println!("{} {}", c(1), c(255));
    let p = pick(2);
    let q = pick(5);
    println!("{} {}", p(" ab "), q(" ab "));
}
