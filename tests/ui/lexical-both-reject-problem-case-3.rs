//@ compile-fail
//@ compile-flags: --borrowck=lexical
//@ spec: 21.2
// NLL RFC problem case #3: a loan returned on one path is live on every path after it.
// NLL and the lexical rule both reject it, on the same line (Polonius accepts it).
fn get_or_insert(v: &mut Vec<i32>) -> &mut i32 {
    if let Some(x) = v.first_mut() {
        return x;
    }
    v.push(0); //~ ERROR E0499
    v.last_mut().unwrap() //~ ERROR E0499
}

fn main() {
    let mut v = Vec::new();
    *get_or_insert(&mut v) += 1;
    println!("{:?}", v);
}
