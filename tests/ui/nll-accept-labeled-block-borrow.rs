//@ run-pass
//@ spec: 20.3
// Naive checker: keeps the borrow found inside a labeled block alive after it yields a copy.
fn main() {
    let mut v = vec![4, 7, 9, 12];
    let found = 'search: {
        for x in &v {
            if x % 3 == 0 { break 'search *x; }
        }
        -1
    };
    v.push(found);
    println!("{:?}", v);
}
