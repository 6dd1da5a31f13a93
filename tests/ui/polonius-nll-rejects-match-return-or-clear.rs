//@ compile-fail
//@ spec: 21.3
// The NLL twin of polonius-accept-match-return-or-clear: NLL keeps the returned loan live on every
// path.
fn biggest(v: &mut Vec<u8>) -> &u8 {
    match v.iter().max() {
        Some(m) if *m > 0 => m,
        _ => {
            v.clear(); //~ ERROR E0502
            v.push(1); //~ ERROR E0502
            &v[0]
        }
    }
}

fn main() {
    let mut a = vec![3, 9, 2];
    let mut b = vec![0, 0];
    println!("{}", biggest(&mut a));
    println!("{}", biggest(&mut b));
    println!("{:?}", b);
}
