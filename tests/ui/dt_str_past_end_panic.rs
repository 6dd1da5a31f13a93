//@ run-fail
//@ spec: 11.14 8.1
// Taking a fixed-width field past the end of a record string panics with a byte-index message.
fn field(rec: &str, start: usize, width: usize) -> &str {
    &rec[start..start + width]
}

fn main() {
    let rec = "ID042ALICE  NY";
    println!("id   = {:?}", field(rec, 2, 3));
    println!("name = {:?}", field(rec, 5, 7));
    println!("st   = {:?}", field(rec, 12, 2));
    println!("zip  = {:?}", field(rec, 14, 5));
}
