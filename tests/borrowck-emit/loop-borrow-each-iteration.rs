//@ spec: 21.7
// A loan made in a loop body lives within each iteration, not across the back edge.
fn main() {
    let mut total = 0;
    let mut values = vec![1, 2, 3];
    let mut i = 0;
    while i < 3 {
        let slot = &mut values[i];
        *slot *= 2;
        total += *slot;
        i += 1;
    }
    println!("{} {:?}", total, values);
}
