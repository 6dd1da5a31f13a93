//@ run-pass
//@ spec: 20.5
// Lexical checker rejects: `cur` first holds `&mut a`; while it is in scope `a` cannot be read.
fn main() {
    let mut a = 1;
    let mut b = 2;
    let mut cur: Option<&mut i32> = Some(&mut a);
    if let Some(r) = cur {
        *r += 10;
    }
    cur = Some(&mut b);
    if let Some(r) = cur {
        *r += 20;
    }
    println!("{} {}", a, b);
}
