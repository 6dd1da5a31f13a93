//@ run-fail
//@ spec: 13.5, 8.1
// `expect` on a None reports the programmer's message and the caller's line, after the
// earlier lookups succeeded and printed.
fn lookup(stock: &[(&str, u32)], item: &str) -> Option<u32> {
    stock.iter().find(|entry| entry.0 == item).map(|entry| entry.1)
}

fn main() {
    let stock = vec![("apple", 3), ("pear", 0), ("plum", 12)];
    let orders = ["plum", "apple", "mango", "pear"];
    for o in orders.iter() {
        let qty = lookup(&stock, o).expect("item must be in the catalogue");
        println!("{} in stock: {}", o, qty);
    }
}
