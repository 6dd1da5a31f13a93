//@ run-pass
//@ compile-flags: --borrowck=polonius
//@ spec: 21.3
// NLL rejects, polonius accepts. A loan returned from inside a while loop is not live after the
// iteration where v.push runs.
fn grow_until(v: &mut Vec<u32>, limit: u32) -> &u32 {
    while v.len() < 10 {
        let last = v.last().unwrap();
        if *last >= limit {
            return last;
        }
        let next = *last * 2;
        v.push(next);
    }
    &v[0]
}

fn main() {
    let mut v = vec![1];
    println!("{}", grow_until(&mut v, 20));
    println!("{:?}", v);
}
