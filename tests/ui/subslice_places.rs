//@ spec: 11.8
// A subslice a[i..j] is a place: loop over it, index it, ask its length.
fn total(xs: &[i32]) -> i32 { let mut t = 0; for x in xs { t += x; } t }
fn main() {
    let mut d = [1, 2, 3, 4, 5];
    for x in &d[1..] { print!("{} ", x); }
    for x in d[..2].iter() { print!("{} ", x); }
    println!("{} {} {}", d[1..4].len(), d[2..][0], total(&d[3..]));
    let s = "héllo world";
    println!("{} {}", s[3..].len(), &s[..1] == "h");
    for x in &mut d[2..] { *x *= 10; }
    println!("{:?}", d);
}
