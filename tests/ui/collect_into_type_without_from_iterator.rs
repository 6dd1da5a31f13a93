//@ compile-fail
//@ spec: 16.9
//@ stderr-contains: a value of type `Bag` cannot be built from an iterator over elements of type
// collect() builds only FromIterator types: Bag has no impl.
struct Bag(Vec<i32>);

fn main() {
    let v = vec![1, 2, 3];
    let b: Bag = v.into_iter().collect(); //~ ERROR E0277
    println!("{}", b.0.len());
}
