//@ compile-fail
//@ spec: 21.3
// The NLL twin of polonius-accept-while-loop-return: NLL keeps the returned loan live on every
// path.
fn grow_until(v: &mut Vec<u32>, limit: u32) -> &u32 {
    while v.len() < 10 {
        let last = v.last().unwrap();
        if *last >= limit {
            return last;
        }
        let next = *last * 2;
        v.push(next); //~ ERROR E0502
    }
    &v[0]
}

fn main() {
    let mut v = vec![1];
    println!("{}", grow_until(&mut v, 20));
    println!("{:?}", v);
}
