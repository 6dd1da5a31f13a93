//@ run-pass
//@ compile-flags: --borrowck=polonius
//@ spec: 21.3
// NLL rejects, polonius accepts. The shared loan of the max is returned from one arm; the other
// arm clears the vector.
fn biggest(v: &mut Vec<u8>) -> &u8 {
    match v.iter().max() {
        Some(m) if *m > 0 => m,
        _ => {
            v.clear();
            v.push(1);
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
