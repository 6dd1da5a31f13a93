//@ compile-fail
//@ compile-flags: --borrowck=lexical
//@ spec: 21.2
// `first` is only needed on the early-return path; its scope is the whole body.
fn find_or_add(v: &mut Vec<i32>, want: i32) -> usize {
    let first = &v[0];
    if *first == want {
        return 0;
    }
    v.push(want); //~ ERROR E0502
    v.len() - 1
}

fn main() {
    let mut v = vec![3];
    println!("{}", find_or_add(&mut v, 3));
    println!("{}", find_or_add(&mut v, 9));
}
