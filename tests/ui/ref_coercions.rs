//@ spec: 6.10, 12.2
// &mut T coerces to &T, &mut [T; N] to &[T], &&T to &T at coercion sites.
fn show(x: &i32) -> i32 { *x }
fn total(xs: &[i32]) -> i32 { let mut t = 0; for x in xs { t += *x; } t }
fn main() {
    let mut n = 4;
    println!("{}", show(&mut n));
    let r: &i32 = &mut n;
    println!("{}", r);
    let mut arr = [1, 2, 3];
    println!("{}", total(&mut arr));
    let m = &mut n;
    *m += 1;
    println!("{}", show(m));
    let words = ["a", "bb"];
    for w in words.iter() { let s: &str = w; print!("{} ", s.len()); }
    println!();
}
