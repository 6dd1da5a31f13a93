//@ run-pass
//@ spec: 21.9
// Two universal regions with 'b: 'a declared, and 'static: its relations, placeholders, and
// the signature's subsets at every point of the two-armed body.
fn pick<'a, 'b: 'a>(x: &'a i32, y: &'b i32, c: bool) -> &'a i32 {
    if c { x } else { y }
}

fn main() {
    let (m, n) = (1, 2);
    let _r = pick(&m, &n, true);
}
